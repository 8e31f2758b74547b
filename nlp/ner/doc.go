// Package ner recognises named entities — people (PER), organisations (ORG)
// and locations (LOC), the types of Universal NER (UNER) — over tokenised
// sentences. The pipeline tags and parses a sentence before it recognises
// names; sentences given without tags are tagged with the shipped tagger
// first. The events that `sitrep code` finds rest on these names.
//
// # Design
//
//   - A structured averaged perceptron over BILOU labels, with first-order
//     Viterbi decoding restricted to well-formed label sequences. The shipped
//     weights are the sum of five perceptrons, each trained over its own
//     shuffles of the data: one perceptron's result depends much on the
//     order it saw the data in.
//   - Features: the word and its neighbours, shapes, affixes, sentence
//     casing, word clusters and a capitalisation prior induced from
//     unlabelled text, the GloVe word classes of nlp/wordclass (rarer words'
//     nearest classes included), part-of-speech tags from nlp/tag, the run
//     of capitalised words around the word, and compact gazetteers (GeoNames
//     places, PETRARCH/Phoenix people and organisations, ICEWS country names,
//     and the words that often end organisation and place names).
//   - The training sentences carry the tags the shipped tagger predicts for
//     them, as at run time, so a new tagger means a retrained model.
//   - The gazetteers and clusters travel inside the model file; the GloVe
//     classes are looked up at feature time (the model records in its flags
//     word that it uses them, and [Read] refuses flag bits it does not know).
//     The clusters come from the text of UD EWT and GUM only: the news
//     corpora's licences allow research use only, and the clusters ship.
//   - Person names lose leading titles ("Dr Joseph" → "Joseph"), as UNER
//     marks them. An all-capital word in brackets right after a name takes
//     the name's type (after PER or LOC only when it spells the initials).
//   - The decoder subtracts a bias from the first label of every name, PER
//     and LOC 40, ORG 80 (defaultConfig.bias): sitrep's own annotation names
//     more than UNER's annotators do, and a model trained on it finds names,
//     organisations above all, that UNER leaves untagged. The bias changes no
//     weight.
//   - [Recognizer.RecognizeDocument] adds a document-level pass that marks
//     recurrences of names found elsewhere in the same document.
//
// Changes are judged by five-fold cross-validation over UNER EWT dev
// documents and GUM dev, on two seeds: one is adopted when it gains more than
// +0.3 on the mean of the two on both seeds, neither column losing on both.
// UNER EWT test and UNER PUD test are only measured, once, after a change
// passes; a gain in cross-validation followed by a loss on both test sets is
// no evidence, and such a change is not shipped.
//
// # What ships
//
// model/ner.bin.gz (embedded; 4,289,943 bytes) is built by [Train] from UNER
// English EWT dev; sitrep's own annotation of UD EWT train
// (data/ewt-train-names.tsv, 7,506 names) and of 3,389 news sentences from
// NewsMTSC and ECB+ (data/news-names.tsv, 7,079 names), both made by helper
// agents after a blind calibration on UNER EWT dev (data/calibration); 5,452
// sentences written for sitrep with their names marked (data/written, twelve
// files, 8,028 names); GUM's train and dev documents; the gazetteers; and the
// GloVe classes. The syntactic features (syntax.go), jackknifed tags
// (jackknife.go) and CRF training (crf.go) are in the code, switched off.
//
// Five-fold cross-validation, mean F1, GUM dev scored by all five fold
// models: CV dev 77.26, GUM dev 77.43, mean 77.35 (seed 2: 77.47, 77.02,
// 77.25):
//
//	SITREP_SHARED=/work/shared SITREP_NER_TUNE=1 NER_FOLDS=5 NER_GUM_ALL=1 [NER_SEED=2] go test -run TestTune -v ./nlp/ner/
//
// The test sets, exact-span F1 sentence by sentence (by document 76.06 and
// 76.05); both meet issue 3's bar of 75, and TestAccuracy holds both to it:
//
//	SITREP_SHARED=/work/shared go test -run TestAccuracy -v ./nlp/ner/
//
//	              F1      P      R     PER    ORG    LOC
//	EWT test   75.99  76.35  75.64  84.48  58.54  80.74
//	PUD test   75.92  76.32  75.53  85.00  55.31  76.73
//
// Downstream, with this model (`sitrep code`, scored with score_events.py):
// seeds P 0.853 R 0.967 F1 0.906; FA-KES development set 62 matched, 5 false
// positives; test set 42, 6. Speed, measured when the GloVe classes were
// added: about 295,000 tokens per CPU second (BenchmarkRecognizeTagged,
// -cpu 1), plus about 100 ms to load the classes once.
//
// # Retraining
//
// Retrain after any change to the training data, the features or the tagger
// (the recogniser learns from its tags). Training is deterministic (twice
// the same bytes) and took 1 min 29 s for the shipped model; `sitrep train
// nlp` rebuilds it with the other NLP models:
//
//	go run ./nlp/ner/internal/nertrain -data $SITREP_SHARED/data -out nlp/ner/model/ner.bin.gz
//
// The EWT train and news annotations hold sentence ids or text hashes and
// spans, no text; TestNewsNames and TestWritten check that every name still
// starts and ends on a token.
//
// # Known weaknesses
//
//   - Organisations: ORG F1 58.54 on EWT test and 55.31 on PUD test, whose
//     organisations are found under half the time (recall 47.66). Misses
//     have been mostly companies, products and services no list holds.
//   - The gold is noisy on ORG: UNER's own two annotators agree on ORG at F1
//     0.64, and sitrep's annotators tag more names than UNER's.
//   - Cross-validation has not always foreseen the test sets: GUM test with
//     organisation replacement and a stronger bias, jackknifed tags and word
//     classes in context all gained on the folds and lost on PUD test (the
//     first and last on EWT test too).
//     Why the rarer words' classes gain on GUM dev and not on EWT's web text
//     was not looked into.
//
// NOTES.md in this directory holds every experiment and measurement behind
// these choices, with the tables, commands and what was tried and dropped.
package ner
