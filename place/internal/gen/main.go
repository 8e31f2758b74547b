// Command gen builds the place package's gazetteer from the GeoNames extracts in
// SITREP_SHARED/data/geonames, and the list of place names that are also common
// words or person names, from word frequencies in the UD English treebanks (EWT, GUM)
// and the Universal NER entity spans.
//
// Usage, from the repository root:
//
//	SITREP_SHARED=../shared go run ./place/internal/gen
//
// It writes place/data/gazetteer.tsv.gz and place/data/ambiguous.tsv.
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep/internal/repo"
	"github.com/sitrep-dev/sitrep/place/internal/norm"
)

func main() {
	out := flag.String("out", "", "output directory (default: place/data under the repository root)")
	flag.Parse()
	if err := run(*out); err != nil {
		slog.Error("gen", "err", err)
		os.Exit(1)
	}
}

// entry is one gazetteer row.
type entry struct {
	kind     string // C country, A first-level division, P populated place, R region
	id       int
	iso3     string
	admin1   string
	lat, lon float64
	pop      int64
	primary  []string
	alts     []string
}

func run(out string) error {
	root, err := repo.Root()
	if err != nil {
		return err
	}
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		return fmt.Errorf("SITREP_SHARED not set")
	}
	if !filepath.IsAbs(shared) {
		shared = filepath.Join(root, shared)
	}
	if out == "" {
		out = filepath.Join(root, "place", "data")
	}
	geo := filepath.Join(shared, "data", "geonames")
	genDir := filepath.Join(root, "place", "internal", "gen")

	countries, iso2to3, err := readCountries(filepath.Join(geo, "countryInfo.tsv"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(geo, "cities15000.zip"), iso2to3)
	if err != nil {
		return err
	}
	admins, err := readAdmin1(filepath.Join(geo, "admin1CodesASCII.txt"), filepath.Join(geo, "regionInfo.tsv"), iso2to3)
	if err != nil {
		return err
	}
	if err := addAliases(filepath.Join(genDir, "aliases.tsv"), countries, admins); err != nil {
		return err
	}
	regions, err := readRegions(filepath.Join(genDir, "regions.tsv"))
	if err != nil {
		return err
	}
	placeCountries(countries, admins, cities)
	shareCapitalNames(admins, cities)
	freq, err := countWords(shared)
	if err != nil {
		return err
	}
	dropped := 0
	for _, c := range cities {
		n := len(c.alts)
		c.alts = slices.DeleteFunc(c.alts, func(a string) bool { return translated(a, freq) })
		dropped += n - len(c.alts)
	}
	slog.Info("dropped alternates made of common words", "n", dropped)

	all := make([]*entry, 0, len(countries)+len(admins)+len(cities)+len(regions))
	for _, c := range countries {
		all = append(all, c)
	}
	for _, a := range admins {
		all = append(all, a)
	}
	all = append(all, regions...)
	all = append(all, cities...)
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].kind != all[j].kind {
			return kindOrder(all[i].kind) < kindOrder(all[j].kind)
		}
		if all[i].id != all[j].id {
			return all[i].id < all[j].id
		}
		// GeoNames gives a few divisions two codes under one id.
		return all[i].iso3+"."+all[i].admin1 < all[j].iso3+"."+all[j].admin1
	})
	if err := writeGazetteer(filepath.Join(out, "gazetteer.tsv.gz"), all); err != nil {
		return err
	}

	if err := writeAmbiguous(filepath.Join(out, "ambiguous.tsv"), all, freq); err != nil {
		return err
	}
	return writeGivenNames(filepath.Join(out, "givennames.tsv"), freq, all)
}

func kindOrder(k string) int { return strings.Index("CARP", k) }

