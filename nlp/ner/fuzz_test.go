package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
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
	zw.Write([]byte(magic + "\x0d\x00\x00\x80\x3f"))
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
