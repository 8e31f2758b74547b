// Package petr runs the PETRARCH validation suite against sitrep's event coder: it
// reads PETRARCH's unit-test records (sentences with their Penn Treebank parses and
// the codings PETRARCH must produce), converts each parse to dependencies, finds the
// actors with the suite's own fictional actor and agent dictionaries, codes the
// sentence with the suite's verb dictionary, and reports which expected codings were
// reproduced, per category, with the reason for each failure.
//
// The suite is PETRARCH-1's (version 0.5), and the coder runs with its semantics
// (event.Options.PhraseWords and friends): verb patterns read as word sequences with
// underscore ties and $ + % ^ actor markers, agents composing with the actors of
// their noun phrase, the records' <Config> options require_dyad and
// new_actor_length, and the error records (bad parses, datelines, discards).
// FAILURES.md lists what still fails and why; `sitrep eval petr --markdown`
// regenerates it.
package petr

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/event"
)

// Report is the outcome of a validation run.
type Report struct {
	Records    int // records read
	Codings    int // expected codings (records expecting no event excluded)
	Reproduced int // expected codings the coder produced exactly
	// NoEvent counts records that expect no event, and NoEventOK those the coder
	// left without one.
	NoEvent, NoEventOK int
	// Passed counts records whose events equal the expected ones exactly.
	Passed     int
	Categories []Category
	Failures   []Failure
}

// Share is the fraction of expected codings reproduced.
func (r Report) Share() float64 {
	if r.Codings == 0 {
		return 0
	}
	return float64(r.Reproduced) / float64(r.Codings)
}

// Category is the result for one record category (DEMO, SYNSET, COMPOUND...).
type Category struct {
	Name                        string
	Records, Passed             int
	Codings, Reproduced, Missed int
}

// Failure is a record whose events differ from the expected ones.
type Failure struct {
	ID, Category, Text string
	Expected, Got      []string // "SRC TGT CODE"
	Reasons            []string
}

// record is one <Sentence>, with the <Config> options in force where it stands.
type record struct {
	ID       string   `xml:"id,attr"`
	Date     string   `xml:"date,attr"`
	Category string   `xml:"category,attr"`
	Codings  []coding `xml:"EventCoding"`
	Text     string   `xml:"Text"`
	Parse    string   `xml:"Parse"`
	cfg      config
}

// config holds the PETRARCH <Config> options the records set as the file goes on.
type config struct {
	// requireDyad false lets an event without a target be coded, its target "---".
	requireDyad bool
	// newActorLength > 0 lets a noun phrase of up to that many words that is not in
	// the actor dictionary stand as an actor, coded by its own text in quotes.
	newActorLength int
}

// readRecords reads the <Sentence> records in file order, applying each <Config>
// element to the records after it, as PETRARCH's validation reader does.
func readRecords(raw []byte) ([]record, error) {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	cfg := config{requireDyad: true}
	var out []record
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Config":
			var opt, val string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "option":
					opt = a.Value
				case "value":
					val = strings.TrimSpace(a.Value)
				}
			}
			switch opt {
			case "require_dyad":
				cfg.requireDyad = !strings.EqualFold(val, "false")
			case "new_actor_length":
				cfg.newActorLength, _ = strconv.Atoi(val)
			}
		case "Sentence":
			var r record
			if err := dec.DecodeElement(&r, &se); err != nil {
				return nil, err
			}
			r.cfg = cfg
			out = append(out, r)
		}
	}
}

type coding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Code     string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
	// Error names the error the record must raise instead of events: a parse the
	// reader rejects (bad_input_parse), a dateline, a story or sentence discard.
	Error string `xml:"error,attr"`
}

