// Package conllu reads and writes CoNLL-U, the Universal Dependencies file format
// (https://universaldependencies.org/format.html). The NLP backbone trains from it and
// the evaluation commands speak it.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word line (an integer ID).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // -1 when the column is "_"
	DepRel string
	Deps   string
	Misc   string
}

// MultiWord is a range line such as "3-4 don't": one surface token spanning
// several syntactic words.
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence block.
type Sentence struct {
	Comments   []string // raw comment lines without the leading "# "
	Words      []Word
	MultiWords []MultiWord
	// Extra keeps empty-node lines ("8.1 ...") verbatim so that writing a sentence
	// back loses nothing.
	Extra []string
}

// Meta returns the value of a "# key = value" comment, or "".
func (s *Sentence) Meta(key string) string {
	for _, c := range s.Comments {
		if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// SpaceAfter reports whether word i (0-based) is followed by a space, reading
// SpaceAfter=No from the word or from the multiword token that ends with it.
func (s *Sentence) SpaceAfter(i int) bool {
	id := s.Words[i].ID
	for _, mw := range s.MultiWords {
		if id >= mw.First && id <= mw.Last {
			if id < mw.Last {
				return false
			}
			return !strings.Contains(mw.Misc, "SpaceAfter=No")
		}
	}
	return !strings.Contains(s.Words[i].Misc, "SpaceAfter=No")
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader over r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF after the last.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("conllu line %d: want 10 tab-separated columns, got %d", r.line, len(cols))
		}
		id := cols[0]
		switch {
		case strings.Contains(id, "-"):
			a, b, _ := strings.Cut(id, "-")
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("conllu line %d: bad range id %q", r.line, id)
			}
			s.MultiWords = append(s.MultiWords, MultiWord{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		case strings.Contains(id, "."):
			s.Extra = append(s.Extra, line)
		default:
			n, err := strconv.Atoi(id)
			if err != nil {
				return nil, fmt.Errorf("conllu line %d: bad id %q", r.line, id)
			}
			head := -1
			if cols[6] != "_" {
				if head, err = strconv.Atoi(cols[6]); err != nil {
					return nil, fmt.Errorf("conllu line %d: bad head %q", r.line, cols[6])
				}
			}
			s.Words = append(s.Words, Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
				Feats: cols[5], Head: head, DepRel: cols[7], Deps: cols[8], Misc: cols[9]})
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	rd := NewReader(r)
	var out []*Sentence
	for {
		s, err := rd.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the CoNLL-U file at path; errors name the file.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return ss, nil
}

// Write writes s in CoNLL-U, multiword ranges before their first word, and a blank
// line after it.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	mw := 0
	for _, wd := range s.Words {
		for mw < len(s.MultiWords) && s.MultiWords[mw].First <= wd.ID {
			m := s.MultiWords[mw]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, orBlank(m.Misc))
			mw++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, wd.Form, orBlank(wd.Lemma),
			orBlank(wd.UPOS), orBlank(wd.XPOS), orBlank(wd.Feats), head, orBlank(wd.DepRel), orBlank(wd.Deps), orBlank(wd.Misc))
	}
	// A range past the last word (a malformed or truncated block) is kept too,
	// so that writing back what was read loses no line.
	for _, m := range s.MultiWords[mw:] {
		fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, orBlank(m.Misc))
	}
	for _, e := range s.Extra {
		fmt.Fprintln(bw, e)
	}
	fmt.Fprintln(bw)
	return bw.Flush()
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
