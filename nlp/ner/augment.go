package ner

import (
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data
// Augmentation for Named Entity Recognition"): a copy of a training sentence
// whose names are swapped for other names of the same type shows the model
// the sentence's context with names it has not seen there, so that context
// and word shape, not memorised names, carry the type. A tuning switch
// (trainConfig.replaceFrac); see NOTES.md, "More organisations", for what it
// measured.

// replacementPool lists, per type (the index of Types), names as token
// sequences.
type replacementPool [3][][]sitrep.Token

// gazetteerPool reads cased names from the gazetteer sources: people and
// organisations from the PETRARCH/Phoenix actor dictionaries (written in
// capitals there, so re-cased by recase), countries, first-level regions and
// cities of at least bigCity people from GeoNames. Single words that are
// common in lower case are left out, as the gazetteer leaves them out, and so
// are actor entries that hold a title ("UN Secretary General"), which are
// roles rather than names.
func gazetteerPool(dataDir string, common map[string]bool) (replacementPool, error) {
	var sets [3]map[string]bool
	for k := range sets {
		sets[k] = map[string]bool{}
	}
	add := func(t int, name string) {
		name = strings.Join(strings.Fields(name), " ")
		if name == "" || gazPhrase(name) == "" {
			return
		}
		if !strings.Contains(name, " ") && common[strings.ToLower(name)] {
			return
		}
		sets[t][name] = true
	}
	geo := filepath.Join(dataDir, "geonames")
	if err := eachTSV(filepath.Join(geo, "countryInfo.tsv"), func(c []string) {
		if len(c) > 5 {
			add(2, c[4])
		}
	}); err != nil {
		return replacementPool{}, err
	}
	if err := eachTSV(filepath.Join(geo, "admin1CodesASCII.txt"), func(c []string) {
		if len(c) > 2 {
			add(2, c[2])
		}
	}); err != nil {
		return replacementPool{}, err
	}
	if err := readCities(filepath.Join(geo, "cities15000.zip"), func(names []string, pop int) {
		if pop >= bigCity && len(names) > 1 {
			add(2, names[1])
		}
	}); err != nil {
		return replacementPool{}, err
	}
	phx := filepath.Join(dataDir, "dictionaries", "phoenix")
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		countries := f == "Phoenix.Countries.actors.txt"
		err := readActors(filepath.Join(phx, f), func(names []string, person bool) {
			if !person && countries {
				return
			}
			for _, n := range names {
				if hasTitle(n) || strings.ContainsAny(n, "0123456789") {
					continue
				}
				if person {
					add(0, recase(n))
				} else {
					add(1, recase(n))
				}
			}
		})
		if err != nil {
			return replacementPool{}, err
		}
	}
	var pool replacementPool
	for t, s := range sets {
		names := make([]string, 0, len(s))
		for n := range s {
			names = append(names, n)
		}
		sort.Strings(names) // map order must not reach the random draws
		for _, n := range names {
			pool[t] = append(pool[t], nameTokens(n))
		}
	}
	return pool, nil
}

func hasTitle(name string) bool {
	for _, w := range strings.Fields(name) {
		if isTitle(w) {
			return true
		}
	}
	return false
}

// nameConnectors stay in lower case inside a re-cased name ("Bank of Japan").
var nameConnectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"de": true, "la": true, "el": true, "du": true, "des": true, "del": true, "to": true, "at": true, "against": true}

// recase turns a name written in capitals ("NATIONAL BANK OF EGYPT") into the
// way news writes it ("National Bank of Egypt"). A one-word name of at most
// four letters, a word without a vowel and a word with a full stop stay in
// capitals: they are acronyms ("NATO", "PKK", "U.N.").
func recase(name string) string {
	if strings.IndexFunc(name, unicode.IsLower) >= 0 {
		return name // already cased
	}
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && nameConnectors[lw]:
			words[i] = lw
		case len(words) == 1 && len(w) <= 4,
			!strings.ContainsAny(lw, "aeiouy"),
			strings.Contains(w, "."):
			// an acronym: as written
		default:
			parts := strings.Split(lw, "-")
			for j, p := range parts {
				if p != "" {
					r := []rune(p)
					r[0] = unicode.ToUpper(r[0])
					parts[j] = string(r)
				}
			}
			words[i] = strings.Join(parts, "-")
		}
	}
	return strings.Join(words, " ")
}

