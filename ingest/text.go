package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// readText reads a plain-text article: its first line is the title when it reads
// as one, and every other line is a paragraph, unless the text is hard-wrapped,
// when blank lines separate paragraphs instead.
func readText(src source, data []byte) (*sitrep.Document, error) {
	s, err := decodeText(data, "")
	if err != nil {
		return nil, err
	}
	d := newDoc(src, formatText)
	blocks := textBlocks(s)
	// The title is the first line that is not boilerplate (a navigation trail
	// may come first), when it reads as a heading.
	for i := range blocks {
		line := normSpace(blocks[i].text)
		if line == "" || classify(line) != lineText {
			continue
		}
		if isHeadingLine(line) {
			blocks[i].heading = true
			d.Title = line
		}
		break
	}
	assemble(d, blocks)
	return d, nil
}

func newDoc(src source, format string) *sitrep.Document {
	d := &sitrep.Document{Source: src.input, Format: format, URL: src.url}
	if src.url == "" && src.name != "-" {
		d.ID = docID(src.name)
	} else if src.url != "" {
		d.ID = urlID(src.url)
	}
	return d
}

// textBlocks splits text into paragraphs.
func textBlocks(s string) []block {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	if !hardWrapped(lines) {
		blocks := make([]block, 0, len(lines))
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				blocks = append(blocks, lineBlock(l))
			}
		}
		return blocks
	}
	var blocks []block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, block{text: strings.Join(cur, " ")})
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		// A heading written directly above its paragraph: a short first line whose
		// successor starts a sentence.
		if len(cur) == 0 && isHeadingLine(t) && utf8.RuneCountInString(t) < 60 && i+1 < len(lines) {
			next := strings.TrimSpace(lines[i+1])
			if r, _ := utf8.DecodeRuneInString(next); next != "" && unicode.IsUpper(r) {
				blocks = append(blocks, block{text: t, heading: true})
				continue
			}
		}
		if b := lineBlock(t); b.heading {
			flush()
			blocks = append(blocks, b)
			continue
		}
		cur = append(cur, t)
	}
	flush()
	return blocks
}

// lineBlock makes one line a block; a Markdown heading ("## Reactions") loses its
// marks and is flagged.
func lineBlock(l string) block {
	t := strings.TrimSpace(l)
	if h := strings.TrimLeft(t, "#"); len(t)-len(h) >= 1 && len(t)-len(h) <= 6 && strings.HasPrefix(h, " ") {
		return block{text: strings.TrimSpace(h), heading: true}
	}
	return block{text: l}
}

// hardWrapped reports text wrapped at a fixed width (e-mail, Usenet, some wires):
// lines of similar length below 100 characters, most of which end mid-sentence and
// continue on the next line.
func hardWrapped(lines []string) bool {
	var n, mid, maxLen int
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n++
		maxLen = max(maxLen, utf8.RuneCountInString(t))
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			last, _ := utf8.DecodeLastRuneInString(t)
			if !strings.ContainsRune(".!?\"”:", last) {
				mid++
			}
		}
	}
	return n >= 4 && maxLen <= 100 && mid*2 > n
}
