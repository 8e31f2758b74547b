package conllu

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `# sent_id = t-1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || len(ss[0].Words) != 5 || len(ss[0].MultiWords) != 1 {
		t.Fatalf("got %d sentences, %+v", len(ss), ss)
	}
	s := ss[0]
	if s.Meta("sent_id") != "t-1" || s.Meta("text") != "I don't know." {
		t.Errorf("meta: %q %q", s.Meta("sent_id"), s.Meta("text"))
	}
	if s.SpaceAfter(1) || !s.SpaceAfter(2) || s.SpaceAfter(3) || !s.SpaceAfter(0) {
		t.Errorf("SpaceAfter wrong")
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip:\n%s", buf.String())
	}
}

func TestBadLines(t *testing.T) {
	for _, in := range []string{"1\tI\n", "x\tI\t_\t_\t_\t_\t_\t_\t_\t_\n", "1\tI\t_\t_\t_\t_\tz\t_\t_\t_\n"} {
		if _, err := NewReader(strings.NewReader(in)).Read(); err == nil || err == io.EOF {
			t.Errorf("%q: want error, got %v", in, err)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.conllu")
	if err := os.WriteFile(good, []byte("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ss, err := ReadFile(good)
	if err != nil || len(ss) != 1 || ss[0].Words[0].Form != "Hi" {
		t.Fatalf("ReadFile(good) = %v, %v", ss, err)
	}
	bad := filepath.Join(dir, "bad.conllu")
	if err := os.WriteFile(bad, []byte("1\tHi\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("ReadFile(bad) error %v, want one naming %s", err, bad)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.conllu")); err == nil {
		t.Error("ReadFile of a missing file: no error")
	}
}
