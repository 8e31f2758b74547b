package claim

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// Evidence against one event. The detail-word check (Options.Overlap) asks what
// two reports share; in a war's daily reports of one side's shelling, what they
// share is the template ("terrorists fired rocket shells at … killing … causing
// material damage"), and what tells the incidents apart is what differs: the
// district, and which side did it. Two vetoes, each a condition of
// record.accepts, so that every decision Build makes — joining, oneDay,
// mergeRecords, joinDenials — respects them, and no decision looks further in time
// than before (UpdateWindow's argument is unchanged):
//
//   - sides (useSides): when both actors of a report are of one country (Syria →
//     Syria), the country says nothing of who did what to whom; the role below it
//     does. Two reports whose sources are of different sides — the state
//     (government, army, police, intelligence), armed non-state groups (rebels,
//     insurgents, "terrorists", opposition), civilians, another sector — are two
//     events, and so are two whose targets are the state and an armed group. A
//     bare country code (a place or "Syria" as an actor) or a civilian target
//     fits any: it is the link that used to join everything and is now never the
//     only one.
//   - places (usePlaces): two reports that name places below the country, none of
//     which the other names, are two incidents (al-Midan vs New Aleppo; Hama vs
//     Deir ez-Zor). When both name a neighbourhood, district, village or street
//     (or a place "in" another), those finest places are compared: two
//     neighbourhoods of one city are two incidents even though both name the city.
//     A report that names only the city fits one that names a district "in" it.
//
// Numbers are not used: two outlets' different tolls for one raid ("19 killed" vs
// "31 killed") are one record with a contested value (values.go).

// useSides and usePlaces switch the vetoes; TestClustersEval turns them off to
// measure what each does.
var (
	useSides  = true
	usePlaces = true
)

// side is the part of a country an actor code stands for: "state", "armed" (a
// non-state armed or opposition group), "civilian", another sector's code, or ""
// for the bare country, which could be any.
func side(code string) string {
	c := country.Of(code)
	if c == "" || len(code) < 6 {
		return ""
	}
	switch r := code[3:6]; r {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI":
		return "state"
	case "REB", "INS", "UAF", "OPP", "RAD", "SEP", "MOD", "CRM", "IMG":
		return "armed"
	case "CVL":
		return "civilian"
	default:
		return r
	}
}

// sidesFit reports whether two reports of one part can be one event by the sides
// of their actors. Only parts whose two actors are of one country are compared.
// For the symmetric families either orientation may fit ("the government and the
// rebels agreed" and "the rebels and the government agreed").
func sidesFit(a, b sitrep.Event) bool {
	ca := country.Of(a.Source.Code)
	if ca == "" || ca != country.Of(a.Target.Code) {
		return !useSidesAcross || sidesFitAcross(a, b)
	}
	fit := func(as, at, bs, bt string) bool {
		return (as == "" || bs == "" || as == bs) && targetsFit(at, bt)
	}
	as, at, bs, bt := side(a.Source.Code), side(a.Target.Code), side(b.Source.Code), side(b.Target.Code)
	if fit(as, at, bs, bt) {
		return true
	}
	return symmetric[a.Root] && fit(as, at, bt, bs)
}

// targetsFit: targets differ only when one is the state and the other an armed
// group; a civilian or bare target ("killed 20 people", "shelled Aleppo") may be
// either outlet's word for the same victims.
func targetsFit(a, b string) bool {
	armedSide := func(s string) bool { return s == "state" || s == "armed" }
	return a == b || !armedSide(a) || !armedSide(b)
}

// spots are the places below the country a report's sentence names (keys, see
// placeKey): all of them, and the finest — those named as a neighbourhood,
// district, village or street, or as a place "in" or "of" another.
type spots struct{ all, fine map[string]bool }

// placesConflict reports whether two reports name different places: both name
// some, and none of one's finest is among the other's places either way round
// (when both name finest places, their finest places share none).
func placesConflict(a, b spots) bool {
	if len(a.all) == 0 || len(b.all) == 0 {
		return false
	}
	if len(a.fine) > 0 && len(b.fine) > 0 {
		return !meet(a.fine, b.fine)
	}
	return !meet(a.finest(), b.all) && !meet(b.finest(), a.all)
}

func (s spots) finest() map[string]bool {
	if len(s.fine) > 0 {
		return s.fine
	}
	return s.all
}

