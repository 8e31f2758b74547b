// Package parse is sitrep's dependency parser: it gives every word of a tagged
// sentence a head and a Universal Dependencies relation, the trees from which the
// event coder reads who did what to whom.
//
// # Design
//
// The parser is a transition-based parser with an averaged perceptron
// (Zhang and Nivre 2011 style features: words and tags of the top three stack
// and buffer positions, their outermost dependents and those dependents'
// relations, distance, valency and relation sets), trained greedily and then
// globally over a beam, and searched with a beam of ShippedBeam (4).
// LoadEnsemble combines two of them, one reading left to right and one right to
// left, and the greedy models their global training started from, by reparsing
// their votes (see "# Ensemble" and "# Four members" below); Load, what sitrep
// uses, returns the left-to-right parser alone.
//
// Transition system: arc-hybrid rather than arc-eager. Both have an efficient
// dynamic oracle, but arc-hybrid's is exact and its cost function has three
// short cases (see state.costs), and arc-hybrid needs no REDUCE transition or
// the spurious ambiguity that comes with it. Training follows the dynamic oracle
// with exploration (Goldberg and Nivre 2013): from the second epoch on the parser
// follows its own mistaken transition nine times in ten, so it learns to
// continue well from configurations the gold tree never produces.
//
// Non-projective trees: 2.6% of the training sentences (430 of 16,251) are
// non-projective, but only 0.14% of EWT dev words hang from a crossing arc. They
// are projectivised by lifting (Nivre and Nilsson 2005: shortest arc first, to
// the grandparent, without encoding the lift in the relation), so the parser
// never builds a crossing arc but learns from every sentence. Measured on EWT dev
// after 3 epochs, gold tags: lifting UAS 88.17 LAS 86.51, dropping the
// non-projective sentences UAS 87.99 LAS 86.28. Swap was not tried.
//
// Search: a beam of 4 over a globally trained model (ShippedTrainConfig,
// GlobalTrainConfig; see "# Beam search with global training" below), which
// drops hypotheses that trail the best by more than ShippedThreshold (see
// "# A threshold on the beam"). Beam
// search over a locally (greedily) trained model loses badly (EWT dev, gold
// tags: greedy UAS 89.07, beam 4 82.35, beam 8 81.52), and the globally trained
// model searched greedily loses too (86.20), so the model and ShippedBeam go
// together.
//
// Weights are hashed features (uint64, no string building at parse time) in an
// open-addressing table holding, per feature, only the classes it has weights
// for. Features that took part in few training updates and tiny averaged weights
// are pruned; weights are stored as int16 with one scale.
//
// # Speed
//
// Scoring a transition is a sum of weights, and the sum, not the hashing, is the
// cost: of the 96 feature hashes about 75 are found, and the frequent ones (tags,
// tag pairs, the bias) have weights for most of the 103 classes, so a transition
// adds about 3,400 weights (measured on EWT dev). The layout of the table (see
// table in weights.go) follows from that:
//
//   - Features with 16 classes or more are dense rows, zero where the feature has
//     no weight, added with AVX2 or SSE (nlp/internal/vec; plain Go elsewhere;
//     consecutive rows now together, with the sums in registers: see # A
//     faster beam, same trees). A row of 104 floats costs about what 15
//     scattered additions do (SSE; AVX2 gained another 5% on
//     BenchmarkParseEWTDev), and 96% of the additions come
//     from such features; the 16,000 rows add about 6 MB, and the whole table
//     (25 MB, allocated once at its final size) is still smaller than the earlier
//     one (32 MB), 16-byte slots plus 8-byte (class, weight) pairs.
//   - Outputs must not change, so the float32 sums take their terms in the order
//     of the plain loop: feature by feature, as extract lists them. A zero in a
//     row changes no sum. Memoising partial sums per word, or summing the int16
//     weights as integers, would reorder or change the rounding and could flip a
//     near-tie; they were left out. (Adding the features in reverse order changed
//     no decision on EWT dev, so such ties are rare; keeping the order makes the
//     identity hold by construction rather than by measurement.)
//     TestParseMatchesReferenceEWT compares every head and relation on EWT dev
//     with a plain map-based parser.
//   - An index cell is 8 bytes, the high half of the key beside the record's
//     offset, so a probe that meets another feature is settled within the index
//     (eight cells to a cache line); the record starts with the low half, which is
//     read anyway when the record is.
//   - The 96 lookups are done in two sweeps before the additions, the first only
//     touching each feature's home cell, so that their cache misses overlap rather
//     than wait for one another.
//   - Lookups are not memoised per word and role: about half of them repeat
//     within a sentence (measured), but their cells and records are then in
//     cache already, so a memo would save only the hashing and probing, a small
//     share of the time once the additions are fast.
//
// On the shared 2-core development machine (medians of 5 runs, CPU time), this
// took BenchmarkParseEWTDev from 39,000 to 92,000 words per CPU second.
//
// # Tags and measurements
//
// The shipped model was trained on gold tags. Until the global model shipped
// (see "# Beam search with global training"), it was the greedy model of
// DefaultTrainConfig, and the figures of this section and the next are that
// model's. Training on
// tags that imitate the nlp/tag tagger's errors (TrainConfig.NoisyTags) was
// measured and not adopted: on EWT dev it scored UAS 85.19 LAS 82.02 with
// predicted tags (gold-tag training: 85.12 / 81.95) but 88.63 / 86.89 with gold
// tags (89.07 / 87.48).
//
// Jackknifed tags (TrainConfig.JackknifeFolds; trainparse -jackknife 4: each
// quarter of the training data tagged by an nlp/tag tagger trained on the other
// three, so that 4.4% of training words carry a wrong UPOS or XPOS) were
// measured and not adopted either: after 12 epochs, EWT dev UAS 85.16 LAS 82.16
// with predicted tags (+0.04 / +0.21) but 88.28 / 86.54 with gold tags (−0.79 /
// −0.94), beyond the 0.3 the project allows a gold-tag loss. Training on both the
// gold and the jackknifed copy of every sentence (-jackknife-and-gold) gave dev
// 85.20 / 82.14 predicted, 88.90 / 87.20 gold, and test 85.52 / 82.65 predicted;
// it was shipped briefly and reverted: the model grew to 11.6 MB and the event
// coder's precision on the seed articles fell from 0.786 to 0.697. (Under the
// global model's training the same data gains with gold tags too: see
// # Search width, global training variants and the ensemble.)
//
// EWT test, gold tokenization, the greedy model: UAS 88.38 LAS 86.73 with gold
// tags; UAS 84.93 LAS 81.87 with tags from nlp/tag (XPOS 94.8%). The tagger's
// errors cost about 3.5 points, and the project's bar of UAS 88 / LAS 85 with
// predicted tags is not reached. The global model shipped after it: 89.13 /
// 87.55 with gold tags, 85.87 / 82.91 with predicted tags (sitrep eval nlp:
// UAS 85.87 LAS 82.91; raw text 82.08 / 79.24, the greedy model's 81.36 /
// 78.43), still short of the bar; and then the global model trained on
// jackknifed plus gold tags: 89.18 / 87.60 gold, 86.57 / 83.78 predicted, raw
// text 82.67 / 79.94 (# The jackknifed global model shipped).
//
// # Experiments toward the predicted-tag bar (issue 3)
//
// Each row is one training run (trainparse, 12 epochs, exploration 0.9, seed 1,
// unless it says otherwise), scored on EWT dev with gold tokenization, UAS/LAS
// with gold tags and with nlp/tag's tags. "Kept" is the number of features left
// after pruning (MinSeen, Prune); the pruning rows re-average the weights of one
// run (-prune-grid), so they differ in pruning alone.
//
//	run                                         gold tags     predicted     kept   model
//	shipped: EWT+GUM train, minseen 4 prune 0.2 89.07 87.48   85.12 81.95   340k   7.7 MB
//	  same run after epoch 3 / 6 / 9            86.51 / 87.21 / 87.34 LAS   81.13 / 81.75 / 81.85 LAS
//	  minseen 1, prune 0 (no pruning)           89.13 87.53   85.28 82.09   1866k
//	  minseen 2, prune 0.1                      89.09 87.50   85.21 82.06   912k
//	  minseen 4, prune 0.1                      89.07 87.47   85.13 81.95   342k
//	  minseen 4, prune 0.4                      89.13 87.53   85.10 81.93   335k
//	  minseen 8, prune 0.2                      89.02 87.44   85.05 81.87   141k
//	minseen 3, prune 0.2                        89.20 87.61   85.24 82.07   520k   10.3 MB
//	  minseen 2, prune 0.2                      89.14 87.56   85.26 82.09   901k
//	  minseen 2, prune 0.3                      89.13 87.53   85.22 82.05   887k
//	  minseen 3, prune 0.1                      89.17 87.57   85.22 82.05   523k
//	minseen 3, 18 epochs                        89.19 87.62   85.27 82.12   553k   10.9 MB
//	  after epoch 15                            89.16 87.58   85.18 82.00   540k
//	minseen 3, exploration 0.7                  88.64 87.04   84.76 81.63   497k
//	minseen 3, exploration 1.0                  89.00 87.36   85.03 81.87   531k
//	+ GUM dev documents (438 sentences)         89.05 87.43   84.90 81.73   354k   8.0 MB
//	extended templates (-ext), after epoch 6    88.50 86.85   84.60 81.39   301k   (base: 88.81 87.21, 84.96 81.75)
//	extended templates + 4-fold jackknife       88.06 86.31   85.20 82.12   502k   11.5 MB
//	4-fold jackknife, minseen 3                 88.30 86.58   85.19 82.19   708k   14.1 MB
//	  minseen 4 (reproduces the figures above)  88.28 86.53   85.16 82.15   464k
//	ensemble (-ensemble): 1 member, seed 1      89.07 87.48   85.13 81.95   340k   (= shipped, via weightSum)
//	  2 members (seeds 1, 2), mean weights      89.01 87.42   85.01 81.85   306k
//	  3 members                                 89.02 87.47   85.05 81.92   296k
//	    mean minseen 2                          89.12 87.58   85.10 82.00   727k
//	    mean minseen 1                          89.13 87.60   85.08 81.99   1373k
//	-amb -wu -clusters (one run, all three)     88.98 87.36   85.03 81.83   422k
//	-amb alone                                  88.75 87.15   84.71 81.56   362k
//	-wu alone                                   88.65 87.05   84.65 81.54   370k
//	-clusters alone                             88.89 87.30   85.12 81.93   368k
//	-wordclass (GloVe classes; see below)       89.16 87.54   85.27 82.16   395k   5.7 MB   (tagger of 2026-12-06; base 89.07 87.48, 85.14 81.96)
//	-amb, 4-fold jackknife + gold, 8 epochs     88.83 87.12   85.36 82.34   497k   11.4 MB
//	  minseen 3                                 88.76 87.06   85.36 82.34   749k
//
// The extended templates (suffixes of s0, s1, n0, n1 and pairs of them, word
// shapes, the UPOS+XPOS pair; TrainConfig.ExtFeatures) lost with gold-tag
// training, and with jackknifed tags they did no better than jackknifing alone
// (85.16 / 82.16 above).
//
// Ensembles (TrainConfig.Ensemble): members trained alike on their own shuffles
// and exploration draws (seeds Seed, Seed+1, ...), their averaged weights
// averaged into one table, so the parse-time cost is that of one model with the
// union of their features; MinSeen applies to a feature's update count averaged
// over the members, which keeps the model the size of one. Two and three
// members lost up to 0.1 LAS with gold and predicted tags; pruning less, three
// members did no better than one model pruned alike (minseen 2, prune 0.2:
// 87.56 / 82.09 with 901k features). The members' perceptrons are each
// already averages over their updates, and their mean adds little that one of
// them lacks. (nlp/ner gains from five, but over a much smaller training set.)
// Three members take three times one model's training (12 epochs each, 10 to
// 60 s an epoch as the machine's load went).
//
// Extra templates for robustness to tag errors (TrainConfig.AmbFeatures,
// WordUPOS, Clusters; lexfeat.go; saved as "sitrep-parse 3" with their word
// lists): the ambiguity class of s0, n0, n1, s1 (the XPOS tags the word had in
// the training data, each with at least 1% of its occurrences, for the 10,942
// words seen twice or more) alone, in pairs and with the word's predicted tag;
// the word with its own and its neighbour's UPOS; coarse and fine word clusters
// (nlp/ner.WordClusters: 11,612 words, 64 coarse and 1,500 fine k-means
// clusters of PPMI context vectors from EWT and GUM train and dev text, 7 s).
// All three together lost 0.1 LAS with both kinds of tags; alone, the ambiguity
// classes and the word+UPOS pairs lost 0.3 to 0.4, the clusters 0.2 with gold
// tags and nothing with predicted ones. That the group loses less than its parts
// suggests differences this small are partly the variation between training
// runs of different feature sets (not measured separately). Trained on gold tags
// the parser has no reason to look past the tag: in training the tag is always
// right, and the new atoms add nothing it does not already know.
//
// With tags that are wrong in training, the ambiguity class has something to
// say: on the gold and jackknifed copies of every sentence (-jackknife 4
// -jackknife-and-gold -amb, 8 epochs since every sentence comes twice; the
// classes then take the jackknifed tags in too, and every word has two
// occurrences, so 19,974 words get one) dev scored 85.36 / 82.34 with predicted
// tags, +0.39 LAS over the shipped model and +0.2 over the same data without
// the classes (12 epochs, above), but 87.12 LAS with gold tags (−0.36). It
// misses the shipping gate on both sides (≥ +0.4 predicted, ≤ −0.3 gold), by a
// hair, and fails the seed event check as the other jackknifed models did: P
// 0.676 R 0.833 F1 0.746 against 0.800 / 0.800 / 0.800 (nine events more, one
// fewer: 12 false positives against 6, in four of the five seed articles). EWT
// test was not scored. Training took 24 minutes for the four jackknife taggers
// (GOMAXPROCS=1, loaded machine) and 13 for the parser.
//
// None of these reached the gate, so DefaultTrainConfig and the shipped model
// are unchanged and the options stay off. What the numbers say: with gold-tag
// training no feature change moved predicted-tag LAS by more than noise, and
// every gain with predicted tags so far came from training on the tagger's kind
// of errors, which costs gold-tag accuracy and, on the seed articles, event
// precision. The remaining gap looks like the tagger's to close (its XPOS
// errors cost 3.5 points) rather than the single parser's.
// GUM's dev documents add 2.7% more sentences and lost 0.2 predicted-tag LAS.
// Exploration 0.9 stays.
//
// Pruning costs a little: keeping features seen in 3 updates instead of 4 lifts
// dev by about 0.1 (gold and predicted) for 2.6 MB more model; no pruning at all
// gains 0.14 predicted LAS for five times the features. The two best candidates
// (minseen 3 after 12 and after 18 epochs) were checked on the seed articles with
// the event scorer (go build; sitrep code --format jsonl on corpus/seeds;
// eval/score_events.py), against P 0.800 R 0.800 F1 0.800 for the shipped model:
// minseen 3 scored P 0.793 R 0.767 F1 0.780 (one event's source and target
// swapped), minseen 3 with 18 epochs P 0.758 R 0.833 F1 0.794 (three new events
// in one article, one of them right). Both fall below the event floors (F1 0.80,
// P 0.78), so neither was adopted: a dev gain of 0.1 to 0.2 LAS (25 to 50 words
// of 25,000) is smaller than the event coder's sensitivity to single parses. The
// jackknifed model with minseen 3, for comparison, scored P 0.649 R 0.800 F1
// 0.716 (the gold+jackknife model before it also lowered precision), and is 6 MB
// larger. EWT test was not scored for any of them.
//
// Retraining with sitrep train nlp (tagger, then both parsers at once, one core
// each, then the ensemble's weights) rebuilt tagger.gz, parser.gz,
// parser-r2l.gz and ensemble.txt byte for byte; the two parsers took 18 minutes
// together on the shared machine (load about 10).
//
// Training time: 12 epochs took between 2.5 minutes (machine otherwise idle,
// about 10 s an epoch) and 17 minutes (8 helpers on 2 cores), one core; the four
// jackknife taggers add about 3.5 minutes on an idle machine. Training
// is deterministic (retraining with DefaultTrainConfig rebuilt model/parser.gz
// byte for byte).
//
// # Ensemble (issue 3)
//
// LoadEnsemble returns an ensemble (ensemble.go): the left-to-right parser above and
// the same parser trained on reversed sentences (TrainReversed, trainparse
// -reverse; model/parser-r2l.gz, until stop 18 greedy, 12 epochs, minseen 8,
// prune 0.2; now trained as the left-to-right one, see "# A global
// right-to-left member"; and, since stop 20, the greedy models both
// started from, see "# Four members") parse the
// sentence, each adds votes for arcs, and Eisner's algorithm finds the
// projective tree with one root dependent that scores highest (Sagae and Lavie
// 2006). Each parser votes for the arcs it built, weighted by its attachment
// accuracy on EWT dev for the dependent's UPOS (model/ensemble.txt), and adds
// soft votes: at every transition the best shift, LEFT and RIGHT scores go
// through a softmax with temperature Temp, and the LEFT and RIGHT
// probabilities go to the arcs those transitions would build; a word's soft
// votes from one parser are normalised to sum to one (Normalize) and weighted
// by Soft. A relation is the weighted vote of the parsers that built the chosen
// arc. Sentences over 150 words (MaxLen) are left to the left-to-right parser,
// since reparsing is cubic. LoadLeftToRight returns the single parser.
//
// Measured on EWT dev, gold tokenization (go run ./nlp/parse/internal/evalensemble
// -members shipped,r2l:nlp/parse/model/parser-r2l.gz -dev DEV ... DEV; the
// weights are measured on dev too), UAS/LAS with gold tags and with nlp/tag's:
//
//	parsers and combination                        gold tags     predicted
//	left to right alone (model/parser.gz)          89.07 87.48   85.12 81.95
//	right to left alone (model/parser-r2l.gz)      84.10 82.65   80.53 77.48
//	left to right, seed 2 (trainparse -seed 2)     88.66 87.07   84.70 81.50
//	1-best votes only, per-UPOS weights            89.12 87.53   85.24 82.04
//	raw soft votes: Soft 1, Temp 1                 89.31 87.71   85.35 82.14
//	  Soft 2 / 4, Temp 1                           89.39 / 89.44  85.38 / 85.45 UAS
//	  Soft 2, Temp 3 / 10 / 30                     89.47 / 89.51 / 89.26   85.52 / 85.50 / 85.47 UAS
//	  Soft 2, Temp 100 / 300                       86.97 / 84.22  83.20 / 80.53 UAS
//	  Soft 8 / 20, Temp 3                          89.41 / 89.44  85.48 / 85.51 UAS
//	  Soft 2, Temp 3, soft votes scaled 1 : 0.9    89.24 87.66   85.22 82.05
//	  same, scaled 0.9 : 1                         85.23 83.67   81.43 78.28
//	left to right alone with its own soft votes    89.07 87.48   85.12 81.95
//	normalised soft votes: Soft 2, Temp 3          89.49 87.89   85.64 82.37
//	  Soft 2, Temp 8                               89.66 88.05   85.88 82.57
//	  Soft 1, Temp 15                              89.79 88.17   85.91 82.62
//	  Soft 2, Temp 15 (shipped)                    89.77 88.15   86.01 82.71
//	  Soft 5, Temp 15                              89.76 88.15   85.97 82.68
//	  Soft 2, Temp 30 / 50 / 100                   89.70 / 89.63 / 89.20   85.89 / 85.75 / 85.25 UAS
//	  Soft 2, Temp 15, scaled 1 : 0.8              89.36 87.77   85.43 82.24
//	  same, scaled 0.8 : 1                         86.22 84.60   82.47 79.21
//	  soft votes also weighted per UPOS            89.70 88.09   85.78 82.50
//	two left-to-right seeds, shipped settings      89.24 87.63   85.38 82.16
//	both seeds and right to left                   89.49 87.95   85.64 82.46
//	  soft votes scaled 0.5 : 0.5 : 1              89.49 87.95   85.56 82.36
//	right to left, minseen 8 (4.9 MB, not 8.6)     83.99 82.51   80.51 77.42
//	  with left to right, shipped settings         89.63 88.00   85.96 82.67
//	  (shipped since: the ensemble is not the default, and 8.6 MB of weights for
//	  0.05 dev UAS in a second member was not worth it; model/ensemble.txt
//	  re-measured with it, evalensemble -save-weights)
//
// Raw soft votes favour the words a parser keeps on the stack for many
// transitions (each adds to their arcs); normalising per word removes that and
// made higher temperatures useful. The combination is balanced on a knife edge:
// scaling one parser's soft votes by 0.8 or 0.9 hands most disagreements to the
// other, so the members' soft votes are weighted equally. The right-to-left
// parser is five points worse than the left-to-right one (for the cause, a
// layout defect, see the next section), yet it is the better partner: a second
// left-to-right seed adds less, and a third member lowered the score at the
// shipped settings.
//
// EWT test, once, with the shipped settings: UAS 89.01 LAS 87.36 with gold tags
// (single parser 88.38 / 86.73), UAS 85.59 LAS 82.49 with nlp/tag's tags
// (84.93 / 81.87): +0.66 UAS, +0.62 LAS, short of the bar of 88 / 85. With the
// minseen-8 right-to-left model shipped since: UAS 85.58 LAS 82.50 (sitrep parse
// --parser ensemble on EWT test, conllu_score.py).
//
// Cost (2-core machine shared with other jobs, CPU time): BenchmarkParseEWTDev
// 120,000 tokens/cpu-s for the left-to-right parser, 109,000 for the
// right-to-left one, 42,000 for the ensemble; the pipeline benchmark
// (BenchmarkAnalyzeFAKES) fell from 37,700 / 35,200 / 38,600 to 23,900 / 22,500
// / 22,500 tokens/cpu-s in alternating runs, and peak resident memory rose from
// 290–320 MB to 355–380 MB. The two parsers alone would give about 57,000: the
// rest is mostly cache misses, two 25 MB weight tables taking turns (the soft
// votes and Eisner take about 2% each). The models grow by 8.6 MB (7.7 + 8.6
// parser, 4.6 tagger, 2.1 NER: 23 MB in all). Retraining adds one parser
// training to sitrep train nlp, on the second core. Pruning the right-to-left
// model harder (minseen 8, row above) made it 28% faster alone (136,000 against
// 106,000 tokens/cpu-s) but the ensemble only 6% (43,600 against 41,100), for
// 0.05 dev UAS; not adopted.
//
// Seed articles (event scorer, see the preamble of event/seedtest): P 0.774 R
// 0.800 F1 0.787 against 0.800 / 0.800 / 0.800 with the single parser, above
// the floors. Three sentences changed parse and events: a coordinated passive
// subject that the single parser made an appos is now the subject (the gold
// event is still found, and the coder adds an event for the other conjunct and
// a cooperation between the two: two false positives); a possessive inside a
// coordinated subject is now nmod:poss, as UD annotates it, and the coder no
// longer finds the gold event it read off the wrong conj; an appos that should
// be a subject now is one, and a false event goes. (The UD reading of that
// possessive subject would make "the US" the head and the administration its
// conj; the ensemble's tree makes both possessors of "administration", which is
// wrong too.)
//
// Not the default. The ensemble was Load's parser for part of a day and was
// withdrawn: besides the seed events above, the quote extractor, which reads
// speech verbs' complements off the tree, fell below its floors on its gold
// examples (quote/testdata/examples.gold.jsonl: recall 0.85 against 0.96 with the
// single parser, strict 0.78; two of its table cases lost their quote), and the
// seed claim of January 2025's intelligence sharing disappeared with its event.
// The extractor and the coder were written against the single parser's trees and
// depend on some of its habits; a better parser has to come with them adapted,
// and 0.6 LAS did not pay for that, for half the speed and 8.6 MB. It stays
// available (LoadEnsemble; BenchmarkBackbone in package nlp measures both, and
// TestAccuracyEnsembleEWTTest guards its figures).
//
// # Why the right-to-left parser was five points worse (issue 3)
//
// Reversing every word (ReverseAll, the layout of model/parser-r2l.gz) puts the
// sentence-final full stop first, at the bottom of the stack from the first
// transition. Arc-hybrid gives a stacked word a head on its right only by LEFT,
// while that head is the buffer front, so the stop must be attached to the main
// verb at the moment the main verb reaches the buffer front, or never. Read
// reversed, the first verbs reached are the original sentence's last ones, often
// subordinate or coordinated, and whether the verb at the buffer front is the
// root depends on words not yet read (the start of the original sentence). The
// parser shifted the main verb over the stop and, at the end, made the stop the
// root with the main verb under it. Per relation on EWT dev (gold tags, the
// shipped models; evalensemble -by-relation): root attachment 68.7% against 92.3% left to right, punct
// 64.4% against 86.3% (by UPOS, PUNCT 64.5 / 86.4, VERB 73.3 / 84.3); these two
// relations account for 1,145 of the about 1,250 words behind the 4.97 UAS
// points. Everything else was within a point or two, and the right-to-left
// parser was better on det, amod, cc and compound. The reversal itself, the
// oracle and the mapping of heads back were correct: the parser scored the same
// on reversed dev sentences as through Reversed.
//
// The layouts ReverseKeepFinalPunct and ReverseKeepFinalStop reverse the words
// before the sentence-final punctuation and leave it at the end, where it is
// attached after the sentence is read, as left to right. Keeping every final
// punctuation mark also keeps closing brackets and quotes that belong inside the
// sentence, and their arcs then cross the rest (1,323 non-projective training
// sentences instead of 430, 2,812 lifted arcs instead of 598); keeping only
// full stops, question and exclamation marks, colons and semicolons leaves 567.
// Each row is a trainparse -reverse -layout LAYOUT run with the shipped settings
// (exploration 0.9, minseen 4, prune 0.2, seed 1), EWT dev, gold tokenization;
// the 3-epoch figures (gold tags) are from the training log, which scores the
// dev sentences laid out the same way, the 12-epoch ones from evalensemble:
//
//	layout                         epochs  gold tags     predicted     model
//	all (shipped)                   3      83.10 81.48
//	all (shipped)                  12      84.10 82.65   80.53 77.48   8.6 MB
//	final-punct                     3      86.99 85.43
//	final-punct                    12      87.64 86.21   83.93 80.87   7.7 MB
//	final-stop                      3      86.75 85.26
//	final-stop                     12      87.60 86.16   83.84 80.81   7.8 MB
//
// The fixed right-to-left parser is 1.4 UAS below the left-to-right one, within
// the one to two points reported for right-to-left transition parsers; what it
// still loses is mostly conj (65.5% against 74.0%), parataxis and root, UD's
// first-conjunct heads becoming head-final chains when read reversed. Root
// attachment rose to 86.8%, punct to 83.2%.
//
// The ensemble hardly gains (go run ./nlp/parse/internal/evalensemble -members
// shipped,r2l-LAYOUT:FILE -dev DEV -normalize -soft ... -temp ... DEV, vote
// weights measured on dev as before; shipped ensemble 89.77 88.15 / 86.01 82.71):
//
//	right-to-left member, Soft, Temp     gold tags     predicted
//	final-punct, 0 (1-best votes only)   89.18 87.53   85.29 82.05
//	final-punct, 1 / 2 / 4, Temp 5       89.64 / 89.68 / 89.71   85.91 / 85.94 / 85.95 UAS
//	final-punct, 1, Temp 15              89.84 88.17   86.05 82.71
//	final-punct, 2, Temp 15              89.85 88.20   86.04 82.72
//	final-punct, 4, Temp 15              89.87 88.23   86.08 82.76
//	final-punct, 1 / 2 / 4, Temp 30      89.81 / 89.78 / 89.80   86.02 / 86.03 / 86.03 UAS
//	final-stop, 0                        89.12 87.50   85.19 81.99
//	final-stop, 1 / 2 / 4, Temp 5        89.57 / 89.55 / 89.61   85.66 / 85.72 / 85.74 UAS
//	final-stop, 1 / 2 / 4, Temp 15       89.82 / 89.84 / 89.84   85.92 / 85.96 / 85.94 UAS
//	final-stop, 1 / 2 / 4, Temp 30       89.76 / 89.86 / 89.86   85.92 / 86.00 / 86.00 UAS
//	shipped + old and new right to left  89.22 87.69   85.27 82.13   (Soft 2, Temp 15)
//
// The best, +0.07 predicted-tag UAS, is short of the 0.3 a new model must gain,
// so model/parser-r2l.gz, model/ensemble.txt and ShippedReversal (ReverseAll)
// stay; EWT test, speed and the seed articles were not measured for it. The
// ensemble had already repaired the defect: with gold tags, the shipped
// ensemble attaches root words 92.6% and punctuation 86.6% right (the
// left-to-right parser's votes and the per-UPOS weights win those words), and
// with the fixed member it gains 12 root and 15 punct attachments and loses
// about as many on conj, nmod and cc. A better right-to-left parser alone is
// not a better partner. Not tried: putting the root at the right end of the
// reversed sentence, or mirrored feature templates (both need state.go or
// features.go changes, and with the stop moved the remaining gap is in the
// usual range).
//
// # Beam search with global training (issue 3)
//
// TrainConfig.Beam trains a structured perceptron over the beam (global.go):
// the beam searches with the current weights, the gold sequence is the static
// oracle's on the projectivised tree, and the update rewards the gold prefix
// and penalises the best hypothesis at one step, where gold falls out of the
// beam (early update, Collins and Roark 2004) or, with MaxViolation, where the
// best hypothesis outscores gold by the most (Huang, Fayong and Guo 2012). The
// features, relations and averaging are the greedy parser's; training starts
// from the averaged weights of the greedy epochs (unpruned, with a fresh
// average), from nothing when Epochs is 0, or from a saved model (Init,
// trainparse -init). Parse searches with the width WithBeam sets; the model
// file does not record it.
//
// EWT dev, gold tokenization, UAS/LAS with gold tags and with nlp/tag's tags;
// beam 8 in training, global epochs after the starting point named, MinSeen 16
// and Prune 0.5 unless the row says otherwise; the figures are those of the
// saved (int16) model searched with the width given, from evalparse -beam, or,
// for the per-epoch curves, from the training log (search at the training
// width). Shipped greedy model, for comparison: 89.07 87.48 / 85.12 81.95,
// 340k features, 7.7 MB.
//
//	run                                        width  gold tags     predicted     kept   model
//	from shipped weights (-init), max-violation,  1   87.17 85.53   83.38 80.24   1465k  22.0 MB
//	  4 epochs, MinSeen 4, Prune 0.2              2   88.99 87.30   85.09 81.85
//	                                              4   89.56 87.89   85.78 82.55
//	                                              8   89.66 88.00   85.85 82.58
//	                                             16   89.90 88.26   86.13 82.84
//	  same, beam 4 in training (log)              4   89.08 87.45   85.35 82.17   1395k  21.1 MB
//	    MinSeen 16, Prune 0.5                     4   89.15 87.46   85.56 82.28   378k
//	from shipped weights, max-violation,          1   87.49 85.89   83.67 80.53   551k   10.8 MB
//	  6 epochs                                    2   89.10 87.47   85.22 82.03
//	                                              3   89.66 88.02   85.74 82.51
//	                                              4   89.67 88.06   85.99 82.75
//	                                              8   89.80 88.15   86.13 82.89
//	                                             16   89.92 88.29   86.23 83.00
//	    MinSeen 8 / 32 (log)                      8   89.83 / 89.87 LAS 88.20 / 88.21   86.20 / 86.08 LAS 82.96 / 82.84   896k / 299k
//	    predicted LAS after epochs 1 to 5 (log)   8   81.57 82.30 82.49 82.59 82.82
//	from shipped weights, early update,           1   86.15 84.55   82.45 79.46   435k   8.6 MB
//	  6 epochs                                    4   89.38 87.79   85.68 82.54
//	                                              8   89.99 88.40   86.18 83.02
//	    predicted LAS after epochs 1 to 5 (log)   8   81.29 82.22 82.38 82.61 82.78
//	  same, 14 epochs                             1   86.29 84.71   82.38 79.37   571k   10.5 MB
//	                                              4   89.86 88.30   86.00 82.83
//	                                              8   90.14 88.54   86.46 83.26
//	    predicted LAS after epochs 6 to 13 (log)  8   83.01 82.94 83.01 83.04 83.12 83.16 83.18 83.18
//	12 greedy epochs (shipped settings), then     1   86.20 84.57   82.39 79.39   413k   8.3 MB
//	  8 early-update epochs (what sitrep train    2   88.94 87.27   85.17 82.01
//	  nlp would run)                              4   89.49 87.85   85.85 82.63
//	                                              8   89.88 88.23   86.22 82.94
//	                                             16   90.11 88.46   86.42 83.17
//	    predicted LAS after epochs 1 to 7 (log)   8   81.39 81.87 82.14 82.30 82.67 82.81 82.84
//	    MinSeen 32 (log)                          8   89.68 87.99   86.07 82.79   209k
//	    MinSeen 8 (log)                           8   90.05 88.37   86.28 82.99   807k
//	    MinSeen 4, Prune 0.2 (log)                8   90.18 88.49   86.43 83.12   1599k
//	from nothing, early update, 12 epochs (log)   8   89.59 87.87   85.84 82.49   423k   7.1 MB
//	    predicted LAS after epochs 2, 4, 6, 8, 10 8   79.22 80.94 81.57 82.00 82.22
//	    MinSeen 8 (log)                           8   89.63 87.92   85.89 82.54   783k
//
// What the numbers say. Global training works: at width 8 every run gains
// 0.5 to 1.1 predicted-tag LAS and 0.4 to 0.9 gold-tag LAS over the greedy
// model, and the gain grows with the width (16 adds another 0.1 to 0.3) and
// with the epochs, slowly after the sixth (14 early-update epochs from the
// shipped weights: 83.26, +1.3 over greedy, 0.25 more than after 6). Starting
// from the greedy weights beats starting from nothing (82.93 after 8 global
// epochs against 82.49 after 12); early update beat max-violation (83.01
// against 82.88 after 6 epochs from the same start) and costs less, since a
// sentence stops where gold falls out. Training at width 4 is worse than
// training at 8 and searching at 4 (82.17 against 82.55 predicted LAS, both
// after 4 max-violation epochs from the shipped weights). The globally trained
// models are worse than the greedy one when searched greedily (width 1), as
// expected: their scores rank prefixes, not single transitions. Pruning:
// MinSeen 16 with Prune 0.5 keeps the model about the size of the greedy one
// and costs 0.2 to 0.3 LAS against MinSeen 4, Prune 0.2, which keeps four
// times the features (the runs from the shipped weights count every starting
// feature as seen MinSeen times, so they keep more). The bar of issue 3 (LAS
// 85 with predicted tags) is still 2 points away: the tagger's errors remain
// the larger part of the gap.
//
// Cost. Training (2-core machine shared with other jobs, load 2 to 10): an
// epoch at width 8 took 26 to 55 s with early update and 40 to 80 s with
// max-violation, against 10 to 50 s for a greedy epoch on the same machine;
// the run of 12 greedy and 8 global epochs took 4.5 minutes for the greedy
// epochs and 6 for the global ones, dev scoring after every global epoch
// included. At parse time the cost grows with the width:
// evalparse's gold-tag pass over EWT dev (25,147 words) took 0.42, 1.17, 2.45
// and 5.6 s at widths 1, 4, 8 and 16 (wall clock, loaded machine). The
// backbone benchmark (SITREP_SHARED=/work/shared
// SITREP_BENCH_PARSER=FILE:1,4,8 go test -run '^$' -bench Backbone
// -benchtime 1x ./nlp/, load 1.9) gave 54,500 tokens/cpu-s with the shipped
// parser, 52,300 with the global model at width 1, 27,100 at width 4 and
// 16,700 at width 8: width 8 misses the issue's bar of 25,000, width 4 clears
// it narrowly. A second run with the 14-epoch model (load 2.2): shipped
// 57,200, width 4 27,600, width 8 16,300.
//
// Not adopted at first: the trees' readers lost. With the candidates searched at
// widths 4 and 8 (SITREP_PARSER=file:FILE:WIDTH, internal/testparser), the
// seed event score fell from P 0.800 R 0.800 to between P 0.676 R 0.767 and
// P 0.786 R 0.733 (max-violation at width 8 came closest: P 0.774 R 0.800, one
// false positive more; the 14-epoch model, the best on dev, gave P 0.676 R
// 0.767 at width 8 and P 0.719 R 0.767 at width 4, below the seed test's
// floors), and the quote extractor failed its tests with every
// candidate: table cases lost their quote with all of them, and with the
// three checked at width 8 its gold examples fell under the strict floor too
// (P 0.84 R 0.78, or P 0.88 R 0.81, against 0.85 / 0.82). In one case the
// global model makes "said" in "..., a Kurdish official said." a relative
// clause of the date before the comma, where the greedy parser makes it the
// root with the clause as ccomp, which the extractor reads (UD would make it
// parataxis of the first clause). As with the ensemble, the extractor and the
// coder depend on the greedy parser's habits, and a parser that is better on
// EWT has to come with them adapted. EWT test was not scored. The code stays,
// off by default (DefaultTrainConfig has Beam 0, Load's parser was greedy).
//
// Adopted (issue 3, parser bar): the quote extractor and the event coder were
// then made to read the beam parser's trees (quote/doc.go, event/doc.go: a
// clause-final ", X said", a that-clause beside its verb, a gerund complement
// read as an adjective of its object, a by-gerund hung on the object), and
// sitrep train nlp trains the left-to-right parser with GlobalTrainConfig: 12
// greedy epochs, then 8 early-update epochs at width 8, MinSeen 16, Prune 0.5,
// seed 1. The model it writes is byte for byte the "12 greedy epochs, then 8
// early-update epochs" row above (8.3 MB, 413k features), and Load searches it
// with a beam of ShippedBeam = 4:
//
//	                                   EWT dev gold  predicted   EWT test gold  predicted   seeds P / R   FA-KES set P / R  quote R
//	greedy (before)                    89.07 87.48   85.14 81.96  88.38 86.73   84.94 81.88  0.800 0.800   0.550 0.227       0.96
//	global, width 4 (shipped)          89.49 87.85   85.86 82.63  89.13 87.55   85.87 82.91  0.800 0.800   0.561 0.237       0.96
//	global, width 3 (not adopted)      89.53 87.85   85.78 82.58  -             -            0.767 0.767   -                 0.96
//	global, width 2                    88.94 87.27   85.18 82.02
//	ensemble, greedy left-to-right     89.63 88.00   85.97 82.68  89.01 87.36   85.59 82.49
//	ensemble, global left-to-right     89.50 87.83   85.89 82.64  89.16 87.59   85.90 82.95
//
// (predicted tags: nlp/tag's; EWT test scored once, after the choice; seeds
// with score_events.py on sitrep code's output, the FA-KES set as
// docs/eval/fakes-events.md says, quote recall TestExamplesGold's matched
// recall.) The ensemble's left-to-right member searches with its beam and
// votes its tree's arcs as soft votes (its scores rank prefixes, not single
// transitions); the ensemble now gains almost nothing over that member alone.
//
// Cost. sitrep train nlp (nice, on the shared 2-core machine): before, 4 min 42
// s wall and 355 CPU-s (load about 2); with the global epochs, 16 min 16 s wall
// and 682 CPU-s (load 5 to 7, the job got 69% of a core on average; the
// left-to-right parser's step alone 13 min 55 s). Under the issue's 30 minutes.
// The models, all embedded and compressed: 19.9 MB (the parser 8.3 MB, 0.6
// more); since Save writes the features in columns (parser.go, magicColumns:
// the same quantised weights, like bytes together for gzip), the parser is 7.1
// MB and the right-to-left one 4.2 (4.9 before), 18.7 MB in all, with every
// tree on EWT dev and test unchanged (sitrep parse output compared with cmp,
// single and ensemble) and the decoded records byte for byte the old ones;
// reading the parser takes 173 ms against 148 ms (BenchmarkLoad, one run each:
// the records are rebuilt from the columns). Reading the parser model: 228 ms, as before (BenchmarkLoad). Speed
// (SITREP_SHARED=/work/shared SITREP_BENCH_PARSER=<greedy model>:1 go test
// -run '^$' -bench Backbone -benchtime 1x ./nlp/, two runs, load 4 to 6.6):
// the greedy model 50,700 and 49,700 tokens/cpu-s, the shipped width 4 25,100
// and 25,400, the ensemble 18,800 and 17,900; a third run of width 4 alone,
// under the CPU profiler, 24,200. Width 4 is at the issue's 25,000, on a loaded
// machine, not comfortably above it; width 8 (16,300 to 16,700 in earlier
// runs) misses it. Width 3 would be faster at almost the same EWT dev scores,
// but the seed events fall to 0.767 / 0.767 (sitrep's tests with
// SITREP_PARSER=file:model/parser.gz:3), so it was not taken. Half the
// backbone's time was then the beam's scoring (table.score under parseBeam,
// CPU profile of BenchmarkBackbone/left-to-right): four hypotheses scored at
// every step. The beam was made faster since, without changing a tree (# A
// faster beam, same trees).
//
// On all of FA-KES (sitrep code, 804 articles) the new parser moves a quarter
// of the events: 1,555 before, 1,672 after; 412 removed and 524 added, 140 of
// the removed coming back in the same sentence with the same CAMEO code and
// other actors or mode, 288 of the added in sentences that had no event. Not
// judged one by one; a sample reads both ways (of "Russia Iran and Turkey
// agree" the greedy parser's trees gave Russia and Turkey, the beam's Iran and
// Turkey; a regime attack "with chemical weapons" recoded 190 → 194; Russian
// airstrikes on Idlib and an Islamic State attack on a gas field gained). The seeds and the FA-KES
// development set, which are judged, hold or gain (table above). The tree
// rereadings the coder gained for these trees change nothing on FA-KES under
// the greedy parser.
//
// # A faster beam, same trees (issue 3, speed bar)
//
// Every tree must stay what it was, so the class scores must stay the same
// float32 sums, added in the same order (see # Speed). Within that, three
// changes (beam.go, weights.go, nlp/internal/vec):
//
//   - Shared prefixes (shareScores). The hypotheses of one step often differ
//     only in the label of the last arc, which the first 70-odd templates do
//     not read: on EWT dev at width 4, 35% of a hypothesis's features lie in a
//     prefix of feature values it shares with an earlier hypothesis of the
//     same step, and 14% of the hypotheses have the very features of an
//     earlier one. Features are extracted for all hypotheses first; each
//     starts from a copy of the partial sums of the earlier one with which it
//     shares the longest prefix, taken when that one's additions reach the
//     end of the prefix, and looks up and adds only the rest. Features equal
//     further on (another 21% of the rest, at the same template) cannot share
//     their sums, which differ by then; only their lookups could be shared.
//   - Runs of dense rows in registers (vec.AddRows). Of the weights added,
//     96% come from dense rows, about 4.9 in a row between sparse records;
//     AddRow loaded, added and stored the 104 sums for every row, AddRows
//     keeps them in 13 AVX2 registers over a run (rows of 104 weights, the
//     shipped model's 103 classes; other lengths row by row). Greedy parsing
//     (table.score) uses it too.
//   - Survivors move. The last survivor of a hypothesis takes its state
//     instead of a copy; the candidates of a hypothesis step through the
//     valid classes by parity instead of testing each class.
//
// The hypotheses scored one by one are kept as a test:
// TestBeamMatchesReferenceEWT compares every head and relation on EWT dev
// with a plain beam (map lookups, every hypothesis scored alone, all
// candidates stably sorted) at widths 2, 3, 4, 8 and 16. And the CoNLL-U that
// sitrep parse writes before and after is byte-identical for EWT dev, test
// and train (--input-format conllu), for dev with --parser ensemble, and for
// the seeds and all of FA-KES's article texts as raw text; the seed event
// score stays P 0.800 R 0.800.
//
// Speed, tokens per CPU second, old and new binaries alternating, three runs
// each, on the shared 2-core machine (nice; load averages given):
//
//	                                               before                    after
//	backbone, shipped parser (width 4)  load 3.7-4.6  26,452 26,532 27,810    30,087 30,116 31,985
//	  same model via SITREP_BENCH_PARSER, width 4     26,753 24,703 25,957    31,094 33,019 31,828
//	  same model, width 1 (greedy search)             50,257 48,499 52,057    53,406 55,755 53,006
//	  ensemble                                        19,240 17,610 20,078    21,492 20,537 22,466
//	parser alone, EWT dev, gold tags, width 4  load 3.0-3.2  39,068 43,240 42,820  56,684 56,633 55,686
//	  ensemble                                        24,874 27,264 27,571    33,001 32,705 32,057
//
// (backbone: SITREP_SHARED=/work/shared
// SITREP_BENCH_PARSER=$PWD/nlp/parse/model/parser.gz:1,4 go test -run '^$'
// -bench Backbone -benchtime 1x ./nlp/; parser alone: go test -run '^$' -bench
// ParseEWTDev -benchtime 3x ./nlp/parse.) With the shipped parser the backbone
// goes from 24,700-27,800 to 30,100-33,000 tokens/cpu-s (the means of the two
// width-4 rows 14% and 24% higher), clear of the issue's 25,000 now; the
// parser alone is 32% faster. Shared prefixes raised the parser's tokens/cpu-s
// by about 17%, AddRows by about another 12%. What is left (CPU profile of the
// parser alone on EWT dev): lookups (table.offsets and find) 37%, additions
// 35%, choosing candidates (topClasses) 8%, feature extraction 7%.
//
// Measured and not adopted (parser alone, alternating runs, same trees; against
// the beam with shared prefixes, before AddRows):
//
//	change                                              effect
//	memo of lookups (4,096 keys, direct mapped)         none (43,800 against 44,300; 43,200 against 43,300)
//	touching a dense row's cache lines during lookup    15% slower (35,600 and 35,900 against 41,800 and 43,400)
//	topClasses testing a held worst score first         none (within 2%, both ways)
//	SHIFT-only hypotheses summing class 0 alone         none (within 2%, both ways); 8% of hypotheses
//
// The lookup memo and the touched cache lines say that the lookups are
// latency the first sweep already overlaps, not repeated work: what repeats
// within a sentence is in cache anyway.
//
// # Search width, global training variants and the ensemble (issue 3)
//
// Three ways to gain predicted-tag accuracy from the global model without a
// new feature set, measured against the shipping gate (at least +0.3 EWT dev
// UAS with nlp/tag's tags, the backbone at 25,000 tokens/cpu-s or more, the
// seed events at P and R 0.80 or more). EWT dev, gold tokenization, UAS/LAS
// with gold tags and with nlp/tag's; accuracy from evalparse -beam (the saved
// model), speed from BenchmarkBackbone (SITREP_SHARED=/work/shared
// SITREP_BENCH_PARSER=FILE:W1,W2 go test -run '^$' -bench Backbone
// -benchtime 1x ./nlp/; every width of one run on the same text, one after
// the other, three runs, nice, on the shared 2-core machine, load averages
// given; "shipped" is the left-to-right case of the same run).
//
// Search width, the shipped model (model/parser.gz, 7.1 MB), no retraining:
//
//	width    gold tags     predicted     dev gold-tag pass   backbone tokens/cpu-s (load 1.3-1.7)
//	4        89.49 87.85   85.86 82.63   0.43 s              32,761 33,437 32,186   (shipped 33,992 32,876 31,866)
//	5        89.61 87.95   86.09 82.84   0.53 s              29,356 29,814 28,589
//	6        89.72 88.07   86.09 82.83   0.62 s              25,182 26,800 26,000
//	8        89.88 88.23   86.22 82.94   0.85 s              21,352 21,536 20,678
//	12       89.98 88.35   86.40 83.16   1.40 s              14,281 14,134 14,179
//
// Width 4 reproduces the shipped figures. Widths 5 and 6 gain 0.23 UAS, short
// of +0.3; 8 and 12 gain 0.36 and 0.54 but the backbone falls to 21,000 and
// 14,000 tokens/cpu-s, under the bar. Width 6 is at the bar, not above it: it
// runs at 0.78 to 0.81 of width 4's speed, which leaves 25,000 only when width
// 4 makes 31,500 or more (true on a quiet machine, not at load 4 to 6, see
// below). No width qualifies.
//
// Global training variants: sitrep train nlp's configuration (GlobalTrainConfig:
// 12 greedy epochs, 8 early-update epochs at beam 8, MinSeen 16, Prune 0.5,
// seed 1) with one change each (trainparse -beam B -beam-epochs E -minseen 16
// -prune 0.5, GOMAXPROCS=1, nice); "log" rows are the training log's dev
// scores, searched at the training width:
//
//	run                                  width  gold tags     predicted     kept   model    training
//	training beam 16 (8 epochs)            4    89.39 87.78   85.77 82.54   457k   7.7 MB   12 min 39 s wall, 616 cpu-s (load 1 to 4)
//	                                       5    89.59 87.95   86.05 82.79
//	                                       6    89.83 88.19   86.13 82.89
//	                                       8    89.95 88.31   86.26 83.00
//	                                      12    89.96 88.30   86.31 83.04
//	                                      16    90.07 88.44   86.40 83.14
//	  after global epoch 4 (log)          16    89.51 87.87   86.05 82.81   300k
//	12 global epochs (beam 8)              4    89.64 87.95   85.86 82.59   507k   8.3 MB   10 min 21 s wall, 557 cpu-s (load 1 to 3)
//	                                       5    89.88 88.21   86.07 82.80
//	                                       6    89.92 88.21   86.13 82.86
//	                                       8    90.08 88.40   86.44 83.14
//	  after global epoch 4 (log)           8    89.42 87.78   85.58 82.31   268k
//	  after global epoch 8 (log)           8    89.88 88.23   86.22 82.94   413k   (= the shipped model at width 8: same run so far)
//	jackknifed + gold tags, both stages    4    89.89 88.13   86.71 83.56   650k   10.9 MB  27 min 20 s wall, 1,216 cpu-s (load 2 to 6.5)
//	  (-jackknife 4 -jackknife-and-gold)   5    89.73 87.94   86.65 83.52
//	                                       6    89.79 87.98   86.73 83.53
//	                                       8    89.95 88.13   86.81 83.64
//	  after global epoch 4 (log)           8    89.80 88.01   86.57 83.45   454k
//	  its greedy stage, 12 epochs (log)    1    88.25 86.55   84.82 81.70   101k     (gold tags only, same pruning: 88.52 86.85 / 84.51 81.31)
//
// Backbone speed of the retrained models (tokens/cpu-s, three runs each,
// alternating with the shipped parser in the same runs):
//
//	model, width                  speed                    shipped in the same runs   load
//	training beam 16, width 4     35,308 35,065 33,498     34,630 35,185 33,738       1.2-1.7
//	training beam 16, width 5     31,146 28,931 30,226
//	training beam 16, width 6     27,513 27,521 25,211
//	12 global epochs, width 4     27,649 26,917 28,779     29,159 26,699 28,941       3.8-6.5
//	12 global epochs, width 6     22,669 23,001 22,622
//
// What the numbers say. Training wider or longer gains nothing at the
// shipped width 4 (−0.09 and 0.00 UAS); it shows only in a wider search: at
// width 6 +0.27 UAS for both, of which the width alone gives +0.23 (+0.04 over
// the shipped model searched at 6), and at width 8 +0.40 and +0.58 (+0.04 and
// +0.22 over the shipped model at 8). More global epochs keep improving the
// model searched at the training width (after 4, 8 and 12: 82.31, 82.94,
// 83.14 predicted LAS at width 8) but not the one searched at 4; one reading,
// not tested further, is that the extra training ranks prefixes a narrow
// search has already dropped. Of these, only widths of 8 or more gain +0.3,
// at 21,000 tokens/cpu-s or less, under the bar.
//
// The global stage on jackknifed plus gold tags is another matter: at width 4
// it gains +0.85 UAS and +0.93 LAS with predicted tags, and, unlike every
// jackknifed greedy model before it (# Tags and measurements, # Experiments
// toward the predicted-tag bar), it gains with gold tags too (+0.40 / +0.28).
// Its greedy stage alone gains +0.3 with predicted tags over the gold-tag one
// (same pruning, log rows), and the global epochs more than double that.
// Wider search adds little to it (width 8: +0.10 UAS over 4). Speed as the
// shipped model: 30,175, 30,928, 29,511 tokens/cpu-s at width 4 against
// 30,330, 30,937, 31,118 for the shipped parser in the same runs (load 3.1 to
// 3.3); the models would total 23 MB (10.9 MB for this parser).
//
// It fails two gates all the same, so it was not adopted. The seed events
// (sitrep code with the model copied over model/parser.gz; preamble of
// event/seedtest): P 0.781 R 0.833 F1 0.806 against P 0.800 R 0.800 F1 0.800
// (one more gold event found, an Iraqi deployment on the Syrian border; one
// false positive gone, two new ones, SDF 050 SYRCOP and USAGOV 060 SYRGOV;
// --verbose diff of score_events.py), under the gate's P 0.80 though above
// event/seedtest's floors (F1 0.72, P 0.74). And three of the quote
// extractor's table cases fail (quote TestCases: two infinitive claims after
// "claims", one of them the case where the tagger reads "claims" as a plural
// noun, lose their quote; in "According to earlier media reports two car
// bombs went off", "reports" is taken into the quoted clause), so
// go test ./quote/ is red; on its gold examples (TestExamplesGold) it
// matches as many quotes, 26 of 27, and one fewer strictly, 23 against 24.
// The rest of nlp, event, actor and claim passed
// with it, except TestEnsembleWeightsMatchModels, which only says that
// model/ensemble.txt has to be remeasured with a new parser. So it needs the
// extractor's and the coder's readings adapted to its trees, as the global
// model did before it shipped (# Beam search with global training), before
// it can ship. Two more costs to weigh then: its training takes the four
// jackknife taggers (7 minutes here) and twice the parser epochs (the run
// took 27 minutes against 10 to 13 for the others), so sitrep train nlp, 16
// minutes when last timed, would come near the issue's 30 (an estimate, not
// run); and its bytes depend on nlp/tag's training code, so any change to
// the tagger's training changes the parser model too. EWT test was not scored
// for it or for any other candidate. (Rebuild: trainparse -jackknife 4
// -jackknife-and-gold -beam 8 -beam-epochs 8 -minseen 16 -prune 0.5; a
// second run with GOMAXPROCS=2 instead of 1, the folds' taggers then two at
// a time, wrote the same file byte for byte, in 21 min 41 s wall, 1,198
// cpu-s, load 2.5 to 3.7.)
//
// The ensemble with the global model (evalensemble -members
// shipped,r2l:nlp/parse/model/parser-r2l.gz -dev DEV -normalize, weights
// measured on dev; the left-to-right member searched with ShippedBeam unless
// the row says otherwise). A member with a beam votes for its best tree's arcs
// (the whole of each word's vote); EnsembleConfig.BeamTemp (evalensemble
// -beam-temp), added for this measurement and off by default, makes it vote
// instead for every final hypothesis's arcs, weighted by a softmax of the
// hypotheses' total scores (beamVotes), so that the reparse can see where the
// member was unsure:
//
//	ensemble                                        gold tags     predicted
//	left to right alone, width 4                    89.49 87.85   85.86 82.63
//	shipped settings (Soft 2, Temp 15)              89.50 87.83   85.89 82.64
//	1-best votes only (Soft 0)                      89.50 87.83   85.93 82.67
//	Soft 1 / 2 / 4, Temp 5                          89.49 / 89.49 / 89.49   85.89 / 85.89 / 85.88 UAS
//	Soft 1 / 2 / 4, Temp 30                         89.50 / 89.49 / 89.49   85.86 / 85.86 / 85.86 UAS
//	beam votes, BeamTemp 1, Soft 1                  89.54 87.87   85.88 82.62
//	beam votes, BeamTemp 5, Soft 2                  89.64 87.97   85.97 82.70
//	beam votes, BeamTemp 20, Soft 1                 89.65 87.96   86.03 82.73
//	  Soft 2 / 4                                    89.61 / 89.62   86.03 / 86.01 UAS
//	beam votes, BeamTemp 100, Soft 1                89.47 87.79   85.91 82.61
//	left to right alone, width 8                    89.88 88.23   86.22 82.94
//	  ensemble, 1-best votes only                   89.93 88.26   86.30 83.00
//	  ensemble, shipped settings                    89.90 88.23   86.26 82.96
//	  ensemble, beam votes BeamTemp 20, Soft 2      90.05 88.38   86.31 82.98
//
// The global model gains almost nothing from the right-to-left parser: +0.07
// UAS with its 1-best votes, +0.17 with the beam's votes, +0.09 at width 8,
// against +0.9 for the greedy model in its day (# Ensemble). With per-UPOS
// weights that favour the left-to-right parser for most tags and one vote per
// word from it, the right-to-left parser's soft votes rarely outweigh it; the
// beam's votes spread the global member's vote over the (at most four) final
// trees, which helps a little. The
// ensemble stays an option and not the default (it also runs at about two
// thirds of the single parser's speed: 22,637 against 34,010 tokens/cpu-s in
// one run at load 1.7); BeamTemp stays 0 in DefaultEnsembleConfig.
//
// Nothing was adopted there: ShippedBeam, GlobalTrainConfig, model/parser.gz and
// DefaultEnsembleConfig stayed. The most promising lead was the jackknifed
// global model, once quote and event read its trees (next section).
//
// # The jackknifed global model shipped (issue 3, 2026-12-06)
//
// GlobalTrainConfig now trains on jackknifed plus gold tags (JackknifeFolds 4,
// JackknifeAndGold): the four fold taggers tag the training treebanks, and the
// greedy and global epochs see every sentence twice, once with the tags
// nlp/tag would give it and once with gold tags; model/parser.gz is that run
// (the file trainparse -jackknife 4 -jackknife-and-gold -beam 8 -beam-epochs 8
// -minseen 16 -prune 0.5 writes, byte for byte at GOMAXPROCS 1 and 2).
// Measured before shipping, EWT test once (`sitrep eval nlp --data
// $SITREP_SHARED/data`; gold tags: evalparse -beam 4 on EWT test):
//
//	                            gold tags     predicted tags   raw text
//	global model (before)       89.13 87.55   85.87 82.91      82.08 79.24
//	jackknifed global model     89.18 87.60   86.57 83.78      82.67 79.94
//
// Downstream, with the event coder and quote extractor of the same commit
// (score_events.py; docs/eval/fakes-events*.md for the sets): seeds P/R 0.800 /
// 0.800 → 0.806 / 0.833; FA-KES dev set 0.610 / 0.258 → 0.548 / 0.237 (two
// matches fewer, three false positives more); FA-KES test set 0.667 / 0.146 →
// 0.750 / 0.171 (three matches more, two false positives fewer) — on the two
// FA-KES sets together 43 matched and 25 false positives before, 44 and 26
// after. The quote extractor was adapted to three of its shapes, in general
// (quote/indirect.go: a plural-noun speech verb with an nsubj, a complement split
// into the verb's object and a finite xcomp, a trailing attribution's speaker
// hung inside the reported clause; quote/testdata/trees.jsonl), and its gold
// examples match as before (26 of 27, strict 24). Speed is the global model's
// (backbone 30,175 / 30,928 / 29,511 tokens/cpu-s against 30,330 / 30,937 /
// 31,118 in the same runs, above); the file is 10.9 MB against 7.1 (the
// jackknifed copies keep more features above the pruning thresholds), the
// models 23 MB in all. The predicted-tag bar (88 / 85) is still 1.4 / 1.2
// points away. `sitrep train nlp --data $SITREP_SHARED/data --out DIR` rebuilds
// tagger.gz, parser.gz, parser-r2l.gz and ner.bin.gz byte for byte and measures
// the ensemble weights now shipped (model/ensemble.txt) in 26 min 3 s wall on
// the shared 2-core machine (load 1 to 4), 2.3 GB peak: the four jackknife
// taggers and the doubled parser epochs take it from 12 minutes to near the
// issue's 30. The ensemble with it scores 86.55 / 83.78 on EWT test with
// predicted tags (sitrep parse --parser ensemble), no better than the parser
// alone.
//
// # The model file: packed layout, 40-bit keys (2026-12-06)
//
// The project flags committed files over 8 MB; model/parser.gz was 10.9 MB in
// the columns layout. Where its bytes went (649,937 features, 3,052,475
// weights; each column gzipped alone at level 9, MB raw → gzipped), and what
// a first-order model of each says it could be:
//
//	column                 raw     gzip    bound
//	key deltas             4.46    4.10    3.75 (sorted random 64-bit keys: ~46 bits each)
//	weight counts          0.65    0.32    0.28 (H0 3.39 bits)
//	classes                3.05    2.07    1.34 (H0 5.30 bits, less log2(k!) a feature for an order that carries nothing)
//	weights, low bytes     3.05    3.05    4.04 for both bytes (H0 of the int16 10.59 bits; 3.93 given the class)
//	weights, high bytes    3.05    1.32
//
// Save now writes the packed layout (modelfile.go, magicPacked): key deltas
// split into a small high part (gzip, 0.42 MB) and raw low bits (3.33);
// classes ascending, as differences; one byte a weight for its sign, bit
// length and next three bits (gzip) and the remaining bits raw; classes and
// weights grouped by feature count, which gzip's per-block codes adapt to
// (classes 1.82 → 1.57 MB, weights 4.07 → 3.98 against 4.39 as bytes). Read
// still reads the interleaved and columns layouts. With every key bit that is
// 9.62 MB for the parser and 3.57 for the right-to-left one: lossless is not
// enough.
//
// So Save keeps 40 bits of each feature hash (savedKeyBits; the table shifts a
// looked-up hash right by 24 to compare). The weights stay bit for bit; what
// changes is that a feature the model lacks matches one it holds with
// probability 6e-7 (650k/2^40) a lookup, and that two features sharing 40 bits
// keep only the one with the smaller hash (one pair in the parser, none in the
// right-to-left one). Measured on EWT dev with the shipped parser at width 4
// against its full keys (words whose head or relation changed, gold tags /
// nlp/tag's tags; a throwaway test), and the sizes Save writes:
//
//	key bits   words changed   parser.gz   parser-r2l.gz
//	64         0 / 0           9.62 MB     3.57 MB
//	48         0 / 0           8.32        3.22
//	44         0 / 0           7.99        3.13
//	40         0 / 0           7.67        3.04     ← shipped
//	38         0 / 0
//	36         0 / 0           7.34        2.95
//	32         0 / 11 (43 stored pairs collide)
//
// Coarser weights were measured too (full keys, the int16 step doubled s
// times, EWT dev UAS/LAS at width 4, gold tags and predicted): s = 0 89.89
// 88.13 / 86.71 83.56; s = 1 89.89 88.12 / 86.67 83.52; s = 2 89.87 88.10 /
// 86.69 83.54; s = 3 89.88 88.11 / 86.68 83.53; s = 4 89.87 88.13 / 86.69
// 83.54. s = 1 to 3 move one figure or more by 0.03 or 0.04 (the bar was
// 0.02); s = 4 stays within 0.02 but changes trees, for about 1.5 MB (an
// estimate: 4 bits a weight). The 40-bit keys reach the size with no tree
// changed on EWT dev, so no weight was coarsened.
//
// The shipped files were converted (Read, then Save; a throwaway program):
// parser.gz 10,861,877 → 7,667,603 bytes, parser-r2l.gz 4,168,135 → 3,042,701,
// the models 23 → 18.6 MB in all. Checks against the old files: EWT dev and
// test with gold tags at widths 1, 4 and 8, both models, 0 of 25,147 and
// 25,094 words differ; `sitrep parse --input-format conllu --parser
// single|ensemble` on EWT dev and test (tags from nlp/tag) writes the same
// bytes (cmp) as the binary of the commit before; `sitrep code --format
// jsonl` on the seeds the same bytes, P 0.806 R 0.833 F1 0.820. In the tree,
// TestPackedLayoutShipped writes each shipped model in the columns layout and
// the packed one and wants the same keys and weights bit for bit, and Save of
// the model read to be the file read; TestSaveKeyBits checks the 40-bit
// lookups against 64-bit keys (collisions included). Save is a function of the
// weights (key order, ascending classes, the scale taken over all features
// before any is dropped, gzip level 9), so trainparse and sitrep train nlp,
// which write through it, write these files from the same training run:
// `sitrep train nlp --data $SITREP_SHARED/data --out DIR` at the merge of this
// change rebuilt parser.gz, parser-r2l.gz and ensemble.txt (and tagger.gz and
// ner.bin.gz) byte for byte, in 1 h 30 min wall on the 2-core machine shared
// with six helpers at load 5 to 9 (74 CPU minutes; 26 minutes at stop 14 on
// a quieter machine). One cost: a model read from a file no longer seeds
// global training (trainparse -init), which looks features up by whole hashes.
//
// Reading (BenchmarkLoad, parser.gz; the commit before and this one, three
// times alternating, load 9 to 10): 464, 571, 628 ms before, 371, 555, 477
// after; both parsers, 790, 766, 802 ms before and 510, 743, 587 after. Speed
// (BenchmarkParseEWTDev, width 4, gold tags, alternating, load 5.4 to 5.6):
// 41,199, 45,501, 42,714 tokens/cpu-s before and 42,209, 42,052, 43,405
// after. BenchmarkBackbone, left to right (SITREP_SHARED=/work/shared go test
// -run '^$' -bench Backbone -benchtime 1x ./nlp/, alternating): 19,159 and
// 21,650 before, 22,765 and 21,585 after (load 6.1 to 6.3); in three earlier
// pairs, with the shift not yet masked to 63 (the compiler then guards
// shifts of 64 and more), 26,628, 23,824, 25,655 before and 22,367, 23,034,
// 23,063 after (load 6.5 to 10). The machine was loaded throughout: read
// these as no change measured, not as a figure.
//
// # GloVe word classes (issue 3, 2026-12-06; not adopted)
//
// TrainConfig.WordClass (trainparse -wordclass; extractGlove in lexfeat.go)
// adds 24 templates over nlp/wordclass's classes (k-means over the GloVe 6B
// vectors: 150,000 words, 32 coarse, 512 mid, 4,096 fine classes), read at
// feature time with wordclass.Lookup on the form (lower-cased; digits not
// folded, GloVe has numbers of its own): the mid class of s0, n0, n1 and s1
// alone, the fine and coarse classes of s0 and n0; the mid class with the
// token's own tag for s0, n0, n1, s1 and for the outermost dependents whose
// words the base templates read (s0's leftmost and rightmost, n0's leftmost,
// s1's rightmost); and classes in place of words in the bigram templates
// (Koo et al. 2008): mid s0 + mid n0, mid s0 + tag n0, tag s0 + mid n0, mid
// s1 + mid s0, coarse s0 + coarse n0, mid s0 + mid n0 + distance, mid and tag
// of s0 with mid and tag of n0, tag s1 + mid s0 + tag n0. A word without a
// class has an unknown-class atom: 9.3% of EWT dev's words, since the
// classes (the npm package's word list) have no numbers, one-letter words
// ("a", "I") or clitics ("'s", "n't"). The model records only
// the switch, a flag (flagGlove) in the flags word of "sitrep-parse 3",
// which a binary from before refuses. The 24 templates share the extra
// templates' budget (numExtra) with -amb, -wu and -clusters, so they go with
// none of them (training and Read refuse such a set): growing the feature
// arrays instead slowed the shipped parser, which uses none of the slots
// (see numExtra).
//
// Measured on EWT dev, gold tokenization, UAS/LAS with gold tags and with
// nlp/tag's (the tagger of this date; with it the greedy model of the table
// above scores 85.14 / 81.96 where the table, measured with an earlier
// tagger, says 85.12 / 81.95). Greedy rows: trainparse's default (12 epochs,
// seed 1); the base is model/parser.gz of commit 12e6e70^, which
// DefaultTrainConfig rebuilt byte for byte, scored again with evalparse.
// Global rows: the shipped command (trainparse -jackknife 4
// -jackknife-and-gold -beam 8 -beam-epochs 8 -minseen 16 -prune 0.5) with
// -wordclass added, and the shipped model/parser.gz, both scored with
// evalparse -beam 4,8; "log" rows are the training log's, at the training
// width:
//
//	run                                   width  gold tags     predicted     kept   model
//	greedy                                  1    89.07 87.48   85.14 81.96   340k
//	greedy, -wordclass                      1    89.16 87.54   85.27 82.16   395k   5.7 MB
//	  after epoch 3 / 6 / 9 (log), LAS      1    86.61 / 87.25 / 87.46       81.28 / 81.88 / 82.07   (greedy: 86.51 / 87.21 / 87.34, 81.13 / 81.75 / 81.85)
//	shipped (model/parser.gz)               4    89.89 88.13   86.71 83.56   650k   7.7 MB
//	                                        8    89.95 88.13   86.81 83.64
//	global, -wordclass                      4    89.99 88.23   87.00 83.80   730k   8.9 MB
//	                                        8    90.24 88.53   87.05 83.87
//	  after global epoch 3 / 6 (log)        8    90.02 88.37 / 90.01 88.30   86.92 83.75 / 86.85 83.69
//	  its greedy stage, 12 epochs (log)     1    88.50 86.83   85.39 82.32   125k     (the shipped run's: 88.25 86.55 / 84.82 81.70)
//
// Where the gain is, by word (nlp/tag's tags; a word is unseen when its
// form, lower-cased with digits folded as the parser's word features are,
// is in neither EWT train nor the GUM train documents; a throwaway program):
//
//	model                     seen (23,763 words)   unseen, with a class (930)   unseen, no class (454)
//	greedy                    85.76 82.78           75.81 68.92                  71.81 65.64
//	greedy, -wordclass        85.83 82.88           77.20 70.97                  72.91 67.40
//	shipped, width 4          87.26 84.31           76.88 70.32                  77.97 71.81
//	global -wordclass, 4      87.53 84.54           79.14 72.47                  75.11 67.84
//
// As the literature says, the classes help most on words the treebanks never
// saw: +1.4 / +2.1 (greedy) and +2.3 / +2.2 (global) on the unseen words
// with a class, +0.1 and +0.25 on the seen ones. The unseen words without a
// class (half of them proper nouns: rare names, file names, addresses) lost
// 2.9 / 4.0 in the global model (454 words: 13 and 18 of them; not examined
// further). The greedy gains (+0.13 / +0.20 predicted) are within the spread
// between seeds (seed 2 of the greedy model: −0.4, # Ensemble) and were
// measured once; the global gain at width 4 once too.
//
// The shipping gate: dev predicted-tag UAS and LAS +0.29 and +0.24 at the
// shipped width 4 (at least +0.2 each: passed), gold-tag LAS +0.10 (passed);
// but the seed events (the model copied over model/parser.gz; sitrep code
// --format jsonl on corpus/seeds, score_events.py) fell to P 0.774 R 0.800
// F1 0.787 against the shipped 0.806 / 0.833 / 0.820, below the gate's P 0.78
// and F1 0.80: one gold event of article 002 lost, three new false
// positives (a 060 in article 000, 190s in 001 and 003), two gone (a 062 in
// 001, a 060 in 004). And the file is 8.9 MB (8,945,433 bytes), over the
// project's 8 MB: the jackknifed data keeps 730k features above the
// pruning thresholds against the shipped 650k. So GlobalTrainConfig and
// model/parser.gz are unchanged and WordClass stays off; EWT test was not
// scored. With this model `sitrep parse --parser ensemble` still works (the
// right-to-left parser and ensemble.txt as shipped: EWT dev 87.00 / 83.81
// predicted, the single parser 87.00 / 83.80). What it would take: pruning
// to under 8 MB (a higher MinSeen or Prune, one more training run, not
// tried) and a seed check that holds, which at one or two events a run is
// the event coder's sensitivity to single parses more than the parser's
// accuracy (as for the minseen 3 candidates, # Experiments toward the
// predicted-tag bar). Training took 39 minutes wall (GOMAXPROCS 2, nice,
// load 3 to 5): the four jackknife taggers 7.5, the greedy epochs 10, the
// global 22 (2.5 to 3.5 minutes an epoch).
//
// # GloVe classes in the tagger and the parser together (stop 16; not adopted)
//
// The tagger's classes (nlp/tag -wordclass, not adopted by the tagger's own
// gate: EWT dev UPOS +0.04) gave the shipped parser +0.39 / +0.34 on dev with
// predicted tags; the parser's (above) +0.29 / +0.24. Both together, trained as
// `sitrep train nlp` trains them (tag defaultConfig.wordClass and
// GlobalTrainConfig's WordClass set true; the four jackknife taggers then read
// the classes too; 1 h 4 min wall, 87 CPU minutes, beside other jobs), scored
// with `evalparse -beam 4` on EWT dev (tags from the run's tagger) and then,
// for the record and not to choose, `sitrep eval nlp` on EWT test:
//
//	                              dev gold      dev predicted   test predicted   test UPOS XPOS
//	shipped                       89.89 88.13   86.71 83.56     86.57 83.78      95.54 94.88
//	tagger + parser classes       90.11 88.48   87.26 84.10     87.20 84.56      95.73 95.07
//	                                                                             (raw text 83.31 / 80.71)
//
// The parse gain is the largest of any change since the jackknifed model
// (+0.63 / +0.78 on test; the bar of 88 / 85 is 0.8 / 0.44 away), but the
// event coder, whose rules were written against the shipped parser's trees,
// codes worse with it (`sitrep code --format jsonl`, score_events.py; matched
// / false positives): seeds 25 / 6 → 25 / 8 (P 0.806 → 0.758, under the 0.78
// floor of event/seedtest), FA-KES development set 29 / 6 → 27 / 9, test set
// 21 / 7 → 20 / 7; with the new tagger and the shipped parser 26 / 6 and 19
// / 6. The changed events are spread over unrelated sentences (a headline
// read as a second clause, an agent lost across a coordination, a target
// moved to another name), not one pattern a general rule could fix in this
// stop. The parser file is also 8.89 MB, over the project's 8 MB for a
// committed file (730k features kept against 650k). Neither model is
// shipped and the switches stay off; taking them needs the event coder
// re-checked on FA-KES dev with the new trees (and a stronger pruning or a
// coarser weight step for the size), then seeds and FA-KES test measured.
//
// # GloVe classes shipped, pruned at 1.0 (issue 3, stop 17)
//
// The two obstacles of the section above were the file's size and the event
// coder. Size: the averaged weights are pruned once, after training (average
// drops every weight under Prune in magnitude, the global stage included), so
// a higher Prune on the saved model is the model a training with that Prune
// writes, up to weights within one int16 step of the threshold; a throwaway
// program pruned stop 16's model (tagger and parser with the classes) at
// several thresholds, scored with evalparse -beam 4 on EWT dev (tags from that
// tagger):
//
//	Prune   features   weights     file       dev gold tags   dev predicted
//	0.5     723,577    3,597,967   8.89 MB    90.11 88.48     87.26 84.10
//	0.6     711,844    3,297,741   8.33 MB
//	0.7     697,594    2,997,899   7.76 MB    90.11 88.51     87.31 84.19
//	0.8     681,514    2,712,217   7.20 MB    90.12 88.54     87.33 84.22
//	1.0     633,966    2,059,694   5.89 MB    90.19 88.58     87.33 84.22
//	1.2     599,286    1,792,057   5.29 MB    90.10 88.48     87.26 84.11
//	1.5     541,161    1,446,135   4.47 MB    89.98 88.33     87.11 83.93
//	2.0     439,317    1,006,954   3.33 MB    90.10 88.39     87.23 84.05
//
// Weights under 1.0 are noise for this model: up to 1.0 dropping them costs
// nothing on dev (the small gains are within a run's noise), and the file
// shrinks by a third. GlobalTrainConfig's Prune is now 1.0 (MinSeen 16 as
// before) and its WordClass true, with nlp/tag's wordClass, and
// model/parser.gz is what `sitrep train nlp --data $SITREP_SHARED/data --out
// DIR` wrote (51 min 38 s wall, 77 CPU minutes, on the 2-core machine beside
// cross-validation runs; it rebuilt tagger.gz, parser-r2l.gz and ner.bin.gz
// byte for byte too). Pruned in training rather than after, it is 5,868,467
// bytes, not 5,888,586: a weight within one int16 step of 1.0 falls on the
// other side (EWT dev 90.15 / 88.56 gold, 87.31 / 84.21 predicted).
//
// Events: the event coder's four general fixes for the new trees (event/doc.go,
// "A better parser") were already in; with these models (`sitrep code
// --format jsonl`, score_events.py; matched / false positives) seeds 25 / 6 →
// 25 / 7 (P 0.806 → 0.781, R 0.833, F1 0.820 → 0.806; over event/seedtest's
// floor of 0.78), FA-KES development set 29 / 6 → 30 / 7 (F1 0.439 → 0.448),
// then once the test set 21 / 7 → 20 / 7. The seeds' changed events are
// conjoined subjects coded twice ("both the army and the PMF have been
// mobilized"), a thwarted attack now found ("helped thwart an ISIS plot to
// attack"), an accusation of coercion in an editorial coded where the gold
// set has none, and two cooperation events lost or coded less precisely (an
// intelligence exchange read as 060, not 064, under a garden-path subject) —
// the coder's rules meeting other trees, not one pattern. Downstream the
// chosen measure is the parse itself, and GUM's test documents (no model
// trains on them; other genres than EWT's web text, news among them) now
// stand beside EWT test in `sitrep eval nlp`:
//
//	                         EWT dev pred.   EWT test pred.   GUM test      GUM test news   GUM dev (not shown by eval)
//	shipped before           86.71 83.56     86.57 83.78      84.86 82.11   82.65 79.16     84.39 81.33
//	classes, Prune 1.0       87.31 84.21     87.10 84.45      85.23 82.47   84.45 81.39     85.38 82.38
//
// (UAS LAS with predicted tags; GUM test 10,972 words in 12 documents, its
// news 1,891 words in 2, GUM dev 10,631 words; UPOS on GUM test 96.04 →
// 96.17, on its news 94.39 → 95.45.) The gain on news — +1.8 UAS and +2.2 LAS
// on both GUM splits' news documents, 3,611 words — is larger than on EWT,
// which is what the classes, learnt on Wikipedia and newswire, were expected
// to give. With gold tags EWT test is 89.18 / 87.60 → 89.85 / 88.19. The bar
// (88 / 85 on EWT test, predicted tags) is 0.90 / 0.55 away. The ensemble
// (`sitrep parse --parser ensemble`) now returns the left-to-right parser's
// trees, word for word on EWT test: model/ensemble.txt, measured on dev by the
// same training run, has the right-to-left member (still trained without the
// classes, ReversedTrainConfig) behind it on every part of speech, and a vote
// of two weighted parsers follows the one ahead on every arc. A right-to-left
// parser with the classes was not trained. Speed (BenchmarkBackbone,
// tokenize + tag + parse + NER on one goroutine, `SITREP_SHARED=../shared go
// test -run '^$' -bench Backbone/left -benchtime 1x ./nlp/`, test binaries of
// d0f3529 and of this change alternating, load 2): 39,422, 38,991 and 41,169
// tokens per CPU second before, 33,380, 33,212 and 33,416 after — 0.84 times
// the speed, the class lookups of tagger and parser (24 more parser
// templates) against a third fewer weights; still over issue 3's 25,000. The
// whole process is lighter: `farm-bench -n 7 --vs` on `sitrep ner
// --input-format iob2 --format iob2` over 20 UNER sentences, median wall 0.60
// → 0.56 s, peak 255 → 237 MiB (a smaller weight table to build). The quote
// extractor, whose rules met the old trees in its fixtures, was adapted to
// the new shapes in general (quote/doc.go).
//
// # Training time (issue 3, stop 17)
//
// Issue 3 asks that `sitrep train nlp` rebuild every model in under 30
// minutes on 2 cores. Measured on the quiet 2-core development machine (no
// other job; `/usr/bin/time -v sitrep train nlp --data $SITREP_SHARED/data
// --out DIR`), the shipped configuration took 52 min 25 s wall and 98 CPU
// minutes (186% of a core), and rebuilt all five files byte for byte. It is
// over the bar since the jackknifed global model shipped: stop 14's 26 minutes
// trained a parser with no jackknife and half the training sentences.
//
// Where the time goes (trainparse with the shipped configuration alone on
// the machine, and the full run's log): the four jackknife taggers 3.7
// minutes (two at a time), the 12 greedy epochs over the 32,502 gold and
// jackknifed sentences about 40 s each alone (8 minutes, one core), and the 8
// global epochs at width 8 2.5 to 4.1 minutes each in the full run (about 27
// minutes, one core, longer as the features grow from 3.6 to 5.3 million) —
// more than 30 minutes for the left-to-right parser alone, before the
// tagger (2 minutes), the right-to-left parser and the recogniser.
//
// What was tried and dropped, because this machine's two cores do not give
// two cores' throughput on this memory-bound work (the four jackknife taggers
// take 1 min 15 s to 1 min 24 s each alone and 1 min 48 s to 2 min 28 s two
// at a time): starting all five trainings at once instead of one after the
// other (none reads another's output; the same five files byte for byte, but
// 51 min 53 s wall and 99 CPU minutes against 52 min 25 s — the tagger, the
// right-to-left parser and the recogniser, run beside the jackknife taggers,
// slowed them to 12.6 minutes, and the left-to-right parser's greedy and
// global epochs then ran slower than alone, 57 s and 2.5 to 4.1 minutes each,
// with the process at 170% of a core and nothing else running; GOGC 400
// instead of 100 did not change a greedy epoch's time, so it is not the
// collector); decoding two sentences of a global epoch at once and keeping
// the second's result when the first needed no update (bit for bit the same
// weights; 1 min 49 s and 2 min 11 s for the first two epochs, in which 58%
// and 47% of sentences update), and scoring each step's beam on two
// goroutines (the same weights; a channel handoff per step made it twice as
// slow; with atomics and spinning, a global epoch of 8,000 sentences and the
// dev scoring after it took 17.1 and 15.5 s on two cores, 15.1 and 18.0 s on
// one, alternating). What would meet the bar is less work:
// fewer greedy epochs before the global ones, fewer global epochs, or a
// weight table with one cache miss per feature instead of three (the score
// loop is half the profile, its lookups and slice headers missing the cache);
// the first two change the model and need the parser, quote and event
// measurements again.
//
// The third is done (stop 18): the trainer keeps a dense row beside the
// sparse list of every feature with weights for denseMin (16) classes or more,
// its slot carrying the row's offset, and score adds consecutive rows with
// vec.AddRows after touching all the features' home slots in one sweep, as
// table.score does; nlp/tag's trainer got an open-addressing index in place of
// its Go map and the same dense rows. The sums keep their terms' order and a
// zero changes none, so training is unchanged: the same `sitrep train nlp`
// on the same quiet machine rebuilt all five files byte for byte (cmp) in
// **21 min 44 s wall and 41 CPU minutes** (2,374 s user, 83 s system; peak
// resident 1.66 GB), against 52 min 25 s and 98 — under issue 3's 30 minutes.
// From its log: the tagger 1.0 min (tag.Train alone 104.9 → 54.9 s), the
// four jackknife taggers 4.5 min (two at a time, beside the right-to-left
// parser), the 12 greedy epochs 4.6 min (about 20 s each, were 40 to 57), the
// 8 global epochs 9.8 min (62 to 80 s each, were 2.5 to 4.1 min), the
// ensemble's weights 5 s and the recogniser 1.3 min.
//
// # A global right-to-left member (issue 3, stop 18)
//
// With training 2.4 times faster, the right-to-left member could be trained
// as the left-to-right one is (jackknifed and gold tags, GloVe classes, 12
// greedy and 8 global epochs at width 8, MinSeen 16, Prune 1.0), laid out with
// the final punctuation kept at the end (ReverseKeepFinalPunct; see "# Why the
// right-to-left parser was five points worse") and searched with ShippedBeam.
// TrainReversed now accepts jackknifed tags: the sentences are tagged in
// their own order, as at run time, and then laid out with their tags.
// trainparse -reverse -layout final-punct -jackknife 4 -jackknife-and-gold
// -wordclass -beam 8 -beam-epochs 8 -minseen 16 -prune 1.0 (greedy epochs
// 12 to 14 s, global ones 37 to 52 s, alone on the machine; 5,852,541
// bytes). EWT dev, gold tokenization, UAS/LAS with gold tags and with nlp/tag's,
// vote weights measured on dev (`go run ./nlp/parse/internal/evalensemble
// -members shipped,r2l-final-punct:FILE -r2l-beam 4 -dev DEV -normalize
// -soft S -temp 15 -beam-temp B DEV`):
//
//	parsers and combination                         gold tags     predicted
//	left to right alone, width 4                    90.15 88.56   87.31 84.21
//	right to left alone, width 4                    89.27 87.64   86.39 83.32
//	1-best votes (Soft 0, or BeamTemp 0)            90.16 88.50   87.46 84.27
//	beam votes, BeamTemp 5, Soft 2                  90.35 88.67   87.62 84.42
//	beam votes, BeamTemp 20, Soft 2 (adopted)       90.47 88.76   87.72 84.50
//	  Soft 4 / 8                                    90.45 / 90.44  87.68 / 87.66 UAS
//	beam votes, BeamTemp 50 / 200, Soft 2           90.46 / 90.40  87.60 / 87.58 UAS
//	both members at width 8, alone                  90.11 / 89.57  87.37 / 86.73 UAS
//	  ensemble, BeamTemp 10 / 20, Soft 2            90.58 / 90.67  87.90 / 87.91 UAS (LAS 84.71 / 84.70)
//
// A right-to-left member within a point of the left-to-right one, both
// voting over their final beams, is what the greedy member never was: +0.41
// UAS and +0.29 LAS with predicted tags at width 4 (the greedy member gave
// +0.07 to +0.17). It is still no way to the bar of 88: at width 8 the pair
// makes 87.91 on dev. Shipped as the ensemble's member (sitrep parse
// --parser ensemble, not the default, which keeps the speed bar):
// ReversedTrainConfig is ShippedTrainConfig, ShippedReversal is
// ReverseKeepFinalPunct, DefaultEnsembleConfig has BeamTemp 20, and TrainPair
// trains both parsers at once from one set of jackknifed tags (the four
// jackknife taggers once, not twice).
//
// Measured after shipping it. `sitrep train nlp` (the quiet 2-core machine,
// /usr/bin/time -v) took 20 min 35 s wall and 39 CPU minutes, peak resident
// 3.0 GB (two global trainers at once), and wrote parser.gz, tagger.gz and
// ner.bin.gz byte for byte as before and parser-r2l.gz byte for byte as the
// trainparse run above (the greedy epochs 17 to 18 s and the global ones 80
// to 90 s with the two parsers side by side). EWT test, gold tokenization,
// once (`sitrep parse --parser ensemble --input-format conllu --format conllu
// TEST`, conllu_score.py; TestAccuracyEnsembleEWTTest): gold tags UAS 90.26
// LAS 88.58, predicted tags **UAS 87.61 LAS 84.94** against the left-to-right
// parser's 87.10 / 84.45 — +0.51 / +0.49, and 0.39 / 0.06 short of the bar.
// Width 8 for both members (+0.19 / +0.20 on dev) was not tried on test. The
// cost: BenchmarkBackbone (tokenize, tag, parse, NER; three runs, ensemble and
// left to right in each) 12,915 / 13,401 / 13,420 tokens per CPU second
// against 24,909 / 24,857 / 24,956 — 0.53 of the single parser's speed (the
// greedy member's ensemble made 18,521 against 24,795 earlier the same day);
// `sitrep parse --parser ensemble` over EWT test peaks at 310 MB resident
// (left to right alone 272 MB). The shipped models grow from 20.0 to 22.8 MB
// (parser-r2l.gz 3.0 → 5.9 MB), under issue 3's 30. The ensemble stays an
// option: the default pipeline keeps the single parser and its speed.
//
// # Pruning revisited (stop 18)
//
// One training run of the shipped configuration scored under other pruning
// settings (trainparse -jackknife 4 -jackknife-and-gold -wordclass -beam 8
// -beam-epochs 8 -minseen 16 -prune 1.0 -prune-grid
// 4:1.0,8:1.0,32:1.0,8:0.5; the run wrote model/parser.gz byte for byte),
// EWT dev, gold tokenization, searched at the training width 8:
//
//	MinSeen, Prune     gold tags     predicted     features kept
//	16, 1.0 (shipped)  90.11 88.50   87.37 84.19     633k
//	4, 1.0             90.16 88.47   87.40 84.22   1,582k
//	8, 1.0             90.24 88.57   87.46 84.29   1,092k
//	32, 1.0            90.03 88.35   87.39 84.18     353k
//	8, 0.5             90.34 88.65   87.61 84.41   1,369k
//
// Keeping more (MinSeen 8, Prune 0.5) gains 0.24 UAS with predicted tags, short
// of the 0.3 a model change needs and at more than twice the features (the
// file would pass the 8 MB a committed file may have); MinSeen 32 scores as
// the shipped model with 44% fewer features (4.1 MB instead of 5.9) but
// parses no faster: trained alone (trainparse ... -minseen 32, the same run
// otherwise), BenchmarkBackbone with SITREP_BENCH_PARSER=FILE:4 beside the
// shipped model, three runs: 26,417 / 25,061 / 25,619 tokens per CPU second
// against 25,784 / 25,344 / 24,223 (ratios 1.02, 0.99, 1.06) — the features
// it drops are rare ones, and the dense rows of the frequent ones, which stay,
// are where the time goes. Nothing was changed.
//
// # A third member (stop 19; not adopted)
//
// A second left-to-right parser trained as the shipped one but with seed 2
// (trainparse -jackknife 4 -jackknife-and-gold -wordclass -beam 8
// -beam-epochs 8 -minseen 16 -prune 1.0 -seed 2; 20 minutes beside other
// work) scores EWT dev 87.11 / 83.96 alone (width 4, ShippedThreshold;
// the shipped seed 87.42 / 84.32). Voting with the shipped pair (evalensemble
// -members shipped,l2r:FILE,r2l-final-punct:nlp/parse/model/parser-r2l.gz
// -beam 4 -r2l-beam 4, the vote settings of DefaultEnsembleConfig, weights
// measured on dev): 87.94 / 84.81 with predicted tags, 90.79 / 89.16 with gold
// ones, against the pair's 87.76 / 84.55 and 90.45 / 88.72; the two
// left-to-right seeds alone make 87.63 / 84.47. +0.18 UAS and +0.26 LAS is
// under the +0.3 a model change needs, for half as much parsing again, 5.9 MB
// more model and a third parser to train, which would take sitrep train nlp
// to the 30 minutes of issue 3's bar. Not adopted.
//
// # The tags the tagger nearly chose (stop 19; not adopted)
//
// How much of the parser's loss to tag errors is within reach of the
// tagger's second choice, measured on EWT dev (gold tokenization, the shipped
// tagger's second pass scored per word, then the shipped parser at width 4;
// a throwaway test beside each package). The tagger's joint UPOS/XPOS tag is
// right for 94.28% of words; its first or second choice for 97.75%. Given
// the second choice wherever it is the right one, the parser scores UAS 88.76
// LAS 86.57 (its own tags: 87.31 / 84.00 without the finite-verb repair;
// gold tags 90.15 / 88.56); given it only where the two choices' scores are
// within 40 (19% of words), 88.41 / 86.07. So about half of the tags' cost
// lies between the tagger's first two choices.
//
// A joint decision without retraining reaches little of it: for up to K of a
// sentence's words whose margin is under M, smallest first, parse again with
// the second choice and keep it when the parser's final beam score, less
// lambda times the tagger's margin, beats the best so far.
//
//	M, lambda, K        UAS    LAS    parses a sentence
//	(own tags)          87.31  84.00  1
//	40, 0, 3            87.14  83.50  2.66
//	40, 4, 3            87.38  83.97  2.66
//	40, 16, 3           87.53  84.26  2.66
//	40, 32, 3           87.37  84.05  2.66
//	20, 8, 3            87.40  84.15  1.55
//	80, 8, 6            87.38  84.08  5.90
//
// +0.22 UAS at best, for 2.66 parses a sentence: the parser was never trained
// to tell a right tag from a wrong one (with lambda 0 it prefers the wrong
// tags), so its score says little about them. A parser that chooses tags as
// it shifts words, trained to (Bohnet and Nivre 2012), is the model that
// could use the 1.4 points; it changes the state every feature reads, the
// training and the model file. Built and measured in stop 20, it gained
// nothing (see "# Choosing tags while parsing").
//
// # A threshold on the beam (stop 19)
//
// At width 4 most steps are not in doubt: the beam's other hypotheses trail
// the best by hundreds (in the units of the model's scores), are scored like
// it at every step, and fall out later. Parser.WithThreshold drops, at each
// step, the candidates more than a threshold below the step's best (after
// the width's cut; the best always stays), and the shipped parsers search
// with ShippedThreshold, 200. EWT dev, gold tokenization, predicted tags,
// the shipped models (a throwaway test; evalparse -beam W -threshold T and
// evalensemble -threshold T give the same figures), with the hypotheses kept
// per step:
//
//	threshold          width 4               width 6               width 8
//	none               87.31 84.21  3.88     —                     87.37 84.19  7.72
//	100                86.73 83.68  1.90
//	130                87.07 83.98  2.28     87.04 83.96  2.73
//	160                87.29 84.22  2.65     87.35 84.22  3.36
//	175                87.39 84.30  2.82     87.39 84.23  3.67     87.31 84.18  4.36
//	200 (shipped)      87.42 84.32  3.10     87.47 84.26  4.18     87.41 84.26  5.11
//	225                87.40 84.28  3.33     87.43 84.21  4.64     87.32 84.14  5.81
//	250                87.40 84.28  3.51     87.43 84.22  5.01
//	300                87.33 84.23  3.74     87.40 84.19  5.49
//	400 and above      87.31 84.21  3.87                           87.37 84.19  7.70
//
//	ensemble (both members at width 4, vote weights of the time)
//	none 87.72 84.50, 160 87.53 84.36, 175 87.70 84.50, 200 87.76 84.55, 250 87.80 84.57
//	both members at width 8: none 87.86 84.63, 175 87.79 84.57, 200 87.90 84.68, 250 87.90 84.65
//
// Under about 150 the threshold cuts hypotheses the search needs (at 100 it
// loses 0.6 UAS); from 160 to 300 it loses nothing and often gains a
// little, the search errors it causes being fewer than the ones it saves
// (a hypothesis that trails far and overtakes late is more often wrong than
// right). 200 is the plateau's middle for both the single parser and the
// ensemble, and gives a third of the plateau's margin above its lower edge;
// 175 would be faster (2.82 hypotheses a step against 3.10) with the
// ensemble a hair below its unpruned score. The ensemble's vote weights
// (model/ensemble.txt) are measured with the threshold, as TrainEnsemble
// now gives its members; with them the ensemble scores 87.76 / 84.55 on dev
// (gold tags 90.45 / 88.72, against 90.47 / 88.76 before).
//
// Speed, BenchmarkParseEWTDev (the shipped parser alone, one goroutine,
// three alternating runs on the 2-core machine, tokens per CPU second):
// no threshold 38,186 / 37,008 / 36,562; 160: 48,077 / 46,913 / 47,248;
// 200: 43,492 / 41,864 / 41,659 — 200 parses 14% faster, 160 27%
// (BenchmarkParseEWTDevThreshold, both in one run, later: 42,300 against
// 50,500, 1.19). The whole backbone (BenchmarkBackbone, tokenize to NER on
// FA-KES text; left-to-right and left-to-right-no-threshold alternating,
// four pairs): 29,433 / 28,469 / 26,444 / 28,376 tokens per CPU second
// against 25,641 / 24,820 / 24,044 / 22,934, ratios 1.15, 1.15, 1.10, 1.24;
// later, the machine quieter, three runs of the whole benchmark: 29,857 /
// 29,002 / 27,154 against 27,593 / 26,303 / 24,852 (1.08, 1.10, 1.09), the
// ensemble 15,696 / 16,049 / 14,997 (0.53 of the single parser, as before).
//
// EWT test, measured once after the choice (`sitrep eval nlp`): the
// left-to-right parser UAS 87.10 LAS 84.45 → 87.06 / 84.37, the ensemble
// 87.61 / 84.94 → 87.52 / 84.84, raw text 83.24 / 80.68 → 83.23 / 80.63, GUM
// test 85.23 / 82.47 → 85.30 / 82.53: within a tenth either way (25 words of
// EWT test), where dev gained a tenth. The event sets do not move (seeds P
// 0.781 R 0.833; FA-KES development set P 0.811 R 0.309, test set P 0.741 R
// 0.163, docs/eval); on all of FA-KES 2,052 → 2,059 distinct events, 14 gone
// and 21 new, mostly the same sentences recoded (a mode, a target), as
// unlike parses of a few sentences give. Retraining (`sitrep train nlp`,
// after tag.Jackknife took over the fold taggers' training from this
// package's jackknife) wrote all five model files byte for byte, ensemble.txt
// with the threshold included, in 20 min 16 s (38 CPU minutes, peak resident
// 2.8 GB). The threshold is a search setting: training, the models and the global
// trainer's own beam are unchanged, and a model trained otherwise may score
// on another scale, so that its threshold must be measured again
// (evalparse -threshold).
//
// # Choosing tags while parsing (stop 20; not adopted)
//
// The parser that "# The tags the tagger nearly chose" called for was built
// and trained (commit 81b597c, reverted by the next): Bohnet and Nivre's
// joint model reduced to two choices. A SHIFT-ALT transition shifts the word
// at the front of the buffer with the tagger's second choice of joint
// UPOS/XPOS tag (tag.Tagger.TagAlternatives gave it with its margin below the
// first), offered where the margin is at most M; every later feature reads
// the tag the hypothesis chose, seven templates read the candidate (the
// second choice alone, with the word, with the first choice and a margin
// bucket, with s0's and n1's tags, and whether s0 took its second choice),
// and training costs a kept wrong tag, or a wrong one taken, one, as an arc.
// The jackknifed copies carried each word's second choice from its fold
// tagger (the gold copies none); the static oracle of global training takes
// SHIFT-ALT exactly where the second choice is right and the first wrong.
// On EWT dev, M = 40 offers a choice for 18.8% of words, and for 2.87% of
// words the second is right where the first is wrong; M = 15: 2.9% and
// 0.88%.
//
// Trained as the shipped parser with -joint -alt-margin M (`go run
// ./nlp/parse/internal/trainparse -data ../shared/data -jackknife 4
// -jackknife-and-gold -wordclass -beam 8 -beam-epochs 8 -minseen 16 -prune
// 1.0 -joint -alt-margin M -out F` at 81b597c), EWT dev, the training log's
// beam of 8 (UAS / LAS with gold tags, then with predicted tags and their
// second choices), against the shipped parser's own training log:
//
//	global epoch          3                    6                    8
//	shipped     89.87 88.21 86.89 83.77  90.08 88.39 87.29 84.13  90.11 88.50 87.37 84.19
//	joint, M 40 89.96 88.34 87.00 83.90  90.25 88.60 87.10 83.93  90.29 88.67 87.22 84.11
//	joint, M 15 89.93 88.21 87.02 83.85  90.23 88.57 87.35 84.16  90.35 88.69 87.36 84.18
//
// and searched as shipped (beam 4, ShippedThreshold): M 40 UAS 87.17 LAS
// 83.95, M 15 87.11 / 83.93, against the shipped 87.42 / 84.32. The parser
// took the second choice for 362 words (M 40) and 181 (M 15), and the joint
// tag was then right for 94.28% and 94.35% of words, against the tagger's
// 94.28%: it tells the right tag from the wrong one no better than the
// tagger's own second pass, which has already seen the words on both sides.
// What the parser adds, the partial tree to the left, does not decide these
// tags. Nothing was adopted; the switch, the second choices and the eighth
// transition were removed again, so the shipped parser's state and features
// are as before.
//
// # A graph-based member (stop 20; not adopted)
//
// A first-order graph-based parser (McDonald, Crammer and Pereira 2005: every
// arc scored at once from hashed features of the two words, their tags,
// surrounding and in-between tags and GloVe classes, 2^22 averaged weights
// trained with passive-aggressive updates, decoded with Eisner's algorithm;
// commit 0ead1e0, reverted by the next) was built as an ensemble member whose
// errors would differ from the transition parsers'. Trained on the shipped
// parsers' jackknifed and gold training set in 6.5 s an epoch, it scores
// 83.29 UAS on EWT dev with predicted tags (82.81 with perceptron updates)
// and adds nothing to the shipped pair's reparse (evalensemble -members
// shipped,r2l-final-punct:..., graph:F -r2l-beam 4 -normalize -soft 2 -temp
// 15 -beam-temp 20: 87.77 / 84.60 against 87.76 / 84.55; with 1-best votes
// 87.78 / 84.63), two of them take the vote (87.29), and beside the four
// members below it adds +0.02. A first-order model is too weak a voter; a
// second-order one was not built.
//
// # Four members (stop 20)
//
// The global parsers' training starts from 12 greedy epochs, whose model is
// scored and thrown away. Kept (the same averaged weights, pruned as the
// final model: MinSeen 16, Prune 1.0; TrainPair returns them with the global
// parsers), the greedy left-to-right and right-to-left models are two more
// members whose errors differ from the global ones': greedy search, a
// locally trained model. They cost no training (sitrep train nlp writes
// model/parser-greedy.gz and model/parser-r2l-greedy.gz, 1.8 and 1.7 MB;
// the models now total 25.9 MB with the word classes). EWT dev, gold
// tokenization, predicted tags, vote weights measured on dev (evalensemble -members
// shipped,r2l-final-punct:model/parser-r2l.gz,greedy:model/parser-greedy.gz,greedy-r2l:model/parser-r2l-greedy.gz
// -beam 4 -r2l-beam 4 -dev DEV -normalize -soft S -temp T -beam-temp B DEV):
//
//	members                                            UAS    LAS
//	greedy left to right alone                         85.30  82.22
//	greedy right to left alone                         84.28  81.36
//	shipped pair (Soft 2, Temp 15, BeamTemp 20)        87.76  84.55
//	pair + greedy left to right (best of the grid)     87.64  84.58
//	pair + greedy right to left (best of the grid)     87.65  84.61
//	pair + both greedy, Soft 2, Temp 15, BeamTemp 0    88.00  84.95
//	  Soft 1 / 4, Temp 15                              88.01 / 87.97   84.96 / 84.93
//	  Soft 0 (1-best votes)                            87.95  84.90
//	  Temp 5 / 30, Soft 2                              87.97 / 87.97   84.91 / 84.92
//	  BeamTemp 20, Soft 2                              87.95  84.88
//	pair + a second global left-to-right seed          87.94  84.81   (# A third member; BeamTemp 20)
//	  and the graph-based member above                 88.08  84.92   (1-best votes)
//
// One reading, not measured: with three members the third rarely outvotes
// the global pair, while with four the greedy pair can settle a disagreement
// of the global one by siding with either. The four
// at the settings shipped (Soft 2, Temp 15, BeamTemp 0: DefaultEnsembleConfig)
// gain +0.24 UAS and +0.40 LAS over the pair on dev; the LAS gain passes the
// +0.3 a model change needs and the UAS gain nearly does, for no training
// time, so they were adopted. EWT test, measured once afterwards (`sitrep eval
// nlp --data ../shared/data`, the ensemble line): UAS 87.52 LAS 84.84 →
// **88.02 / 85.28**, past issue 3's bars of 88 and 85 with predicted tags; the
// single parser (87.06 / 84.37), which the rest of sitrep uses, is unchanged.
// From raw text (sitrep's tokenizer and splitter; the ensemble's raw-text line
// of `sitrep eval nlp`, added then): UAS 84.34 LAS 81.74, the single parser
// 83.23 / 80.63.
// Costs: tag+parse 11,300 words a second against 31,900 for the single parser
// in the same run (`sitrep eval nlp`); the whole backbone
// (SITREP_SHARED=../shared go test -run '^$' -bench 'Backbone/(ensemble|left-to-right$)'
// -benchtime 2x -cpu 1 -count 2 ./nlp/) 11,006 and 10,907 tokens per CPU
// second against 28,361 and 28,582 for the single parser, 0.39 of it (the
// pair was 0.53); `sitrep parse --parser ensemble` on EWT test peaked at
// 302 to 313 MB resident, as the pair did (311 MB: the greedy tables, 9 MB
// each, are small beside the global ones' 37), over issue 3's 300 MB. Resident
// memory is about sitrep's heap limit plus the executable's pages in use, so
// the decoded models' embedded bytes are now paged out (internal/evict) and
// the limit is 240 MiB (cmd/sitrep's defaultMemoryLimit, which gives the
// figures): the ensemble 276 to 279 MB, the single parser 228 to 250 MB.
// `sitrep train nlp` rebuilt all seven files byte for byte (cmp) in 22 min
// 37 s wall, 43 CPU minutes, 2.8 GB peak. A member's greedy pass now reads its
// extra feature groups too: ensemble.pass set only the extended ones, so a
// greedy member with the word classes scored without them whenever its pooled
// work buffer was new (TestGreedyMemberPass).
//
// # Uptraining on the sentences written here (stop 29; not adopted)
//
// The ensemble is about a point better than the single parser but three
// times slower; uptraining (Petrov et al. 2010) trains the fast parser on a
// stronger one's trees of text neither saw. The text: the 5,452 sentences
// written for the recogniser (nlp/ner/data/written; the project's own, no
// licence in the way), names unmarked, each its own paragraph, parsed from
// raw text by `sitrep parse --parser ensemble --format conllu` (31 s;
// 5,462 sentences, 101,282 words). TrainConfig.Extra adds such trees to the
// training data once, after the jackknife (their tags are the tagger's
// already); trained as the shipped parser plus them (`go run
// ./nlp/parse/internal/trainparse -data ../shared/data -jackknife 4
// -jackknife-and-gold -wordclass -beam 8 -beam-epochs 8 -minseen 16 -prune
// 1.0 -extra F -out M`; 26 minutes on the shared machine, 37,964 sentences
// against 32,502), EWT dev, gold tokenization (`go run
// ./nlp/parse/internal/evalparse -model M -beam W -threshold T DEV`; UAS /
// LAS with gold tags, then with predicted tags):
//
//	                              shipped                      uptrained
//	training log, global epoch 3  89.87 88.21  86.89 83.77     90.11 88.42  87.21 84.07
//	training log, global epoch 6  90.08 88.39  87.29 84.13     90.39 88.69  87.57 84.36
//	beam 8, no threshold          90.11 88.50  87.37 84.19     90.55 88.89  87.75 84.56
//	beam 8, threshold 200                                      90.62 88.92  87.67 84.48
//	beam 4, no threshold          90.15 88.56  87.31 84.21     90.38 88.69  87.39 84.21
//	beam 4, threshold 200 (as     90.17 88.56  87.42 84.32     90.42 88.72  87.41 84.24
//	  shipped)
//
// At the training width the uptrained parser gains about +0.4 UAS and LAS
// with predicted tags and with gold ones; searched as shipped (beam 4, the
// width issue 3's speed bar allows) the gain is gone with predicted tags
// (−0.01 / −0.08; thresholds 300 and 500 as 0). Beam 8 with the threshold
// keeps most of it but is the width "# A faster beam, same trees" found too
// slow, and even its +0.25 / +0.16 over the shipped dev figures, carried to
// test, would leave the single parser near 87.3 / 84.5, short of 88 / 85.
// Not adopted, and the right-to-left member and the ensemble were not
// retrained; the -extra switch stays for a larger set (uptraining is usually
// measured with a hundred times these words). It is the pattern "# Search
// width, global training variants and the ensemble" found for training
// wider or longer: gains at the training width that a beam of 4 does not
// see. Nor does training the global stage at width 4 with the same extra
// trees (-beam 4; 19 minutes): training log at epochs 3, 6 and 8, width 4,
// predicted tags 87.00 / 83.79, 87.35 / 84.15, 87.22 / 84.03; searched as
// shipped 90.28 / 88.56 gold, 87.35 / 84.15 predicted, under the shipped
// parser's 87.42 / 84.32.
//
// # Training data and licences
//
// The shipped models (model/parser.gz, and model/parser-r2l.gz on reversed
// sentences) were trained by TrainPair (greedy, then global epochs, on gold tags and
// on tags from taggers trained on the other folds of the same data) on
//   - Universal Dependencies English Web Treebank 2.16, train split
//     (CC BY-SA 4.0), and
//   - the GUM corpus train documents listed in gum/splits.md, without the Reddit
//     documents, whose word forms are not distributed (annotations CC BY 4.0;
//     texts under their per-genre licences, see the GUM README).
//
// They were tuned on EWT dev only, and the ensemble's weights (model/ensemble.txt)
// measured on it; EWT test was used for the final figures alone.
package parse
