// Package newsmtsc reads NewsMTSC (Hamborg and Donnay, EACL 2021: sentences of
// US political news with the sentiment each conveys toward the persons it
// names) and places its targets on sitrep's tokens, for frame's validation
// tests and for frame/internal/traintone, which trains the learned tone on one
// of its two files and is scored on the other: both read the corpus through
// this package, so that a target is the same tokens, actor mentions and other
// actors in training as in scoring.
package newsmtsc

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Files are NewsMTSC's two files here (its devtest sets: mt, sentences with
// several targets; rw, a real-world distribution), by their short names.
var Files = map[string]string{"mt": "devtest_mt.jsonl", "rw": "devtest_rw.jsonl"}

// Record is one sentence and its labelled targets (character offsets).
type Record struct {
	GID      string `json:"primary_gid"`
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		GID      string  `json:"Input.gid"`
		Polarity float64 `json:"polarity"`
		From     int     `json:"from"`
		To       int     `json:"to"`
		Further  []struct {
			From int `json:"from"`
			To   int `json:"to"`
		} `json:"further_mentions"`
	} `json:"targets"`
}

// Read reads a NewsMTSC file.
func Read(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("newsmtsc: %w", err)
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("newsmtsc: %s line %d: %w", path, ln, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("newsmtsc: %s: %w", path, err)
	}
	return out, nil
}

// Article is the article a sentence's id names, its first three fields
// ("allsides_1002_402_12_…" → "allsides_1002_402", "polusa_v1_4987298_…" →
// "polusa_v1_4987298"): sentences of one article share topic and words, so
// cross-validation folds keep them together.
func Article(gid string) string {
	f := strings.SplitN(gid, "_", 4)
	if len(f) < 3 {
		return gid
	}
	return strings.Join(f[:3], "_")
}

// Target is one labelled target placed on the sentence's tokens.
type Target struct {
	ID    string // NewsMTSC's Input.gid
	Class int    // 0 negative, 1 neutral, 2 positive
	// Start and End are its mention's token range; Start >= End when no
	// token overlaps it.
	Start, End int
	// Code is the code of its actor mention (Mentions), "" when none.
	Code string
	// Further are its further mentions (pronouns, found automatically by
	// NewsMTSC's authors), Others the other targets' mentions.
	Further, Others [][2]int
}

// Place puts a record's targets on toks, the tokens of r.Sentence (spans in
// bytes): every target with a token is an actor mention (code "T" and its
// index), so that quotes can tell whose words are whose. Targets with a
// polarity other than 2, 4, 6 are left out.
func Place(r Record, toks []sitrep.Token) (ms []sitrep.Mention, ts []Target) {
	for i, tg := range r.Targets {
		from, to := ByteOffset(r.Sentence, tg.From), ByteOffset(r.Sentence, tg.To)
		if s, e := TokenRange(toks, from, to); s < e {
			ms = append(ms, sitrep.Mention{Start: s, End: e, Span: sitrep.Span{Start: from, End: to}, Text: r.Sentence[from:to], Code: fmt.Sprintf("T%d", i)})
		}
	}
	for _, tg := range r.Targets {
		g := int(tg.Polarity)/2 - 1
		if g < 0 || g > 2 || tg.Polarity != float64(2*g+2) {
			continue
		}
		start, end := TokenRange(toks, ByteOffset(r.Sentence, tg.From), ByteOffset(r.Sentence, tg.To))
		t := Target{ID: tg.GID, Class: g, Start: start, End: end}
		for _, m := range ms {
			if m.Start == start && m.End == end {
				t.Code = m.Code
			}
		}
		for _, fm := range tg.Further {
			if s, e := TokenRange(toks, ByteOffset(r.Sentence, fm.From), ByteOffset(r.Sentence, fm.To)); s < e {
				t.Further = append(t.Further, [2]int{s, e})
			}
		}
		for _, o := range r.Targets {
			if o.From == tg.From && o.To == tg.To {
				continue
			}
			if s, e := TokenRange(toks, ByteOffset(r.Sentence, o.From), ByteOffset(r.Sentence, o.To)); s < e {
				t.Others = append(t.Others, [2]int{s, e})
			}
		}
		ts = append(ts, t)
	}
	return ms, ts
}

// ByteOffset turns a character offset in s (NewsMTSC's) into a byte offset
// (tokens').
func ByteOffset(s string, chars int) int {
	n := 0
	for i := range s {
		if n == chars {
			return i
		}
		n++
	}
	return len(s)
}

// TokenRange is the range of the tokens that overlap bytes [from, to).
func TokenRange(toks []sitrep.Token, from, to int) (start, end int) {
	start, end = len(toks), 0
	for i, tk := range toks {
		if tk.Span.End > from && tk.Span.Start < to {
			start, end = min(start, i), max(end, i+1)
		}
	}
	return start, end
}
