package claim

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// benchCorpus generates a deterministic news feed of about n events for the
// benchmarks, all of it invented: articles arrive 30 a day from 40 outlets, each
// with one to six events whose actors follow a Zipf law over 15 invented-looking
// state actor codes × government, military, rebels plus five groups (so a few
// pairs hold most events, as in a real feed), seven CAMEO families, and dates on
// the publication day or the two before, with some dated by week, month or year
// and some undated. Sentences draw from a vocabulary of detail words and name an
// invented town after "in" half the time, so the detail-word, place and aspect
// tests all run. One article in eight is a copy of an earlier one in another
// outlet (its events and sentences repeated), one in twelve says it summarises
// another outlet, one event in eight is a denial. days, when above zero, packs
// the feed into that many days whatever n (events per part grow with n); zero
// keeps 30 articles a day (the feed lengthens with n).
func benchCorpus(n, days int, seed uint64) ([]sitrep.Event, []*sitrep.Document) {
	r := rand.New(rand.NewPCG(seed, 2031))
	countries := []string{"SYR", "USA", "RUS", "TUR", "IRN", "ISR", "IRQ", "LBN", "JOR", "SAU", "QAT", "EGY", "FRA", "GBR", "DEU"}
	var codes []string
	for _, sector := range []string{"GOV", "MIL", "REB"} {
		for _, c := range countries {
			codes = append(codes, c+sector)
		}
	}
	codes = append(codes, "IMGMUSISI", "HEZBOLLAH", "IGOUNO", "NGOHRW", "IMGKURYPG")
	zipf := rand.NewZipf(r, 1.2, 2, uint64(len(codes)-1))
	cameos := []string{"040", "042", "036", "057", "111", "190", "193"}
	verbs := map[string]string{"04": "met", "03": "offered", "05": "agreed with", "11": "criticised", "19": "shelled"}
	words := []string{"convoy", "border", "talks", "ceasefire", "detainees", "envoy", "aid", "prisoners", "700", "120",
		"checkpoint", "airport", "bridge", "hospital", "market", "pipeline", "summit", "treaty", "drones", "artillery",
		"refugees", "corridor", "reactor", "sanctions", "garrison", "harbour", "oilfield", "villagers", "militia", "observers"}
	towns := []string{"Varnok", "Teshil", "Ombra", "Kastelo", "Dravin", "Pellor", "Zunah", "Marrek", "Ostiva", "Brelan",
		"Quenet", "Halvor", "Sirrin", "Tolbek", "Yarrow"}
	perDay := 30
	articles := n/3 + 1 // 3.5 events an article on average; trimmed to n below
	start := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []*sitrep.Document
	var evs []sitrep.Event
	for i := 0; len(evs) < n; i++ {
		day := start.AddDate(0, 0, i/perDay)
		if days > 0 {
			day = start.AddDate(0, 0, i*days/articles%days)
		}
		d := &sitrep.Document{ID: fmt.Sprintf("b%06d", i), Outlet: fmt.Sprintf("Outlet %02d", r.IntN(40)),
			Published: day.Format(time.DateOnly), Status: sitrep.StatusOK, Language: "en"}
		if i > 0 && r.IntN(8) == 0 {
			// A copy of a recent article in another outlet: the same events.
			orig := docs[max(0, len(docs)-1-r.IntN(min(len(docs), 60)))]
			d.DuplicateOf = cmp.Or(orig.DuplicateOf, orig.ID)
			d.Text = orig.Text
			docs = append(docs, d)
			for k, e := range evs {
				if e.Doc == orig.ID {
					e.ID = fmt.Sprintf("%s-%d", d.ID, k)
					e.Doc = d.ID
					evs = append(evs, e)
				}
			}
			continue
		}
		if r.IntN(12) == 0 {
			d.Upstream = fmt.Sprintf("Agency %d", r.IntN(4))
		}
		var text strings.Builder
		for k := range 1 + r.IntN(6) {
			src, tgt := codes[zipf.Uint64()], codes[zipf.Uint64()]
			c := cameos[r.IntN(len(cameos))]
			var s strings.Builder
			fmt.Fprintf(&s, "Officials of %s %s %s", src, cmp.Or(verbs[c[:2]], "threatened"), tgt)
			for range 3 + r.IntN(6) {
				s.WriteString(" " + words[r.IntN(len(words))])
			}
			e := sitrep.Event{ID: fmt.Sprintf("%s-%d", d.ID, k), Doc: d.ID, CAMEO: c, Root: c[:2], Mode: sitrep.ModeOccurred,
				Source: sitrep.EventActor{Code: src, Text: "Officials of " + src}, Target: sitrep.EventActor{Code: tgt, Text: tgt},
				Verb: cmp.Or(verbs[c[:2]], "threatened"), DateFrom: "text"}
			if r.IntN(2) == 0 {
				town := towns[r.IntN(len(towns))]
				s.WriteString(" in " + town)
				if r.IntN(3) == 0 {
					e.Place = &sitrep.Place{Name: town, Country: src[:3]}
				}
			}
			switch x := r.IntN(20); {
			case x < 12:
				e.Date = day.AddDate(0, 0, -r.IntN(3)).Format(time.DateOnly)
			case x < 14:
				e.Date, e.DateFrom = day.Format(time.DateOnly), "published"
			case x < 15:
				mon := day.AddDate(0, 0, -int(day.Weekday())-7)
				e.Date = mon.Format(time.DateOnly) + "/" + mon.AddDate(0, 0, 6).Format(time.DateOnly)
			case x < 17:
				e.Date = day.Format("2006-01")
			case x < 18:
				e.Date = day.Format("2006")
			case x < 19:
				e.Date, e.DateFrom = "", ""
				s.WriteString(" for months")
				e.DateFrom = "ongoing"
			default:
				e.Date, e.DateFrom = "", ""
			}
			if r.IntN(8) == 0 {
				e.Mode = sitrep.ModeNegated
			}
			if r.IntN(10) == 0 {
				e.AttributedTo = &sitrep.EventActor{Code: codes[r.IntN(len(codes))]}
			}
			s.WriteString(".")
			if text.Len() > 0 {
				text.WriteString(" ")
			}
			e.Span = sitrep.Span{Start: text.Len(), End: text.Len() + s.Len()}
			text.WriteString(s.String())
			e.Sentence = s.String()
			evs = append(evs, e)
		}
		d.Text = text.String()
		docs = append(docs, d)
	}
	return evs[:n], docs
}

