package confusion

import (
	"math"
	"testing"
)

func TestMatrix(t *testing.T) {
	for _, tc := range []struct {
		name              string
		m                 Matrix
		f1, acc, majority float64
	}{
		{"perfect", Matrix{{2, 0, 0}, {0, 3, 0}, {0, 0, 5}}, 1, 1, 0.5},
		// neg: P 1/2 R 1/2; neu: P 1/1 R 1/2; pos: P 2/3 R 1 → F1 0.5, 0.667, 0.8.
		{"mixed", Matrix{{1, 0, 1}, {1, 1, 0}, {0, 0, 2}}, (0.5 + 2.0/3 + 0.8) / 3, 4.0 / 6, 2.0 / 6},
		{"a class never right counts 0", Matrix{{0, 2, 0}, {0, 2, 0}, {0, 0, 0}}, 2 * 0.5 * 1 / 1.5 / 3, 0.5, 0.5},
		{"empty", Matrix{}, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range []struct {
				what      string
				got, want float64
			}{{"MacroF1", tc.m.MacroF1(), tc.f1}, {"Accuracy", tc.m.Accuracy(), tc.acc}, {"Majority", tc.m.Majority(), tc.majority}} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s = %.6f, want %.6f", c.what, c.got, c.want)
				}
			}
		})
	}
}

func TestSign(t *testing.T) {
	for _, tc := range []struct {
		tone float64
		want int
	}{{-0.3, -1}, {-0.051, -1}, {-0.05, 0}, {0, 0}, {0.05, 0}, {0.051, 1}, {0.8, 1}} {
		if got := Sign(tc.tone); got != tc.want {
			t.Errorf("Sign(%v) = %d, want %d", tc.tone, got, tc.want)
		}
	}
}
