// Package ner recognises named entities — people (PER), organisations (ORG) and
// locations (LOC), the types of Universal NER — over tokenised sentences.
//
// The recogniser is a structured averaged perceptron over BILOU labels with
// first-order Viterbi decoding restricted to well-formed label sequences; the
// shipped weights are the sum of five such perceptrons, each trained over its
// own shuffles of the data (one perceptron's result depends much on the order
// it saw the data in). Its features are the word and its neighbours, shapes,
// affixes, sentence casing, word clusters and a capitalisation prior induced
// from unlabelled text, part-of-speech tags from nlp/tag, the run of
// capitalised words around the word (its first and last words, its length,
// the words around it), and compact gazetteers: countries, first-level
// regions and cities from GeoNames; people and organisations from the
// PETRARCH/Phoenix actor dictionaries; country names from the ICEWS codebook;
// and the words that often end organisation and place names in those lists
// ("committee", "corporation"; "province", "river"). The gazetteers and the
// clusters travel inside the model file. Sentences given without tags are
// tagged with the shipped tagger first (the pipeline tags before it
// recognises). Person names lose leading titles ("Dr Joseph" → "Joseph"), as
// UNER marks them. [Recognizer.RecognizeDocument] adds a document-level pass
// that marks recurrences of names found elsewhere in the same document.
//
// The shipped model (model/ner.bin.gz, embedded) is built by [Train] from:
//
//   - Universal NER English EWT dev (CC BY-SA 4.0), the only UNER EWT file with
//     labels available here;
//   - sitrep's own annotation of UD EWT train (data/ewt-train-names.tsv; below);
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
package ner
