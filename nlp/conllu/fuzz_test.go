package conllu

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzRead reads arbitrary bytes as CoNLL-U: a bad file must be an error naming
// the line, never a panic, and what was read must survive a write and a re-read
// unchanged (the NLP training and evaluation commands rewrite treebanks).
func FuzzRead(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("1\ta\t_\t_\t_\t_\tx\t_\t_\t_\n"))
	f.Add([]byte("1-\ta\t_\t_\t_\t_\t_\t_\t_\t_\n\n\n# c\n"))
	f.Add([]byte("8.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\r\n1\ta\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ss, err := ReadAll(bytes.NewReader(data))
		if err != nil {
			if !strings.Contains(err.Error(), "conllu line") {
				t.Fatalf("error does not name the line: %v", err)
			}
			return
		}
		for _, s := range ss {
			for i := range s.Words {
				s.SpaceAfter(i)
			}
			s.Meta("text")
		}
		// What was read must be written back and read again as as many
		// sentences, without error.
		var buf bytes.Buffer
		for _, s := range ss {
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadAll(&buf)
		if err != nil {
			t.Fatalf("re-reading what was written: %v\n%s", err, buf.String())
		}
		if len(again) != len(ss) {
			t.Fatalf("wrote %d sentences, read back %d", len(ss), len(again))
		}
	})
}
