package ner

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Gazetteer kinds. Each is a separate feature family, so the model learns how far
// to trust each list (a city named "Of" is weaker evidence than a country).
const (
	gazPerson = iota
	gazFirstName
	gazOrg
	gazCountry
	gazRegion
	gazCity
	gazBigCity
	gazOrgWord // a word that often ends organisation names ("party", "bank")
	gazLocWord // a word that often ends place names ("province", "river")
	numGaz
)

// gazV1 is the number of gazetteer kinds in version 1 model files.
const gazV1 = 7

var gazNames = [numGaz]string{"person", "first", "org", "country", "region", "city", "bigcity", "orgword", "locword"}

// bigCity is the population from which a city is also listed among the big
// ones: names of small towns are often surnames and ordinary words in English
// text ("Hilton", "Caldwell"), names of large cities rarely are.
const bigCity = 300000

// maxGazLen bounds the token length of a gazetteer entry, and so the work per
// token when matching.
const maxGazLen = 6

// gazetteer maps the hash of a lower-cased token sequence to a bit set of kinds.
type gazetteer struct {
	phrases [numGaz][]string // sorted; what Save writes
	index   *table           // phrase hash → bit set of kinds

	surnamesOnce sync.Once
	surnames     map[string]bool // last words of listed people's names
}

func newGazetteer(phrases [numGaz][]string) *gazetteer {
	n := 0
	for _, list := range phrases {
		n += len(list)
	}
	g := &gazetteer{phrases: phrases, index: newTable(n)}
	for k, list := range phrases {
		for _, p := range list {
			// Phrases are normalised by gazPhrase: single spaces.
			h := hashSeed
			for p != "" {
				w, rest, _ := strings.Cut(p, " ")
				h = hashToken(h, w)
				p = rest
			}
			g.index.put(h, 1<<k, true)
		}
	}
	return g
}

// KnownName reports whether the gazetteers list word (one token, any case)
// as a name on its own: a person, organisation, country, region or city of
// over 300,000 people. The pipeline asks it before splitting a possessive
// that lost its apostrophe ("Syrias"). First names and smaller towns are left
// out: GeoNames' towns and the first-name list hold the stems of other names
// ("Tal Hamis", "Bebars Mishal").
func (r *Recognizer) KnownName(word string) bool {
	g := r.gaz
	if g == nil || word == "" {
		return false
	}
	const kinds = 1<<gazPerson | 1<<gazOrg | 1<<gazCountry | 1<<gazRegion | 1<<gazBigCity
	m, ok := g.index.get(hashToken(hashSeed, strings.ToLower(word)))
	return ok && m&kinds != 0
}

// KnownSurname reports whether word (four letters or more) is the last word
// of a person's name the gazetteer lists ("Assad" of "Bashar al-Assad",
// which the person list holds only whole).
func (r *Recognizer) KnownSurname(word string) bool {
	g := r.gaz
	if g == nil {
		return false
	}
	g.surnamesOnce.Do(func() {
		g.surnames = map[string]bool{}
		for _, p := range g.phrases[gazPerson] {
			if i := strings.LastIndexByte(p, ' '); i > 0 && len(p)-i > 4 {
				g.surnames[p[i+1:]] = true
			}
		}
	})
	return g.surnames[strings.ToLower(word)]
}

// hashToken extends a phrase hash by one (already lower-cased) token: FNV-1a
// with a separator byte that cannot occur in UTF-8.
func hashToken(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	h ^= 0xff
	h *= prime64
	return h
}

// match marks, for each kind, the BILOU position (1..4 = B, I, L, U; 0 = none)
// of every token inside the longest leftmost match of that kind. out must have
// len(lower)*numGaz entries.
func (g *gazetteer) match(lower []string, out []uint8) {
	clear(out)
	if g == nil || g.index.len() == 0 {
		return
	}
	n := len(lower)
	var end [numGaz]int // first token not yet covered, per kind
	for i := 0; i < n; i++ {
		var best [numGaz]int
		h := hashSeed
		for j := i; j < n && j < i+maxGazLen; j++ {
			h = hashToken(h, lower[j])
			m, ok := g.index.get(h)
			if !ok {
				continue
			}
			for k := 0; k < numGaz; k++ {
				if m&(1<<k) != 0 {
					best[k] = j + 1
				}
			}
		}
		for k := 0; k < numGaz; k++ {
			e := best[k]
			if e == 0 || i < end[k] {
				continue
			}
			end[k] = e
			if e-i == 1 {
				out[i*numGaz+k] = 4
				continue
			}
			out[i*numGaz+k] = 1
			for t := i + 1; t < e-1; t++ {
				out[t*numGaz+k] = 2
			}
			out[(e-1)*numGaz+k] = 3
		}
	}
}

// gazPhrase normalises a name the way sentences are matched: lower case, one
// space between tokens, hyphens as tokens of their own (UD splits them). It
// returns "" for names that are not in Latin script or are too long.
func gazPhrase(name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	for _, r := range name {
		if !(unicode.Is(unicode.Latin, r) || unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune("-.'&", r)) {
			return ""
		}
	}
	name = strings.ReplaceAll(name, "-", " - ")
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 || len(f) > maxGazLen {
		return ""
	}
	p := strings.Join(f, " ")
	if len(p) < 2 {
		return ""
	}
	return p
}

