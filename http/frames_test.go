package http

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
)

type framesPage struct {
	Frames   []sitrep.Frame `json:"frames"`
	Computed bool           `json:"computed"`
	Stale    int            `json:"stale"`
}

func getFrames(t *testing.T, srv *httptest.Server) (framesPage, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + "/api/frames")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var p framesPage
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	return p, resp.Header.Get(staleFramesHeader)
}

// TestFramesStale: /api/frames serves the by/on counts, and on a store whose frames
// an older tone scorer stored (played by rewriting its rows and frame version) it
// recomputes them and says so in the header and the body, until a rebuild.
func TestFramesStale(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "api.db")
	db, an := storylineStore(t, path)
	srv := httptest.NewServer((&Server{Store: db, Analyzer: an}).Handler())
	t.Cleanup(srv.Close)

	fresh, header := getFrames(t, srv)
	if fresh.Computed || fresh.Stale != 0 || header != "" {
		t.Fatalf("fresh store: computed %v, stale %d, header %q", fresh.Computed, fresh.Stale, header)
	}
	roles := 0
	for _, f := range fresh.Frames {
		roles += f.ConflictBy + f.ConflictOn + f.CooperationBy + f.CooperationOn
	}
	if roles == 0 {
		t.Error("no frame counts an event by role")
	}

	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range []string{
		`UPDATE frame_contributions SET tones = '[0.777]', sentences = 1, tone_sum = 0.777`,
		`UPDATE claim_state SET frame_version = 0`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	old, header := getFrames(t, srv)
	if !old.Computed || old.Stale == 0 || header == "" {
		t.Errorf("old frames: computed %v, stale %d, header %q; want the stale path", old.Computed, old.Stale, header)
	}
	if !reflect.DeepEqual(old.Frames, fresh.Frames) {
		t.Error("old frames served instead of recomputed ones")
	}

	if err := pipeline.RebuildCrossDoc(ctx, db); err != nil {
		t.Fatal(err)
	}
	if again, header := getFrames(t, srv); again.Computed || header != "" || !reflect.DeepEqual(again.Frames, fresh.Frames) {
		t.Errorf("after the rebuild: computed %v, header %q", again.Computed, header)
	}
}
