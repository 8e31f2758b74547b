package nlp

import "testing"

// shipped returns the pipeline of the shipped models, failing the test when
// they do not load.
func shipped(t testing.TB) *Pipeline {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}
