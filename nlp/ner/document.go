package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// RecognizeDocument recognises the sentences of one document together. A
// capitalised name the model found in one sentence is also marked where it
// recurs in another and the model, with less context there, missed it ("Lone
// confessed" after "Ghulam Mohiuddin Lone"). Names found with more than one type
// are left alone.
func (r *Recognizer) RecognizeDocument(sents [][]sitrep.Token) [][]sitrep.Entity {
	out := make([][]sitrep.Entity, len(sents))
	known := map[string]string{}
	maxLen := 0
	for i, s := range sents {
		out[i] = r.Recognize(s)
		for _, e := range out[i] {
			k := nameKey(s[e.Start:e.End])
			if k == "" {
				continue
			}
			if t, ok := known[k]; ok && t != e.Type {
				known[k] = "" // conflicting types: trust neither
				continue
			}
			known[k] = e.Type
			maxLen = max(maxLen, e.End-e.Start)
		}
	}
	for i, s := range sents {
		taken := make([]bool, len(s))
		for _, e := range out[i] {
			for j := e.Start; j < e.End; j++ {
				taken[j] = true
			}
		}
		added := false
		for start := 0; start < len(s); start++ {
			for end := min(len(s), start+maxLen); end > start; end-- {
				t := known[nameKey(s[start:end])]
				if t == "" || anyTaken(taken[start:end]) {
					continue
				}
				out[i] = append(out[i], entity(start, end, t, s))
				for j := start; j < end; j++ {
					taken[j] = true
				}
				added = true
				start = end - 1
				break
			}
		}
		if added {
			sort.Slice(out[i], func(a, b int) bool { return out[i][a].Start < out[i][b].Start })
		}
	}
	return out
}

// nameKey joins the tokens of a name, or returns "" unless every word in it
// starts with a capital letter: lower-case words repeat for other reasons.
func nameKey(toks []sitrep.Token) string {
	var b strings.Builder
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return ""
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func anyTaken(t []bool) bool {
	for _, x := range t {
		if x {
			return true
		}
	}
	return false
}
