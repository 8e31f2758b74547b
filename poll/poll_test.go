package poll

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// item is one generated feed item; the texts are written for these tests.
type item struct{ guid, title, body string }

func rss(channel string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>%s</title><link>https://example.org/</link><description>test</description>
`, channel)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://example.org/%s</link><guid>https://example.org/%s</guid>
<pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>%s</p>]]></description></item>
`, it.title, it.guid, it.guid, it.body)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

var (
	talks = item{"talks", "Ministers meet in Lima",
		"The foreign minister of Peru met the envoy of Chile in Lima on Monday to discuss a border dispute, officials said."}
	strike = item{"strike", "Dock workers strike in Accra",
		"Dock workers in Accra began a strike on Tuesday over unpaid wages, the union said, halting cargo at the port."}
	aid = item{"aid", "Aid convoy reaches Riga",
		"An aid convoy organised by the Red Cross reached Riga on Wednesday after a two-day delay at the border, organisers said."}
)

// feedServer serves one feed with an ETag and Last-Modified, answering 304 when
// the client's validators match; set changes the feed.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	body     string
	version  int
	requests int
	notMod   int
}

func newFeedServer(t *testing.T, body string) *feedServer {
	fs := &feedServer{body: body, version: 1}
	fs.Server = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) set(body string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.body = body
	fs.version++
}

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.requests++
	etag := fmt.Sprintf(`"v%d"`, fs.version)
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", fmt.Sprintf("Mon, 23 Nov 2026 %02d:00:00 GMT", fs.version))
	if r.Header.Get("If-None-Match") == etag {
		fs.notMod++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, fs.body)
}

// recorder is a Publisher that keeps what it was given and, like JetStream,
// reports a hash it has seen as a duplicate.
type recorder struct {
	mu   sync.Mutex
	docs []*sitrep.Document
	seen map[string]bool
	fail error
}

func (r *recorder) Publish(_ context.Context, d *sitrep.Document) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return false, r.fail
	}
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	if r.seen[d.Hash] {
		return true, nil
	}
	r.seen[d.Hash] = true
	r.docs = append(r.docs, d)
	return false, nil
}

func TestConditionalGetAndNewArticlesOnly(t *testing.T) {
	srv := newFeedServer(t, rss("Test Wire", talks, strike))
	statePath := filepath.Join(t.TempDir(), "state.json")
	pub := &recorder{}
	newPoller := func() *Poller {
		return &Poller{Feeds: []string{srv.URL + "/world.rss"}, Publisher: pub, StatePath: statePath,
			Ingest: ingest.Options{AllowPrivate: true}}
	}
	p := newPoller()
	ctx := context.Background()

	steps := []struct {
		name   string
		change string // new feed body, if any
		poller *Poller
		want   Round
	}{
		{"first fetch publishes every article", "", p, Round{Feeds: 1, Articles: 2, Published: 2}},
		{"unchanged feed answers 304", "", p, Round{Feeds: 1, NotModified: 1}},
		{"updated feed publishes only the new article", rss("Test Wire", aid, talks, strike), p, Round{Feeds: 1, Articles: 3, Published: 1, Skipped: 2}},
		{"a new process reads the validators from the state file", "", newPoller(), Round{Feeds: 1, NotModified: 1}},
	}
	for _, s := range steps {
		if s.change != "" {
			srv.set(s.change)
		}
		got, err := s.poller.Poll(ctx)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if fmt.Sprint(got) != fmt.Sprint(s.want) {
			t.Errorf("%s: round %+v, want %+v", s.name, got, s.want)
		}
	}
	if len(pub.docs) != 3 {
		t.Fatalf("%d articles published, want 3", len(pub.docs))
	}
	d := pub.docs[0]
	if d.Outlet != "Test Wire" || d.URL != "https://example.org/talks" || d.Source != srv.URL+"/world.rss" || d.Status != sitrep.StatusOK || d.Hash == "" {
		t.Errorf("published document: outlet %q url %q source %q status %q hash %q", d.Outlet, d.URL, d.Source, d.Status, d.Hash)
	}
	if srv.notMod != 2 {
		t.Errorf("server answered 304 %d times, want 2", srv.notMod)
	}
}

