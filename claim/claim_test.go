package claim

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func ev(id, doc, src, cameo, tgt, date string) sitrep.Event {
	return sitrep.Event{ID: id, Doc: doc, Source: sitrep.EventActor{Code: src}, Target: sitrep.EventActor{Code: tgt},
		CAMEO: cameo, Root: cameo[:2], Date: date, Mode: sitrep.ModeOccurred, Sentence: "sentence of " + id}
}

func TestBuild(t *testing.T) {
	docs := []*sitrep.Document{
		{ID: "a", Outlet: "Capitol Wire"},
		{ID: "b", Outlet: "Tigris Daily"},
		{ID: "c", Outlet: "Gulf Ledger", DuplicateOf: "a"},
		{ID: "d", Outlet: "Regional Digest", Upstream: "The Washington Post"},
		{ID: "e", Outlet: "Axis Voice"},
		{ID: "f", Outlet: "Levant Observer"},
		{ID: "g", Outlet: "Levant Weekly"},
	}
	claimed := ev("b1", "b", "SYRGOV", "042", "USAGOV", "2025-11-11")
	claimed.AttributedTo = &sitrep.EventActor{Code: "SYRGOV", Text: "Syrian officials"}
	denied := ev("e1", "e", "USAGOV", "040", "SYRGOV", "")
	denied.Mode = sitrep.ModeNegated
	events := []sitrep.Event{
		ev("a1", "a", "USAGOV", "040", "SYRGOV", "2025-11-10"),
		claimed, // the same meeting, reported from the other side a day later
		ev("c1", "c", "USAGOV", "040", "SYRGOV", "2025-11-10"),
		ev("d1", "d", "USAMIL", "0614", "SYRGOV", "2025-01"),
		denied,
		ev("f1", "f", "IRNGOV", "111", "USAGOV", "2025-11-12"),
		ev("a2", "a", "USAGOV", "040", "SYRGOV", "2025-12-20"), // a later meeting: its own record
		ev("f2", "g", "SYRGOV", "040", "USAGOV", "2025-12"),    // in December: joins the later meeting
		ev("f3", "g", "SYRGOV", "040", "USAGOV", "2025-01"),    // in January: a meeting of its own
	}
	claims := Build(events, docs, Options{})
	if len(claims) != 5 {
		for _, c := range claims {
			t.Logf("%+v", c)
		}
		t.Fatalf("%d claims, want 5", len(claims))
	}
	byEvent := map[string]sitrep.Claim{}
	for _, c := range claims {
		for _, p := range c.Positions {
			if p.Event != "" {
				byEvent[p.Event] = c
			}
		}
	}
	meeting := byEvent["a1"]
	if byEvent["b1"].ID != meeting.ID || byEvent["c1"].ID != meeting.ID || byEvent["e1"].ID != meeting.ID {
		t.Errorf("the meeting's reports are split: %v %v %v %v", meeting.ID, byEvent["b1"].ID, byEvent["c1"].ID, byEvent["e1"].ID)
	}
	if meeting.Status != sitrep.StatusContested {
		t.Errorf("meeting status %s, want contested (Axis Voice denies it)", meeting.Status)
	}
	// Capitol Wire and Tigris Daily; the Gulf Ledger copy counts under Capitol Wire.
	if meeting.IndependentOutlets != 2 || len(meeting.Derivative) != 1 || meeting.Derivative[0].Upstream != "Capitol Wire" {
		t.Errorf("meeting: %d independent outlets, derivative %+v", meeting.IndependentOutlets, meeting.Derivative)
	}
	stances := map[string]string{}
	for _, p := range meeting.Positions {
		stances[p.Doc] = p.Stance
	}
	want := map[string]string{"a": "asserts", "b": "attributes", "c": "asserts", "e": "contradicts", "d": "omits", "g": "omits"}
	for doc, s := range want {
		if stances[doc] != s {
			t.Errorf("meeting: %s %s, want %s", doc, stances[doc], s)
		}
	}
	if _, ok := stances["f"]; ok {
		t.Errorf("Levant Observer covers another story but is listed on the meeting")
	}

	intel := byEvent["d1"]
	if intel.Status != sitrep.StatusSingleSource || intel.IndependentOutlets != 1 || len(intel.Derivative) != 1 ||
		intel.Derivative[0].Upstream != "The Washington Post" {
		t.Errorf("intelligence sharing: %+v", intel)
	}
	if later := byEvent["a2"]; later.ID == meeting.ID || byEvent["f2"].ID != later.ID || byEvent["f3"].ID == later.ID || byEvent["f3"].ID == meeting.ID {
		t.Errorf("records by date: first %s, later %s, December %s, January %s", meeting.ID, later.ID, byEvent["f2"].ID, byEvent["f3"].ID)
	}
}
