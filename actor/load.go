package actor

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// The Phoenix dictionaries (MIT, Open Event Data Alliance; see data/LICENSE) are
// shipped gzipped; the overlay is plain text so that it can be read and edited.
//
//go:embed data/*.gz data/overlay.txt
var shipped embed.FS

// Options says which dictionaries to load.
type Options struct {
	// Dirs are user dictionary directories read after the shipped dictionaries, in
	// order: files named *.actors.txt are PETRARCH actor dictionaries, *agents*.txt
	// agent dictionaries and *overlay*.txt overlays. Later records replace earlier
	// ones with the same phrase.
	Dirs []string
	// NoShipped skips the embedded Phoenix dictionaries and overlay, so that only the
	// user's are used.
	NoShipped bool
	// Overlay is an overlay file read last, the one Accept usually writes; a missing
	// file is not an error.
	Overlay string
	// Now gives the date used for documents without a publication date (default
	// time.Now).
	Now func() time.Time
	// IsPlace, when set, tells discovery that a name is a place (from a
	// gazetteer): the named-entity tagger often takes towns and rivers for
	// organisations or people, and an analyst has no use for them as unknown
	// actors.
	IsPlace func(name string) bool
	// Places, when set, finds the places of a document's sentences (the gazetteer's
	// FindInDocument): generic group nouns ("rebels", "terrorists") take the
	// country of a place attached to them or the country the document is about.
	// Without it only actor mentions say what that country is.
	Places func(text string, sents []sitrep.Sentence) [][]sitrep.Place
	// ForceNoun, when set, tells which nouns name a use of force ("strikes",
	// "siege", "raids"; the event coder's dictionary knows them): a country, a
	// demonym or a role noun that modifies one is its agent ("U.S. air strikes",
	// "Russian air raids", "government siege"), not a description of a thing.
	ForceNoun func(word string) bool
	Log       *slog.Logger
}

// Resolver resolves actor mentions in analysed sentences. It is safe for concurrent
// use; Accept may run beside Resolve.
type Resolver struct {
	mu      sync.RWMutex
	actors  trie[*Entry]
	agents  trie[*Agent]
	nEntry  int
	nAgent  int
	now     func() time.Time
	isPlace func(name string) bool
	places  func(text string, sents []sitrep.Sentence) [][]sitrep.Place
	force   func(word string) bool
	log     *slog.Logger
	sources []string
	// countries are the codes of country records: the codes a role noun adds its
	// sector to.
	countries map[string]bool
}

// Load reads the dictionaries once; the Resolver it returns is reused for every
// document.
func Load(opts Options) (*Resolver, error) {
	r := &Resolver{now: opts.Now, log: opts.Log, isPlace: opts.IsPlace, places: opts.Places, force: opts.ForceNoun, countries: map[string]bool{}}
	if r.now == nil {
		r.now = time.Now
	}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if !opts.NoShipped {
		for _, name := range []string{
			"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
			"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
		} {
			if err := r.readGzip(shipped, "data/"+name+".gz", name); err != nil {
				return nil, err
			}
		}
		if err := r.readFS(shipped, "data/overlay.txt"); err != nil {
			return nil, err
		}
	}
	for _, dir := range opts.Dirs {
		if err := r.readDir(dir); err != nil {
			return nil, err
		}
	}
	if opts.Overlay != "" {
		f, err := os.Open(opts.Overlay)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("load overlay: %w", err)
		default:
			err = r.readFile(f, opts.Overlay, "overlay")
			f.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	r.log.Info("actor dictionaries loaded", "entries", r.nEntry, "agents", r.nAgent, "sources", len(r.sources))
	return r, nil
}

func (r *Resolver) readGzip(fsys fs.FS, path, name string) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	defer zr.Close()
	return r.readFile(zr, name, fileType(name))
}

func (r *Resolver) readFS(fsys fs.FS, path string) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	return r.readFile(f, path, fileType(path))
}

func (r *Resolver) readDir(dir string) error {
	des, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("load dictionaries: %w", err)
	}
	var names []string
	for _, de := range des {
		if !de.IsDir() && fileType(de.Name()) != "" {
			names = append(names, de.Name())
		}
	}
	// Actor files first, overlays last, so that an overlay in the same directory
	// corrects the dictionaries beside it.
	sort.SliceStable(names, func(i, j int) bool {
		return order(fileType(names[i])) < order(fileType(names[j]))
	})
	for _, n := range names {
		p := filepath.Join(dir, n)
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("load dictionaries: %w", err)
		}
		err = r.readFile(f, p, fileType(n))
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func order(t string) int {
	return map[string]int{"actors": 0, "agents": 1, "overlay": 2}[t]
}