func readTSV(path string, fn func(fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanTSV(f, path, fn)
}

func scanTSV(r io.Reader, name string, fn func(fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if err := fn(strings.Split(s, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

func readCountries(path string) (map[string]*entry, map[string]string, error) {
	countries := map[string]*entry{}
	iso2to3 := map[string]string{}
	err := readTSV(path, func(f []string) error {
		if len(f) < 17 {
			return fmt.Errorf("want 17+ fields, got %d", len(f))
		}
		id, _ := strconv.Atoi(f[16])
		if id == 0 { // dissolved countries (Serbia and Montenegro, Netherlands Antilles)
			return nil
		}
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		iso2to3[f[0]] = f[1]
		name := strings.TrimPrefix(f[4], "The ")
		countries[f[1]] = &entry{kind: "C", id: id, iso3: f[1], pop: pop, primary: []string{name}}
		return nil
	})
	return countries, iso2to3, err
}

func readCities(path string, iso2to3 map[string]string) ([]*entry, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer zr.Close()
	var cities []*entry
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, fmt.Errorf("open %s in %s: %w", zf.Name, path, err)
		}
		err = scanTSV(rc, zf.Name, func(f []string) error {
			if len(f) < 15 {
				return fmt.Errorf("want 15+ fields, got %d", len(f))
			}
			iso3, ok := iso2to3[f[8]]
			if !ok {
				return nil
			}
			id, _ := strconv.Atoi(f[0])
			lat, _ := strconv.ParseFloat(f[4], 64)
			lon, _ := strconv.ParseFloat(f[5], 64)
			pop, _ := strconv.ParseInt(f[14], 10, 64)
			e := &entry{kind: "P", id: id, iso3: iso3, admin1: f[10], lat: lat, lon: lon, pop: pop}
			e.primary = addName(nil, f[1], f[2])
			names := slices.Clone(e.primary)
			for _, a := range strings.Split(f[3], ",") {
				if usableAlternate(a) {
					names = addName(names, a)
				}
			}
			e.alts = names[len(e.primary):]
			cities = append(cities, e)
			return nil
		})
		rc.Close()
		if err != nil {
			return nil, err
		}
	}
	return cities, nil
}

// usableAlternate keeps Latin-script names a news text could use: no digits, no codes
// (airport and postal abbreviations are all capitals), not too short or too long.
func usableAlternate(a string) bool {
	a = strings.TrimSpace(a)
	if len(a) < 3 || len(a) > 40 {
		return false
	}
	letters, upper := 0, 0
	for _, r := range a {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’' || r == 'ʼ':
		default:
			return false
		}
	}
	return letters >= 4 && upper < letters && unicode.IsUpper([]rune(a)[0])
}

// addName appends names not already present under the same key.
func addName(names []string, add ...string) []string {
	for _, a := range add {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		k := key(a)
		if k == "" || slices.ContainsFunc(names, func(n string) bool { return key(n) == k }) {
			continue
		}
		names = append(names, a)
	}
	return names
}

func key(s string) string { return norm.Key(s) }

// adminAffixes are the words GeoNames wraps around first-level division names; the
// bare name is what news text uses ("Nineveh province", "Karbala").
var adminPrefixes = []string{"Muhafazat ", "Imarat ", "Province of ", "State of ", "Provincia de ", "Provincia di ", "Wilayat ", "Region of ", "Oblast' ", "Departamento de "}
var adminSuffixes = []string{" Governorate", " Province", " Region", " Oblast", " District", " State", " Prefecture", " County", " Department", " Municipality"}

func readAdmin1(path, regionInfo string, iso2to3 map[string]string) (map[string]*entry, error) {
	admins := map[string]*entry{}
	add := func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("want 4 fields, got %d", len(f))
		}
		cc, code, ok := strings.Cut(f[0], ".")
		if !ok {
			return fmt.Errorf("bad code %q", f[0])
		}
		iso3, ok := iso2to3[cc]
		if !ok {
			return nil
		}
		id, _ := strconv.Atoi(f[3])
		e := admins[f[0]]
		if e == nil {
			e = &entry{kind: "A", id: id, iso3: iso3, admin1: code}
			admins[f[0]] = e
		}
		for _, n := range []string{f[1], f[2]} {
			e.primary = addName(e.primary, n)
			for _, p := range adminPrefixes {
				if strings.HasPrefix(n, p) {
					e.primary = addName(e.primary, strings.TrimPrefix(n, p))
				}
			}
			for _, s := range adminSuffixes {
				if strings.HasSuffix(n, s) {
					e.primary = addName(e.primary, strings.TrimSuffix(n, s))
				}
			}
		}
		return nil
	}
	if err := readTSV(path, add); err != nil {
		return nil, err
	}
	if err := readTSV(regionInfo, add); err != nil {
		return nil, err
	}
	return admins, nil
}

// addAliases adds the names of aliases.tsv to countries (keyed by ISO3) and
// first-level divisions (keyed by GeoNames code, "SY.08").
func addAliases(path string, countries, admins map[string]*entry) error {
	return readTSV(path, func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		e, ok := countries[f[0]]
		if !ok {
			e, ok = admins[f[0]]
		}
		if !ok {
			return fmt.Errorf("unknown country or division %q", f[0])
		}
		e.primary = addName(e.primary, strings.Split(f[1], "|")...)
		return nil
	})
}