// BenchmarkBuild times Build over the whole feed at three sizes. "spread" keeps
// 30 articles a day, so the feed grows longer and a pair's events per week stay
// about the same; "dense" packs every size into 28 days, so the events of each
// part grow with n (the case of a bulk import of one month of a war).
func BenchmarkBuild(b *testing.B) {
	for _, feed := range []struct {
		name string
		days int
	}{{"spread", 0}, {"dense", 28}} {
		for _, n := range []int{1000, 10000, 50000} {
			b.Run(fmt.Sprintf("%s/events=%d", feed.name, n), func(b *testing.B) {
				evs, docs := benchCorpus(n, feed.days, 1)
				b.ReportAllocs()
				var claims int
				for b.Loop() {
					claims = len(Build(evs, docs, Options{}))
				}
				b.ReportMetric(float64(claims), "claims")
			})
		}
	}
}

// BenchmarkUpdateWindow times the incremental path: one more article's events
// arrive in a store (memory, indexed by part, as the SQL stores index claims and
// events by part) that already holds the claims of n events, and UpdateWindow
// rebuilds each part the article touches. Each iteration adds the next article
// of the feed, so the store grows by b.N articles past n; the figure is per
// article.
func BenchmarkUpdateWindow(b *testing.B) {
	for _, n := range []int{1000, 10000, 50000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			evs, docs := benchCorpus(n+20000, 0, 1)
			byDoc := map[string][]sitrep.Event{}
			for _, e := range evs {
				byDoc[e.Doc] = append(byDoc[e.Doc], e)
			}
			s := newPartStore(docs)
			next := 0
			add := func() string {
				d := docs[next]
				next++
				s.add(byDoc[d.ID])
				return d.ID
			}
			// The store before: every part built whole, as `claims --rebuild` does.
			for stored := 0; stored < n && next < len(docs); {
				stored += len(byDoc[add()])
			}
			s.rebuild()
			b.ReportAllocs()
			var read, parts int
			for b.Loop() {
				if next == len(docs) {
					b.Fatal("feed exhausted")
				}
				id := add()
				for _, p := range Parts(byDoc[id]) {
					st, err := UpdateWindow(context.Background(), s.tx(p), p, []string{id}, Options{})
					if err != nil {
						b.Fatal(err)
					}
					read += st.Events
					parts++
				}
			}
			b.ReportMetric(float64(read)/float64(max(parts, 1)), "events/part")
		})
	}
}

// partStore is a store in memory with its events and claims indexed by part, so
// that what a benchmark of UpdateWindow measures is UpdateWindow and BuildPart,
// not scans of a whole store (memTx, which TestUpdateWindow uses, scans
// everything on every call).
type partStore struct {
	docs   map[string]*sitrep.Document
	events map[Part][]Ordered // in store order
	claims map[Part]map[string]Stored
	seq    int64
}

