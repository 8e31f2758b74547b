package sqlite

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/storetest"
)

func TestDocumentRoundTrip(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	want := synthDoc(3)
	want.Upstream, want.Byline, want.URL = "The Harbor Gazette", "A. Writer", "https://example.test/a?b=1"
	want.IngestedAt = time.Date(2031, 5, 1, 12, 30, 0, 123456789, time.FixedZone("X", 3600))
	want.Fingerprint = 1<<63 | 12345 // the top bit must survive the int64 column
	in := *want
	if _, err := db.PutDocument(ctx, &in); err != nil {
		t.Fatal(err)
	}
	got, err := db.Document(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.IngestedAt.Equal(want.IngestedAt) {
		t.Errorf("IngestedAt = %v, want %v", got.IngestedAt, want.IngestedAt)
	}
	got.IngestedAt = want.IngestedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the document:\n got %+v\nwant %+v", got, want)
	}

	if _, err := db.Document(ctx, "nope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Document(nope) error = %v, want ErrNotFound", err)
	}
}

func TestPutDocumentSetsIngestedAt(t *testing.T) {
	db := newStore(t, Options{})
	d := synthDoc(1)
	d.IngestedAt = time.Time{}
	before := time.Now()
	if _, err := db.PutDocument(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.IngestedAt.Before(before) || time.Since(d.IngestedAt) > time.Minute {
		t.Errorf("IngestedAt = %v, want about now", d.IngestedAt)
	}
}

// doc is a minimal document for the PutDocument table.
func doc(id, text string, fp uint64) *sitrep.Document {
	return &sitrep.Document{ID: id, Text: text, Hash: hashText(text), Fingerprint: fp, Status: sitrep.StatusOK}
}

func TestPutDocument(t *testing.T) {
	const fp = 0x0123_4567_89ab_cdef
	type step struct {
		d       *sitrep.Document
		want    sitrep.PutResult
		wantSim float64
		wantErr bool
	}
	for _, tc := range []struct {
		name  string
		opts  Options
		steps []step
		count int
	}{
		{"same text is a no-op under any id", Options{}, []step{
			{d: doc("a", "one", fp), want: sitrep.PutResult{Created: true, ID: "a"}},
			{d: doc("a", "one", fp), want: sitrep.PutResult{ID: "a"}},
			{d: doc("b", "one", 0), want: sitrep.PutResult{ID: "a"}},
		}, 1},
		{"taken id is disambiguated", Options{}, []step{
			// Fingerprints 32 or 64 bits apart, so that no near-duplicate links form.
			{d: doc("statement", "first outlet", 0x0f0f0f0f0f0f0f0f), want: sitrep.PutResult{Created: true, ID: "statement"}},
			{d: doc("statement", "second outlet", 0xf0f0f0f0f0f0f0f0), want: sitrep.PutResult{Created: true, ID: "statement~2"}},
			{d: doc("statement", "third outlet", 0x00ff00ff00ff00ff), want: sitrep.PutResult{Created: true, ID: "statement~3"}},
			{d: doc("statement~2", "fourth outlet", 0xff00ff00ff00ff00), want: sitrep.PutResult{Created: true, ID: "statement~2~2"}},
			{d: doc("statement", "second outlet", 0), want: sitrep.PutResult{ID: "statement~2"}},
		}, 4},
		{"near-duplicate links to the earliest copy", Options{}, []step{
			{d: doc("orig", "original", fp), want: sitrep.PutResult{Created: true, ID: "orig"}},
			{d: doc("far", "unrelated", ^uint64(fp)), want: sitrep.PutResult{Created: true, ID: "far"}},
			// 3 bits differ: similarity 61/64 = 0.953.
			{d: doc("copy1", "copy one", fp^0b111), want: sitrep.PutResult{Created: true, ID: "copy1", DuplicateOf: "orig"}, wantSim: 61.0 / 64},
			// 4 bits from copy1 but 7 from orig (below 0.9): still the original's copy.
			{d: doc("copy2", "copy two", fp^0b111^0b1111<<16), want: sitrep.PutResult{Created: true, ID: "copy2", DuplicateOf: "orig"}, wantSim: 57.0 / 64},
			// 8 bits from orig, more from the copies: it shares bands with all of them,
			// so all are candidates, but none is close enough.
			{d: doc("edited", "heavily edited", fp^0xff<<48), want: sitrep.PutResult{Created: true, ID: "edited"}},
		}, 5},
		{"zero fingerprint is never matched", Options{}, []step{
			{d: doc("z1", "zero one", 0), want: sitrep.PutResult{Created: true, ID: "z1"}},
			{d: doc("z2", "zero two", 0), want: sitrep.PutResult{Created: true, ID: "z2"}},
		}, 2},
		{"threshold option", Options{NearDuplicate: 0.98}, []step{
			{d: doc("a", "a", fp), want: sitrep.PutResult{Created: true, ID: "a"}},
			{d: doc("b", "b", fp^1), want: sitrep.PutResult{Created: true, ID: "b", DuplicateOf: "a"}, wantSim: 63.0 / 64},
			// 2 bits from a, 3 from b: 0.969 and 0.953, both under 0.98.
			{d: doc("c", "c", fp^0b11<<16), want: sitrep.PutResult{Created: true, ID: "c"}},
		}, 3},
		{"threshold above 1 disables linking", Options{NearDuplicate: 2}, []step{
			{d: doc("a", "a", fp), want: sitrep.PutResult{Created: true, ID: "a"}},
			{d: doc("b", "b", fp), want: sitrep.PutResult{Created: true, ID: "b"}},
		}, 2},
		{"invalid documents", Options{}, []step{
			{d: &sitrep.Document{ID: "x", Text: "no hash"}, wantErr: true},
			{d: &sitrep.Document{Text: "no id", Hash: "h"}, wantErr: true},
			{d: nil, wantErr: true},
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := newStore(t, tc.opts)
			ctx := context.Background()
			for i, s := range tc.steps {
				got, err := db.PutDocument(ctx, s.d)
				if (err != nil) != s.wantErr {
					t.Fatalf("step %d: err = %v, want error %v", i, err, s.wantErr)
				}
				if s.wantErr {
					continue
				}
				if got != s.want {
					t.Errorf("step %d: %+v, want %+v", i, got, s.want)
				}
				if !got.Created {
					continue
				}
				stored, err := db.Document(ctx, got.ID)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if stored.DuplicateOf != s.want.DuplicateOf || stored.Similarity != s.wantSim {
					t.Errorf("step %d: stored duplicate_of %q similarity %v, want %q %v",
						i, stored.DuplicateOf, stored.Similarity, s.want.DuplicateOf, s.wantSim)
				}
				if s.d.ID != got.ID || s.d.DuplicateOf != got.DuplicateOf || s.d.Similarity != s.wantSim {
					t.Errorf("step %d: the argument was not updated to what was stored: %+v", i, s.d)
				}
			}
			st, err := db.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Documents != tc.count {
				t.Errorf("%d documents stored, want %d", st.Documents, tc.count)
			}
		})
	}
}

func TestPutDocumentCanceled(t *testing.T) {
	db := newStore(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.PutDocument(ctx, synthDoc(1)); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if _, err := db.Document(context.Background(), synthDoc(1).ID); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("a canceled put stored the document: %v", err)
	}
}

func TestDocumentsFilter(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	// Store in an order that differs from id order, to see ingestion order kept.
	order := []int{5, 2, 9, 0, 7, 3}
	var ids []string
	for _, i := range order {
		d := synthDoc(i)
		if i == 9 {
			d.Status = sitrep.StatusNonEnglish
		}
		if _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	outlet := synthDoc(2).Outlet // documents 2 and 10, 18… share it; only 2 is stored
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
		{"status ok", sitrep.DocumentFilter{Status: sitrep.StatusOK, Limit: 2}, []string{ids[0], ids[1]}},
		{"limit and offset", sitrep.DocumentFilter{Limit: 2, Offset: 3}, ids[3:5]},
		{"offset alone", sitrep.DocumentFilter{Offset: 4}, ids[4:]},
		{"negative offset", sitrep.DocumentFilter{Offset: -1, Limit: 1}, ids[:1]},
		{"nothing matches", sitrep.DocumentFilter{Outlet: "Nobody"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := db.Documents(ctx, tc.f)
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

func TestStats(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	for i := range 21 { // 10 and 20 are copies of 5 and 15
		d := synthDoc(i)
		if i == 4 {
			d.Status = sitrep.StatusEmpty
		}
		if _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{
		Documents: 21, Duplicates: 2, Outlets: len(storetest.SynthActors),
		ByStatus: map[string]int{sitrep.StatusOK: 20, sitrep.StatusEmpty: 1},
		Schema:   latestMigration(t),
	}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	d20, err := db.Document(ctx, synthDoc(20).ID)
	if err != nil {
		t.Fatal(err)
	}
	if d20.DuplicateOf != synthDoc(15).ID || d20.Similarity < DefaultNearDuplicate {
		t.Errorf("copy links to %q at %v, want %q", d20.DuplicateOf, d20.Similarity, synthDoc(15).ID)
	}
}

// latestMigration is the number of the newest embedded migration.
func latestMigration(t *testing.T) int {
	t.Helper()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	return len(ms)
}
