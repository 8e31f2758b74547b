package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// jsonArticle is the input JSON Lines contract (DESIGN.md): id and one of
// text or html are required.
type jsonArticle struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
}

// readJSONL reads one article per line. A bad line is emitted as an error naming
// "file:line" and the other lines are still read.
func readJSONL(ctx context.Context, src source, data []byte, out func(*sitrep.Document, string), emit func(Item)) {
	data = bytes.TrimPrefix(data, utf8BOM)
	for n := 1; len(data) > 0; n++ {
		if ctx.Err() != nil {
			return
		}
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		input := fmt.Sprintf("%s:%d", src.input, n)
		d, err := jsonlDoc(src, line)
		if err != nil {
			emit(Item{Input: input, Err: &Error{Input: input, Err: err}})
			continue
		}
		out(d, input)
	}
}

func jsonlDoc(src source, line []byte) (*sitrep.Document, error) {
	var a jsonArticle
	if err := json.Unmarshal(line, &a); err != nil {
		return nil, fmt.Errorf("%w: not a valid JSON record: %v", ErrMalformed, err)
	}
	a.ID = strings.TrimSpace(a.ID)
	if a.ID == "" {
		return nil, fmt.Errorf("%w: missing \"id\"", ErrMalformed)
	}
	if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.HTML) == "" {
		return nil, fmt.Errorf("%w: %q has neither \"text\" nor \"html\"", ErrMalformed, a.ID)
	}
	var d *sitrep.Document
	if strings.TrimSpace(a.Text) != "" {
		d = &sitrep.Document{Format: formatJSONL}
		blocks := textBlocks(a.Text)
		assemble(d, blocks)
	} else {
		var err error
		d, err = htmlDoc(source{input: src.input, url: a.URL}, []byte(a.HTML), "text/html; charset=utf-8")
		if err != nil {
			return nil, err
		}
		d.Format = formatJSONL
	}
	d.ID, d.Source = a.ID, src.input
	// The record's own fields are stated, not inferred, so they win.
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&d.Title, a.Title}, {&d.URL, a.URL}, {&d.Outlet, a.Outlet}, {&d.Byline, a.Byline},
	} {
		if v := strings.TrimSpace(f.v); v != "" {
			*f.dst = v
		}
	}
	if p := normDate(a.Published); p != "" {
		d.Published = p
	}
	return d, nil
}
