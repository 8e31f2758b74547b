// Package codebook answers what a CAMEO event code means: its name, root, Goldstein
// score, quad class and PLOVER type, mode and context. Everything comes from data files
// vendored in event/data (cameo_codes_goldstein.csv, CAMEO2PLOVER-2021.txt,
// plover_event_types_modes.csv and PETR.Internal.Coding.Ontology.txt), never from Go
// literals, so a corrected table needs no code change.
package codebook

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/event/data"
)

// Code is one CAMEO event code.
type Code struct {
	Code string // "062"
	Root string // "06"
	Name string
	// Goldstein is the GDELT table's value, falling back to ICEWS where GDELT has none
	// (1213): GDELT is what most downstream users compare against.
	Goldstein float64
	// Quad is GDELT's quad class: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	Quad          int
	PLOVER        string // "COOPERATE"; "" where PLOVER drops the code (roots 01, 02)
	PLOVERMode    string // "visit", "" ...
	PLOVERContext string // "military", "" ...
}

// Book is a loaded codebook. Its methods are safe for concurrent use.
type Book struct {
	codes map[string]Code
	// needsTarget says, per PLOVER type, whether PLOVER requires a recipient.
	needsTarget map[string]bool
	// pico maps CAMEO codes to PETRARCH's internal ontology and back; it lets the
	// coder combine "intend" with the code of the intended act.
	pico    map[string]int
	fromPic map[int]string
}

var (
	defaultOnce sync.Once
	defaultBook *Book
	defaultErr  error
)

// Default returns the codebook built from the embedded data, loaded once.
func Default() (*Book, error) {
	defaultOnce.Do(func() { defaultBook, defaultErr = Load(data.FS) })
	return defaultBook, defaultErr
}

// Load reads the codebook files from fsys.
func Load(fsys fs.FS) (*Book, error) {
	b := &Book{codes: map[string]Code{}, needsTarget: map[string]bool{}, pico: map[string]int{}, fromPic: map[int]string{}}
	steps := []struct {
		name string
		read func(io.Reader) error
	}{
		{"cameo_codes_goldstein.csv", b.readGoldstein},
		{"CAMEO2PLOVER-2021.txt", b.readPLOVER},
		{"plover_event_types_modes.csv", b.readPLOVERTypes},
		{"PETR.Internal.Coding.Ontology.txt", b.readOntology},
	}
	for _, s := range steps {
		f, err := fsys.Open(s.name)
		if err != nil {
			return nil, fmt.Errorf("codebook: %w", err)
		}
		err = s.read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("codebook: read %s: %w", s.name, err)
		}
	}
	return b, nil
}

func (b *Book) readGoldstein(r io.Reader) error {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, need := range []string{"code", "root_code", "name", "goldstein_icews", "goldstein_gdelt", "quad_class_gdelt", "plover_event_2021", "plover_mode_2021", "plover_context_2021"} {
		if _, ok := col[need]; !ok {
			return fmt.Errorf("missing column %q", need)
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		c := Code{
			Code:          rec[col["code"]],
			Root:          rec[col["root_code"]],
			Name:          rec[col["name"]],
			PLOVER:        rec[col["plover_event_2021"]],
			PLOVERMode:    rec[col["plover_mode_2021"]],
			PLOVERContext: rec[col["plover_context_2021"]],
		}
		g := rec[col["goldstein_gdelt"]]
		if g == "" {
			g = rec[col["goldstein_icews"]]
		}
		if c.Goldstein, err = strconv.ParseFloat(g, 64); err != nil {
			return fmt.Errorf("code %s: goldstein %q: %w", c.Code, g, err)
		}
		if c.Quad, err = strconv.Atoi(rec[col["quad_class_gdelt"]]); err != nil {
			return fmt.Errorf("code %s: quad class: %w", c.Code, err)
		}
		b.codes[c.Code] = c
	}
}

// readPLOVER reads CAMEO2PLOVER-2021.txt ("062: COOPERATE,   ,   military # ..."),
// the authoritative mapping; it overrides the CSV's copy of the same columns.
func (b *Book) readPLOVER(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || len(code) < 3 {
			continue // blank, comment or a root header such as "06: COOPERATE"
		}
		f := strings.Split(rest, ",")
		for len(f) < 3 {
			f = append(f, "")
		}
		c, known := b.codes[code]
		if !known {
			continue
		}
		c.PLOVER = strings.TrimSpace(f[0])
		c.PLOVERMode = strings.TrimSpace(f[1])
		c.PLOVERContext = strings.TrimSpace(f[2])
		b.codes[code] = c
	}
	return sc.Err()
}