// ValidatePETR codes the records of recordsPath (PETR.UnitTest.records.xml) with
// the verb, actor and agent dictionaries found in dictDir (PETR.Validate.*.txt).
func ValidatePETR(recordsPath, dictDir string) (Report, error) {
	var rep Report
	raw, err := os.ReadFile(recordsPath)
	if err != nil {
		return rep, fmt.Errorf("read records: %w", err)
	}
	recs, err := readRecords(raw)
	if err != nil {
		return rep, fmt.Errorf("parse %s: %w", recordsPath, err)
	}
	find := func(kind string) (string, error) {
		m, _ := filepath.Glob(filepath.Join(dictDir, "*"+kind+"*.txt"))
		if len(m) == 0 {
			return "", fmt.Errorf("no %s dictionary in %s", kind, dictDir)
		}
		return m[0], nil
	}
	verbs, err := find("verbs")
	if err != nil {
		return rep, err
	}
	coders, err := loadCoders(verbs)
	if err != nil {
		return rep, err
	}
	ad := newActorDict()
	for _, kind := range []string{"actors", "agents"} {
		p, err := find(kind)
		if err != nil {
			return rep, err
		}
		f, err := os.Open(p)
		if err != nil {
			return rep, fmt.Errorf("open %s: %w", p, err)
		}
		if kind == "actors" {
			err = ad.readActors(f)
		} else {
			err = ad.readAgents(f)
		}
		f.Close()
		if err != nil {
			return rep, fmt.Errorf("read %s: %w", p, err)
		}
	}
	disc := &discards{}
	if p, err := find("discards"); err == nil {
		f, err := os.Open(p)
		if err != nil {
			return rep, fmt.Errorf("open %s: %w", p, err)
		}
		err = disc.read(f)
		f.Close()
		if err != nil {
			return rep, fmt.Errorf("read %s: %w", p, err)
		}
	}
	cats := map[string]*Category{}
	for _, r := range recs {
		rep.Records++
		cat := cats[r.Category]
		if cat == nil {
			cat = &Category{Name: r.Category}
			cats[r.Category] = cat
		}
		cat.Records++
		var want []string
		noEvents := false
		for _, c := range r.Codings {
			if c.Error != "" {
				want = append(want, "ERROR "+c.Error)
				continue
			}
			if strings.EqualFold(c.NoEvents, "true") {
				noEvents = true
				continue
			}
			want = append(want, c.Source+" "+c.Target+" "+c.Code)
		}
		got, mentions, perr := codeRecord(coders, ad, disc, r)
		gotSet := map[string]bool{}
		for _, g := range got {
			gotSet[g] = true
		}
		fail := Failure{ID: r.ID, Category: r.Category, Text: strings.Join(strings.Fields(r.Text), " "), Expected: want, Got: got}
		if perr != nil && !inList("ERROR bad_input_parse", want...) {
			fail.Reasons = append(fail.Reasons, "parse: "+perr.Error())
		}
		if noEvents && len(want) == 0 {
			rep.NoEvent++
			if len(got) == 0 {
				rep.NoEventOK++
			} else {
				fail.Reasons = append(fail.Reasons, "events where none are expected")
			}
		}
		for _, w := range want {
			rep.Codings++
			cat.Codings++
			if gotSet[w] {
				rep.Reproduced++
				cat.Reproduced++
				continue
			}
			cat.Missed++
			fail.Reasons = append(fail.Reasons, reason(w, got, mentions))
		}
		if len(fail.Reasons) == 0 && len(got) != len(want) {
			fail.Reasons = append(fail.Reasons, "extra events")
		}
		if len(fail.Reasons) == 0 {
			rep.Passed++
			cat.Passed++
			continue
		}
		rep.Failures = append(rep.Failures, fail)
	}
	for _, c := range cats {
		rep.Categories = append(rep.Categories, *c)
	}
	sort.Slice(rep.Categories, func(i, j int) bool { return rep.Categories[i].Name < rep.Categories[j].Name })
	return rep, nil
}

