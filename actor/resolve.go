package actor

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// Candidate is a person or organisation that no dictionary knows: what discovery
// reports to the analyst, with the role words found around it and the code those
// words suggest ("Iraqi Interior Minister X" → IRQGOV).
type Candidate struct {
	Name     string      `json:"name"`
	Type     string      `json:"type"` // PER or ORG (a guess when no NER ran)
	Roles    []string    `json:"roles,omitempty"`
	Suggest  string      `json:"suggest,omitempty"`
	Sentence int         `json:"sentence"`
	Span     sitrep.Span `json:"span"`
	// Place marks a sighting of the name used as a place ("in Kefraya"), not an
	// actor: Tally weighs these against the name's other uses.
	Place bool `json:"place,omitempty"`
}

// Result is what one document resolves to.
type Result struct {
	Mentions []sitrep.Mention
	Unknown  []Candidate
}

// Resolve finds the actor mentions of a document's analysed sentences, with codes
// chosen for the document's publication date (the resolver's Now when it has none).
// Unresolved people and organisations are kept with Code "" and Rule "unknown".
func (r *Resolver) Resolve(doc *sitrep.Document, sents []sitrep.Sentence) []sitrep.Mention {
	return r.Analyze(doc, sents, r.docDate(doc)).Mentions
}

// ResolveAt is Resolve with an explicit date, such as the event's own.
func (r *Resolver) ResolveAt(doc *sitrep.Document, sents []sitrep.Sentence, at time.Time) []sitrep.Mention {
	return r.Analyze(doc, sents, at).Mentions
}

// Discover lists the document's unknown people and organisations.
func (r *Resolver) Discover(doc *sitrep.Document, sents []sitrep.Sentence) []Candidate {
	return r.Analyze(doc, sents, r.docDate(doc)).Unknown
}

func (r *Resolver) docDate(doc *sitrep.Document) time.Time {
	if doc != nil {
		// A month or a year is read as its last day: an article dated "2025-01" may be
		// from the 31st, and roles are more often taken up than given up within one.
		if t, prec, ok := doc.PublishedTime(); ok {
			switch prec {
			case "month":
				return t.AddDate(0, 1, -1)
			case "year":
				return t.AddDate(1, 0, -1)
			}
			return t
		}
	}
	return r.now()
}

// word is one normalised word of a sentence: tokens split at hyphens, with the byte
// span each part covers in the document.
type word struct {
	w          string
	tok        int
	start, end int
	cap, upper bool // original began with / was all capitals
	punct      bool
	upos       string
}

type itemKind uint8

const (
	itWord itemKind = iota
	itActor
	itAgent
	itName // capitalised words no dictionary knows
)

type item struct {
	kind    itemKind
	i, j    int // word range
	entry   *Entry
	agent   *Agent
	entity  string // NER type of an itName, when known
	ignored bool   // a phrase an overlay removed: never a name
}

// rec is a mention under construction, with what coreference needs to know.
type rec struct {
	m        sitrep.Mention
	kind     Kind
	agent    *Agent
	plural   bool
	person   bool
	surnames [][]string
	cand     *Candidate
	pending  string // "agent", "group", "pronoun", "surname": resolved after the sentence pass
	words    []string
	ante     *rec
	initial  bool // a pronoun that opens its sentence
	// samePhrase asks for an antecedent with the very same role phrase.
	samePhrase bool
	// organPlatform marks a state organ's weapon platform ("regime warplanes"),
	// which organs codes as the organ's state's military.
	organPlatform bool
	// cataphor marks "his" in "In his statement, al-Sharaa said": it points forward.
	cataphor bool
	// possessed marks a role noun after "its" ("its forces"), whose state is
	// the pronoun's (corefer's last pass), not an earlier role's.
	possessed bool
	// first marks "we" and "our", the side of a quote's speaker (quoteSpeaker).
	first bool
	// neuter marks "its" and "itself", which refer to a state or an organisation;
	// sent is the mention's sentence, whose dependency tree chooses a pronoun's
	// antecedent.
	neuter bool
	// it marks a subject "it", resolved by itAntecedent; them marks "them",
	// resolved by themAntecedent.
	it, them bool
	sent     *sitrep.Sentence
	wspans   []wordSpan
	// generic marks a generic group noun ("rebels", "terrorists"), coded by
	// generics; lead says it stood where a role noun refers back ("the rebels").
	generic, lead bool
	// shortHead and shortMod are a short name's head noun and modifier ("the
	// international coalition"): shortAntecedent finds what it refers to.
	shortHead, shortMod string
}

// wordSpan is where one word of a name mention lies.
type wordSpan struct{ tok, start int }

