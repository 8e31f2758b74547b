package tag_test

import (
	"fmt"
	"log"

	sitrep "github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

func ExampleTagger_Tag() {
	t, err := tag.Load()
	if err != nil {
		log.Fatal(err)
	}
	var toks []sitrep.Token
	for _, w := range []string{"Syrian", "forces", "have", "seized", "weapons", "near", "Damascus", "."} {
		toks = append(toks, sitrep.Token{Text: w})
	}
	t.Tag(toks)
	for _, tk := range toks {
		fmt.Println(tk.Text, tk.UPOS, tk.XPOS, tk.Lemma)
	}
	// Output:
	// Syrian ADJ JJ Syrian
	// forces NOUN NNS force
	// have AUX VBP have
	// seized VERB VBN seize
	// weapons NOUN NNS weapon
	// near ADP IN near
	// Damascus PROPN NNP Damascus
	// . PUNCT . .
}
