// Package repo finds the repository's root, for the generators and test helpers
// that read or write files relative to it whatever folder they run from
// (`go run ./x/internal/gen` runs in the caller's folder, `go test` in the
// package's).
package repo

import (
	"fmt"
	"os"
	"path/filepath"
)

// Root returns the nearest folder at or above the working directory that holds
// go.mod.
func Root() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod above %s", wd)
		}
	}
}
