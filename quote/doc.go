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
// that no dictionary resolves is kept as words when it can
// speak (a name, a pronoun, a noun of data/speaker_nouns.txt), so "analysts say"
// is a quote with no code and "the evidence suggests" is none. Scare quotes, titles
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
// # Measured
//
// Seeds (SITREP_SHARED=/work/shared, `sitrep ingest` then `sitrep quotes --format
// jsonl`): 24 quotes (19 indirect, 3 partial, 2 direct); every one of the five
// quotations in the seeds is found and attributed to its speaker. All 24 checked by
// hand: 22 have speaker, verb and words right (0.92); 23 have the right speaker
// (0.96). The two errors: "He" resolved by the actor stage to the wrong person, and a
// reported clause that runs on into the outlet's "though …".
//
// FA-KES (../shared/data/corpora/fakes_syria/fakes.csv, 788 articles analysed; its
// text has lost its commas and apostrophes, which the parser feels): 3,131 quotes
// (2,473 indirect, 457 direct, 201 partial) in 732 articles, 45% with a speaker
// code. Random samples checked by hand (speaker, verb and words all right / speaker
// right), each drawn after the previous round of fixes and not used to make them:
// 34/40 and 38/40; 21/30 and 25/30; 26/30 and 28/30 with the code as committed.
// Most remaining errors are word boundaries where the text has no punctuation and
// speakers named inside a parse the parser got wrong.
//
// After the shapes above were added (issue 6; binaries built from the committed
// tree, `sitrep --db F ingest DIR|CSV` then `sitrep --db F quotes --format jsonl`):
// seeds 27 quotes, the earlier 24 unchanged and three new ("claims to be fighting
// …", "expressed confidence that …", "As one official put it, …"), all three
// right (the "claims" quote stops where the outlet goes on in its own voice): 25
// fully right (0.93), 26 with the right speaker (0.96). FA-KES: 3,211 quotes (2,548
// indirect, 460 direct, 203 partial) in 733 articles, 46% with a speaker code.
// Against the code before: 90 quotes new or changed, 15 gone or changed; of those
// gone, 4 had the wrong speaker (a nearest mention that modified another noun or
// sat in the reported clause) and 2 were the same words read twice. A fresh random
// sample of 30 drawn from the output (seed 1705), judged by hand: 22/30 fully right
// (0.73), 25/30 speaker right (0.83); none of its errors comes from the new shapes
// (actor-stage coreference for "it" and "the group", a quotation paired across
// sentences, an "and indicated" whose subject the parser lost, word boundaries in
// text without commas). An earlier sample of 30 from an intermediate build: 22/30
// and 27/30. Among the quotes over words no earlier quote covered, 25 drawn at
// random: speaker right 24/25, fully right 18/25 (an "accused X of …" that runs on
// into the outlet's words; the desk label "Factbox:" taken for a speaker, since
// excluded). The example storyline's gold (testdata/examples.gold.jsonl): 27
// quotes, matched and speaker P 1.00 R 0.96, strict P 0.92 R 0.89
// (TestExamplesGold).
//
// # Under the parser ensemble (issue 3)
//
// The extractor was written against the left-to-right parser's trees. Run with
// parse.LoadEnsemble (SITREP_PARSER=ensemble; see internal/testparser), each
// loss was checked against UD and EWT practice. One came from a tree as wrong as
// the single parser's but labelled differently: "said on Tuesday that X did Y"
// with "that" tagged PRON is a relative clause on the time phrase under both
// parsers, its "that" the clause's obj under one and a second nsubj beside the
// real subject under the other; thatClause now takes any clause with a subject
// besides its "that" (TestTreeShapes: hand-written trees of both shapes). The
// rest are trees the ensemble gets wrong, left as they are: "X, the newspaper
// said" with the reported verb hung as acl under the comma (EWT makes it the
// root and "said" its parataxis); "said the operation, named …, had ended" with
// "operation" the obj of "said" and "ended" a subjectless ccomp; "The Lebanese
// army claims to …" (the tagger's noun "claims") with the full stop as root.
//
//	TestExamplesGold (27 gold)     matched/speaker R   strict R   TestCases lost
//	single parser                  0.96                0.89       0
//	ensemble, before               0.85                0.78       2
//	ensemble, thatClause widened   0.93                0.85       2 (wrong trees above)
//
// Under the single parser nothing changed (0.96 / 0.89, all cases).
//
// # Under the globally trained beam parser (issue 3)
//
// The beam parser (nlp/parse/global.go; shipped since, see nlp/parse/doc.go:
// the model greedy-b8-eu-e8 below, searched at width 4) gives other trees for the
// same constructions; the extractor now reads them by the words where the tree
// cannot be trusted (TestTreeShapes: hand-written trees of each shape, every one
// failing without its rule):
//
//   - a clause-final ", X said." is the attribution of everything before the
//     comma whatever the verb or its subject hangs on (trailing): the beam
//     parser hangs "said" as a relative clause on the noun before the comma, or
//     "the … Ministry" as an apposition inside the clause with a noun of the
//     clause as the verb's subject; the ensemble hangs the reported verb under
//     the comma. After the comma a short noun phrase (no verb, no "and"), after
//     the verb nothing with a verb; a quote the tree already gave the verb
//     stands when its speaker is that phrase.
//   - a that-clause right after the speech verb's words, with its own subject,
//     hung on one of the verb's ancestors, is the verb's content (adjacentThat):
//     "X revealed on Sunday that …" with both verbs modifiers of X. Its "that"
//     tagged WDT but attached as mark is no question word.
//   - the noun of a light verb may be a parataxis ("voiced | hope that …").
//   - a speech verb hung on its own subject lends it no code from the verb's
//     addressee or the that-clause (phraseWords): "A source told <agency> that
//     …" gave the agency's code to the source.
//
// Measured with the quote tests (`SITREP_SHARED=/work/shared SITREP_PARSER=P go
// test ./quote/ -v`; TestExamplesGold's line, then the TestCases that fail).
// Models from /tmp/beamglobal-runs (not committed): init-b8-eu-e14 (the best)
// and greedy-b8-eu-e8 (what `sitrep train nlp` would train), width after the
// colon:
//
//	parser              before: matched/speaker R  strict R  cases lost   after: matched/speaker R  strict R  cases lost
//	single (shipped)    0.96  0.89  0                                     0.96  0.89  0
//	ensemble            0.93  0.85  2 (title, claims to)                  0.96  0.89  2 (the same)
//	init-b8-eu-e14:4    0.93  0.85  3 (X said, a day, voiced hope)        0.96  0.89  0
//	init-b8-eu-e14:8    0.93  0.81  2 (a day, voiced hope)                0.96  0.85  0
//	greedy-b8-eu-e8:4   0.93  0.85  1 (X said)                            0.96  0.89  0
//
// Precision is 1.00 matched and speaker everywhere, strict 0.92 (0.88 at width
// 8). The two ensemble cases are the wrong trees described above. The miss
// left under every parser is the "demanded that" the parser hangs under another
// verb.
//
// Under the single parser the seeds' quotes do not change. On FA-KES (788
// articles, the single parser, before and after): 3,371 → 3,378 quotes. Seven
// new, all "X announced/claimed on <day> that …" whose clause the single
// parser hung above the verb: speaker right 6/7 (one "The agency quoted a
// source … as saying" gives the agency), words right 5/7 (one clause cut
// short, the dateline run into a speaker in text without punctuation). A
// pronoun after one of them now resolves to the Observatory the new quote
// names, not to the army. Under init-b8-eu-e14:4 FA-KES gives 3,310 quotes
// before and 3,312 after (not judged by hand). Fourteen speaker codes drop to none (phraseWords):
// eleven were wrong (an addressee: "told Sputnik", "told Al-Arabiya"; an actor
// of the reported clause), three right only because the reported clause named
// the speaker's own side ("a member of the FSA military council announcing
// that the FSA …", and the "he" that follows; a "military source" whose clause
// names the army).
//
// # Under the GloVe tagger and parser (branch quoteglove, stop 17)
//
// The GloVe-class tagger and parser (nlp/parse/doc.go, "GloVe classes in the
// tagger and the parser together") gave other trees for seven fixture shapes
// and one quote of the example storyline. Each rule below reads one of them and
// has an invented fixture that fails without it (testdata/cases.jsonl,
// trees.jsonl):
//
//   - hearerThat: "warned Kurdish fighters that …" with the clause an acl (mark
//     "that") of the object. A noun takes such a clause only as a noun of
//     content; a hearer (an actor mention, a name, a pronoun, a speaker noun) is
//     none, so for verbs flagged target the clause is the verb's.
//   - otherSubject counts nsubj:pass: "warned Yemeni rebels that any attack
//     would be punished" as a relative clause on "rebels", "that" its obj.
//   - apposSpeaker: "Iran's closest ally Moscow says" with "ally" the nsubj and
//     "Moscow" its appos (UD's reading). A subject that cannot speak takes the
//     apposition's mention, when the subject's words run up to its verb.
//   - lostSubject: "said the operation, named …, had ended" with "operation" the
//     obj of "said" and a subjectless finite ccomp: the object is the clause's
//     subject (not a pronoun object), and no addressee.
//   - pluralThat: "adding that aid convoys would arrive" with "that" a DET of
//     "convoys". The demonstrative agrees in number, so before a plural noun
//     "that" is the complementiser; before a singular the tree stands ("said that
//     car was stolen" keeps "that car").
//   - contentRelcl: "expressed confidence that the talks would succeed" as a
//     relative clause on the noun of speech, "that" the obj of "succeed". It is
//     the content when "that" comes right after the noun, the clause has a
//     subject of its own and "that" is no object of a verb that needs one
//     (data/transitive.txt: verbs with an obj in at least half of their active
//     uses, at least 5, in UD EWT train; quote/internal/gentransitive), which a
//     real relative clause's is ("expressed the concern that he had raised").
//     A subject of its own alone does not tell them apart: both have one. Misses
//     left: a transitive verb used without an object ("that the truce would
//     hold"), and a "that" tagged PRON/WDT, which question() takes for a
//     question word when it is not the clause's mark.
//   - reports: "according to X" hung as an nmod on the reported clause's last
//     noun ("… alongside Iraqi forces, according to two diplomats") is the
//     outlet's attribution, not the speaker's words, when X can speak (a
//     mention, a name, a speaker noun): "raids according to their type" is a
//     manner and stays. This one was found through TestExamplesGold, whose
//     strict recall it brings back from 0.85 to the old parser's 0.89; that
//     figure is no longer blind.
//   - reportedBy reads a verb from the tree: "According to earlier media reports
//     two rockets landed …" with the tree making "reports" a verb (nsubj, obj,
//     finite xcomp) and the new tagger a NOUN. An obj, ccomp, xcomp, iobj or aux
//     makes a word a verb whatever its tag.
//
// The case "According to earlier media reports two car bombs went off …" was
// changed rather than read: its expectation ("earlier media") followed the old
// tagger's error, "reports" a verb with "media" the X of "according to". The
// new tagger tags "reports" NOUN, the parser reads "according to earlier media
// reports" as the oblique of "went", and the extractor gives "earlier media
// reports" (no code), the phrase that names the source, as it does for
// "according to a statement from …"; the fixture now says so.
//
// Tried and not adopted (the fixtures and FA-KES as above):
//
//	variant                                            outcome
//	contentRelcl with an own subject as the only test  "expressed the concern that he had raised" read as content (fixture fails)
//	apposSpeaker without the words-run-to-the-verb     FA-KES: "The staunch <name> ally insisted" gives the name's code
//	apposSpeaker also refusing time nouns ("this week") the speaker it refused was right; the quote's error lay elsewhere (partial "called for")
//	nmod "according to X" cut whatever X is            FA-KES: 6 manner phrases "according to their type …" cut from the words
//
// Measured (`go build -o /tmp/quoteglove-sitrep ./cmd/sitrep`, `sitrep --db F
// ingest DIR|CSV`, `sitrep --db F quotes --format jsonl`, against the same
// binary on nlpglove2): seeds 25 quotes, none changed. TestExamplesGold:
// matched and speaker R 0.96 before and after, strict P 0.88 R 0.85 before,
// P 0.92 R 0.89 after (the old parser's figures; see reports above). FA-KES
// (fakes.csv): 3,315 → 3,331 quotes, 16 new and 6 changed, all judged by
// hand. New: 13 fully right (hearer that-clauses "A source at … told SANA
// that …", apposition speakers "The Britain-based … Syrian Observatory said",
// "the U.S. military's regional command CENTCOM said"), 2 with the right
// speaker (a "said in <place> the attack …" whose words take in the place; a
// `called for a "congress"` read as a partial quote, its speaker now found
// through the apposition), 1 wrong speaker ("<outlet> quoted <minister> as
// telling reporters that …" gives the outlet). Changed: 3 better (a leading
// "that" before a plural dropped twice, a final "according to AFP" cut from
// an office's words), 1 garbled both ways, 1 code given to a garbled "It"
// speaker, and 1 worse: an "it" after a new Observatory quote now resolves to
// the Observatory (pronouns) where the actor stage had Russia. The FA-KES
// runs found three errors of the new rules, fixed since and not counted
// above: pluralThat read the lemma ("Those raids" lost "Those"), the
// apposition gave a misparsed "The staunch <name> ally insisted" to the name,
// and the nmod "according to" cut the manner phrase "according to their type
// …" six times.
package quote
