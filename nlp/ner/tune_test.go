package ner

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestTune trains with a held-out fifth of UNER EWT dev documents and reports
// scores on it and on GUM dev. It is a tuning aid, run by hand:
//
//	SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 go test -run TestTune -v ./nlp/ner/
func TestTune(t *testing.T) {
	if os.Getenv("SITREP_NER_TUNE") == "" {
		t.Skip("SITREP_NER_TUNE not set")
	}
	data := sharedData(t)
	cfg := defaultConfig
	cfg.holdout = 5
	cfg.withGUMDev = false
	if v, err := strconv.Atoi(os.Getenv("NER_EPOCHS")); err == nil {
		cfg.epochs = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_UNER_COPIES")); err == nil {
		cfg.unerCopies = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_LOWER"), 64); err == nil {
		cfg.lowerFrac = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_NOGAZ")); err == nil {
		cfg.noGaz = uint8(v)
	}
	if os.Getenv("NER_NOCLUSTERS") != "" {
		cfg.clusters = false
	}
	if v, err := strconv.Atoi(os.Getenv("NER_CMIN")); err == nil {
		cfg.clusterMin = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_KC")); err == nil {
		cfg.kCoarse = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_KF")); err == nil {
		cfg.kFine = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_SELF")); err == nil {
		cfg.selfTrain = v
	}
	cfg.noGUM = os.Getenv("NER_NOGUM") != ""
	if os.Getenv("NER_CRF") == "1" {
		// A CRF instead of perceptrons (crf.go): one model unless NER_ENS
		// says otherwise, no decode bias unless NER_BIAS says otherwise
		// (the perceptron's is on another scale); the rate and penalty
		// the folds liked best (NOTES.md, "CRF training").
		cfg.crf, cfg.ensemble, cfg.bias = true, 1, [3]float32{}
		cfg.crfRate, cfg.crfL2, cfg.crfAvgFrom = 0.03, 1, 0
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_CRF_RATE"), 64); err == nil {
		cfg.crfRate = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_CRF_L2"), 64); err == nil {
		cfg.crfL2 = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_CRF_AVG")); err == nil {
		cfg.crfAvgFrom = v // averaged from this epoch on (1-based); 0: not averaged
	}
	if v, err := strconv.Atoi(os.Getenv("NER_ENS")); err == nil {
		cfg.ensemble = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_EWT")); err == nil {
		cfg.ewtCopies = v
	}
	if v := os.Getenv("NER_EWT_ALL"); v != "" {
		cfg.ewtAll = v == "1"
	}
	if os.Getenv("NER_NOPOS") != "" {
		cfg.pos = false
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_DROP"), 64); err == nil {
		cfg.wordDrop = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_NEWS")); err == nil {
		cfg.newsCopies = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_WRITTEN")); err == nil {
		cfg.writtenCopies = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_JK")); err == nil {
		cfg.jackknife = v // folds of jackknifed tags for the sentences the tagger was trained on
	}
	if v, err := strconv.Atoi(os.Getenv("NER_SYNTAX")); err == nil {
		cfg.syntax = uint8(v) // bits: 1 the word's relation, 2 the name head and its governor, 4 its case word
	}
	if v, err := strconv.Atoi(os.Getenv("NER_WORDCLASS")); err == nil {
		cfg.wordclass = uint8(v) // bits: 1 the word's GloVe classes, 2 its neighbours', 4 the capitalised run's ends'; 8 read all three through wordclass.LookupRare (rarer words too)
	}
	if v, err := strconv.Atoi(os.Getenv("NER_GUM_COPIES")); err == nil {
		cfg.gumCopies = v
	}
	// Switches given 0 or 1 (2: GUM test in the clusters' text too) override
	// defaultConfig; unset, they keep it.
	if v := os.Getenv("NER_GUM_TEST"); v != "" {
		cfg.gumTest, cfg.gumTestClusters = v != "0", v == "2"
	}
	if v := os.Getenv("NER_RUN_CLUSTERS"); v != "" {
		cfg.runClusters = v == "1"
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_REPLACE"), 64); err == nil {
		cfg.replaceFrac = v // mention replacement: the share of naming sentences copied
	}
	if v := os.Getenv("NER_REPLACE_ORG"); v != "" {
		cfg.replaceORG = v == "1"
	}
	if v, err := strconv.Atoi(os.Getenv("NER_REPLACE_FROM")); err == nil {
		cfg.replaceFrom = v
	}
	if v, err := strconv.ParseUint(os.Getenv("NER_SEED"), 10, 64); err == nil {
		cfg.seed = v // another draw of shuffles and clusters: how much a change owes to chance
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	folds := 1
	if v, err := strconv.Atoi(os.Getenv("NER_FOLDS")); err == nil {
		folds = v
	}
	sum := map[string][4]float64{}
	for fold := 0; fold < folds; fold++ {
		cfg.fold = fold
		r, c, err := train(context.Background(), data, cfg, log)
		if err != nil {
			t.Fatal(err)
		}
		r.noAcronyms = os.Getenv("NER_NOACRONYMS") != ""
		if v := os.Getenv("NER_BIAS"); v != "" {
			// "ALL,ORG": added to every name's first label, and more to
			// organisations'.
			a, o, _ := strings.Cut(v, ",")
			all, _ := strconv.ParseFloat(a, 32)
			org, _ := strconv.ParseFloat(o, 32)
			r.bias = [3]float32{float32(all), float32(all + org), float32(all)}
		}
		if grid := os.Getenv("NER_BIAS_GRID"); grid != "" {
			// Decode-time biases, scored on the held-out fold and on GUM
			// dev (every fold's model; GUM dev is in none of them).
			var vals []float32
			for _, f := range strings.Split(grid, ",") {
				v, _ := strconv.ParseFloat(f, 32)
				vals = append(vals, float32(v))
			}
			saved := r.bias
			for _, all := range vals {
				for _, org := range vals {
					r.bias = [3]float32{all, all + org, all}
					for _, name := range []string{"uner-ewt-dev-heldout", "gum-dev"} {
						var toks [][]sitrep.Token
						var tags [][]string
						for _, e := range c.dev[name] {
							toks = append(toks, e.toks)
							tags = append(tags, labelsToIOB2(e.gold))
						}
						_, _, f, _ := Evaluate(r, toks, tags)
						k := fmt.Sprintf("all %g org +%g %s", all, org, name)
						x := sum[k]
						x[0] += f
						sum[k] = x
					}
				}
			}
			r.bias = saved
			if fold == folds-1 {
				for _, all := range vals {
					for _, org := range vals {
						k := fmt.Sprintf("all %g org +%g ", all, org)
						u, g := sum[k+"uner-ewt-dev-heldout"][0], sum[k+"gum-dev"][0]
						t.Logf("BIAS %s: uner %.2f gum-dev %.2f mean %.2f", k, 100*u/float64(folds), 100*g/float64(folds), 50*(u+g)/float64(folds))
					}
				}
			}
		}
		for _, name := range []string{"uner-ewt-dev-heldout", "gum-dev"} {
			// GUM dev is in no fold's training: the fold-0 model's score
			// is the table's usual figure, and NER_GUM_ALL=1 scores every
			// fold's model and reports their mean, the steadier figure.
			if name == "gum-dev" && fold > 0 && os.Getenv("NER_GUM_ALL") == "" {
				continue
			}
			if name == "gum-dev" {
				sum["gum-n"] = [4]float64{sum["gum-n"][0] + 1}
			}
			var toks [][]sitrep.Token
			var tags [][]string
			for _, e := range c.dev[name] {
				toks = append(toks, e.toks)
				tags = append(tags, labelsToIOB2(e.gold))
			}
			if os.Getenv("NER_CONFUSION") != "" {
				confusion(t, r, toks, tags)
			}
			if os.Getenv("NER_SHOW") == name {
				showErrors(t, r, toks, tags)
			}
			p, rc, f, by := Evaluate(r, toks, tags)
			if name == "uner-ewt-dev-heldout" {
				// The same sentences, recognised a document at a time.
				var pred [][]string
				for a := 0; a < len(toks); {
					b := a
					for b < len(toks) && c.dev[name][b].doc == c.dev[name][a].doc {
						b++
					}
					for k, ents := range r.RecognizeDocument(toks[a:b]) {
						pred = append(pred, Tags(ents, len(toks[a+k])))
					}
					a = b
				}
				all, _ := ScoreTags(tags, pred)
				x := sum["doc"]
				x[0] += all.F1
				sum["doc"] = x
			}
			if name == "uner-ewt-dev-heldout" {
				// Organisations are the weak type: keep their precision and recall apart.
				o := sum["org"]
				o[0] += by["ORG"][0]
				o[1] += by["ORG"][1]
				sum["org"] = o
			}
			x := sum[name]
			x[0] += f
			x[1] += by["PER"][2]
			x[2] += by["ORG"][2]
			x[3] += by["LOC"][2]
			sum[name] = x
			t.Logf("fold %d %s: P %.2f R %.2f F1 %.2f  PER %.1f ORG %.1f LOC %.1f", fold, name, 100*p, 100*rc, 100*f,
				100*by["PER"][2], 100*by["ORG"][2], 100*by["LOC"][2])
		}
	}
	x := sum["uner-ewt-dev-heldout"]
	n := float64(folds)
	t.Logf("MEAN uner F1 %.2f PER %.1f ORG %.1f (P %.1f R %.1f) LOC %.1f | gum-dev %.2f | by document %.2f", 100*x[0]/n, 100*x[1]/n, 100*x[2]/n,
		100*sum["org"][0]/n, 100*sum["org"][1]/n, 100*x[3]/n, 100*sum["gum-dev"][0]/sum["gum-n"][0], 100*sum["doc"][0]/n)
}

func labelsToIOB2(ls []int) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		p, t := splitLabel(l)
		switch {
		case l == 0:
			out[i] = "O"
		case p == posB || p == posU:
			out[i] = "B-" + Types[t]
		default:
			out[i] = "I-" + Types[t]
		}
	}
	return out
}

