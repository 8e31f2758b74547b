// Package poll fetches news feeds on a schedule and publishes their new articles
// for the workers. It fetches with conditional GET (ETag, If-Modified-Since), so an
// unchanged feed costs one small request, reads feeds with the ingest package, and
// leaves de-duplication across feeds to the queue: articles are published under their
// content hash.
package poll

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// ErrPrivate is returned for feeds on loopback, private or link-local addresses
// unless Poller.Ingest.AllowPrivate is set.
var ErrPrivate = ingest.ErrPrivate

// Publisher sends an article to the workers; duplicate reports that the queue
// already had it. *nats.Publisher is one.
type Publisher interface {
	Publish(ctx context.Context, d *sitrep.Document) (duplicate bool, err error)
}

// Poller polls a list of feeds.
type Poller struct {
	Feeds     []string
	Publisher Publisher
	// StatePath is the file keeping validators and seen articles between rounds
	// and runs; empty keeps them in memory only.
	StatePath string
	// Ingest limits each fetch (MaxBytes, Timeout) and guards addresses
	// (AllowPrivate).
	Ingest ingest.Options
	Log    *slog.Logger

	state  *State
	client *http.Client
}

// Round says what one pass over the feeds did.
type Round struct {
	Feeds       int     // polled
	NotModified int     // answered 304
	Failed      int     // could not be fetched or read
	Articles    int     // read from changed feeds
	Published   int     // new to the queue
	Duplicates  int     // the queue already had them (another feed, an earlier run)
	Skipped     int     // seen in this feed's previous version: not published again
	Errors      []error // one per failed feed
}

func (p *Poller) init() error {
	if p.Log == nil {
		p.Log = slog.New(slog.DiscardHandler)
	}
	if p.state == nil {
		p.state = &State{}
		if p.StatePath != "" {
			s, err := LoadState(p.StatePath)
			if err != nil {
				return err
			}
			p.state = s
		}
	}
	if p.client == nil {
		p.client = p.newClient()
	}
	return nil
}

func (p *Poller) newClient() *http.Client {
	timeout := p.Ingest.Timeout
	if timeout <= 0 {
		timeout = ingest.DefaultTimeout
	}
	dialer := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	if !p.Ingest.AllowPrivate {
		dialer.Control = guardDial
	}
	maxRedirects := p.Ingest.MaxRedirects
	if maxRedirects <= 0 {
		maxRedirects = ingest.DefaultMaxRedirects
	}
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   timeout,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       90 * time.Second,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a non-http URL %s", req.URL.Redacted())
			}
			return nil
		},
	}
}

// Run polls every interval until ctx is cancelled, starting at once. A failed feed
// is logged and retried next round; only a state file that cannot be read or
// written stops it.
func (p *Poller) Run(ctx context.Context, every time.Duration) error {
	if every <= 0 {
		return errors.New("poll: interval must be positive")
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		r, err := p.Poll(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		p.Log.Info("poll round", "feeds", r.Feeds, "not_modified", r.NotModified, "failed", r.Failed,
			"articles", r.Articles, "published", r.Published, "duplicates", r.Duplicates)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Poll makes one pass over the feeds and saves the state. A feed's new validators
// and seen articles are kept only once all its articles are published, so a feed
// that failed half-way is fetched in full next time: articles are published at
// least once, and the queue drops the repeats.
func (p *Poller) Poll(ctx context.Context) (Round, error) {
	if err := p.init(); err != nil {
		return Round{}, err
	}
	var r Round
	for _, u := range p.Feeds {
		if ctx.Err() != nil {
			return r, ctx.Err()
		}
		r.Feeds++
		if err := p.pollFeed(ctx, u, &r); err != nil {
			r.Failed++
			r.Errors = append(r.Errors, err)
			p.Log.Warn("feed failed", "feed", u, "err", err)
		}
	}
	if p.StatePath != "" {
		if err := p.state.Save(p.StatePath); err != nil {
			return r, err
		}
	}
	return r, nil
}

func (p *Poller) pollFeed(ctx context.Context, feedURL string, r *Round) error {
	st := p.state.feed(feedURL)
	body, hdr, finalURL, err := p.fetch(ctx, feedURL, st)
	if err != nil {
		return err
	}
	if body == nil {
		r.NotModified++
		st.Checked = time.Now().UTC()
		return nil
	}
	// ingest reads the fetched bytes through a client that replays them, so the
	// documents carry the feed's URL as their source exactly as `sitrep ingest URL`
	// would give, and no second request is made.
	opts := p.Ingest
	opts.Client = &http.Client{Transport: replay{body: body, ctype: hdr.Get("Content-Type"), url: finalURL}}
	seen := make(map[string]bool, len(st.Seen))
	for _, h := range st.Seen {
		seen[h] = true
	}
	var hashes []string
	var pubErr error
	err = ingest.Read(ctx, feedURL, opts, func(it ingest.Item) {
		if pubErr != nil {
			return
		}
		if it.Err != nil {
			p.Log.Info("feed item skipped", "input", it.Input, "err", it.Err)
			return
		}
		r.Articles++
		hashes = append(hashes, it.Doc.Hash)
		if seen[it.Doc.Hash] {
			r.Skipped++
			return
		}
		dup, err := p.Publisher.Publish(ctx, it.Doc)
		if err != nil {
			pubErr = fmt.Errorf("publish %s: %w", it.Input, err)
			return
		}
		if dup {
			r.Duplicates++
		} else {
			r.Published++
		}
	})
	if err != nil {
		return err
	}
	if pubErr != nil {
		return pubErr
	}
	st.ETag, st.LastModified = hdr.Get("ETag"), hdr.Get("Last-Modified")
	st.Seen = hashes
	st.Checked = time.Now().UTC()
	return nil
}

// fetch makes a conditional GET; a nil body means the feed has not changed.
func (p *Poller) fetch(ctx context.Context, feedURL string, st *FeedState) ([]byte, http.Header, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil)
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch %s: %w", feedURL, err)
	}
	req.Header.Set("User-Agent", "sitrep-poll/1 (+https://github.com/sitrep-dev/sitrep)")
	req.Header.Set("Accept", "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch %s: %w", feedURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, resp.Header, "", nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, nil, "", fmt.Errorf("fetch %s: HTTP status %s", feedURL, resp.Status)
	}
	limit := p.Ingest.MaxBytes
	if limit <= 0 {
		limit = ingest.DefaultMaxBytes
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch %s: %w", feedURL, err)
	}
	if int64(len(body)) > limit {
		return nil, nil, "", fmt.Errorf("fetch %s: %w: more than %d bytes", feedURL, ingest.ErrTooLarge, limit)
	}
	return body, resp.Header, resp.Request.URL.String(), nil
}

// replay is an http.RoundTripper answering every request with one fetched body.
type replay struct {
	body  []byte
	ctype string
	url   string
}

func (rp replay) RoundTrip(req *http.Request) (*http.Response, error) {
	h := http.Header{}
	if rp.ctype != "" {
		h.Set("Content-Type", rp.ctype)
	}
	r := req
	if rp.url != "" && rp.url != req.URL.String() {
		// Report the URL the feed was finally fetched from, after redirects.
		r = req.Clone(req.Context())
		if u, err := req.URL.Parse(rp.url); err == nil {
			r.URL = u
		}
	}
	return &http.Response{
		Status: "200 OK", StatusCode: http.StatusOK, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: h, Body: io.NopCloser(bytes.NewReader(rp.body)), ContentLength: int64(len(rp.body)), Request: r,
	}, nil
}
