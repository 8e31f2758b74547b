package http

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// The workbench routes need no store: a server without one shows that they never
// reach it.
func TestUIRoutes(t *testing.T) {
	srv := httptest.NewServer((&Server{}).Handler())
	t.Cleanup(srv.Close)

	index, err := fs.ReadFile(uiFiles, "ui/index.html")
	if err != nil {
		t.Fatal(err)
	}
	script := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindSubmatch(index)
	if script == nil {
		t.Fatalf("embedded index.html loads no script from /assets/:\n%s", index)
	}
	asset := string(script[1])

	tests := []struct {
		name, method, path string
		status             int
		contentType        string
		cache              string // Cache-Control, "" when not checked
		body               string // a substring the body must hold
	}{
		{"index at root", "GET", "/", 200, "text/html", "no-cache", `<main id="main"`},
		{"client route falls back to index", "GET", "/events", 200, "text/html", "no-cache", `<main id="main"`},
		{"deep client route", "GET", "/doc/some-article", 200, "text/html", "no-cache", `<main id="main"`},
		{"map route", "GET", "/map?actor=IRQ", 200, "text/html", "no-cache", `href="/map"`},
		{"claim board route", "GET", "/claims?status=contested", 200, "text/html", "no-cache", `href="/claims"`},
		{"framing route", "GET", "/frames?by=country", 200, "text/html", "no-cache", `href="/frames"`},
		{"hashed asset cached long", "GET", asset, 200, "text/javascript", "public, max-age=31536000, immutable", ""},
		{"missing asset is not index", "GET", "/assets/gone-0000.js", 404, "text/plain", "", ""},
		{"unknown api path stays JSON", "GET", "/api/no-such-thing", 404, "application/json", "", `"error"`},
		{"unknown api path under POST", "POST", "/api/nope", 404, "application/json", "", `"error"`},
		{"ui is read-only", "POST", "/events", 405, "text/plain", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("%s %s: status %d, want %d: %.200s", tt.method, tt.path, resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %s…", ct, tt.contentType)
			}
			if tt.cache != "" && resp.Header.Get("Cache-Control") != tt.cache {
				t.Errorf("Cache-Control %q, want %q", resp.Header.Get("Cache-Control"), tt.cache)
			}
			if !strings.Contains(string(body), tt.body) {
				t.Errorf("body lacks %q: %.300s", tt.body, body)
			}
			if strings.HasPrefix(tt.contentType, "application/json") {
				var v map[string]string
				if err := json.Unmarshal(body, &v); err != nil || v["error"] == "" {
					t.Errorf("want a JSON error object, got %s (%v)", body, err)
				}
			}
			if tt.status == 200 && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
				t.Errorf("no script-restricting Content-Security-Policy: %q", resp.Header.Get("Content-Security-Policy"))
			}
		})
	}
}

// Every file index.html names must be embedded, or the page loads without its script.
func TestUIIndexAssetsEmbedded(t *testing.T) {
	index, err := fs.ReadFile(uiFiles, "ui/index.html")
	if err != nil {
		t.Fatal(err)
	}
	refs := regexp.MustCompile(`(?:src|href)="/(assets/[^"]+)"`).FindAllSubmatch(index, -1)
	if len(refs) < 2 {
		t.Fatalf("index.html names %d assets, want a script and a stylesheet", len(refs))
	}
	for _, m := range refs {
		if _, err := fs.Stat(uiFiles, "ui/"+string(m[1])); err != nil {
			t.Errorf("index.html names %s: %v", m[1], err)
		}
	}
}

// The workbench's first load, the script index.html names and the chunks it imports
// statically, stays within the budget of 1 MB of JavaScript; views loaded on
// demand (the map) do not count, but every chunk a script names must be embedded.
func TestUIScriptsEmbeddedAndFirstLoadBudget(t *testing.T) {
	const budget = 1 << 20
	index, err := fs.ReadFile(uiFiles, "ui/index.html")
	if err != nil {
		t.Fatal(err)
	}
	static := regexp.MustCompile(`(?:^|[;}\n])\s*import\s*(?:[\w{}*$,\s]+from\s*)?"\./([^"]+\.js)"`)
	dynamic := regexp.MustCompile(`import\("\./([^"]+\.js)"\)`)
	// A script is read once as part of the first load (eager) and once at most
	// otherwise: a chunk reached first through a dynamic import and then through a
	// static one still counts toward the first load.
	seen := map[string]bool{}
	eagerSeen := map[string]bool{}
	var first int
	var load func(name string, eager bool)
	load = func(name string, eager bool) {
		if eagerSeen[name] || !eager && seen[name] {
			return
		}
		seen[name] = true
		if eager {
			eagerSeen[name] = true
		}
		js, err := fs.ReadFile(uiFiles, "ui/assets/"+name)
		if err != nil {
			t.Errorf("a script names %s: %v", name, err)
			return
		}
		if eager {
			first += len(js)
		}
		for _, m := range static.FindAllSubmatch(js, -1) {
			load(string(m[1]), eager)
		}
		for _, m := range dynamic.FindAllSubmatch(js, -1) {
			load(string(m[1]), false)
		}
	}
	scripts := regexp.MustCompile(`src="/assets/([^"]+\.js)"`).FindAllSubmatch(index, -1)
	for _, m := range scripts {
		load(string(m[1]), true)
	}
	if len(scripts) == 0 || first == 0 {
		t.Fatal("index.html loads no script")
	}
	if first > budget {
		t.Errorf("first load is %d bytes of JavaScript, over the %d budget", first, budget)
	}
	// The map, the claim board and the framing matrix are chunks of their own, loaded
	// when first opened (Vite names a chunk after its module).
	for _, view := range []string{"map-", "claims-", "frames-"} {
		found := false
		for name := range seen {
			found = found || strings.HasPrefix(name, view) && !eagerSeen[name]
		}
		if !found {
			t.Errorf("no chunk %s*.js loaded on demand among %v", view, seen)
		}
	}
	t.Logf("first load: %d bytes of JavaScript; %d scripts in all", first, len(seen))
}