func newPartStore(docs []*sitrep.Document) *partStore {
	m := &partStore{docs: map[string]*sitrep.Document{}, events: map[Part][]Ordered{}, claims: map[Part]map[string]Stored{}}
	for _, d := range docs {
		m.docs[d.ID] = d
	}
	return m
}

func (m *partStore) add(evs []sitrep.Event) {
	m.seq++
	for k, e := range evs {
		if p, ok := PartOf(e); ok {
			m.events[p] = append(m.events[p], Ordered{Event: e, Order: [2]int64{m.seq, int64(k)}})
		}
	}
}

// rebuild builds every part whole.
func (m *partStore) rebuild() {
	for p, evs := range m.events {
		cs := map[string]Stored{}
		for _, c := range BuildPart(p, evs, m.docsOf(evs), Options{}) {
			cs[c.ID] = c
		}
		m.claims[p] = cs
	}
}

func (m *partStore) docsOf(evs []Ordered) []*sitrep.Document {
	seen := map[string]bool{}
	var out []*sitrep.Document
	for _, o := range evs {
		for _, id := range []string{o.Event.Doc, m.docs[o.Event.Doc].DuplicateOf} {
			if id != "" && !seen[id] {
				seen[id] = true
				out = append(out, m.docs[id])
			}
		}
	}
	return out
}

func (m *partStore) tx(p Part) *partTx { return &partTx{m: m, p: p} }

// partTx is partStore's PartTx for one part, with memTx's semantics.
type partTx struct {
	m *partStore
	p Part
}

func (t *partTx) Stored(_ context.Context, from, exposed string, docs []string) ([]Stored, error) {
	on := map[string]bool{}
	for _, d := range docs {
		on[d] = true
	}
	return storedInWindow(maps.Values(t.m.claims[t.p]), t.m.docs, from, exposed, on), nil
}

func (t *partTx) Events(_ context.Context, ids, docs []string) ([]Ordered, []*sitrep.Document, error) {
	want, of := idSet(ids), idSet(docs)
	var out []Ordered
	for _, o := range t.m.events[t.p] {
		if want[o.Event.ID] || of[o.Event.Doc] {
			out = append(out, o)
		}
	}
	return out, t.m.docsOf(out), nil
}

func (t *partTx) Replace(_ context.Context, ids []string, claims []Stored) error {
	cs := t.m.claims[t.p]
	if cs == nil {
		cs = map[string]Stored{}
		t.m.claims[t.p] = cs
	}
	for _, id := range ids {
		delete(cs, id)
	}
	for _, c := range claims {
		if _, dup := cs[c.ID]; dup {
			return fmt.Errorf("claim %s stored twice", c.ID)
		}
		cs[c.ID] = c
	}
	return nil
}

// TestPartStore checks the store BenchmarkUpdateWindow times: articles of the
// benchmark's feed added one at a time, each followed by UpdateWindow on the
// parts its events touch (what Update does for a new document), must leave the
// claims a Build of everything gives — else the benchmark would time a path
// that does not do the work.
func TestPartStore(t *testing.T) {
	for _, tc := range []struct {
		n, days int
		seed    uint64
	}{{1500, 0, 3}, {1500, 10, 4}} {
		evs, docs := benchCorpus(tc.n, tc.days, tc.seed)
		byDoc := map[string][]sitrep.Event{}
		for _, e := range evs {
			byDoc[e.Doc] = append(byDoc[e.Doc], e)
		}
		s := newPartStore(docs)
		var all []sitrep.Event
		var stored []*sitrep.Document
		check := func(when string) {
			t.Helper()
			var kept []Stored
			for _, cs := range s.claims {
				for _, c := range cs {
					kept = append(kept, c)
				}
			}
			got := Finish(kept, kept, Options{})
			slices.SortStableFunc(got, Compare)
			// Build's events in the store's order: the order they were added.
			want := withoutIDs(Build(all, stored, Options{}))
			if g := withoutIDs(Claims(got)); !reflect.DeepEqual(g, want) {
				t.Errorf("n=%d days=%d seed %d, %s: %d claims kept, Build gives %d", tc.n, tc.days, tc.seed, when, len(g), len(want))
			}
		}
		for i, d := range docs {
			s.add(byDoc[d.ID])
			all = append(all, byDoc[d.ID]...)
			stored = append(stored, d)
			for _, p := range Parts(byDoc[d.ID]) {
				if _, err := UpdateWindow(context.Background(), s.tx(p), p, []string{d.ID}, Options{}); err != nil {
					t.Fatalf("n=%d seed %d: %v", tc.n, tc.seed, err)
				}
			}
			if i == len(docs)/2 {
				check("halfway")
				s.rebuild() // then go on from whole builds, as the benchmark does
			}
		}
		check("at the end")
	}
}
