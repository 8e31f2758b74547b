package tag

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// Features are hashed to 32-bit keys without building strings: the tagger computes
// about thirty per token and must stay above 100k tokens/s on one core.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes hashes s (FNV-1a), lower-casing ASCII letters when fold is set.
func hashBytes(s string, fold bool) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fold && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix combines a running hash with one more value (the splitmix64 finaliser).
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// key folds a template number and its values into a 32-bit feature key.
func key(tmpl uint64, vals ...uint64) uint32 {
	h := mix(0x5eed, tmpl)
	for _, v := range vals {
		h = mix(h, v)
	}
	return uint32(h>>32) ^ uint32(h)
}

// Sentinels for positions outside the sentence.
var (
	hashStart = hashBytes("<s>", false)
	hashEnd   = hashBytes("</s>", false)
)

// wordInfo holds what the features need of one token, computed once per sentence.
type wordInfo struct {
	word, lower, shape uint64
	pre                [3]uint64
	suf                [4]uint64
	hyFirst, hyLast    uint64 // lower-cased parts around the first and last hyphen, 0 when none
	amb                uint64 // ambiguity class from the tag dictionary, 0 for unknown words
	flags              uint64
	// GloVe word classes (nlp/wordclass), set only when the model uses them:
	// the class number, or wcNone for a word without one.
	wcFine, wcMid, wcCoarse uint64
}

// wcNone is the class value of a word wordclass does not know; wcStart and
// wcEnd stand for the positions outside the sentence.
const (
	wcNone  = 1 << 16
	wcStart = 1<<16 + 1
	wcEnd   = 1<<16 + 2
)

const (
	flagUpper = 1 << iota // first letter upper case
	flagAllUpper
	flagDigit
	flagHyphen
	flagPunct // no letter or digit at all
)

