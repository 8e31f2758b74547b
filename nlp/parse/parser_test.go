package parse

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// checkTree fails unless toks carry a tree: heads in range, one root, no cycle,
// a known relation on every word.
func checkTree(t testing.TB, p *Parser, toks []sitrep.Token) {
	t.Helper()
	known := map[string]bool{}
	for _, l := range p.labels {
		known[l] = true
	}
	gh := make([]int32, len(toks)+1)
	roots := 0
	for i, tok := range toks {
		if tok.Head < 0 || tok.Head > len(toks) || tok.Head == i+1 {
			t.Fatalf("word %d: head %d out of range", i+1, tok.Head)
		}
		if !known[tok.DepRel] {
			t.Fatalf("word %d: unknown relation %q", i+1, tok.DepRel)
		}
		if tok.Head == 0 {
			roots++
			if tok.DepRel != "root" {
				t.Errorf("word %d hangs from the root as %q", i+1, tok.DepRel)
			}
		}
		gh[i+1] = int32(tok.Head)
	}
	if roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
	if !acyclic(gh) {
		t.Fatal("cycle in the parse")
	}
}

func words(text, xpos, upos string) []sitrep.Token {
	ws := strings.Fields(text)
	xs, us := strings.Fields(xpos), strings.Fields(upos)
	toks := make([]sitrep.Token, len(ws))
	for i, w := range ws {
		toks[i].Text = w
		if i < len(xs) {
			toks[i].XPOS = xs[i]
		}
		if i < len(us) {
			toks[i].UPOS = us[i]
		}
	}
	return toks
}

func TestParseOddInput(t *testing.T) {
	p := shipped(t)
	long := make([]sitrep.Token, 5000)
	for i := range long {
		long[i] = sitrep.Token{Text: fmt.Sprint("w", i%17), UPOS: "NOUN", XPOS: "NN"}
		if i%9 == 8 {
			long[i] = sitrep.Token{Text: ",", UPOS: "PUNCT", XPOS: ","}
		}
	}
	tests := []struct {
		name string
		toks []sitrep.Token
	}{
		{"one word", words("Attack", "NN", "NOUN")},
		{"one word no tags", words("Attack", "", "")},
		{"punctuation only", words(". , ! ?", ". , . .", "PUNCT PUNCT PUNCT PUNCT")},
		{"empty tags", words("Rebels seized the town .", "", "")},
		{"empty words", []sitrep.Token{{}, {}, {}}},
		{"unknown tags", words("a b c", "ZZ QQ ZZ", "X Y Z")},
		{"5000 words", long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p.Parse(tt.toks)
			checkTree(t, p, tt.toks)
			p.parseWithBeam(tt.toks, 4)
			checkTree(t, p, tt.toks)
		})
	}
	p.Parse(nil) // must not panic
	p.parseWithBeam(nil, 8)
}

// TestBeamWidthOneIsGreedy checks that the beam machinery, run with one
// hypothesis, makes the greedy parser's decisions, and that a wider beam still
// returns trees.
func TestBeamWidthOne(t *testing.T) {
	p := shippedGreedy(t)
	for _, s := range readFixture(t, "testdata/news.conllu") {
		greedy, beam1, beam8 := tokens(s, true), tokens(s, true), tokens(s, true)
		p.Parse(greedy)
		p.parseBeam(beam1, 1)
		p.parseWithBeam(beam8, 8)
		checkTree(t, p, beam8)
		for i := range greedy {
			if greedy[i].Head != beam1[i].Head || greedy[i].DepRel != beam1[i].DepRel {
				t.Fatalf("%s: word %d: beam of 1 differs from greedy", s.Meta("text"), i+1)
			}
		}
	}
}

// TestParseLinear parses a 5,000-word sentence and a 500-word one: greedy
// transition parsing is linear, so the long one may take at most a generous
// multiple of ten times the short one.
func TestParseLinear(t *testing.T) {
	p := shipped(t)
	mk := func(n int) []sitrep.Token {
		toks := make([]sitrep.Token, n)
		for i := range toks {
			toks[i] = sitrep.Token{Text: "attack", UPOS: "NOUN", XPOS: "NN"}
		}
		return toks
	}
	timeIt := func(n int) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			toks := mk(n)
			start := time.Now()
			p.Parse(toks)
			best = min(best, time.Since(start))
		}
		return best
	}
	short, long := timeIt(500), timeIt(5000)
	if long > 30*short+50*time.Millisecond {
		t.Errorf("5000 words took %v, 500 took %v: not linear", long, short)
	}
}

