package frame

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// TargetWindow is how many tokens on each side of an actor's mention count fully
// toward its tone when its sentence has no dependency tree (Weights.Window).
// Measured on NewsMTSC (go test ./frame -run NewsMTSC -args -tree 0 -window N):
// 3, 6, 10 and the whole sentence give macro-F1 0.494, 0.501, 0.500 and 0.489 on
// devtest_mt (before the other-actor weight and the tree).
const TargetWindow = 6

// evidencePerFrame is how many sentences back each frame: the most negative and the
// most positive ones, which are what an analyst checks first.
const evidencePerFrame = 3

// Options tune Build.
type Options struct {
	// Group maps an actor code to the actor the frame is about; nil keeps codes
	// as they are. ByCountry groups SYRGOV, SYRMIL, ... under SYR.
	Group func(code string) string
}

// ByCountry groups state actor codes under their three-letter country prefix.
func ByCountry(code string) string { return cmp.Or(country.Of(code), code) }

// Build computes one frame per outlet × actor from stored documents and their
// analyses. Near-duplicates are skipped: a copy repeats its original's framing and
// would double-weigh one outlet. A document without an outlet is its own outlet:
// two unknown publishers are not one.
func Build(lex *Lexicon, docs []*sitrep.Document, analyses map[string]*sitrep.Analysis, opts Options) []sitrep.Frame {
	group := opts.Group
	if group == nil {
		group = func(c string) string { return c }
	}
	type key struct{ outlet, actor string }
	type acc struct {
		frame    sitrep.Frame
		toneSum  float64
		seen     map[[2]int]bool // (doc index, sentence) pairs already scored
		evidence []sitrep.FrameEvidence
		docs     map[string]bool
	}
	frames := map[key]*acc{}
	var order []key
	for di, d := range docs {
		a := analyses[d.ID]
		if a == nil || d.DuplicateOf != "" {
			continue
		}
		outlet := cmp.Or(d.Outlet, "(unknown outlet of "+d.ID+")")
		views := make([]*view, len(a.Sentences))
		get := func(k key) *acc {
			f := frames[k]
			if f == nil {
				f = &acc{frame: sitrep.Frame{Outlet: k.outlet, Actor: k.actor, Labels: map[string]int{}},
					seen: map[[2]int]bool{}, docs: map[string]bool{}}
				frames[k] = f
				order = append(order, k)
			}
			return f
		}
		for _, m := range a.Mentions {
			if m.Code == "" || m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
				continue
			}
			s := a.Sentences[m.Sentence]
			if views[m.Sentence] == nil {
				views[m.Sentence] = newView(a, m.Sentence)
			}
			f := get(key{outlet, group(m.Code)})
			if f.frame.Name == "" {
				f.frame.Name = m.Name
			}
			if !f.docs[d.ID] {
				f.docs[d.ID] = true
				f.frame.Docs = append(f.frame.Docs, d.ID)
			}
			// Labels: loaded words inside the mention, just before it ("the
			// terrorist group ISIS", "the Assad regime") or in an apposition after
			// it ("Hezbollah, the resistance movement").
			after := m.End + 1
			if m.End < len(s.Tokens) && s.Tokens[m.End].Text == "," {
				after = m.End + 5
			}
			for i := max(m.Start-3, 0); i < min(after, len(s.Tokens)); i++ {
				if w := strings.ToLower(s.Tokens[i].Text); lex.IsLabel(w) {
					f.frame.Labels[w]++
				}
			}
			if f.seen[[2]int{di, m.Sentence}] {
				continue
			}
			f.seen[[2]int{di, m.Sentence}] = true
			tone := MentionTone(lex, s, views[m.Sentence].ign, views[m.Sentence].voice, views[m.Sentence].quotes, m, a.Mentions, group)
			f.frame.Sentences++
			f.toneSum += tone
			f.evidence = append(f.evidence, sitrep.FrameEvidence{Doc: d.ID, Sentence: d.Text[s.Start:s.End],
				Span: sitrep.CharSpan(d.Text, s.Span), Tone: round(tone)})
		}
		for _, e := range a.Events {
			for role, code := range []string{e.Source.Code, e.Target.Code} {
				if code == "" {
					continue
				}
				f := get(key{outlet, group(code)})
				if f.frame.Name == "" {
					f.frame.Name = cmp.Or(e.Source.Name, e.Target.Name)
					if code == e.Target.Code {
						f.frame.Name = e.Target.Name
					}
				}
				// The role is kept apart: strikes by an actor and strikes on it
				// are both conflict, but they frame it in opposite ways.
				f.frame.Tally(role == 0, e.Quad >= 3)
			}
		}
	}
	out := make([]sitrep.Frame, 0, len(order))
	for _, k := range order {
		f := frames[k]
		out = append(out, finish(f.frame, f.toneSum, f.evidence))
	}
	sortFrames(out)
	return out
}

