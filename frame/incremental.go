package frame

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Frames can be kept up to date one document at a time: a document's share of every
// outlet × actor frame (its Contribution) depends on that document alone, so storing a
// document's contributions — replacing whatever it contributed before — is all an
// arriving or re-analysed article costs, and Merge adds the shares up when frames are
// read. Merge over the contributions of every document equals Build over the same
// documents (the tests hold it to that), down to the order the tone is summed in.

// Version names what stored contributions depend on besides the analyses: the tone
// scorer, the lexicon and the fields of a Contribution. Stores record it with the
// claim state of each document; contributions stored under another version are
// stale and readers recompute frames until `sitrep frames --rebuild` stores them
// anew. Bump it whenever a change here would change a stored contribution.
//
//	1  target-dependent tone (tree distance, other actors, self voice); events
//	   counted by role (ConflictBy/On, CooperationBy/On)
//	2  compositional framing (helping a condemned group is the helper's bad
//	   press, compose.go)
//	3  "hand" no longer a positive word (rules.tsv)
//	4  valences for 1,429 words VADER lacks, from their GloVe neighbours
//	   (InducedWords)
//	5  the learned tone blended in at 0.75 (Weights.Learned), trained on
//	   news written and labelled here (frame/data/written; six files)
//	6  the learned tone retrained on twelve written files, its settings
//	   chosen at 0.75
const Version = 6

// Groupings are the actor groupings contributions are kept for: "code" keeps actor
// codes as they are, "country" groups state actors under their country (ByCountry).
// They are the choices `sitrep frames --by` offers; a sentence mentioning SYRGOV and
// SYRMIL scores once for SYR but once for each code, so the two cannot be derived
// from one another and both are kept.
var Groupings = []string{"code", "country"}

// GroupFunc returns the Options.Group of a named grouping.
func GroupFunc(grouping string) (func(string) string, error) {
	switch grouping {
	case "code":
		return func(c string) string { return c }, nil
	case "country":
		return ByCountry, nil
	}
	return nil, fmt.Errorf("frame grouping %q: want code or country", grouping)
}

// Contribution is one document's share of one outlet × actor frame.
type Contribution struct {
	Doc      string `json:"doc"`
	Grouping string `json:"grouping"`
	Outlet   string `json:"outlet"`
	Actor    string `json:"actor"`
	// Name is the first actor name the document gives, "" when none.
	Name string `json:"name,omitempty"`
	// Mentioned is true when a mention of the actor (not only an event) is in the
	// document: only those documents are listed in Frame.Docs.
	Mentioned bool `json:"mentioned"`
	// Tones are the scores of the document's sentences about the actor, in text
	// order; their sum and count make the frame's mean.
	Tones       []float64 `json:"tones"`
	Cooperation int       `json:"cooperation"`
	Conflict    int       `json:"conflict"`
	// The same events by role, as in sitrep.Frame: the actor as source (By) or
	// as target (On).
	CooperationBy int            `json:"cooperation_by"`
	ConflictBy    int            `json:"conflict_by"`
	CooperationOn int            `json:"cooperation_on"`
	ConflictOn    int            `json:"conflict_on"`
	Labels        map[string]int `json:"labels,omitempty"`
	// Evidence holds the sentences that can still be among the frame's evidence
	// whatever other documents add: the document's most negative and most positive
	// ones, in text order.
	Evidence []sitrep.FrameEvidence `json:"evidence,omitempty"`
}

// tally adds one event as sitrep.Frame.Tally does.
func (c *Contribution) tally(source, conflictual bool) {
	f := sitrep.Frame{Cooperation: c.Cooperation, Conflict: c.Conflict, CooperationBy: c.CooperationBy,
		ConflictBy: c.ConflictBy, CooperationOn: c.CooperationOn, ConflictOn: c.ConflictOn}
	f.Tally(source, conflictual)
	c.Cooperation, c.Conflict = f.Cooperation, f.Conflict
	c.CooperationBy, c.ConflictBy, c.CooperationOn, c.ConflictOn = f.CooperationBy, f.ConflictBy, f.CooperationOn, f.ConflictOn
}

