package ner

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

func FuzzReadIOB2(f *testing.F) {
	f.Add("# c\n1\tParis\tB-LOC\t-\n2\tis\tO\n\n")
	f.Add("1\tx\n\n\n2\ty\tI-PER\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadIOB2(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteIOB2(&buf, sents, nil); err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			Spans(s.Tags, s.Tokens)
		}
	})
}

// FuzzRead feeds the model reader corrupt models: it must fail, not panic.
func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(magic + "\x00\x0d\x00\x00\x80\x3f"))
	zw.Close()
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, in []byte) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(in)
		zw.Close()
		Read(&b)
		Read(bytes.NewReader(in))
	})
}

func FuzzRecognize(f *testing.F) {
	r, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Angela Merkel visited Paris")
	f.Add("\xff\xfe ü ÜÜ 123 -- ")
	f.Fuzz(func(t *testing.T, s string) {
		ts := toks(s)
		if len(ts) == 0 {
			ts = append(ts, toks("x")[0])
			ts[0].Text = s
		}
		for _, e := range r.Recognize(ts) {
			if e.Start < 0 || e.End > len(ts) || e.Start >= e.End || typeIndex(e.Type) < 0 {
				t.Fatalf("bad entity %+v for %d tokens", e, len(ts))
			}
		}
	})
}

// FuzzGUMEntities feeds the Entity= annotation parser arbitrary MISC values
// and heads: spans must stay inside the sentence.
func FuzzGUMEntities(f *testing.F) {
	f.Add("Entity=(1-person-new-_-_-_-_", "Entity=1)", "_", 2, 0)
	f.Add("Entity=(2-place-x)(3-organization-y", "Entity=3)2)", "Entity=)", 0, 9)
	f.Fuzz(func(t *testing.T, m1, m2, m3 string, h1, h2 int) {
		s := &conllu.Sentence{Words: []conllu.Word{
			{ID: 1, Form: "Ann", UPOS: "PROPN", Head: h1, DepRel: "nsubj", Misc: m1},
			{ID: 2, Form: "Lee", UPOS: "PROPN", Head: h2, DepRel: "flat", Misc: m2},
			{ID: 3, Form: "of", UPOS: "ADP", Head: 2, DepRel: "case", Misc: m3},
		}}
		for _, e := range gumEntities(s, nil) {
			if e.Start < 0 || e.End > len(s.Words) || e.Start >= e.End {
				t.Fatalf("bad span %+v", e)
			}
		}
	})
}

// FuzzReadActors feeds the PETRARCH actor-dictionary reader arbitrary text.
func FuzzReadActors(f *testing.F) {
	f.Add("MARTIN_LOUSTEAU_  # x\n\t[ARGGOV 080101-080430]\nARMENIA_\n+ARMENIAN_ [ARM]\n")
	f.Add("[[[\n+\n\t]\n")
	f.Fuzz(func(t *testing.T, in string) {
		path := filepath.Join(t.TempDir(), "actors.txt")
		if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		readActors(path, func(names []string, person bool) {
			for _, n := range names {
				gazPhrase(n)
			}
		})
	})
}
