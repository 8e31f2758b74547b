package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

func testDocumentRoundTrip(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	want := SynthDoc(3)
	want.Upstream, want.Byline, want.URL = "The Harbor Gazette", "A. Writer", "https://example.test/a?b=1"
	want.IngestedAt = time.Date(2031, 5, 1, 12, 30, 0, 123456000, time.FixedZone("X", 3600))
	want.Fingerprint = 1<<63 | 12345 // the top bit must survive a signed 64-bit column
	in := *want
	if _, err := s.PutDocument(ctx, &in); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	// A store may keep less than nanoseconds, but it must hand back in d the time
	// it stored.
	if !got.IngestedAt.Equal(in.IngestedAt) || !got.IngestedAt.Equal(want.IngestedAt) {
		t.Errorf("IngestedAt = %v, want %v (set on the argument: %v)", got.IngestedAt, want.IngestedAt, in.IngestedAt)
	}
	got.IngestedAt = want.IngestedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the document:\n got %+v\nwant %+v", got, want)
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Document(nope) error = %v, want ErrNotFound", err)
	}
}

func testIngestedAtDefault(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	d := SynthDoc(1)
	d.IngestedAt = time.Time{}
	before := time.Now().Add(-time.Millisecond)
	if _, err := s.PutDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if d.IngestedAt.Before(before) || time.Since(d.IngestedAt) > time.Minute {
		t.Errorf("IngestedAt = %v, want about now", d.IngestedAt)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.IngestedAt.Equal(d.IngestedAt) {
		t.Errorf("stored IngestedAt %v, the argument was given %v", got.IngestedAt, d.IngestedAt)
	}
}

func testPutDocument(t *testing.T, open func(*testing.T) Store) {
	const fp = 0x0123_4567_89ab_cdef
	type step struct {
		d       *sitrep.Document
		want    sitrep.PutResult
		wantSim float64
		wantErr bool
	}
	for _, tc := range []struct {
		name  string
		steps []step
		count int
	}{
		{"same text is a no-op under any id", []step{
			{d: doc("a", "one", fp), want: sitrep.PutResult{Created: true, ID: "a"}},
			{d: doc("a", "one", fp), want: sitrep.PutResult{ID: "a"}},
			{d: doc("b", "one", 0), want: sitrep.PutResult{ID: "a"}},
		}, 1},
		{"taken id is disambiguated", []step{
			// Fingerprints 32 or 64 bits apart, so that no near-duplicate links form.
			{d: doc("statement", "first outlet", 0x0f0f0f0f0f0f0f0f), want: sitrep.PutResult{Created: true, ID: "statement"}},
			{d: doc("statement", "second outlet", 0xf0f0f0f0f0f0f0f0), want: sitrep.PutResult{Created: true, ID: "statement~2"}},
			{d: doc("statement", "third outlet", 0x00ff00ff00ff00ff), want: sitrep.PutResult{Created: true, ID: "statement~3"}},
			{d: doc("statement~2", "fourth outlet", 0xff00ff00ff00ff00), want: sitrep.PutResult{Created: true, ID: "statement~2~2"}},
			{d: doc("statement", "second outlet", 0), want: sitrep.PutResult{ID: "statement~2"}},
			// Ids that merely share a prefix do not count as taken.
			{d: doc("state", "fifth outlet", 0xf0f0f0f00f0f0f0f), want: sitrep.PutResult{Created: true, ID: "state"}},
		}, 5},
		{"near-duplicate links to the earliest copy", []step{
			{d: doc("orig", "original", fp), want: sitrep.PutResult{Created: true, ID: "orig"}},
			{d: doc("far", "unrelated", ^uint64(fp)), want: sitrep.PutResult{Created: true, ID: "far"}},
			// 3 bits differ: similarity 61/64.
			{d: doc("copy1", "copy one", fp^0b111), want: sitrep.PutResult{Created: true, ID: "copy1", DuplicateOf: "orig"}, wantSim: 61.0 / 64},
			// 4 bits from copy1 but 7 from orig (below 0.9): still the original's copy.
			{d: doc("copy2", "copy two", fp^0b111^0b1111<<16), want: sitrep.PutResult{Created: true, ID: "copy2", DuplicateOf: "orig"}, wantSim: 57.0 / 64},
			// 8 bits from orig: shares bands with all, close enough to none.
			{d: doc("edited", "heavily edited", fp^0xff<<48), want: sitrep.PutResult{Created: true, ID: "edited"}},
			// 6 bits, 2 in each of three bands: the fourth band is equal, so found.
			{d: doc("spread", "spread edits", fp^(0b11|0b11<<16|0b11<<32)), want: sitrep.PutResult{Created: true, ID: "spread", DuplicateOf: "orig"}, wantSim: 58.0 / 64},
		}, 6},
		{"zero fingerprint is never matched", []step{
			{d: doc("z1", "zero one", 0), want: sitrep.PutResult{Created: true, ID: "z1"}},
			{d: doc("z2", "zero two", 0), want: sitrep.PutResult{Created: true, ID: "z2"}},
		}, 2},
		{"invalid documents", []step{
			{d: &sitrep.Document{ID: "x", Text: "no hash"}, wantErr: true},
			{d: &sitrep.Document{Text: "no id", Hash: "h"}, wantErr: true},
			{d: nil, wantErr: true},
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			ctx := context.Background()
			for i, st := range tc.steps {
				got, err := s.PutDocument(ctx, st.d)
				if (err != nil) != st.wantErr {
					t.Fatalf("step %d: err = %v, want error %v", i, err, st.wantErr)
				}
				if st.wantErr {
					continue
				}
				if got != st.want {
					t.Errorf("step %d: %+v, want %+v", i, got, st.want)
				}
				if !got.Created {
					continue
				}
				stored, err := s.Document(ctx, got.ID)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if stored.DuplicateOf != st.want.DuplicateOf || stored.Similarity != st.wantSim {
					t.Errorf("step %d: stored duplicate_of %q similarity %v, want %q %v",
						i, stored.DuplicateOf, stored.Similarity, st.want.DuplicateOf, st.wantSim)
				}
				if st.d.ID != got.ID || st.d.DuplicateOf != got.DuplicateOf || st.d.Similarity != st.wantSim {
					t.Errorf("step %d: the argument was not updated to what was stored: %+v", i, st.d)
				}
			}
			if n := count(t, s); n != tc.count {
				t.Errorf("%d documents stored, want %d", n, tc.count)
			}
		})
	}
}

func testPutDocumentCanceled(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutDocument(ctx, SynthDoc(1)); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if _, err := s.Document(context.Background(), SynthDoc(1).ID); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("a canceled put stored the document: %v", err)
	}
}

