package frame

import (
	"strconv"

	"github.com/sitrep-dev/sitrep"
)

// Weights say how much each word of a sentence counts toward the tone of the
// sentence toward one target in it. The defaults (DefaultWeights) are the
// settings measured best on the validation corpora; see the table in NOTES.md,
// "Measured".
type Weights struct {
	// Window is how many tokens on each side of the target count fully when the
	// sentence has no dependency tree, or when Tree is 0.
	Window int
	// Tree, when above 0, replaces Window by distance in the dependency tree:
	// words at most Tree arcs from the target count fully. One arc reaches the
	// target's own predicate and modifiers, two the predicate's other arguments.
	Tree int
	// Far is the weight of the words beyond the window.
	Far float64
	// Decay, when above 0 and the tree is read, makes the weight beyond the
	// window fall with distance rather than drop to Far: 1/(1+Decay·(d−Tree)),
	// never below Far.
	Decay float64
	// Other is the weight of a word nearer to another actor's mention than to the
	// target (in the tree when TreeOther and the sentence has one, else in
	// tokens): "the US is working to combat ISIS threats" says "threats" of ISIS,
	// not of the US, an opinion word being most often about the nearest thing it
	// could be about. Measured on NewsMTSC in tokens, before the tree (-other W):
	// weights 1, 0.5, 0.25 and 0 give macro-F1 0.494, 0.505, 0.510 and 0.487 on
	// devtest_mt (most sentences with two targets), 0.534, 0.536, 0.538 and 0.535
	// on devtest_rw.
	Other     float64
	TreeOther bool
	// Patient is the weight of the target's governing word when the target is
	// what it is done to (object, passive subject): in "the militia attacked the
	// village" the attack is the militia's doing, not the village's.
	Patient float64
	// Quoted is the weight of words inside quotation marks, Reported that of
	// words in reported speech without them (the clause of "X said that …"):
	// both are somebody else's words that the outlet relays.
	Quoted, Reported float64
	// AllMentions makes every mention of the actor in the sentence the target,
	// not only the first (MentionTone).
	AllMentions bool
	// Self is the weight of relayed words (quoted or reported) that the target
	// itself said: an actor's words about itself or its doings are its own
	// presentation, not the outlet's judgement.
	Self float64
	// Agent is the weight of the target's governing word when the target does it
	// to another actor (subject of a verb whose object is another actor): a
	// strike by the US on ISIS is no judgement of the US.
	Agent float64
	// Complicit, when above 0, is the valence magnitude a support word takes
	// when it acts for a group the outlet condemns ("releasing terrorists": −
	// Complicit), toward every target outside the group's phrase (compose.go).
	Complicit float64
	// CondemnedCodes makes the mentions coded as groups on the UN's ISIL and
	// Al-Qaida list condemned groups as well as the phrases with a condemned
	// word (MentionTone; scorers without actor codes read the words only).
	CondemnedCodes bool
	// ComplicitAgent leaves out, toward a target, a support word acting for a
	// condemned group whose agent is another actor ("the ministry accused
	// Borduria of arming extremists": Borduria's doing, not the ministry's;
	// compose.go).
	ComplicitAgent bool
	// Learned, when above 0, blends the learned tone (learned.go: P(pos) −
	// P(neg) of the shipped ToneModel) into the lexicon's: Learned·learned +
	// (1−Learned)·lexicon; 1 is the learned tone alone.
	Learned float64
}

// DefaultWeights are the weights MentionTone scores with.
var DefaultWeights = Weights{Window: TargetWindow, Tree: 2, Far: 0.25, Other: 0.25, Patient: 1, Agent: 1, Quoted: 1, Reported: 1, Self: 0, Complicit: 3, ComplicitAgent: true, Learned: 0.75}

// learnedAtLink sets DefaultWeights.Learned when a binary is linked with
// -ldflags "-X github.com/sitrep-dev/sitrep/frame.learnedAtLink=W": a way to
// measure a store's frames (`sitrep frames --rebuild` into a scratch store)
// with another blend weight without changing the default. Frames stored by
// such a binary carry this Version all the same: keep them out of real
// stores.
var learnedAtLink string

func init() {
	if v, err := strconv.ParseFloat(learnedAtLink, 64); err == nil {
		DefaultWeights.Learned = v
	}
}

// Voice says whose words a token is.
type Voice uint8

const (
	// OwnVoice is the outlet's own words.
	OwnVoice Voice = iota
	// QuotedVoice is words inside quotation marks.
	QuotedVoice
	// ReportedVoice is reported speech: X said (that) …, according to X, ….
	ReportedVoice
	// SelfVoice is relayed words the target of the scoring said itself (see
	// SelfVoices).
	SelfVoice
)