// ToneSum is the sum of the contribution's sentence tones.
func (c *Contribution) ToneSum() float64 {
	var s float64
	for _, t := range c.Tones {
		s += t
	}
	return s
}

// Contributions computes what document d with analysis a adds to the frames of the
// named grouping, in the order Build meets the outlet × actor pairs. A near-duplicate
// or a document without analysis adds nothing, as in Build.
func Contributions(lex *Lexicon, d *sitrep.Document, a *sitrep.Analysis, grouping string) ([]Contribution, error) {
	group, err := GroupFunc(grouping)
	if err != nil {
		return nil, err
	}
	if a == nil || d.DuplicateOf != "" {
		return nil, nil
	}
	outlet := cmp.Or(d.Outlet, "(unknown outlet of "+d.ID+")")
	type acc struct {
		c        Contribution
		seen     map[int]bool
		evidence []sitrep.FrameEvidence
	}
	byActor := map[string]*acc{}
	var order []string
	get := func(actor string) *acc {
		f := byActor[actor]
		if f == nil {
			f = &acc{c: Contribution{Doc: d.ID, Grouping: grouping, Outlet: outlet, Actor: actor, Labels: map[string]int{}},
				seen: map[int]bool{}}
			byActor[actor] = f
			order = append(order, actor)
		}
		return f
	}
	// The loops below are Build's, for one document; see frame.go for the why.
	views := make([]*view, len(a.Sentences))
	for _, m := range a.Mentions {
		if m.Code == "" || m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
			continue
		}
		s := a.Sentences[m.Sentence]
		if views[m.Sentence] == nil {
			views[m.Sentence] = newView(a, m.Sentence)
		}
		f := get(group(m.Code))
		if f.c.Name == "" {
			f.c.Name = m.Name
		}
		f.c.Mentioned = true
		after := m.End + 1
		if m.End < len(s.Tokens) && s.Tokens[m.End].Text == "," {
			after = m.End + 5
		}
		for i := max(m.Start-3, 0); i < min(after, len(s.Tokens)); i++ {
			if w := strings.ToLower(s.Tokens[i].Text); lex.IsLabel(w) {
				f.c.Labels[w]++
			}
		}
		if f.seen[m.Sentence] {
			continue
		}
		f.seen[m.Sentence] = true
		tone := MentionTone(lex, s, views[m.Sentence].ign, views[m.Sentence].voice, views[m.Sentence].quotes, m, a.Mentions, group)
		f.c.Tones = append(f.c.Tones, tone)
		f.evidence = append(f.evidence, sitrep.FrameEvidence{Doc: d.ID, Sentence: d.Text[s.Start:s.End],
			Span: sitrep.CharSpan(d.Text, s.Span), Tone: round(tone)})
	}
	for _, e := range a.Events {
		for role, code := range []string{e.Source.Code, e.Target.Code} {
			if code == "" {
				continue
			}
			f := get(group(code))
			if f.c.Name == "" {
				f.c.Name = cmp.Or(e.Source.Name, e.Target.Name)
				if code == e.Target.Code {
					f.c.Name = e.Target.Name
				}
			}
			f.c.tally(role == 0, e.Quad >= 3)
		}
	}
	out := make([]Contribution, 0, len(order))
	for _, k := range order {
		f := byActor[k]
		f.c.Evidence = candidates(f.evidence)
		if len(f.c.Labels) == 0 {
			f.c.Labels = nil
		}
		out = append(out, f.c)
	}
	return out, nil
}

