// Package actor resolves who the actors of a news article are on the day it was
// written: it turns the mentions in analysed sentences into CAMEO-style actor codes
// ("SYRGOV", "USAMIL", "IMGMUSISI") and collects the people and organisations it
// does not know.
//
// Dictionaries. The PETRARCH/Phoenix actor and agent dictionaries (MIT, Open Event
// Data Alliance) are embedded and read exactly as PETRARCH reads them: ParseActors and
// ParseAgents. They are a decade old, so an overlay in a simpler, documented format
// (data/overlay.txt, ParseOverlay) adds and corrects the actors of 2024–2026 with
// validity dates; a phrase in the overlay replaces the Phoenix record for it. Users
// add their own dictionaries and overlay through Options, and Accept appends an
// analyst's decision to an overlay.
//
// Resolution. Words are matched longest-first against a word trie of every phrase,
// then assembled the way news writes about actors: a country or organisation with
// the role nouns after it ("Iraqi officials" → IRQGOV, "Syrian government forces" →
// SYRMIL), titles before names ("Syrian President Ahmed al-Sharaa"), coordination
// ("American and Syrian officials" → two mentions), appositions ("X, the Iraqi
// foreign minister"), metonymy ("Washington said", "the Kremlin") and demonyms. A
// capital, country or building is dropped where it is a place ("in Damascus",
// "Nineveh province"), and a demonym where it describes a thing ("Syrian prisons").
// Within a document, surnames, "the general", "the group", "officials" and pronouns
// take the code of their antecedent. Every mention keeps its token range, byte span
// and the rule that resolved it.
//
// Rules. Mention.Rule says how a mention was resolved: "dictionary", "metonymy",
// "demonym", "agent" (actor + role noun), "coordination", "title", "apposition",
// "coref:surname", "coref:agent", "coref:group", "coref:pronoun"; "unknown" marks a
// person or organisation kept with an empty code for discovery (Discover returns
// them with the role words and suggested code; Tally sums them over documents).
//
// Time. Codes are chosen for the document's publication date (a month or a year is
// read as its last day) or an explicit date: the same "Ahmed al-Sharaa" is SYRREB in
// 2023 and SYRGOV from 8 December 2024.
//
// Degrading. Resolution uses part-of-speech tags, dependencies and named entities
// when the NLP backbone supplies them and falls back on capitalisation and word
// shapes when it does not.
package actor
