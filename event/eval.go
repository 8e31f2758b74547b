package event

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep-dev/sitrep"
)

// Gold is one expected event of a gold file (shared/eval/seeds.gold.jsonl's format).
type Gold struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	// Source and Target are accepted actor-code prefixes; "" accepts any actor, or none.
	Source    []string `json:"source"`
	Target    []string `json:"target"`
	CAMEORoot []string `json:"cameo_root"`
	CAMEO     string   `json:"cameo,omitempty"`
	PLOVER    string   `json:"plover,omitempty"`
	Mode      string   `json:"mode,omitempty"`
	// Required is false for defensible but marginal events: finding one is neither
	// rewarded nor punished. Absent means true.
	Required *bool `json:"required,omitempty"`
}

// IsRequired reports whether the event counts for recall.
func (g Gold) IsRequired() bool { return g.Required == nil || *g.Required }

// ReadGold reads a gold file, one JSON object a line.
func ReadGold(r io.Reader) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	return out, nil
}

// Score is the result of Evaluate.
type Score struct {
	Required       int     `json:"required"`
	Matched        int     `json:"matched"`
	FalsePositives int     `json:"false_positives"`
	Neutral        int     `json:"neutral"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	F1             float64 `json:"f1"`
	// Missed are the required gold events nothing matched; Extra the events that
	// count as false positives.
	Missed []Gold         `json:"-"`
	Extra  []sitrep.Event `json:"-"`
}

// Evaluate scores events against gold with the matching of shared/eval/score_events.py:
// an event matches a gold event when its sentence contains the gold sentence (or, for
// a sentence of 25 characters or more, is contained in it), its source and target
// codes start with one of the gold prefixes and its root is one of the gold roots.
// Only documents that appear in gold are scored; within each, required gold events
// are matched first, each gold and each event at most once, in order.
func Evaluate(gold []Gold, events []sitrep.Event) Score {
	var sc Score
	docs := map[string]bool{}
	for _, g := range gold {
		docs[g.Doc] = true
		if g.IsRequired() {
			sc.Required++
		}
	}
	byDoc := map[string][]sitrep.Event{}
	for _, ev := range events {
		if docs[ev.Doc] {
			byDoc[ev.Doc] = append(byDoc[ev.Doc], ev)
		}
	}
	names := make([]string, 0, len(docs))
	for d := range docs {
		names = append(names, d)
	}
	slices.Sort(names)
	for _, doc := range names {
		evs := byDoc[doc]
		normed := make([]string, len(evs))
		for i, ev := range evs {
			normed[i] = normText(ev.Sentence)
		}
		used := make([]bool, len(evs))
		var golds []Gold
		for _, g := range gold {
			if g.Doc == doc {
				golds = append(golds, g)
			}
		}
		slices.SortStableFunc(golds, func(a, b Gold) int {
			return boolInt(!a.IsRequired()) - boolInt(!b.IsRequired())
		})
		for _, g := range golds {
			gs := normText(g.Sentence)
			hit := -1
			for i, ev := range evs {
				if !used[i] && matchGold(ev, normed[i], gs, g) {
					hit = i
					break
				}
			}
			switch {
			case hit < 0 && g.IsRequired():
				sc.Missed = append(sc.Missed, g)
			case hit < 0:
			case g.IsRequired():
				used[hit] = true
				sc.Matched++
			default:
				used[hit] = true
				sc.Neutral++
			}
		}
		for i, ev := range evs {
			if !used[i] {
				sc.FalsePositives++
				sc.Extra = append(sc.Extra, ev)
			}
		}
	}
	if sc.Matched+sc.FalsePositives > 0 {
		sc.Precision = float64(sc.Matched) / float64(sc.Matched+sc.FalsePositives)
	}
	if sc.Required > 0 {
		sc.Recall = float64(sc.Matched) / float64(sc.Required)
	}
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
	return sc
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func matchGold(ev sitrep.Event, s, gs string, g Gold) bool {
	if s == "" || !(strings.Contains(s, gs) || utf8.RuneCountInString(s) >= 25 && strings.Contains(gs, s)) {
		return false
	}
	if !prefixOK(strings.ToUpper(ev.Source.Code), g.Source) || !prefixOK(strings.ToUpper(ev.Target.Code), g.Target) {
		return false
	}
	root := ev.CAMEO
	if len(root) > 2 {
		root = root[:2]
	}
	return slices.Contains(g.CAMEORoot, root)
}

func prefixOK(code string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(code, strings.ToUpper(p)) {
			return true
		}
	}
	return false
}

var spaces = regexp.MustCompile(`\s+`)

// normText is score_events.py's norm: NFKC, straight quotes, hyphens for dashes,
// collapsed spaces, lower case.
func normText(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u2014", "-", "\u2013", "-").Replace(s)
	return strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
}