func (b *Book) readPLOVERTypes(r io.Reader) error {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return err
	}
	ev, req := -1, -1
	for i, h := range head {
		switch h {
		case "event":
			ev = i
		case "requires_recipient":
			req = i
		}
	}
	if ev < 0 || req < 0 {
		return fmt.Errorf("missing event or requires_recipient column")
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if strings.EqualFold(rec[req], "yes") {
			b.needsTarget[rec[ev]] = true
		} else if _, seen := b.needsTarget[rec[ev]]; !seen {
			b.needsTarget[rec[ev]] = false
		}
	}
}

// readOntology reads PETR.Internal.Coding.Ontology.txt lines "062:0x0076". Codes
// whose value is an expression (negations such as "-0xFFFF+0x0070") are skipped: the
// coder only uses the simple codes to combine intent with an act.
func (b *Book) readOntology(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		code, val, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			continue
		}
		v, err := strconv.ParseInt(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(val)), "0x"), 16, 32)
		if err != nil {
			continue
		}
		b.pico[code] = int(v)
		if _, dup := b.fromPic[int(v)]; !dup {
			b.fromPic[int(v)] = code
		}
	}
	return sc.Err()
}

// Lookup returns the code's entry. A four-digit code the tables lack falls back to its
// three-digit parent, which keeps Goldstein and PLOVER meaningful.
func (b *Book) Lookup(code string) (Code, bool) {
	if c, ok := b.codes[code]; ok {
		return c, true
	}
	if len(code) == 4 {
		if c, ok := b.codes[code[:3]]; ok {
			c.Code = code
			return c, true
		}
	}
	return Code{}, false
}

// NeedsTarget reports whether PLOVER requires a recipient for events of this code.
// Unknown types require one: an event without a target is rarely worth reporting.
func (b *Book) NeedsTarget(code string) bool {
	c, ok := b.Lookup(code)
	if !ok {
		return true
	}
	need, ok := b.needsTarget[c.PLOVER]
	return !ok || need
}

// Intent returns the CAMEO code for expressing intent to do code ("cooperate
// militarily" 062 → "intend to cooperate militarily" 0312), through PETRARCH's
// internal ontology, where intent is the 0x3000 category and the act its low bits.
// ok is false when the act has no intent counterpart (violence, for instance).
func (b *Book) Intent(code string) (string, bool) {
	v, ok := b.pico[code]
	if !ok {
		return "", false
	}
	top := v & 0xF000
	if top != 0 && top != 0xB000 { // only material/diplomatic acts and consultations
		return "", false
	}
	low := v & 0x0FFF
	if low == 0 && top == 0 {
		return "", false
	}
	if top == 0xB000 && low == 0 {
		// consulting at large (040): intend to meet, not the intent to
		// cooperate at large that 0x3000 alone is
		c, ok := b.fromPic[0x3010]
		return c, ok
	}
	if c, ok := b.fromPic[0x3000|low]; ok {
		return c, true
	}
	if top == 0xB000 { // any consultation: intend to meet
		c, ok := b.fromPic[0x3010]
		return c, ok
	}
	if c, ok := b.fromPic[0x3000|(low&0x0FF0)]; ok && low&0x0FF0 != 0 {
		return c, true
	}
	return "", false
}
