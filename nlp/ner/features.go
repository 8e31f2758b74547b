package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

const (
	hashSeed uint64 = 14695981039346656037
	prime64  uint64 = 1099511628211
)

// Feature templates. The numbers are part of the model format: append, never
// renumber.
const (
	fBias uint8 = iota
	fWord
	fForm
	fPrev
	fNext
	fPrev2
	fNext2
	fPrevWord
	fWordNext
	fShape
	fPrevShape
	fNextShape
	fShape3
	fPrefix
	fSuffix
	fFirstShape
	fCaseShape
	fGaz
	fGazCap
	fGazCase
	fGazPrev
	fGazNext
	fCluster
	fPrevCluster
	fNextCluster
	fWordLen
	fClusterCoarse
	fClusterCap
	fCapPrior
	fCapPriorCase
	fCapPriorShape
	fCapPriorPrev
	fCapPriorNext
	fPOS
	fXPOS
	fPrevPOS
	fNextPOS
	fPOS3
	fPOSShape
	fXPOSCase
	fPOSWordPrev
	fPOSWordNext
	fPrev2POS
	fNext2POS
	fRunLast
	fRunFirst
	fRunPos
	fRunAfter
	fRunBefore
	fRunLastGaz // unused: the name-ending word at a run's end, alone and with the word's own gazetteer kinds, raised CV on GUM dev but lowered UNER EWT test (68.70 → 68.15); not adopted
	// Syntactic features (syntax.go), from the tree the shipped parser
	// predicts.
	fDep       // the word's relation
	fHeadLemma // its relation and its head's lemma
	fHeadRel   // its relation and its head's relation
	fRunRel    // the relation of the name's head (the word a compound/flat run hangs from)
	fGovRel    // the lemma of the word governing the name's head, and the relation
	fGovPOSRel // the part of speech of that word, and the relation
	fCase      // the lemma of the name head's "case" child ("in", "of", "'s"), or none
	fCaseGov   // the case lemma and the governing word's lemma ("in" × "live")
	// The word cluster of a capitalised run's last and first words, with
	// the word's place in the run (Recognizer.runClusters): "Motorsports"
	// and "Transport" end company names the lists do not hold.
	fRunLastCluster
	fRunFirstCluster
	// GloVe word classes (nlp/wordclass; Recognizer.wordclass): classes
	// learned from billions of words of newswire and Wikipedia, which know
	// the towns, militias and companies the training data never showed.
	fWCFine      // the word's fine class (or none)
	fWCMid       // its mid class
	fWCCoarse    // its coarse class
	fWCMidShape  // its mid class with its shape
	fWCFineCap   // its fine class with its capitalisation
	fWCPrevMid   // the previous word's mid class
	fWCNextMid   // the next word's mid class
	fWCRunLast   // the mid class of a capitalised run's last word, with the word's place in the run
	fWCRunFirst  // the mid class of the run's first word, likewise
	fWCRunLastF  // the fine class of the run's last word, likewise
	fWCRunFirstF // the fine class of the run's first word, likewise
)

// Word class feature groups (trainConfig.wordclass, Recognizer.wordclass),
// bits so that cross-validation can measure them apart; the model file keeps
// them in its flags word (flagWordClassShift).
const (
	wcToken uint8 = 1 << iota // the word's own classes, alone and with its shape/capitalisation
	wcNeigh                   // the previous and next words' mid classes
	wcRun                     // a capitalised run's first and last words' classes
	wcAll         = wcToken | wcNeigh | wcRun
	// wcRare is no group but a switch for all three: classes from
	// wordclass.LookupRare, which also answers for the rarer words past the
	// 150,000 (nearest fine-class centroid), instead of wordclass.Lookup.
	wcRare  uint8 = 8
	wcFlags       = wcAll | wcRare
)

// wcNone stands for "no class" (a word outside the 150,000, or outside the
// 341,479 with wcRare), wcBound for a sentence boundary: values no class takes.
const (
	wcNone  = 0xffff
	wcBound = 0xfffe
)

// Sentence casing classes: web text is often all lower case, headlines are
// title case, and capitalisation means different things in each.
const (
	caseMixed = iota
	caseLower
	caseUpper
	caseTitle
)

