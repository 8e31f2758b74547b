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
// Training data of the shipped model (model/tagger.gz): Universal Dependencies
// English Web Treebank 2.16, train split (CC BY-SA 4.0), and the GUM corpus
// documents of its train split (annotations CC BY 4.0; texts under the licence of
// each genre's source), both from $SITREP_SHARED/data. EWT dev chose the number of
// training epochs; no test file was used for training or tuning.
package tag
