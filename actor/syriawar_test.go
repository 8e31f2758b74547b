package actor

import "testing"

// TestSyrianWarActors covers the overlay's actors of the Syrian war that all of
// FA-KES names and the Phoenix dictionaries lack (or code as a regional group):
// each case resolved nothing, or another code, before its record. Sentences are
// invented.
func TestSyrianWarActors(t *testing.T) {
	r := placesResolver(t)
	// syria opens a document that is clearly about Syria (generic_test.go).
	const syria = "Syrian troops advanced near Hama on Monday. Fighting went on in Idlib. "
	tests := []resolveCase{
		{"the pro-government militia", "The National Defense Forces withdrew from the hill.",
			[]string{"National Defense Forces=SYRMIL"}},
		{"its British spelling", "Fighters of the National Defence Forces withdrew.",
			[]string{"Fighters of the National Defence Forces=SYRMIL"}},
		{"the opposition coalition by its short name", "The National Coalition rejected the offer.",
			[]string{"National Coalition=SYROPP"}},
		{"the opposition's negotiators", "The High Negotiations Committee rejected the offer.",
			[]string{"High Negotiations Committee=SYROPP"}},
		{"a monitor", "The Syrian Network for Human Rights counted the dead.",
			[]string{"Syrian Network for Human Rights=SYRNGO"}},
		{"the Red Crescent's Syrian society", "The Syrian Arab Red Crescent sent a convoy.",
			[]string{"Syrian Arab Red Crescent=SYRNGO"}},
		{"a rebel group", "Faylaq al-Rahman fighters shelled the road.",
			[]string{"Faylaq al-Rahman fighters=SYRREB"}},
		{"a rebel alliance, not a regional group", "Jaish al-Fatah shelled the road.",
			[]string{"Jaish al-Fatah=SYRREB"}},
		{"a spokesman", "Igor Konashenkov said the strikes had ended.",
			[]string{"Igor Konashenkov=RUSMIL"}},
		// The Muslim Brotherhood is a role noun of the opposition: its country comes
		// from a possessor, or from the report's country as other generic nouns do.
		{"a national branch", "Egypt's Muslim Brotherhood rejected the offer.",
			[]string{"Egypt's Muslim Brotherhood=EGYOPP"}},
		{"in a report on Syria", syria + "The Muslim Brotherhood rejected the offer.",
			[]string{"Syrian troops=SYRMIL", "Muslim Brotherhood=SYROPP"}},
	}
	checkResolved(t, r, tests)
}

// TestSyrianActors2025 covers groups of Syria after December 2024 that the
// seeds' kind of reporting names and the dictionaries lacked.
func TestSyrianActors2025(t *testing.T) {
	r := placesResolver(t)
	tests := []resolveCase{
		{"al-Qaeda's Syrian branch", "The strike targeted a Hurras al-Din leader.", []string{"Hurras al-Din leader=IMGMUSALQ"}},
		{"Kurdish internal security", "The Asayish arrested two suspects.", []string{"Asayish=SDF"}},
		{"the Tanf garrison's partner", "The Syrian Free Army patrolled the desert.", []string{"Syrian Free Army=SYRREB"}},
		{"a Druze militia", "Men of Dignity fighters guarded the road.", []string{"Men of Dignity fighters=SYRREB"}},
	}
	checkResolved(t, r, tests)
}