// reason explains why an expected coding "SRC TGT CODE" was not produced.
func reason(want string, got []string, mentions map[string]bool) string {
	if e, ok := strings.CutPrefix(want, "ERROR "); ok {
		return fmt.Sprintf("error: %s not detected", e)
	}
	f := codingFields(want)
	if len(f) != 3 {
		return "malformed expected coding " + want
	}
	src, tgt, code := f[0], f[1], f[2]
	// A missing target ("---") is no actor to find. mentions is only read: it is
	// nil for a record whose parse was rejected, and writing to it panicked.
	found := func(code string) bool { return code == "---" || mentions[code] }
	switch {
	case !found(src) && !found(tgt):
		return fmt.Sprintf("actors: neither %s nor %s found", src, tgt)
	case !found(src):
		return fmt.Sprintf("actor: source %s not found", src)
	case !found(tgt):
		return fmt.Sprintf("actor: target %s not found", tgt)
	}
	for _, g := range got {
		gf := codingFields(g)
		if len(gf) == 3 && gf[0] == src && gf[1] == tgt {
			return fmt.Sprintf("code: %s %s got %s, want %s", src, tgt, gf[2], code)
		}
	}
	for _, g := range got {
		if gf := codingFields(g); len(gf) == 3 && gf[2] == code {
			return fmt.Sprintf("roles: %s coded as %s %s, want %s %s", code, gf[0], gf[1], src, tgt)
		}
	}
	return fmt.Sprintf("no event %s→%s (verb or pattern not matched)", src, tgt)
}

// coders are the event coders for the two settings of PETRARCH's require_dyad.
type coders struct{ dyad, dyadless *event.Coder }

// loadCoders builds the coders with PETRARCH-1 semantics: pattern words anywhere in
// the phrase and in sequence, the dictionary's codes whatever the mode, reciprocal
// events, every source–target pair.
func loadCoders(verbs string) (coders, error) {
	var cs coders
	opts := event.Options{VerbFiles: []string{verbs}, Statements: true, PhraseWords: true, KeepCodes: true, Paired: true, AllPairs: true}
	var err error
	if cs.dyad, err = event.Load(opts); err != nil {
		return cs, err
	}
	opts.Dyadless = true
	if cs.dyadless, err = event.Load(opts); err != nil {
		return cs, err
	}
	return cs, nil
}

// codingFields splits "SRC TGT CODE" where an actor may be a quoted phrase
// ("\"THE MINISTRY OF MAGIC\" GON 032", a new actor).
func codingFields(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			if j := strings.IndexByte(s[1:], '"'); j >= 0 {
				out = append(out, s[:j+2])
				s = s[j+2:]
				continue
			}
		}
		f, rest, _ := strings.Cut(s, " ")
		out = append(out, f)
		s = rest
	}
	return out
}

// codeRecord codes one record; it returns the events as "SRC TGT CODE" and the
// actor codes found. A record PETRARCH rejects yields one "ERROR kind" instead of
// events: bad_input_parse for a tree it cannot read, dateline, storydiscard and
// sentencediscard.
func codeRecord(cs coders, ad *actorDict, disc *discards, r record) ([]string, map[string]bool, error) {
	c := cs.dyad
	if !r.cfg.requireDyad {
		c = cs.dyadless
	}
	root, err := parseTree(r.Parse)
	if err != nil {
		return []string{"ERROR bad_input_parse"}, nil, err
	}
	s, text, conv := toSentence(root)
	words := make([]string, len(conv.leaves))
	for i, l := range conv.leaves {
		words[i] = strings.ToUpper(unescape(l.Word))
	}
	if isDateline(words) {
		return []string{"ERROR dateline"}, nil, nil
	}
	if kind := disc.match(words); kind != "" {
		return []string{"ERROR " + kind}, nil, nil
	}
	date, _ := strconv.Atoi(strings.TrimSpace(r.Date))
	ms := ad.mentions(root, conv, text, s, date, r.cfg.newActorLength)
	codes := map[string]bool{}
	for _, m := range ms {
		for _, c := range strings.Split(m.Code, "/") {
			codes[c] = true
		}
	}
	doc := &sitrep.Document{ID: r.ID, Text: text, Published: r.Date, Status: sitrep.StatusOK}
	var out []string
	seen := map[string]bool{}
	for _, ev := range c.Code(doc, []sitrep.Sentence{s}, ms) {
		// "FRO/BIL/SAM": an actor entry with several codes stands for each of them
		for _, src := range strings.Split(ev.Source.Code, "/") {
			tcode := ev.Target.Code
			if tcode == "" {
				tcode = "---" // PETRARCH's code for a missing target (require_dyad false)
			}
			for _, tgt := range strings.Split(tcode, "/") {
				k := src + " " + tgt + " " + ev.CAMEO
				if !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
		}
	}
	return out, codes, nil
}
