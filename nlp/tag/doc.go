// Package tag assigns part-of-speech tags (UPOS and the Penn Treebank XPOS) and
// lemmas to tokenized sentences.
//
// The parser (nlp/parse) reads its tags, nlp/ner trains on them, and the event
// coder reads its lemmas for its light verbs and lists.
//
// # Design
//
// The tagger is an averaged perceptron over one joint UPOS/XPOS tag in two greedy
// left-to-right passes, the second also seeing the first pass's tags of the words
// to the right (trained on jackknifed first-pass output). Its features are hashed:
// the word, its lower case, prefixes and suffixes, shape, the words around it, the
// two tags predicted before it, its hyphen parts, and the ambiguity class of it and
// its neighbours from a tag dictionary of frequent words. Nine more features, in
// both passes, use nlp/wordclass's GloVe word classes, read through
// wordclass.Lookup while tagging: the GloVe vectors know the words the treebanks
// lack, and a parser trained on these tags gains where sitrep reads. The
// lemmatizer looks a form and its XPOS up in a lexicon learned from the treebanks
// and otherwise undoes regular English inflection.
//
// Read lays each pass out a second time for tagging (fastTable, fast.go): the
// cost of tagging is adding weights and fetching them from memory. The sums keep
// the plain loop's float32 order, so the tags are the same bit for bit
// (TestTagMatchesReference); the second layout costs about 20 MB.
//
// The treebanks are web and academic text, where "killed" and "struck" are
// mostly participles, so rules written by hand fix what news text gets wrong:
//
//   - repairFinite (finite.go) retags as VBD the first VBN of a sentence with no
//     finite verb: "The army killed 15 fighters.";
//   - repairAcronyms (acronym.go) retags as PROPN/NNP an all-capital word in
//     brackets, "the Islamic State group (IS)", or after a preposition or
//     determiner, "strikes against IS positions";
//   - repairTimedVerb (finite.go) retags as VBD an "-ed" word read as an
//     adjective after a subject and a "last month" phrase: "the US Treasury
//     last month imposed sanctions on ...";
//   - repairSubordinate (finite.go) retags as VBD a VBN with an object after the
//     subject of a clause a subordinating word opens: "two days after Israeli
//     warplanes struck positions near Kisweh";
//   - repairPhrasal (finite.go) retags "to" + NN + particle + determiner as an
//     infinitive phrasal verb: "pressed Israel to scale back its strikes" (no
//     word of UD EWT train, dev or test changes);
//   - wantsE restores the silent e that the lemmatizer's rule lost on news
//     verbs the treebanks' lexicon lacks ("resumed" → resum).
//
// The repairs run in Tag after the model's passes and not while training, so
// retraining still gives model/tagger.gz byte for byte; FiniteRepair off
// measures the tagger without them.
//
// # What ships
//
// model/tagger.gz (4,605,420 bytes) is the -wordclass model; defaultConfig has
// wordClass. It is trained on Universal Dependencies English Web Treebank 2.16,
// train split (CC BY-SA 4.0), and the GUM corpus documents of its train split
// (annotations CC BY 4.0; texts under the licence of each genre's source), both
// from $SITREP_SHARED/data. EWT dev chose the number of training epochs; no test
// file was used for training or tuning.
//
// EWT test, measured once (`sitrep eval nlp`): UPOS 95.73, XPOS 95.07, LEMMA
// 97.09. With a parser trained on these tags (nlp/parse, "GloVe classes
// shipped"), UAS / LAS on UD EWT test with predicted tags are 87.10 / 84.46, on
// GUM's held-out test documents 85.23 / 82.48 and on their news share 84.45 /
// 81.39. To score a model RUN.gz on EWT dev, and the shipped parser on its tags
// (evalparse's "gold tags" figure):
//
//	go run ./nlp/tag/internal/train -model RUN.gz -tag en_ewt-ud-dev.conllu -tag-out T.conllu
//	go run ./nlp/parse/internal/evalparse -beam 4 T.conllu
//
// # Retraining
//
// `sitrep train nlp` rebuilds model/tagger.gz byte for byte (deterministic:
// fixed shuffling seed, sorted iteration), as does
//
//	go run ./nlp/tag/internal/train -data $SITREP_SHARED/data -out nlp/tag/model/tagger.gz
//
// (about 3 minutes on one core; -wordclass=false gives the model before the
// word classes). The other switches of that command (-ensemble,
// -mincount, -folds, -gumdev) are experiments that were not adopted. nlp/ner
// trains on this tagger's tags, and the parser ensemble's vote weights
// (model/ensemble.txt) were measured on its EWT dev tags: a change in the tags
// means retraining model/ner.bin.gz and rebuilding those weights.
//
// # Known weaknesses
//
//   - The second pass does not keep what the first pass gains: word clusters,
//     an ensemble, more jackknife folds and the word classes left the whole
//     tagger within 0.1 of where it was, richer context cost 0.2, and dropping
//     rare features or adding GUM's dev documents did not help.
//   - Before the word classes, PROPN against NOUN made 316 of EWT dev's 1,162
//     UPOS errors (many of them capitalised words in headings and names), and
//     words unseen in EWT train (7% of dev) were tagged 83% right, the others
//     96%. With the classes a capitalised title before a name is sometimes NOUN
//     ("Syrian President Ahmed al-Sharaa").
//   - The word class list lacks numbers, "a", "I", the clitics 's and n't and
//     some punctuation (9.3% of dev words have no class).
//   - Tagging speed was last measured before the word classes shipped: 239,900
//     tokens per CPU second (BenchmarkTagEWTDev, GOMAXPROCS=1, median of 5 runs
//     of -benchtime 3x on the shared 2-core machine).
//   - A tag-dictionary constraint could have fixed at most 22 of the 1,445
//     joint-tag errors (before the word classes) and was not built.
//
// NOTES.md holds every experiment and measurement behind these choices, in the
// order they were made.
package tag