// shareCapitalNames gives a division the alternate names of its namesake city
// ("Raqqa" for Ar-Raqqah governorate, from the city of Ar Raqqah), so that "Raqqa
// province" finds the province.
func shareCapitalNames(admins map[string]*entry, cities []*entry) {
	byCode := map[string]*entry{}
	for _, a := range admins {
		byCode[a.iso3+"."+a.admin1] = a
	}
	for _, c := range cities {
		a := byCode[c.iso3+"."+c.admin1]
		if a == nil || len(c.alts) == 0 {
			continue
		}
		same := false
		for _, n := range c.primary {
			for _, m := range a.primary {
				same = same || key(n) == key(m)
			}
		}
		if !same {
			continue
		}
		names := append(slices.Clone(a.primary), a.alts...)
		n := len(names)
		names = addName(names, c.alts...)
		a.alts = append(a.alts, names[n:]...)
	}
}

func readRegions(path string) ([]*entry, error) {
	var regions []*entry
	err := readTSV(path, func(f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("want 5 fields, got %d", len(f))
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates %q %q", f[3], f[4])
		}
		e := &entry{kind: "R", iso3: strings.TrimSpace(f[2]), lat: lat, lon: lon, primary: []string{f[0]}}
		if f[1] != "" {
			e.primary = addName(e.primary, strings.Split(f[1], "|")...)
		}
		regions = append(regions, e)
		return nil
	})
	return regions, err
}

// placeCountries gives countries and first-level divisions, which the GeoNames
// extracts list without coordinates, the median latitude and longitude of their
// cities: unlike a mean or a bounding-box centre, the median stays on the mainland of
// countries with far-flung territories. Division populations are the sum of their
// cities', enough to rank homonyms.
func placeCountries(countries map[string]*entry, admins map[string]*entry, cities []*entry) {
	type pts struct{ lat, lon []float64 }
	byCountry, byAdmin := map[string]*pts{}, map[string]*pts{}
	get := func(m map[string]*pts, k string) *pts {
		if m[k] == nil {
			m[k] = &pts{}
		}
		return m[k]
	}
	adminKey := func(iso3, code string) string { return iso3 + "." + code }
	adminByKey := map[string]*entry{}
	for _, a := range admins {
		adminByKey[adminKey(a.iso3, a.admin1)] = a
	}
	for _, c := range cities {
		p := get(byCountry, c.iso3)
		p.lat, p.lon = append(p.lat, c.lat), append(p.lon, c.lon)
		k := adminKey(c.iso3, c.admin1)
		p = get(byAdmin, k)
		p.lat, p.lon = append(p.lat, c.lat), append(p.lon, c.lon)
		if a := adminByKey[k]; a != nil {
			a.pop += c.pop
		}
	}
	for _, c := range countries {
		if p := byCountry[c.iso3]; p != nil {
			c.lat, c.lon = median(p.lat), median(p.lon)
		}
	}
	for _, a := range admins {
		if p := byAdmin[adminKey(a.iso3, a.admin1)]; p != nil {
			a.lat, a.lon = median(p.lat), median(p.lon)
		} else if c := countries[a.iso3]; c != nil {
			a.lat, a.lon = c.lat, c.lon
		}
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func writeGazetteer(path string, all []*entry) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	zw.ModTime = time.Time{}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# sitrep gazetteer, generated by place/internal/gen from GeoNames (CC BY 4.0, https://www.geonames.org/)")
	fmt.Fprintln(w, "# kind\tgeonameid\tiso3\tadmin1\tlat\tlon\tpopulation\tnames\talternate-keys")
	for _, e := range all {
		// Alternates are written as lookup keys: the matcher never shows them, and
		// folding 110,000 names at every start-up is what would cost.
		alts := make([]string, 0, len(e.alts))
		for _, a := range e.alts {
			if k := key(a); k != "" && !slices.Contains(alts, k) {
				alts = append(alts, k)
			}
		}
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", e.kind, e.id, e.iso3, e.admin1,
			coord(e.lat), coord(e.lon), e.pop, strings.Join(e.primary, "|"), strings.Join(alts, "|"))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	slog.Info("wrote gazetteer", "path", path, "entries", len(all))
	return nil
}

func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
}

// translated reports whether a several-word alternate name is made only of common
// words: such names are translations ("White House" for Casablanca) that English
// text uses for other things.
func translated(name string, freq map[string]*wordFreq) bool {
	words := strings.Fields(key(name))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if f := freq[w]; f == nil || !f.common() {
			return false
		}
	}
	return true
}

func (w *wordFreq) common() bool { return w.lower >= 2 && w.lower >= w.capMid }

// personOpen finds a GUM entity annotation opening a person mention.
var personOpen = regexp.MustCompile(`\(\d+-person-`)

// wordFreq counts how a lower-cased word form is used in the reference corpora.
type wordFreq struct {
	lower  int // written in lower case
	capMid int // capitalised, not first in its sentence
	per    int // inside a person-name entity
	loc    int // inside a location entity
	given  int // first word of a several-word person name
}

