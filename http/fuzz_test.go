package http

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzRoutes are the read endpoints; {} is where the fuzzed path segment goes.
// POST /api/ingest is left out: it changes the store, and its body goes through
// the ingest readers, which have fuzz targets of their own.
var fuzzRoutes = []string{
	"/api/stats", "/api/events", "/api/network", "/api/places", "/api/places/{}/events",
	"/api/actors", "/api/documents", "/api/documents/{}", "/api/dyads/{}/{}/timeline",
	"/api/search", "/api/export", "/api/claims", "/api/frames",
}

// FuzzAPI sends read requests with arbitrary query strings and path segments to
// the API over a real store. A query string is outside input: whatever it holds,
// the answer is a client error or a well-formed reply, never a 500 (which would
// mean a filter value reached the store unchecked) and never a panic.
func FuzzAPI(f *testing.F) {
	for i, q := range []string{
		"limit=5&offset=2&sort=-date", "dyad=USA,RUS&quad=4", "from=2025-13-45&to=x", "q=%22a+b%22+OR+c*",
		"limit=99999999999999999999", "offset=-1", "format=csv", "format=gdelt", "step=day&limit=1",
		"actor=%00&cameo=%27%3B--", "min=0&directed=yes", "prefix=%FF", "doc=x&outlet=y&country=z",
	} {
		f.Add(uint8(i), q, "USA")
	}
	db, _ := storylineStore(f, filepath.Join(f.TempDir(), "fuzz.db"))
	h := (&Server{Store: db}).Handler()
	f.Fuzz(func(t *testing.T, route uint8, query, seg string) {
		path := strings.ReplaceAll(fuzzRoutes[int(route)%len(fuzzRoutes)], "{}", url.PathEscape(seg))
		req := httptest.NewRequest(http.MethodGet, "http://sitrep.test/", nil)
		// Set the parts directly: a fuzzed string is not always a parseable URL, and
		// the server must cope with whatever the client's URL decodes to.
		req.URL.Path, req.URL.RawPath, req.URL.RawQuery = path, "", query
		if p, err := url.PathUnescape(path); err == nil {
			req.URL.Path, req.URL.RawPath = p, path
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %s?%s: status %d: %s", path, query, rec.Code, rec.Body)
		}
		if rec.Code == http.StatusOK && strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("GET %s?%s: invalid JSON: %.200s", path, query, rec.Body)
		}
	})
}
