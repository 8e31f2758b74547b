package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/frame"
)

// ClaimStore is a store that keeps claims and frames up to date by story and by
// document (claim.Update, frame.Update).
type ClaimStore interface {
	Store
	claim.Store
	frame.Store
	Claims(ctx context.Context, f claim.Filter) ([]sitrep.Claim, error)
	FrameContributions(ctx context.Context, grouping, actorPrefix string) ([]frame.Contribution, error)
	SetClaimState(ctx context.Context, docIDs []string) error
	StaleClaimState(ctx context.Context) ([]string, error)
	StaleFrameState(ctx context.Context, version int) ([]string, error)
	ResetClaimState(ctx context.Context) error
}

// claimCodes are the actors of the synthetic events: SynthActors[i] is claimCodes[i]
// in mentions. Three countries (with two sectors for one) and a group, so that
// stories group SYRGOV with SYRMIL and keep the group apart.
var claimCodes = []string{"SYRGOV", "SYRMIL", "USAGOV", "TURMIL", "IMGMUSISI", "USAMIL", "TURGOV", "IRN"}

// claimAnalysis analyses a synthetic document for the claim tests: its sentences
// split at full stops, a mention for every actor word, and a few events over a small
// set of actor pairs, families and dates, so that articles share records and stories.
// variant changes the events, as a re-analysis with new rules would.
func claimAnalysis(d *sitrep.Document, i, variant int) *sitrep.Analysis {
	r := rand.New(rand.NewPCG(uint64(i), uint64(variant)+99))
	a := &sitrep.Analysis{DocID: d.ID}
	start := 0
	for k := 0; k <= len(d.Text); k++ {
		if k < len(d.Text) && d.Text[k] != '.' && d.Text[k] != '\n' {
			continue
		}
		if k > start {
			sp := sitrep.Span{Start: start, End: k}
			s := sitrep.Sentence{Span: sp}
			off := start
			for _, w := range strings.Fields(d.Text[start:k]) {
				at := strings.Index(d.Text[off:k], w) + off
				s.Tokens = append(s.Tokens, sitrep.Token{Text: w, Span: sitrep.Span{Start: at, End: at + len(w)}, Head: -1})
				off = at + len(w)
			}
			if len(s.Tokens) > 0 {
				n := len(a.Sentences)
				a.Sentences = append(a.Sentences, s)
				for ti, tk := range s.Tokens {
					for ai, name := range SynthActors {
						if tk.Text == name {
							a.Mentions = append(a.Mentions, sitrep.Mention{Sentence: n, Start: ti, End: ti + 1, Span: tk.Span,
								Text: name, Code: claimCodes[ai], Name: name, Antecedent: -1})
						}
					}
				}
			}
		}
		start = k + 1
	}
	cameos := []string{"040", "042", "111", "190", "057"}
	dates := []string{"2031-03-10", "2031-03-11", "2031-03-20", "2031-03", ""}
	for k := range 1 + r.IntN(4) {
		s := a.Sentences[r.IntN(len(a.Sentences))]
		c := cameos[r.IntN(len(cameos))]
		quad := 1
		if c[0] == '1' {
			quad = 4
		}
		e := sitrep.Event{
			ID: fmt.Sprintf("%s:v%d:e%d", d.ID, variant, k), Sentence: d.Text[s.Start:s.End], Span: s.Span,
			Source: sitrep.EventActor{Code: claimCodes[r.IntN(5)]}, Target: sitrep.EventActor{Code: claimCodes[r.IntN(5)]},
			CAMEO: c, Root: c[:2], Quad: quad, Mode: sitrep.ModeOccurred, Date: dates[r.IntN(len(dates))], Outlet: d.Outlet,
		}
		switch r.IntN(5) {
		case 0:
			e.Mode = sitrep.ModeNegated
		case 1:
			e.AttributedTo = &sitrep.EventActor{Code: "SYRGOV", Text: "officials"}
		}
		a.Events = append(a.Events, e)
	}
	return a
}

// accented spells some of a synthetic document's nouns with letters outside ASCII
// ("convoy" as "cönvoy"), moving its paragraph spans to match, so that the claims'
// character spans differ from the byte spans: a store that read the wrong text for
// an event, or none, would give other spans than the events reader.
func accented(d *sitrep.Document) *sitrep.Document {
	r := strings.NewReplacer("convoy", "cönvoy", "ceasefire", "céasefire", "grain", "grаin")
	moved := func(at int) int { return len(r.Replace(d.Text[:at])) }
	for i, p := range d.Paragraphs {
		d.Paragraphs[i].Span = sitrep.Span{Start: moved(p.Start), End: moved(p.End)}
	}
	d.Text = r.Replace(d.Text)
	return d
}

