package ner

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/cputime"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// BenchmarkRecognize measures throughput on the UNER EWT test sentences, one
// goroutine (run with -cpu 1 for one core). tokens/cpu-s divides by the CPU
// time the process used, which stays meaningful on a busy machine.
func BenchmarkRecognize(b *testing.B) { benchRecognize(b, false) }

// BenchmarkRecognizeTagged gives the recogniser sentences already tagged (and
// parsed, for a model with syntactic features), as the pipeline does: the
// recogniser's own cost.
func BenchmarkRecognizeTagged(b *testing.B) { benchRecognize(b, true) }

func benchRecognize(b *testing.B, tagged bool) {
	data := sharedData(b)
	r, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents, _ := readGold(b, filepath.Join(data, "uner", "ewt", "en_ewt-ud-test.iob2"))
	if tagged {
		t, err := tag.Load()
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range sents {
			t.Tag(s)
			if r.parser != nil {
				r.parser.Parse(s)
			}
		}
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	b.ResetTimer()
	cpu0 := cputime.Used()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			r.Recognize(s)
		}
	}
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := cputime.Used()
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytesReader(shipped)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cputime.Used() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
