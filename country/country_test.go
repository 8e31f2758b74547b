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
