// Package tag assigns part-of-speech tags (UPOS and the Penn Treebank XPOS) and
// lemmas to tokenized sentences.
//
// The tagger is an averaged perceptron over one joint UPOS/XPOS tag in two greedy
// left-to-right passes, the second also seeing the first pass's tags of the words
// to the right (trained on jackknifed first-pass output). Its features are hashed:
// the word, its lower case, prefixes and suffixes, shape, the words around it, the
// two tags predicted before it, its hyphen parts, and the ambiguity class of it and
// its neighbours from a tag dictionary of frequent words.
// The lemmatizer looks a form and its XPOS up in a lexicon learned from the
// treebanks and otherwise undoes regular English inflection.
//
// The model is retrained with
//
//	go run ./nlp/tag/internal/train -data $SITREP_SHARED/data -out nlp/tag/model/tagger.gz
//
// (deterministic: fixed shuffling seed, sorted iteration; a few minutes on one core).
//
// # Speed
//
// Tagging a word scores 34 features in the first pass and 40 in the second, and
// the frequent ones (the bias, the previous tags, suffixes, ambiguity classes)
// have weights for many of the 108 tags: the first pass adds about 1,200 weights
// a word on EWT dev, 94% of them from features with 16 tags or more. The cost is
// adding weights and fetching them from memory. Read therefore lays each pass out a second time for
// tagging (fastTable, fast.go) beside the form training and Save use:
//
//   - features with 16 tags or more are dense rows of 112 float32 weights, zero
//     where the feature has none, added with AVX2 or SSE (nlp/internal/vec; plain
//     Go elsewhere): a row costs about what 15 scattered additions do;
//   - a key's index cell (8 bytes) holds the key and the record's offset, and the
//     record holds the classes and weights together, where the training layout
//     reads a key array, a slot array, a start array, a class array and a weight
//     array for every feature;
//   - the lookups of a word's features are done in sweeps before the additions
//     (home cells, then records and every cache line of a dense row), so that
//     their cache misses overlap.
//
// The sums are float32 and keep the plain loop's order, feature by feature, so the
// tags are the same bit for bit (TestTagMatchesReference checks all of EWT dev):
// the int16 weights summed as integers, or partial sums reused across words,
// would round differently and could flip a near-tie. The second layout
// costs about 20 MB. On the shared 2-core development machine (medians of 5 runs,
// CPU time) BenchmarkTagEWTDev went from 77,000 to 190,000 words per CPU second.
//
// Training data of the shipped model (model/tagger.gz): Universal Dependencies
// English Web Treebank 2.16, train split (CC BY-SA 4.0), and the GUM corpus
// documents of its train split (annotations CC BY 4.0; texts under the licence of
// each genre's source), both from $SITREP_SHARED/data. EWT dev chose the number of
// training epochs; no test file was used for training or tuning.
package tag
