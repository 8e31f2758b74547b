package country

import "testing"

func TestOf(t *testing.T) {
	for code, want := range map[string]string{"SYRGOV": "SYR", "USA": "USA", "IRQMIL": "IRQ", "IMGMUSISI": "", "HEZBOLLAH": "", "SDF": "", "": "", "US": ""} {
		if got := Of(code); got != want {
			t.Errorf("Of(%q) = %q, want %q", code, got, want)
		}
	}
	if FIPS("IRQ") != "IZ" || FIPS("XXX") != "" {
		t.Errorf("FIPS(IRQ) = %q", FIPS("IRQ"))
	}
}

func TestActorName(t *testing.T) {
	for code, want := range map[string]string{
		"SYRGOV": "Syria — government", "USA": "United States", "IRQMIL": "Iraq — military",
		"USAXXX": "United States", "IMGMUSISI": "", "PMF": "",
	} {
		if got := ActorName(code); got != want {
			t.Errorf("ActorName(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestIsName(t *testing.T) {
	// Names are compared in any case; demonyms and cities are not country names.
	for s, want := range map[string]bool{"Syria": true, "united states": true, "TURKEY": true, "Syrian": false, "Aleppo": false, "": false} {
		if got := IsName(s); got != want {
			t.Errorf("IsName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDominant(t *testing.T) {
	tests := []struct {
		counts map[string]int
		want   string
	}{
		{map[string]int{"SYR": 3}, "SYR"},
		{map[string]int{"SYR": 2}, ""},              // too few
		{map[string]int{"SYR": 5, "USA": 3}, ""},    // not twice the next
		{map[string]int{"SYR": 6, "USA": 3}, "SYR"}, // twice
		{map[string]int{"SYR": 4, "IRQ": 4}, ""},    // a tie
		{map[string]int{"IRQ": 1, "SYR": 7, "TUR": 2}, "SYR"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := Dominant(tt.counts); got != tt.want {
			t.Errorf("Dominant(%v) = %q, want %q", tt.counts, got, tt.want)
		}
	}
}

func TestOrgan(t *testing.T) {
	for code, want := range map[string]bool{
		"SYR": true, "SYRMIL": true, "USAGOV": true, "IRQCOP": true,
		"SYRREB": false, "SYRCVL": false,
		// a group's or a region's three letters are no country's
		"SDF": false, "PMF": false, "HTS": false, "EUR": false, "IGOUNO": false, "": false,
	} {
		if got := Organ(code); got != want {
			t.Errorf("Organ(%q) = %v, want %v", code, got, want)
		}
	}
}
