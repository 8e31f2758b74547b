package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	page, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		t.Fatal(err)
	}
	arabic, err := os.ReadFile("testdata/html/cp1256.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile("testdata/feed/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	// The charset comes from the header only: the page's own meta tag is removed.
	mux.HandleFunc("/arabic", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1256")
		w.Write([]byte(strings.Replace(string(arabic), "charset=windows-1256", "", 1)))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("Many words in a very long page. ", 1000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	allow := Options{AllowPrivate: true, Timeout: 500 * time.Millisecond}

	t.Run("html", func(t *testing.T) {
		d := readOne(t, srv.URL+"/moved", allow)
		if d.Title != "Rail Link Between Two Border Towns Reopens" || d.Source != srv.URL+"/moved" || d.Format != "html" {
			t.Errorf("document: %+v", d)
		}
		// The page's canonical link names its URL.
		if d.URL != "https://gazette.example/news/rail-link-reopens" {
			t.Errorf("url = %q", d.URL)
		}
	})
	t.Run("charset from header", func(t *testing.T) {
		d := readOne(t, srv.URL+"/arabic", allow)
		if !strings.Contains(d.Text, "أعلنت الحكومة") || d.Language != "ar" {
			t.Errorf("text %.80q language %q", d.Text, d.Language)
		}
	})
	t.Run("feed", func(t *testing.T) {
		items, err := ReadAll(context.Background(), srv.URL+"/feed", allow)
		if err != nil || len(items) != 2 || items[0].Doc == nil {
			t.Fatalf("items %v, err %v", items, err)
		}
	})
	failures := []struct {
		name, path string
		opts       Options
		want       error
		msg        string
	}{
		{"private address", "/article", Options{}, ErrPrivate, "127.0.0.1"},
		{"timeout", "/slow", allow, context.DeadlineExceeded, "timed out"},
		{"size limit", "/big", Options{AllowPrivate: true, MaxBytes: 1000}, ErrTooLarge, "limit"},
		{"redirect limit", "/loop", allow, nil, "stopped after 5 redirects"},
		{"HTTP error", "/missing", allow, nil, "404"},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			input := srv.URL + tt.path
			emitted := false
			err := Read(context.Background(), input, tt.opts, func(Item) { emitted = true })
			if err == nil || emitted {
				t.Fatalf("err = %v, emitted = %v", err, emitted)
			}
			if tt.want != nil && !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), input) {
				t.Errorf("err = %v, want %v with %q naming %s", err, tt.want, tt.msg, input)
			}
		})
	}
	t.Run("redirect to a private address", func(t *testing.T) {
		// Admit only the first server, as if it were public: its redirect to a
		// second loopback server must be refused at dial time.
		inner := httptest.NewServer(mux)
		defer inner.Close()
		outer := httptest.NewServer(http.RedirectHandler(inner.URL+"/article", http.StatusFound))
		defer outer.Close()
		admitted := strings.TrimPrefix(outer.URL, "http://")
		old := dialAllowed
		dialAllowed = func(addr string, _ netip.Addr) bool { return addr == admitted }
		defer func() { dialAllowed = old }()
		err := Read(context.Background(), outer.URL, Options{Timeout: time.Second}, func(Item) {})
		if !errors.Is(err, ErrPrivate) || !strings.Contains(err.Error(), strings.TrimPrefix(inner.URL, "http://")) {
			t.Errorf("err = %v, want the redirect target refused", err)
		}
	})
}

func TestPublicAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": false, "::1": false, "10.1.2.3": false, "192.168.0.1": false, "172.16.5.4": false,
		"169.254.169.254": false, "fe80::1": false, "0.0.0.0": false, "::": false, "100.64.0.1": false,
		"::ffff:127.0.0.1": false, "fc00::1": false,
		"8.8.8.8": true, "2001:4860:4860::8888": true, "93.184.216.34": true,
	} {
		if got := publicAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("publicAddr(%s) = %v, want %v", addr, got, want)
		}
	}
	if err := guardDial("tcp", "127.0.0.1:80", nil); !errors.Is(err, ErrPrivate) {
		t.Errorf("guardDial(127.0.0.1) = %v", err)
	}
	if err := guardDial("tcp", "8.8.8.8:443", nil); err != nil {
		t.Errorf("guardDial(8.8.8.8) = %v", err)
	}
}

func TestURLID(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.example.com/news/a-b.html?utm=1": "example.com-news-a-b",
		"https://valleypost.example/?p=101":           "valleypost.example-p-101",
		"urn:uuid:ferry-suspended-2025":               "urn-uuid-ferry-suspended-2025",
		"":                                            "",
		"http://x.example/" + strings.Repeat("a", 300): "x.example-" + strings.Repeat("a", 90),
	} {
		if got := urlID(in); got != want {
			t.Errorf("urlID(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCharsetDetection covers pages that declare nothing: the charset is
// detected from the bytes.
func TestCharsetDetection(t *testing.T) {
	for _, tt := range []struct{ file, decl, phrase string }{
		{"testdata/html/cp1256.html", "charset=windows-1256", "أعلنت الحكومة اليوم"},
		{"testdata/html/latin1.html", `charset="iso-8859-1"`, "coopération avec les pays voisins"},
	} {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		undeclared := strings.Replace(string(data), tt.decl, "", 1)
		if undeclared == string(data) {
			t.Fatalf("%s: no declaration %q to remove", tt.file, tt.decl)
		}
		d, err := htmlDoc(source{input: tt.file, name: "page.html"}, []byte(undeclared), "")
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if !strings.Contains(d.Text, tt.phrase) {
			t.Errorf("%s undeclared: text %.120q", tt.file, d.Text)
		}
	}
}
