package tokenize_test

import (
	"fmt"

	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

func ExampleSentences() {
	text := "Talks Resume in Amman\n\nThe U.S. envoy met Gen. Ortiz. They didn't sign."
	for _, s := range tokenize.Sentences(text, nil) {
		fmt.Print(s.Heading, ":")
		for _, t := range s.Tokens {
			fmt.Print(" ", t.Text)
		}
		fmt.Println()
	}
	// Output:
	// true: Talks Resume in Amman
	// false: The U.S. envoy met Gen. Ortiz .
	// false: They did n't sign .
}
