package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// fuzzFields are the EventFilter fields a client sets from outside input (the
// API's query string, the CLI's flags); fuzzing picks one by number.
var fuzzFields = []func(*sitrep.EventFilter, string){
	func(f *sitrep.EventFilter, v string) { f.Doc = v },
	func(f *sitrep.EventFilter, v string) { f.Actor = v },
	func(f *sitrep.EventFilter, v string) { f.Source = v },
	func(f *sitrep.EventFilter, v string) { f.Target = v },
	func(f *sitrep.EventFilter, v string) { f.Root = v },
	func(f *sitrep.EventFilter, v string) { f.CAMEO = v },
	func(f *sitrep.EventFilter, v string) { f.PLOVER = v },
	func(f *sitrep.EventFilter, v string) { f.Mode = v },
	func(f *sitrep.EventFilter, v string) { f.From = v },
	func(f *sitrep.EventFilter, v string) { f.To = v },
	func(f *sitrep.EventFilter, v string) { f.Outlet = v },
	func(f *sitrep.EventFilter, v string) { f.Country = v },
	func(f *sitrep.EventFilter, v string) { f.Query = v },
}

var fuzzTallyKeys = []sitrep.TallyKey{sitrep.TallyDyad, sitrep.TallyPair, sitrep.TallyActor, sitrep.TallySource,
	sitrep.TallyTarget, sitrep.TallyPlace, sitrep.TallyCountry, sitrep.TallyDay, sitrep.TallyWeek, sitrep.TallyRoot, sitrep.TallyOutlet}

// Fuzz stores the suite's two analysed documents in s (which must be empty) and
// reads them back through filters holding arbitrary values. Filter values come
// from clients, so no text value may make a read fail (a failure is a 500 from
// the API), and Events and the tallies must agree on how many events a filter
// selects, since the API shows both. A value that is not text (invalid UTF-8, or
// holding NUL) may be refused with an error, as PostgreSQL and SQLite's FTS5
// refuse it (the API answers 400 before a store sees one; a command line cannot
// hold NUL), but must not panic.
func Fuzz(f *testing.F, s Store) {
	ctx := context.Background()
	docs, analyses := analysedDocs()
	for _, d := range docs {
		if _, err := s.PutDocument(ctx, d); err != nil {
			f.Fatal(err)
		}
	}
	for _, a := range analyses {
		if err := s.PutAnalysis(ctx, a); err != nil {
			f.Fatal(err)
		}
	}
	for i, v := range []string{"IRQ", "2026-03", "2026-03-31", "%", `\`, "_", "a1", "CONSULT", "irq", "Iraqi", "\x00", "\xff", "2026\x00", "'", "Tigris Daily"} {
		f.Add(uint8(i), v, 0, 0)
	}
	f.Add(uint8(8), "2026-03-15", 1, 1)
	f.Add(uint8(9), "2026~", -1, -5)
	f.Fuzz(func(t *testing.T, field uint8, v string, limit, offset int) {
		if !utf8.ValidString(v) || strings.IndexByte(v, 0) >= 0 {
			var fl sitrep.EventFilter
			fuzzFields[int(field)%len(fuzzFields)](&fl, v)
			s.Events(ctx, fl)
			s.TallyEvents(ctx, fl, fuzzTallyKeys[int(field)%len(fuzzTallyKeys)])
			s.Document(ctx, v)
			s.Documents(ctx, sitrep.DocumentFilter{Outlet: v, IDs: []string{v}})
			return
		}
		var fl sitrep.EventFilter
		fuzzFields[int(field)%len(fuzzFields)](&fl, v)
		fl.Sort = []string{"", "date", "-date"}[int(field)/len(fuzzFields)%3]
		all, err := s.Events(ctx, fl)
		if err != nil {
			t.Fatalf("Events(%+v): %v", fl, err)
		}
		_, n, err := s.TallyTotals(ctx, fl, sitrep.TallyRoot)
		if err != nil {
			t.Fatalf("TallyTotals(%+v): %v", fl, err)
		}
		if n != len(all) {
			t.Fatalf("filter %+v: %d events, but the tally by root counts %d", fl, len(all), n)
		}
		key := fuzzTallyKeys[int(field)%len(fuzzTallyKeys)]
		fl.Limit, fl.Offset = limit, offset
		page, err := s.Events(ctx, fl)
		if err != nil {
			t.Fatalf("Events(%+v): %v", fl, err)
		}
		if limit > 0 && len(page) > limit || len(page) > len(all) {
			t.Fatalf("Events(%+v): %d events, %d in all", fl, len(page), len(all))
		}
		if _, err := s.TallyEvents(ctx, fl, key); err != nil {
			t.Fatalf("TallyEvents(%+v, %s): %v", fl, key, err)
		}
		if _, err := s.Document(ctx, v); err != nil && !errors.Is(err, sitrep.ErrNotFound) {
			t.Fatalf("Document(%q): %v", v, err)
		}
		if _, err := s.Analysis(ctx, v); err != nil && !errors.Is(err, sitrep.ErrNotFound) {
			t.Fatalf("Analysis(%q): %v", v, err)
		}
		for _, df := range []sitrep.DocumentFilter{{Outlet: v, Limit: limit, Offset: offset}, {Status: v}, {IDs: []string{v, "a1"}}} {
			if _, err := s.Documents(ctx, df); err != nil {
				t.Fatalf("Documents(%+v): %v", df, err)
			}
		}
	})
}