func showErrors(t *testing.T, r *Recognizer, toks [][]sitrep.Token, tags [][]string) {
	for i, s := range toks {
		pred := r.Tag(s)
		g := Spans(tags[i], s)
		p := Spans(pred, s)
		gs := map[sitrep.Entity]bool{}
		for _, e := range g {
			gs[e] = true
		}
		ps := map[sitrep.Entity]bool{}
		for _, e := range p {
			ps[e] = true
		}
		var miss, extra []string
		for _, e := range g {
			if !ps[e] {
				miss = append(miss, e.Type+":"+e.Text)
			}
		}
		for _, e := range p {
			if !gs[e] {
				extra = append(extra, e.Type+":"+e.Text)
			}
		}
		if len(miss)+len(extra) > 0 {
			t.Logf("MISS %q EXTRA %q IN %s", miss, extra, spanText(s))
		}
	}
}

// confusion tallies, for each gold span type, what the prediction made of it.
func confusion(t *testing.T, r *Recognizer, toks [][]sitrep.Token, tags [][]string) {
	n := map[string]int{}
	for i, s := range toks {
		pred := Spans(r.Tag(s), s)
		for _, g := range Spans(tags[i], s) {
			kind := "missed"
			for _, p := range pred {
				if p.End <= g.Start || p.Start >= g.End {
					continue
				}
				exact := p.Start == g.Start && p.End == g.End
				switch {
				case exact && p.Type == g.Type:
					kind = "exact"
				case exact:
					kind = "exact-as-" + p.Type
				case p.Type == g.Type && kind == "missed":
					kind = "overlap-same"
				case kind == "missed":
					kind = "overlap-as-" + p.Type
				}
			}
			n[g.Type+" "+kind]++
		}
	}
	t.Logf("CONFUSION %v", n)
}