// testNearDuplicateCopies stores the synthetic series, in which 10 and 20 are edited
// copies of 5 and 15, and 11…19 are unrelated.
func testNearDuplicateCopies(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	for i := range 21 {
		put(t, s, SynthDoc(i))
	}
	docs, err := s.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	links := map[string]string{}
	for _, d := range docs {
		if d.DuplicateOf != "" {
			links[d.ID] = d.DuplicateOf
			if d.Similarity < 0.9 || d.Similarity > 1 {
				t.Errorf("%s links to %s at similarity %v", d.ID, d.DuplicateOf, d.Similarity)
			}
		}
	}
	want := map[string]string{SynthDoc(10).ID: SynthDoc(5).ID, SynthDoc(20).ID: SynthDoc(15).ID}
	if !reflect.DeepEqual(links, want) {
		t.Errorf("near-duplicate links %v, want %v", links, want)
	}
}

func testDocuments(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	// Store in an order that differs from id order, to see ingestion order kept.
	order := []int{5, 2, 9, 0, 7, 3}
	var ids []string
	for _, i := range order {
		d := SynthDoc(i)
		if i == 9 {
			d.Status = sitrep.StatusNonEnglish
		}
		put(t, s, d)
		ids = append(ids, d.ID)
	}
	outlet := SynthDoc(2).Outlet // only document 2 of those stored has it
	for _, tc := range []struct {
		name string
		f    sitrep.DocumentFilter
		want []string
	}{
		{"all, in ingestion order", sitrep.DocumentFilter{}, ids},
		{"ids keep ingestion order", sitrep.DocumentFilter{IDs: []string{ids[4], ids[0], "missing"}}, []string{ids[0], ids[4]}},
		{"empty id list selects nothing", sitrep.DocumentFilter{IDs: []string{}}, nil},
		{"outlet", sitrep.DocumentFilter{Outlet: outlet}, []string{ids[1]}},
		{"status", sitrep.DocumentFilter{Status: sitrep.StatusNonEnglish}, []string{ids[2]}},
		{"status and limit", sitrep.DocumentFilter{Status: sitrep.StatusOK, Limit: 2}, []string{ids[0], ids[1]}},
		{"status and offset", sitrep.DocumentFilter{Status: sitrep.StatusOK, Offset: 2, Limit: 2}, []string{ids[3], ids[4]}},
		{"ids and outlet", sitrep.DocumentFilter{IDs: ids, Outlet: outlet}, []string{ids[1]}},
		{"limit and offset", sitrep.DocumentFilter{Limit: 2, Offset: 3}, ids[3:5]},
		{"offset alone", sitrep.DocumentFilter{Offset: 4}, ids[4:]},
		{"offset past the end", sitrep.DocumentFilter{Offset: 40}, nil},
		{"negative offset", sitrep.DocumentFilter{Offset: -1, Limit: 1}, ids[:1]},
		{"nothing matches", sitrep.DocumentFilter{Outlet: "Nobody"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := s.Documents(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.ID)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// testUnusualText stores texts a store might mangle. Valid UTF-8 of every kind must
// come back byte for byte; NUL and invalid UTF-8 (which ingest never produces) may be
// refused with an error, but what is stored must come back unchanged.
func testUnusualText(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	for i, tc := range []struct {
		text      string
		mayRefuse bool
	}{
		{"Quotes ' \" and backslashes \\ and % and _ in SQL", false},
		{"مرحبا بالعالم — 日本語 — emoji 🙂 — e\u0301 combining", false},
		{"Tab\tand\r\nline breaks\n\n", false},
		{"NUL\x00inside", true},
		{"invalid \xff\xfe UTF-8", true},
	} {
		d := doc(fmt.Sprintf("odd-%d", i), tc.text, 0)
		d.Title = tc.text
		_, err := s.PutDocument(ctx, d)
		if err != nil {
			if !tc.mayRefuse {
				t.Errorf("PutDocument(%q): %v", tc.text, err)
			}
			continue
		}
		got, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != tc.text || got.Title != tc.text {
			t.Errorf("stored %q, read back text %q title %q", tc.text, got.Text, got.Title)
		}
	}
}

// testEarlierCopyIsOriginal: when a copy stored first turns out to have been
// published later than a document stored after it, the earlier publication becomes
// the original and the stored copies are relinked to it.
func testEarlierCopyIsOriginal(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	const fp = 0x0123_4567_89ab_cdef
	mk := func(id, text, published string, fp uint64) *sitrep.Document {
		d := doc(id, text, fp)
		d.Published = published
		return d
	}
	steps := []struct {
		d    *sitrep.Document
		want sitrep.PutResult
	}{
		{mk("copy", "the syndicated copy", "2026-03-12", fp), sitrep.PutResult{Created: true, ID: "copy"}},
		{mk("copy2", "a second copy", "2026-03-13", fp^0b1), sitrep.PutResult{Created: true, ID: "copy2", DuplicateOf: "copy"}},
		{mk("wire", "the wire original", "2026-03-11", fp^0b11), sitrep.PutResult{Created: true, ID: "wire", Supersedes: "copy"}},
		// Same day as the original: ingestion order decides, so it is a copy.
		{mk("same", "same-day copy", "2026-03-11", fp^0b111), sitrep.PutResult{Created: true, ID: "same", DuplicateOf: "wire"}},
		// A month-precision date cannot be compared with a day: a copy.
		{mk("month", "monthly roundup copy", "2026-03", fp^0b1111), sitrep.PutResult{Created: true, ID: "month", DuplicateOf: "wire"}},
	}
	for _, st := range steps {
		got, err := s.PutDocument(ctx, st.d)
		if err != nil {
			t.Fatalf("put %s: %v", st.d.ID, err)
		}
		if got != st.want {
			t.Errorf("put %s = %+v, want %+v", st.d.ID, got, st.want)
		}
	}
	for id, want := range map[string]string{"wire": "", "copy": "wire", "copy2": "wire", "same": "wire", "month": "wire"} {
		d, err := s.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if d.DuplicateOf != want {
			t.Errorf("%s duplicate of %q, want %q", id, d.DuplicateOf, want)
		}
		if (want == "") != (d.Similarity == 0) {
			t.Errorf("%s similarity %v with duplicate_of %q", id, d.Similarity, want)
		}
	}
}
