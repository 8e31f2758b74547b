package claim

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Claims are kept up to date part by part. Build never lets two parts touch: a
// record takes only reports of one event family (CAMEO root) and one pair of actors
// at the level Build compares them, in one direction for directed families (a
// Part), and a denial joins only a record of its own part. So when a document's
// analysis changes, only the parts its events belong to (before and after the
// change) need building again, from their own events — which is what Update does,
// through a store that rebuilds each part in one transaction.
//
// What ties the parts of an actor pair together is only the pair's stories (runs of
// records a few days apart, Options.StoryWindow) and each claim's omissions (the
// documents covering its story that do not report it). Both are functions of every
// record of the pair, so storing them made one new article rewrite — and first
// reread and rebuild — the whole pair's history. They are not stored: a store keeps
// each claim's dates (Stored.From, Until) and its place in Build's order (Rank,
// Order), and Finish names the stories and lists the omissions when claims are
// read, from the stored claims of their pairs alone. A new article then costs the
// parts it reports on, whatever the size of the pair's history, and within a part
// only the records from a day on that UpdateWindow chooses (window.go); the claims
// of all parts, finished and in the order Compare gives, are Build's claims with
// stable ids (the tests hold the incremental result to a full Build).

// Story is a pair of actors at the level Build compares them (country, or the whole
// code for groups), in sorted order: the claims of a story are built together.
type Story struct{ A, B string }

