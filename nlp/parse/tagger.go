package parse

import (
	"cmp"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// tagTokens tags toks with the shipped nlp/tag model for evaluation with
// predicted tags. Evaluate has no error to return, so a tagger that fails to load
// (a broken build, not bad input) is logged and the words stay untagged, which
// the scores then show.
func tagTokens(toks []sitrep.Token) {
	t, err := tag.Load()
	if err != nil {
		slog.Error("parse: evaluating without tags", "err", err)
		return
	}
	t.Tag(toks)
}

// A parser trained on gold tags trusts them, and at run time it gets the
// tagger's. Jackknifing (tagging each tenth of the training data with a tagger
// trained on the rest) would need ten tagger trainings; TrainConfig.NoisyTags
// instead makes the training tags imitate the tagger's errors (measured in
// NOTES.md, "Tags and measurements", and not used for the shipped model):
//
//   - every word the shipped tagger mistags in the training data keeps the
//     tagger's tag (real, word-specific errors, but fewer than on unseen text);
//   - other words of gold tag g are retagged, with the probability that brings
//     g's error rate up to the tagger's on EWT dev, to a tag drawn from the
//     tagger's confusions of g on EWT dev.
//
// Dev is used only for these rates, as for any other tuning.

type jointTag struct{ upos, xpos string }

type confusion struct {
	extra  float64    // probability of retagging a correctly tagged word
	to     []jointTag // wrong tags seen on dev, in a fixed order
	weight []float64  // their cumulative counts
}

// noisyTags returns copies of train whose UPOS and XPOS imitate the tagger's
// errors as described above.
func noisyTags(train, dev []*conllu.Sentence, seed uint64, log *slog.Logger) ([]*conllu.Sentence, error) {
	tg, err := tag.Load()
	if err != nil {
		return nil, fmt.Errorf("tag training data: %w", err)
	}
	type stat struct {
		n, wrong int
		to       map[jointTag]int
	}
	count := func(ss []*conllu.Sentence) (map[jointTag]*stat, [][]sitrep.Token) {
		st := map[jointTag]*stat{}
		tagged := make([][]sitrep.Token, len(ss))
		for i, s := range ss {
			toks := tokens(s, false)
			tg.Tag(toks)
			tagged[i] = toks
			for j, w := range s.Words {
				g := jointTag{w.UPOS, w.XPOS}
				x := st[g]
				if x == nil {
					x = &stat{to: map[jointTag]int{}}
					st[g] = x
				}
				x.n++
				if p := (jointTag{toks[j].UPOS, toks[j].XPOS}); p != g {
					x.wrong++
					x.to[p]++
				}
			}
		}
		return st, tagged
	}
	devStat, _ := count(dev)
	trainStat, tagged := count(train)

	conf := map[jointTag]*confusion{}
	for g, d := range devStat {
		if d.wrong == 0 {
			continue
		}
		devErr := float64(d.wrong) / float64(d.n)
		trainErr := 0.0
		if t := trainStat[g]; t != nil {
			trainErr = float64(t.wrong) / float64(t.n)
		}
		c := &confusion{extra: max(0, (devErr-trainErr)/(1-trainErr))}
		for p := range d.to {
			c.to = append(c.to, p)
		}
		slices.SortFunc(c.to, func(a, b jointTag) int {
			if a.upos != b.upos {
				return cmp.Compare(a.upos, b.upos)
			}
			return cmp.Compare(a.xpos, b.xpos)
		})
		sum := 0.0
		for _, p := range c.to {
			sum += float64(d.to[p])
			c.weight = append(c.weight, sum)
		}
		conf[g] = c
	}

	rng := rand.New(rand.NewPCG(seed, 0x7a6))
	out := make([]*conllu.Sentence, len(train))
	words, real, injected := 0, 0, 0
	for i, s := range train {
		cp := *s
		cp.Words = slices.Clone(s.Words)
		for j := range cp.Words {
			w := &cp.Words[j]
			words++
			g := jointTag{w.UPOS, w.XPOS}
			if p := (jointTag{tagged[i][j].UPOS, tagged[i][j].XPOS}); p != g {
				w.UPOS, w.XPOS = p.upos, p.xpos
				real++
				continue
			}
			c := conf[g]
			if c == nil || rng.Float64() >= c.extra {
				continue
			}
			r := rng.Float64() * c.weight[len(c.weight)-1]
			k, _ := slices.BinarySearch(c.weight, r)
			k = min(k, len(c.to)-1)
			w.UPOS, w.XPOS = c.to[k].upos, c.to[k].xpos
			injected++
		}
		out[i] = &cp
	}
	log.Info("parser training tags", "words", words, "tagger_errors", real, "injected_errors", injected)
	return out, nil
}