// Analyze resolves mentions and collects unknown actors at date at.
func (r *Resolver) Analyze(doc *sitrep.Document, sents []sitrep.Sentence, at time.Time) Result {
	r.mu.RLock()
	defer r.mu.RUnlock()
	text := ""
	if doc != nil {
		text = doc.Text
	}
	var recs []*rec
	var places []Candidate
	for si := range sents {
		rs, ps := r.sentence(text, si, &sents[si], at)
		recs = append(recs, rs...)
		for _, p := range ps {
			places = append(places, Candidate{Name: p, Sentence: si, Place: true})
		}
	}
	var docPlaces [][]sitrep.Place
	if r.places != nil && (hasGeneric(recs) || hasOrgan(recs)) {
		docPlaces = r.places(text, sents)
	}
	country := sync.OnceValue(func() string { return r.docCountry(recs, docPlaces) })
	r.generics(recs, docPlaces, text, country)
	corefer(recs, r.countries, r.newWarCoalition(recs, sents, at), country)
	r.organs(recs, country)
	// the state organs coded just now may be what a pronoun left uncoded means
	resolveNeuters(recs)
	var res Result
	idx := make(map[*rec]int, len(recs))
	for _, rc := range recs {
		// An unresolved "they" or "the group" is no mention, nor is a lone capitalised
		// word that turned out not to be a known surname.
		if rc.m.Code == "" && (rc.pending != "surname" || rc.cand == nil) {
			continue
		}
		if j, ok := idx[rc.ante]; ok && rc.ante != nil {
			rc.m.Antecedent = j
		}
		idx[rc] = len(res.Mentions)
		res.Mentions = append(res.Mentions, rc.m)
		if rc.cand != nil && (rc.m.Code == "" || rc.m.Rule == "title" || rc.m.Rule == "apposition") &&
			(r.isPlace == nil || !r.isPlace(rc.cand.Name)) {
			res.Unknown = append(res.Unknown, *rc.cand)
		}
	}
	res.Unknown = append(res.Unknown, places...)
	return res
}

// words splits a sentence's tokens into normalised words.
func sentenceWords(s *sitrep.Sentence) []word {
	ws := make([]word, 0, len(s.Tokens)+len(s.Tokens)/4)
	for ti, t := range s.Tokens {
		txt := t.Text
		base := t.Span.Start
		exact := t.Span.End-t.Span.Start == len(txt)
		add := func(a, b int, w string, punct bool) {
			st, en := t.Span.Start, t.Span.End
			if exact {
				st, en = base+a, base+b
			}
			orig := txt[a:b]
			first, _ := utf8.DecodeRuneInString(orig)
			ws = append(ws, word{
				w: w, tok: ti, start: st, end: en, punct: punct, upos: t.UPOS,
				cap: unicode.IsUpper(first), upper: isUpperWord(orig),
			})
		}
		// Possessive clitic, as one token or attached ("Cooper’s").
		f := foldText(txt)
		if f == "'S" || f == "'" || f == "S" && t.XPOS == "POS" && ti > 0 && !s.Tokens[ti-1].SpaceAfter {
			// (and the bare "s" of a possessive whose apostrophe was lost,
			// which the tokenizer splits off a name: "Iraqs army")
			add(0, len(txt), "'S", true)
			continue
		}
		poss := 0
		if len(f) > 2 && strings.HasSuffix(f, "'S") {
			poss = len("'s")
			if strings.HasSuffix(txt, "’s") || strings.HasSuffix(txt, "’S") {
				poss = len("’s")
			}
		}
		body := txt[:len(txt)-poss]
		// Split at hyphens, keeping each part's byte offsets.
		start := 0
		for i, r := range body + "-" {
			if i < len(body) && r != '-' && r != '\u2013' && r != '\u2010' && r != '\u2011' {
				continue
			}
			if i > start {
				part := body[start:i]
				nw := foldText(part)
				if nw == "" {
					nw = part // "." folds to nothing but still ends a phrase
				}
				add(start, i, nw, !hasLetterOrDigit(part))
			}
			start = i + utf8.RuneLen(r)
			if i >= len(body) {
				break
			}
		}
		if poss > 0 {
			add(len(txt)-poss, len(txt), "'S", true)
		}
	}
	return ws
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// sentence finds the mentions of one sentence.
func (r *Resolver) sentence(text string, si int, s *sitrep.Sentence, at time.Time) ([]*rec, []string) {
	ws := sentenceWords(s)
	if len(ws) == 0 {
		return nil, nil
	}
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = w.w
	}
	items := r.match(ws, keys, s)
	if n := r.datelineTokens(s, ws, keys); n > 0 {
		items = ignoreDateline(items, ws, n)
	}
	b := &builder{r: r, text: text, si: si, s: s, ws: ws, items: items, at: at}
	b.build()
	// What NER calls a location is a place sighting too.
	for _, ent := range s.Entities {
		if ent.Type != "LOC" && ent.Type != "GPE" || ent.Start < 0 || ent.End > len(s.Tokens) || ent.Start >= ent.End {
			continue
		}
		st, en := s.Tokens[ent.Start].Span.Start, s.Tokens[ent.End-1].Span.End
		if st >= 0 && en <= len(text) && st < en {
			b.places = append(b.places, text[st:en])
		}
	}
	return b.out, b.places
}