// SelfVoices returns v with the words of the quotes that self says are the
// target's own marked SelfVoice; v is not changed.
func SelfVoices(v []Voice, toks []sitrep.Token, qs []sitrep.Quote, self func(q sitrep.Quote) bool) []Voice {
	var out []Voice
	for _, q := range qs {
		if !self(q) {
			continue
		}
		for i, t := range toks {
			if v[i] != OwnVoice && t.Span.Start >= q.Span.Start && t.Span.End <= q.Span.End {
				if out == nil {
					out = append([]Voice{}, v...)
				}
				out[i] = SelfVoice
			}
		}
	}
	if out == nil {
		return v
	}
	return out
}

// Voices marks whose words the tokens of a sentence are: those inside quotation
// marks (paired in the sentence, or inside one of quoted, byte spans as the
// tokens' are) and those inside one of reported (the clauses of indirect speech).
func Voices(toks []sitrep.Token, quoted, reported []sitrep.Span) []Voice {
	v := make([]Voice, len(toks))
	in := func(t sitrep.Token, spans []sitrep.Span) bool {
		for _, sp := range spans {
			if t.Span.Start >= sp.Start && t.Span.End <= sp.End {
				return true
			}
		}
		return false
	}
	q := Quoted(toks)
	for i, t := range toks {
		switch {
		case q[i] || in(t, quoted):
			v[i] = QuotedVoice
		case in(t, reported):
			v[i] = ReportedVoice
		}
	}
	return v
}

// QuoteSpans splits quotes into the spans of quoted words (direct and partial
// quotes) and those of reported speech (indirect), as Voices takes them.
func QuoteSpans(qs []sitrep.Quote) (quoted, reported []sitrep.Span) {
	for _, q := range qs {
		if q.Kind == sitrep.QuoteIndirect {
			reported = append(reported, q.Span)
		} else {
			quoted = append(quoted, q.Span)
		}
	}
	return quoted, reported
}

// patientRels and agentRels are the Universal Dependencies relations by which a
// target undergoes or does what its head word says.
var (
	patientRels = map[string]bool{"obj": true, "iobj": true, "nsubj:pass": true, "csubj:pass": true}
	agentRels   = map[string]bool{"nsubj": true, "obl:agent": true}
)

// ToneTarget scores toks toward the target at tokens [start, end), with others the
// token ranges of the other actors the sentence names and voice whose words each
// token is (nil: all the outlet's own). Tokens for which skip returns true count
// nothing; the target's own words never count (a name is no judgement).
func (l *Lexicon) ToneTarget(toks []sitrep.Token, skip func(i int) bool, voice []Voice, start, end int, others [][2]int, w Weights) float64 {
	return l.ToneTargets(toks, skip, voice, [][2]int{{start, end}}, others, w)
}

// ToneTargets is ToneTarget for a target named at several token ranges of the
// sentence (its name and a pronoun, or its name twice): a word's distance to the
// target is its distance to the nearest of them. The role of the target in its
// clause is read at the first range.
func (l *Lexicon) ToneTargets(toks []sitrep.Token, skip func(i int) bool, voice []Voice, targets [][2]int, others [][2]int, w Weights) float64 {
	return l.toneTargets(toks, skip, voice, targets, others, nil, w)
}

