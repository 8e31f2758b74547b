package frame

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestConflictByRole holds the by/on split to what the issue asks: strikes by an
// actor and strikes on it are both conflict in the totals, but only the first is
// conflict by the actor. The documents carry events only (no sentences), so the
// counts are all that is checked; Build and Merge over Contributions must agree.
func TestConflictByRole(t *testing.T) {
	ev := func(src, tgt string, quad int) sitrep.Event {
		return sitrep.Event{Source: sitrep.EventActor{Code: src}, Target: sitrep.EventActor{Code: tgt}, Quad: quad}
	}
	type counts struct{ coopBy, confBy, coopOn, confOn int }
	tests := []struct {
		name     string
		events   []sitrep.Event
		grouping string
		want     map[string]counts
		shareBy  map[string]float64
		shareOn  map[string]float64
	}{
		{
			name:     "strikes on an actor are not strikes by it",
			events:   []sitrep.Event{ev("USAMIL", "IMGMUSISI", 4), ev("USAMIL", "IMGMUSISI", 4), ev("IMGMUSISI", "USAMIL", 4)},
			grouping: "code",
			want:     map[string]counts{"USAMIL": {0, 2, 0, 1}, "IMGMUSISI": {0, 1, 0, 2}},
			shareBy:  map[string]float64{"USAMIL": 1, "IMGMUSISI": 1},
			shareOn:  map[string]float64{"USAMIL": 1, "IMGMUSISI": 1},
		},
		{
			name:     "an actor that cooperates and is attacked",
			events:   []sitrep.Event{ev("TURGOV", "SYRGOV", 1), ev("TURGOV", "SYRGOV", 2), ev("RUSMIL", "TURGOV", 3), ev("TURGOV", "", 4)},
			grouping: "code",
			want:     map[string]counts{"TURGOV": {2, 1, 0, 1}, "SYRGOV": {0, 0, 2, 0}, "RUSMIL": {0, 1, 0, 0}},
			shareBy:  map[string]float64{"TURGOV": 0.333, "SYRGOV": 0, "RUSMIL": 1},
			shareOn:  map[string]float64{"TURGOV": 1, "SYRGOV": 0, "RUSMIL": 0},
		},
		{
			// Grouped under its country, an event inside it counts in both roles,
			// as the totals always counted it twice.
			name:     "an event inside one country",
			events:   []sitrep.Event{ev("SYRMIL", "SYRREB", 4), ev("SYRGOV", "USAGOV", 1)},
			grouping: "country",
			want:     map[string]counts{"SYR": {1, 1, 0, 1}, "USA": {0, 0, 1, 0}},
			shareBy:  map[string]float64{"SYR": 0.5, "USA": 0},
			shareOn:  map[string]float64{"SYR": 1, "USA": 0},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*sitrep.Document{{ID: "a", Outlet: "Ledger"}, {ID: "b", Outlet: "Ledger"}}
			// The events are split over two documents of one outlet, so that the
			// merge adds counts across documents.
			half := len(tc.events) / 2
			analyses := map[string]*sitrep.Analysis{
				"a": {DocID: "a", Events: tc.events[:half]},
				"b": {DocID: "b", Events: tc.events[half:]},
			}
			group, err := GroupFunc(tc.grouping)
			if err != nil {
				t.Fatal(err)
			}
			built := Build(nil, docs, analyses, Options{Group: group})
			var cs []Contribution
			for _, d := range docs {
				c, err := Contributions(nil, d, analyses[d.ID], tc.grouping)
				if err != nil {
					t.Fatal(err)
				}
				cs = append(cs, c...)
			}
			merged := Merge(cs)
			for name, frames := range map[string][]sitrep.Frame{"Build": built, "Merge": merged} {
				if len(frames) != len(tc.want) {
					t.Fatalf("%s: %d frames, want %d: %+v", name, len(frames), len(tc.want), frames)
				}
				for _, f := range frames {
					w, ok := tc.want[f.Actor]
					if !ok {
						t.Fatalf("%s: unexpected frame of %s", name, f.Actor)
					}
					got := counts{f.CooperationBy, f.ConflictBy, f.CooperationOn, f.ConflictOn}
					if got != w {
						t.Errorf("%s %s: by/on %+v, want %+v", name, f.Actor, got, w)
					}
					if f.Cooperation != w.coopBy+w.coopOn || f.Conflict != w.confBy+w.confOn {
						t.Errorf("%s %s: totals %d/%d do not add the roles up", name, f.Actor, f.Cooperation, f.Conflict)
					}
					if f.ConflictShareBy != tc.shareBy[f.Actor] || f.ConflictShareOn != tc.shareOn[f.Actor] {
						t.Errorf("%s %s: shares by %v on %v, want %v %v", name, f.Actor, f.ConflictShareBy, f.ConflictShareOn,
							tc.shareBy[f.Actor], tc.shareOn[f.Actor])
					}
				}
			}
		})
	}
}
