package ner

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// writtenFS holds sentences written for sitrep with their names marked
// inline: encyclopaedic and news prose on business, sport and culture,
// politics, science, places and history, by the project's helper agents
// (NOTES.md, "Sentences written here"). Unlike the other annotation files it
// holds text, which is the project's own.
//
// A file is a sequence of documents, each opened by a "# doc: TITLE" line;
// every other non-empty line is one sentence in which a name is written
// {TYPE words}, TYPE one of PER, ORG, LOC.
//
//go:embed data/written/*.txt
var writtenFS embed.FS

var writtenName = regexp.MustCompile(`\{(PER|ORG|LOC) ([^{}]+)\}`)

// parseWritten reads one written line: its plain text and the byte spans of
// its marked names.
func parseWritten(line string) (string, []byteSpan, error) {
	var b strings.Builder
	var spans []byteSpan
	last := 0
	for _, m := range writtenName.FindAllStringSubmatchIndex(line, -1) {
		b.WriteString(line[last:m[0]])
		start := b.Len()
		b.WriteString(line[m[4]:m[5]])
		spans = append(spans, byteSpan{start, b.Len(), line[m[2]:m[3]]})
		last = m[1]
	}
	b.WriteString(line[last:])
	text := b.String()
	if strings.ContainsAny(text, "{}") {
		return "", nil, fmt.Errorf("malformed name markup")
	}
	return text, spans, nil
}

// readWritten returns the written sentences as examples, one document
// number per "# doc:" block across all files, and the number of sentences
// left out because a name does not start and end on token boundaries.
func readWritten() ([]example, int, error) {
	return readWrittenFS(writtenFS, "data/written/*.txt", "written")
}

// readWrittenFS reads the files of fsys that match pattern, in name order, in
// the format of writtenFS; each example's key is corpus and a hash of its text.
func readWrittenFS(fsys fs.FS, pattern, corpus string) ([]example, int, error) {
	files, err := fs.Glob(fsys, pattern) // in name order
	if err != nil {
		return nil, 0, err
	}
	if len(files) == 0 {
		return nil, 0, fmt.Errorf("ner: no files match %s", pattern)
	}
	var out []example
	doc, misaligned := -1, 0
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, 0, err
		}
		fileDoc := -1
		sc := bufio.NewScanner(bytes.NewReader(data))
		for ln := 1; sc.Scan(); ln++ {
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "":
				continue
			case strings.HasPrefix(line, "# doc:"):
				doc++
				fileDoc++
				continue
			case strings.HasPrefix(line, "#"):
				return nil, 0, fmt.Errorf("ner: %s line %d: a comment must be a \"# doc:\" line", name, ln)
			}
			if fileDoc < 0 {
				return nil, 0, fmt.Errorf("ner: %s line %d: sentence before the first \"# doc:\" line", name, ln)
			}
			text, spans, err := parseWritten(line)
			if err != nil {
				return nil, 0, fmt.Errorf("ner: %s line %d: %w", name, ln, err)
			}
			ex, ok := textExample(newsKey(corpus, text), text, spans, doc)
			if !ok {
				misaligned++
				continue
			}
			ex.file, ex.line, ex.fileDoc = name, line, fileDoc
			out = append(out, ex)
		}
		if err := sc.Err(); err != nil {
			return nil, 0, fmt.Errorf("ner: %s: %w", name, err)
		}
	}
	return out, misaligned, nil
}

// WrittenSentences reads text written in writtenFS's format (a "# doc:" line
// opening each document, one sentence a line, names marked {TYPE words})
// from the files of fsys that match pattern, for packages that label
// something about the names. A sentence's key is corpus and a hash of its
// line as written, names marked, so that labels survive reordering but not
// a change to the sentence or to which words are its names; its Doc is
// "CORPUS:FILE:N", FILE the file's name without its extension and N the
// number of its "# doc:" block in that file, so that a split can keep a file
// (one writer's work) together and adding a file moves no other's
// documents. Sentences without names are left out; a name that does not
// start and end on token boundaries is an error, since its sentence could
// not be labelled.
func WrittenSentences(fsys fs.FS, pattern, corpus string) ([]AnnotatedSentence, error) {
	exs, misaligned, err := readWrittenFS(fsys, pattern, corpus)
	if err != nil {
		return nil, err
	}
	if misaligned > 0 {
		return nil, fmt.Errorf("ner: %s: %d sentences with a name that does not start and end on token boundaries", pattern, misaligned)
	}
	var out []AnnotatedSentence
	seen := map[string]bool{}
	for _, ex := range exs {
		key := newsKey(corpus, ex.line)
		if len(ex.ents) == 0 || seen[key] {
			continue // a repeated sentence would give two targets one id
		}
		seen[key] = true
		file := strings.TrimSuffix(path.Base(ex.file), path.Ext(ex.file))
		out = append(out, AnnotatedSentence{Key: key, Doc: corpus + ":" + file + ":" + strconv.Itoa(ex.fileDoc),
			Text: ex.text, Tokens: ex.toks, Entities: ex.ents})
	}
	return out, nil
}
