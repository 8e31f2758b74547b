package place

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/place/internal/norm"
)

var (
	//go:embed data/gazetteer.tsv.gz
	gazetteerGz []byte
	//go:embed data/ambiguous.tsv
	ambiguousTSV string
	//go:embed data/demonyms.tsv
	demonymsTSV string
	//go:embed data/givennames.tsv
	givenNamesTSV string
)

// Kinds of gazetteer entries.
const (
	kindCountry = 'C'
	kindAdmin1  = 'A'
	kindCity    = 'P'
	kindRegion  = 'R'
)

type entry struct {
	kind     byte
	id       int
	iso3     string
	admin1   string
	lat, lon float64
	pop      int64
	name     string
	// stems are the first three letters of each of the place's own names, to tell
	// spellings of them from unrelated alternates.
	stems []string
}

// candidate is one entry a lookup key can name.
type candidate struct {
	entry   int32
	primary bool // the key is one of the entry's own names, not an alternate
	acronym bool // the name is an abbreviation in capitals ("US", "U.K.")
}

// Gazetteer resolves place names. It is safe for concurrent use.
type Gazetteer struct {
	entries  []entry
	index    map[string][]candidate
	maxWords int // the most space-separated words in a key
	// first holds the first word of every key, so that most tokens are ruled out
	// with one lookup.
	first     map[string]bool
	ambiguous map[string]string
	demonyms  map[string]string
	countries map[string]int32
	// given are given names: a place name after one is a surname ("Michael Jordan").
	given map[string]bool
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load returns the embedded gazetteer, parsing it on first use.
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
		if err != nil {
			loadErr = fmt.Errorf("read embedded gazetteer: %w", err)
			return
		}
		loaded, loadErr = parse(zr, ambiguousTSV, demonymsTSV)
		if loadErr == nil {
			loaded.given = lines(givenNamesTSV)
		}
	})
	return loaded, loadErr
}

func parse(gaz io.Reader, ambiguous, demonyms string) (*Gazetteer, error) {
	g := &Gazetteer{
		index:     make(map[string][]candidate, 140000), // the embedded data holds about 137,000 keys
		first:     make(map[string]bool, 104000),
		ambiguous: map[string]string{},
		demonyms:  map[string]string{},
		countries: map[string]int32{},
	}
	sc := bufio.NewScanner(gaz)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 9 || len(f[0]) != 1 {
			return nil, fmt.Errorf("gazetteer line %d: want 9 fields, got %d", line, len(f))
		}
		e := entry{kind: f[0][0], iso3: f[2], admin1: f[3]}
		var err error
		if e.id, err = strconv.Atoi(f[1]); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: geonameid: %w", line, err)
		}
		if e.lat, err = strconv.ParseFloat(f[4], 64); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: lat: %w", line, err)
		}
		if e.lon, err = strconv.ParseFloat(f[5], 64); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: lon: %w", line, err)
		}
		if e.pop, err = strconv.ParseInt(f[6], 10, 64); err != nil {
			return nil, fmt.Errorf("gazetteer line %d: population: %w", line, err)
		}
		primary := strings.Split(f[7], "|")
		e.name = primary[0]
		if e.kind == kindCity {
			for _, n := range primary {
				if st := stem(n); st != "" && !slices.Contains(e.stems, st) {
					e.stems = append(e.stems, st)
				}
			}
		}
		idx := int32(len(g.entries))
		g.entries = append(g.entries, e)
		if e.kind == kindCountry {
			g.countries[e.iso3] = idx
		}
		for _, n := range primary {
			g.add(n, idx, true)
		}
		for alts := f[8]; alts != ""; {
			var k string
			k, alts, _ = strings.Cut(alts, "|")
			g.addKey(k, idx, false, false)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	for _, l := range strings.Split(ambiguous, "\n") {
		if f := strings.Split(l, "\t"); len(f) >= 2 && !strings.HasPrefix(l, "#") {
			g.ambiguous[f[0]] = f[1]
		}
	}
	for _, l := range strings.Split(demonyms, "\n") {
		if f := strings.Split(l, "\t"); len(f) == 2 && !strings.HasPrefix(l, "#") {
			g.demonyms[norm.Key(f[0])] = f[1]
		}
	}
	return g, nil
}

