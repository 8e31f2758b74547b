package repo

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoot(t *testing.T) {
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	// go test runs in the package's folder, two below the root.
	wd, _ := os.Getwd()
	if want := filepath.Dir(filepath.Dir(wd)); root != want {
		t.Errorf("Root() = %s, want %s", root, want)
	}
	t.Chdir(t.TempDir())
	if r, err := Root(); err == nil {
		t.Errorf("Root() outside any module = %s, want an error", r)
	}
}
