package glove

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.json")
	js := `{"dimensions":2,"words":["the","of","x1","the"],"vectors":{"the":[3,4,0.5,1],"of":[0,2,0.1,2],"x1":[1,0,0,3]}}`
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := Read(path, 10, func(w string) bool { return w != "x1" })
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Words) != 2 || v.Words[0] != "the" || v.Words[1] != "of" {
		t.Fatalf("words %q, want [the of] (filtered, duplicates once)", v.Words)
	}
	if math.Abs(float64(v.Vecs[0][0])-0.6) > 1e-6 || math.Abs(float64(Dot(v.Vecs[0], v.Vecs[0]))-1) > 1e-6 {
		t.Errorf("the: %v, want [0.6 0.8]", v.Vecs[0])
	}
	if v, _ := Read(path, 1, nil); len(v.Words) != 1 {
		t.Errorf("n 1: %d words", len(v.Words))
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"dimensions":3,"words":["a"],"vectors":{"a":[1]}}`), 0o644)
	if _, err := Read(bad, 10, nil); err == nil {
		t.Error("a short vector read without error")
	}
}
