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
// It reads each article as stored: its sentences tagged and parsed by the nlp
// backbone, their quotes found by package quote. Stored contributions depend
// on this package's scorer: Version names it, stores keep it with each
// document's claim state, and frames stored under another version are
// recomputed by readers (never served) until `sitrep frames --rebuild`.
// Frames are stored under Version 6 (5 was the first round's model).
//
// # Design
//
// The tone is a blend: a quarter the lexicon's and three quarters a logistic
// regression over the lexicon's tone and the words and roles around the
// target (Weights.Learned 0.75). No sentiment model can be downloaded here,
// and a lexicon keeps every score explainable word by word, which an analyst
// checking a framing claim needs.
//
// The lexicon scores a sentence's tone toward an actor, not the sentence's
// tone (ToneTarget, MentionTone, DefaultWeights): words at most two arcs from
// the actor's mention in the dependency tree count fully, the rest at a
// quarter (six tokens on each side without a tree); a word nearer another
// actor counts a quarter; names never count. Quoted and reported words count
// like the outlet's own (choosing whose words to relay is framing), except
// the actor's own quoted words, its self-presentation. Helping, arming,
// releasing or working with a group the outlet condemns ("terrorists") is
// damning for the helper (compose.go): the support word takes the valence
// −Complicit (3, about what VADER gives the condemned labels themselves)
// unless its agent is another actor's mention. Words VADER never rated
// ("cooperation", "militants") take a valence induced from their GloVe
// neighbours (InducedWords); "hand" is neutral (rules.tsv).
//
// Measured and off: the codebook news words (NewsWords), polarity shifters
// (Shift 1, ShiftCondemned), every mention as the target (AllMentions),
// condemning the Islamic State and al-Qaeda by code (CondemnedCodes), and
// learned tones trained on the older web-text and ECB+ labels or on NewsMTSC.
//
// # What ships
//
//   - data/tone_model.tsv.gz: the learned tone (learned.go), trained by
//     frame/internal/traintone on 6,279 targets in 3,886 sentences of news
//     prose written by twelve helper agents (frame/data/written, with the
//     guides GUIDE.md and LABEL.md) and labelled by twelve others.
//   - data/glove_lexicon.tsv: the 1,429 induced words (frame/internal/lexinduce;
//     k 10, scale 1.62, t 0.75, chosen by leave-one-out on the vocabulary).
//   - data/target-tone.tsv: the older labels (web text, ECB+), for the record.
//
// # Measured now
//
// NewsMTSC (macro-F1, ±0.014), BASIL (AUC, ±0.030), PAC (AUC, ±0.007) and PAC
// side; "Δ paired" the paired bootstrap difference against the lexicon:
//
//	model, W          mt (Δ paired)            rw (Δ paired)            BASIL   PAC     PAC side
//	lexicon (W 0)     0.564                    0.586                    0.589   0.582   0.539
//	shipped, 0.75     0.554 (−0.009 ± 0.011)   0.593 (+0.006 ± 0.013)   0.611   0.583   0.529
//
// No validation corpus has a training split; differences under two standard errors are
// noise. On the written labels at 0.75: 0.520 CV by document, 0.515 leaving
// one writer out (lexicon 0.449). FA-KES signed rho 0.438 (lexicon 0.447),
// within the ±0.27 of chance. The seeds' US tone, 002 / 001 / Newsmax / Al
// Arabiya / Caliber.Az: −0.114 / +0.054 / +0.055 / +0.074 / +0.163. Cost:
// about 95 µs an article against the 450 ms an FA-KES article takes to ingest.
//
//	SITREP_SHARED=/work/shared go test ./frame -run 'NewsMTSC|BASIL|PAC' -v -args -learned 0.75 -pair learned
//	go test ./frame -run '^$' -bench Contributions -benchtime 200x
//
// Flags are in frame_test.go. FA-KES: a store re-framed with `sitrep frames
// --rebuild`, docs/eval/fakes_alignment.py (docs/eval/fakes-claims.md,
// section 2); the seeds: `sitrep frames --actor USA --by country` on a fresh
// ingest of corpus/seeds.
//
// # Retraining
//
//	go run ./frame/internal/traintone -out frame/data/tone_model.tsv.gz
//
// rebuilds the shipped model byte for byte (8 min 33 s) from the written
// labels, choosing its settings on them alone for the blend at
// DefaultWeights.Learned; the validation corpora decide the weight. Editing
// a written sentence or its marks loses its labels (TestWrittenLabels).
//
// # Known weaknesses
//
//   - The learned tone alone (W 1) loses on NewsMTSC beyond noise: it finds
//     few of its positives.
//   - Seed check 5 (001 the most favourable about the US) fails: Caliber.Az's
//     al-Sharaa "expressed confidence" in Trump is praise of the US at every W.
//   - The annotated corpora cannot judge compositional framing (9 NewsMTSC and
//     58 BASIL sentences hold a condemned word).
//   - The induced words are noisy where GloVe puts sport and film beside
//     praise ("booed" +1.78); none was edited by hand.
//
// NOTES.md holds every experiment and measurement behind these choices, in
// the order they were made.
package frame
