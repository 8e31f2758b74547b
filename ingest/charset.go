package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns bytes into UTF-8. declared is a charset label from an HTTP
// header or an HTML meta tag, "" when none. Valid UTF-8 is taken as is whatever
// is declared, since a wrong declaration is commoner than UTF-8 by accident.
func decodeText(data []byte, declared string) (string, error) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("decode UTF-16: %w", err)
		}
		return string(out), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if declared != "" && !isUTF8Label(declared) {
		if enc, err := htmlindex.Get(declared); err == nil {
			return decodeWith(enc, declared, data)
		}
	}
	name, err := detectLegacy(data)
	if err != nil {
		return "", err
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return "", fmt.Errorf("%w: detected %s, which is not supported", ErrInvalidUTF8, name)
	}
	return decodeWith(enc, name, data)
}

func isUTF8Label(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "utf-8" || s == "utf8"
}

func decodeWith(enc encoding.Encoding, name string, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", name, err)
	}
	return string(out), nil
}

// detectLegacy names the legacy charset of data, which is not valid UTF-8. Text
// that mixes valid multi-byte UTF-8 sequences with invalid bytes is corrupt rather
// than legacy-encoded, and guessing would garble it silently, so it is refused.
func detectLegacy(data []byte) (string, error) {
	firstBad, sawMultibyte := -1, false
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if firstBad < 0 {
				firstBad = i
			}
		case size > 1:
			sawMultibyte = true
		}
		i += size
	}
	if sawMultibyte {
		return "", fmt.Errorf("%w: byte %d is not UTF-8 but other text is", ErrInvalidUTF8, firstBad)
	}
	sample := data
	const window = 64 << 10
	if len(sample) > window {
		start := max(firstBad-window/2, 0)
		sample = sample[start:min(start+window, len(sample))]
	}
	// chardet's DetectBest keeps whichever of its concurrent recognizers answers
	// first among equal confidences, so the same bytes decoded as Big5 on one run
	// and GB18030 on the next (another text, another hash). DetectAll with ties
	// broken by name is the same answer every time.
	all, err := chardet.NewTextDetector().DetectAll(sample)
	if err != nil || len(all) == 0 {
		return "", fmt.Errorf("%w (first bad byte at %d)", ErrInvalidUTF8, firstBad)
	}
	res := all[0]
	for _, r := range all[1:] {
		if r.Confidence > res.Confidence || r.Confidence == res.Confidence && r.Charset < res.Charset {
			res = r
		}
	}
	name := strings.ToLower(res.Charset)
	if name == "utf-8" || res.Confidence < 10 {
		return "", fmt.Errorf("%w (first bad byte at %d)", ErrInvalidUTF8, firstBad)
	}
	return name, nil
}
