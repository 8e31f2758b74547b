package claim

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/sitrep-dev/sitrep"
)

// Claims are kept up to date story by story. Build never lets two stories touch: an
// event joins only records of its own actor pair, and omissions are counted within a
// story. So when a document's analysis changes, only the stories its events belong to
// (before and after the change) need building again, from their own events — which is
// what Update does, through a store that rebuilds each story in one transaction. The
// claims of all stories, in the order Compare gives, are Build's claims with stable
// ids (the tests hold the incremental result to a full Build).

// Story is a pair of actors at the level Build compares them (country, or the whole
// code for groups), in sorted order: the claims of a story are built together.
type Story struct{ A, B string }

// StoryOf returns the story an event belongs to; ok is false for an event with no
// actor at all, which Build skips.
func StoryOf(e sitrep.Event) (s Story, ok bool) {
	if e.Source.Code == "" && e.Target.Code == "" {
		return Story{}, false
	}
	k := keyOf(e)
	if k.b < k.a {
		k.a, k.b = k.b, k.a
	}
	return Story{k.a, k.b}, true
}

// Key is the story as one string, for storage: "A|B".
func (s Story) Key() string { return s.A + "|" + s.B }

// ParseStory reads what Key wrote.
func ParseStory(key string) (Story, error) {
	for i := range len(key) {
		if key[i] == '|' {
			return Story{key[:i], key[i+1:]}, nil
		}
	}
	return Story{}, fmt.Errorf("story %q: want A|B", key)
}

// Has reports whether e belongs to the story.
func (s Story) Has(e sitrep.Event) bool {
	k, ok := StoryOf(e)
	return ok && k == s
}

// Ordered is an event with its place in the store's event order: the document's
// ingestion sequence, then the order the document's events were stored in. Build
// depends on that order (records are founded by the first report in it), so a story
// rebuilt from a subset must see its events in the order a full Build would.
type Ordered struct {
	Event sitrep.Event
	Order [2]int64
}

// SetCharSpans sets the events' character spans from their documents' texts,
// reading each document's text once rather than once per event (both stores use it
// when they load a story's events).
func SetCharSpans(evs []Ordered, docs []*sitrep.Document) {
	text := make(map[string]string, len(docs))
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	for i := range evs {
		evs[i].Event.SetCharSpan(text[evs[i].Event.Doc])
	}
}

// InOrder numbers events listed in the store's order.
func InOrder(evs []sitrep.Event) []Ordered {
	out := make([]Ordered, len(evs))
	for i, e := range evs {
		out[i] = Ordered{Event: e, Order: [2]int64{0, int64(i)}}
	}
	return out
}

// Stored is a claim as a store keeps it: with its story and what places it among the
// claims of all stories.
type Stored struct {
	sitrep.Claim
	StoryKey string `json:"story_key"`
	// Rank is the date rank of the event that founded the record (exact dates first,
	// then months and years, then undated) and Order that event's place in the store:
	// Build creates records in that order, and lists them by independent outlets
	// (most first), then in the order created.
	Rank  string   `json:"rank"`
	Order [2]int64 `json:"order"`
}

// Compare orders stored claims as Build lists claims.
func Compare(a, b Stored) int {
	return cmp.Or(cmp.Compare(b.IndependentOutlets, a.IndependentOutlets), cmp.Compare(a.Rank, b.Rank),
		cmp.Compare(a.Order[0], b.Order[0]), cmp.Compare(a.Order[1], b.Order[1]), cmp.Compare(a.ID, b.ID))
}

// BuildStory builds the claims of one story from its events (events of other stories
// are left out) and the documents they come from, with the documents those are
// copies of. Claim ids are derived from the story and the claim's first supporting
// event, so rebuilding a story that did not change gives the same ids.
func BuildStory(story Story, events []Ordered, docs []*sitrep.Document, opts Options) []Stored {
	claims, coverage := BuildStored(story, events, docs, opts)
	byName := map[string][]Covering{}
	for _, c := range coverage {
		byName[c.Name] = c.Docs
	}
	for i, c := range claims {
		claims[i].Claim = WithOmissions(c.Claim, byName[c.Story])
	}
	return claims
}

