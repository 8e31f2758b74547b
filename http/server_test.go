package http

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// newServer builds a real store from the project's example articles and serves it.
func newServer(t *testing.T, token string) *httptest.Server {
	t.Helper()
	db, an := storylineStore(t, filepath.Join(t.TempDir(), "api.db"))
	srv := httptest.NewServer((&Server{Store: db, Analyzer: an, Token: token}).Handler())
	t.Cleanup(srv.Close)
	return srv
}

// storylineStore opens a SQLite store at path and ingests the example storyline
// into it: its eight articles give the store events, places, claims and frames.
func storylineStore(tb testing.TB, path string) (*sqlite.DB, *pipeline.Analyzer) {
	tb.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	an, err := pipeline.LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	sum, err := pipeline.Ingest(ctx, pipeline.Config{Store: db, Analyzer: an}, []string{filepath.Join("..", "examples", "storyline")})
	if err != nil || sum.Stored != 8 || sum.Events == 0 {
		tb.Fatalf("building the example store: %+v, %v", sum, err)
	}
	return db, an
}

func get(t *testing.T, srv *httptest.Server, path string, want int, into any) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("GET %s: status %d, want %d: %s", path, resp.StatusCode, want, body)
	}
	if into != nil {
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, body)
		}
	}
}

type eventsPage struct {
	Events []struct {
		ID       string `json:"id"`
		Doc      string `json:"doc"`
		Sentence string `json:"sentence"`
		Span     [2]int `json:"span"`
		Source   struct{ Code string }
		Target   struct{ Code string }
		Quad     int    `json:"quad"`
		Date     string `json:"date"`
	} `json:"events"`
}

func TestReadEndpoints(t *testing.T) {
	srv := newServer(t, "")

	var all eventsPage
	get(t, srv, "/api/events?limit=1000", 200, &all)
	if len(all.Events) == 0 {
		t.Fatal("no events")
	}
	var page eventsPage
	get(t, srv, "/api/events?limit=2&offset=1", 200, &page)
	if len(all.Events) > 2 && (len(page.Events) != 2 || page.Events[0].ID != all.Events[1].ID) {
		t.Errorf("paging: got %d events starting %v", len(page.Events), page.Events)
	}
	var irq eventsPage
	get(t, srv, "/api/events?actor=IRQ", 200, &irq)
	for _, e := range irq.Events {
		if !strings.HasPrefix(e.Source.Code, "IRQ") && !strings.HasPrefix(e.Target.Code, "IRQ") {
			t.Errorf("actor=IRQ returned %s→%s", e.Source.Code, e.Target.Code)
		}
	}
	var conflict eventsPage
	get(t, srv, "/api/events?quad=4", 200, &conflict)
	for _, e := range conflict.Events {
		if e.Quad != 4 {
			t.Errorf("quad=4 returned quad %d", e.Quad)
		}
	}
	for _, bad := range []string{"quad=9", "limit=0", "offset=-1", "dyad=USA", "sort=size"} {
		get(t, srv, "/api/events?"+bad, 400, nil)
	}

	// The reader: every span is a character range whose text is what it labels.
	var doc struct {
		Document struct{ Text string }
		Spans    []struct {
			Span  [2]int
			Kind  string
			Label string
		}
		Events []json.RawMessage
	}
	id := all.Events[0].Doc
	get(t, srv, "/api/documents/"+id, 200, &doc)
	runes := []rune(doc.Document.Text)
	var mentions int
	for _, s := range doc.Spans {
		if s.Span[0] < 0 || s.Span[1] > len(runes) || s.Span[0] >= s.Span[1] {
			t.Fatalf("span %v outside the text", s.Span)
		}
		if s.Kind == "mention" {
			mentions++
			if got := string(runes[s.Span[0]:s.Span[1]]); got != s.Label {
				t.Errorf("mention span %v reads %q, labelled %q", s.Span, got, s.Label)
			}
		}
	}
	if mentions == 0 || len(doc.Events) == 0 {
		t.Errorf("document %s: %d mention spans, %d events", id, mentions, len(doc.Events))
	}
	for _, e := range all.Events {
		if got := string(runes[e.Span[0]:e.Span[1]]); e.Doc == id && !strings.Contains(got, strings.TrimSpace(e.Sentence)[:10]) {
			t.Errorf("event span %v reads %q, sentence %q", e.Span, got, e.Sentence)
		}
	}
	get(t, srv, "/api/documents/no-such-doc", 404, nil)

	var docs struct{ Documents []struct{ ID string } }
	get(t, srv, "/api/documents", 200, &docs)
	if len(docs.Documents) != 8 {
		t.Errorf("%d documents listed, want 8", len(docs.Documents))
	}
	var actors struct{ Actors []struct{ Code string } }
	get(t, srv, "/api/actors?prefix=irq", 200, &actors)
	if len(actors.Actors) == 0 {
		t.Error("no Iraqi actors in the examples")
	}
	for _, a := range actors.Actors {
		if !strings.HasPrefix(a.Code, "IRQ") {
			t.Errorf("prefix=irq listed %s", a.Code)
		}
	}
	e := all.Events[0]
	if e.Source.Code != "" && e.Target.Code != "" {
		var tl struct {
			Timeline []struct{ Events int }
			Events   []json.RawMessage
		}
		get(t, srv, "/api/dyads/"+e.Target.Code+"/"+e.Source.Code+"/timeline", 200, &tl)
		var n int
		for _, p := range tl.Timeline {
			n += p.Events
		}
		if n == 0 || n != len(tl.Events) {
			t.Errorf("timeline counts %d events, lists %d", n, len(tl.Events))
		}
	}
	var hits struct{ Hits []struct{ Doc string } }
	get(t, srv, "/api/search?q=tunnels", 200, &hits)
	if len(hits.Hits) == 0 {
		t.Error("search for tunnels found nothing")
	}
	get(t, srv, "/api/search", 400, nil)
	get(t, srv, "/api/nothing", 404, nil)

	resp, err := http.Get(srv.URL + "/api/export?format=gdelt")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	if len(lines) != len(all.Events) || len(strings.Split(lines[0], "\t")) != 61 {
		t.Errorf("GDELT export: %d lines for %d events", len(lines), len(all.Events))
	}
	get(t, srv, "/api/export?format=pdf", 400, nil)

	var stats struct {
		Documents, Events, Cooperation, Conflict int
		TopDyads                                 []struct{ A, B string } `json:"top_dyads"`
		Trend                                    []struct{ Events int }
	}
	get(t, srv, "/api/stats", 200, &stats)
	var dated int
	for _, d := range stats.Trend {
		dated += d.Events
	}
	if stats.Documents != 8 || stats.Events != len(all.Events) || stats.Cooperation+stats.Conflict != stats.Events ||
		len(stats.TopDyads) == 0 || dated == 0 || dated > stats.Events {
		t.Errorf("stats %+v for %d events", stats, len(all.Events))
	}
}

