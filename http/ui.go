package http

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// The workbench is built from web/ by `npm run build` into ui/ and committed, so that
// `go install` needs no npm; CI rebuilds it and fails when the result differs.
//
//go:embed all:ui
var uiFiles embed.FS

// uiCSP allows only what the workbench itself ships: no inline or remote script, no
// connections beyond this origin. Styles may be inline because the graph renderer
// sizes its canvases through style attributes.
const uiCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// uiHandler serves the embedded workbench. Files under /assets/ carry a content hash in
// their names and are cached for a year; every other path that is not a file gets
// index.html, uncached, so that the client-side routes (/events, /doc/ID…) load the app.
func uiHandler() http.Handler {
	root, err := fs.Sub(uiFiles, "ui")
	if err != nil {
		panic(err) // the embed pattern above guarantees the directory
	}
	index, err := fs.ReadFile(root, "index.html")
	if err != nil {
		panic("http: the embedded workbench has no index.html; run npm run build in web/")
	}
	files := http.FileServerFS(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", uiCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(root, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					h.Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					h.Set("Cache-Control", "no-cache")
				}
				files.ServeHTTP(w, r)
				return
			}
			// A missing hashed asset is a stale page asking for an old build: answering
			// with index.html would hand it HTML where it expects script.
			if strings.HasPrefix(name, "assets/") {
				http.NotFound(w, r)
				return
			}
		}
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(index))
	})
}