// BuildStored is BuildStory as a store keeps it: the claims without their
// omissions, and the coverage of each of the story's stories (in name order), from
// which WithOmissions gives the omissions back.
func BuildStored(story Story, events []Ordered, docs []*sitrep.Document, opts Options) ([]Stored, []Coverage) {
	evs := slices.Clone(events)
	slices.SortStableFunc(evs, func(a, b Ordered) int {
		return cmp.Or(cmp.Compare(a.Order[0], b.Order[0]), cmp.Compare(a.Order[1], b.Order[1]))
	})
	plain := make([]sitrep.Event, 0, len(evs))
	order := make(map[string][2]int64, len(evs))
	for _, o := range evs {
		if story.Has(o.Event) {
			plain = append(plain, o.Event)
			order[o.Event.ID] = o.Order
		}
	}
	claims, byName := build(plain, docs, opts, false)
	out := make([]Stored, 0, len(claims))
	for _, c := range claims {
		s := Stored{Claim: c, StoryKey: story.Key(), Rank: dateRank(c.Event.Date)}
		// The record's first event is the first position's unless a later report
		// in the same document took its place with a stronger stance; then the
		// order is that of the later report, which differs from Build's only when
		// another story's record was founded by an event in between, on the same
		// day, in the same document.
		if len(c.Positions) > 0 {
			s.Order = order[c.Positions[0].Event]
		}
		s.ID = claimID(story, c)
		out = append(out, s)
	}
	coverage := make([]Coverage, 0, len(byName))
	for name, docs := range byName {
		coverage = append(coverage, Coverage{Story: story.Key(), Name: name, Docs: docs})
	}
	slices.SortFunc(coverage, func(a, b Coverage) int { return cmp.Compare(a.Name, b.Name) })
	return out, coverage
}

// claimID derives a claim's id from its story and its first supporting report.
func claimID(story Story, c sitrep.Claim) string {
	h := sha256.New()
	h.Write([]byte(story.Key()))
	h.Write([]byte{0})
	h.Write([]byte(c.Kind))
	h.Write([]byte{0})
	if len(c.Positions) > 0 {
		h.Write([]byte(c.Positions[0].Doc))
		h.Write([]byte{0})
		h.Write([]byte(c.Positions[0].Event))
	}
	return "c" + hex.EncodeToString(h.Sum(nil)[:8])
}