// numLexical is the number of leading features of each token that name the
// word itself. Training hides them for a share of tokens (word dropout), so
// that shape, context, cluster and gazetteer features learn to carry the names
// the training data never showed.
const numLexical = 4

// scratch holds per-sentence buffers so that recognising allocates little.
type scratch struct {
	lower  []string
	shape  []string
	gaz    []uint8
	feats  []uint64 // features of all tokens, token i at feats[off[i]:off[i+1]]
	off    []int
	scores []float32
	back   []int8
	labels []int
	tagged []sitrep.Token    // a tagged copy of the sentence, for models using POS
	run    []int32           // capitalised run of each token: start, end (2 per token); -1 outside
	nhead  []int32           // the name head of each token (syntax.go)
	caseOf []string          // each token's "case" child's lemma, "" when none
	wc     []wordclass.Class // each token's GloVe word class (wcNone in every field when none)
}

// runBridges may join two capitalised words into one run ("Bank of England",
// "Food Standards Australia and New Zealand").
var runBridges = map[string]bool{"of": true, "and": true, "&": true, "for": true, "the": true, "de": true, "-": true, "'s": true}

// capRuns marks the runs of capitalised words of a sentence, bridging the
// words of runBridges when a capitalised word follows them. The first and last
// words of a run and the words around it are evidence for the whole name:
// "Organisation" for the "World" of "World Health Organisation".
func capRuns(toks []sitrep.Token, run []int32) []int32 {
	n := len(toks)
	run = run[:0]
	for i := 0; i < n; i++ {
		run = append(run, -1, -1)
	}
	for i := 0; i < n; {
		if !isCap(toks[i].Text) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if isCap(toks[j].Text) {
				j++
				continue
			}
			k := j
			for k < n && k-j < 2 && runBridges[strings.ToLower(toks[k].Text)] {
				k++
			}
			if k > j && k < n && isCap(toks[k].Text) {
				j = k + 1
				continue
			}
			break
		}
		for t := i; t < j; t++ {
			run[2*t], run[2*t+1] = int32(i), int32(j)
		}
		i = j
	}
	return run
}

func fh(t uint8, s string) uint64 {
	h := (hashSeed ^ uint64(t)) * prime64
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

func fh2(t uint8, a, b string) uint64 {
	h := fh(t, a)
	h ^= 0xff
	h *= prime64
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= prime64
	}
	return h
}

func fhn(t uint8, vals ...uint64) uint64 {
	h := (hashSeed ^ uint64(t)) * prime64
	for _, v := range vals {
		for s := 0; s < 64; s += 8 {
			h ^= (v >> s) & 0xff
			h *= prime64
		}
	}
	return h
}

// shapeOf maps letters to X/x, digits to d and keeps other characters,
// collapsing repeats: "McDonald's" → "XxXx'x", "2024" → "d".
func shapeOf(s string) string {
	var b [32]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func sentenceCase(toks []sitrep.Token) int {
	words, caps, upper := 0, 0, 0
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if i > 0 && unicode.IsUpper(r) {
			caps++
		}
		if len(t.Text) > 1 && isAllUpper(t.Text) {
			upper++
		}
	}
	switch {
	case words == 0:
		return caseMixed
	case upper*10 >= words*8 && words > 2:
		return caseUpper
	case caps == 0:
		return caseLower
	case caps*10 >= (words-1)*7 && words > 3:
		return caseTitle
	}
	return caseMixed
}

var boundary = [...]string{"<s2>", "<s>", "</s>", "</s2>"}

