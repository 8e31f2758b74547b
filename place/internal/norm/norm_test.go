package norm

import "testing"

func TestKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"U.S.", "us"},
		{"Deir ez-Zor", "deir ez zor"},
		{"Deir  ez\u2013Zor", "deir ez zor"},
		{"Karbala'", "karbala"},
		{" -Syria- ", "syria"},
		{"Genève", "genève"},
		{"", ""},
	} {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
