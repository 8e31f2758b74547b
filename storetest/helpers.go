package storetest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// HashText is the content hash as ingest defines it, minus normalisation, which the
// synthetic texts do not need.
func HashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// SimHash is a small SimHash over word trigrams, enough to give edited copies close
// fingerprints; the real one belongs to ingest.
func SimHash(s string) uint64 {
	words := strings.Fields(strings.ToLower(s))
	var v [64]int
	for i := 0; i+3 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+3], " ")))
		x := h.Sum64()
		for b := range 64 {
			if x>>b&1 == 1 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var fp uint64
	for b := range 64 {
		if v[b] > 0 {
			fp |= 1 << b
		}
	}
	return fp
}

// Invented vocabulary for synthetic articles, so that no real text is involved.
// SynthActors also name the outlets, one per actor.
var (
	SynthActors = []string{"Arlen", "Bosk", "Mereth", "Tarn", "Ostrin", "Kellan", "Portvale", "Veshka"}
	synthVerbs  = []string{"met", "accused", "shelled", "praised", "warned", "supplied", "rebuked", "hosted"}
	synthNouns  = []string{"talks", "convoy", "ceasefire", "depot", "border", "detainees", "envoy", "harbor", "militia", "grain"}
)

// SynthDoc builds the i-th synthetic document deterministically: a title line and
// three paragraphs. Every 10th document from 10 on is a lightly edited copy of the
// document 5 before it (10 of 5, 20 of 15, …).
func SynthDoc(i int) *sitrep.Document {
	base := i
	if i >= 10 && i%10 == 0 {
		base = i - 5
	}
	r := rand.New(rand.NewPCG(uint64(base), 42))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	sentence := func() string {
		return fmt.Sprintf("%s %s %s over the %s near %s on day %d.",
			pick(SynthActors), pick(synthVerbs), pick(SynthActors), pick(synthNouns), pick(SynthActors), r.IntN(400))
	}
	title := fmt.Sprintf("%s and %s: %s report %d", pick(SynthActors), pick(SynthActors), pick(synthNouns), base)
	var b strings.Builder
	b.WriteString(title)
	paras := []sitrep.Paragraph{{Span: sitrep.Span{End: len(title)}, Heading: true}}
	for range 3 {
		b.WriteString("\n\n")
		start := b.Len()
		for range 4 + r.IntN(4) {
			if b.Len() > start {
				b.WriteString(" ")
			}
			b.WriteString(sentence())
		}
		paras = append(paras, sitrep.Paragraph{Span: sitrep.Span{Start: start, End: b.Len()}})
	}
	text := b.String()
	if base != i {
		text += fmt.Sprintf(" Updated as copy %d.", i) // a small edit: new hash, close fingerprint
		paras[len(paras)-1].End = len(text)
	}
	return &sitrep.Document{
		ID:          fmt.Sprintf("synth-%05d", i),
		Title:       title,
		Outlet:      SynthActors[i%len(SynthActors)] + " Times",
		Published:   fmt.Sprintf("2031-%02d-%02d", 1+i%12, 1+i%28),
		Status:      sitrep.StatusOK,
		Language:    "en",
		Text:        text,
		Paragraphs:  paras,
		Hash:        HashText(text),
		Fingerprint: SimHash(text),
		Source:      fmt.Sprintf("synth/%05d.txt", i),
		Format:      "text",
		IngestedAt:  time.Date(2031, 5, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second),
	}
}

// doc is a minimal document.
func doc(id, text string, fp uint64) *sitrep.Document {
	return &sitrep.Document{ID: id, Text: text, Hash: HashText(text), Fingerprint: fp, Status: sitrep.StatusOK}
}

// docsJSONL is a handful of invented news items written for these tests.
//
//go:embed testdata/docs.jsonl
var docsJSONL []byte

// loadFixtures stores testdata/docs.jsonl and returns the number of documents.
func loadFixtures(t *testing.T, s Store) int {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(docsJSONL))
	n := 0
	for sc.Scan() {
		var d sitrep.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		d.Hash, d.Fingerprint = HashText(d.Text), SimHash(d.Text)
		if _, err := s.PutDocument(context.Background(), &d); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// put stores documents, failing the test on error.
func put(t *testing.T, s Store, docs ...*sitrep.Document) {
	t.Helper()
	for _, d := range docs {
		if _, err := s.PutDocument(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
}

// count is the number of stored documents.
func count(t *testing.T, s Store) int {
	t.Helper()
	docs, err := s.Documents(context.Background(), sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(docs)
}

func isNotFound(err error) bool { return errors.Is(err, sitrep.ErrNotFound) }
