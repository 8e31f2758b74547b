package quantity

import "github.com/sitrep-dev/sitrep/internal/testtok"

// sentence and document tokenize test text without the trained NLP models.
var (
	sentence = testtok.Sentence
	document = testtok.Document
)
