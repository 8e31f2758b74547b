package actor

import (
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