func (g *Gazetteer) add(name string, idx int32, primary bool) {
	g.addKey(norm.Key(name), idx, primary, isAcronym(name))
}

// addKey indexes an entry under a folded key; the generator writes alternates
// folded already.
func (g *Gazetteer) addKey(k string, idx int32, primary, acronym bool) {
	if k == "" {
		return
	}
	for _, c := range g.index[k] {
		if c.entry == idx {
			return
		}
	}
	g.index[k] = append(g.index[k], candidate{entry: idx, primary: primary, acronym: acronym})
	w, _, _ := strings.Cut(k, " ")
	g.first[w] = true
	if n := strings.Count(k, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
}

// lines returns the set of a data file's lines, without comments.
func lines(data string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

// stem returns the first three consonants of a name, without Arabic articles, as
// transliterations agree on them: vowels and "h" dropped, "q" and "c" read as "k",
// doubled letters once ("Douma" and "Duma", "Deraa" and "Daraa", "Raqqa" and "Rakka"
// meet; "Google" and "Topeka" do not).
func stem(name string) string {
	var words []string
	for _, w := range strings.Fields(norm.Key(name)) {
		if !arabicArticles[w] {
			words = append(words, w)
		}
	}
	k := strings.Join(words, "")
	var b [3]byte
	n := 0
	for i := 0; i < len(k) && n < 3; i++ {
		c := k[i]
		switch {
		case c < 'a' || c > 'z', strings.IndexByte("aeiouyh", c) >= 0:
			continue
		case c == 'q' || c == 'c':
			c = 'k'
		}
		if n > 0 && b[n-1] == c {
			continue
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// isAcronym reports whether s is written in capitals with at most four letters
// ("US", "U.S.", "UAE").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 4
}

func (g *Gazetteer) place(idx int32) sitrep.Place {
	e := &g.entries[idx]
	return sitrep.Place{Name: e.name, Country: e.iso3, Lat: e.lat, Lon: e.lon, GeonameID: e.id}
}

// Country returns the country with ISO 3166 alpha-3 code iso3, placed at the median
// of its cities.
func (g *Gazetteer) Country(iso3 string) (sitrep.Place, bool) {
	idx, ok := g.countries[strings.ToUpper(iso3)]
	if !ok {
		return sitrep.Place{}, false
	}
	return g.place(idx), true
}

// Demonym returns the ISO 3166 alpha-3 code of the country that word ("Syrian",
// "Iraqis", "South Korean") is the demonym or adjective of.
func (g *Gazetteer) Demonym(word string) (iso3 string, ok bool) {
	k := norm.Key(word)
	if iso3, ok = g.demonyms[k]; ok {
		return iso3, true
	}
	if s, found := strings.CutSuffix(k, "s"); found {
		iso3, ok = g.demonyms[s]
	}
	return iso3, ok
}

// Len reports how many places the gazetteer holds.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the places a name can denote, best first by the ranking Find uses
// without context (kind, then population). It matches the whole name, folded as Find
// folds text ("Deir ez-Zor", "deir ez zor"), for callers that already hold a
// location's text, such as an NER span.
func (g *Gazetteer) Lookup(name string) []sitrep.Place {
	cands := g.index[norm.Key(name)]
	if len(cands) == 0 {
		return nil
	}
	order := slices.Clone(cands)
	slices.SortStableFunc(order, func(a, b candidate) int {
		return cmp.Compare(g.score(b, "", context{}), g.score(a, "", context{}))
	})
	out := make([]sitrep.Place, len(order))
	for i, c := range order {
		out[i] = g.place(c.entry)
		out[i].Text = name
	}
	return out
}