// Every path the OpenAPI description lists is served.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	srv := newServer(t, "")
	var spec struct {
		Paths map[string]map[string]any
	}
	get(t, srv, "/api/openapi.json", 200, &spec)
	for path, ops := range spec.Paths {
		for method := range ops {
			p := strings.NewReplacer("{id}", "x", "{a}", "USA", "{b}", "IRQ").Replace(path)
			req, _ := http.NewRequest(strings.ToUpper(method), srv.URL+p, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode == 404 && p != "/api/documents/x" || resp.StatusCode == 405 {
				t.Errorf("%s %s: status %d: not served", method, p, resp.StatusCode)
			}
		}
	}
}

func TestIngestNeedsToken(t *testing.T) {
	post := func(srv *httptest.Server, token, body string) (int, map[string]any) {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest?id=posted-note", strings.NewReader(body))
		req.Header.Set("Content-Type", "text/plain")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	text := "Ministers Meet in Amman\n\nThe foreign ministers of Jordan and Iraq met in Amman on Sunday to discuss border trade."

	readOnly := newServer(t, "")
	if code, _ := post(readOnly, "anything", text); code != 403 {
		t.Errorf("read-only server: status %d, want 403", code)
	}
	srv := newServer(t, "s3cret")
	if code, _ := post(srv, "", text); code != 401 {
		t.Errorf("no token: status %d, want 401", code)
	}
	if code, _ := post(srv, "wrong", text); code != 401 {
		t.Errorf("wrong token: status %d, want 401", code)
	}
	code, out := post(srv, "s3cret", text)
	if code != 200 || out["stored"] != float64(1) {
		t.Fatalf("ingest: status %d, %v", code, out)
	}
	if code, out = post(srv, "s3cret", text); code != 200 || out["unchanged"] != float64(1) {
		t.Errorf("second ingest: status %d, %v", code, out)
	}
	get(t, srv, "/api/documents/posted-note", 200, nil)
	if code, out = post(srv, "s3cret", ""); code != 422 {
		t.Errorf("empty body: status %d, %v", code, out)
	}
}
