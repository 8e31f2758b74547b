// Package ingest turns what analysts have — text files, web pages, RSS and Atom
// feeds, JSON Lines exports, article tables in CSV, whole folders of them, URLs
// and standard input — into clean sitrep.Documents: final text split into
// paragraphs, and what can be known of title, outlet, byline, date, URL,
// language and the outlet an article relays.
//
// # Choosing a reader
//
// Read looks at the bytes before the name. Gzip is undone first, whatever the
// file is called (by its magic bytes). Empty and binary inputs are refused.
// Content then decides when it is unambiguous: a feed's root element, an HTML
// document, a JSON object on the first line. Otherwise the extension decides
// (.csv, .html, .xml, .jsonl…), then an HTTP Content-Type, then a CSV header
// naming a text column; plain text is the default. Analysts' files are often
// misnamed, and a wrong reader does more harm than a wrong extension.
//
// # Cleaning
//
// Every reader produces blocks — lines of a text file, block elements of a page,
// rows of a table — and one cleaner turns them into the text. Boilerplate is
// recognised line by line, and only in short lines, so that an article sentence
// that mentions sharing or copyright is never dropped: comment forms ("Leave a
// Reply", "Your email address will not be published"), copyright footers, share
// and follow widgets, navigation trails, stock lines ("Advertisement"). A
// byline ("By Jane Roe") and a footer ("© 2025 Newsmax") are not text but
// metadata, used when nothing more explicit (meta tags, JSON-LD, a manifest)
// says otherwise. Headings — h1–h6, or short capitalised lines without final
// punctuation — stay paragraphs of their own, so that a sentence splitter never
// glues a heading to the sentence after it.
//
// Paragraphs are separated by a blank line in Text, and white space inside a
// paragraph is collapsed and the text composed to NFC before any offset is
// taken: Text is final once built, and every span later stages record stays
// valid.
//
// HTML main text comes from go-trafilatura; when it finds nothing, an
// extractor of our own keeps the largest <article> (else <main>, else <body>)
// without navigation, asides, forms and elements whose class names a widget.
//
// # Charsets
//
// Valid UTF-8 is taken as it is. Otherwise a declared charset (HTTP header or
// HTML meta) is used, else one is detected — but only for text that holds no
// valid multi-byte UTF-8 at all: text mixing UTF-8 with stray bytes is corrupt,
// and guessing would garble it silently, so it is refused with the offset of the
// first bad byte.
//
// # Identity
//
// Finalize computes the content hash (SHA-256 of the case-folded words, so
// spacing and punctuation do not make a document new) and a 64-bit SimHash of
// word trigrams; Similarity compares two fingerprints, and documents at or above
// NearDuplicateThreshold are near-duplicates.
//
// # Dates
//
// An article table's date column is trusted least: a dateline at the head of the
// text ("Published October 2 2017", "AFP Saturday 24 Sep 2016" after the
// headline, "23-07-2016") is the publication date whatever the column says; on
// FA-KES the two differ by more than a day in 216 of 787 articles. See dateline.go.
//
// # Failures
//
// One bad part of a batch never stops the rest: every file of a folder, line of
// a JSON Lines file, row of a table and item of a feed is emitted as a document
// or as an Item whose Err names it ("file.jsonl:17") and says why. Errors wrap
// sentinel reasons (ErrEmpty, ErrBinary, ErrTooLarge, ErrInvalidUTF8,
// ErrPrivate, ErrMalformed) for errors.Is.
package ingest