// fileType classifies a dictionary file by name; "" means not a dictionary.
func fileType(name string) string {
	n := strings.ToLower(filepath.Base(name))
	switch {
	case strings.Contains(n, "overlay") && strings.HasSuffix(n, ".txt"):
		return "overlay"
	case strings.Contains(n, "agents") && strings.HasSuffix(n, ".txt"):
		return "agents"
	case strings.HasSuffix(n, ".actors.txt"):
		return "actors"
	}
	return ""
}

func (r *Resolver) readFile(rd io.Reader, name, typ string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sources = append(r.sources, name)
	switch typ {
	case "actors":
		es, warns, err := ParseActors(rd, name)
		if err != nil {
			return err
		}
		if len(warns) > 0 {
			r.log.Debug("actor dictionary: restrictions skipped", "file", name, "count", len(warns), "first", warns[0])
		}
		for _, e := range es {
			r.addEntry(e)
		}
	case "agents":
		as, warns, err := ParseAgents(rd, name)
		if err != nil {
			return err
		}
		if len(warns) > 0 {
			r.log.Debug("agents dictionary: lines skipped", "file", name, "count", len(warns), "first", warns[0])
		}
		for _, a := range as {
			r.addAgent(a)
		}
	case "overlay":
		ov, err := ParseOverlay(rd, name)
		if err != nil {
			return err
		}
		for _, e := range ov.Entries {
			r.addEntry(e)
		}
		for _, a := range ov.Agents {
			r.addAgent(a)
		}
	default:
		return fmt.Errorf("load %s: not a dictionary file", name)
	}
	return nil
}

// addEntry indexes every phrase of e. The caller holds r.mu.
func (r *Resolver) addEntry(e *Entry) {
	r.nEntry++
	if e.Kind == KindCountry {
		for _, c := range append([]string{e.Default}, restrictionCodes(e)...) {
			if len(c) == 3 && !nonStates[c] {
				r.countries[c] = true
			}
		}
	}
	for _, p := range append([]string{e.Name}, e.Aliases...) {
		ws := normWords(p)
		if len(ws) == 0 {
			continue
		}
		if e.remove {
			r.actors.insert(ws, nil)
			continue
		}
		r.actors.insert(ws, e)
		if e.Kind == KindPerson && len(ws) >= 2 {
			e.surnames = append(e.surnames, surnameOf(ws)...)
		}
	}
}

func (r *Resolver) addAgent(a *Agent) {
	ws := normWords(a.Phrase)
	if len(ws) == 0 {
		return
	}
	r.nAgent++
	if a.remove {
		r.agents.insert(ws, nil)
		return
	}
	r.agents.insert(ws, a)
}

// surnameOf gives the forms a person's surname takes alone: the last word, and the
// last two when the second-to-last is a particle ("al-Sharaa" → "Sharaa", "al Sharaa").
func surnameOf(ws []string) [][]string {
	last := ws[len(ws)-1]
	out := [][]string{{last}}
	if len(ws) >= 3 && particles[ws[len(ws)-2]] {
		out = append(out, ws[len(ws)-2:])
	}
	return out
}

var particles = map[string]bool{
	"AL": true, "EL": true, "BIN": true, "BEN": true, "IBN": true, "ABU": true, "DE": true,
	"VAN": true, "VON": true, "DA": true, "DI": true, "LA": true, "LE": true,
	// Arabic compound given names whose second part is never used alone.
	"ABDEL": true, "ABDUL": true, "ABD": true, "UMM": true,
}

func restrictionCodes(e *Entry) []string {
	var cs []string
	for _, r := range e.Codes {
		cs = append(cs, r.Code)
	}
	return cs
}

// nonStates are CAMEO's regional and transnational codes: "European countries" is EUR,
// not a state whose government "the government" could be.
var nonStates = setOf(`AFR ASA BLK CAU CFR CAS CEU CMN CRB EAF EAS EEU EIN EUR LAM MEA MDT NAF
NMR PGS SAF SAM SAS SCN SEA SEU WAF WCA WEU WST IGO IMG NGO NGM MNC UAF UIS`)
