package vec

import (
	"math"
	"math/rand/v2"
	"testing"
)

// testValues returns a source of finite float32 values of all magnitudes, now and
// then a special one: zeros of both signs, subnormals, the largest finite values.
func testValues(rng *rand.Rand) func() float32 {
	special := []float32{0, float32(math.Copysign(0, -1)), math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32,
		1e-38, math.MaxFloat32, -math.MaxFloat32, 1, -1}
	return func() float32 {
		if rng.IntN(8) == 0 {
			return special[rng.IntN(len(special))]
		}
		return float32((rng.Float64()*2 - 1) * math.Pow(10, float64(rng.IntN(12)-6)))
	}
}

// TestAddRowAssembly wants both assembly versions of AddRow to give the Go loop's
// sums bit for bit, over rows of every allowed length, on finite values of all
// magnitudes including zeros of both signs and subnormals (weights are finite).
func TestAddRowAssembly(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	value := testValues(rng)
	impls := []struct {
		name string
		fn   func(*[256]float32, []uint32)
		ok   bool
	}{{"SSE", addRowSSE, true}, {"AVX2", addRowAVX2, hasAVX2}}
	for _, im := range impls {
		if !im.ok {
			t.Logf("%s: not supported by this processor, skipped", im.name)
			continue
		}
		for trial := range 2000 {
			n := 8 * (1 + rng.IntN(32))
			var want, got [256]float32
			src := make([]uint32, n)
			for i := range want {
				want[i] = value()
			}
			got = want
			for i := range src {
				src[i] = math.Float32bits(value())
			}
			addRowGo(&want, src)
			im.fn(&got, src)
			for i := range want {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%s trial %d, n %d, lane %d: got %v, Go loop %v", im.name, trial, n, i, got[i], want[i])
				}
			}
		}
	}
}

// TestAddRows wants AddRows to give addRowGo's sums row after row, bit for bit,
// for the row length with a kernel of its own (104) and others, on the values
// of TestAddRowAssembly.
func TestAddRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	value := testValues(rng)
	data := make([]uint32, 5000)
	for i := range data {
		data[i] = math.Float32bits(value())
	}
	for trial := range 2000 {
		n := 104
		if trial%4 == 3 {
			n = 8 * (1 + rng.IntN(32))
		}
		starts := make([]uint32, rng.IntN(12))
		for i := range starts {
			starts[i] = uint32(rng.IntN(len(data) - n + 1))
		}
		var want, got [256]float32
		for i := range want {
			want[i] = value()
		}
		got = want
		for _, s := range starts {
			addRowGo(&want, data[s:s+uint32(n)])
		}
		AddRows(&got, data, starts, n)
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("trial %d, n %d, %d rows, lane %d: got %v, Go loop %v", trial, n, len(starts), i, got[i], want[i])
			}
		}
	}
}