// set fills w for form; with wc it also looks the word's classes up in
// nlp/wordclass.
func (w *wordInfo) set(form string, amb map[uint64]uint64, wc bool) {
	if wc {
		w.wcFine, w.wcMid, w.wcCoarse = wcNone, wcNone, wcNone
		if c, ok := wordclass.Lookup(form); ok {
			w.wcFine, w.wcMid, w.wcCoarse = uint64(c.Fine), uint64(c.Mid), uint64(c.Coarse)
		}
	}
	w.word = hashBytes(form, false)
	w.lower = hashBytes(form, true)
	w.amb = amb[w.lower]
	n := len(form)
	for k := range w.suf {
		if k < n {
			w.suf[k] = hashBytes(form[n-k-1:], true)
		} else {
			w.suf[k] = w.lower
		}
	}
	for k := range w.pre {
		if k < n {
			w.pre[k] = hashBytes(form[:k+1], true)
		} else {
			w.pre[k] = w.lower
		}
	}
	w.shape, w.flags = shape(form)
	w.hyFirst, w.hyLast = 0, 0
	if w.flags&flagHyphen != 0 {
		first, last := -1, -1
		for i := 0; i < n; i++ {
			if form[i] == '-' {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		w.hyFirst = hashBytes(form[:first], true)
		w.hyLast = hashBytes(form[last+1:], true)
	}
}

// shape maps a word to its compressed character classes ("Xx", "dd.d", "X.X.")
// and flags. Runs of one class longer than two collapse.
func shape(form string) (uint64, uint64) {
	h := uint64(fnvOffset)
	var prev byte
	run := 0
	var flags uint64 = flagAllUpper
	letters := 0
	for i, r := range form {
		var c byte
		switch {
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
			if i == 0 {
				flags |= flagUpper
			}
			letters++
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z', r >= utf8.RuneSelf && unicode.IsLetter(r):
			c = 'x'
			flags &^= flagAllUpper
			letters++
		case r >= '0' && r <= '9', r >= utf8.RuneSelf && unicode.IsDigit(r):
			c = 'd'
			flags |= flagDigit
		case r == '-':
			c = '-'
			flags |= flagHyphen
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == prev {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		prev = c
		h ^= uint64(c)
		h *= fnvPrime
	}
	if letters == 0 {
		flags &^= flagAllUpper
		if flags&flagDigit == 0 {
			flags |= flagPunct
		}
	}
	return h, flags
}

// numBase is the number of features of the first pass without word classes;
// a model with word classes has numWC more (f[numBase:numBase+numWC]). The
// second pass adds numRight features on the first pass's tags of the token and
// the two after it, right after the first pass's (f[nb:nb+numRight], nb being
// numBase or numBase+numWC), so that each pass scores one contiguous slice.
const (
	numBase     = 34
	numWC       = 9
	numRight    = 6
	numFeatures = numBase + numWC + numRight
)

// firstCount returns the number of first-pass features: numBase, plus numWC
// with word classes.
func firstCount(wc bool) int {
	if wc {
		return numBase + numWC
	}
	return numBase
}

// tagNone stands for the tag of a position before the sentence.
const tagNone = 0xffff

// features writes token i's feature keys into f, given the predicted tags of the
// tokens before it (prev1, prev2; tagNone before the sentence).
func features(f *[numFeatures]uint32, ws []wordInfo, i int, prev1, prev2 uint64, wc bool) {
	staticFeatures(f, ws, i, wc)
	tagFeatures(f, ws, i, prev1, prev2, wc)
}

// tagFeatures writes the features that depend on the tags predicted before token i,
// which the second pass recomputes while reusing the rest.
func tagFeatures(f *[numFeatures]uint32, ws []wordInfo, i int, prev1, prev2 uint64, wc bool) {
	w := &ws[i]
	f[15] = key(15, prev1)
	f[16] = key(16, prev1, prev2)
	f[17] = key(17, prev1, w.lower)
	f[28] = key(28, prev1, w.amb)
	f[30] = key(30, prev1, w.suf[2])
	f[31] = key(31, w.shape, firstFlag(i), prev1)
	f[33] = key(33, prev1, ambAt(ws, i+1))
	if wc {
		f[numBase+8] = key(78, prev1, w.wcMid)
	}
}

func firstFlag(i int) uint64 {
	if i == 0 {
		return 1
	}
	return 0
}

func ambAt(ws []wordInfo, j int) uint64 {
	switch {
	case j < 0:
		return hashStart
	case j >= len(ws):
		return hashEnd
	}
	return ws[j].amb ^ ws[j].flags<<48
}

// staticFeatures writes the features that depend on the words only.
func staticFeatures(f *[numFeatures]uint32, ws []wordInfo, i int, wc bool) {
	w := &ws[i]
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lowerAt := func(j int) uint64 {
		switch x := at(j); {
		case x != nil:
			return x.lower
		case j < 0:
			return hashStart
		default:
			return hashEnd
		}
	}
	suf3At := func(j int) uint64 {
		switch x := at(j); {
		case x != nil:
			return x.suf[2]
		case j < 0:
			return hashStart
		default:
			return hashEnd
		}
	}
	first := firstFlag(i)
	f[0] = key(0)
	f[1] = key(1, w.word)
	f[2] = key(2, w.lower)
	f[3] = key(3, w.suf[0])
	f[4] = key(4, w.suf[1])
	f[5] = key(5, w.suf[2])
	f[6] = key(6, w.suf[3])
	f[7] = key(7, w.pre[0])
	f[8] = key(8, w.pre[1])
	f[9] = key(9, w.pre[2])
	f[10] = key(10, w.shape)
	f[11] = key(11, lowerAt(i-1))
	f[12] = key(12, lowerAt(i-2))
	f[13] = key(13, lowerAt(i+1))
	f[14] = key(14, lowerAt(i+2))
	f[18] = key(18, suf3At(i+1))
	f[19] = key(19, suf3At(i-1))
	f[20] = key(20, w.flags, first)
	f[21] = key(21, w.hyLast)
	f[22] = key(22, w.hyFirst)
	f[23] = key(23, w.amb)
	f[24] = key(24, ambAt(ws, i+1))
	f[25] = key(25, ambAt(ws, i-1))
	f[26] = key(26, lowerAt(i-1), w.lower)
	f[27] = key(27, w.lower, lowerAt(i+1))
	f[29] = key(29, w.amb, ambAt(ws, i+1))
	f[32] = key(32, ambAt(ws, i+1), ambAt(ws, i+2))
	if wc {
		wcFeatures(f, ws, i)
	}
}

// wcFeatures writes the word-class features of token i (all but the one with
// the previous tag, which tagFeatures writes): the word's classes at the three
// levels, the mid class of its neighbours, and the mid class with the suffix,
// the shape and the next word's class. The classes come from text the
// treebanks never saw, so they speak for words the other features know
// nothing of; suffix and shape tell the class's nouns from its verbs and
// names.
func wcFeatures(f *[numFeatures]uint32, ws []wordInfo, i int) {
	w := &ws[i]
	midAt := func(j int) uint64 {
		switch {
		case j < 0:
			return wcStart
		case j >= len(ws):
			return wcEnd
		}
		return ws[j].wcMid
	}
	f[numBase+0] = key(70, w.wcFine)
	f[numBase+1] = key(71, w.wcMid)
	f[numBase+2] = key(72, w.wcCoarse)
	f[numBase+3] = key(73, midAt(i-1))
	f[numBase+4] = key(74, midAt(i+1))
	f[numBase+5] = key(75, w.wcMid, w.suf[2])
	f[numBase+6] = key(76, w.wcMid, w.shape, firstFlag(i))
	f[numBase+7] = key(77, w.wcMid, midAt(i+1))
}

// rightFeatures writes the second pass's extra features into f[nb:nb+numRight],
// nb being the number of first-pass features: the first pass's tag of token i
// (self) and of the two tokens after it (tagNone past the end).
func rightFeatures(f *[numFeatures]uint32, nb int, ws []wordInfo, i int, prev1, self, next1, next2 uint64) {
	w := &ws[i]
	r := f[nb : nb+numRight]
	r[0] = key(40, self)
	r[1] = key(41, next1)
	r[2] = key(42, next1, next2)
	r[3] = key(43, prev1, next1)
	r[4] = key(44, next1, w.lower)
	r[5] = key(45, self, next1, w.suf[2])
}