// ignoreDateline makes the items of the first n tokens ordinary words that are
// never a name (see datelineTokens).
func ignoreDateline(items []item, ws []word, n int) []item {
	var out []item
	for _, it := range items {
		if ws[it.i].tok >= n {
			out = append(out, it)
			continue
		}
		for x := it.i; x < it.j; x++ {
			out = append(out, item{kind: itWord, i: x, j: x + 1, ignored: true})
		}
	}
	return out
}

// match tokenises the sentence into dictionary items: the longest actor or agent
// phrase at each position, then runs of unknown capitalised words.
func (r *Resolver) match(ws []word, keys []string, s *sitrep.Sentence) []item {
	var items []item
	for i := 0; i < len(ws); {
		if ws[i].punct {
			items = append(items, item{kind: itWord, i: i, j: i + 1})
			i++
			continue
		}
		la, e := r.actors.longest(keys, i)
		// "the U.S.-led coalition", "the U.S. Central Command": a phrase that opens
		// with an article ("the US") gives way to a longer one that starts after it.
		if la > 0 && keys[i] == "THE" && i+1 < len(ws) {
			if lb, _ := r.actors.longest(keys, i+1); i+1+lb > i+la {
				items = append(items, item{kind: itWord, i: i, j: i + 1})
				i++
				continue
			}
		}
		if la > 0 && e == nil {
			// Removed by an overlay: ordinary words, neither an actor nor a name.
			for x := i; x < i+la; x++ {
				items = append(items, item{kind: itWord, i: x, j: x + 1, ignored: true})
			}
			i += la
			continue
		}
		if la > 0 && !plausibleName(ws[i:i+la]) {
			la = 0
		}
		// "post-Assad Syria", "anti-ISIS coalition": a name after such a prefix
		// describes something else.
		if la > 0 && i > 0 && ws[i-1].tok == ws[i].tok && hyphenPrefixes[ws[i-1].w] {
			la = 0
		}
		if la > 0 && i+la < len(ws) && ws[i+la].cap && streetNames[ws[i+la].w] {
			// "Nile Street" in Aleppo, "Palestine Street" in Baghdad: a street
			// named after a country or a party is neither
			la = 0
		}
		lg, a := r.agents.longest(keys, i)
		if lg > 0 && (a == nil || (i+lg < len(ws) && ws[i+lg].tok == ws[i+lg-1].tok && !ws[i+lg].punct)) {
			// Removed, or the first part of a compound ("intelligence-sharing").
			lg = 0
		}
		switch {
		case la > 0 && la >= lg:
			items = append(items, item{kind: itActor, i: i, j: i + la, entry: e})
			i += la
		case lg > 0:
			items = append(items, item{kind: itAgent, i: i, j: i + lg, agent: a})
			i += lg
		default:
			items = append(items, item{kind: itWord, i: i, j: i + 1})
			i++
		}
	}
	// A one-word person entry ("Hassan") next to another capitalised word is part
	// of a longer name the dictionaries do not know ("Layla Hassan").
	for k, it := range items {
		if it.kind != itActor || it.entry.Kind != KindPerson || it.j-it.i != 1 {
			continue
		}
		if (k > 0 && items[k-1].kind == itWord && nameWord(ws, items[k-1].i) && items[k-1].i > 0) ||
			(k+1 < len(items) && items[k+1].kind == itWord && nameWord(ws, items[k+1].i)) {
			items[k] = item{kind: itWord, i: it.i, j: it.j}
		}
	}
	if len(s.Entities) > 0 {
		return entityNames(items, ws, s)
	}
	if s.Heading || (titleCase(ws) && !ws[len(ws)-1].punct) {
		return items // every word is capitalised: capitals say nothing
	}
	return capitalNames(items, ws)
}

// plausibleName rejects dictionary hits that are ordinary words in the text: a match
// must have a capitalised word, and a short one ("US", "IS") must be all capitals.
func plausibleName(ws []word) bool {
	anyCap := false
	for _, w := range ws {
		if w.cap {
			anyCap = true
		}
	}
	if !anyCap {
		return false
	}
	if len(ws) == 1 && len(ws[0].w) <= 3 && !ws[0].upper {
		return false
	}
	return true
}