func meet(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// locatives introduce a place: "in Hama", "on Harasta", "near Tabqa".
var locatives = setOf("in at on near around outside inside into toward towards across")

// placeNouns follow or introduce a place name; fineNouns mark one below a city.
var (
	placeNouns = setOf(`neighborhood neighborhoods neighbourhood neighbourhoods district districts village villages
		street suburb suburbs quarter square town towns city province governorate countryside region area
		camp airbase airport base mount mountain mountains`)
	fineNouns = setOf("neighborhood neighborhoods neighbourhood neighbourhoods district districts village villages street suburb suburbs quarter square")
	// compass words before a name ("East Aleppo", "Eastern Ghouta") narrow it
	// without naming another place.
	compass = setOf("east eastern west western north northern south southern central northeast northeastern northwest northwestern southeast southeastern southwest southwestern rural greater")
	// articles inside transliterated names ("Deir ez-Zor", "Saif al-Dawleh")
	// vary between outlets and are left out of the key.
	articles = setOf("al el ez es ash ad as ar an at ul")
	// notPlaces are capitalised words after a locative that name no place.
	notPlaces = setOf(`january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday the a an his her their its this that
		observatory council ministry army government regime state islamic coalition forces front isis isil daesh
		un security general president minister kurdish turkish lebanese american british french arab
		shiite shia sunni christian alawite druze police command`)
)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// spotsOf reads the places below the country that a report's sentence names: the
// capitalised names after a locative ("in Hama", "on the town of Jayrud") or
// before a place noun ("Saif al-Dawleh neighborhood"), and the names with no such
// word that the gazetteer knows as places of the report's countries ("shelled
// Hama", "Hama was hit", "the Syrian city Hama"; knownplaces.go). A known place's
// possessive names the place and, when a name follows, a place in it ("Hama's
// Karmel district": Karmel, the finer, in Hama). A headline in title case
// ("Five Killed in Rocket Attack on Aleppo") capitalises every word, and names
// none that can be told from the rest; reading its known places
// (useKnownHeadlines) was measured and not adopted. The place the event was
// resolved to is not read: two resolved towns within Options.PlaceRadius stay one
// record with a contested place value (values.go, TestPlaces) — the resolver
// rarely resolves below a city, and the districts that tell template reports
// apart are in the words.
func spotsOf(e sitrep.Event) spots {
	s := spots{all: map[string]bool{}, fine: map[string]bool{}}
	// A name that is an actor's ("blamed on Assad", "calling on Washington",
	// "blames Damascus") is who acted, not where.
	// Only a state's names stand for it this way (a capital, a leader); a place
	// taken as the target of an attack is coded as the bare country or its
	// civilians ("in Aleppo" → SYR, "Aleppo neighborhood" → SYRCVL) and stays a
	// place, and so does a place inside an actor's phrase ("43 people in the town
	// of Jayrud").
	named := map[string]bool{}
	for _, a := range []sitrep.EventActor{e.Source, e.Target} {
		if side(a.Code) != "state" && (country.Of(a.Code) != "" || len(a.Code) < 3) {
			continue
		}
		text := a.Name
		if !slices.ContainsFunc(splitWords(a.Text), func(w string) bool { return locatives[w] || w == "of" }) {
			text += " " + a.Text
		}
		for _, w := range splitWords(text) {
			if len(w) >= 3 && !articles[w] && !countryWord(w) {
				named[w] = true
			}
		}
	}
	actor := func(name string) bool {
		for _, w := range splitWords(name) {
			if named[w] || named[strings.TrimSuffix(w, "s")] {
				return true
			}
		}
		return false
	}
	toks := strings.Fields(e.Sentence)
	for i, t := range toks {
		toks[i] = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	}
	kn := newKnower(e, toks)
	type name struct {
		key        string
		start, end int // tokens [start, end)
		fine       bool
	}
	var names []name
	add := func(text string, start, end int, fine bool) {
		if actor(text) {
			return
		}
		if key := placeKey(text); key != "" {
			names = append(names, name{key, start, end, fine})
		}
	}
	// known reads a name with no word around it that makes it a place, when the
	// gazetteer knows it as a place of one of the report's countries
	// (knownplaces.go): not a dateline or an acronym in capitals, and not a
	// speaker ("Damascus said").
	known := func(start, end int) (string, bool) {
		if slices.ContainsFunc(toks[start:end], allCaps) || end < len(toks) && speechVerbs[strings.ToLower(toks[end])] {
			return "", false
		}
		text := stripPossessive(strings.Join(toks[start:end], " "))
		return text, kn.knows(text)
	}
	headline := titleCase(toks)
	if headline {
		// A headline capitalises every word, so only the names the gazetteer
		// knows are read, the longest first ("Deir Ezzor" before "Deir").
		if !useKnownHeadlines || kn == nil {
			return s
		}
		for i := 0; i < len(toks); i++ {
			if !capitalised(toks[i]) {
				continue
			}
			for l := min(4, len(toks)-i); l >= 1; l-- {
				if text, ok := known(i, i+l); ok {
					add(text, i, i+l, false)
					i += l - 1
					break
				}
			}
		}
	}
	for i := 0; i < len(toks) && !headline; i++ {
		if !capitalised(toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) && (capitalised(toks[j]) && !placeNouns[strings.ToLower(toks[j])] || articles[strings.ToLower(toks[j])] && j+1 < len(toks) && capitalised(toks[j+1])) {
			j++
		}
		// Before it: a locative, possibly through "the", compass words and "the
		// town of".
		k := i - 1
		fine, nounOf := false, false
		for k >= 0 {
			w := strings.ToLower(toks[k])
			switch {
			case w == "the" || compass[w]:
				k--
				continue
			case w == "of" && k > 0 && placeNouns[strings.ToLower(toks[k-1])]:
				// "the neighborhood of Al-Maghayer" names a neighbourhood;
				// "the Salihiah neighbourhood of Hasakeh" names its city.
				fine = fine || fineNouns[strings.ToLower(toks[k-1])] && (k < 2 || !capitalised(toks[k-2]))
				nounOf = true
				k -= 2
				continue
			}
			break
		}
		located := nounOf || k >= 0 && locatives[strings.ToLower(toks[k])]
		if j < len(toks) && placeNouns[strings.ToLower(toks[j])] {
			located = true
			fine = fine || fineNouns[strings.ToLower(toks[j])]
		}
		i0 := i
		i = j - 1
		// A known place's possessive names the place, and the name after it a
		// place in it: "Aleppo's Salaheddin" is Salaheddin in Aleppo.
		possessed := false
		for q := i0; q < j && !possessed; q++ {
			if pl, ok := kn.possessive(strings.Join(toks[i0:q+1], " ")); ok {
				add(pl, i0, q+1, false)
				if q+1 < j {
					add(strings.Join(toks[q+1:j], " "), q+1, j, true)
				}
				possessed = true
			}
		}
		if possessed {
			continue
		}
		if located {
			add(strings.Join(toks[i0:j], " "), i0, j, fine)
			continue
		}
		// No word makes it a place: read it if the gazetteer knows it, or knows
		// it without the compass and country words before it ("Syrias Aleppo",
		// "East Aleppo").
		for from := i0; from < j; from++ {
			if text, ok := known(from, j); ok {
				add(text, from, j, false)
				break
			}
			if w := strings.ToLower(toks[from]); !compass[w] && !countryWord(w) && !articles[w] {
				break
			}
		}
	}
	for n, nm := range names {
		// "X in Y", "X neighborhood of Y": X is the finer.
		if n+1 < len(names) {
			gap := toks[nm.end:names[n+1].start]
			if len(gap) <= 3 && len(gap) >= 1 {
				last := strings.ToLower(gap[len(gap)-1])
				if last == "the" && len(gap) >= 2 {
					last = strings.ToLower(gap[len(gap)-2])
				}
				if last == "in" || last == "of" {
					nm.fine = true
				}
			}
		}
		s.all[nm.key] = true
		if nm.fine {
			s.fine[nm.key] = true
		}
	}
	return s
}

// titleCase reports whether most words of a sentence are capitalised.
func titleCase(toks []string) bool {
	n, c := 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) || len(t) < 3 {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			c++
		}
	}
	return n >= 4 && 2*c > n
}

