// Package http serves sitrep's JSON API (and, later, the web workbench) over a store.
// It is read-only unless a token is configured, in which case POST /api/ingest runs
// the same pipeline as `sitrep ingest`. It binds to loopback by default: the data an
// analyst collects is theirs, and exposing it is a decision for them to make.
package http

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/export"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// Store is what the server reads from and writes to.
type Store interface {
	sitrep.DocumentStore
	sitrep.AnalysisStore
}

// Server is the API server.
type Server struct {
	Store Store
	// Analyzer codes ingested documents; nil stores them without analysis.
	Analyzer *pipeline.Analyzer
	// Token, when non-empty, enables POST /api/ingest for requests that carry it as
	// "Authorization: Bearer TOKEN".
	Token string
	// MaxBody limits an ingest request's body; zero means 32 MiB.
	MaxBody int64
	Log     *slog.Logger
}

//go:embed openapi.json
var openAPI []byte

// Handler returns the server's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	mux.HandleFunc("GET /api/stats", s.stats)
	mux.HandleFunc("GET /api/events", s.events)
	mux.HandleFunc("GET /api/network", s.network)
	mux.HandleFunc("GET /api/places", s.places)
	mux.HandleFunc("GET /api/places/{id}/events", s.placeEvents)
	mux.HandleFunc("GET /api/actors", s.actors)
	mux.HandleFunc("GET /api/documents", s.documents)
	mux.HandleFunc("GET /api/documents/{id}", s.document)
	mux.HandleFunc("GET /api/dyads/{a}/{b}/timeline", s.timeline)
	mux.HandleFunc("GET /api/search", s.search)
	mux.HandleFunc("GET /api/export", s.export)
	mux.HandleFunc("GET /api/claims", s.claims)
	mux.HandleFunc("GET /api/frames", s.frames)
	mux.HandleFunc("POST /api/ingest", s.ingest)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path)
	})
	mux.Handle("/", uiHandler())
	return s.logRequests(textParams(mux))
}

// textParams refuses an API request whose path or query parameters are not text
// (valid UTF-8 without NUL) with a 400. Only a hand-made URL carries such bytes; no
// stored value holds them (ingest drops control characters, the PostgreSQL store
// refuses them), and the databases fail on them as parameters (SQLite's FTS5 on a
// NUL, PostgreSQL on either), which turned a client's mistake into a 500.
func textParams(h http.Handler) http.Handler {
	isText := func(s string) bool { return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 }
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			if !isText(r.URL.Path) {
				writeError(w, http.StatusBadRequest, "path %q: not UTF-8 text", r.URL.Path)
				return
			}
			for k, vs := range r.URL.Query() {
				for _, v := range vs {
					if !isText(k) || !isText(v) {
						writeError(w, http.StatusBadRequest, "parameter %q: not UTF-8 text", k)
						return
					}
				}
			}
		}
		h.ServeHTTP(w, r)
	})
}

func (s *Server) logRequests(h http.Handler) http.Handler {
	log := s.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "elapsed", time.Since(start))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, format string, a ...any) {
	writeJSON(w, status, map[string]string{"error": fmt.Sprintf(format, a...)})
}

// page reads limit and offset, with a default and a ceiling so one request cannot ask
// for the whole store.
func page(r *http.Request, def, ceiling int) (limit, offset int, err error) {
	limit, offset = def, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 {
			return 0, 0, fmt.Errorf("limit %q: want a positive integer", v)
		}
		limit = min(limit, ceiling)
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, fmt.Errorf("offset %q: want a non-negative integer", v)
		}
	}
	return limit, offset, nil
}

