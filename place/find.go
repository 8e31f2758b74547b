package place

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/place/internal/norm"
)

// match is a place mention before its homonyms are ranked.
type match struct {
	cands []candidate
	key   string
	typ   string // the place-type word that followed the name ("province"), lower case
	span  sitrep.Span
	// nameEnd is where the name ends, before the place-type word.
	nameEnd int
	// cued is true when a locative preposition or a LOC entity supports the match.
	cued bool
	// afterThe is true when "the" comes right before the name.
	afterThe bool
}

// Find returns the places mentioned in sent, a sentence of text, in text order.
// Homonyms are resolved with the countries the sentence itself names; use
// FindInDocument to let the whole document decide.
func (g *Gazetteer) Find(text string, sent sitrep.Sentence) []sitrep.Place {
	persons := map[string]bool{}
	ms := g.matches(text, sent, persons)
	ctx := g.context(text, []sitrep.Sentence{sent}, [][]match{ms})
	return g.resolve(text, ms, ctx, context{}, persons, false)
}

// FindInDocument returns the places of each sentence of a document. The whole
// document decides homonyms, with every country it names (by name, unambiguous place
// or demonym): in a report on Lebanon, "Tripoli" is Tripoli, Lebanon. It also drops
// towns of under 100,000 people in countries the document never names (a Syrian
// village missing from the gazetteer is not its Peruvian namesake), and names the
// document uses for a person elsewhere ("President Obama" makes a bare "Obama" a
// person, not the Japanese town).
func (g *Gazetteer) FindInDocument(text string, sents []sitrep.Sentence) [][]sitrep.Place {
	persons := map[string]bool{}
	all := make([][]match, len(sents))
	for i, s := range sents {
		all[i] = g.matches(text, s, persons)
	}
	ctx := g.context(text, sents, all)
	out := make([][]sitrep.Place, len(sents))
	for i := range sents {
		local := g.context(text, sents[i:i+1], all[i:i+1])
		out[i] = g.resolve(text, all[i], ctx, local, persons, len(ctx.n) > 0)
	}
	return out
}

// tok is a token whose span has been checked against the text.
type tok struct {
	text   string
	lower  string
	span   sitrep.Span
	upos   string
	deprel string
	ok     bool
}

func tokens(text string, sent sitrep.Sentence) []tok {
	ts := make([]tok, len(sent.Tokens))
	for i, t := range sent.Tokens {
		ts[i].upos = t.UPOS
		if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
			continue
		}
		ts[i] = tok{text: text[t.Span.Start:t.Span.End], span: t.Span, upos: t.UPOS, deprel: t.DepRel, ok: true}
		ts[i].lower = strings.ToLower(ts[i].text)
	}
	return ts
}

