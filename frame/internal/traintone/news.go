package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/frame/internal/confusion"
	"github.com/sitrep-dev/sitrep/frame/internal/newsmtsc"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

// Training on NewsMTSC (-newsmtsc): the genre of the articles sitrep reads,
// and one of its validation corpora. Its two files hold different sentences,
// so a model trained on one is scored on the other by frame's validation test
// (-model); the shipped model, if any, is trained on both. Every setting is
// chosen inside the files trained on, by cross-validation with folds by
// article, on the NewsMTSC targets only: sitrep's own labels, when a setting
// takes them, are always in the training folds and never scored.

// blends are the weights of the learned tone against the lexicon's
// (frame.Weights.Learned) compared: 1 is the learned tone alone.
var blends = []float64{0.25, 0.5, 0.75, 1}

// newsLambdas are the L2 penalties compared: stronger ones than on the own
// labels alone, since a NewsMTSC file has a third of their targets.
var newsLambdas = []float64{1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2}

// newsSetting is one point of the grid of the NewsMTSC mode and its
// cross-validated macro-F1 of the tone's sign on the NewsMTSC targets.
type newsSetting struct {
	features string
	lambda   float64
	balanced bool
	own      bool
	margin   float64
	blend    float64
	cv       float64
}

func (s newsSetting) String() string {
	return fmt.Sprintf("features %s, lambda %g, balanced %v, own labels %v, margin %g, blend %g", s.features, s.lambda, s.balanced, s.own, s.margin, s.blend)
}

// readNews featurizes the targets of NewsMTSC's files halves ("mt", "rw") as
// frame's validation test scores them (TestNewsMTSC): tokens tagged and
// parsed, names left out, every target an actor mention for the quotes, its
// own relayed words its self-presentation. A target no token overlaps is left
// out (the test scores it by the whole sentence's tone).
func readNews(data string, halves []string) ([]target, error) {
	an, err := loadAnalysis()
	if err != nil {
		return nil, err
	}
	var out []target
	for _, half := range halves {
		file, ok := newsmtsc.Files[half]
		if !ok {
			return nil, fmt.Errorf("traintone: no NewsMTSC file %q (mt, rw)", half)
		}
		recs, err := newsmtsc.Read(filepath.Join(data, "corpora", "newsmtsc", file))
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			toks := tokenize.Tokenize(r.Sentence)
			an.tg.Tag(toks)
			an.ps.Parse(toks)
			names := frame.Names(toks)
			skip := func(i int) bool { return names[i] }
			ms, ts := newsmtsc.Place(r, toks)
			d := &sitrep.Document{ID: r.GID, Text: r.Sentence}
			qs := an.qx.Extract(d, []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len(r.Sentence)}, Tokens: toks}}, ms)
			quoted, reported := frame.QuoteSpans(qs)
			voice0 := frame.Voices(toks, quoted, reported)
			for _, t := range ts {
				if t.Start >= t.End {
					continue
				}
				voice := frame.SelfVoices(voice0, toks, qs, func(q sitrep.Quote) bool { return t.Code != "" && q.Speaker.Code == t.Code })
				targets := [][2]int{{t.Start, t.End}}
				tone := an.lex.ToneTargets(toks, skip, voice, targets, t.Others, an.w)
				out = append(out, target{id: half + ":" + t.ID, doc: newsmtsc.Article(r.GID), y: t.Class, lex: tone,
					feats: an.lex.TargetFeatures(toks, skip, voice, targets, t.Others, tone)})
			}
		}
	}
	return out, nil
}

// trainNews chooses a setting by cross-validation on news (NewsMTSC targets),
// own (sitrep's labels) in every training fold when a setting takes them, and
// trains the chosen setting on news and, if chosen, own. owns lists whether
// to compare with and without the own labels.
func trainNews(news, own []target, owns []bool, halves []string, out string) error {
	var counts [3]int
	for _, t := range news {
		counts[t.y]++
	}
	fmt.Printf("NewsMTSC %s: %d targets (neg %d, neu %d, pos %d) in %d articles; own labels: %d targets\n",
		strings.Join(halves, ","), len(news), counts[0], counts[1], counts[2], len(docsOf(news)), len(own))
	var lexConf [3][3]int
	for _, t := range news {
		lexConf[t.y][confusion.Sign(t.lex)+1]++
	}
	lexF1 := confusion.Matrix(lexConf).MacroF1()
	fmt.Printf("lexicon alone on these targets: macro-F1 %.3f\n", lexF1)
	fold := foldOf(news)
	best := newsSetting{cv: -1}
	for _, fs := range featureSets {
		for _, withOwn := range owns {
			for _, bal := range balances {
				for _, lambda := range newsLambdas {
					var extra []target
					if withOwn {
						extra = own
					}
					held := heldOut(news, fold, folds, fs, lambda, bal, extra...)
					fmt.Printf("%-8s own %-5v balanced %-5v lambda %-6g: CV macro-F1 by margin [blend %v]:", fs.name, withOwn, bal, lambda, blends)
					for _, margin := range margins {
						fmt.Printf(" %g:", margin)
						for _, b := range blends {
							st := newsSetting{features: fs.name, lambda: lambda, balanced: bal, own: withOwn, margin: margin, blend: b, cv: blendedF1(news, held, margin, b)}
							fmt.Printf(" %.3f", st.cv)
							if st.cv > best.cv {
								best = st
							}
						}
					}
					fmt.Println()
				}
			}
		}
	}
	fmt.Printf("chosen: %s (CV macro-F1 %.3f against the lexicon's %.3f)\n", best, best.cv, lexF1)
	train := news
	if best.own {
		train = append(append([]target(nil), own...), news...)
	}
	m := fit(train, featureSet(best.features), best.lambda, best.balanced)
	m.Margin = best.margin
	withOwn := ""
	if best.own {
		withOwn = fmt.Sprintf(" and %d own labels", len(own))
	}
	header := fmt.Sprintf("# frame's learned tone: traintone on NewsMTSC %s (%d targets)%s; %s; %d-fold CV macro-F1 %.3f (lexicon %.3f)\n",
		strings.Join(halves, ","), len(news), withOwn, best, folds, best.cv, lexF1)
	b, err := encode(m, header)
	if err != nil {
		return err
	}
	if err := writeFile(out, b); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d features, %d bytes; score it with weight (frame.Weights.Learned) %g\n", out, len(m.Weights), len(b), best.blend)
	return nil
}