// eventFilter reads the event filters shared by /api/events and /api/export.
func eventFilter(r *http.Request) (sitrep.EventFilter, error) {
	q := r.URL.Query()
	f := sitrep.EventFilter{
		Doc: q.Get("doc"), Actor: q.Get("actor"), Source: q.Get("source"), Target: q.Get("target"),
		Root: q.Get("root"), CAMEO: q.Get("cameo"), PLOVER: q.Get("plover"), Mode: q.Get("mode"),
		From: q.Get("from"), To: q.Get("to"), Outlet: q.Get("outlet"), Country: q.Get("country"),
		Query: q.Get("q"), Sort: q.Get("sort"),
	}
	if d := q.Get("dyad"); d != "" {
		a, b, ok := strings.Cut(d, ",")
		if !ok || a == "" || b == "" {
			return f, fmt.Errorf("dyad %q: want SOURCE,TARGET", d)
		}
		f.Source, f.Target = a, b
	}
	if v := q.Get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return f, fmt.Errorf("quad %q: want 1, 2, 3 or 4", v)
		}
		f.Quad = n
	}
	switch f.Sort {
	case "", "date", "-date":
	default:
		return f, fmt.Errorf("sort %q: want date or -date", f.Sort)
	}
	return f, nil
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	if f.Limit, f.Offset, err = page(r, 100, 1000); err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	evs, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.internal(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": nonNil(evs), "limit": f.Limit, "offset": f.Offset})
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	actors, err := s.Store.Actors(r.Context())
	if err != nil {
		s.internal(w, err)
		return
	}
	if p := r.URL.Query().Get("prefix"); p != "" {
		kept := actors[:0]
		for _, a := range actors {
			if strings.HasPrefix(a.Code, strings.ToUpper(p)) {
				kept = append(kept, a)
			}
		}
		actors = kept
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": nonNil(actors)})
}

// docSummary is a document without its text, for listings.
type docSummary struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Published   string `json:"published,omitempty"`
	URL         string `json:"url,omitempty"`
	Status      string `json:"status"`
	Upstream    string `json:"upstream,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

func (s *Server) documents(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r, 100, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	docs, err := s.Store.Documents(r.Context(), sitrep.DocumentFilter{Outlet: r.URL.Query().Get("outlet"), Limit: limit, Offset: offset})
	if err != nil {
		s.internal(w, err)
		return
	}
	out := make([]docSummary, len(docs))
	for i, d := range docs {
		out[i] = docSummary{d.ID, d.Title, d.Outlet, d.Published, d.URL, d.Status, d.Upstream, d.DuplicateOf}
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": out, "limit": limit, "offset": offset})
}

// span is a highlight in a document's text, in characters.
type span struct {
	Span  [2]int `json:"span"`
	Kind  string `json:"kind"` // mention, event, place, date, quantity
	Label string `json:"label"`
	Code  string `json:"code,omitempty"`
	Rule  string `json:"rule,omitempty"`
	Event string `json:"event,omitempty"` // the event id a place, date or quantity belongs to
}

// document serves a document's clean text with every span the analysis found, in
// characters, so the reader can highlight them, and who said what in it (quotes).
func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, err := s.Store.Document(r.Context(), id)
	if errors.Is(err, sitrep.ErrNotFound) {
		writeError(w, http.StatusNotFound, "no document %q", id)
		return
	}
	if err != nil {
		s.internal(w, err)
		return
	}
	resp := map[string]any{"document": d, "spans": []span{}, "events": []sitrep.Event{}, "sentences": []sitrep.Span{}, "quotes": []sitrep.Quote{}}
	a, err := s.Store.Analysis(r.Context(), id)
	if err != nil && !errors.Is(err, sitrep.ErrNotFound) {
		s.internal(w, err)
		return
	}
	if a != nil {
		var spans []span
		for _, m := range a.Mentions {
			spans = append(spans, span{Span: sitrep.CharSpan(d.Text, m.Span), Kind: "mention", Label: m.Text, Code: m.Code, Rule: m.Rule})
		}
		for _, e := range a.Events {
			spans = append(spans, span{Span: e.CharSpan, Kind: "event", Label: e.Source.Code + " " + e.CAMEO + " " + e.Target.Code, Code: e.CAMEO, Event: e.ID})
			if p := e.Place; p != nil && p.Span.End > p.Span.Start {
				spans = append(spans, span{Span: sitrep.CharSpan(d.Text, p.Span), Kind: "place", Label: p.Name, Code: p.Country, Event: e.ID})
			}
			for _, q := range e.Quantities {
				if q.Span.End > q.Span.Start {
					spans = append(spans, span{Span: sitrep.CharSpan(d.Text, q.Span), Kind: "quantity", Label: q.Text, Event: e.ID})
				}
			}
		}
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].Span[0] < spans[j].Span[0] })
		sents := make([][2]int, len(a.Sentences))
		for i, st := range a.Sentences {
			sents[i] = sitrep.CharSpan(d.Text, st.Span)
		}
		resp["spans"], resp["events"], resp["sentences"] = nonNil(spans), nonNil(a.Events), sents
		resp["quotes"] = nonNil(a.Quotes)
	}
	writeJSON(w, http.StatusOK, resp)
}

// timelinePoint is one day's or week's events of a dyad (both directions).
type timelinePoint struct {
	Date        string  `json:"date"` // the day, or the Monday of the week; "" for undated events
	Events      int     `json:"events"`
	Cooperation int     `json:"cooperation"`
	Conflict    int     `json:"conflict"`
	Goldstein   float64 `json:"goldstein"` // sum of the period's scores
}

// timeline serves the relationship between two actors (code prefixes, either
// direction) over time: weekly counts (daily with step=day) of its events, their
// cooperation, conflict and Goldstein sums, from the store's tallies, and a page of
// its events in date order (limit, offset; undated last), so that a dyad of
// thousands of events does not send them all.
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	a, b := r.PathValue("a"), r.PathValue("b")
	key := sitrep.TallyWeek
	switch step := r.URL.Query().Get("step"); step {
	case "", "week":
	case "day":
		key = sitrep.TallyDay
	default:
		writeError(w, http.StatusBadRequest, "step is day or week, not %q", step)
		return
	}
	limit, offset, err := page(r, 100, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	dirs := []sitrep.EventFilter{{Source: a, Target: b, Sort: "date"}, {Source: b, Target: a, Sort: "date"}}
	if a == b {
		dirs = dirs[:1] // one direction: the other would count each event twice
	}
	byDate := map[string]*timelinePoint{}
	var total timelinePoint
	counts := make([]int, len(dirs)) // events in each direction
	for i, f := range dirs {
		ts, err := s.Store.TallyEvents(r.Context(), f, key)
		if err != nil {
			s.internal(w, err)
			return
		}
		for _, t := range ts {
			p := byDate[t.Date]
			if p == nil {
				p = &timelinePoint{Date: t.Date}
				byDate[t.Date] = p
			}
			for _, q := range []*timelinePoint{p, &total} {
				q.Events += t.Events
				q.Cooperation += t.Cooperation
				q.Conflict += t.Conflict
				q.Goldstein += t.Goldstein
			}
			counts[i] += t.Events
		}
	}
	points := make([]timelinePoint, 0, len(byDate))
	for _, p := range byDate {
		points = append(points, *p)
	}
	sort.Slice(points, func(i, j int) bool { return points[i].Date < points[j].Date })

	// The page: where only one direction has events, the store pages it; otherwise
	// both directions' first offset+limit events are merged in date order.
	var evs []sitrep.Event
	if offset < total.Events {
		var lists [][]sitrep.Event
		for i, f := range dirs {
			if counts[i] == 0 {
				continue
			}
			f.Limit, f.Offset = limit, offset
			if counts[i] != total.Events {
				f.Limit, f.Offset = offset+limit, 0
			}
			e, err := s.Store.Events(r.Context(), f)
			if err != nil {
				s.internal(w, err)
				return
			}
			lists = append(lists, e)
		}
		if len(lists) == 1 {
			evs = lists[0]
		} else {
			evs = mergeByDate(lists[0], lists[1])
			evs = evs[min(offset, len(evs)):]
			evs = evs[:min(limit, len(evs))]
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"a": a, "b": b, "step": string(key), "timeline": points,
		"total": total, "events": nonNil(evs), "limit": limit, "offset": offset})
}

// mergeByDate merges two lists in the stores' date order (undated events last),
// x's events before y's on the same date.
func mergeByDate(x, y []sitrep.Event) []sitrep.Event {
	before := func(e, f *sitrep.Event) bool { // e strictly before f
		if (e.Date == "") != (f.Date == "") {
			return f.Date == ""
		}
		return e.Date < f.Date
	}
	out := make([]sitrep.Event, 0, len(x)+len(y))
	for len(x) > 0 && len(y) > 0 {
		if before(&y[0], &x[0]) {
			out, y = append(out, y[0]), y[1:]
		} else {
			out, x = append(out, x[0]), x[1:]
		}
	}
	return append(append(out, x...), y...)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if strings.TrimSpace(q) == "" {
		writeError(w, http.StatusBadRequest, "q is required")
		return
	}
	limit, _, err := page(r, 20, 200)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	hits, err := s.Store.Search(r.Context(), q, limit)
	if err != nil {
		s.internal(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"hits": nonNil(hits)})
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if !export.Valid(format) {
		writeError(w, http.StatusBadRequest, "format %q: want one of %v", format, export.Formats)
		return
	}
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	evs, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.internal(w, err)
		return
	}
	ext := map[string]string{"csv": "csv", "gdelt": "tsv", "plover": "jsonl", "gexf": "gexf", "graphml": "graphml"}[format]
	w.Header().Set("Content-Type", export.ContentType(format))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "sitrep-events." + ext}))
	if err := export.Write(w, format, evs, export.Options{}); err != nil {
		s.logger().Error("export", "format", format, "err", err)
	}
}

// ingest stores the request body as one input, read as `sitrep ingest` reads a file:
// the Content-Type picks the reader where the content does not.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	if s.Token == "" {
		writeError(w, http.StatusForbidden, "ingest is disabled: start the server with --token")
		return
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	limit := s.MaxBody
	if limit <= 0 {
		limit = ingest.DefaultMaxBytes
	}
	ext := ".txt"
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil {
		switch {
		case strings.Contains(mt, "html"):
			ext = ".html"
		case strings.Contains(mt, "ndjson"), strings.Contains(mt, "jsonl"), mt == "application/json":
			ext = ".jsonl"
		case strings.Contains(mt, "xml"), strings.Contains(mt, "rss"), strings.Contains(mt, "atom"):
			ext = ".xml"
		}
	}
	name := r.URL.Query().Get("id")
	if name == "" || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		name = "posted-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	dir, err := os.MkdirTemp("", "sitrep-ingest-")
	if err != nil {
		s.internal(w, err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, name+ext)
	if err := saveBody(path, http.MaxBytesReader(w, r.Body, limit)); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "body over %d bytes", limit)
			return
		}
		writeError(w, http.StatusBadRequest, "read body: %v", err)
		return
	}
	sum, err := pipeline.Ingest(r.Context(), pipeline.Config{Store: s.Store, Analyzer: s.Analyzer, Log: s.Log}, []string{path})
	if err != nil {
		s.internal(w, err)
		return
	}
	failures := make([]string, len(sum.Failures))
	for i, f := range sum.Failures {
		failures[i] = strings.ReplaceAll(f.Error(), dir+string(filepath.Separator), "")
	}
	status := http.StatusOK
	if len(failures) > 0 && sum.Read == 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, map[string]any{"read": sum.Read, "stored": sum.Stored, "unchanged": sum.Unchanged,
		"near_duplicates": sum.NearDups, "analyzed": sum.Analyzed, "events": sum.Events, "failures": failures})
}

func saveBody(path string, body io.Reader) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (s *Server) logger() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// internal reports a server-side failure without leaking its details to the client.
func (s *Server) internal(w http.ResponseWriter, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.logger().Error("internal error", "err", err)
	writeError(w, http.StatusInternalServerError, "internal error")
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
