package quote

import (
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// Headline quotes: "Name: words" on a paragraph of its own.

// headlines reads the headline convention "Cooper: the partnership is working" and
// `Erdogan: "We will not back down"`: a paragraph of its own that opens with a
// person's or an organisation's name (at most four words) and a colon. What
// follows is their words: direct when it is a quotation, indirect when it is a
// clause. A place ("Aleppo: a city in ruins"), a common noun ("Report: …") or a
// phrase without a verb reports nothing.
func (w *work) headlines() []found {
	var out []found
	for s, t := range w.trees {
		colon := -1
		for k := 1; k <= 4 && k < len(t.toks); k++ {
			if t.toks[k].Text == ":" {
				colon = k
				break
			}
		}
		if colon < 0 || !w.ownParagraph(t) {
			continue
		}
		name, place := true, false
		for k := 0; k < colon; k++ {
			r := []rune(t.toks[k].Text)
			if !w.outside(s, k) || t.isPunct(k) && t.toks[k].XPOS != "HYPH" || !t.isPunct(k) && !unicode.IsUpper(r[0]) {
				name = false
			}
			switch w.ents[s][k] {
			case "GPE", "LOC", "FAC":
				place = true
			}
		}
		if !name || colon == 1 && headlineLabels[strings.ToLower(t.toks[0].Text)] {
			continue
		}
		mi := -1
		for _, i := range w.bySent[s] {
			if m := w.ms[i]; m.Start >= 0 && m.End <= colon && m.Start < m.End {
				mi = i
				break
			}
		}
		// A person or an actor with a role ("Pentagon": USAGOV) speaks, whatever
		// the entity tagger says; a bare country or a place is the headline's
		// topic; a name no dictionary knows speaks when the tagger calls it a
		// person or an organisation.
		person := mi >= 0 && (w.personal(mi) || len(w.actor(mi).Code) > 3)
		if mi < 0 || w.actor(mi).Code == "" {
			for k := 0; k < colon && !place; k++ {
				person = person || w.ents[s][k] == "PER" || w.ents[s][k] == "ORG"
			}
		}
		if !person {
			continue
		}
		h := who{rule: "headline", span: t.span(0, colon-1)}
		if mi >= 0 {
			h.a, h.personal = w.actor(mi), w.personal(mi)
			h.span = w.ms[mi].Span
		}
		h.a.Text = w.textOf(h.span)
		q := sitrep.Quote{
			Sentence: s, SentenceEnd: s, Speaker: h.a, SpeakerRule: h.rule, SpeakerSpan: h.span,
			Verb: "say", VerbText: ":", VerbSpan: t.toks[colon].Span,
		}
		lo, hi := colon+1, len(t.toks)-1
		for hi > lo && t.isPunct(hi) && !w.isMark[s][hi] {
			hi--
		}
		if lo > hi {
			continue
		}
		if j := w.inQ[s][min(lo+1, hi)]; j >= 0 && w.isMark[s][lo] && w.allQuoted(j, s, rangeOf(lo, hi), -1) {
			q.Kind, q.Span = sitrep.QuoteDirect, w.trimInner(w.marks[j].Inner)
		} else {
			for hi > lo && t.isPunct(hi) {
				hi--
			}
			if !clauseLike(t, lo, hi, false) || w.mostlyQuoted(s, lo, hi) {
				continue
			}
			q.Kind, q.Span = sitrep.QuoteIndirect, t.span(lo, hi)
		}
		q.Text = w.textOf(q.Span)
		out = append(out, found{q: q, who: h})
	}
	return out
}

// headlineLabels are the desk's labels that open a headline with a colon
// ("Factbox: …", "Exclusive: …"): the kind of story, not who speaks.
var headlineLabels = map[string]bool{"factbox": true, "exclusive": true, "analysis": true, "explainer": true,
	"timeline": true, "update": true, "breaking": true, "watch": true, "video": true, "live": true, "opinion": true,
	"editorial": true, "interview": true, "report": true, "comment": true, "feature": true, "photos": true, "profile": true}

func rangeOf(lo, hi int) []int {
	out := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		out = append(out, k)
	}
	return out
}

// ownParagraph reports whether sentence t is a paragraph by itself (a headline, a
// subheading).
func (w *work) ownParagraph(t *tree) bool {
	if len(t.toks) == 0 {
		return false
	}
	a, b := t.toks[0].Span.Start, t.toks[len(t.toks)-1].Span.End
	i := strings.LastIndexByte(w.text[:a], '\n')
	j := strings.IndexByte(w.text[b:], '\n')
	if j < 0 {
		j = len(w.text) - b
	}
	return strings.TrimSpace(w.text[i+1:a]) == "" && strings.TrimSpace(w.text[b:b+j]) == ""
}