func countWords(shared string) (map[string]*wordFreq, error) {
	freq := map[string]*wordFreq{}
	get := func(w string) *wordFreq {
		k := strings.ToLower(w)
		if freq[k] == nil {
			freq[k] = &wordFreq{}
		}
		return freq[k]
	}
	var conllu []string
	for _, pat := range []string{"ud-ewt/*.conllu", "gum/dep/*.conllu"} {
		m, err := filepath.Glob(filepath.Join(shared, "data", pat))
		if err != nil {
			return nil, err
		}
		conllu = append(conllu, m...)
	}
	for _, path := range conllu {
		first := true
		opened := "" // a proper noun that opened a person entity (GUM)
		err := readTSV(path, func(f []string) error {
			if len(f) < 4 || strings.ContainsAny(f[0], "-.") {
				return nil
			}
			form := f[1]
			if f[0] == "1" {
				first = true
				opened = ""
			}
			if opened != "" && f[3] == "PROPN" {
				get(opened).given++
			}
			opened = ""
			if len(f) >= 10 && f[3] == "PROPN" && personOpen.MatchString(f[9]) {
				opened = form
			}
			w := get(form)
			switch {
			case form == strings.ToLower(form):
				w.lower++
			case !first && unicode.IsUpper([]rune(form)[0]):
				w.capMid++
			}
			first = false
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	iob, err := filepath.Glob(filepath.Join(shared, "data", "uner", "*", "*.iob2"))
	if err != nil {
		return nil, err
	}
	for _, path := range iob {
		prevTag, prevForm := "", ""
		err := readTSV(path, func(f []string) error {
			if len(f) < 3 {
				return nil
			}
			if prevTag == "B-PER" && f[2] == "I-PER" {
				get(prevForm).given++
			}
			prevTag, prevForm = f[2], f[1]
			switch strings.TrimLeft(f[2], "BI-") {
			case "PER":
				get(f[1]).per++
			case "LOC":
				get(f[1]).loc++
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(freq) == 0 {
		return nil, fmt.Errorf("no word counts: no treebanks under %s/data", shared)
	}
	return freq, nil
}

// nameParticles begin person names without being given names ("bin Laden", "al
// Assad"), and begin place names too.
var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "abu": true,
	"abd": true, "van": true, "von": true, "de": true, "la": true, "le": true, "del": true,
	"da": true, "di": true, "st": true, "st.": true, "san": true, "new": true}

// writeGivenNames lists the words the corpora use at least twice as the first word of
// a person's name ("John", "Michael"): before a place name they make it a surname
// ("Michael Jordan").
func writeGivenNames(path string, freq map[string]*wordFreq, all []*entry) error {
	// Country and region names ("U.S. Rep. ...") are not given names.
	places := map[string]bool{}
	for _, e := range all {
		if e.kind == "C" || e.kind == "R" {
			for _, n := range e.primary {
				places[key(n)] = true
			}
		}
	}
	var words []string
	for w, f := range freq {
		if f.given >= 2 && !f.common() && !nameParticles[w] && !places[key(w)] {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	b.WriteString("# Given names: words used at least twice as the first word of a person's name in\n")
	b.WriteString("# GUM's entity annotations and Universal NER; generated by place/internal/gen.\n")
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	slog.Info("wrote given names", "path", path, "words", len(words))
	return nil
}

// writeAmbiguous lists the one-word place names that the corpora use mostly as
// common words ("mobile", "split", "police") or as person names: the matcher accepts
// them only with supporting context.
func writeAmbiguous(path string, all []*entry, freq map[string]*wordFreq) error {
	seen := map[string]bool{}
	var lines []string
	for _, e := range all {
		if e.kind == "C" || e.kind == "R" {
			continue
		}
		for _, n := range append(slices.Clone(e.primary), e.alts...) {
			k := key(n)
			if strings.Contains(k, " ") || seen[k] {
				continue
			}
			seen[k] = true
			w := freq[k]
			if w == nil {
				continue
			}
			var flag string
			switch {
			case w.common():
				flag = "common"
			case w.per >= 2 && w.per > w.loc:
				flag = "person"
			default:
				continue
			}
			lines = append(lines, fmt.Sprintf("%s\t%s\t%d\t%d\t%d\t%d", k, flag, w.lower, w.capMid, w.per, w.loc))
		}
	}
	sort.Strings(lines)
	var b strings.Builder
	b.WriteString("# One-word place names used mostly as common words or person names in UD English EWT and GUM\n")
	b.WriteString("# and Universal NER, generated by place/internal/gen. word\tflag\tlower\tcapitalised-mid-sentence\tPER\tLOC\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	slog.Info("wrote ambiguous names", "path", path, "words", len(lines))
	return nil
}