// candidates keeps the evidence that can survive pickEvidence over any superset: the
// evidencePerFrame-1 lowest tones (the first among equal tones) and the highest (the
// last among equal tones), in their original order. A global stable sort meets them
// in that same relative order, so the merged pick is Build's.
func candidates(ev []sitrep.FrameEvidence) []sitrep.FrameEvidence {
	if len(ev) <= evidencePerFrame {
		return ev
	}
	idx := make([]int, len(ev))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(ev[a].Tone, ev[b].Tone) })
	keep := append(slices.Clone(idx[:evidencePerFrame-1]), idx[len(idx)-1])
	slices.Sort(keep)
	out := make([]sitrep.FrameEvidence, len(keep))
	for i, k := range keep {
		out[i] = ev[k]
	}
	return out
}

// Merge adds up contributions into frames. cs must be in document order (the order
// Build is given documents in), and within one document in the order Contributions
// returned them; contributions of one grouping only.
func Merge(cs []Contribution) []sitrep.Frame {
	type key struct{ outlet, actor string }
	type acc struct {
		frame    sitrep.Frame
		toneSum  float64
		evidence []sitrep.FrameEvidence
	}
	frames := map[key]*acc{}
	var order []key
	for i := range cs {
		c := &cs[i]
		k := key{c.Outlet, c.Actor}
		f := frames[k]
		if f == nil {
			f = &acc{frame: sitrep.Frame{Outlet: c.Outlet, Actor: c.Actor, Labels: map[string]int{}}}
			frames[k] = f
			order = append(order, k)
		}
		if f.frame.Name == "" {
			f.frame.Name = c.Name
		}
		if c.Mentioned {
			f.frame.Docs = append(f.frame.Docs, c.Doc)
		}
		// One tone at a time, as Build adds them: the float sum is then the same
		// to the last bit.
		for _, t := range c.Tones {
			f.toneSum += t
		}
		f.frame.Sentences += len(c.Tones)
		f.frame.Cooperation += c.Cooperation
		f.frame.Conflict += c.Conflict
		f.frame.CooperationBy += c.CooperationBy
		f.frame.ConflictBy += c.ConflictBy
		f.frame.CooperationOn += c.CooperationOn
		f.frame.ConflictOn += c.ConflictOn
		for l, n := range c.Labels {
			f.frame.Labels[l] += n
		}
		f.evidence = append(f.evidence, c.Evidence...)
	}
	out := make([]sitrep.Frame, 0, len(order))
	for _, k := range order {
		f := frames[k]
		out = append(out, finish(f.frame, f.toneSum, f.evidence))
	}
	sortFrames(out)
	return out
}

// Store is what Update needs of a store.
type Store interface {
	Document(ctx context.Context, id string) (*sitrep.Document, error)
	Analysis(ctx context.Context, docID string) (*sitrep.Analysis, error)
	// PutFrameContributions replaces, in one transaction, everything docID
	// contributed to frames with cs (all groupings), and drops the contributions of
	// the documents now linked as copies of docID: a copy adds nothing to frames.
	PutFrameContributions(ctx context.Context, docID string, cs []Contribution) error
}

// Update recomputes what the document docID contributes to frames, from its stored
// analysis, and stores it in place of its previous contribution: storing a document
// twice never counts it twice.
func Update(ctx context.Context, s Store, lex *Lexicon, docID string) error {
	d, err := s.Document(ctx, docID)
	if err != nil {
		return fmt.Errorf("frames of %s: %w", docID, err)
	}
	a, err := s.Analysis(ctx, docID)
	if errors.Is(err, sitrep.ErrNotFound) {
		a = nil
	} else if err != nil {
		return fmt.Errorf("frames of %s: %w", docID, err)
	}
	var all []Contribution
	for _, g := range Groupings {
		cs, err := Contributions(lex, d, a, g)
		if err != nil {
			return err
		}
		all = append(all, cs...)
	}
	if err := s.PutFrameContributions(ctx, docID, all); err != nil {
		return fmt.Errorf("frames of %s: %w", docID, err)
	}
	return nil
}
