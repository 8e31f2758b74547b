package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"golang.org/x/text/unicode/norm"
)

// NearDuplicateThreshold is the Similarity at or above which one document is a
// near-duplicate of another: 0.8125, at most 12 of the 64 fingerprint bits
// differing. TestNearDuplicateThreshold checks it on edited copies of an article
// (new headline, words changed in every paragraph, a paragraph dropped or added, a
// footer: 0.92-0.97) against a different article on the same subject (0.47).
// On FA-KES (TestNearDuplicateThresholdFAKES) it keeps 95% of copies with one word
// in fifty replaced plus a new headline and footer, while 0.01% of pairs of
// different articles reach it — and those are one wire story rewritten by two
// outlets, which should be linked anyway. Unrelated texts differ in 32 bits on
// average.
const NearDuplicateThreshold = 0.8125

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// shingleSize is the number of words in a shingle. Three words make a shingle
// specific enough that documents on the same topic share few, yet an edited word
// disturbs only three shingles.
const shingleSize = 3

// Finalize computes d's Hash (hex SHA-256 of the normalised text), Fingerprint
// (64-bit SimHash of word shingles), Language and Status from d.Text, and gives a
// document without an id one derived from its hash. Calling it again is harmless.
func Finalize(d *sitrep.Document) {
	words := normWords(d.Text)
	sum := sha256.Sum256([]byte(strings.Join(words, " ")))
	d.Hash = hex.EncodeToString(sum[:])
	d.Fingerprint = simhash(words)
	// The text decides; a declared language (an HTML lang attribute) stands only
	// when the text is too short to tell.
	if lang := DetectLanguage(d.Text); lang != "" {
		d.Language = lang
	}
	switch {
	case len(words) == 0:
		d.Status = sitrep.StatusEmpty
	case d.Language != "" && d.Language != "en":
		d.Status = sitrep.StatusNonEnglish
	default:
		d.Status = sitrep.StatusOK
	}
	if d.ID == "" {
		d.ID = "doc-" + d.Hash[:16]
	}
}

// normWords is the text as the hash sees it: NFKC, case-folded, split into words
// of letters and digits. Punctuation, spacing and case differences therefore do not
// make a document new.
func normWords(text string) []string {
	text = strings.ToLower(norm.NFKC.String(text))
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// simhash is Charikar's SimHash over word shingles: each shingle's 64-bit FNV hash
// votes on every bit, and a bit is set when most votes are for it.
func simhash(words []string) uint64 {
	if len(words) == 0 {
		return 0
	}
	var votes [64]int
	n := max(len(words)-shingleSize+1, 1)
	for i := range n {
		// FNV-1a over the shingle's words, each followed by a 0 byte so that
		// "ab c" and "a bc" differ.
		v := uint64(fnvOffset)
		for _, w := range words[i:min(i+shingleSize, len(words))] {
			for j := 0; j < len(w); j++ {
				v ^= uint64(w[j])
				v *= fnvPrime
			}
			v *= fnvPrime // the 0 separator: xor with 0 is a no-op
		}
		// FNV's high bits mix poorly for short keys; a final avalanche (from
		// SplitMix64) spreads every input bit over the whole word.
		v ^= v >> 30
		v *= 0xbf58476d1ce4e5b9
		v ^= v >> 27
		v *= 0x94d049bb133111eb
		v ^= v >> 31
		for b := range 64 {
			votes[b] += int(v>>b&1)*2 - 1
		}
	}
	var fp uint64
	for b, v := range votes {
		if v > 0 {
			fp |= 1 << b
		}
	}
	return fp
}

// Similarity is the share of equal bits in two fingerprints: 1 - hamming/64.
func Similarity(a, b uint64) float64 {
	return 1 - float64(bits.OnesCount64(a^b))/64
}