// toneTargets is ToneTargets with coded marking the mentions of the groups on
// the UN's ISIL and Al-Qaida list (nil: none; compose.go), condemned groups to
// composition when w.CondemnedCodes and to shifting when ShiftCondemned.
func (l *Lexicon) toneTargets(toks []sitrep.Token, skip func(i int) bool, voice []Voice, targets [][2]int, others [][2]int, coded []bool, w Weights) float64 {
	var condemned []bool
	if w.CondemnedCodes {
		condemned = coded
	}
	if len(targets) == 0 {
		return 0
	}
	start, end := targets[0][0], targets[0][1]
	inner := skip
	skip = func(i int) bool {
		for _, t := range targets {
			if i >= t[0] && i < t[1] {
				return true
			}
		}
		return inner != nil && inner(i)
	}
	var dT, dO []int
	head := -1
	otherAt := make([]bool, len(toks))
	for _, o := range others {
		for i := max(o[0], 0); i < min(o[1], len(toks)); i++ {
			otherAt[i] = true
		}
	}
	if hasTree(toks) {
		dT = treeDistances(toks, targets)
		if len(others) > 0 {
			dO = treeDistances(toks, others)
		}
		head = spanHead(toks, start, end)
	}
	// The role words: the target's governing word, weighted by what the
	// target is to it.
	roleWord, roleWeight := -1, 1.0
	if head >= 0 && toks[head].Head > 0 {
		h := toks[head].Head - 1
		rel := toks[head].DepRel
		switch {
		case patientRels[rel]:
			roleWord, roleWeight = h, w.Patient
		case agentRels[rel]:
			// Only when what it does is done to another actor.
			for i, t := range toks {
				if t.Head-1 == h && patientRels[t.DepRel] && t.DepRel != "nsubj:pass" && otherAt[i] {
					roleWord, roleWeight = h, w.Agent
					break
				}
			}
		}
	}
	composed := l.composed(toks, condemned, targets, others, w)
	var valences map[int]float64
	for i := range composed {
		if valences == nil {
			valences = map[int]float64{}
		}
		valences[i] = -w.Complicit
	}
	// A support word's nearest other actor is most often the group it acts for,
	// whose mention says nothing of who acts: it is no other actor to that word.
	// (Read in tokens only; with TreeOther, off, the group still counts.)
	group := func(i int, o [2]int) bool {
		p, ok := composed[i]
		return ok && o[0] < len(toks) && within(toks, o[0], p)
	}
	lex := l.toneComposed(toks, skip, func(i int) float64 {
		x := w.Far
		if dT != nil && w.Tree > 0 {
			if dT[i] <= w.Tree {
				x = 1
			} else if w.Decay > 0 {
				x = max(w.Far, 1/(1+w.Decay*float64(dT[i]-w.Tree)))
			}
		} else {
			for _, t := range targets {
				if i >= t[0]-w.Window && i < t[1]+w.Window {
					x = 1
				}
			}
		}
		if dO != nil && w.TreeOther {
			if dO[i] < dT[i] {
				x *= w.Other
			}
		} else {
			d := len(toks)
			for _, t := range targets {
				d = min(d, distance(i, t[0], t[1]))
			}
			for _, o := range others {
				if distance(i, o[0], o[1]) < d && !group(i, o) {
					x *= w.Other
					break
				}
			}
		}
		if i == roleWord {
			x *= roleWeight
		}
		if i < len(voice) {
			switch voice[i] {
			case QuotedVoice:
				x *= w.Quoted
			case ReportedVoice:
				x *= w.Reported
			case SelfVoice:
				x *= w.Self
			}
		}
		return x
	}, valences, coded)
	if w.Learned <= 0 {
		return lex
	}
	m, err := toneModel()
	if err != nil {
		// The model is embedded: a build that cannot read it is broken, and
		// its tests say so (TestDefaultModel); the lexicon still scores.
		return lex
	}
	return w.Learned*m.Tone(l.TargetFeatures(toks, skip, voice, targets, others, lex)) + (1-w.Learned)*lex
}

// toneModel is the model the learned tone reads: the shipped one, or another
// file the validation tests score (their -model flag).
var toneModel = DefaultModel

// hasTree reports whether toks carry a dependency tree: one root, heads in range.
func hasTree(toks []sitrep.Token) bool {
	roots := 0
	for _, t := range toks {
		if t.Head < 0 || t.Head > len(toks) {
			return false
		}
		if t.Head == 0 {
			roots++
		}
	}
	return roots == 1
}

// treeDistances is, for every token, the number of arcs between it and the nearest
// token of the ranges, the tree taken as undirected.
func treeDistances(toks []sitrep.Token, ranges [][2]int) []int {
	n := len(toks)
	adj := make([][]int, n)
	for i, t := range toks {
		if h := t.Head - 1; h >= 0 && h < n {
			adj[i] = append(adj[i], h)
			adj[h] = append(adj[h], i)
		}
	}
	d := make([]int, n)
	for i := range d {
		d[i] = n + 1
	}
	var queue []int
	for _, r := range ranges {
		for i := max(r[0], 0); i < min(r[1], n); i++ {
			if d[i] != 0 {
				d[i] = 0
				queue = append(queue, i)
			}
		}
	}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		for _, j := range adj[i] {
			if d[j] > d[i]+1 {
				d[j] = d[i] + 1
				queue = append(queue, j)
			}
		}
	}
	return d
}

// spanHead is the token of [start, end) whose head lies outside it (the first such),
// -1 when none does.
func spanHead(toks []sitrep.Token, start, end int) int {
	for i := max(start, 0); i < min(end, len(toks)); i++ {
		if h := toks[i].Head - 1; h < start || h >= end {
			return i
		}
	}
	return -1
}
