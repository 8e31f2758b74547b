package parse

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// followOracle parses ex by always taking a zero-cost transition and returns the
// tree it builds; for a projective tree that must be the gold tree itself.
func followOracle(t *testing.T, ex example, nLabels int) ([]int32, []int16) {
	t.Helper()
	var st state
	st.reset(len(ex.toks))
	cost := make([]int, 1+2*nLabels)
	for steps := 0; !st.terminal(); steps++ {
		if steps > 2*len(ex.toks)+1 {
			t.Fatal("oracle did not terminate in 2n transitions")
		}
		st.costs(ex.gh, ex.gl, nLabels, cost)
		c := slices.Index(cost, 0)
		if c < 0 {
			t.Fatalf("no zero-cost transition at step %d: costs %v", steps, cost)
		}
		st.apply(c)
	}
	return st.head, st.label
}

func checkOracle(t *testing.T, ss []*conllu.Sentence) {
	labels := collectLabels(ss)
	ids := map[string]int{}
	for i, l := range labels {
		ids[l] = i
	}
	for _, s := range ss {
		ex, ok := toExample(s, ids, true)
		if !ok {
			t.Fatalf("%s: malformed", s.Meta("sent_id"))
		}
		projectivize(ex.gh)
		heads, rels := followOracle(t, ex, len(labels))
		if !slices.Equal(heads[1:], ex.gh[1:]) || !slices.Equal(rels[1:], ex.gl[1:]) {
			t.Fatalf("%s: oracle built %v %v, gold %v %v", s.Meta("sent_id"), heads, rels, ex.gh, ex.gl)
		}
	}
}

func TestOracleReproducesGoldFixture(t *testing.T) {
	checkOracle(t, readFixture(t, "testdata/news.conllu"))
}

func TestOracleReproducesGoldEWTDev(t *testing.T) {
	checkOracle(t, readFixture(t, filepath.Join(sharedData(t), "ud-ewt", "en_ewt-ud-dev.conllu")))
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name   string
		heads  []int32 // heads of words 1..n
		lifted int
		want   []int32
	}{
		{"projective", []int32{2, 0, 2}, 0, []int32{2, 0, 2}},
		// "A hearing is scheduled on the issue today": "on" (5) hangs from
		// "hearing" (2) across "is scheduled".
		{"extraposed", []int32{2, 4, 4, 0, 2, 7, 5, 4}, 1, []int32{2, 4, 4, 0, 4, 7, 5, 4}},
		{"crossing", []int32{3, 4, 0, 3}, 1, []int32{3, 3, 0, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gh := append([]int32{none}, tt.heads...)
			if got := projectivize(gh); got != tt.lifted {
				t.Errorf("lifted %d arcs, want %d", got, tt.lifted)
			}
			if !slices.Equal(gh[1:], tt.want) {
				t.Errorf("heads %v, want %v", gh[1:], tt.want)
			}
			if nonProjective(gh) != none {
				t.Errorf("still non-projective: %v", gh[1:])
			}
		})
	}
}

func TestTransitionsKeepOneRoot(t *testing.T) {
	// Shifting everything and reducing right to left must leave one word on the
	// root: the validity rules forbid attaching to the root while words remain.
	var st state
	st.reset(4)
	if st.canRight() {
		t.Fatal("RIGHT allowed with only the root on the stack")
	}
	st.apply(shift)
	if st.canRight() {
		t.Fatal("RIGHT onto the root allowed with a non-empty buffer")
	}
	for st.canShift() {
		st.apply(shift)
	}
	for !st.terminal() {
		if !st.canRight() {
			t.Fatal("stuck with an empty buffer")
		}
		st.apply(rightClass(0))
	}
	roots := 0
	for _, h := range st.head[1:] {
		if h == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots, want 1: %v", roots, st.head)
	}
}
