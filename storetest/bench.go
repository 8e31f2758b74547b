package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// Benchmark measures a backend on the operations the pipeline and the workbench
// repeat: storing new and already stored documents, storing analyses, searching,
// and filtered event queries. open returns a new, empty store for each
// sub-benchmark. Run the same command on two backends to compare them.
func Benchmark(b *testing.B, open func(b *testing.B) Store) {
	ctx := context.Background()
	b.Run("PutDocument", func(b *testing.B) {
		docs := make([]*sitrep.Document, b.N)
		var size int64
		for i := range docs {
			docs[i] = SynthDoc(i)
			size += int64(len(docs[i].Text))
		}
		s := open(b)
		b.SetBytes(size / int64(b.N))
		b.ResetTimer()
		for _, d := range docs {
			if _, err := s.PutDocument(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("PutDocumentExisting", func(b *testing.B) {
		s := open(b)
		const stored = 500
		docs := make([]*sitrep.Document, stored)
		for i := range docs {
			docs[i] = SynthDoc(i)
			if _, err := s.PutDocument(ctx, docs[i]); err != nil {
				b.Fatal(err)
			}
		}
		i := 0
		for b.Loop() {
			if res, err := s.PutDocument(ctx, docs[i%stored]); err != nil || res.Created {
				b.Fatalf("re-put created=%v err=%v", res.Created, err)
			}
			i++
		}
	})

	// One store of analysed documents for the read benchmarks.
	const stored = 2000
	s := open(b)
	for i := range stored {
		d := SynthDoc(i)
		if _, err := s.PutDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
		if err := s.PutAnalysis(ctx, benchAnalysis(d.ID, i)); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("PutAnalysis", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if err := s.PutAnalysis(ctx, benchAnalysis(SynthDoc(i%stored).ID, i)); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	for _, q := range []string{"convoy", "Arlen shelled Bosk", `"the depot near"`, "envoy OR harbor -Mereth", "deta*", "report 1234"} {
		b.Run("Search/"+q, func(b *testing.B) {
			for b.Loop() {
				hits, err := s.Search(ctx, q, 20)
				if err != nil {
					b.Fatal(err)
				}
				if len(hits) == 0 {
					b.Fatalf("%q found nothing", q)
				}
			}
		})
	}
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
	}{
		{"first-page", sitrep.EventFilter{Limit: 50}},
		{"actor", sitrep.EventFilter{Actor: "SYR", Limit: 50}},
		{"dyad", sitrep.EventFilter{Source: "SYRMIL", Target: "TUR", Limit: 50}},
		{"cameo-month-newest", sitrep.EventFilter{CAMEO: "19", From: "2031-03-01", To: "2031-03", Sort: "-date", Limit: 50}},
		{"country-quad", sitrep.EventFilter{Country: "SYR", Quad: 4, Limit: 50}},
		{"query", sitrep.EventFilter{Query: "convoy", Limit: 50}},
	} {
		f := tc.f
		b.Run("Events/"+tc.name, func(b *testing.B) {
			for b.Loop() {
				evs, err := s.Events(ctx, f)
				if err != nil {
					b.Fatal(err)
				}
				if len(evs) == 0 {
					b.Fatalf("%+v found nothing", f)
				}
			}
		})
	}
}

// benchAnalysis is a synthetic analysis of document i: ten sentences, ten mentions
// and five events whose codes, dates and places vary with i.
func benchAnalysis(docID string, i int) *sitrep.Analysis {
	codes := []string{"SYRMIL", "SYRGOV", "TUR", "IRQMIL", "USAGOV", "IRN", "RUSMIL"}
	cameos := []string{"010", "040", "043", "111", "190", "195", "057"}
	countries := []string{"SYR", "IRQ", "TUR", "IRN"}
	a := &sitrep.Analysis{DocID: docID}
	for k := range 10 {
		sp := sitrep.Span{Start: k * 10, End: k*10 + 9}
		a.Sentences = append(a.Sentences, sitrep.Sentence{Span: sp, Tokens: []sitrep.Token{{Text: "Arlen", Span: sp}}})
		a.Mentions = append(a.Mentions, sitrep.Mention{Sentence: k, Span: sp, Text: "Arlen", Code: codes[(i+k)%len(codes)], Name: "Arlen", Antecedent: -1})
	}
	for k := range 5 {
		c := cameos[(i+k)%len(cameos)]
		quad := map[byte]int{'0': 1, '1': 3}[c[0]]
		if c[:2] == "19" {
			quad = 4
		}
		a.Events = append(a.Events, sitrep.Event{
			Sentence: fmt.Sprintf("Arlen moved the convoy %d.", k), Span: sitrep.Span{Start: k * 10, End: k*10 + 9},
			Source: sitrep.EventActor{Code: codes[(i+k)%len(codes)]}, Target: sitrep.EventActor{Code: codes[(i+2*k+1)%len(codes)]},
			CAMEO: c, Root: c[:2], Quad: quad, Mode: sitrep.ModeOccurred,
			Date:  fmt.Sprintf("2031-%02d-%02d", 1+(i+k)%12, 1+(i*7+k)%28),
			Place: &sitrep.Place{Name: "Somewhere", Country: countries[(i+k)%len(countries)]},
		})
	}
	return a
}
