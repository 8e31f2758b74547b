package actor

import (
	"strings"
	"testing"
)

func TestTally(t *testing.T) {
	r := shippedResolver(t)
	var tl Tally
	for i, text := range []string{
		"Iraqi Interior Minister Zaid Qaribi met Layla Hassan.",
		"Zaid Qaribi, the Iraqi interior minister, spoke again.",
		"Zaid Qaribi left.",
	} {
		d := doc(string(rune('a'+i)), "2026-01-01", text)
		sents := analyse(text)
		tl.Add(d, sents, r.Discover(d, sents))
	}
	top := tl.Top(0)
	if len(top) != 2 || top[0].Name != "Zaid Qaribi" || top[0].Mentions != 3 || len(top[0].Docs) != 3 {
		t.Fatalf("top = %+v", top)
	}
	if top[0].Suggest != "IRQGOV" || len(top[0].Examples) != 3 || top[0].Type != "PER" {
		t.Errorf("Zaid Qaribi = %+v", top[0])
	}
	if top[1].Name != "Layla Hassan" || top[1].Suggest != "" {
		t.Errorf("second = %+v", top[1])
	}
}

// TestTallyDropsNonActors checks the discovery filters on invented sentences: names
// the same corpus also uses as places, bylines, and one-word names the documents
// also write in lower case are not reported; a named person with a role is.
func TestTallyDropsNonActors(t *testing.T) {
	r := shippedResolver(t)
	var tl Tally
	for i, text := range []string{
		"Shelling hit Qarat Zalmut on Monday. Qarat Zalmut Brigade fighters withdrew.",
		"Two civilians died in Qarat Zalmut.",
		"Rebels entered the town of Tell Harmaz. Tell Harmaz Council denied it.",
		"Aircraft struck Nawa and Tell Harmaz overnight.",
		"Dalia Moussa / Omar Qadri",
		"12th Carthage Film Festival Selma Arkoun | Episode | Showcase Category News The rebels left the city.",
		"The Federation said talks would resume. The federation has not said when.",
		"Local commander Yusuf Bakkar said the road was open.",
	} {
		d := doc(string(rune('a'+i)), "2026-01-01", text)
		sents := analyse(text)
		tl.Add(d, sents, r.Discover(d, sents))
	}
	got := map[string]bool{}
	for _, u := range tl.Top(0) {
		got[u.Name] = true
	}
	for _, name := range []string{"Qarat Zalmut", "Tell Harmaz", "Dalia Moussa", "Omar Qadri", "Federation"} {
		if got[name] {
			t.Errorf("%s reported as an unknown actor; all: %v", name, got)
		}
	}
	for name := range got {
		if strings.Contains(name, "Selma") || strings.Contains(name, "Showcase") {
			t.Errorf("page menu reported as an unknown actor: %s", name)
		}
	}
	if !got["Yusuf Bakkar"] {
		t.Errorf("Yusuf Bakkar not reported; all: %v", got)
	}
}