// checkClaims holds what the store kept up to date to a full recomputation over the
// store: claim.Build's claims (ids aside) in Build's order, with claim.BuildAll's ids,
// and frame.Build's frames for every grouping.
func checkClaims(t *testing.T, s ClaimStore, what string) {
	t.Helper()
	ctx := context.Background()
	docs, err := s.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Claims(ctx, claim.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := claim.Build(evs, docs, claim.Options{})
	if len(want) < 5 {
		t.Fatalf("%s: %d claims: too few for the comparison to mean anything", what, len(want))
	}
	noID := func(cs []sitrep.Claim) []sitrep.Claim {
		out := make([]sitrep.Claim, len(cs))
		for i, c := range cs {
			c.ID = ""
			out[i] = c
		}
		return out
	}
	if !reflect.DeepEqual(noID(stored), noID(want)) {
		t.Errorf("%s: stored claims (%d) differ from claim.Build (%d)", what, len(stored), len(want))
		for i := range min(len(stored), len(want)) {
			if !reflect.DeepEqual(noID(stored)[i], noID(want)[i]) {
				t.Errorf("first difference at %d:\n stored %+v\n built  %+v", i, stored[i], want[i])
				break
			}
		}
	} else {
		for i, c := range claim.BuildAll(claim.InOrder(evs), docs, claim.Options{}) {
			if stored[i].ID != c.ID {
				t.Errorf("%s: claim %d stored as %s, a rebuild names it %s", what, i, stored[i].ID, c.ID)
				break
			}
		}
	}
	analyses := map[string]*sitrep.Analysis{}
	for _, d := range docs {
		a, err := s.Analysis(ctx, d.ID)
		if errors.Is(err, sitrep.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		analyses[d.ID] = a
	}
	lex, err := frame.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range frame.Groupings {
		group, _ := frame.GroupFunc(g)
		want := frame.Build(lex, docs, analyses, frame.Options{Group: group})
		cs, err := s.FrameContributions(ctx, g, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := frame.Merge(cs); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: grouping %s: stored frames (%d) differ from frame.Build (%d)", what, g, len(got), len(want))
		}
	}
}

func claimStore(t *testing.T, open func(*testing.T) Store) ClaimStore {
	s, ok := open(t).(ClaimStore)
	if !ok {
		t.Skip("the store keeps no claims")
	}
	return s
}

func updateClaims(t *testing.T, s ClaimStore, id string) {
	t.Helper()
	ctx := context.Background()
	if _, err := claim.Update(ctx, s, []string{id}, claim.Options{}); err != nil {
		t.Fatal(err)
	}
	lex, err := frame.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := frame.Update(ctx, s, lex, id); err != nil {
		t.Fatal(err)
	}
	if err := s.SetClaimState(ctx, []string{id}); err != nil {
		t.Fatal(err)
	}
}

// testClaims stores synthetic articles one at a time, each followed by the
// incremental update of its stories and frames, and compares with a full
// recomputation after arrivals, re-analyses (old stories must lose the old events),
// repeated updates (nothing counted twice) and an earlier original arriving after
// its copy (the copy's stories and frames change).
func testClaims(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := claimStore(t, open)
	ids := map[int]string{}
	add := func(i int) {
		res, err := s.PutDocument(ctx, accented(SynthDoc(i)))
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Document(ctx, res.ID)
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = res.ID
		if err := s.PutAnalysis(ctx, claimAnalysis(d, i, 0)); err != nil {
			t.Fatal(err)
		}
		updateClaims(t, s, res.ID)
	}
	// Document 20 is a copy of 15 published later; 15 arrives after it.
	for i := range 25 {
		if i != 15 {
			add(i)
		}
	}
	checkClaims(t, s, "after 24 articles")
	if stale, err := s.StaleClaimState(ctx); err != nil || len(stale) != 0 {
		t.Errorf("stale claim state %v, %v; want none", stale, err)
	}
	// The frames were stored under this sitrep's frame version; a sitrep with
	// another scorer (any other version) must find every document stale.
	if stale, err := s.StaleFrameState(ctx, frame.Version); err != nil || len(stale) != 0 {
		t.Errorf("stale frame state %v, %v; want none", stale, err)
	}
	if stale, err := s.StaleFrameState(ctx, frame.Version+1); err != nil || len(stale) != len(ids) {
		t.Errorf("under another frame version: %d stale documents, want %d (%v)", len(stale), len(ids), err)
	}
	add(15)
	if d, err := s.Document(ctx, ids[20]); err != nil || d.DuplicateOf != ids[15] {
		t.Fatalf("document 20 is not relinked to 15: %+v %v", d, err)
	}
	checkClaims(t, s, "after the earlier original")

	for _, i := range []int{3, 7, 12} {
		d, err := s.Document(ctx, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutAnalysis(ctx, claimAnalysis(d, i, 1)); err != nil {
			t.Fatal(err)
		}
		updateClaims(t, s, ids[i])
	}
	checkClaims(t, s, "after re-analyses")
	updateClaims(t, s, ids[4])
	updateClaims(t, s, ids[4])
	checkClaims(t, s, "after updating one article twice")

	// Rebuilding every part from its events gives what the updates stored.
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range claim.Parts(evs) {
		if err := s.UpdatePart(ctx, p, claim.PartBuilder(p, claim.Options{})); err != nil {
			t.Fatal(err)
		}
	}
	checkClaims(t, s, "after rebuilding every part")

	all, err := s.Claims(ctx, claim.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []claim.Filter{{Status: sitrep.StatusContested}, {Doc: ids[3]}, {Story: "SYR|USA"}, {Limit: 2, Offset: 1}} {
		got, err := s.Claims(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var want []sitrep.Claim
		for _, c := range all {
			keep := f.Status == "" || c.Status == f.Status
			if f.Doc != "" {
				found := false
				for _, p := range c.Positions {
					found = found || p.Doc == f.Doc && p.Stance != sitrep.StanceOmits
				}
				keep = keep && found
			}
			if f.Story != "" {
				keep = keep && (c.Event.Source != "" || c.Event.Target != "") && storyOfClaim(c) == f.Story
			}
			if keep {
				want = append(want, c)
			}
		}
		if f.Limit > 0 {
			want = want[f.Offset:min(len(want), f.Offset+f.Limit)]
		}
		if len(want) == 0 && f.Limit == 0 {
			t.Errorf("filter %+v selects nothing in the corpus: the check proves nothing", f)
		}
		if !reflect.DeepEqual(nonNilClaims(got), nonNilClaims(want)) {
			t.Errorf("Claims(%+v): %d claims, want %d", f, len(got), len(want))
		}
	}

	if err := s.ResetClaimState(ctx); err != nil {
		t.Fatal(err)
	}
	if c, err := s.Claims(ctx, claim.Filter{}); err != nil || len(c) != 0 {
		t.Errorf("after reset: %d claims, %v", len(c), err)
	}
	if stale, err := s.StaleClaimState(ctx); err != nil || len(stale) != len(ids) {
		t.Errorf("after reset: %d stale documents, want %d (%v)", len(stale), len(ids), err)
	}
	if stale, err := s.StaleFrameState(ctx, frame.Version); err != nil || len(stale) != len(ids) {
		t.Errorf("after reset: %d documents with stale frames, want %d (%v)", len(stale), len(ids), err)
	}
}

func storyOfClaim(c sitrep.Claim) string {
	st, _ := claim.StoryOf(sitrep.Event{Source: sitrep.EventActor{Code: c.Event.Source}, Target: sitrep.EventActor{Code: c.Event.Target},
		Root: c.Event.CAMEO[:min(2, len(c.Event.CAMEO))]})
	return st.Key()
}

func nonNilClaims(cs []sitrep.Claim) []sitrep.Claim {
	if cs == nil {
		return []sitrep.Claim{}
	}
	return cs
}

// testClaimsConcurrent: workers store analyses of articles about the same stories at
// the same time, each updating claims and frames after its own article; the store
// must serialise the rebuilds of a story so that the result is a full
// recomputation's, whatever the interleaving.
func testClaimsConcurrent(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := claimStore(t, open)
	var docs []*sitrep.Document
	for i := range 40 {
		res, err := s.PutDocument(ctx, accented(SynthDoc(i)))
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Document(ctx, res.ID)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	lex, err := frame.Default()
	if err != nil {
		t.Fatal(err)
	}
	jobs := make(chan int)
	errs := make(chan error, len(docs))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				d := docs[i]
				err := s.PutAnalysis(ctx, claimAnalysis(d, i, 0))
				if err == nil {
					_, err = claim.Update(ctx, s, []string{d.ID}, claim.Options{})
				}
				if err == nil {
					err = frame.Update(ctx, s, lex, d.ID)
				}
				errs <- err
			}
		}()
	}
	for i := range docs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	checkClaims(t, s, "after concurrent updates")
}

// lateAnalysis codes a synthetic document's first sentences as events of a few
// parts (consultations between Syria and the United States, in either direction,
// and Turkish strikes on Syria) on the given dates, for testClaimsLate.
func lateAnalysis(d *sitrep.Document, dates []string) *sitrep.Analysis {
	a := claimAnalysis(d, 0, 0)
	a.Events = nil
	kinds := []struct{ src, cameo, tgt string }{
		{"SYRGOV", "040", "USAGOV"}, {"USAGOV", "042", "SYRGOV"}, {"TURMIL", "190", "SYRMIL"},
	}
	for k, date := range dates {
		// Body sentences: the title is a headline, which claim places after every
		// other report (claim/headlines.go), so it founds no record to regroup.
		s := a.Sentences[1+k%(len(a.Sentences)-1)]
		kind := kinds[(len(d.ID)+k)%len(kinds)]
		if k%2 == 1 {
			kind = kinds[0]
		}
		a.Events = append(a.Events, sitrep.Event{
			ID: fmt.Sprintf("%s:late:e%d", d.ID, k), Sentence: d.Text[s.Start:s.End], Span: s.Span,
			Source: sitrep.EventActor{Code: kind.src}, Target: sitrep.EventActor{Code: kind.tgt},
			CAMEO: kind.cameo, Root: kind.cameo[:2], Quad: 1, Mode: sitrep.ModeOccurred, Date: date, Outlet: d.Outlet,
		})
	}
	return a
}

// testClaimsLate: a feed of articles a day apart, each reporting meetings of the
// last days, builds records that each take the reports within three days of their
// first; late articles then report days already covered (and one an undated
// meeting from an undated article), which regroups the records after them — a
// record founded by the late report takes its neighbour's reports, whose next
// report founds a record of its own, and so on down the chain. The claims kept up
// to date article by article must equal a full recomputation after every article,
// and the late articles must have regrouped records other than their own.
func testClaimsLate(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := claimStore(t, open)
	day := func(n int) string {
		return time.Date(2031, 5, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format(time.DateOnly)
	}
	// groups maps each document to the documents that share its claims.
	groups := func() map[string]string {
		cs, err := s.Claims(ctx, claim.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, c := range cs {
			var ds []string
			for _, p := range c.Positions {
				if p.Stance != sitrep.StanceOmits {
					ds = append(ds, p.Doc)
				}
			}
			slices.Sort(ds)
			for _, d := range ds {
				out[d] += fmt.Sprint(ds)
			}
		}
		return out
	}
	add := func(i int, published string, dates []string) string {
		d := SynthDoc(i)
		d.Published = published
		res, err := s.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := s.Document(ctx, res.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutAnalysis(ctx, lateAnalysis(stored, dates)); err != nil {
			t.Fatal(err)
		}
		updateClaims(t, s, res.ID)
		return res.ID
	}
	r := rand.New(rand.NewPCG(7, 11))
	for i := range 30 {
		var dates []string
		for range 1 + r.IntN(2) {
			switch p := r.IntN(10); {
			case p < 8:
				dates = append(dates, day(i-r.IntN(2)))
			case p < 9:
				dates = append(dates, day(i)[:7])
			default:
				dates = append(dates, "")
			}
		}
		add(201+2*i, day(i), dates)
	}
	checkClaims(t, s, "after the feed")
	regrouped := 0
	for k, late := range []struct {
		published string
		dates     []string
	}{
		{day(40), []string{day(2), day(3)}},
		{day(41), []string{day(-1), day(11)}},
		{day(12), []string{"", day(9)}},
		{"", []string{"", day(20)}},
		{day(42), []string{day(5)[:7], day(24)}},
	} {
		before := groups()
		id := add(300+2*k, late.published, late.dates)
		checkClaims(t, s, fmt.Sprintf("after late article %d", k))
		after := groups()
		for d, g := range before {
			if d != id && after[d] != g {
				regrouped++
			}
		}
	}
	t.Logf("late articles regrouped %d other articles' claims", regrouped)
	if regrouped < 4 {
		t.Errorf("the late articles regrouped %d other articles' claims: the test proves little", regrouped)
	}
}
