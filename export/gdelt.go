package export

import (
	"bufio"
	"embed"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

//go:embed data/*.tsv
var dataFS embed.FS

// codeTables are the data files the GDELT writer needs, loaded once.
var codeTables = sync.OnceValues(func() (tables, error) {
	t := tables{segment: map[string]string{}}
	err := readTSV("data/cameo_actor_segments.tsv", func(f []string) { t.segment[f[0]] = f[1] })
	return t, err
})

type tables struct {
	segment map[string]string // CAMEO segment → "type" | "religion"
}

func readTSV(name string, row func([]string)) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return fmt.Errorf("%s: bad line %q", name, line)
		}
		row(fields)
	}
	return sc.Err()
}

// gdeltActor holds the ten actor columns of GDELT 2.0 (Code … Type3Code).
type gdeltActor [10]string

// splitActor decomposes a CAMEO actor code into GDELT's columns: country, known group,
// ethnic, two religions, three types.
func (t tables) splitActor(a sitrep.EventActor) gdeltActor {
	var g gdeltActor
	code := strings.ToUpper(a.Code)
	if code == "" {
		return g
	}
	g[0], g[1] = code, a.Name
	if g[1] == "" {
		g[1] = a.Text
	}
	var types, religions []string
	for i := 0; i+3 <= len(code); i += 3 {
		seg := code[i : i+3]
		switch {
		case i == 0 && country.IsCode(seg):
			g[2] = seg
		case t.segment[seg] == "type":
			types = append(types, seg)
		case t.segment[seg] == "religion":
			religions = append(religions, seg)
		case g[3] == "":
			g[3] = seg
		}
	}
	copy(g[5:7], religions)
	copy(g[7:10], types)
	return g
}

// GDELT writes GDELT 2.0 event records: 61 tab-separated columns in the codebook's
// order, no header (as GDELT's export files), blank where sitrep has no value. Each
// sitrep event is one record with NumMentions, NumSources and NumArticles of 1 —
// cross-document clustering merges them later. GlobalEventID is a stable hash of the
// sitrep event id, since GDELT requires an integer.
func GDELT(w io.Writer, events []sitrep.Event, opts Options) error {
	t, err := codeTables()
	if err != nil {
		return fmt.Errorf("gdelt export: %w", err)
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	added := now.UTC().Format("20060102150405")
	bw := bufio.NewWriter(w)
	row := make([]string, 61)
	for _, e := range events {
		clear(row)
		row[0] = strconv.FormatUint(eventNumber(e.ID), 10)
		day, month, year, frac := gdeltDates(e.Date)
		row[1], row[2], row[3], row[4] = day, month, year, frac
		a1, a2 := t.splitActor(e.Source), t.splitActor(e.Target)
		copy(row[5:15], a1[:])
		copy(row[15:25], a2[:])
		row[26] = e.CAMEO
		if len(e.CAMEO) >= 3 {
			row[27] = e.CAMEO[:3]
		} else {
			row[27] = e.CAMEO
		}
		row[28] = e.Root
		if e.Quad != 0 {
			row[29] = strconv.Itoa(e.Quad)
		}
		row[30] = ftoa(e.Goldstein)
		row[31], row[32], row[33] = "1", "1", "1"
		if p := e.Place; p != nil {
			// GDELT's geo type: 1 country, 4 world city. sitrep places with a
			// GeoNames id below country level are cities or regions.
			row[51] = "1"
			if p.GeonameID != 0 && (p.Lat != 0 || p.Lon != 0) {
				row[51] = "4"
			}
			row[52] = p.Name
			row[53] = country.FIPS(p.Country)
			if p.Lat != 0 || p.Lon != 0 {
				row[56], row[57] = ftoa(p.Lat), ftoa(p.Lon)
			}
			if p.GeonameID != 0 {
				row[58] = strconv.Itoa(p.GeonameID)
			}
		}
		row[59] = added
		row[60] = e.URL
		if row[60] == "" {
			row[60] = strings.TrimSpace(e.Outlet + " " + e.Doc)
		}
		for i, v := range row {
			if i > 0 {
				bw.WriteByte('\t')
			}
			// Tabs and newlines would break the record.
			bw.WriteString(strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(v))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func eventNumber(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64() >> 1 // GDELT ids are signed 64-bit integers
}

// gdeltDates fills Day, MonthYear, Year and FractionDate at the precision the date
// has: a field is filled when the date's days (sitrep.DateSpan) lie in one of its
// units. A span of days of one week ("last week") fills no Day — no one day is
// known — but its month and year when it lies in one; across a month boundary only
// the year, across New Year nothing. GDELT's files always have a day; the other
// exports (CSV, PLOVER, JSON) carry the span as it is.
func gdeltDates(date string) (day, month, year, frac string) {
	first, last, ok := sitrep.DateSpan(date)
	if !ok {
		return "", "", "", ""
	}
	if first.Year() == last.Year() {
		year = first.Format("2006")
		if first.Month() == last.Month() && len(date) != len("2006") {
			month = first.Format("200601")
			if first.Equal(last) {
				f := float64(first.Year()) + float64(first.YearDay()-1)/365
				day, frac = first.Format("20060102"), strconv.FormatFloat(f, 'f', 4, 64)
			}
		}
	}
	return day, month, year, frac
}
