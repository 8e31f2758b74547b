package evict

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"testing"
)

//go:embed testdata/blob.bin
var blob []byte

// TestEmbeddedKeepsData: paging out loses nothing, whether the bytes are
// embedded (backed by the executable) or on the heap, and slices that do not
// span a whole page are left alone.
func TestEmbeddedKeepsData(t *testing.T) {
	heap := bytes.Repeat([]byte("sitrep evict "), 10000)
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"embedded", blob},
		{"heap", heap},
		{"short", heap[:100]},
		{"empty", nil},
	} {
		before := sha256.Sum256(tc.b)
		Embedded(tc.b)
		if after := sha256.Sum256(tc.b); after != before {
			t.Errorf("%s: bytes changed", tc.name)
		}
	}
}
