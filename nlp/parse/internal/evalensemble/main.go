// Command evalensemble scores parsers alone and an ensemble of them (see
// nlp/parse/ensemble.go: the shipped one is the left-to-right and right-to-left
// parsers and their greedy stages) on CoNLL-U files with gold tokenization, with
// gold tags and with tags from nlp/tag, for a grid of soft-vote weights. The ensemble's vote weights are
// measured on the -dev file (EWT dev): tune on dev, and score test once.
//
//	go run ./nlp/parse/internal/evalensemble -members shipped,r2l:/tmp/r2l.gz -dev $SITREP_SHARED/data/ud-ewt/en_ewt-ud-dev.conllu $SITREP_SHARED/data/ud-ewt/en_ewt-ud-dev.conllu
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/parse"
)

var (
	byWeight    bool
	saveWeights string
	byRelation  bool
	l2rBeam     int
	r2lBeam     int
	threshold   float64
)

func main() {
	members := flag.String("members", "shipped,r2l:/tmp/r2l.gz", "comma-separated parsers: shipped (the shipped left-to-right model alone), l2r:FILE, r2l:FILE (right-to-left, from trainparse -reverse, laid out as parse.ShippedReversal), r2l-LAYOUT:FILE (trainparse -reverse -layout LAYOUT), or greedy:FILE and greedy-r2l:FILE (greedily trained, searched greedily)")
	dev := flag.String("dev", "", "CoNLL-U file the vote weights are measured on (EWT dev)")
	soft := flag.String("soft", "0", "soft-vote weights to score (comma-separated)")
	temps := flag.String("temp", "1", "soft-vote softmax temperatures to score (comma-separated)")
	scale := flag.String("soft-scale", "", "per-member soft-vote scales (comma-separated)")
	norm := flag.Bool("normalize", false, "normalise each member's soft votes per word")
	flag.StringVar(&saveWeights, "save-weights", "", "write the measured vote weights here (model/ensemble.txt)")
	flag.BoolVar(&byWeight, "soft-by-weight", false, "scale soft votes by the members' per-UPOS weights")
	flag.BoolVar(&byRelation, "by-relation", false, "with -single, also print each parser's head accuracy per gold relation and per UPOS (gold tags)")
	single := flag.Bool("single", true, "also score each parser alone")
	beamTemp := flag.String("beam-temp", "0", "soft votes of a member searched with a beam from its last beam, softmax temperatures to score (comma-separated; 0: its best tree's arcs)")
	flag.IntVar(&r2lBeam, "r2l-beam", 0, "search the right-to-left members with a beam of this width (0: greedily; a globally trained one, trainparse -reverse -beam 8, wants ShippedBeam)")
	flag.Float64Var(&threshold, "threshold", parse.ShippedThreshold, "beam threshold of every member searched with a beam (Parser.WithThreshold; 0: none)")
	flag.IntVar(&l2rBeam, "beam", 0, "search the left-to-right members with a beam of this width (0: the shipped member with ShippedBeam, l2r:FILE greedily)")
	flag.Parse()
	if err := run(*members, *dev, *soft, *temps, *beamTemp, *scale, *norm, *single, flag.Args()); err != nil {
		slog.Error("evalensemble", "err", err)
		os.Exit(1)
	}
}

func floats(list string) ([]float32, error) {
	var out []float32
	for _, s := range strings.Split(list, ",") {
		v, err := strconv.ParseFloat(s, 32)
		if err != nil {
			return nil, fmt.Errorf("number %q: %w", s, err)
		}
		out = append(out, float32(v))
	}
	return out, nil
}