func titleCase(ws []word) bool {
	n, caps := 0, 0
	for _, w := range ws {
		if w.punct || !hasLetter(w.w) {
			continue
		}
		n++
		if w.cap {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*7
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// capitalNames merges runs of unknown capitalised words (with name particles such as
// "al" inside) into itName items.
func capitalNames(items []item, ws []word) []item {
	out := items[:0:0]
	for k := 0; k < len(items); {
		it := items[k]
		if it.kind != itWord || it.ignored || !nameWord(ws, it.i) {
			out = append(out, it)
			k++
			continue
		}
		end := k + 1
		for end < len(items) && items[end].kind == itWord && !items[end].ignored {
			w := ws[items[end].i]
			if nameWord(ws, items[end].i) {
				end++
				continue
			}
			// A particle continues a name only when a capitalised word follows.
			if particles[w.w] && end+1 < len(items) && items[end+1].kind == itWord && nameWord(ws, items[end+1].i) {
				end += 2
				continue
			}
			break
		}
		if last := ws[items[end-1].i].w; !placeNames[last] {
			out = append(out, item{kind: itName, i: it.i, j: items[end-1].j})
		} else {
			out = append(out, items[k:end]...)
		}
		k = end
	}
	return out
}

func nameWord(ws []word, i int) bool {
	w := ws[i]
	if w.punct || !w.cap || !hasLetter(w.w) || stopCaps[w.w] {
		return false
	}
	if i > 0 && ws[i-1].tok == w.tok && hyphenPrefixes[ws[i-1].w] {
		return false // "post-Assad"
	}
	if w.upper && len(w.w) >= 6 {
		return false // "SUBSCRIBE": shouting, not an acronym
	}
	if w.upos != "" && w.upos != "PROPN" && w.upos != "NOUN" && w.upos != "X" {
		return false
	}
	return true
}

// entityNames turns NER PER and ORG entities over unmatched words into itName items.
func entityNames(items []item, ws []word, s *sitrep.Sentence) []item {
	for _, ent := range s.Entities {
		if ent.Type != "PER" && ent.Type != "ORG" {
			continue
		}
		// Find the items wholly inside the entity's tokens, all plain words.
		first, last := -1, -1
		ok := true
		for k, it := range items {
			tok := ws[it.i].tok
			if tok < ent.Start || tok >= ent.End {
				continue
			}
			if it.kind != itWord || it.ignored {
				ok = false
				break
			}
			if first < 0 {
				first = k
			}
			last = k
		}
		if !ok || first < 0 || !plausibleEntity(ws[items[first].i:items[last].j]) {
			continue
		}
		merged := item{kind: itName, i: items[first].i, j: items[last].j, entity: ent.Type}
		items = append(items[:first], append([]item{merged}, items[last+1:]...)...)
	}
	return items
}

// plausibleEntity rejects NER entities that are page furniture ("FOLLOW TRTWORLD") or
// end like a place name, which the capitalisation rules would not take either.
func plausibleEntity(ws []word) bool {
	for _, w := range ws {
		if (w.upper && len(w.w) >= 6) || (w.cap && stopCaps[w.w] && w.w != "THE") {
			return false
		}
	}
	return !placeNames[ws[len(ws)-1].w]
}

// stopCaps are capitalised words that start sentences or name days and months, not
// actors.
var stopCaps = setOf(`THE A AN IN ON AT FOR BUT AND OR AS WHILE DESPITE AFTER BEFORE THIS THESE
THAT THOSE IT ITS HE SHE THEY WE I YOU OUR THEIR HIS HER WITH FROM BY TO OF SOME BOTH SEVERAL
MEANWHILE HOWEVER ALTHOUGH THOUGH WHEN WHERE WHY HOW WHAT WHO IF ALSO LAST NEXT REGARDING
ALONGSIDE UNNAMED SENIOR ONE NO NOT ALL MANY MOST ANY EACH SUCH THERE HERE SPEAKING ACCORDING
ON MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY JANUARY FEBRUARY MARCH APRIL MAY
JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER MR MRS MS DR SO YET THEN THUS AMONG
POST ANTI PRO NON EX ARE IS WAS WERE BE NEW FORMER
FOLLOW SUBSCRIBE SHARE LIKE COPYRIGHT SOURCE READ MORE LATEST PHOTO VIDEO WATCH CLICK`)

var hyphenPrefixes = setOf("POST PRE ANTI PRO NON EX")

// placeNames end names of places, not of actors ("Castello Road", "Arab Spring" is an
// event but reads the same).
var placeNames = setOf(`ROAD STREET SQUARE AVENUE DISTRICT PROVINCE GOVERNORATE CITY VALLEY RIVER
MOUNTAIN MOUNTAINS HILLS BRIDGE AIRPORT CROSSING HIGHWAY CAMP DAM LAKE SEA GULF SPRING PLAIN`)

// streetNames, capitalised after a name, make it a street's.
var streetNames = setOf("STREET ROAD AVENUE BOULEVARD HIGHWAY SQUARE BRIDGE ROUNDABOUT")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
