package actor

import "testing"

// TestCapitalGroups: a capital before a generic group noun ("Damascus rebels",
// "Kabul gunmen") says where the group is, and the group is of the capital's
// country, not of the government the capital stands for in "Damascus said"; state
// role nouns after a capital keep the government's code. Without the rule the
// Syrian groups were coded as the government (SYRGOV); "Kabul gunmen" shows the
// rule leaves a capital the dictionaries do not mark as one as it was.
func TestCapitalGroups(t *testing.T) {
	r := placesResolver(t)
	checkResolved(t, r, []resolveCase{
		{"rebels", "Damascus rebels shelled the town.", []string{"Damascus rebels=SYRREB"}},
		{"terrorists", "Damascus Terrorists fired mortar shells at a school.", []string{"Damascus Terrorists=SYRUAF"}},
		{"gunmen", "Kabul gunmen attacked a police station.", []string{"Kabul gunmen=AFGUAF"}},
		{"officials stay the government", "Damascus officials rejected the offer.", []string{"Damascus officials=SYRGOV"}},
		{"the capital alone stays the government", "Damascus rejected the offer.", []string{"Damascus=SYRGOV"}},
	})
}
