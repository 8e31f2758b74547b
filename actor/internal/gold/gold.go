// Package gold scores actor resolution against the gold mention lists in
// actor/testdata (their format is described in actor/testdata/README.md), and reads
// the seed articles those lists are about. It serves the actor package's tests and
// the corpus tests beside them.
package gold

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/internal/repo"
)

// Mention is one gold actor mention.
type Mention struct {
	Doc     string   `json:"doc"`
	Context string   `json:"context"` // a short stretch of the article, unique in it, around the mention
	Text    string   `json:"text"`    // the mention, inside Context
	Codes   []string `json:"codes"`   // acceptable codes, matched exactly
}

// Result is a mention-level score.
type Result struct {
	System, Correct int // resolved mentions, and those that match a gold mention
	Gold, Found     int // gold mentions, and those a resolved mention matches
	Extra, Missed   []string
	// Mentions are the resolved mentions by document, for further checks.
	Mentions map[string][]sitrep.Mention
}

// Precision is Correct/System.
func (r Result) Precision() float64 { return ratio(r.Correct, r.System) }

// Recall is Found/Gold.
func (r Result) Recall() float64 { return ratio(r.Found, r.Gold) }

// F1 is the harmonic mean of precision and recall.
func (r Result) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

func (r Result) String() string {
	return fmt.Sprintf("precision %.3f (%d/%d) recall %.3f (%d/%d) F1 %.3f",
		r.Precision(), r.Correct, r.System, r.Recall(), r.Found, r.Gold, r.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score resolves every document named in the gold file at path and compares. Every
// resolved mention (Code != "") of those documents counts for precision; a gold
// mention is found when a resolved mention overlaps it with an acceptable code.
func Score(r *actor.Resolver, path string, docs []*sitrep.Document, analyse func(*sitrep.Document) []sitrep.Sentence) (Result, error) {
	byID := map[string]*sitrep.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	type span struct {
		Mention
		start, end int
	}
	gold := map[string][]span{}
	var order []string
	f, err := os.Open(path)
	if err != nil {
		return Result{}, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		var g Mention
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return Result{}, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		d, ok := byID[g.Doc]
		if !ok {
			return Result{}, fmt.Errorf("%s:%d: no document %s", path, n, g.Doc)
		}
		at := strings.Index(d.Text, g.Context)
		if at < 0 || strings.Count(d.Text, g.Context) != 1 || !strings.Contains(g.Context, g.Text) {
			return Result{}, fmt.Errorf("%s:%d: context %q not unique in %s, or %q not in it", path, n, g.Context, g.Doc, g.Text)
		}
		s := at + strings.Index(g.Context, g.Text)
		if _, seen := gold[g.Doc]; !seen {
			order = append(order, g.Doc)
		}
		gold[g.Doc] = append(gold[g.Doc], span{g, s, s + len(g.Text)})
	}
	if err := sc.Err(); err != nil {
		return Result{}, fmt.Errorf("read gold: %w", err)
	}
	res := Result{Gold: n, Mentions: map[string][]sitrep.Mention{}}
	for _, id := range order {
		gs, d := gold[id], byID[id]
		used := make([]bool, len(gs))
		ms := r.Resolve(d, analyse(d))
		res.Mentions[id] = ms
		for _, m := range ms {
			if m.Code == "" {
				continue
			}
			res.System++
			ok := false
			for i, g := range gs {
				if m.Span.Start < g.end && g.start < m.Span.End && contains(g.Codes, m.Code) {
					ok = true
					if !used[i] {
						used[i] = true
						res.Found++
					}
				}
			}
			if ok {
				res.Correct++
			} else {
				res.Extra = append(res.Extra, fmt.Sprintf("%s %q %s (%s)", id, m.Text, m.Code, m.Rule))
			}
		}
		for i, g := range gs {
			if !used[i] {
				res.Missed = append(res.Missed, fmt.Sprintf("%s %q %v in %q", id, g.Text, g.Codes, g.Context))
			}
		}
	}
	return res, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// SharedDir returns ../shared as SITREP_SHARED names it, a relative value being
// resolved against the repository root (the directory holding go.mod); ok is false
// when the variable is unset.
func SharedDir() (dir string, ok bool, err error) {
	dir = os.Getenv("SITREP_SHARED")
	if dir == "" {
		return "", false, nil
	}
	if filepath.IsAbs(dir) {
		return dir, true, nil
	}
	root, err := repo.Root()
	if err != nil {
		return "", true, err
	}
	return filepath.Join(root, dir), true, nil
}

// SeedDocs reads the seed articles of ../shared/corpus/seeds with their manifest's
// ids and dates.
func SeedDocs(shared string) ([]*sitrep.Document, error) {
	dir := filepath.Join(shared, "corpus/seeds")
	b, err := os.ReadFile(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("read seeds: %w", err)
	}
	var out []*sitrep.Document
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var m struct{ ID, File, Published string }
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("read seeds manifest: %w", err)
		}
		text, err := os.ReadFile(filepath.Join(dir, m.File))
		if err != nil {
			return nil, fmt.Errorf("read seeds: %w", err)
		}
		out = append(out, &sitrep.Document{ID: m.ID, Published: m.Published, Text: string(text), Status: sitrep.StatusOK})
	}
	return out, nil
}
