package ingest

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func docFrom(text string) *sitrep.Document {
	d := &sitrep.Document{}
	assemble(d, textBlocks(text))
	Finalize(d)
	return d
}

// TestNearDuplicateThreshold justifies NearDuplicateThreshold on edited copies of
// an article of ours: what an outlet does when it republishes a report stays at
// or above it, and a different article on the same subject falls below.
func TestNearDuplicateThreshold(t *testing.T) {
	orig, err := os.ReadFile("testdata/dup/original.txt")
	if err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile("testdata/dup/same_topic.txt")
	if err != nil {
		t.Fatal(err)
	}
	o := string(orig)
	paras := strings.Split(o, "\n\n")
	replace := func(s string, pairs ...string) string { return strings.NewReplacer(pairs...).Replace(s) }
	copies := map[string]string{
		"new headline":      "Herders Leave Parched Plateau Early as Pastures Fail\n\n" + strings.Join(paras[1:], "\n\n"),
		"footer and byline": o + "\n\nBy Staff Reporter\n\nThis article first appeared in the Plateau Herald.\n\n© 2025 Valley Wire",
		"a few words per paragraph": replace(o, "have begun", "started", "more than 40,000", "over 40,000",
			"less than half", "under half", "doubled", "almost doubled", "15 million", "fifteen million",
			"raised concerns", "complained", "travel with", "accompany"),
		"last paragraph dropped":  strings.Join(paras[:len(paras)-1], "\n\n"),
		"paragraph added":         o + "\n\nThe union will meet ministry officials again next week, a spokesman said.",
		"whitespace and case":     strings.ToUpper(strings.ReplaceAll(o, " ", "  ")),
		"headline, words, footer": "Herders Leave Parched Plateau Early\n\n" + replace(strings.Join(paras[1:], "\n\n"), "have begun", "started", "doubled", "almost doubled", "raised concerns", "complained") + "\n\n© 2025 Valley Wire",
	}
	od := docFrom(o)
	for name, c := range copies {
		s := Similarity(od.Fingerprint, docFrom(c).Fingerprint)
		t.Logf("%-26s similarity %.3f", name, s)
		if s < NearDuplicateThreshold {
			t.Errorf("%s: similarity %.3f below the threshold %.3f", name, s, NearDuplicateThreshold)
		}
	}
	if s := Similarity(od.Fingerprint, docFrom(string(other)).Fingerprint); s >= NearDuplicateThreshold {
		t.Errorf("a different article on the same subject: similarity %.3f at or above the threshold", s)
	} else {
		t.Logf("%-26s similarity %.3f", "different article", s)
	}
	if ws := docFrom(copies["whitespace and case"]); ws.Hash != od.Hash {
		t.Errorf("case and spacing changed the hash")
	}
}

// TestNearDuplicateThresholdFAKES measures the threshold on 804 real articles:
// lightly edited copies (a new headline, one word in fifty replaced, a footer)
// must stay above it, and pairs of different articles below it, except the rare
// rewrites of one wire story by two outlets.
func TestNearDuplicateThresholdFAKES(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data/corpora/fakes_syria/fakes.csv")
	items, err := ReadAll(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*sitrep.Document
	for _, it := range items {
		if it.Doc != nil {
			docs = append(docs, it.Doc)
		}
	}
	r := rand.New(rand.NewPCG(7, 11))
	kept := 0
	for _, d := range docs {
		w := strings.Fields(d.Text)
		for i := range w {
			if r.IntN(50) == 0 {
				w[i] = "edited" + w[r.IntN(len(w))]
			}
		}
		edited := "Exclusive: a new headline\n\n" + strings.Join(w, " ") + "\n\n© 2025 Another Outlet"
		if Similarity(d.Fingerprint, docFrom(edited).Fingerprint) >= NearDuplicateThreshold {
			kept++
		}
	}
	var pairs, above int
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if docs[i].Hash == docs[j].Hash {
				continue
			}
			pairs++
			if Similarity(docs[i].Fingerprint, docs[j].Fingerprint) >= NearDuplicateThreshold {
				above++
			}
		}
	}
	recall, falseRate := float64(kept)/float64(len(docs)), float64(above)/float64(pairs)
	t.Logf("edited copies kept: %.1f%% of %d; different pairs above: %d of %d (%.4f%%)", 100*recall, len(docs), above, pairs, 100*falseRate)
	if recall < 0.95 {
		t.Errorf("only %.1f%% of lightly edited copies reach the threshold", 100*recall)
	}
	if falseRate > 0.0005 {
		t.Errorf("%.4f%% of pairs of different articles reach the threshold", 100*falseRate)
	}
}

func TestSimilarity(t *testing.T) {
	for _, tt := range []struct {
		a, b uint64
		want float64
	}{
		{0, 0, 1}, {0, ^uint64(0), 0}, {0xff, 0, 1 - 8.0/64}, {1 << 63, 1, 1 - 2.0/64},
	} {
		if got := Similarity(tt.a, tt.b); got != tt.want {
			t.Errorf("Similarity(%x, %x) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFinalize(t *testing.T) {
	d := &sitrep.Document{Text: "   "}
	Finalize(d)
	if d.Status != sitrep.StatusEmpty || d.Fingerprint != 0 || !strings.HasPrefix(d.ID, "doc-") {
		t.Errorf("empty: %+v", d)
	}
	d = docFrom("Le conseil municipal a voté mercredi le budget de l'année prochaine après un long débat entre la majorité et l'opposition.")
	if d.Language != "fr" || d.Status != sitrep.StatusNonEnglish {
		t.Errorf("French: language %q status %q", d.Language, d.Status)
	}
	a, b := docFrom("The talks resumed on Monday."), docFrom("The  talks resumed, on Monday!")
	if a.Hash != b.Hash || len(a.Hash) != 64 {
		t.Errorf("hashes differ on punctuation: %s %s", a.Hash, b.Hash)
	}
}

func TestDetectLanguage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The ministers met in the capital on Monday and agreed to extend the ceasefire for another month.", "en"},
		{"Die Regierung hat am Mittwoch neue Maßnahmen gegen die steigenden Energiepreise beschlossen, teilte ein Sprecher mit.", "de"},
		{"El gobierno anunció el miércoles un nuevo plan para reconstruir las escuelas dañadas por las inundaciones.", "es"},
		{"أعلنت الحكومة اليوم عن خطة جديدة لإعادة بناء المدارس في المدينة بعد الفيضانات الأخيرة.", "ar"},
		{"Syria", ""},
		{"", ""},
	} {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func BenchmarkFinalize(b *testing.B) {
	data, err := os.ReadFile("testdata/dup/original.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := docFrom(string(data))
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		Finalize(d)
	}
}