// TestParseNewsFixture parses hand-written news sentences with gold tags and
// checks the relations the event coder reads. A greedy parser gets some
// attachments wrong (a temporal PP on the nearest noun, a double object), so the
// test asks for 85% of them and logs the misses.
func TestParseNewsFixture(t *testing.T) {
	p := shipped(t)
	gold := readFixture(t, "testdata/news.conllu")
	total, right := 0, 0
	for _, s := range gold {
		toks := tokens(s, true)
		p.Parse(toks)
		checkTree(t, p, toks)
		for i, w := range s.Words {
			switch baseRel(w.DepRel) {
			case "nsubj", "obj", "iobj", "obl", "ccomp", "xcomp", "conj", "appos", "acl", "flat", "root":
				total++
				if toks[i].Head == w.Head && toks[i].DepRel == w.DepRel {
					right++
					continue
				}
				t.Logf("%s: %q is %d %s, want %d %s", s.Meta("text"), w.Form,
					toks[i].Head, toks[i].DepRel, w.Head, w.DepRel)
			}
		}
	}
	if float64(right) < 0.85*float64(total) {
		t.Errorf("%d of %d key relations right, want at least 85%%", right, total)
	}
}

func TestSaveReadRoundTrip(t *testing.T) {
	p := shippedGreedy(t)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range readFixture(t, "testdata/news.conllu") {
		a, b := tokens(s, true), tokens(s, true)
		p.Parse(a)
		q.Parse(b)
		for i := range a {
			if a[i].Head != b[i].Head || a[i].DepRel != b[i].DepRel {
				t.Fatalf("%s: word %d differs after a round trip", s.Meta("text"), i+1)
			}
		}
	}
}

func TestReadRejectsBadModels(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(shippedModel))
	if err != nil {
		t.Fatal(err)
	}
	packed, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"wrong magic", gz("something else\n")},
		{"no labels", gz(magic + "\x00")},
		{"truncated", shippedModel[:len(shippedModel)/2]},
		{"columns that do not add up", gz(magicColumns + magic + "\x01\x01x\x00\x00\x00\x3f\x02\x01\x01\x05")},
		{"packed, cut short", gz(string(packed[:len(packed)*2/3]))},
		{"packed, trailing bytes", gz(string(packed) + "\x00")},
		// One feature, key delta 7, one weight: class 9 of a one-label model's 3.
		{"packed, class out of range", gz(magicPacked + magic + "\x01\x01x\x00\x00\x00\x3f\x28\x01\x00\x07\x01\x0a\x09")},
		{"packed, no key bits", gz(magicPacked + magic + "\x01\x01x\x00\x00\x00\x3f\x00\x01\x00\x07\x01\x01\x09")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tt.data)); err == nil {
				t.Error("Read accepted a bad model")
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add("The army attacked the village .", "DT NN VBD DT NN .", "DET NOUN VERB DET NOUN PUNCT")
	f.Add(". . .", "", "")
	f.Add("x", "NNP", "PROPN")
	p, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, xpos, upos string) {
		toks := words(text, xpos, upos)
		if len(toks) == 0 {
			p.Parse(toks)
			return
		}
		p.Parse(toks)
		checkTree(t, p, toks)
	})
}

func FuzzRead(f *testing.F) {
	f.Add(shippedModel[:200])
	f.Add([]byte(magic))
	f.Add([]byte(magicColumns + magic))
	f.Add([]byte(magicPacked + magic + "\x01\x01x\x00\x00\x00\x3f\x28\x01\x00\x07\x01\x01\x09"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Raw bytes are mostly rejected at the gzip header; wrapping them in gzip
		// too exercises the model decoder itself, with a feature-set line in front
		// or as they are (the seeds that start with a layout line).
		Read(bytes.NewReader(data))
		for _, prefix := range []string{magic, ""} {
			var b bytes.Buffer
			w := gzip.NewWriter(&b)
			w.Write([]byte(prefix))
			w.Write(data)
			w.Close()
			if p, err := Read(&b); err == nil {
				toks := words("a b c", "DT NN VBD", "DET NOUN VERB")
				p.Parse(toks)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	p := shipped(b)
	var sents [][]sitrep.Token
	for _, s := range readFixture(b, "testdata/news.conllu") {
		sents = append(sents, tokens(s, true))
	}
	n := 0
	for b.Loop() {
		for _, s := range sents {
			p.Parse(s)
			n += len(s)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkParseBeam8(b *testing.B) {
	p := shipped(b)
	var sents [][]sitrep.Token
	for _, s := range readFixture(b, "testdata/news.conllu") {
		sents = append(sents, tokens(s, true))
	}
	n := 0
	for b.Loop() {
		for _, s := range sents {
			p.parseWithBeam(s, 8)
			n += len(s)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(shippedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseConcurrent parses the fixture from several goroutines at once; each
// must get the sequential result.
func TestParseConcurrent(t *testing.T) {
	p := shipped(t)
	gold := readFixture(t, "testdata/news.conllu")
	want := make([][]sitrep.Token, len(gold))
	for i, s := range gold {
		want[i] = tokens(s, true)
		p.Parse(want[i])
	}
	errs := make(chan string, 8)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				for i, s := range gold {
					toks := tokens(s, true)
					p.Parse(toks)
					for j := range toks {
						if toks[j].Head != want[i][j].Head || toks[j].DepRel != want[i][j].DepRel {
							errs <- fmt.Sprintf("%s: word %d differs under concurrency", s.Meta("text"), j+1)
							return
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