func run(memberList, devPath, softList, tempList, beamTempList, scaleList string, norm, single bool, files []string) error {
	var members []parse.Member
	for _, spec := range strings.Split(memberList, ",") {
		kind, path, _ := strings.Cut(spec, ":")
		// greedy:FILE and greedy-r2l:FILE are searched greedily whatever
		// -beam and -r2l-beam say (a greedily trained model).
		greedy := kind == "greedy" || kind == "greedy-r2l"
		switch kind {
		case "greedy":
			kind = "l2r"
		case "greedy-r2l":
			kind = "r2l"
		}
		rv, rev := parse.ShippedReversal, strings.HasPrefix(kind, "r2l")
		if layout, ok := strings.CutPrefix(kind, "r2l-"); ok {
			var err error
			if rv, err = parse.ParseReversal(layout); err != nil {
				return fmt.Errorf("member %q: %w", spec, err)
			}
		} else if kind == "shipped" {
			path = ""
		} else if kind != "l2r" && kind != "r2l" {
			return fmt.Errorf("member %q: want shipped, l2r:FILE, r2l:FILE, r2l-LAYOUT:FILE, greedy:FILE or greedy-r2l:FILE", spec)
		}
		p, err := load(path, kind == "shipped")
		if err != nil {
			return err
		}
		if l2rBeam > 0 && !rev && !greedy {
			// A globally trained member searched wider than ShippedBeam, to see
			// whether the ensemble's gain survives a wider member.
			p = p.WithBeam(l2rBeam)
		}
		if r2lBeam > 0 && rev && !greedy {
			p = p.WithBeam(r2lBeam)
		}
		p = p.WithThreshold(float32(threshold))
		members = append(members, parse.Member{Parser: p, Reversed: rev, Reversal: rv})
	}
	softs, err := floats(softList)
	if err != nil {
		return err
	}
	temps, err := floats(tempList)
	if err != nil {
		return err
	}
	beamTemps, err := floats(beamTempList)
	if err != nil {
		return err
	}
	var scales []float32
	if scaleList != "" {
		if scales, err = floats(scaleList); err != nil {
			return err
		}
	}
	dev, err := read(devPath)
	if err != nil {
		return err
	}
	w := parse.EnsembleWeights(members, dev)
	for k, wk := range w {
		fmt.Printf("vote weights %d: %v\n", k, wk)
	}
	if saveWeights != "" {
		f, err := os.Create(saveWeights)
		if err != nil {
			return fmt.Errorf("save weights: %w", err)
		}
		if err := (&parse.EnsembleModel{Weights: w}).Save(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("save weights: %w", err)
		}
	}
	for _, path := range files {
		gold, err := read(path)
		if err != nil {
			return err
		}
		score := func(name string, p *parse.Parser) {
			uas, las := parse.Evaluate(p, gold, true)
			puas, plas := parse.Evaluate(p, gold, false)
			fmt.Printf("%s %s: gold tags UAS %.2f LAS %.2f; predicted tags UAS %.2f LAS %.2f\n", path, name, uas, las, puas, plas)
		}
		var singles []*parse.Parser
		if single {
			for k, mb := range members {
				p := mb.Parser
				if mb.Reversed {
					p = parse.ReversedAs(p, mb.Reversal)
				}
				score(fmt.Sprintf("parser %d alone", k), p)
				singles = append(singles, p)
			}
			if byRelation {
				printByRelation(gold, singles)
			}
		}
		for _, bt := range beamTemps {
			for _, t := range temps {
				for _, v := range softs {
					cfg := parse.DefaultEnsembleConfig()
					cfg.Soft, cfg.Temp, cfg.SoftScale, cfg.Normalize, cfg.SoftByWeight, cfg.BeamTemp = v, t, scales, norm, byWeight, bt
					e, err := parse.NewEnsemble(members, w, cfg)
					if err != nil {
						return err
					}
					score(fmt.Sprintf("ensemble %s soft %g temp %g beam-temp %g scale %v normalize %v by-weight %v", memberList, v, t, bt, scales, norm, byWeight), e)
				}
			}
		}
	}
	return nil
}

func load(path string, shipped bool) (*parse.Parser, error) {
	if shipped {
		return parse.LoadLeftToRight()
	}
	return parse.ReadFile(path)
}

func read(path string) ([]*conllu.Sentence, error) { return conllu.ReadFile(path) }

// printByRelation prints, per gold relation (without subtype) and per UPOS
// with at least 50 words, the share of words each parser gives the right head
// with gold tags: where one parser loses to another.
func printByRelation(gold []*conllu.Sentence, ps []*parse.Parser) {
	type count struct {
		words int
		right []int
	}
	byKey := map[string]*count{}
	get := func(k string) *count {
		c := byKey[k]
		if c == nil {
			c = &count{right: make([]int, len(ps))}
			byKey[k] = c
		}
		return c
	}
	for _, s := range gold {
		toks := make([]sitrep.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = sitrep.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma}
		}
		cs := make([]*count, len(s.Words)*2)
		for i, w := range s.Words {
			rel, _, _ := strings.Cut(w.DepRel, ":")
			cs[2*i], cs[2*i+1] = get("rel "+rel), get("upos "+w.UPOS)
			cs[2*i].words++
			cs[2*i+1].words++
		}
		for k, p := range ps {
			a := slices.Clone(toks)
			p.Parse(a)
			for i, w := range s.Words {
				if a[i].Head == w.Head {
					cs[2*i].right[k]++
					cs[2*i+1].right[k]++
				}
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k, c := range byKey {
		if c.words >= 50 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		c := byKey[k]
		fmt.Printf("  %-16s %6d", k, c.words)
		for _, r := range c.right {
			fmt.Printf("  %6.2f", 100*float64(r)/float64(c.words))
		}
		fmt.Println()
	}
}
