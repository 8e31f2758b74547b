// Package parse is sitrep's dependency parser: it gives every word of a tagged
// sentence a head and a Universal Dependencies relation, the trees from which the
// event coder reads who did what to whom.
//
// In sitrep's backbone (tokenize, tag, parse, NER) it reads nlp/tag's tags; the
// event coder and the quote extractor read its trees. Load returns the parser
// sitrep uses, the left-to-right parser alone; LoadEnsemble returns a slower,
// more accurate ensemble (sitrep parse --parser ensemble).
//
// # Design
//
// A transition-based parser with an averaged perceptron over hashed Zhang and
// Nivre (2011) style features, trained greedily, then globally over a beam
// (global.go), and searched with a beam. The main reasons:
//
//   - Arc-hybrid rather than arc-eager: its dynamic oracle is exact, its cost
//     function has three short cases (state.costs), and it needs no REDUCE.
//     Training follows the oracle with exploration (Goldberg and Nivre 2013).
//   - Non-projective trees are projectivised by lifting (Nivre and Nilsson
//     2005): no crossing arc is built, but every sentence is learnt from.
//   - Global training and the beam go together: beam search over a greedily
//     trained model loses badly, and the global model searched greedily loses
//     too. A beam of ShippedBeam (4) keeps the backbone above issue 3's 25,000
//     tokens per CPU second, which width 8 misses; ShippedThreshold (200) drops
//     hypotheses trailing the step's best by more, parsing about 14% faster
//     with no loss.
//   - Jackknifed plus gold training tags: every sentence is seen once with the
//     tags a fold tagger of nlp/tag gives it and once with gold tags. Under
//     global training this gains with predicted tags and with gold tags too.
//   - GloVe word classes (nlp/wordclass) help most on words the treebanks never
//     saw, and more on news than on EWT.
//   - Speed without changing a tree: hashed features in an open-addressing
//     table, frequent ones as dense rows added with AVX2 or SSE, sums in the
//     order of the plain loop (TestParseMatchesReferenceEWT and
//     TestBeamMatchesReferenceEWT compare with plain reference parsers).
//   - The model file (modelfile.go) is packed and keeps 40 bits of each feature
//     hash: no tree changed on EWT dev, and the parser stays under the 8 MB the
//     project allows a committed file.
//
// # What ships
//
// model/parser.gz, the left-to-right parser, is trained with
// ShippedTrainConfig (GlobalTrainConfig: 12 greedy epochs, exploration 0.9,
// then 8 early-update epochs at width 8; jackknifed (4 folds) plus gold tags;
// the GloVe class templates; MinSeen 16, Prune 1.0, seed 1). The ensemble
// (ensemble.go) adds a right-to-left parser trained alike, the final
// punctuation kept at the end (model/parser-r2l.gz, ShippedReversal), and the
// greedy models both global trainings started from (model/parser-greedy.gz,
// model/parser-r2l-greedy.gz); Eisner's algorithm reparses their arc votes,
// weighted per UPOS by accuracy on EWT dev (model/ensemble.txt), with soft
// votes (DefaultEnsembleConfig: Soft 2, Temp 15, BeamTemp 0). The models total
// 25.9 MB with the word classes. UAS LAS, gold tokenization but for raw text,
// nlp/tag's tags:
//
//	                              EWT dev gold  EWT dev      EWT test     raw text
//	left-to-right parser (Load)   90.17 88.56   87.42 84.32  87.06 84.37  83.23 80.63
//	ensemble (LoadEnsemble)                     88.00 84.95  88.02 85.28  84.34 81.74
//
// The single parser scores 85.30 / 82.53 on GUM test. BenchmarkBackbone
// (tokenize to NER, one CPU): 28,361 and 28,582 tokens per CPU second, the
// ensemble 11,006 and 10,907 (0.39 of it). Peak resident memory of sitrep
// parse on EWT test, under sitrep's 240 MiB heap limit: 228 to 250 MB, the
// ensemble 276 to 279 MB. To reproduce (DEV: EWT dev; the ensemble's test
// figures are guarded by TestAccuracyEnsembleEWTTest):
//
//	sitrep eval nlp --data ../shared/data
//	go run ./nlp/parse/internal/evalparse -model nlp/parse/model/parser.gz -beam 4 -threshold 200 DEV
//	go run ./nlp/parse/internal/evalensemble -members shipped,r2l-final-punct:model/parser-r2l.gz,greedy:model/parser-greedy.gz,greedy-r2l:model/parser-r2l-greedy.gz -beam 4 -r2l-beam 4 -dev DEV -normalize -soft 2 -temp 15 -beam-temp 0 DEV
//	SITREP_SHARED=../shared go test -run '^$' -bench 'Backbone/(ensemble|left-to-right$)' -benchtime 2x -cpu 1 -count 2 ./nlp/
//
// # Retraining
//
// sitrep train nlp --data $SITREP_SHARED/data --out DIR trains the tagger, both
// parsers at once from one set of jackknifed tags (TrainPair), the ensemble's
// weights and the recogniser; it rebuilt all seven model files byte for byte in
// 22 min 37 s wall (43 CPU minutes, 2.8 GB peak), under issue 3's 30 minutes.
// The left-to-right parser alone (add -reverse -layout final-punct for the
// right-to-left one):
//
//	go run ./nlp/parse/internal/trainparse -data ../shared/data -jackknife 4 -jackknife-and-gold -wordclass -beam 8 -beam-epochs 8 -minseen 16 -prune 1.0 -out F
//
// The parser's bytes depend on nlp/tag's training code (the jackknife
// taggers). ShippedBeam and ShippedThreshold belong to the models: a model
// trained otherwise may score on another scale, and its threshold must be
// measured again (evalparse -threshold).
//
// # Known gaps
//
//   - The single parser is short of issue 3's bar of UAS 88 / LAS 85 on EWT
//     test with predicted tags. The gap looks like the tagger's: its errors
//     cost about 3.5 points, about half of that lies between its first two
//     choices, and a parser choosing between them gained nothing.
//   - The ensemble passes that bar but runs at 0.39 of the single parser's
//     speed, so it is not the default; the quote extractor and the event coder
//     were written against the single parser's trees.
//   - Only widths of 8 or more gain +0.3, and they miss the speed bar; wider
//     or longer global training, uptraining and lookahead templates gain
//     nothing at width 4, and the ensemble at width 2 still runs at 0.6 of
//     the single parser's speed.
//   - Dev gains of 0.1 to 0.2 LAS are smaller than the event coder's
//     sensitivity to single parses: candidates must also hold the seed events
//     and the quote extractor's tests.
//
// # Training data and licences
//
// The shipped models (model/parser.gz, model/parser-r2l.gz on reversed
// sentences, and the greedy models their global training started from,
// model/parser-greedy.gz and model/parser-r2l-greedy.gz) were trained by TrainPair (greedy, then global epochs, on gold tags and
// on tags from taggers trained on the other folds of the same data) on
//   - Universal Dependencies English Web Treebank 2.16, train split
//     (CC BY-SA 4.0), and
//   - the GUM corpus train documents listed in gum/splits.md, without the Reddit
//     documents, whose word forms are not distributed (annotations CC BY 4.0;
//     texts under their per-genre licences, see the GUM README).
//
// They were tuned on EWT dev only, and the ensemble's weights (model/ensemble.txt)
// measured on it; EWT test was used for the final figures alone.
//
// NOTES.md holds every experiment and measurement behind these choices,
// adopted or not, in the order they were made.
package parse
