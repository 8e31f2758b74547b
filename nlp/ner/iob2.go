package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// IOB2Sentence is one sentence of a tab-separated IOB2 file as Universal NER
// distributes it: "ID<TAB>TOKEN<TAB>TAG[<TAB>more columns]". Comments and the
// columns after the tag are kept so that [WriteIOB2] can write the sentence back
// with new tags and nothing else changed.
type IOB2Sentence struct {
	Comments []string // comment lines, verbatim with their leading "#"
	Tokens   []sitrep.Token
	Tags     []string   // one IOB2 tag per token ("O", "B-PER", "I-LOC", ...)
	Rest     [][]string // columns after the tag, per token
}

// ReadIOB2 reads every sentence of an IOB2 file. Lines with fewer than two
// columns are an error; a missing tag column reads as "O".
func ReadIOB2(r io.Reader) ([]IOB2Sentence, error) {
	var (
		out  []IOB2Sentence
		cur  IOB2Sentence
		line int
	)
	flush := func() {
		if len(cur.Tokens) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = IOB2Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#") && len(cur.Tokens) == 0:
			cur.Comments = append(cur.Comments, text)
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("iob2 line %d: want at least 2 tab-separated columns, got %d", line, len(cols))
		}
		tag := "O"
		var rest []string
		if len(cols) > 2 {
			tag = cols[2]
			rest = cols[3:]
		}
		cur.Tokens = append(cur.Tokens, sitrep.Token{Text: cols[1], SpaceAfter: true})
		cur.Tags = append(cur.Tags, tag)
		cur.Rest = append(cur.Rest, rest)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("iob2 line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// WriteIOB2 writes sentences in the layout ReadIOB2 reads, numbering tokens from
// 1 and putting tags[i][j] in the third column (s.Tags when tags is nil).
func WriteIOB2(w io.Writer, sents []IOB2Sentence, tags [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		t := s.Tags
		if tags != nil {
			t = tags[i]
		}
		if len(t) != len(s.Tokens) {
			return fmt.Errorf("write iob2 sentence %d: %d tags for %d tokens", i, len(t), len(s.Tokens))
		}
		for _, c := range s.Comments {
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		for j, tok := range s.Tokens {
			fmt.Fprintf(bw, "%d\t%s\t%s", j+1, tok.Text, t[j])
			if j < len(s.Rest) {
				for _, c := range s.Rest[j] {
					bw.WriteByte('\t')
					bw.WriteString(c)
				}
			}
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write iob2: %w", err)
	}
	return nil
}

// Spans decodes IOB2 tags into entities the way Universal NER's scorer does: an
// I- tag that does not continue an entity of its type starts a new one. Text is
// filled from toks when toks is not nil.
func Spans(tags []string, toks []sitrep.Token) []sitrep.Entity {
	var out []sitrep.Entity
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		b, ty := "O", ""
		if i < len(tags) {
			b, ty, _ = strings.Cut(tags[i], "-")
		}
		if start >= 0 && (b != "I" || ty != typ) {
			out = append(out, entity(start, i, typ, toks))
			start = -1
		}
		if b == "B" || (b == "I" && start < 0) {
			start, typ = i, ty
		}
	}
	return out
}

// Tags encodes entities as IOB2 tags over n tokens.
func Tags(ents []sitrep.Entity, n int) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, e := range ents {
		if e.Start < 0 || e.End > n || e.Start >= e.End {
			continue
		}
		tags[e.Start] = "B-" + e.Type
		for i := e.Start + 1; i < e.End; i++ {
			tags[i] = "I-" + e.Type
		}
	}
	return tags
}

func entity(start, end int, typ string, toks []sitrep.Token) sitrep.Entity {
	e := sitrep.Entity{Start: start, End: end, Type: typ}
	if toks != nil && end <= len(toks) {
		e.Text = spanText(toks[start:end])
	}
	return e
}

// spanText joins tokens with the spacing recorded in SpaceAfter.
func spanText(toks []sitrep.Token) string {
	var b strings.Builder
	for i, t := range toks {
		b.WriteString(t.Text)
		if i < len(toks)-1 && t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