// buildGazetteer reads the name lists under dataDir. Single-word entries that are
// ordinary lower-case English words in common (per the commonWords set) are
// dropped: "reading" and "mobile" are cities, but matching them everywhere
// would drown the signal.
func buildGazetteer(dataDir string, common map[string]bool) (*gazetteer, error) {
	sets := [numGaz]map[string]bool{}
	for k := range sets {
		sets[k] = map[string]bool{}
	}
	add := func(k int, name string) {
		p := gazPhrase(name)
		if p == "" || (!strings.Contains(p, " ") && (common[p] || len(p) < 3 && k != gazCountry)) {
			return
		}
		sets[k][p] = true
	}
	geo := filepath.Join(dataDir, "geonames")
	if err := eachTSV(filepath.Join(geo, "countryInfo.tsv"), func(c []string) {
		if len(c) > 5 {
			add(gazCountry, c[4])
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(filepath.Join(geo, "admin1CodesASCII.txt"), func(c []string) {
		if len(c) > 2 {
			add(gazRegion, c[1])
			add(gazRegion, c[2])
		}
	}); err != nil {
		return nil, err
	}
	if err := readCities(filepath.Join(geo, "cities15000.zip"), func(names []string, pop int) {
		for _, n := range names {
			add(gazCity, n)
		}
		if pop >= bigCity {
			for _, n := range names {
				add(gazBigCity, n)
			}
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(filepath.Join(dataDir, "codebooks", "ICEWS_countrynames.txt"), func(c []string) {
		if len(c) > 1 && c[0] != "NULL" {
			add(gazCountry, c[0])
		}
	}); err != nil {
		return nil, err
	}
	phx := filepath.Join(dataDir, "dictionaries", "phoenix")
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		countries := f == "Phoenix.Countries.actors.txt"
		err := readActors(filepath.Join(phx, f), func(names []string, person bool) {
			switch {
			case person:
				for _, n := range names {
					add(gazPerson, n)
					if fs := strings.Fields(n); len(fs) >= 2 {
						add(gazFirstName, fs[0])
					}
				}
			case !countries:
				for _, n := range names {
					add(gazOrg, n)
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	// The last words of multi-word organisation and place names: a name
	// the lists miss often ends like the ones they hold ("... Discrimination
	// Committee", "... Province"). A word counts for a kind when at least
	// minDesignator names of that kind end with it and at most a third as
	// many of the other.
	lastWords := func(ks ...int) map[string]int {
		n := map[string]int{}
		for _, k := range ks {
			for p := range sets[k] {
				if i := strings.LastIndexByte(p, ' '); i > 0 {
					n[p[i+1:]]++
				}
			}
		}
		return n
	}
	orgLast := lastWords(gazOrg)
	locLast := lastWords(gazRegion, gazCity)
	// Place names are many more, and their last words include common
	// surnames ("San Antonio"): a place word needs more names.
	const minDesignator, minPlaceWord = 5, 40
	for w, n := range orgLast {
		if n >= minDesignator && locLast[w]*3 <= n && len(w) > 2 {
			sets[gazOrgWord][w] = true
		}
	}
	for w, n := range locLast {
		if n >= minPlaceWord && orgLast[w]*3 <= n && len(w) > 2 {
			sets[gazLocWord][w] = true
		}
	}
	var phrases [numGaz][]string
	for k, s := range sets {
		for p := range s {
			phrases[k] = append(phrases[k], p)
		}
		sort.Strings(phrases[k])
	}
	return newGazetteer(phrases), nil
}

func eachTSV(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			fn(strings.Split(line, "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer %s: %w", path, err)
	}
	return nil
}

// readCities calls fn with the name, ASCII name and capitalised alternate names
// of each GeoNames city, and its population. Lower-case alternates are mostly transliterations and
// codes ("an dao er cheng") that would match ordinary words.
func readCities(path string, fn func(names []string, pop int)) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return fmt.Errorf("gazetteer %s: %w", zf.Name, err)
		}
		err = eachLine(rc, func(line string) {
			c := strings.Split(line, "\t")
			if len(c) < 15 {
				return
			}
			pop, _ := strconv.Atoi(c[14])
			names := []string{c[1], c[2]}
			for _, a := range strings.Split(c[3], ",") {
				if a != "" && unicode.IsUpper([]rune(a)[0]) && !isAllUpper(a) {
					names = append(names, a)
				}
			}
			fn(names, pop)
		})
		rc.Close()
		if err != nil {
			return fmt.Errorf("gazetteer %s: %w", zf.Name, err)
		}
	}
	return nil
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func eachLine(r io.Reader, fn func(string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}

// readActors reads a PETRARCH actor dictionary and calls fn once per entry with
// its names (the root and its "+" synonyms, underscores as spaces). An entry is a
// person when one of its codes carries a date restriction ("[ARGGOV 080101-080430]"):
// only office holders are dated in these files.
func readActors(path string, fn func(names []string, person bool)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	var (
		names  []string
		person bool
	)
	flush := func() {
		if len(names) > 0 {
			fn(names, person)
		}
		names, person = nil, false
	}
	noteCodes := func(s string) {
		for {
			i := strings.IndexByte(s, '[')
			if i < 0 {
				return
			}
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return
			}
			if strings.ContainsAny(s[i:i+j], " ><") && strings.ContainsAny(s[i:i+j], "0123456789") {
				person = true
			}
			s = s[i+j+1:]
		}
	}
	err = eachLine(f, func(line string) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			return
		}
		switch {
		case line[0] == ' ' || line[0] == '\t':
			noteCodes(line)
			return
		case line[0] == '+':
			line = line[1:]
		default:
			flush()
		}
		name := line
		if i := strings.IndexByte(name, '['); i >= 0 {
			noteCodes(name[i:])
			name = name[:i]
		}
		name = strings.TrimSpace(strings.ReplaceAll(name, "_", " "))
		name = strings.TrimPrefix(name, "THE ")
		if name != "" {
			names = append(names, name)
		}
	})
	if err != nil {
		return fmt.Errorf("gazetteer %s: %w", path, err)
	}
	flush()
	return nil
}
