package ingest

import (
	"testing"
	"unicode/utf8"
)

// FuzzContentType reads bytes as a fetched page or feed is read: with the
// Content-Type header its server sent, which is outside input like the body. The
// header picks the reader and, for HTML, the charset, so an odd media type or a
// charset label that names no encoding must still give documents or a named error.
func FuzzContentType(f *testing.F) {
	for _, c := range []struct{ ctype, body string }{
		{"text/html; charset=windows-1252", "<html><body><p>Caf\xe9 r\xe9sum\xe9.</p></body></html>"},
		{"text/html; charset=utf-16", "\xff\xfe<\x00p\x00>\x00a\x00"},
		{"application/rss+xml", `<rss><channel><item><title>T</title><description>D.</description></item></channel></rss>`},
		{"application/x-ndjson", `{"id":"a","text":"Text."}`},
		{"text/csv; header=present", "id,text\n1,Text.\n"},
		{"text/plain; charset=\"", "Plain text."},
		{"text/html; charset=x-user-defined", "<p>\x80\xff</p>"},
		{";;;=", "\x00\x01"},
	} {
		f.Add(c.ctype, []byte(c.body))
	}
	f.Fuzz(func(t *testing.T, ctype string, data []byte) {
		fuzzReadAs(t, "fuzz", ctype, data)
	})
}

// FuzzDecodeText gives the charset layer arbitrary bytes and an arbitrary
// declared label (from a header or a meta tag): what it returns is UTF-8, or an
// error, never text that would be stored with invalid bytes.
func FuzzDecodeText(f *testing.F) {
	for _, c := range []struct{ declared, data string }{
		{"", "plain ascii"},
		{"iso-8859-1", "caf\xe9"},
		{"utf-8", "caf\xe9"},
		{"shift_jis", "\x82\xa0\x82\xa2"},
		{"", "\xfe\xff\x00a\xd8\x00"},
		{"replacement", "abc"},
		{"gb18030", "\x81\x30\x81"},
	} {
		f.Add([]byte(c.data), c.declared)
	}
	f.Fuzz(func(t *testing.T, data []byte, declared string) {
		s, err := decodeText(data, declared)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("decodeText(%q, %q) = %q: not UTF-8", data, declared, s)
		}
	})
}