// Stories lists the stories of events, each once, in the order first met.
func Stories(evs []sitrep.Event) []Story {
	var out []Story
	seen := map[Story]bool{}
	for _, e := range evs {
		if s, ok := StoryOf(e); ok && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// BuildAll builds the claims of every story, in Build's order: what a store that
// kept its claims up to date holds. It is the rebuild for stores that have no claims
// stored.
func BuildAll(events []Ordered, docs []*sitrep.Document, opts Options) []Stored {
	by := map[Story][]Ordered{}
	var stories []Story
	for _, o := range events {
		s, ok := StoryOf(o.Event)
		if !ok {
			continue
		}
		if _, seen := by[s]; !seen {
			stories = append(stories, s)
		}
		by[s] = append(by[s], o)
	}
	var out []Stored
	for _, s := range stories {
		out = append(out, BuildStory(s, by[s], docs, opts)...)
	}
	slices.SortStableFunc(out, Compare)
	return out
}

// Claims strips the storage fields.
func Claims(stored []Stored) []sitrep.Claim {
	out := make([]sitrep.Claim, len(stored))
	for i, s := range stored {
		out[i] = s.Claim
	}
	return out
}

// BuildFunc computes a story's claims, without their omissions, and its coverage
// from its events and documents (BuildStored).
type BuildFunc func(events []Ordered, docs []*sitrep.Document) ([]Stored, []Coverage)

// Store is what Update needs of a store.
type Store interface {
	Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error)
	// ClaimStories lists the stories whose stored claims rest on any of the
	// documents docIDs or on a document that is a copy of one of them.
	ClaimStories(ctx context.Context, docIDs []string) ([]Story, error)
	// UpdateStory rebuilds the stored claims of a story in one transaction that
	// excludes every other rebuild of the same story: it reads the story's events
	// (in store order) and the documents they come from (with those they are
	// copies of), and replaces the story's claims and coverage with what build
	// returns; reading claims gives them their omissions back (WithOmissions).
	UpdateStory(ctx context.Context, s Story, build BuildFunc) error
}

// Update rebuilds the claims of the stories that the documents docIDs touch: those
// their stored events belong to now, and those their previous claims rested on (an
// analysis replaced, a document relinked as a copy). It returns how many stories it
// rebuilt.
//
// Workers may call Update at the same time for documents of the same story: each
// rebuild reads the story's events after it holds the story, and every document's
// events are stored before Update is called for it, so the last rebuild of a story
// sees every document whose update has begun, and none is counted twice.
func Update(ctx context.Context, s Store, docIDs []string, opts Options) (int, error) {
	stories, err := s.ClaimStories(ctx, docIDs)
	if err != nil {
		return 0, fmt.Errorf("claims of %v: %w", docIDs, err)
	}
	seen := map[Story]bool{}
	for _, st := range stories {
		seen[st] = true
	}
	for _, id := range docIDs {
		evs, err := s.Events(ctx, sitrep.EventFilter{Doc: id})
		if err != nil {
			return 0, fmt.Errorf("claims of %s: %w", id, err)
		}
		for _, st := range Stories(evs) {
			if !seen[st] {
				seen[st] = true
				stories = append(stories, st)
			}
		}
	}
	build := func(st Story) BuildFunc {
		return func(events []Ordered, docs []*sitrep.Document) ([]Stored, []Coverage) {
			return BuildStored(st, events, docs, opts)
		}
	}
	for _, st := range stories {
		if err := s.UpdateStory(ctx, st, build(st)); err != nil {
			return 0, fmt.Errorf("claims of story %s: %w", st.Key(), err)
		}
	}
	return len(stories), nil
}

// Covering is a document that covers a story: it omits each of the story's claims
// it does not report.
type Covering struct {
	Doc    string `json:"doc"`
	Outlet string `json:"outlet,omitempty"`
}

// Coverage lists the documents that cover a story, in the order claim.Build lists
// omissions. Story is the actor pair's key ("A|B"), Name the story's name within it
// (sitrep.Claim.Story).
//
// A claim's omitted-by list is every document that covers its story and does not
// report it, so stored inside each claim it made one new article of a story change
// every claim of the story, and building it cost the story's claims times its
// documents. Stored once per story, a new article changes its own claims and one
// coverage list; WithOmissions puts each claim's list back when claims are read.
type Coverage struct {
	Story string
	Name  string
	Docs  []Covering
}

// coverageOf lists each story's covering documents, by story name, in the order
// makeClaim lists omissions: the story's records in date order, their reports in
// order, each document once. A claim's omissions are this list less the documents
// that report it (WithOmissions), since makeClaim skips exactly those.
func coverageOf(stories map[*record]*story, docs map[string]*sitrep.Document) map[string][]Covering {
	out := map[string][]Covering{}
	done := map[*story]bool{}
	for _, st := range stories {
		if done[st] {
			continue
		}
		done[st] = true
		seen := map[string]bool{}
		list := []Covering{}
		for _, r := range st.records {
			for _, e := range r.events {
				if !seen[e.Doc] {
					seen[e.Doc] = true
					list = append(list, Covering{Doc: e.Doc, Outlet: docs[e.Doc].Outlet})
				}
			}
		}
		out[st.name] = list
	}
	return out
}

// WithOmissions gives a claim stored without its omissions its omitted-by
// positions back: the documents of its story's coverage that it does not report,
// in the coverage's order. A claim stored with its omissions (before they were
// stored per story) is left as it is, since it already lists every covering
// document.
func WithOmissions(c sitrep.Claim, docs []Covering) sitrep.Claim {
	if len(docs) == 0 {
		return c
	}
	own := make(map[string]bool, len(c.Positions))
	for _, p := range c.Positions {
		own[p.Doc] = true
	}
	ps := slices.Clip(c.Positions)
	for _, d := range docs {
		if !own[d.Doc] {
			ps = append(ps, sitrep.Position{Doc: d.Doc, Outlet: d.Outlet, Stance: sitrep.StanceOmits})
		}
	}
	c.Positions = ps
	return c
}

// Filter selects stored claims. Zero values select everything.
type Filter struct {
	Status string // corroborated, single-source or contested
	Story  string // a story key, "SYR|USA"
	Doc    string // claims a document reports (asserts, attributes or contradicts)
	// Actor is an actor code or code prefix matched against the claim event's
	// source or target ("SYR" selects SYRGOV and SYRMIL).
	Actor string
	// Outlet selects claims the outlet reports (asserts, attributes or contradicts).
	Outlet string
	// From and To bound the claim's date, inclusive ("2016-08-01"); a claim dated
	// to a month or a year is selected when its period meets the range, and an
	// undated claim is left out when either is set.
	From, To string
	// MinOutlets is the least number of independent outlets.
	MinOutlets int
	// CounterDays, when above zero, widens the status, outlet and document
	// filters for Page: a claim Counter could join with another claim dated at
	// most CounterDays apart is selected when the other claim passes them, since
	// the joined claim is contested and carries the other's positions.
	CounterDays int
	Limit       int
	Offset      int
}
