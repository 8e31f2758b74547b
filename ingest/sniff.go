package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
)

// Formats, also recorded in Document.Format.
const (
	formatText  = "text"
	formatHTML  = "html"
	formatFeed  = "feed"
	formatJSONL = "jsonl"
	formatCSV   = "csv"
)

// sniff chooses a reader. Content decides when it is unambiguous (a feed's root
// element, an HTML document, a JSON object per line), because analysts' files are
// often misnamed; otherwise the extension, then the HTTP content type, decide, and
// plain text is the default. Empty and binary inputs are refused here so that no
// reader has to.
func sniff(name, ctype string, data []byte) (string, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	if len(trimmed) == 0 {
		return "", ErrEmpty
	}
	if isBinary(data) {
		return "", fmt.Errorf("%w (%s)", ErrBinary, http.DetectContentType(data))
	}
	head := trimmed
	if len(head) > 2048 {
		head = head[:2048]
	}
	lower := bytes.ToLower(head)
	switch {
	case looksLikeFeed(lower):
		return formatFeed, nil
	case looksLikeHTML(lower):
		return formatHTML, nil
	case head[0] == '{' && firstLineIsJSONObject(trimmed):
		return formatJSONL, nil
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return formatJSONL, nil
	case ".csv":
		return formatCSV, nil
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx":
		return formatHTML, nil
	case ".rss", ".atom", ".xml":
		return formatFeed, nil
	case ".txt", ".text", ".md":
		return formatText, nil
	}
	if mt, _, err := mime.ParseMediaType(ctype); err == nil {
		switch {
		case mt == "text/html" || mt == "application/xhtml+xml":
			return formatHTML, nil
		case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || mt == "application/xml" || mt == "text/xml":
			return formatFeed, nil
		case mt == "application/x-ndjson" || mt == "application/jsonl":
			return formatJSONL, nil
		case mt == "text/csv":
			return formatCSV, nil
		}
	}
	if looksLikeCSVHeader(trimmed) {
		return formatCSV, nil
	}
	return formatText, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// isBinary reports content no text reader should see: NUL bytes (which no text
// encoding we accept produces, UTF-16 aside) or a known binary signature.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false // UTF-16 BOM: decoded by the charset layer
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ct := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(ct, "text/"), ct == "application/json", strings.HasSuffix(ct, "xml"):
		return false
	case ct == "application/octet-stream":
		// No signature: binary only if control bytes abound.
		ctrl := 0
		for _, b := range head {
			if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
				ctrl++
			}
		}
		return ctrl*20 > len(head)
	}
	return true
}

func looksLikeFeed(lower []byte) bool {
	// Skip the XML declaration, comments and processing instructions.
	for {
		lower = bytes.TrimSpace(lower)
		switch {
		case bytes.HasPrefix(lower, []byte("<?")):
			i := bytes.Index(lower, []byte("?>"))
			if i < 0 {
				return false
			}
			lower = lower[i+2:]
			continue
		case bytes.HasPrefix(lower, []byte("<!--")):
			i := bytes.Index(lower, []byte("-->"))
			if i < 0 {
				return false
			}
			lower = lower[i+3:]
			continue
		}
		break
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf", "<rdf"} {
		if bytes.HasPrefix(lower, []byte(root)) {
			return true
		}
	}
	return false
}

func looksLikeHTML(lower []byte) bool {
	for _, sig := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(sig)) {
			return true
		}
	}
	// A fragment: markup-led with paragraph or heading tags.
	if lower[0] == '<' {
		for _, tag := range []string{"<p>", "<p ", "<div", "<article", "<h1", "<h2", "<br"} {
			if bytes.Contains(lower, []byte(tag)) {
				return true
			}
		}
	}
	return false
}

func firstLineIsJSONObject(data []byte) bool {
	line := data
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	var v map[string]json.RawMessage
	return json.Unmarshal(bytes.TrimSpace(line), &v) == nil
}

// looksLikeCSVHeader recognises an article table without a .csv name: a header line
// with commas naming a text column.
func looksLikeCSVHeader(data []byte) bool {
	line := data
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if bytes.Count(line, []byte(",")) < 1 || len(line) > 1024 {
		return false
	}
	cols := strings.Split(strings.ToLower(string(bytes.TrimSpace(line))), ",")
	for _, c := range cols {
		switch strings.Trim(c, `" `) {
		case "article_content", "text", "content", "body":
			return true
		}
	}
	return false
}
