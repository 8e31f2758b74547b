// Package ner recognises named entities — people (PER), organisations (ORG) and
// locations (LOC), the types of Universal NER — over tokenised sentences.
//
// The recogniser is a structured averaged perceptron over BILOU labels with
// first-order Viterbi decoding restricted to well-formed label sequences; the
// shipped weights are the sum of five such perceptrons, each trained over its
// own shuffles of the data (one perceptron's result depends much on the order
// it saw the data in). Its features are the word and its neighbours, shapes,
// affixes, sentence casing, word clusters and a capitalisation prior induced
// from unlabelled text, the GloVe word classes of nlp/wordclass (of the word,
// its neighbours and a capitalised run's ends; see GloVe word classes below),
// part-of-speech tags from nlp/tag, the run of
// capitalised words around the word (its first and last words, its length,
// the words around it), and compact gazetteers: countries, first-level
// regions and cities from GeoNames; people and organisations from the
// PETRARCH/Phoenix actor dictionaries; country names from the ICEWS codebook;
// and the words that often end organisation and place names in those lists
// ("committee", "corporation"; "province", "river"). The gazetteers and the
// clusters travel inside the model file; the GloVe classes do not (the model
// records only that it uses them). Sentences given without tags are
// tagged with the shipped tagger first (the pipeline tags before it
// recognises). Person names lose leading titles ("Dr Joseph" → "Joseph"), as
// UNER marks them. An all-capital word in brackets after a name takes the
// name's type, and the decoder holds back a little on names, organisations
// most (see Organisations below). [Recognizer.RecognizeDocument] adds a document-level pass
// that marks recurrences of names found elsewhere in the same document.
//
// The shipped model (model/ner.bin.gz, embedded) is built by [Train] from:
//
//   - Universal NER English EWT dev (CC BY-SA 4.0), the only UNER EWT file with
//     labels available here;
//   - sitrep's own annotation of UD EWT train (data/ewt-train-names.tsv; below);
//   - sitrep's own annotation of news sentences from NewsMTSC and ECB+
//     (data/news-names.tsv; "News sentences, annotated here" below);
//   - 5,452 sentences of news, encyclopaedic and web prose written for
//     sitrep with their names marked (data/written; "Sentences written
//     here" below);
//   - GUM's train and dev documents (annotations CC BY 4.0; texts under their
//     genres' licences, see GUM's LICENSE.txt): entity mentions of type person,
//     organization and place mapped to PER, ORG and LOC, keeping only named
//     mentions (the proper-noun chunk around a proper-noun head; titles such
//     as "President" left outside person names, as UNER does);
//   - gazetteers from GeoNames (CC BY 4.0, attribution to GeoNames), the
//     PETRARCH2/Phoenix dictionaries (MIT, Open Event Data) and the ICEWS
//     country names of text_to_CAMEO (MIT);
//   - word clusters and capitalisation classes induced from the unlabelled text
//     of UD EWT train and dev (CC BY-SA 4.0) and GUM train and dev. The news
//     corpora under shared/data/corpora are not used: their licences allow
//     research use only, and the clusters ship inside the model. (With them the
//     model reached PUD F1 60.1; without them 57.3. EWT test is unchanged.)
//   - the GloVe word classes of nlp/wordclass (150,000 words in nested
//     classes, and the rarer words' nearest classes, wordclass.LookupRare;
//     classes from k-means over the GloVe 6B vectors, trained on Wikipedia
//     and Gigaword; PDDL, see NOTICE), read at feature time.
//
// The training sentences carry the tags the shipped tagger predicts for them
// (on GUM train, which the tagger was trained on, those are near gold).
//
// Tuning used five-fold cross-validation over UNER EWT dev documents and GUM's
// dev split, before GUM dev joined the final training. UNER EWT test and UNER
// PUD test were used only to measure the result (see accuracy_test.go).
//
// Measured with five-fold cross-validation on UNER EWT dev (mean F1) and on
// GUM dev, then on the test sets (`SITREP_SHARED=/work/shared go test -run
// TestAccuracy -v ./nlp/ner/`, sentence by sentence):
//
//	                                    CV dev  GUM dev  EWT test  PUD test
//	before                               68.76    63.51     67.92     58.35
//	+ titles, POS, runs, 5 models        69.22    64.69     67.93     62.97
//	+ name-ending words                  69.59    64.80     68.70     62.43
//	+ EWT train annotated here           72.82    67.87     73.08     68.31
//	+ bracketed acronyms, negative bias  73.74    66.98     73.47     67.88
//	+ news sentences annotated here      74.06    70.62     73.48     69.81
//	+ GUM test, organisations replaced,  75.08    70.96*    73.25     69.29
//	  bias −120 on every type (not shipped)
//	news row + GloVe word classes        75.36    72.43*    75.45     72.64
//	  + classes of rarer words           75.87    74.64*    74.66     74.14
//	  + bracketed acronyms retagged      75.93    76.30*    75.99     74.66
//	+ sentences written here (shipped)   77.26    77.43*    75.99     75.92
//
// (* the mean of the five fold models on GUM dev, the steadier figure the
// later tables use; the news row's is 69.80 by that count.)
//
// # EWT train, annotated here
//
// UNER annotated EWT's training split as well, but that file is not in the
// shared data (shared/data/SOURCES.md: "en_ewt-ud-train.iob2 is NOT staged"),
// so the recogniser had 2,001 sentences of the web genre it is tested on. On
// 2026-12-05 four annotators (the project's helper agents, not people) tagged
// PER, ORG and LOC in the 5,308 EWT train sentences that have a proper noun
// (99,309 words; 7,506 names: 2,898 PER, 1,800 ORG, 2,808 LOC — UNER's own
// train statistics count 2,874 / 1,436 / 2,712), each a quarter of the
// documents in order, following a written summary of the UNER guidelines and
// the most frequent names per type of UNER EWT dev. Before their quarter, each
// tagged the same 80 UNER EWT dev sentences blind (chosen with
// random.Random(7) among those with a proper noun; the gold file was out of
// their reach); against UNER's gold they score P 0.830–0.838 R 0.957 F1
// 0.889–0.893 (`python3 docs/eval/ner_calibration.py $SITREP_SHARED
// nlp/ner/data/calibration/calib-*.tsv`). Most of their "false positives" are
// names UNER's annotators left untagged (a militant group, a sea, companies),
// so the test gold, made the same way, will count some right names as wrong.
// The file holds sentence ids and word spans only; [readEWTTrainNames] joins
// it with the treebank's words. EWT train's sentences without a proper noun
// are added as naming nothing (ewtAll).
//
// Five-fold cross-validation over UNER EWT dev documents (mean F1) and GUM dev,
// ensemble of 5 (`SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 NER_FOLDS=5
// NER_EWT=N NER_EWT_ALL=0|1 NER_UNER_COPIES=K go test -run TestTune -v
// ./nlp/ner/`); chosen by the mean of the two columns, GUM dev standing in for
// news, which PUD is closer to:
//
//	                                      CV dev  GUM dev  mean
//	without EWT train (before)             69.59    64.80  67.20
//	EWT train once                         72.49    66.06  69.28
//	EWT train twice                        72.58    65.77  69.18
//	once, UNER dev once (not twice)        72.93    65.67  69.30
//	twice, UNER dev once                   72.07    66.27  69.17
//	once + sentences without names         72.82    67.87  70.35  (adopted)
//	  and UNER dev once                    72.31    66.77  69.54
//	  and UNER dev once, 12 epochs         72.44    66.77  69.61
//	  and UNER dev once, no lower-casing   73.33    65.18  69.26
//	twice + without names, UNER dev once   72.37    66.97  69.67
//
// Then, once, the test sets (`SITREP_SHARED=/work/shared go test -run
// TestAccuracy -v ./nlp/ner/`, sentence by sentence): UNER EWT test 68.70 →
// 73.08 (PER 82.1, ORG 54.7, LOC 77.5), UNER PUD test 62.43 → 68.31 (PER 79.2,
// ORG 43.9, LOC 68.9). The model file grows from 2.1 to 2.9 MB; training takes
// 35 s instead of about 25 (2 cores, shared).
//
// Tried without gain in cross-validation: 12 epochs, three UNER copies, a
// larger lower-cased share, word dropout, self-training on EWT train, POS
// features only on the UNER sentences, and decode-time biases towards names
// (at most +0.25 mean F1 over a grid, not adopted).
//
// # Organisations
//
// ORG is the weak type (EWT test 54.7, PUD 43.9 with the model above). On the
// held-out folds (5-fold CV over UNER EWT dev, 224 gold organisations), the
// model found 123 exactly, missed 58 outright, gave 19 the right span but
// the type LOC or PER, and cut 24 at other bounds; about half of the spans
// it named ORG were not UNER organisations. What it misses are mostly
// companies, products and web services that no list here holds (Firefox,
// Mozilla, Urchin, Carr Futures, Rodale Books) and acronyms it never saw (CPA,
// eight times in one document); what it adds are acronyms of other things
// (DUI, ADHD, VHS, ISO), brands and services (Eurostar, PayPal, youtube) and
// names that UNER's annotators left untagged in one sentence and tagged in
// the next (Google, Enron, Islamic Jihad, ENA: tagged once, left out four
// times). That last kind is noise in the gold, test files included: UNER's
// own two annotators agree on ORG at F1 0.64 (en_ewt-ud-dev.stats).
//
// Set against UNER dev, the EWT train annotation (ewttrain.go) follows UNER's
// conventions: "US" alone is LOC before a noun and part of the ORG in "US
// Marines" / "US house science committee" in both; names rarely start with
// "the" in either (4 of 224 dev ORGs, 13 of 1,800); the shares of ORGs that
// are one acronym (16% dev, 26% ours), that precede a noun (14%, 21%) and of
// proper nouns left untagged (28%, 21%) lean the same way as the
// calibration: our annotators tag more. On the 80 calibration sentences
// their organisations score P 0.68 R 0.88 (21 of 31; calib-1); most of
// their extra ORGs are names UNER left out (PayPal, Mozilla, google,
// Goldstar.com, Islamic Jihad). Email is the domain where they tag most
// beyond UNER dev (12.8 ORGs per 1,000 words against 6.1), nearly all
// legitimate company and unit names (Enron, ENA, FERC, Questar); no
// convention in the file contradicts UNER's in a way a rule could repair
// (a document-level consistency rule would touch 60 names, mostly rightly
// untagged ones: "Peoples", "South Vietnamese"), so the file is unchanged.
//
// Two changes were adopted. An all-capital word in brackets right after a
// name takes the name's type (after PER or LOC only when it spells the
// name's initials): acronymsInParens. And the decoder subtracts a bias from
// the first label of every name, PER and LOC 40, ORG 80 (defaultConfig.bias;
// 120 on every type was measured later, see More organisations):
// a model trained on an annotation that names more than UNER does finds
// names, organisations above all, that UNER's annotators leave untagged.
// Five-fold CV over UNER EWT dev (mean F1, folds in brackets) and GUM dev
// (the fold-0 model, as above, and the mean over the five fold models, the
// steadier figure): `SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 NER_FOLDS=5
// [NER_BIAS=ALL,ORG] [NER_BIAS_GRID=...] [NER_SEED=2] [NER_NOACRONYMS=1] go
// test -run TestTune -v ./nlp/ner/`:
//
//	                                  CV dev  ORG  (P / R)     GUM dev  GUM dev, 5 models
//	before                             72.82  51.8              67.87
//	+ acronyms in brackets (adopted)   72.93  52.3 (51.1/54.8)  68.07    66.29
//	  + previous word × shape feature  72.43  51.7 (49.9/54.7)  66.07
//	  + the run's two words around it  72.87  50.8 (49.5/53.1)  64.67
//	  + bias ORG +10                   73.09                             65.89
//	  + bias ORG +20                   72.70                             65.64
//	  + bias ORG +40                   72.19                             65.26
//	  + bias ORG −40                   73.24                             66.15
//	  + bias −40, ORG −80 (adopted)    73.74  53.6 (57.5/51.2)  66.98    66.34
//	  + GUM twice (NER_GUM_COPIES=2)   73.15  53.6 (56.7/51.6)  66.98    66.29
//	seed 2: acronyms, no bias          72.21                             65.99
//	seed 2: acronyms, bias (adopted)   72.75                             66.75
//
// Folds: before 74.01 76.46 75.27 64.60 73.76; with acronyms 74.29 76.46
// 75.55 64.60 73.76 (the same models: two more organisations right, nothing
// lost); with the bias too 75.62 77.28 74.77 66.67 74.36 (+1.33 +0.82 −0.78
// +2.07 +0.60 over acronyms alone). The bias grid's neighbours (all, ORG
// beyond all): (−20,−40) 73.44, (−40,−20) 73.26, (−40,−60) 73.49, (−80,−40)
// 73.78, (−120,−20) 73.65: a plateau, not a spike.
//
// # News sentences, annotated here
//
// UNER EWT dev, GUM and EWT train are web text, reviews, interviews and
// encyclopaedic prose; PUD and the articles sitrep reads are news. Two corpora
// of news under shared/data/corpora carry licences that allow training
// shipped weights on them (shared/data/SOURCES.md; the others state none):
// NewsMTSC (MIT; 1,786 distinct sentences of US political news from its two
// devtest files) and the ECB+ subset (CC BY 3.0; 1,603 sentences with a
// capital letter from 89 articles on a prison escape, a bank firebombing,
// piracy off Somalia and a bombing in Sudan). On 2026-12-06 four annotators
// (helper agents, as for EWT train) tagged PER/ORG/LOC in all 3,389 with the
// same written guidelines plus news reminders (titles are not part of a name,
// "White House" LOC as UNER tags it, legislatures and agencies ORG); 7,079
// names (PER 3,876, ORG 1,370, LOC 1,833). Each first tagged the 80
// calibration sentences of UNER EWT dev blind: F1 0.884–0.889 against UNER's
// gold (P 0.822–0.830, R 0.957), as the EWT train annotators did. The file
// (newstrain.go) keys a sentence by a hash of its text and holds byte offsets,
// no text, so that it survives tokenizer changes; TestNewsNames checks that
// every sentence is found and every name still starts and ends on a word.
//
// Cross-validation as above (`SITREP_SHARED=/work/shared SITREP_NER_TUNE=1
// NER_FOLDS=5 NER_NEWS=N go test -run TestTune -v ./nlp/ner/`):
//
//	news sentences              CV dev  ORG    GUM dev
//	none (before)                73.74  53.6    66.98
//	once (adopted)               74.06  54.4    70.62
//	twice                        73.76  54.0    70.39
//
// The decode bias re-checked with them (NER_BIAS_GRID=-80,-60,-40,-20,0, mean
// of CV and GUM dev): the shipped (−40, ORG −80) 72.34, the grid's best (−80,
// ORG −100) 72.49, every neighbour within 0.15: unchanged. Then, once, the
// test sets: UNER EWT test 73.47 → 73.48 (ORG 55.1 → 55.5: P 64.0 R 49.1),
// UNER PUD test 67.88 → 69.81 (PER 79.8, ORG 43.6: P 66.7 R 32.3, LOC 70.2).
// The news helps PUD's persons and places, not its organisations: PUD's ORG
// recall stays at a third. Model
// 2.9 → 3.3 MB; training 24 s.
//
// The bias changes no weight (the perceptrons are trained as before; the
// model file differs in its three bias numbers). With both, the test sets,
// measured once (`SITREP_SHARED=/work/shared go test -run TestAccuracy -v
// ./nlp/ner/`, sentence by sentence): UNER EWT test 73.08 → 73.47 (ORG 54.7 →
// 55.1: P 64.3 R 48.1), UNER PUD test 68.31 → 67.88 (ORG 43.9 → 43.2: P 65.0
// R 32.3). PUD, news like the seeds, lost: its organisations are many and
// the bias costs recall there, as GUM dev's fold-0 model (68.07 → 66.98)
// hinted while the five-model mean (66.29 → 66.34) did not. PUD's ORG recall
// of 32% is now the largest gap; to undo the bias, set defaultConfig.bias to
// zero (no retraining of weights needed, but `sitrep train nlp` rebuilds the
// file).
//
// # Syntactic features
//
// The pipeline tags and parses a sentence before it recognises names, so the
// recogniser could read the dependency tree: "X said" (X the nsubj of "say"),
// "visited X" (obj), "in X" (the case word of X). syntax.go adds three groups
// of features, read off the tree the shipped parser (parse.Load) predicts —
// training sentences are tagged and parsed by the shipped tagger and parser,
// as at run time, never given gold trees; sentences that reach Recognize
// without a tree (IOB2 input) are tagged and parsed first:
//
//   - token (NER_SYNTAX bit 1): the word's relation, with its head's lemma
//     and with its head's relation;
//   - run (bit 2): the name head — the word a flat/compound run hangs from —
//     its relation, and the lemma and part of speech of the word governing it
//     with that relation, each with the word's capitalisation;
//   - case (bit 4): the name head's "case" child ("in", "of", "from", "'s")
//     or none, alone and with the governing word's lemma;
//   - variants: bit 8, the features only on capitalised words and proper
//     nouns; bit 16, the token group with the head's part of speech instead
//     of its lemma.
//
// Five-fold cross-validation over UNER EWT dev and GUM dev scored by all five
// fold models (the steadier figure; the fold-0 model alone gives the usual
// 70.62 for the baseline): `SITREP_SHARED=/work/shared SITREP_NER_TUNE=1
// NER_FOLDS=5 NER_GUM_ALL=1 NER_SYNTAX=N go test -run TestTune -v
// ./nlp/ner/`, UNER folds in order:
//
//	NER_SYNTAX                   CV dev  ORG   GUM dev  mean   CV folds
//	0 (baseline)                  74.06  54.4    69.80  71.93  76.61 78.87 75.06 63.35 76.42
//	7 token + run + case          74.45  54.8    69.79  72.12  76.61 77.28 75.94 65.18 77.21
//	6 run + case                  74.12  54.7    69.65  71.89  76.61 78.01 75.28 64.22 76.46
//	1 token                       74.53  55.3    69.70  72.12  76.51 77.92 75.17 65.75 77.28
//	2 run                         73.75  53.9    69.02  71.39  74.22 77.60 75.11 65.45 76.35
//	4 case                        73.41  54.0    69.80  71.61  75.28 78.44 73.71 64.22 75.41
//	9 token, names only           74.54  54.3    69.32  71.93  77.06 77.49 75.62 63.93 78.60
//	15 all, names only            73.89  55.5    69.24  71.57  77.30 77.89 75.39 61.06 77.78
//	17 token, head's POS          74.27  54.3    68.98  71.63  76.85 78.12 74.61 65.18 76.57
//	seed 2 (NER_SEED=2): 0        74.06  55.8    69.05  71.56  75.72 78.76 75.11 64.52 76.17
//	seed 2: 1 token               73.83  54.8    68.90  71.37  75.06 77.52 74.27 65.47 76.85
//
// None is adopted: the best (7 and 1) gain +0.19 on the mean of the two
// columns, short of the +0.3 asked of a change, with the UNER folds split
// (fold 3, the weakest, gains +1.8 to +2.4; fold 1 loses about 1) and GUM
// dev flat; with another draw of shuffles and clusters (seed 2) the token
// group loses 0.19 instead, so its gain is chance. ORG is CV dev's ORG F1:
// the groups move it by at most 1.1, less than the two seeds' baselines
// differ (54.4, 55.8). Probably the recogniser already has what
// the tree says: the words around a name, their tags and the capitalised
// run cover "said", "in" and "visited" when they sit within two words of the
// name, as they mostly do; the run and case groups alone lose. The code
// stays, switched off (trainConfig.syntax is 0 in defaultConfig; a model
// with the groups records them in its flags word and loads the shipped
// parser), for a parser or data that make it pay. Annotating the training
// sentences with the parser costs about 18 s (once per process while tuning:
// the trees are cached).
//
// # More organisations
//
// PUD's organisations were found a third of the time (recall 32%). Three
// sources of more organisation evidence and one feature were tried, each a
// switch measured by five-fold cross-validation over UNER EWT dev and GUM dev
// scored by all five fold models (`SITREP_SHARED=/work/shared
// SITREP_NER_TUNE=1 NER_FOLDS=5 NER_GUM_ALL=1 [NER_GUM_TEST=1|2]
// [NER_REPLACE=F NER_REPLACE_ORG=1 NER_REPLACE_FROM=0|1]
// [NER_RUN_CLUSTERS=1] [NER_SEED=2] go test -run TestTune -v ./nlp/ner/`);
// the decode bias as shipped then (−40, ORG −80):
//
//   - GUM's test documents (NER_GUM_TEST=1): the 12 of splits.md's "test"
//     whose trees are in shared/data/gum/dep (491 sentences; the others and
//     "test2", GENTLE, are not there), mapped as GUM train is. They are not
//     UNER data, and GUM dev stays held out. NER_GUM_TEST=2 also adds their
//     words to the clusters' text.
//
//   - mention replacement (Dai & Adel 2020; augment.go): copies of a share F
//     of the training sentences that name something, each name replaced by
//     a name of its type drawn with a fixed seed — from the gazetteer
//     sources (NER_REPLACE_FROM=0: 20,301 people and 7,380 organisations of
//     the PETRARCH/Phoenix lists, re-cased from their capitals; 5,569
//     countries, regions and cities of 300,000 people from GeoNames) or from
//     the training data's own names (1). NER_REPLACE_ORG=1 copies only
//     sentences that name an organisation and replaces only organisations.
//
//   - the word clusters of a capitalised run's first and last words
//     (NER_RUN_CLUSTERS=1, fRunLastCluster): "Motorsports" and "Transport"
//     end company names no list holds.
//
// Each alone and together:
//
//	                                        CV dev  ORG   GUM dev  mean
//	baseline (the shipped model above)       74.06  54.4    69.80  71.93
//	GUM test                                 74.17  54.6    70.08  72.13
//	GUM test, in the clusters too            75.03  56.3    68.92  71.98
//	replacement 0.3, all types, lists        73.97  54.8    68.37  71.17
//	replacement 0.3, all types, training     74.18  55.2    69.39  71.79
//	replacement 0.5, ORG only, lists         74.14  55.5    69.88  72.01
//	replacement 0.5, ORG only, training      73.75  55.6    69.47  71.61
//	run clusters                             73.95  54.8    69.67  71.81
//	GUM test + replacement 0.5 ORG lists     73.90  54.7    70.58  72.24
//	seed 2: baseline                         74.06  55.8    69.05  71.56
//	seed 2: GUM test                         73.93  55.0    69.58  71.76
//	seed 2: GUM test + replacement ORG       74.57  56.4    69.20  71.89
//
// Replacing every type costs persons and places on GUM dev (PER 77 → 74,
// LOC 69.5 → 67.5 with the lists: their people are foreign office holders
// and their places cities, unlike GUM's); replacing organisations only
// raises CV's ORG F1 by about a point, recall most (51.7 → 53.1 from the
// lists, 55.1 from the training names, whose precision falls). GUM test
// gains 0.20 with both seeds, short of +0.3 alone; with the organisation
// replacement it gains 0.31 and 0.33 (seed 2 against seed 2's baseline).
//
// The bias, re-checked on this footing (NER_BIAS_GRID=-160,-120,-80,-40,0;
// cell "all, ORG beyond all"; mean of CV and GUM dev), wants more restraint
// on every type and no extra for organisations, on both seeds:
//
//	                                     (−40,−80) shipped  (−120,0)  (−80,−40)  (−80,0)  (−160,0)
//	baseline                                  71.93           72.52      72.47     72.40
//	seed 2: baseline                          71.55           72.39      71.99     72.18     72.09
//	replacement 0.5 ORG lists                 72.01           72.67      72.27     72.24
//	GUM test + replacement 0.5 ORG lists      72.24           73.02      72.63     72.69     72.89
//	seed 2: GUM test + replacement            71.88           73.02      72.59     72.57     72.45
//
// (Blank: not in that run's grid.) Chosen by cross-validation (branch
// nergum): GUM test, organisation replacement from the lists (half the
// sentences that name one) and a bias of −120 on every type: mean 73.02 (CV
// 75.08, GUM dev 70.96), +1.09 over the shipped model and +0.50 over the
// baseline with the same bias; with seed 2, 73.02 (CV 75.92, ORG 57.2; GUM
// dev 70.11): +1.47 and +0.63. The bias was picked on the same folds that
// judge it, so these gains are optimistic. `NER_GUM_TEST=1 NER_REPLACE=0.5
// NER_REPLACE_ORG=1 NER_BIAS=-120,0` is that configuration; the plain
// TestTune run is the shipped one. Its model: 3.33 → 3.49 MB; `go run ./nlp/ner/internal/nertrain -data
// /work/shared/data -out nlp/ner/model/ner.bin.gz` twice gives the same
// bytes. Then, once, the test sets (`SITREP_SHARED=/work/shared go test -run
// TestAccuracy -v ./nlp/ner/`, sentence by sentence): UNER EWT test 73.48 →
// 73.25 (P 74.7 → 77.8, R 72.3 → 69.2; ORG 55.5 → 55.0), UNER PUD test 69.81
// → 69.29 (P 72.2 → 75.7, R 67.5 → 63.9; ORG 43.6 → 45.1: P 68.7 R 33.6);
// by document 73.45 → 73.75 and 69.59 → 69.54. The test sets do not follow
// cross-validation here: the bias trades recall for precision, and their
// gold, like UNER dev's, names fewer things than our annotators do, but less
// so than cross-validation says. PUD's organisations gain a point and a
// half, not the recall they lack. The seed event score is unchanged (P
// 0.806 R 0.833 F1 0.820).
//
// Not shipped. The branch committed the model; on main it was taken back
// (defaultConfig and model/ner.bin.gz as before), a decision that looked at
// the test sets and is recorded as such: a model that loses on both of the
// bar's test sets, after a gain in cross-validation that rests mostly on a
// bias chosen on the same folds, is no better evidence of a better
// recogniser than the one shipped. GUM test and the organisation replacement
// alone gained +0.31 and +0.33 at the shipped bias, about the seed-to-seed
// spread (0.37), and were not tried on the test sets.
//
// What the model gets wrong about organisations, on the held-out folds
// (NER_SHOW=uner-ewt-dev-heldout NER_CONFUSION=1, before these changes;
// 224 gold ORGs: 117 exact, 62 missed, 22 typed PER, 15 typed LOC, 10 cut
// at other bounds): companies and services typed as persons or places
// (Walmart, Hewitt, Marathon, Azurix, Cracker Barrel, United Way, Malcolm
// Smith Motorsports) and one blog document's Google, Mozilla and Firefox,
// missed 18 times although Google is in the Phoenix list; its extra
// ORGs are services and brands UNER leaves untagged (Eurostar four times,
// PayPal, youtube) and acronyms of other things (DUI, VHS, LNG). The run
// clusters were the general feature this suggested; they did not pay.
//
// # GloVe word classes
//
// The word clusters above are induced from the treebanks' own text (about
// 300,000 words), so they know no word the training data lacks; the names
// the recogniser misses are mostly such words (companies, towns, militias).
// nlp/wordclass gives 150,000 words classes from k-means over the GloVe 6B
// vectors (6 billion words of Wikipedia and Gigaword newswire): 32 coarse ⊃
// 512 mid ⊃ 4,096 fine. "Mozilla" and "PayPal" share a fine class; "Aleppo"
// and "Homs" a coarse one. Three groups of features read them
// (trainConfig.wordclass, NER_WORDCLASS bits; features.go):
//
//   - token (1): the word's fine, mid and coarse class (or "none" outside the
//     150,000), its mid class with its shape, its fine class with its
//     capitalisation;
//   - neighbours (2): the previous and next words' mid classes;
//   - run (4): the mid and fine classes of a capitalised run's first and
//     last words, with the word's place in the run (as fRunLastCluster).
//
// The classes are looked up at feature time, not stored in the model file
// (3.33 → 3.45 MB, the extra weights); a model with them is written as
// version 3 ("sitrep-ner-3") with the groups in its flags word, so that a
// binary from before refuses it, and Read refuses flag bits it does not know.
//
// Five-fold cross-validation over UNER EWT dev and GUM dev scored by all five
// fold models, the decode bias as shipped (−40, ORG −80):
// `SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 NER_FOLDS=5 NER_GUM_ALL=1
// NER_WORDCLASS=N [NER_SEED=2] go test -run TestTune -v ./nlp/ner/`, UNER
// folds in order; GUM dev's types are the five models' mean:
//
//	NER_WORDCLASS         CV dev  ORG   GUM dev  mean   CV folds                        GUM PER  ORG  LOC
//	0 (baseline)           74.06  54.4    69.80  71.93  76.61 78.87 75.06 63.35 76.42     75.6  57.2  69.8
//	7 all three (adopted)  75.36  56.0    72.43  73.90  76.04 81.23 77.38 66.06 76.10     80.2  54.6  73.3
//	1 token                75.68  55.8    71.96  73.82  76.72 80.82 77.20 67.27 76.39     80.3  53.2  72.7
//	seed 2: 0              74.06  55.8    69.05  71.56  75.72 78.76 75.11 64.52 76.17
//	seed 2: 7              75.87  56.5    72.17  74.02  79.12 81.33 76.40 66.06 76.46     80.0  53.7  73.2
//
// (The baselines are those of the Syntactic features table; seed 1's was
// rerun here and gave the same figures.)
// All three groups (7) are adopted: +1.97 on the mean of the two columns
// (+1.30 CV, +2.63 GUM dev), +2.46 with seed 2 against seed 2's baseline,
// far beyond the +0.3 asked of a change and the baselines' seed-to-seed
// spread (0.37). With seed 1 three UNER folds gain 2.3 to 2.7 and two lose
// (−0.57, −0.32); with seed 2 all five gain (+0.3 to +3.4). The token group alone does nearly as well (73.82); the
// neighbours and run groups add 0.08, within noise, and stay because GUM dev,
// the news stand-in, prefers them (72.43 against 71.96). Persons and places
// gain most (GUM PER +4.6, LOC +3.5); GUM's organisations lose 2.6 while
// CV's gain 1.6: the classes are topical, and a company's name probably
// shares its class with the products and places it is named after.
//
// The decode bias re-checked with the classes (NER_BIAS_GRID=-120,-80,-40,0;
// mean of CV and GUM dev): the shipped (−40, ORG −80) 73.90; the grid's best,
// (0, ORG −40), 74.06; its sixteen cells span 73.44–74.06: unchanged.
//
// Then, once, the test sets (`SITREP_SHARED=/work/shared go test -run
// TestAccuracy -v ./nlp/ner/`, sentence by sentence): UNER EWT test 73.48 →
// 75.45 (P 76.2 R 74.7; PER 84.2, ORG 55.5 → 57.7: P 63.1 R 53.1, LOC 79.4),
// UNER PUD test 69.81 → 72.64 (P 74.5 R 70.9; PER 79.8 → 82.5, ORG 43.6 →
// 47.2: P 68.0 R 36.2, LOC 70.2 → 73.2); by document 75.50 and 72.46. EWT
// test reaches the bar of 75; PUD's organisations gain about four points of recall
// and are still the largest gap. The seed event score is unchanged (P 0.806
// R 0.833 F1 0.820). `go run ./nlp/ner/internal/nertrain -data
// /work/shared/data -out F` twice gives the same bytes.
//
// Cost: the recogniser alone (BenchmarkRecognizeTagged, -cpu 1, a loaded
// 2-core machine, three runs each) about 345,000 → 295,000 tokens per CPU
// second (−15%: a map lookup and eleven features a word), and the classes'
// one-time load (about 100 ms) when the model is read. With the switch off,
// the same benchmark with the model before (319,000–372,000 on main,
// 327,000–349,000 on the branch) showed no difference beyond noise.
//
// Not tried: the classes in the tagger the recogniser reads its tags from.
// Some names the classes were meant for are not among the 150,000 ("Raqqa",
// "Hasakah" have no class): see the next section.
//
// # Rarer words' classes
//
// nlp/wordclass's rare tier (wordclass.LookupRare) gives the 191,479 rarer
// words of the vectors (ranks 150,001 to 341,479) the fine class of their
// nearest fine-class centroid, the 150,000's classes unchanged ("Raqqa" and
// "Hasakah" fall in Aleppo's coarse class). The switch wcRare (flag bit 9,
// NER_WORDCLASS bit 8) makes all three groups read it; a model with it is a
// version 3 file that binaries from before refuse (unknown flag). Same
// cross-validation as above, against the shipped 7, whose figures this
// branch reran and reproduced to the hundredth:
//
//	NER_WORDCLASS         CV dev  ORG   GUM dev  mean   CV folds                        GUM PER  ORG  LOC
//	7 (shipped)            75.36  56.0    72.43  73.90  76.04 81.23 77.38 66.06 76.10     80.2  54.6  73.3
//	15 rare tier too       75.87  55.9    74.64  75.26  78.24 81.33 76.58 66.36 76.81     83.4  53.3  76.4
//	seed 2: 7              75.87  56.5    72.17  74.02  79.12 81.33 76.40 66.06 76.46     80.0  53.7  73.2
//	seed 2: 15             75.76  57.5    74.73  75.25  78.68 82.05 76.47 65.14 76.46     83.1  54.1  76.6
//
// +1.36 on the mean (seed 2: +1.23), nearly all of it GUM dev (+2.21,
// +2.56; persons +3.2, places +3.1); CV dev +0.51 and −0.11. That passes the
// rule for adoption (more than +0.3 on both seeds, neither column losing on
// both), so the model was retrained with it (3.45 MB, deterministic: twice
// the same bytes) and the test sets measured, once, sentence by sentence:
// UNER EWT test 75.45 → 74.66 (P 75.5 R 73.8; PER 84.2 → 83.2, ORG 57.7 →
// 56.4: P 61.3 R 52.2, LOC 79.4 → 79.5; by document 75.50 → 74.75), UNER PUD
// test 72.64 → 74.14 (P 76.1 R 72.3; PER 82.5 → 83.5, ORG 47.2 → 49.9: P
// 71.4 R 38.3, LOC 73.2 → 74.9; by document 72.46 → 74.07). The seed event
// score is unchanged (P 0.806 R 0.833 F1 0.820).
//
// The branch left the switch off because EWT test fell under its bar of 75,
// which the tests held. The lead shipped it (stop 16): the rule for adoption
// was set before the test sets were seen and the cross-validation passed it
// on both seeds; the test sets, measured once, split (PUD +1.50, issue 3's
// news-like bar; EWT −0.79) and their mean rises (74.05 → 74.40). The
// precedent of "More organisations" — a cross-validated gain followed by a
// loss on both test sets is no evidence — does not apply to a split; choosing
// the configuration that keeps EWT over its bar would be choosing on the test
// sets. So defaultConfig has wcAll | wcRare, model/ner.bin.gz is
// `go run ./nlp/ner/internal/nertrain -data $SITREP_SHARED/data -out F`
// (3,448,945 bytes, the helper's model byte for byte), and accuracy_test.go's
// floors are 74 on both sets: neither reaches issue 3's 75. The events do not
// move: seeds P 0.806 R 0.833, FA-KES development set 29 matched / 6 false
// positives, test set 21 / 7, as before (docs/eval/fakes-events.md). Why
// GUM dev's gain does not carry over to EWT's web text was not looked into
// (unexamined guess: its rare words are more often misspellings than names).
// The decode bias re-checked with the switch, on the folds only
// (NER_WORDCLASS=15 NER_BIAS_GRID=-120,-80,-40,0, mean of CV and GUM dev): the
// shipped (−40, ORG −80) 75.25; seed 1's best cell (0, ORG −40) 75.62, +0.37,
// but on seed 2 the same cell gives 75.36 (+0.11) and seed 2's best (−40,
// ORG −40) 75.46 (+0.21): a plateau whose top moves with the seed, under the
// +0.3 on both seeds that a change needs, so the bias stays.
//
// # The GloVe tagger's tags (stop 17)
//
// The recogniser reads nlp/tag's tags (pos: true), so when the tagger with
// GloVe classes shipped (nlp/tag, "GloVe classes shipped"), the model was
// retrained on that tagger's tags with nothing else changed (`go run
// ./nlp/ner/internal/nertrain -data $SITREP_SHARED/data -out F`, 33 s; 3,447,866
// bytes) — a consequence of the tagger's adoption, not a choice made on the
// recogniser's test sets, which were then measured once (`go test -run
// TestAccuracy -v ./nlp/ner/`): UNER EWT test 74.66 → 75.66 (P 76.6 R 74.7;
// PER 83.2, ORG 56.4 → 59.3, LOC 79.9), UNER PUD test 74.14 → 74.70 (P 76.6
// R 72.9; PER 84.4, ORG 49.6: recall still 38.3%, LOC 75.6). EWT is over issue
// 3's bar of 75 again and PUD 0.3 under it; accuracy_test.go's floors are 75
// and 74. The folds agree (five-fold cross-validation as above, shipped
// configuration; mean of CV dev and GUM dev): 75.26 → 76.12 (seed 2: 75.25 →
// 76.08).
//
// The syntactic groups (# Syntactic features) were measured again with the new
// parser, which the section left them waiting for (NER_SYNTAX=1 and 7; CV dev,
// GUM dev, mean):
//
//	NER_SYNTAX     seed 1                  seed 2
//	0 (shipped)    75.93  76.30  76.12     76.06  76.09  76.08
//	1 token        76.65  75.61  76.13     76.38  75.28  75.83
//	7 all three    76.12  75.62  75.87     76.01  75.18  75.60
//
// The token group gains on the UNER folds (+0.7, +0.3) and loses as much on
// GUM dev; neither setting gains on the mean, so they stay off.
//
// # Jackknifed tags (stop 19; not adopted)
//
// The training sentences are tagged by the shipped tagger, which was trained
// on EWT train and GUM's train documents, two of the recogniser's largest
// sources: on them its tags are nearly gold, on new text a twentieth of them
// are wrong (PROPN against NOUN most of all), so the recogniser may learn to
// trust a tag more than it should. trainConfig.jackknife (NER_JK=K) tags the
// sentences the tagger was trained on with taggers trained on the other K−1
// folds of its data (tag.Jackknife, the parser's jackknife; found by their
// words, case folded, so the lower-cased copies of GUM sentences too; a
// sentence the data holds twice is tagged by a tagger that saw its twin).
// Five-fold cross-validation as above, the shipped configuration otherwise
// (`SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 NER_FOLDS=5 NER_GUM_ALL=1
// NER_JK=4 [NER_SEED=2] go test -run TestTune -v ./nlp/ner/`; CV dev, GUM
// dev, mean; UNER folds):
//
//	                 seed 1                  seed 2                  CV folds (seed 1)
//	shipped          75.93  76.30  76.12     76.06  76.09  76.08     77.83 81.87 76.17 65.12 78.69
//	NER_JK=4         76.77  76.37  76.57     77.54  76.89  77.22     79.29 81.65 78.46 64.73 79.72
//
// +0.45 and +1.14 on the mean, over the +0.3 on both seeds that adoption
// asks, mostly on the UNER folds (ORG 57.0 → 57.5, 56.1 → 58.7). Trained
// (`go run ./nlp/ner/internal/nertrain`: 2 min 54 s, the four taggers
// included; 3,612,324 bytes) and measured once on the test sets (`go test
// -run TestAccuracy -v ./nlp/ner/`, sentence by sentence): UNER EWT test
// 75.66 → 75.71 (P 77.9 R 73.6), UNER PUD test 74.70 → 73.87 (P 76.4 R 71.5;
// PER 84.1, ORG 47.9, LOC 74.7; by document 73.67). PUD, the news-like set
// and the one under its bar, loses on every type, and the mean of the two
// test sets falls (75.18 → 74.79): by the precedent of "More organisations",
// a gain in cross-validation that the test sets do not show is no evidence,
// so the switch stays off and model/ner.bin.gz is unchanged. A guess, not
// measured: the tagger is more often right on PUD's edited prose than on web
// text, so a recogniser taught to doubt its tags loses there what it gains
// on EWT. Other settings tried on the same folds (mean of CV dev and GUM
// dev, seed 1; shipped 76.12): nine perceptrons (NER_ENS=9) 76.23, twelve
// epochs 75.96, six 75.97, GUM's test documents (NER_GUM_TEST=1) 76.24,
// both 76.24 — none reaches +0.3.
//
// Neither column foresaw PUD's loss, so a third was tried as a stand-in for
// news annotated to UNER's guidelines: each fold's share of the news
// sentences (newstrain.go; ECB+ by article, NewsMTSC by a hash of the
// sentence) held out of training and scored. It rates the shipped
// configuration 92.99 and NER_JK=4 93.10 (seed 1): far easier than PUD
// (names recur across the ECB+ articles on one event and the NewsMTSC
// sentences on the same politicians) and no guide to it, so the switch
// was not kept.
//
// Half-way (stop 20): trainConfig.jackknifeMembers (NER_JK_MEMBERS=M with
// NER_JK=4) trains the last M of the five perceptrons on the jackknifed tags
// and the others on the shipped tagger's, the way the parser ensemble mixes
// global and greedy members, so that the sum may take the jackknifed
// models' gain on web text without their loss on edited prose. M = 2, on
// the same folds: seed 1 CV dev 76.66, GUM dev 75.99, mean 76.33 (+0.21);
// seed 2 76.17, 76.61, 76.39 (+0.31). Under +0.3 on seed 1, so not adopted
// and the test sets were not scored. Likewise trainConfig.noPOSMembers
// (NER_NOPOS_MEMBERS=2: the last two perceptrons trained without the
// part-of-speech features, feature bagging after Sutton et al. 2005): seed 1
// 76.13, 76.07, mean 76.10 (−0.02); seed 2 77.12, 76.02, 76.57 (+0.49). Both
// switches were removed again, as they made training's feature extraction
// harder to follow for nothing shipped; they are at commits af715c0 and
// 14edc06. And a mix of training stages (the last two
// perceptrons trained for 3 epochs instead of 8, a throwaway switch not kept):
// seed 1 75.85, 76.04, mean 75.95 (−0.17); seed 2 76.37, 75.76, 76.07
// (−0.01).
//
// # Acronyms in brackets (stop 21)
//
// The tagger now retags an all-capital word in brackets that it had read as a
// verb or a function word ("(IS)", "(WHO)") as a proper noun (nlp/tag,
// "Acronyms in brackets"). The recogniser trains on the shipped tagger's tags,
// so it was retrained with nothing else changed (`go run
// ./nlp/ner/internal/nertrain -data $SITREP_SHARED/data -out F`; 3,448,487
// bytes), a consequence of the tagger's change decided on the treebanks and
// the events, not on the recogniser's test sets, which were then measured
// once. Five-fold cross-validation (seed 1) is unchanged to the hundredth (CV
// dev 75.93, GUM dev 76.30: the retagged sentences are in the training part
// only). Test sets (`go test -run TestAccuracy -v ./nlp/ner/`, sentence by
// sentence): UNER EWT test 75.66 → 75.99 (P 77.1 R 74.9; ORG 59.3 → 58.6),
// UNER PUD test 74.70 → 74.66 (P 76.4 R 73.0; PER 83.8, ORG 50.3, LOC 75.7): the
// difference a few changed training sentences make to the perceptrons' order of
// updates, and PUD still 0.34 under issue 3's bar.
//
// # Word classes in context (stop 24; not adopted)
//
// The GloVe classes of a word's neighbours stood alone (fWCPrevMid,
// fWCNextMid); a linear model cannot join them to the words around them.
// trainConfig.wordclass bit 16 (wcCtx, NER_WORDCLASS=31 with the shipped 15)
// adds five conjunctions: the mid classes two words away, the previous word
// with this word's mid class ("in" × a town's class), this word's mid class
// with the next word, and the previous and next words' mid classes together.
// Five-fold cross-validation as above (`SITREP_SHARED=/work/shared
// SITREP_NER_TUNE=1 NER_FOLDS=5 NER_GUM_ALL=1 NER_WORDCLASS=N NER_SEED=S go
// test -run TestTune -v ./nlp/ner/`; CV dev, GUM dev, mean; both baselines
// rerun and reproduced to the hundredth):
//
//	NER_WORDCLASS     seed 1                  seed 2
//	15 (shipped)      75.93  76.30  76.12     76.06  76.09  76.08
//	31 in context     76.14  77.34  76.74     76.83  76.19  76.51
//
// +0.62 and +0.43 on the mean, neither column losing on either seed: the rule
// for adoption passed, so the model was retrained (`go run
// ./nlp/ner/internal/nertrain -data $SITREP_SHARED/data -out F`, 48 s;
// 3,889,210 bytes against 3,448,487) and the test sets measured once (`go test
// -run TestAccuracy -v ./nlp/ner/`, sentence by sentence): UNER EWT test 75.99
// → 75.69 (P 76.6 R 74.8; ORG 58.6 → 59.0), UNER PUD test 74.66 → 73.93 (P
// 75.7 R 72.3; PER 83.8 → 83.2, ORG 50.3 → 48.9: recall 37.5%, LOC 75.7 →
// 75.1). Both test sets lose, so by the precedent of "More organisations" the
// gain in cross-validation is no evidence, and model/ner.bin.gz is unchanged.
// The switch is at commit 95856b4 and was removed in the next commit, as
// the jackknife members were. A guess, not measured:
// the folds share documents' vocabulary with their training part (UNER EWT
// dev's folds split documents, but GUM dev's genres are all in GUM train),
// so word × class conjunctions learn names the test sets never repeat.
//
// Tried the same stop without gain on the folds: the word's frequency in the
// GloVe corpus (the log2 band of its rank in the vectors' files, which list
// words by frequency, with its capitalisation and first place, and with its
// shape): seed 1 CV dev 75.54, GUM dev 76.47, mean 76.01 (−0.11); not taken
// further, the code not kept.
//
// # CRF training (stop 26; not adopted)
//
// trainConfig.crf (crf.go; NER_CRF=1) trains each model of the ensemble as a
// first-order linear-chain CRF (Lafferty et al. 2001) by maximum conditional
// likelihood instead of as an averaged perceptron: the same features, the
// same BILOU labels and well-formed sequences (forward–backward over allowed
// transitions only, the start row, canEnd), SGD one sentence a step from
// rate η0 falling as η0/(1+t/N), an L2 penalty λ/2·‖w‖² applied lazily (the
// weights kept as a scale times a vector), 8 epochs, seed as for the
// perceptrons; optionally averaged from an epoch on. The model's file and
// decoding are unchanged. Five-fold cross-validation as above
// (`SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 NER_FOLDS=5 NER_GUM_ALL=1
// NER_CRF=1 NER_CRF_RATE=η0 NER_CRF_L2=λ [NER_CRF_AVG=E] [NER_ENS=N]
// [NER_SEED=2] NER_BIAS_GRID=... go test -run TestTune -v ./nlp/ner/`; one
// CRF, no decode bias unless stated; CV dev, GUM dev, mean; the shipped
// perceptrons' seed-1 row rerun and reproduced to the hundredth, seed 2's
// taken from the tables above):
//
//	                                   seed 1                  seed 2
//	shipped (5 perceptrons, bias)      75.93  76.30  76.12     76.06  76.09  76.08
//	CRF η0 0.1, λ 1                    75.49  75.61  75.55
//	CRF η0 0.3, λ 1                    74.58  76.05  75.32
//	  its best bias cell (−1, ORG −3)  76.37  74.97  75.67
//	CRF η0 0.03, λ 1                   76.04  75.75  75.89     75.96  75.99  75.97
//	CRF η0 0.01, λ 1                   74.91  73.68  74.30
//	CRF η0 0.03, λ 0.3                 75.92  75.69  75.81
//	CRF η0 0.03, λ 1, averaged from 2  76.13  75.40  75.77
//	CRF η0 0.03, λ 1, three CRFs       76.09  75.61  75.85
//
// The decode bias was re-tuned on the folds for each row (NER_BIAS_GRID
// -3,-2,-1,0 for the first three rows, -1,-0.5,0,0.5,1 for the others, and
// -2,-1,0,1 for three CRFs, whose weights are three times as large): no bias
// was best everywhere except at η0 0.3, and that row's best cell (shown) is
// still under the other rows. So the CRF is 0.23 under the perceptrons on
// seed 1 at its best (η0 0.03, λ 1) and 0.11 under on seed 2 (no bias best
// there too), far from the +0.3 on both seeds that adoption asks; the test
// sets were not measured, no model was trained and model/ner.bin.gz is
// unchanged. The switch stays, off, for a later look.
// The CRF does no better on organisations (CV dev ORG 57.4 at its best, the
// perceptrons' 57.0) and is slightly behind on GUM dev in every row.
//
// The grid was screened first on fold 0 alone (NER_FOLDS=1; bias grid
// -2,-1,0 or -2,-1,0,1; fold-0 UNER, GUM dev, mean at no bias, and the best
// cell's mean; the perceptrons there: 77.83, 76.16, 77.00): η0 0.1 with λ 1
// 76.56 75.22 75.89 (best 76.48), λ 3 76.17 74.96 75.57 (75.75), λ 10 74.20
// 73.19 73.69 (74.11), averaged from 2 76.13 75.45 75.79 (76.57), three CRFs
// 76.99 75.78 76.38 (76.38); η0 0.3 with λ 1 76.39 74.26 75.33 (77.04), λ 0.3
// 75.70 74.44 75.07 (76.94), λ 0.1 75.43 74.03 74.73 (76.09), λ 0.3 15
// epochs 75.27 74.22 74.74 (76.15), λ 0.3 averaged from 2 75.27 73.48 74.38
// (76.16); η0 1 with λ 0.3 75.49 73.86 74.67 (75.37); η0 0.03 with λ 1 77.32
// 75.85 76.59 (76.59). A stronger penalty hurt; a smaller rate, which fits
// the training data less (fold 0's log-likelihood summed over the eighth
// epoch's steps −4,376 against −1,572 at η0 0.1), helped down to 0.03.
//
// Cost: one CRF of 8 epochs takes 35–40 s on this loaded 2-core machine
// (4–5 s an epoch: every token's marginals update every label of its
// features), a perceptron about 12 s; a cross-validation run with one CRF
// 4.3–5.5 min, with three 12.6 min, with the five perceptrons 6 min. A guess, not measured: the
// sum of five perceptrons over shuffles already gains what the CRF's
// marginals and penalty offer (smoother, less order-dependent weights),
// and the likelihood, trained on an annotation that names more than UNER
// does, learns those extra names as confidently as the rest.//
// # Sentences written here (stop 29)
//
// Every annotation above is of someone else's text, and the shared data
// holds little news or encyclopaedic prose under a licence that lets
// shipped weights learn from it (3,389 sentences, "News sentences,
// annotated here"); PUD is news and Wikipedia, and its organisations were
// still found under half the time. So the project wrote its own: twelve
// helper agents each wrote about 450 sentences of original prose in
// documents of 3–12 sentences, names marked inline ({ORG Tata Steel}), to
// a written guide that summarises UNER's rules as the annotators' guides
// did (titles and a leading "the" outside, a country LOC even for its
// government, facilities LOC, nationalities, events, products and works
// untagged; organisations at least a third of the names and of every
// kind; people, organisations and places from every continent; one
// sentence in five naming nothing), forbidden to read shared/ and one
// another's files. Six wrote encyclopaedic and news prose (business,
// sport and culture, politics, science and religion, places, history),
// six more the web genres of UNER EWT and news again (customer reviews,
// work email, forum posts, conflict and humanitarian wire copy, modern
// biographies, regional news). The files (data/written, 5,452 sentences,
// 8,028 names: PER 1,623, ORG 3,041, LOC 3,364) are the project's own text;
// written.go reads them through sitrep's tokenizer and keeps a sentence only
// if every name starts and ends on a token (three sentences whose last word
// the tokenizer took for an abbreviation, "{ORG DR}." and "del Mar.", were
// extended; TestWritten holds all to that). Facts in them are real or
// plausible inventions; they teach names in context, not facts. A
// further helper audited 200 sentences drawn at random (seed 29) against
// the guide: of 301 marked names, one spurious ("took an {ORG Uber}"), one
// missed ("the U Sports league"), no wrong type or bounds, and eight calls
// the guide leaves open (a café ORG, a pet PER, "Fatimid caliphate" plain
// where "{LOC Sikh Empire}" is marked); P and R about 0.997 against a
// second reading by the same kind of annotator, which is a check on the
// guide's application, not on UNER's gold (the calibration sentences of the
// earlier annotators were not given to the writers).
//
// Cross-validation as before (`SITREP_SHARED=/work/shared SITREP_NER_TUNE=1
// NER_FOLDS=5 NER_GUM_ALL=1 NER_WRITTEN=N [NER_SEED=2] go test -run TestTune
// -v ./nlp/ner/`; CV dev, GUM dev, mean; the shipped seed-1 row rerun and
// reproduced to the hundredth):
//
//	                                      seed 1                  seed 2
//	shipped                               75.93  76.30  76.12     76.06  76.09  76.08
//	first six files once                  77.29  77.63  77.46     76.35  76.86  76.61
//	first six files twice                 77.16  77.60  77.38
//	all twelve once (adopted)             77.26  77.43  77.35     77.47  77.02  77.25
//
// All twelve gain +1.23 and +1.17 on the mean, every column on both
// seeds, ORG most on recall (CV dev ORG R 54.4 → 58.2 seed 1); the six
// alone gain as much on seed 1 and less on seed 2 (+0.53), so the twelve,
// steadier, were taken. The decode bias re-checked on the folds
// (NER_BIAS_GRID=-80,-40,0, seed 1): the shipped (−40, ORG −80) 77.35, the
// grid's best (−80, ORG −160) 77.61 and (−40, ORG −120) 77.59, the rest
// 77.01–77.56: under +0.3 and chosen on the folds that judge it, so
// unchanged. Then the model was retrained (`go run
// ./nlp/ner/internal/nertrain -data $SITREP_SHARED/data -out F`; 1 min 29 s;
// 3,448,487 → 4,289,943 bytes) and the test sets measured once (`go test
// -run TestAccuracy -v ./nlp/ner/`, sentence by sentence): UNER EWT test
// 75.99 → 75.99 (P 76.35 R 75.64; PER 84.48, ORG 58.6 → 58.54, LOC 80.74),
// UNER PUD test 74.66 → 75.92 (P 76.32 R 75.53; PER 83.8 → 85.00, ORG 50.3
// → 55.31: P 65.88 R 47.66, LOC 75.7 → 76.73); by document 76.06 and 76.05.
// Both now meet issue 3's bar of 75, and TestAccuracy holds both to it.
//
// Downstream (`sitrep code` on the seeds and FA-KES's development and test
// sets, scored with score_events.py): no score changes (seeds P 0.853 R
// 0.967 F1 0.906; FA-KES development 62 matched, 5 false positives; test
// 42, 6). One seed event loses its place "Middle East": "Speaking
// virtually at the Middle East Institute" now names an organisation, as it
// should. All of FA-KES: 3,681 → 3,689 events, most changes names read
// whole ("al-Asharah" for "al", "Deir az-Zour" for "Deir az").
//
// Stop 30: the first round of news written for frame's learned tone
// (frame/data/written's first six files, in this format: 1,935 sentences,
// 3,232 names, PER 684, ORG 841, LOC 1,707; conflict and diplomacy news in
// the voices of outlets that take sides) added as six more files, once: seed 1 77.42 / 77.22, mean 77.32
// against 77.35 — nothing; they stay frame's, and the recogniser keeps
// its twelve files. (ner.WrittenSentences reads them for frame.)
package ner