// MentionTone is the tone of sentence s toward the actor of mention m (ToneTarget
// with DefaultWeights): the words near the mention in the dependency tree, leaving
// out the ignored ones (names and actor mentions, see newView; ign may be nil),
// weighing relayed words as voice says (nil: all the outlet's own) and the words
// of quotes whose speaker is the actor itself as SelfVoice, and counting less the
// words nearer to another actor's mention in the sentence. mentions are the
// document's; group maps codes as in Options.
func MentionTone(lex *Lexicon, s sitrep.Sentence, ign []bool, voice []Voice, quotes []sitrep.Quote, m sitrep.Mention, mentions []sitrep.Mention, group func(string) string) float64 {
	if ign == nil {
		ign = ignored(s.Tokens, m.Sentence, mentions)
	}
	if voice != nil && len(quotes) > 0 {
		voice = SelfVoices(voice, s.Tokens, quotes, func(q sitrep.Quote) bool {
			return q.Speaker.Code != "" && group(q.Speaker.Code) == group(m.Code)
		})
	}
	var others [][2]int
	targets := [][2]int{{m.Start, m.End}}
	for _, o := range mentions {
		if o.Sentence != m.Sentence {
			continue
		}
		if o.Code == "" || group(o.Code) != group(m.Code) {
			others = append(others, [2]int{o.Start, o.End})
		} else if DefaultWeights.AllMentions && (o.Start != m.Start || o.End != m.End) {
			targets = append(targets, [2]int{o.Start, o.End})
		}
	}
	var coded []bool
	if DefaultWeights.CondemnedCodes || ShiftCondemned {
		for _, o := range mentions {
			if o.Sentence != m.Sentence || !condemnedCode(o.Code) {
				continue
			}
			if coded == nil {
				coded = make([]bool, len(s.Tokens))
			}
			for i := max(o.Start, 0); i < min(o.End, len(coded)); i++ {
				coded[i] = true
			}
		}
	}
	return lex.toneTargets(s.Tokens, func(i int) bool { return i < len(ign) && ign[i] }, voice, targets, others, coded, DefaultWeights)
}

// view is what tone reads of one sentence of an analysis besides its tokens.
type view struct {
	ign    []bool
	voice  []Voice
	quotes []sitrep.Quote // the quotes over the sentence
}

// newView computes the view of sentence si of a: the ignored tokens and whose
// words each token is, from the quotes found in the document.
func newView(a *sitrep.Analysis, si int) *view {
	toks := a.Sentences[si].Tokens
	var qs []sitrep.Quote
	for _, q := range a.Quotes {
		if q.Sentence <= si && si <= q.SentenceEnd {
			qs = append(qs, q)
		}
	}
	quoted, reported := QuoteSpans(qs)
	return &view{ign: ignored(toks, si, a.Mentions), voice: Voices(toks, quoted, reported), quotes: qs}
}

// ignored marks the tokens of a sentence that are no judgement of anybody: proper
// nouns and the words of every actor mention in it (names, even where the tagger
// took them for common nouns: "the Syrian government"). Quoted words are not
// ignored here: their weight is the Voice's.
func ignored(toks []sitrep.Token, sentence int, mentions []sitrep.Mention) []bool {
	in := Names(toks)
	for _, m := range mentions {
		if m.Sentence != sentence {
			continue
		}
		for i := max(m.Start, 0); i < min(m.End, len(in)); i++ {
			in[i] = true
		}
	}
	return in
}

// pickEvidence keeps the most negative and the most positive sentences.
// finish turns a frame's sums into its figures: mean tone, conflictual share, the
// evidence kept. Build and Merge share it so that the two give the same frames.
func finish(f sitrep.Frame, toneSum float64, evidence []sitrep.FrameEvidence) sitrep.Frame {
	if f.Sentences > 0 {
		f.Tone = round(toneSum / float64(f.Sentences))
	}
	f.ConflictShare = share(f.Conflict, f.Cooperation)
	f.ConflictShareBy = share(f.ConflictBy, f.CooperationBy)
	f.ConflictShareOn = share(f.ConflictOn, f.CooperationOn)
	slices.SortStableFunc(evidence, func(a, b sitrep.FrameEvidence) int { return cmp.Compare(a.Tone, b.Tone) })
	f.Evidence = pickEvidence(evidence)
	if len(f.Labels) == 0 {
		f.Labels = nil
	}
	if f.Docs == nil {
		f.Docs = []string{}
	}
	return f
}

// sortFrames orders frames by actor, then outlet.
func sortFrames(out []sitrep.Frame) {
	slices.SortStableFunc(out, func(a, b sitrep.Frame) int {
		return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Outlet, b.Outlet))
	})
}

func pickEvidence(sorted []sitrep.FrameEvidence) []sitrep.FrameEvidence {
	if len(sorted) <= evidencePerFrame {
		return sorted
	}
	out := append([]sitrep.FrameEvidence{}, sorted[:evidencePerFrame-1]...)
	return append(out, sorted[len(sorted)-1])
}

// share is conflict / (conflict + cooperation), rounded; 0 when both are 0.
func share(conflict, cooperation int) float64 {
	if n := conflict + cooperation; n > 0 {
		return round(float64(conflict) / float64(n))
	}
	return 0
}

func round(f float64) float64 {
	return float64(int(f*1000+copysign(0.5, f))) / 1000
}

func copysign(x, sign float64) float64 {
	if sign < 0 {
		return -x
	}
	return x
}