// nameTokens splits a name into tokens as UD does: at spaces, and hyphens as
// tokens of their own.
func nameTokens(name string) []sitrep.Token {
	var out []sitrep.Token
	for _, w := range strings.Fields(name) {
		for j, p := range strings.Split(w, "-") {
			if j > 0 {
				out = append(out, sitrep.Token{Text: "-"})
			}
			if p != "" {
				out = append(out, sitrep.Token{Text: p})
			}
		}
		if len(out) > 0 {
			out[len(out)-1].SpaceAfter = true
		}
	}
	return out
}

// trainingPool collects the names of the training sentences themselves, by
// type, in first-seen order without repeats: Dai & Adel's own pool.
func trainingPool(train []example) replacementPool {
	var pool replacementPool
	seen := map[string]bool{}
	for _, e := range train {
		if !hasUpper(e.toks) {
			continue
		}
		for _, s := range goldSpans(e.gold) {
			var b strings.Builder
			b.WriteString(Types[s.typ])
			for _, t := range e.toks[s.start:s.end] {
				b.WriteByte(' ')
				b.WriteString(t.Text)
			}
			if seen[b.String()] {
				continue
			}
			seen[b.String()] = true
			name := make([]sitrep.Token, s.end-s.start)
			for i, t := range e.toks[s.start:s.end] {
				name[i] = sitrep.Token{Text: t.Text, SpaceAfter: t.SpaceAfter}
			}
			pool[s.typ] = append(pool[s.typ], name)
		}
	}
	return pool
}

type labelSpan struct{ start, end, typ int }

// goldSpans decodes BILOU label indices into spans.
func goldSpans(gold []int) []labelSpan {
	var out []labelSpan
	start := -1
	for i, l := range gold {
		if l == 0 {
			start = -1
			continue
		}
		p, t := splitLabel(l)
		switch p {
		case posU:
			out = append(out, labelSpan{i, i + 1, t})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, labelSpan{start, i + 1, t})
			}
			start = -1
		}
	}
	return out
}

func hasUpper(toks []sitrep.Token) bool {
	for _, t := range toks {
		if strings.IndexFunc(t.Text, unicode.IsUpper) >= 0 {
			return true
		}
	}
	return false
}

// replaceMentions returns copies of a share frac of the sentences of train
// that name something (an organisation, when orgOnly), each name (each
// organisation) replaced by a name of its type drawn from pool. Lower-cased
// copies (sentences without a capital) are not copied again. Deterministic
// for a seed.
func replaceMentions(train []example, pool replacementPool, frac float64, orgOnly bool, seed uint64) []example {
	const org = 1
	rng := rand.New(rand.NewPCG(seed, 17))
	var out []example
	for _, e := range train {
		spans := goldSpans(e.gold)
		eligible := false
		for _, s := range spans {
			if (!orgOnly || s.typ == org) && len(pool[s.typ]) > 0 {
				eligible = true
			}
		}
		if !eligible || !hasUpper(e.toks) || rng.Float64() >= frac {
			continue
		}
		var toks []sitrep.Token
		var ents []sitrep.Entity
		prev := 0
		for _, s := range spans {
			if (orgOnly && s.typ != org) || len(pool[s.typ]) == 0 {
				continue
			}
			toks = append(toks, e.toks[prev:s.start]...)
			// Names left in place keep their labels.
			for _, k := range spans {
				if k.start >= prev && k.end <= s.start {
					ents = append(ents, sitrep.Entity{Start: len(toks) - (s.start - k.start), End: len(toks) - (s.start - k.end), Type: Types[k.typ]})
				}
			}
			name := pool[s.typ][rng.IntN(len(pool[s.typ]))]
			a := len(toks)
			toks = append(toks, name...)
			toks[len(toks)-1].SpaceAfter = e.toks[s.end-1].SpaceAfter
			ents = append(ents, sitrep.Entity{Start: a, End: len(toks), Type: Types[s.typ]})
			prev = s.end
		}
		rest := len(toks)
		toks = append(toks, e.toks[prev:]...)
		for _, k := range spans {
			if k.start >= prev {
				ents = append(ents, sitrep.Entity{Start: rest + k.start - prev, End: rest + k.end - prev, Type: Types[k.typ]})
			}
		}
		clean := make([]sitrep.Token, len(toks))
		for i, t := range toks {
			clean[i] = sitrep.Token{Text: t.Text, SpaceAfter: t.SpaceAfter}
		}
		out = append(out, example{toks: clean, gold: bilou(ents, len(clean))})
	}
	return out
}
