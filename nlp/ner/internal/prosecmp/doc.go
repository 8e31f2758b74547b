// Package prosecmp compares the recogniser with github.com/jdkato/prose/v2's
// named-entity extractor on UNER English EWT test, speed and F1 side by side. It
// is its own module so that prose stays out of sitrep's dependencies:
//
//	cd nlp/ner/internal/prosecmp && SITREP_SHARED=/work/shared go test -bench . -benchtime 3x -cpu 1
package prosecmp
