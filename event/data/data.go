// Package data holds the event coder's vendored dictionaries and codebooks, embedded
// so that the sitrep binary needs no files beside it. See README.md for where each file
// came from, its licence, and the format of overlay.txt, the project's own patterns.
package data

import "embed"

// FS holds every data file of this directory.
//
//go:embed *.txt *.csv
var FS embed.FS
