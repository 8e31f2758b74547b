package place

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// show renders places as "text=Name/ISO3" for compact comparison.
func show(ps []sitrep.Place) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, fmt.Sprintf("%s=%s/%s", p.Text, p.Name, p.Country))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	g := load(t)
	tests := []struct {
		sent string
		want string
	}{
		{"Troops crossed into Syria on Tuesday.", "Syria=Syria/SYR"},
		{"The United States and Iraq signed the accord.", "The United States=United States/USA; Iraq=Iraq/IRQ"},
		{"Officials in the U.S. praised the move.", "the U.S.=United States/USA"},
		{"Delegations from the US and the UK joined talks.", "the US=United States/USA; the UK=United Kingdom/GBR"},
		// Geneva is an English alternate of Genève, which outweighs Geneva, Illinois,
		// by population alone.
		{"The envoys met in Geneva.", "Geneva=Genève/CHE"},
		{"Dozens fled Tripoli after the fighting.", "Tripoli=Tripoli/LBY"},
		{"Lebanese troops deployed in Tripoli.", "Tripoli=Tripoli/LBN"},
		{"US forces struck targets.", ""},
		{"U.S. Central Command said the raid succeeded.", ""},
		{"Let us hope the talks go well.", ""},
		{"Fighters regrouped in southern Syria.", "southern Syria=Syria/SYR"},
		{"Clashes broke out in northeastern Syria overnight.", "northeastern Syria=Syria/SYR"},
		{"An airstrike hit a depot near Damascus.", "near Damascus=Damascus/SYR"},
		{"Smuggling continues along the borders with Syria.", "the borders with Syria=Syria/SYR"},
		{"Attacks rose across the Middle East.", "the Middle East=Middle East/"},
		{"Kurdish forces in the Kurdistan Region were put on alert.", "the Kurdistan Region=Kurdistan Region/IRQ"},
		{"Police searched villages in Nineveh province.", "Nineveh province=Nineveh/IRQ"},
		{"Shelling continued in Idlib governorate.", "Idlib governorate=Idlib/SYR"},
		{"The convoy reached Aleppo and then Raqqa.", "Aleppo=Aleppo/SYR; Raqqa=Ar Raqqah/SYR"},
		{"Jordan closed its border crossing.", "Jordan=Jordan/JOR"},
		{"Michael Jordan scored forty points.", ""},
		{"The Washington Post reported the plot.", ""},
		{"The statement came from Washington late on Monday.", "Washington=Washington/USA"},
		{"Lebanon has asked for aid.", "Lebanon=Lebanon/LBN"},
		{"The mobile unit was sent to help.", ""},
		{"She may travel in May or June.", ""},
		{"Negotiators met in Deir ez-Zor.", "Deir ez-Zor=Deir ez-Zor/SYR"},
		{"Baghdad and Erbil agreed to share revenue.", "Baghdad=Baghdad/IRQ; Erbil=Erbil/IRQ"},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			got := show(g.Find(tt.sent, sentence(tt.sent)))
			if got != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.sent, got, tt.want)
			}
		})
	}
}