// extract computes every token's feature hashes into sc.feats.
func (r *Recognizer) extract(toks []sitrep.Token, sc *scratch) {
	n := len(toks)
	sc.lower = sc.lower[:0]
	sc.shape = sc.shape[:0]
	for _, t := range toks {
		sc.lower = append(sc.lower, strings.ToLower(t.Text))
		sc.shape = append(sc.shape, shapeOf(t.Text))
	}
	if cap(sc.gaz) < n*numGaz {
		sc.gaz = make([]uint8, n*numGaz)
	}
	sc.gaz = sc.gaz[:n*numGaz]
	r.gaz.match(sc.lower, sc.gaz)
	scase := uint64(sentenceCase(toks))
	sc.run = capRuns(toks, sc.run)
	if r.syntax != 0 {
		nameHeads(toks, sc)
	}
	if r.wordclass != 0 {
		sc.wc = sc.wc[:0]
		lookup := wordclass.Lookup
		if r.wordclass&wcRare != 0 {
			lookup = wordclass.LookupRare
		}
		for _, w := range sc.lower {
			c, ok := lookup(w)
			if !ok {
				c = wordclass.Class{Coarse: wcNone, Mid: wcNone, Fine: wcNone}
			}
			sc.wc = append(sc.wc, c)
		}
	}

	word := func(i int) string {
		switch {
		case i < -1:
			return boundary[0]
		case i < 0:
			return boundary[1]
		case i >= n+1:
			return boundary[3]
		case i >= n:
			return boundary[2]
		}
		return sc.lower[i]
	}
	shape := func(i int) string {
		if i < 0 || i >= n {
			return "<b>"
		}
		return sc.shape[i]
	}
	// cluster returns a word's cluster path and capitalisation class.
	// cluster returns a word's cluster path and capitalisation class.
	cluster := func(i int) (c, k string) {
		if i < 0 || i >= n {
			return "<b>", "<b>"
		}
		v, ok := r.clusters[sc.lower[i]]
		if !ok {
			return "<unk>", "?"
		}
		c, k, _ = strings.Cut(v, "|")
		if c == "" {
			c = "<rare>"
		}
		return c, k
	}

	sc.feats = sc.feats[:0]
	sc.off = append(sc.off[:0], 0)
	for i := 0; i < n; i++ {
		f := sc.feats
		w := sc.lower[i]
		sh := sc.shape[i]
		// The features naming the word itself come first: training drops
		// them for some tokens (see numLexical).
		f = append(f,
			fh(fWord, w),
			fh(fForm, toks[i].Text),
			fh2(fPrevWord, word(i-1), w),
			fh2(fWordNext, w, word(i+1)),
			fh(fBias, ""),
			fh(fPrev, word(i-1)),
			fh(fNext, word(i+1)),
			fh(fPrev2, word(i-2)),
			fh(fNext2, word(i+2)),
			fh(fShape, sh),
			fh(fPrevShape, shape(i-1)),
			fh(fNextShape, shape(i+1)),
			fhn(fShape3, fh(0, shape(i-1)), fh(0, sh), fh(0, shape(i+1))),
			fhn(fCaseShape, scase, fh(0, sh)),
		)
		if i == 0 {
			f = append(f, fh(fFirstShape, sh))
		}
		l := len(w)
		if l > 12 {
			l = 12
		}
		f = append(f, fhn(fWordLen, uint64(l)))
		for k := 1; k <= 4; k++ {
			if k <= len(w) {
				if k <= 3 {
					f = append(f, fh(fPrefix, w[:k]))
				}
				f = append(f, fh(fSuffix, w[len(w)-k:]))
			}
		}
		if r.clusters != nil {
			c, k := cluster(i)
			coarse, _, _ := strings.Cut(c, ".")
			pc, kp := cluster(i - 1)
			nc, kn := cluster(i + 1)
			f = append(f,
				fh(fCluster, c),
				fh(fClusterCoarse, coarse),
				fh2(fClusterCap, c, sh),
				fh(fCapPrior, k),
				fhn(fCapPriorCase, scase, fh(0, k)),
				fh2(fCapPriorShape, k, sh),
				fh2(fCapPriorPrev, kp, k),
				fh2(fCapPriorNext, k, kn),
				fh(fPrevCluster, pc),
				fh(fNextCluster, nc),
			)
		}
		if r.usePOS {
			pos := func(j int) string {
				if j < 0 || j >= n {
					return "<b>"
				}
				return toks[j].UPOS
			}
			p, x := toks[i].UPOS, toks[i].XPOS
			f = append(f,
				fh(fPOS, p),
				fh(fXPOS, x),
				fh(fPrevPOS, pos(i-1)),
				fh(fNextPOS, pos(i+1)),
				fh(fPrev2POS, pos(i-2)),
				fh(fNext2POS, pos(i+2)),
				fhn(fPOS3, fh(0, pos(i-1)), fh(0, p), fh(0, pos(i+1))),
				fh2(fPOSShape, x, sh),
				fhn(fXPOSCase, scase, fh(0, x)),
				fh2(fPOSWordPrev, p, word(i-1)),
				fh2(fPOSWordNext, p, word(i+1)),
			)
		}
		// The capitalised run around the word.
		if a, b := int(sc.run[2*i]), int(sc.run[2*i+1]); a >= 0 {
			pos := uint64(1) // inside
			switch {
			case b-a == 1:
				pos = 0
			case i == a:
				pos = 2
			case i == b-1:
				pos = 3
			}
			ln := uint64(min(b-a, 5))
			f = append(f,
				fhn(fRunPos, pos, ln, scase),
				fh2(fRunBefore, word(a-1), ""),
				fh2(fRunAfter, word(b), ""),
			)
			if b-a > 1 {
				f = append(f,
					fh(fRunLast, sc.lower[b-1]),
					fh(fRunFirst, sc.lower[a]),
				)
				if r.runClusters && r.clusters != nil {
					lc, _ := cluster(b - 1)
					fc, _ := cluster(a)
					f = append(f,
						fhn(fRunLastCluster, pos, fh(0, lc)),
						fhn(fRunFirstCluster, pos, fh(0, fc)),
					)
				}
				if r.wordclass&wcRun != 0 {
					lc, fc := sc.wc[b-1], sc.wc[a]
					f = append(f,
						fhn(fWCRunLast, pos, uint64(lc.Mid)),
						fhn(fWCRunFirst, pos, uint64(fc.Mid)),
						fhn(fWCRunLastF, pos, uint64(lc.Fine)),
						fhn(fWCRunFirstF, pos, uint64(fc.Fine)),
					)
				}
			}
		}
		capw := uint64(0)
		if isCap(toks[i].Text) {
			capw = 1
		}
		if r.wordclass != 0 {
			f = r.wordclassFeatures(f, i, capw, sc)
		}
		if r.syntax != 0 {
			f = r.syntaxFeatures(f, toks, i, capw, sc)
		}
		for k := 0; k < numGaz; k++ {
			if p := uint64(sc.gaz[i*numGaz+k]); p != 0 {
				f = append(f,
					fhn(fGaz, uint64(k), p),
					fhn(fGazCap, uint64(k), p, capw),
					fhn(fGazCase, uint64(k), p, scase),
				)
			}
			if i > 0 {
				if p := uint64(sc.gaz[(i-1)*numGaz+k]); p != 0 {
					f = append(f, fhn(fGazPrev, uint64(k), p))
				}
			}
			if i+1 < n {
				if p := uint64(sc.gaz[(i+1)*numGaz+k]); p != 0 {
					f = append(f, fhn(fGazNext, uint64(k), p))
				}
			}
		}
		sc.feats = f
		sc.off = append(sc.off, len(f))
	}
}

// wordclassFeatures appends token i's GloVe word class features (the token
// and neighbour groups; the run group sits with the other run features).
func (r *Recognizer) wordclassFeatures(f []uint64, i int, capw uint64, sc *scratch) []uint64 {
	if r.wordclass&wcToken != 0 {
		c := sc.wc[i]
		f = append(f,
			fhn(fWCFine, uint64(c.Fine)),
			fhn(fWCMid, uint64(c.Mid)),
			fhn(fWCCoarse, uint64(c.Coarse)),
			fhn(fWCMidShape, uint64(c.Mid), fh(0, sc.shape[i])),
			fhn(fWCFineCap, uint64(c.Fine), capw),
		)
	}
	if r.wordclass&wcNeigh != 0 {
		prev, next := uint64(wcBound), uint64(wcBound)
		if i > 0 {
			prev = uint64(sc.wc[i-1].Mid)
		}
		if i+1 < len(sc.wc) {
			next = uint64(sc.wc[i+1].Mid)
		}
		f = append(f, fhn(fWCPrevMid, prev), fhn(fWCNextMid, next))
	}
	return f
}
