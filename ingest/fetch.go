package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"regexp"
	"strings"
	"syscall"
	"time"
)

// fetch downloads one URL within opts' limits and returns its body, its
// Content-Type and the URL it ended at after redirects.
func fetch(ctx context.Context, rawURL string, opts Options) ([]byte, string, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", "", fmt.Errorf("%w: not an http(s) URL", ErrMalformed)
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", "", err
	}
	req.Header.Set("User-Agent", "sitrep-ingest/1 (+https://github.com/sitrep-dev/sitrep)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5")
	c := client(opts)
	if opts.Client == nil || opts.Client.Transport == nil {
		// The transport is ours and used once: do not leave its connections idle.
		defer c.CloseIdleConnections()
	}
	resp, err := c.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, "", "", fmt.Errorf("timed out after %s: %w", opts.Timeout, err)
		}
		return nil, "", "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > opts.MaxBytes {
		return nil, "", "", fmt.Errorf("%w: Content-Length %d, limit %d", ErrTooLarge, resp.ContentLength, opts.MaxBytes)
	}
	data, err := readLimited(resp.Body, opts.MaxBytes)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, "", "", fmt.Errorf("timed out after %s reading the body: %w", opts.Timeout, err)
		}
		return nil, "", "", err
	}
	return data, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// client returns the HTTP client for opts: the caller's, or one whose dialer
// refuses non-public addresses. The check runs on the address actually dialled,
// after DNS resolution and on every redirect, so neither a hostname that resolves
// to 127.0.0.1 nor a redirect to an intranet host gets through.
func client(opts Options) *http.Client {
	c := &http.Client{}
	if opts.Client != nil {
		*c = *opts.Client
	}
	if c.Transport == nil {
		dialer := &net.Dialer{Timeout: opts.Timeout, KeepAlive: 30 * time.Second}
		if !opts.AllowPrivate {
			dialer.Control = guardDial
		}
		c.Transport = &http.Transport{
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   opts.Timeout,
			ResponseHeaderTimeout: opts.Timeout,
			MaxIdleConns:          10,
			IdleConnTimeout:       30 * time.Second,
		}
	}
	if c.CheckRedirect == nil {
		limit := opts.MaxRedirects
		c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if len(via) > limit {
				return fmt.Errorf("stopped after %d redirects", limit)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a non-http URL %s", req.URL.Redacted())
			}
			return nil
		}
	}
	return c
}

// guardDial is a net.Dialer Control function refusing connections to addresses
// that are not public.
func guardDial(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if !dialAllowed(address, ip) {
		return fmt.Errorf("dial %s: %w", address, ErrPrivate)
	}
	return nil
}

// dialAllowed decides each dial; tests replace it to admit one loopback server
// and prove that a redirect from it to another is refused.
var dialAllowed = func(_ string, ip netip.Addr) bool { return publicAddr(ip) }

func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback(), ip.IsPrivate(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(),
		ip.IsUnspecified(), ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return false
	}
	// Carrier-grade NAT (100.64.0.0/10) and "this network" (0.0.0.0/8) are not
	// covered by IsPrivate.
	for _, p := range []netip.Prefix{netip.MustParsePrefix("100.64.0.0/10"), netip.MustParsePrefix("0.0.0.0/8")} {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// urlName is the last path element of a URL, used to guess its format from an
// extension.
func urlName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return path.Base(u.Path)
}

var unsafeID = regexp.MustCompile(`[^a-z0-9._-]+`)

// urlID derives a readable, stable document id from a URL or feed GUID:
// "https://www.example.com/news/a-b.html?x=1" becomes "example.com-news-a-b".
func urlID(raw string) string {
	s := raw
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		s = strings.TrimPrefix(u.Host, "www.") + "/" + strings.TrimSuffix(u.Path, path.Ext(u.Path))
		if strings.Trim(u.Path, "/") == "" {
			// WordPress GUIDs ("/?p=101") identify the article by query alone.
			s += u.RawQuery
		}
	}
	s = strings.Trim(unsafeID.ReplaceAllString(strings.ToLower(s), "-"), "-.")
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}
