// Package tokenize splits clean text into sentences and tokens following the
// conventions of the Universal Dependencies English Web Treebank (EWT), so that the
// tagger, parser and recogniser trained on EWT see the words they were trained on.
//
// The conventions, checked against EWT 2.16 train:
//
//   - clitics are separate syntactic words: "don't" → do n't, "won't" → wo n't,
//     "can't" → ca n't, "Cooper's" → Cooper 's, "we're" → we 're, and so are the
//     fused forms "cannot" → can not, "gonna" → gon na, "wanna", "gotta", "dont";
//     a curly apostrophe (’) behaves like a straight one; a name's possessive
//     whose apostrophe the source lost ("Syrias border") is split as "Syria s"
//     by SplitLostPossessives, which the pipeline (package nlp) calls with
//     what it knows of names;
//   - a hyphen inside a word is its own token ("al-Sharaa" → al - Sharaa,
//     "US-Syria" → US - Syria, "16-year-old" → 16 - year - old) except after a
//     bound prefix, where EWT keeps the word whole ("post-Assad", "anti-ISIS",
//     "e-mail", "co-workers", "non-state"), and in phone numbers and dates;
//   - abbreviations keep their periods ("U.S.", "a.m.", "Mr.", "Gen.", "J."),
//     numbers keep their separators ("2,000", "3.5", "10:30", "9/11") while "%" and
//     "$" are tokens of their own;
//   - URLs, e-mail addresses, @handles and #hashtags are single tokens, and so are
//     runs of sentence punctuation ("...", "?!") and of dashes ("--").
//
// Every token is a substring of the text: its Span holds byte offsets into the
// string given, and a syntactic word of a split contraction points at its part.
//
// The sentence splitter works inside paragraphs and never crosses one. It ends a
// sentence at ".", "!", "?" and ellipses followed by a word that can start a
// sentence, keeps closing quotes and brackets with the sentence they close, never
// ends one after a title or initial ("Mr.", "Gen.", "Jan.", "J."), ends one after an
// abbreviation such as "U.S." only when the next word is one that usually opens a
// sentence ("The", "He"), and ends one at a line break before a line that does not
// continue it (a heading or list item without final punctuation).
package tokenize