// matches finds the candidate mentions of a sentence, and adds to persons the
// one-word names it saw after a capitalised word ("President Obama").
func (g *Gazetteer) matches(text string, sent sitrep.Sentence, persons map[string]bool) []match {
	ts := tokens(text, sent)
	shouting := isShouting(ts)
	maxTok := min(g.maxWords+3, 10)
	var ms []match
	for i := 0; i < len(ts); {
		if !ts[i].ok || !startsUpper(ts[i].text) {
			i++
			continue
		}
		if w, _, _ := strings.Cut(norm.Key(ts[i].text), " "); !g.first[w] {
			i++
			continue
		}
		n := 0
		for l := min(maxTok, len(ts)-i); l >= 1; l-- {
			j := i + l
			if !ts[j-1].ok || ts[j-1].span.End <= ts[i].span.Start || letterCount(ts[j-1].text) == 0 {
				continue
			}
			s := text[ts[i].span.Start:ts[j-1].span.End]
			if len(s) > 80 {
				continue
			}
			cands := g.index[norm.Key(s)]
			if len(cands) == 0 {
				continue
			}
			if m, ok := g.check(ts, sent, i, j, s, cands, shouting, persons); ok {
				ms = append(ms, m)
				n = j - i
				if m.typ != "" {
					n++
				}
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	return ms
}

// check applies the tests of the package comment to the name spanning tokens [i, j).
func (g *Gazetteer) check(ts []tok, sent sitrep.Sentence, i, j int, s string, cands []candidate, shouting bool, persons map[string]bool) (match, bool) {
	k := norm.Key(s)
	if calendarWords[k] || directionWords[k] {
		return match{}, false
	}
	if _, ok := g.demonyms[k]; ok { // "the Kazakh capital"
		return match{}, false
	}
	if last := ts[j-1].text; letterCount(last) >= 4 && last == strings.ToLower(last) {
		return match{}, false
	}
	// The backbone's NER confuses Syrian places with persons and organisations
	// ("Khan Sheikhoun" PER, "Golan Heights" ORG), so a PER or ORG entity only
	// overrules a weak name: one the corpora use as a word or a person's name, or a
	// one-word name of small towns only ("Obama").
	locEntity, otherEntity := entityCover(sent.Entities, i, j)
	if otherEntity && !locEntity && g.weak(k, cands) {
		return match{}, false
	}
	acronym := !hasLower(s) && letterCount(s) <= 4
	if acronym && shouting {
		return match{}, false
	}
	kept := make([]candidate, 0, len(cands))
	for _, c := range cands {
		if c.acronym == acronym {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return match{}, false
	}
	prev, next := neighbour(ts, i-1), neighbour(ts, j)
	if next != nil && streetWords[next.lower] {
		// "Nile Street" in Aleppo, "Baghdad Road" in Damascus: a street named
		// after a place is not that place, whatever the recogniser tagged
		return match{}, false
	}
	typ := ""
	if next != nil && placeTypes[next.lower] {
		typ = next.lower
	}
	// An abbreviation modifying a noun ("U.S. officials", "US-led") names a
	// nationality, not a place, even inside a GPE entity.
	if acronym && (!closesPhrase(next) || modifier(ts[j-1].deprel)) {
		return match{}, false
	}
	if !locEntity {
		if u := ts[i].upos; u != "" && u != "PROPN" && u != "NOUN" && u != "ADJ" && u != "X" {
			return match{}, false
		}
		if typ == "" && capitalisedName(next) {
			// In a heading every word is capitalised, so only "the" before the name
			// still shows it begins a longer one ("The Washington Post").
			if !sent.Heading && !shouting || prev != nil && prev.lower == "the" {
				return match{}, false
			}
		}
		if typ == "" && !sent.Heading && !shouting && capitalisedName(prev) {
			// After a given name or a title, a place name is a surname throughout the
			// document ("Michael Jordan"); after another capitalised word that is no
			// place, a town's name is too ("President Obama" is covered both ways).
			if j-i == 1 && (g.given[prev.lower] || titles[strings.TrimSuffix(prev.lower, ".")] ||
				g.onlyCities(kept) && len(g.index[norm.Key(prev.text)]) == 0) {
				persons[k] = true
			}
			return match{}, false
		}
		if j-i == 1 && (isDayNumber(prev) || isDayNumber(next)) {
			return match{}, false
		}
	}
	// A town takes no article: "in Mobile" is a place, "at the University" is not.
	afterPrep := prev != nil && locativePreps[prev.lower]
	afterThe := prev != nil && prev.lower == "the"
	if flag, ok := g.ambiguous[k]; ok && !locEntity {
		if !afterPrep && (flag != "common" || ts[i].upos != "PROPN" || i == 0) {
			return match{}, false
		}
	}
	start, end := i, j-1
	if typ != "" {
		end = j
	}
	start = widen(ts, start)
	return match{
		cands: kept, key: k, typ: typ, cued: afterPrep || locEntity, afterThe: afterThe,
		span:    sitrep.Span{Start: ts[start].span.Start, End: ts[end].span.End},
		nameEnd: ts[j-1].span.End,
	}, true
}

// weak reports whether a name is ambiguous (data/ambiguous.tsv) or a one-word name
// of towns under 100,000 people only.
func (g *Gazetteer) weak(key string, cands []candidate) bool {
	if _, ok := g.ambiguous[key]; ok {
		return true
	}
	if strings.Contains(key, " ") {
		return false
	}
	for _, c := range cands {
		if e := &g.entries[c.entry]; e.kind != kindCity || e.pop >= 100000 {
			return false
		}
	}
	return true
}

// onlyCities reports whether every candidate is a city: a country or a region is not
// taken for a person's name.
func (g *Gazetteer) onlyCities(cands []candidate) bool {
	for _, c := range cands {
		if g.entries[c.entry].kind != kindCity {
			return false
		}
	}
	return true
}

// widen extends a mention leftwards over a compass adjective, "near"/"outside", "the
// border(s) with" or a leading "the".
func widen(ts []tok, start int) int {
	at := func(k int, words map[string]bool) bool {
		return k >= 0 && ts[k].ok && words[norm.Key(ts[k].text)]
	}
	if at(start-1, directionWords) {
		start--
	}
	switch {
	case at(start-1, nearWords):
		start--
	case at(start-1, withWords) && at(start-2, borderWords):
		start -= 2
		if at(start-1, theWord) {
			start--
		}
	case at(start-1, theWord):
		start--
	}
	return start
}

// entityCover reports whether an entity of the backbone's NER covers tokens [i, j):
// loc for LOC, GPE or FAC, other for any other type.
func entityCover(ents []sitrep.Entity, i, j int) (loc, other bool) {
	for _, e := range ents {
		if e.Start > i || e.End < j {
			continue
		}
		switch e.Type {
		case "LOC", "GPE", "FAC":
			loc = true
		default:
			other = true
		}
	}
	return loc, other
}

func neighbour(ts []tok, k int) *tok {
	if k < 0 || k >= len(ts) || !ts[k].ok {
		return nil
	}
	return &ts[k]
}

// closesPhrase reports whether the token after an abbreviation ends the noun phrase,
// so that the abbreviation names a place rather than modifying a noun ("US forces").
func closesPhrase(next *tok) bool {
	if next == nil {
		return true
	}
	if next.upos != "" {
		switch next.upos {
		case "NOUN", "PROPN", "ADJ", "NUM", "PART":
			return false
		}
		return true
	}
	r, _ := utf8.DecodeRuneInString(next.text)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return next.text != "-" && next.text != "'s" && next.text != "’s"
	}
	// A past-tense verb ends the subject: "the U.S. praised".
	return closedClass[next.lower] || (strings.HasSuffix(next.lower, "ed") && next.text == next.lower)
}

// modifier reports a dependency relation that makes a word modify a noun.
func modifier(deprel string) bool {
	switch deprel {
	case "compound", "amod", "nmod:poss", "flat":
		return true
	}
	return false
}

// capitalisedName reports whether t is a capitalised word that could continue a
// name ("Michael" Jordan, Washington "Post"): not a function word or a compass word.
func capitalisedName(t *tok) bool {
	if t == nil || !startsUpper(t.text) {
		return false
	}
	k := norm.Key(t.text)
	return !closedClass[k] && !directionWords[k] && !locativePreps[k] && !nearWords[k] && !arabicArticles[k]
}

func isDayNumber(t *tok) bool {
	if t == nil || len(t.text) > 2 {
		return false
	}
	for _, r := range t.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isShouting reports a sentence written in capitals, where case says nothing.
func isShouting(ts []tok) bool {
	upper, lower := 0, 0
	for _, t := range ts {
		for _, r := range t.text {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return upper > 8 && upper > 3*lower
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// context counts the mentions of each country that a set of sentences names
// unambiguously.
type context struct {
	n   map[string]int
	max int
}

func (c context) has(iso string) bool { return c.n[iso] > 0 }

// weight is how much a candidate in country iso gains from the context: up to a
// tenfold population for the country mentioned most, in proportion below it, so
// that one mention of the United States in a report on Syria does little for
// Geneva, Illinois.
func (c context) weight(iso string) float64 {
	if c.max == 0 {
		return 0
	}
	return 10 * float64(c.n[iso]) / float64(c.max)
}

func (g *Gazetteer) context(text string, sents []sitrep.Sentence, ms [][]match) context {
	ctx := context{n: map[string]int{}}
	add := func(iso string) {
		ctx.n[iso]++
		ctx.max = max(ctx.max, ctx.n[iso])
	}
	for _, sm := range ms {
		for _, m := range sm {
			if iso := g.soleCountry(m); iso != "" {
				add(iso)
			}
		}
	}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
				continue
			}
			w := text[t.Span.Start:t.Span.End]
			if !startsUpper(w) {
				continue
			}
			if iso, ok := g.Demonym(w); ok {
				add(iso)
			}
		}
	}
	return ctx
}

// soleCountry returns the country every candidate of a match lies in, or a country
// the name is the primary name of; "" when the candidates disagree. Alternate names,
// towns of under 100,000 people and divisions not named as such ("Sabah", but not "Sabah state") do
// not vouch for their country on their own: a name missing from the gazetteer would
// otherwise bring its foreign namesake's country into context.
func (g *Gazetteer) soleCountry(m match) string {
	iso := ""
	for _, c := range m.cands {
		e := &g.entries[c.entry]
		if e.kind == kindCountry && c.primary {
			return e.iso3
		}
		if e.kind == kindCity && (e.pop < 100000 || !c.primary) || e.kind == kindAdmin1 && !adminTypes[m.typ] || iso != "" && e.iso3 != iso {
			return ""
		}
		iso = e.iso3
	}
	return iso
}

// resolve ranks each match's candidates (see the package comment) and returns the
// winners as places. strict applies FindInDocument's filters.
// local is the sentence's own context in document mode: a country named in the same
// sentence adds to the document's share ("Lebanon asked for aid after shelling near
// Tripoli" in a report mostly on Syria).
func (g *Gazetteer) resolve(text string, ms []match, ctx, local context, persons map[string]bool, strict bool) []sitrep.Place {
	if len(ms) == 0 {
		return nil
	}
	out := make([]sitrep.Place, 0, len(ms))
	for _, m := range ms {
		if persons[m.key] && !m.cued {
			continue
		}
		best, bestScore := int32(-1), math.Inf(-1)
		for _, c := range m.cands {
			// In a country the context names, an alternate may be any name the place
			// is known by ("Palmyra" for Tadmur); elsewhere it must be a spelling of
			// the place's own.
			if !c.primary && !ctx.has(g.entries[c.entry].iso3) && !g.spelling(c, m.key) {
				continue
			}
			// An ambiguous word ("Center") is a place only by its own name.
			if _, ok := g.ambiguous[m.key]; ok && !c.primary {
				continue
			}
			if strict && !ctx.has(g.entries[c.entry].iso3) && !g.plausibleAbroad(c, m) {
				continue
			}
			sc := g.score(c, m.typ, ctx)
			if local.has(g.entries[c.entry].iso3) {
				sc += 10
			}
			if sc > bestScore {
				best, bestScore = c.entry, sc
			}
		}
		if best < 0 {
			continue
		}
		p := g.place(best)
		span := m.span
		if k := g.entries[best].kind; m.typ != "" && (k == kindCountry || k == kindRegion) {
			span.End = m.nameEnd // "Syria State" is no Syrian state
		}
		p.Text, p.Span = text[span.Start:span.End], span
		out = append(out, p)
	}
	return out
}

// plausibleAbroad decides whether a city or division in a country the document never
// names may still be meant. Such a mention must be a city of 100,000 people or more,
// named without an article ("the Castello road" is a road in Aleppo, not the Spanish
// city), or a division named as one ("Hatay province").
func (g *Gazetteer) plausibleAbroad(c candidate, m match) bool {
	e := &g.entries[c.entry]
	switch e.kind {
	case kindCity:
		return e.pop >= 100000 && !m.afterThe
	case kindAdmin1:
		return adminTypes[m.typ]
	}
	return true
}

// spelling reports whether an alternate name key is a spelling of one of the city's
// own names, sharing their first consonants ("Geneva" for Genève, "Duma" for Douma),
// rather than a translation or an unrelated name GeoNames also lists
// ("Google" for Topeka, "Khalil" for Hebron). Other kinds' alternates are curated.
func (g *Gazetteer) spelling(c candidate, key string) bool {
	e := &g.entries[c.entry]
	if e.kind != kindCity {
		return true
	}
	st := stem(key)
	return st != "" && slices.Contains(e.stems, st)
}

// score ranks a candidate. Kind outweighs everything but a country's own name; within
// a kind, population decides, nudged by context and by the name being the place's own
// rather than an alternate (GeoNames lists English exonyms such as "Geneva" among the
// alternates, so being an alternate must not weigh much).
func (g *Gazetteer) score(c candidate, typ string, ctx context) float64 {
	e := &g.entries[c.entry]
	var s float64
	switch e.kind {
	case kindCountry:
		s = 350
		if c.primary {
			s += 2000
		}
	case kindRegion:
		s = 400
	case kindCity:
		s = 300
		if typ == "city" || typ == "town" {
			s += 300
		}
	case kindAdmin1:
		s = 200
		if adminTypes[typ] {
			s += 300
		}
	}
	if c.primary {
		s += 5
	}
	// Context is worth up to a tenfold population: Tripoli, Lebanon beats Tripoli,
	// Libya in a report on Lebanon.
	s += ctx.weight(e.iso3)
	return s + 10*math.Log10(float64(e.pop)+1)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// calendarWords are the closed classes of month and weekday names.
	calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec", "ramadan", "muharram", "shawwal", "eid", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday")
	directionWords = set("north", "south", "east", "west", "northern", "southern", "eastern",
		"western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
		"northwestern", "southeastern", "southwestern", "north east", "north west", "south east",
		"south west", "north eastern", "north western", "south eastern", "south western",
		"upper", "lower", "greater")
	// streetWords after a name make it a street's ("Nile Street", "Damascus Road").
	streetWords = set("street", "st", "road", "avenue", "boulevard", "highway", "lane", "square", "bridge", "roundabout")
	placeTypes  = set("province", "governorate", "region", "state", "district", "oblast",
		"prefecture", "county", "city", "town", "countryside", "area")
	adminTypes = set("province", "governorate", "region", "state", "district", "oblast", "prefecture", "county")
	// titles precede person names.
	titles = set("mr", "mrs", "ms", "dr", "president", "king", "queen", "prince", "princess",
		"sheikh", "emir", "general", "gen", "senator", "sen", "minister", "pope", "sultan",
		"imam", "lord", "sir", "lady", "colonel", "col", "captain", "capt", "lieutenant", "lt",
		"major", "maj", "sergeant", "sgt", "judge", "rev", "ayatollah", "mullah", "commander")
	// arabicArticles before a name the gazetteer lacks in that form ("Al Raqqa")
	// do not make it a longer name.
	arabicArticles = set("al", "el", "ar", "ad", "as", "an", "at", "ash", "az")
	nearWords      = set("near", "outside", "around")
	borderWords    = set("border", "borders", "frontier", "frontiers")
	withWords      = set("with")
	theWord        = set("the")
	locativePreps  = set("in", "near", "from", "to", "into", "at", "outside", "inside", "across",
		"around", "toward", "towards", "throughout", "within", "via", "through", "of")
	// closedClass are function words (and reporting verbs) that can follow a noun
	// phrase but never be modified by it.
	closedClass = set("the", "a", "an", "and", "or", "but", "nor", "in", "on", "at", "to",
		"for", "from", "with", "by", "of", "as", "into", "over", "under", "against", "through",
		"during", "since", "after", "before", "while", "because", "if", "than", "that", "which",
		"who", "whose", "where", "when", "is", "are", "was", "were", "be", "been", "being", "has",
		"have", "had", "will", "would", "could", "should", "might", "must", "can", "did", "does",
		"do", "not", "also", "said", "says", "say", "remains", "remained", "this", "these",
		"those", "it", "its", "he", "she", "they", "we", "i", "you", "there", "here", "so",
		"then", "now", "again", "too", "about", "across", "toward", "towards", "amid", "between",
		"without", "within", "via", "per", "until", "till", "upon", "whether")
)
