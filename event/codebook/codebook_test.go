package codebook

import "testing"

func TestLookup(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code, root, plover, mode string
		quad                     int
		goldstein                float64
	}{
		{"062", "06", "COOPERATE", "", 2, 7.4},
		{"042", "04", "CONSULT", "visit", 1, 1.9},
		{"195", "19", "ASSAULT", "heavy-weapons", 4, -10},
		{"1712", "17", "", "", 4, 0},
	}
	for _, tt := range tests {
		c, ok := b.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%s): not found", tt.code)
			continue
		}
		if c.Root != tt.root || c.Quad != tt.quad {
			t.Errorf("Lookup(%s) = root %s quad %d, want %s %d", tt.code, c.Root, c.Quad, tt.root, tt.quad)
		}
		if tt.plover != "" && (c.PLOVER != tt.plover || c.PLOVERMode != tt.mode) {
			t.Errorf("Lookup(%s) PLOVER = %s/%s, want %s/%s", tt.code, c.PLOVER, c.PLOVERMode, tt.plover, tt.mode)
		}
	}
	if _, ok := b.Lookup("999"); ok {
		t.Error("Lookup(999) found a code that does not exist")
	}
}

func TestIntent(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"062", "0312"}, // cooperate militarily → intend to
		{"064", "0314"},
		{"046", "036"}, // negotiate → intend to meet or negotiate
		{"042", "036"},
		{"040", "036"}, // consult → intend to meet, not intend to cooperate (030)
		{"060", "031"},
		{"071", "0331"},
	}
	for _, tt := range tests {
		if got, ok := b.Intent(tt.in); !ok || got != tt.want {
			t.Errorf("Intent(%s) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if got, ok := b.Intent("190"); ok {
		t.Errorf("Intent(190) = %q; fighting has no intent code", got)
	}
}

func TestNeedsTarget(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !b.NeedsTarget("062") {
		t.Error("NeedsTarget(062) = false")
	}
	if b.NeedsTarget("154") {
		t.Error("NeedsTarget(154) = true; PLOVER MOBILIZE needs no recipient")
	}
}