// capitalised: a word that begins with a capital letter, or a transliterated name
// with its article ("al-Midan").
func capitalised(t string) bool {
	if i := strings.IndexByte(t, '-'); i > 0 && articles[strings.ToLower(t[:i])] {
		t = t[i+1:]
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// placeKey is the key two spellings of a transliterated name share: compass
// words, articles, place nouns and country names left out; then, per word, the
// first letter and the consonants after it, doubled ones once, a final h after a
// vowel dropped ("Hamadaniyeh", "al-Hamadanyiah" → hmdn; "Deir Ezzor", "Deir
// ez-Zor" → drzr). "" when nothing is left, or the name is a country's, a
// demonym's (Syrian, Syrias) or no place (a weekday, an institution).
func placeKey(name string) string {
	if country.IsName(name) {
		return ""
	}
	var parts []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if compass[w] || articles[w] || placeNouns[w] {
			continue
		}
		if notPlaces[w] {
			return ""
		}
		if countryWord(w) {
			continue // "Syrias Idlib"
		}
		parts = append(parts, w)
	}
	if len(parts) == 0 {
		return ""
	}
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p)
	}
	s := b.String()
	if n := len(s); n > 2 && s[n-1] == 'h' && strings.ContainsRune("aeiouy", rune(s[n-2])) {
		s = s[:n-1]
	}
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i > 0 && strings.IndexByte("aeiouy", c) >= 0 || c < 'a' || c > 'z' {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	if len(out) < 3 {
		// Too few consonants to stand for the name ("Bab" → b): the name itself.
		if len(s) < 3 {
			return ""
		}
		return s
	}
	return string(out)
}

// countryWord reports whether w names a country or its people ("syria", "syrian",
// "syrias" in text whose apostrophes were lost).
func countryWord(w string) bool {
	for _, v := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "n"), strings.TrimSuffix(w, "an"), strings.TrimSuffix(w, "ian"), strings.TrimSuffix(w, "i")} {
		if country.IsName(v) {
			return true
		}
	}
	return false
}
