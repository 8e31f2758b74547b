// Package quote reads who said what in an analysed article: the speaker (resolved to
// the actor mention the actor stage found, and its code), the words, the speech verb
// and, when there is one, whom it was said to.
//
// Three kinds of quote come out (sitrep.QuoteDirect, QuotePartial, QuoteIndirect):
//
//   - direct: a quotation that is what was said, whatever its shape: `"…," X said`,
//     `X said: "…"`, `"…," said X, the …`, `"…", according to X`, over several
//     sentences, and over paragraphs (a quotation that opens a paragraph and runs on
//     without closing). A whole-sentence quotation with no verb of its own continues
//     the quote before it (`"…," Holt said. "…"`).
//   - partial: quoted words inside the outlet's own sentence (`X called the move "a
//     betrayal"`, `X said the deal was "historic"`).
//   - indirect: reported speech, the complement clause of a speech verb (`X said
//     (that) …`, `X told Y …`, `X warned Y that …`, `X accused Y of …`, `…, X said`),
//     `according to X, …` (with `X revealed that C, according to Y`, Y says C), an
//     infinitive about the speaker for verbs flagged inf (`X claims to be fighting
//     …`, `vowed to …`), a light verb with a noun of speech (`expressed concern
//     that …`, verb "express concern"), an "as" clause at a sentence edge (`As one
//     official put it, …`, `…, as the minister said`), and headlines (`Cooper: the
//     partnership is working`, verb "say" written ":"), where a person or an
//     actor with a role, never a place, a country or a desk label, opens its own
//     paragraph.
//
// Quotation marks are paired in the text (scanQuotes) and tied to a speech verb
// through the dependency tree: up from the quoted words to the first speech verb
// outside the marks, down from them to a verb hung on the quotation, through
// "according to", or, where the parser went wrong, by the words right next to the
// marks. The speaker is the verb's subject (climbing from participles and coordinated
// verbs), the inverted subject, or the X of "according to X"; it takes the actor
// mention over it, or inside its phrase ("a spokesman for the Interior Ministry"),
// and the actor stage's coreference for pronouns, unless the quote just before names
// who is speaking. A noun flagged agent in data/speaker_nouns.txt speaks for its
// possessor ("the prime minister's spokesman": the prime minister's code). A subject
// that no dictionary resolves is kept as words when it can speak (a name, a
// pronoun, a noun of data/speaker_nouns.txt), so "analysts say" is a quote with no
// code and "the evidence suggests" is none. Scare quotes, titles
// (every word capitalised), "so-called" words, negated verbs and embedded questions
// give no quote.
//
// Every quote records where its speaker and its speech verb are (SpeakerSpan,
// VerbSpan; speaker_span and verb_span in characters in JSON), so that a reader
// marks them without searching the sentence.
//
// The speech verbs are data (data/speech_verbs.txt: lemma and flags for verbs that
// take an addressee, an "of" complement or an infinitive, frame quoted words only,
// or are light verbs, and the nouns of speech light verbs take); edit the file, not
// the code.
//
// # Design
//
// The extractor reads dependency trees, and each parser it has been measured
// under (the single left-to-right parser, the parser ensemble, the globally
// trained beam parser, the GloVe-class tagger and parser) hangs some
// constructions differently. Where the tree cannot be trusted the extractor
// reads by the words, with a rule for each such shape (trailing, adjacentThat,
// phraseWords, hearerThat, apposSpeaker, lostSubject, pluralThat, contentRelcl,
// reports, reportedBy, among others), each with a hand-written tree in
// TestTreeShapes or an invented fixture in testdata/cases.jsonl that fails
// without it. data/transitive.txt (verbs with an obj in at least half of their
// active uses, at least 5, in UD EWT train) lets contentRelcl tell a real
// relative clause ("expressed the concern that he had raised") from the
// content of a noun of speech; regenerate it with quote/internal/gentransitive
// (usage in its doc comment). Which parser ships is recorded in
// nlp/parse/doc.go.
//
// # Measured
//
// The example storyline's gold (testdata/examples.gold.jsonl, 27 quotes,
// TestExamplesGold): matched and speaker P 1.00 R 0.96, strict P 0.92 R 0.89,
// after the rules for the GloVe-class parser's trees (the single parser's
// figures); under the beam parser greedy-b8-eu-e8 at width 4, R 0.96 and
// strict R 0.89 with no TestCases lost. The strict figure is no longer blind:
// the reports rule was found through it.
//
// Seeds, judged by hand (issue 6): 27 quotes, 25 fully right (0.93), 26 with
// the right speaker (0.96); the GloVe-class build's run gives 25 quotes.
// FA-KES (../shared/data/corpora/fakes_syria/fakes.csv, 788 articles; its text
// has lost its commas and apostrophes): 3,331 quotes with the GloVe-class build,
// 46% with a speaker code at issue 6. The last random sample of 30 judged by
// hand (seed 1705): 22/30 fully right (0.73), 25/30 speaker right (0.83).
//
// To reproduce:
//
//	SITREP_SHARED=/work/shared SITREP_PARSER=P go test ./quote/ -v
//	sitrep --db F ingest DIR|CSV
//	sitrep --db F quotes --format jsonl
//
// The test prints TestExamplesGold's line, then the TestCases that fail;
// SITREP_PARSER picks the parser (SITREP_PARSER=ensemble; see
// internal/testparser).
//
// # Known weak
//
//   - Word boundaries in text without punctuation, and speakers named inside a
//     parse the parser got wrong, are most of the remaining FA-KES errors; the
//     actor stage's coreference ("it", "the group") gives some more.
//   - A "demanded that" the parser hangs under another verb is missed under
//     every parser; under the ensemble two cases are lost to wrong trees
//     (title, claims to).
//   - contentRelcl misses a transitive verb used without an object ("that the
//     truce would hold") and a "that" tagged PRON/WDT, which question() takes
//     for a question word when it is not the clause's mark.
//   - "<outlet> quoted <minister> as telling reporters that …" gives the
//     outlet.
//
// NOTES.md holds every experiment and measurement behind these choices, in the
// order they were made: the first measurements, the rules for the ensemble's,
// the beam parser's and the GloVe-class parser's trees, and the variants tried
// and not adopted.
package quote