func TestFailedPublishRefetchesTheFeed(t *testing.T) {
	srv := newFeedServer(t, rss("Test Wire", talks, strike))
	pub := &recorder{fail: errors.New("queue unavailable")}
	p := &Poller{Feeds: []string{srv.URL}, Publisher: pub, Ingest: ingest.Options{AllowPrivate: true}}
	ctx := context.Background()
	r, err := p.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 1 || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Error(), "queue unavailable") {
		t.Fatalf("round with a failing queue: %+v", r)
	}
	pub.fail = nil
	r, err = p.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The validators were not kept, so the feed is fetched in full again.
	if r.NotModified != 0 || r.Published != 2 {
		t.Errorf("round after the queue came back: %+v, want both articles published", r)
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	srv := newFeedServer(t, rss("Test Wire", talks))
	p := &Poller{Feeds: []string{srv.URL}, Publisher: &recorder{}}
	r, err := p.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 1 || !errors.Is(r.Errors[0], ErrPrivate) {
		t.Fatalf("loopback feed without AllowPrivate: %+v", r)
	}
	if srv.requests != 0 {
		t.Errorf("the server got %d requests, want none", srv.requests)
	}
}

func TestFeedErrors(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, rss("Big", talks, strike, aid)) })
	mux.HandleFunc("/notfeed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss><channel><item>")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	pub := &recorder{}
	p := &Poller{Feeds: []string{srv.URL + "/gone", srv.URL + "/big", srv.URL + "/notfeed", srv.URL + "/gone"}, Publisher: pub,
		Ingest: ingest.Options{AllowPrivate: true, MaxBytes: 600}}
	r, err := p.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Feeds != 4 || r.Failed != 3 || len(pub.docs) != 0 {
		t.Errorf("round: %+v, %d published; want 3 failures (404, too large) and a malformed feed skipped", r, len(pub.docs))
	}
	if !errors.Is(r.Errors[1], ingest.ErrTooLarge) {
		t.Errorf("large feed: %v, want ErrTooLarge", r.Errors[1])
	}
}

func TestReadFeeds(t *testing.T) {
	f, err := os.Open("testdata/feeds.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadFeeds(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://example.org/world.rss", "http://news.example.net/feed?format=atom"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ReadFeeds = %q, want %q", got, want)
	}
	for _, bad := range []string{"example.org/feed", "ftp://example.org/feed", "https://", "http://exa mple.org/"} {
		if _, err := ReadFeeds(strings.NewReader("https://ok.example/\n" + bad + "\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("ReadFeeds(%q): %v, want an error naming line 2", bad, err)
		}
	}
}

func TestStateRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	s, err := LoadState(path)
	if err != nil || len(s.Feeds) != 0 {
		t.Fatalf("missing state file: %+v, %v", s, err)
	}
	s.feed("https://example.org/a").ETag = `"x"`
	s.feed("https://example.org/a").Seen = []string{"h1", "h2"}
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	if f := back.Feeds["https://example.org/a"]; f == nil || f.ETag != `"x"` || len(f.Seen) != 2 {
		t.Errorf("state after a round trip: %+v", back.Feeds)
	}
	os.WriteFile(path, []byte("{"), 0o600)
	if _, err := LoadState(path); err == nil {
		t.Error("a corrupt state file loaded without error")
	}
}

func FuzzReadFeeds(f *testing.F) {
	data, _ := os.ReadFile("testdata/feeds.txt")
	f.Add(string(data))
	f.Add("https://a.example/\n\n# x\nhttp://b.example/?q=1\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		feeds, err := ReadFeeds(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, u := range feeds {
			// URL schemes are case-insensitive (RFC 3986 3.1), and the HTTP client
			// fetches "HTTP://host" as it does "http://host": the check is the
			// parsed scheme, not the line's prefix.
			p, err := url.Parse(u)
			if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
				t.Errorf("accepted %q", u)
			}
		}
	})
}

func FuzzParseState(f *testing.F) {
	f.Add([]byte(`{"feeds":{"https://a.example/":{"etag":"\"1\"","seen":["h"]}}}`))
	f.Add([]byte(`{"feeds":{"x":null}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := parseState(data, "fuzz")
		if err != nil {
			return
		}
		for u := range s.Feeds {
			s.feed(u) // must not meet a nil entry
		}
	})
}

func TestRunPollsUntilCancelled(t *testing.T) {
	srv := newFeedServer(t, rss("Test Wire", talks))
	pub := &recorder{}
	p := &Poller{Feeds: []string{srv.URL}, Publisher: pub, Ingest: ingest.Options{AllowPrivate: true}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx, 20*time.Millisecond) }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		srv.mu.Lock()
		n := srv.notMod
		srv.mu.Unlock()
		if n >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("fewer than three rounds in 10s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel: %v", err)
	}
	if len(pub.docs) != 1 {
		t.Errorf("%d articles published over the rounds, want 1", len(pub.docs))
	}
	if err := p.Run(context.Background(), 0); err == nil {
		t.Error("Run with a zero interval did not fail")
	}
}
