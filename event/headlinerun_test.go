package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testtok"
)

func TestHeadlineRun(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		// a list of related articles glued into one sentence (invented)
		{"Related Syrian Army Retakes Three Villages Near Hama Turkey Condemns Attack on Embassy in Ankara " +
			"Officials Say Talks With Rebels Will Resume Next Week Jordan Sends Aid Convoy to Northern Province", true},
		// prose full of names stays prose
		{"Syrian President Ahmed al-Sharaa met U.S. President Donald Trump and Secretary of State Marco Rubio " +
			"at the White House on Monday , the first visit by a Syrian head of state to Washington since 1946 .", false},
		// a headline is short
		{"Syria Joins US-Led Coalition Against Islamic State", false},
	}
	for _, tt := range tests {
		if got := headlineRun(testtok.Words(tt.text)); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
