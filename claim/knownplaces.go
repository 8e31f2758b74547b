package claim

import (
	"log/slog"
	"strings"
	"sync"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
	"github.com/sitrep-dev/sitrep/place"
)

// Places read without a locative. spotsOf reads a capitalised name as a place
// when the words around it say so ("in Hama", "Karmel neighborhood"); a name
// the report uses as the object of an attack ("shelled Hama"), a possessive
// ("Hama's Karmel") or a subject ("Hama was hit") has no such word, and a
// title-case headline capitalises every word. Such a name is still a place when
// the gazetteer (package place: GeoNames' divisions and towns of 15,000 people or
// more) knows it as a place below the country in a country the report is about —
// a country of its actors, of its resolved place, or one its sentence names
// ("Syrian", "Syria") — so that a town of the same name elsewhere, or a person's
// name that is a town abroad, is not read. A capitalised word the gazetteer does
// not know stays no evidence, as before: the gazetteer knows cities, not
// districts, and the districts are read by the locative rules.

// useKnown switches the reading; TestClustersEval turns it off to measure it.
// useKnownHeadlines reads the names of title-case headlines the same way
// (measured, not adopted: NOTES.md, "Places read without a locative").
// useKnownAnywhere (measured, not adopted) takes a known place of any country.
var (
	useKnown          = true
	useKnownHeadlines = false
	useKnownAnywhere  = false
)

var (
	gazOnce sync.Once
	gaz     *place.Gazetteer
)

// gazetteer returns the embedded gazetteer, or nil when it cannot be read (then
// only the locative rules read places).
func gazetteer() *place.Gazetteer {
	gazOnce.Do(func() {
		g, err := place.Load()
		if err != nil {
			slog.Warn("claim: gazetteer unavailable, places read by locatives only", "err", err)
			return
		}
		gaz = g
	})
	return gaz
}

// knower tells whether a name is a known place below the country in one of a
// report's countries.
type knower struct {
	g         *place.Gazetteer
	countries map[string]bool
}

// newKnower gathers the countries a report is about: its actors' countries, its
// resolved place's, and those its sentence names by name or demonym (toks are
// the sentence's words, punctuation trimmed). nil when there is no gazetteer or
// no country.
func newKnower(e sitrep.Event, toks []string) *knower {
	if !useKnown {
		return nil
	}
	g := gazetteer()
	if g == nil {
		return nil
	}
	cs := map[string]bool{}
	for _, code := range []string{e.Source.Code, e.Target.Code} {
		if c := country.Of(code); c != "" {
			cs[c] = true
		}
	}
	if e.Place != nil && e.Place.Country != "" {
		cs[e.Place.Country] = true
	}
	k := &knower{g: g, countries: cs}
	for _, t := range toks {
		if !capitalised(t) {
			continue
		}
		// "Syrias" is "Syria's" with its apostrophe lost.
		for _, w := range []string{stripPossessive(t), strings.TrimSuffix(t, "s")} {
			if iso, ok := g.Demonym(w); ok {
				cs[iso] = true
			}
			if iso := k.countryNamed(w); iso != "" {
				cs[iso] = true
			}
		}
	}
	if len(cs) == 0 {
		return nil
	}
	return k
}

// countryNamed returns the country w names, or "".
func (k *knower) countryNamed(w string) string {
	if !country.IsName(w) {
		return ""
	}
	for _, p := range k.g.Lookup(w) {
		if k.isCountry(p) {
			return p.Country
		}
	}
	return ""
}

func (k *knower) isCountry(p sitrep.Place) bool {
	c, ok := k.g.Country(p.Country)
	return ok && c.GeonameID == p.GeonameID
}

// knows reports whether name is a place below the country in one of the
// report's countries.
func (k *knower) knows(name string) bool {
	if k == nil || name == "" || country.IsName(name) {
		return false
	}
	for _, p := range k.g.Lookup(name) {
		if (useKnownAnywhere || k.countries[p.Country]) && !k.isCountry(p) {
			return k.plausible(name)
		}
	}
	return false
}

// plausibleNames caches plausible's answers by name.
var plausibleNames sync.Map

// plausible reports whether the place reader (place.Gazetteer.Find) takes the
// name as a place when nothing introduces it: a name that English text mostly
// uses as a word or a person's ("Tell", "Abbas": data/ambiguous.tsv) counts only
// after a locative, which the locative rules of spotsOf already read.
func (k *knower) plausible(name string) bool {
	if v, ok := plausibleNames.Load(name); ok {
		return v.(bool)
	}
	var sent sitrep.Sentence
	for i := 0; i < len(name); {
		j := strings.IndexByte(name[i:], ' ')
		if j < 0 {
			j = len(name) - i
		}
		if j > 0 {
			sent.Tokens = append(sent.Tokens, sitrep.Token{Text: name[i : i+j], Span: sitrep.Span{Start: i, End: i + j}})
		}
		i += j + 1
	}
	sent.Span = sitrep.Span{Start: 0, End: len(name)}
	ok := len(k.g.Find(name, sent)) > 0
	plausibleNames.Store(name, ok)
	return ok
}

// stripPossessive removes a final "'s" or "’s" (and a bare final apostrophe).
func stripPossessive(t string) string {
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if r, ok := strings.CutSuffix(t, s); ok {
			return r
		}
	}
	return t
}

// possessive reports whether a name is a known place's possessive, "Aleppo's",
// and returns the place's name. The form with its apostrophe lost ("Aleppos
// Salaheddin") is not read: FA-KES has none, and on its own it misreads a group
// ("Hamas Political Bureau" as Hama's).
func (k *knower) possessive(t string) (string, bool) {
	if s := stripPossessive(t); s != t && k != nil {
		return s, k.knows(s)
	}
	return "", false
}

// speechVerbs after a name make it a speaker: a capital standing for its state
// ("Damascus says", "Moscow denied"), not where anything happened.
var speechVerbs = setOf(`said says say told tells blamed blames accused accuses denied denies warned warns
	announced announces claimed claims insisted insists countered condemned condemns rejected rejects
	urged urges vowed vows demanded demands responded responds`)

// allCaps reports whether a word of two letters or more is written in capitals
// only: a dateline ("DAMASCUS") or an acronym.
func allCaps(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