// StoryOf returns the story an event belongs to; ok is false for an event with no
// source actor (no actor at all, or force whose agent the text does not name:
// "air strikes killed 22 people"), which Build skips: an empty source is no actor
// two reports could share.
func StoryOf(e sitrep.Event) (s Story, ok bool) {
	if e.Source.Code == "" {
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

// Part is what a record of Build is confined to: a CAMEO root and a pair of actors
// at the level Build compares them, in the event's direction (source, target),
// except for the symmetric families — consulting, cooperating — whose pair is
// sorted. The claims of a part are built together, and apart from every other
// part's.
type Part struct{ Root, A, B string }

// PartOf returns the part an event belongs to; ok is false for an event with no
// source actor, which Build skips (see StoryOf).
func PartOf(e sitrep.Event) (p Part, ok bool) {
	if e.Source.Code == "" {
		return Part{}, false
	}
	k := keyOf(e)
	return Part{e.Root, k.a, k.b}, true
}

// Key is the part as one string, for storage: "root|A|B".
func (p Part) Key() string { return p.Root + "|" + p.A + "|" + p.B }

// ParsePart reads what Key wrote.
func ParsePart(key string) (Part, error) {
	f := strings.Split(key, "|")
	if len(f) != 3 {
		return Part{}, fmt.Errorf("part %q: want root|A|B", key)
	}
	return Part{f[0], f[1], f[2]}, nil
}

// Story is the actor pair the part belongs to.
func (p Part) Story() Story {
	if p.B < p.A {
		return Story{p.B, p.A}
	}
	return Story{p.A, p.B}
}

// Has reports whether e belongs to the part.
func (p Part) Has(e sitrep.Event) bool {
	q, ok := PartOf(e)
	return ok && q == p
}

// Parts lists the parts of events, each once, in the order first met.
func Parts(evs []sitrep.Event) []Part {
	var out []Part
	seen := map[Part]bool{}
	for _, e := range evs {
		if p, ok := PartOf(e); ok && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
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

// Stored is a claim as a store keeps it: with its actor pair and part, the dates
// its story and omissions are derived from, and what places it among the claims of
// all parts. As built and stored (BuildPart) its Story is empty and it lists no
// omissions; Finish gives it both.
type Stored struct {
	sitrep.Claim
	StoryKey string `json:"story_key"`
	PartKey  string `json:"part_key"`
	// Rank is the date rank of the event that founded the record (exact dates first,
	// then months and years, then undated) and Order that event's place in the store:
	// Build creates records in that order, and lists them by independent outlets
	// (most first), then in the order created.
	Rank  string   `json:"rank"`
	Order [2]int64 `json:"order"`
	// From and Until are the first and last day the record can be on
	// ("2006-01-02"): its day, or the period its month- or year-dated reports all
	// allow; empty when it has no date. Stories are runs of records by these dates.
	From  string `json:"from,omitempty"`
	Until string `json:"until,omitempty"`
	// Members are the record's events, by id, and the rest what UpdateWindow
	// needs to tell whether rebuilding a window of the part can change the
	// record (see window.go).
	Members []string `json:"members,omitempty"`
	Reach
}

// Compare orders stored claims as Build lists claims.
func Compare(a, b Stored) int {
	return cmp.Or(cmp.Compare(b.IndependentOutlets, a.IndependentOutlets), cmp.Compare(a.Rank, b.Rank),
		cmp.Compare(a.Order[0], b.Order[0]), cmp.Compare(a.Order[1], b.Order[1]), cmp.Compare(a.ID, b.ID))
}

// BuildPart builds the claims of one part from its events (events of other parts
// are left out) and the documents they come from, with the documents those are
// copies of, as a store keeps them: without their story's name or their omissions
// (Finish). Claim ids are derived from the actor pair and the claim's first
// supporting event, so rebuilding a part that did not change gives the same ids.
func BuildPart(p Part, events []Ordered, docs []*sitrep.Document, opts Options) []Stored {
	evs := slices.Clone(events)
	slices.SortStableFunc(evs, func(a, b Ordered) int {
		return cmp.Or(cmp.Compare(a.Order[0], b.Order[0]), cmp.Compare(a.Order[1], b.Order[1]))
	})
	plain := make([]sitrep.Event, 0, len(evs))
	order := make(map[string][2]int64, len(evs))
	for _, o := range evs {
		if p.Has(o.Event) {
			plain = append(plain, o.Event)
			order[o.Event.ID] = o.Order
		}
	}
	claims, records := build(plain, docs, opts, false)
	story := p.Story()
	byID := make(map[string]*sitrep.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	window := cmp.Or(opts.Window, 72*time.Hour)
	out := make([]Stored, 0, len(claims))
	for _, c := range claims {
		var n int
		if _, err := fmt.Sscanf(c.ID, "c%d", &n); err != nil || n < 1 || n > len(records) {
			panic(fmt.Sprintf("claim: build named a claim %q of %d records", c.ID, len(records)))
		}
		r := records[n-1]
		// Build creates records in the order of their first reports (in date
		// rank, then store order) and lists them by independent outlets, then in
		// that order.
		founder := r.events[0]
		c.Story = ""
		s := Stored{Claim: c, StoryKey: story.Key(), PartKey: p.Key(), Rank: dateRank(founder.Date), Order: order[founder.ID]}
		if r.dated() {
			s.From, s.Until = r.from().Format(time.DateOnly), r.until().Format(time.DateOnly)
		}
		s.ID = claimID(p, c)
		s.Reach = reachOf(r, byID, window)
		for _, e := range r.events {
			s.Members = append(s.Members, e.ID)
		}
		out = append(out, s)
	}
	return out
}

// Finish gives stored claims their story names and omissions. pair must hold every
// stored claim of the actor pairs of claims (claims may be among them): a story is a
// run of the pair's records, in date order, each starting at most storyWindow after
// the last possible day of the one before (undated records form one story), and a
// claim is omitted by every document that reports another claim of its story and
// not it — what Build's stories and omissions are, from the records' stored dates
// instead of their events. The claims keep their order.
func Finish(claims, pair []Stored, opts Options) []Stored {
	storyWindow := cmp.Or(opts.StoryWindow, 7*24*time.Hour)
	byPair := map[string][]Stored{}
	for _, c := range pair {
		byPair[c.StoryKey] = append(byPair[c.StoryKey], c)
	}
	name := map[string]string{}         // claim id → story name
	coverage := map[string][]Covering{} // story key and name → covering documents
	covKey := func(pair, story string) string { return pair + "\x00" + story }
	for key, rs := range byPair {
		st, err := ParseStory(key)
		if err != nil {
			continue
		}
		k := dyadKey{st.A, st.B}
		// Build sorts a pair's records by their first day, stably over the order
		// it created them in.
		slices.SortFunc(rs, func(a, b Stored) int {
			return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Rank, b.Rank),
				cmp.Compare(a.Order[0], b.Order[0]), cmp.Compare(a.Order[1], b.Order[1]), cmp.Compare(a.ID, b.ID))
		})
		var cur string
		var end time.Time // the last possible day of the current dated story
		seen := map[string]map[string]bool{}
		for _, r := range rs {
			if r.From == "" {
				cur = storyName(k, "")
			} else {
				from, err1 := time.Parse(time.DateOnly, r.From)
				until, err2 := time.Parse(time.DateOnly, r.Until)
				if err1 != nil || err2 != nil {
					continue // not a claim BuildPart stored: left unfinished
				}
				if end.IsZero() || from.After(end.Add(storyWindow)) {
					cur = storyName(k, r.From)
					end = until
				}
				if until.After(end) {
					end = until
				}
			}
			name[r.ID] = cur
			ck := covKey(key, cur)
			if seen[ck] == nil {
				seen[ck] = map[string]bool{}
				coverage[ck] = []Covering{}
			}
			for _, p := range r.Positions {
				if p.Stance != sitrep.StanceOmits && !seen[ck][p.Doc] {
					seen[ck][p.Doc] = true
					coverage[ck] = append(coverage[ck], Covering{Doc: p.Doc, Outlet: p.Outlet})
				}
			}
		}
	}
	out := make([]Stored, len(claims))
	for i, c := range claims {
		if n, ok := name[c.ID]; ok {
			c.Story = n
			c.Claim = WithOmissions(c.Claim, coverage[covKey(c.StoryKey, n)])
		}
		out[i] = c
	}
	return out
}

// claimID derives a claim's id from its part and its first supporting report.
// The part, not just the story: a re-analysis can move a report to another CAMEO
// root of the same pair, and while the part it left still holds the old record
// (parts are rebuilt one after the other), the new part's record founded by the
// same report would otherwise take the same id.
func claimID(p Part, c sitrep.Claim) string {
	h := sha256.New()
	h.Write([]byte(p.Key()))
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

// BuildAll builds the claims of every part and finishes them, in Build's order:
// what a store that kept its claims up to date gives when read. It is the rebuild
// for stores that have no claims stored.
func BuildAll(events []Ordered, docs []*sitrep.Document, opts Options) []Stored {
	by := map[Part][]Ordered{}
	var parts []Part
	for _, o := range events {
		p, ok := PartOf(o.Event)
		if !ok {
			continue
		}
		if _, seen := by[p]; !seen {
			parts = append(parts, p)
		}
		by[p] = append(by[p], o)
	}
	var out []Stored
	for _, p := range parts {
		out = append(out, BuildPart(p, by[p], docs, opts)...)
	}
	out = Finish(out, out, opts)
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

// BuildFunc computes a part's claims, as a store keeps them, from its events and
// documents (BuildPart).
type BuildFunc func(events []Ordered, docs []*sitrep.Document) []Stored

// Store is what Update needs of a store.
type Store interface {
	Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error)
	// ClaimParts lists the parts whose stored claims rest on any of the documents
	// docIDs or on a document that is a copy of one of them.
	ClaimParts(ctx context.Context, docIDs []string) ([]Part, error)
	// UpdatePart rebuilds the stored claims of a part in one transaction that
	// excludes every other rebuild of the same part: it reads the part's events
	// (in store order) and the documents they come from (with those they are
	// copies of), and replaces the part's claims with what build returns; reading
	// claims finishes them (Finish).
	UpdatePart(ctx context.Context, p Part, build BuildFunc) error
	// WindowPart runs fn in one transaction that excludes every other rebuild of
	// part p, with what UpdateWindow reads and writes; fn's error rolls it back.
	WindowPart(ctx context.Context, p Part, fn func(PartTx) error) error
}

// Update rebuilds the claims of the parts that the documents docIDs touch: those
// their stored events belong to now, and those their previous claims rested on (an
// analysis replaced, a document relinked as a copy), each from the day UpdateWindow
// chooses. It returns how many parts it rebuilt.
//
// Workers may call Update at the same time for documents of the same part: each
// rebuild reads after it holds the part and adds the events of its own documents to
// what the rebuilds before it stored, and every document's events are stored before
// Update is called for it, so every document is counted once, whatever the order.
func Update(ctx context.Context, s Store, docIDs []string, opts Options) (int, error) {
	parts, err := s.ClaimParts(ctx, docIDs)
	if err != nil {
		return 0, fmt.Errorf("claims of %v: %w", docIDs, err)
	}
	seen := map[Part]bool{}
	for _, p := range parts {
		seen[p] = true
	}
	for _, id := range docIDs {
		evs, err := s.Events(ctx, sitrep.EventFilter{Doc: id})
		if err != nil {
			return 0, fmt.Errorf("claims of %s: %w", id, err)
		}
		for _, p := range Parts(evs) {
			if !seen[p] {
				seen[p] = true
				parts = append(parts, p)
			}
		}
	}
	for _, p := range parts {
		err := s.WindowPart(ctx, p, func(tx PartTx) error {
			_, err := UpdateWindow(ctx, tx, p, docIDs, opts)
			return err
		})
		if err != nil {
			return 0, fmt.Errorf("claims of part %s: %w", p.Key(), err)
		}
	}
	return len(parts), nil
}

// PartBuilder is the BuildFunc of a part.
func PartBuilder(p Part, opts Options) BuildFunc {
	return func(events []Ordered, docs []*sitrep.Document) []Stored {
		return BuildPart(p, events, docs, opts)
	}
}

// Covering is a document that covers a story: it omits each of the story's claims
// it does not report.
type Covering struct {
	Doc    string `json:"doc"`
	Outlet string `json:"outlet,omitempty"`
}

// WithOmissions gives a claim stored without its omissions its omitted-by
// positions back: the documents covering its story (in the order Build lists
// omissions) that it does not report. A claim that already lists its omissions is
// left as it is.
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
