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
