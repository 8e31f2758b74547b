package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// parseFrames reads `sitrep frames --format jsonl`.
func parseFrames(t *testing.T, out string) []sitrep.Frame {
	t.Helper()
	var fs []sitrep.Frame
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var f sitrep.Frame
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatalf("frames jsonl: %v: %q", err, clip(sc.Text(), 200))
		}
		fs = append(fs, f)
	}
	return fs
}

// TestFramesRolesAndStale: the frames of the storyline split each actor's events by
// role, and a store whose frames an older tone scorer stored (played by rewriting its
// rows and its frame version) gets this sitrep's scores with a notice until
// --rebuild stores them.
func TestFramesRolesAndStale(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	if code, _, errs := sitrepCmd(t, "ingest", "--db", db, filepath.Join("..", "..", "examples", "storyline")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, fresh, errs := sitrepCmd(t, "frames", "--db", db, "--format", "jsonl")
	if code != 0 || errs != "" {
		t.Fatalf("frames: exit %d, stderr %q", code, errs)
	}
	frames := parseFrames(t, fresh)
	var by, on int
	for _, f := range frames {
		if f.Cooperation != f.CooperationBy+f.CooperationOn || f.Conflict != f.ConflictBy+f.ConflictOn {
			t.Errorf("%s in %s: roles %d+%d/%d+%d do not add up to %d/%d", f.Actor, f.Outlet,
				f.CooperationBy, f.CooperationOn, f.ConflictBy, f.ConflictOn, f.Cooperation, f.Conflict)
		}
		by += f.CooperationBy + f.ConflictBy
		on += f.CooperationOn + f.ConflictOn
	}
	if by == 0 || on == 0 {
		t.Errorf("no event by (%d) or on (%d) an actor in the storyline: the split proves nothing", by, on)
	}
	if !strings.Contains(fresh, `"conflict_share_by"`) {
		t.Error("jsonl lacks conflict_share_by")
	}
	if code, out, _ := sitrepCmd(t, "frames", "--db", db); code != 0 || !strings.Contains(out, "BY COOP/CONFL") {
		t.Errorf("table: exit %d, no by/on columns:\n%s", code, clip(out, 300))
	}

	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range []string{
		`UPDATE frame_contributions SET tones = '[0.777]', sentences = 1, tone_sum = 0.777`,
		`UPDATE claim_state SET frame_version = 0`,
	} {
		if _, err := raw.ExecContext(context.Background(), q); err != nil {
			t.Fatal(err)
		}
	}
	for _, step := range []struct {
		args   []string
		notice bool
	}{
		{[]string{"frames", "--format", "jsonl"}, true},
		{[]string{"frames", "--format", "jsonl", "--rebuild"}, false},
		{[]string{"frames", "--format", "jsonl"}, false},
	} {
		code, out, errs := sitrepCmd(t, append(step.args, "--db", db)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", step.args, code, errs)
		}
		if got := strings.Contains(errs, "frames --rebuild"); got != step.notice {
			t.Errorf("%v: stale notice %v, want %v: %q", step.args, got, step.notice, errs)
		}
		if out != fresh {
			t.Errorf("%v: frames differ from those of a fresh store (old scores served?)", step.args)
		}
	}
}
