package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// TestMain lets a test re-execute this test binary as the sitrep command itself, so
// that a crash test can kill a real ingest process.
func TestMain(m *testing.M) {
	if args := os.Getenv("SITREP_TEST_AS_CLI"); args != "" {
		os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// A kill -9 in the middle of a large ingest leaves a store that opens, passes the
// integrity check, holds every document it committed whole, and takes the rest on
// the next run without duplicating any.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: skipping the crash test")
	}
	dir := t.TempDir()
	const n = 3000
	input := filepath.Join(dir, "batch.jsonl")
	f, err := os.Create(input)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		enc.Encode(map[string]string{
			"id":    fmt.Sprintf("doc-%04d", i),
			"title": fmt.Sprintf("Report %d", i),
			"text": fmt.Sprintf("Report number %d from the border region. Officials in district %d said on Monday that "+
				"%d families had returned and %d schools had reopened after the fighting stopped.", i, i*7, i*3, i%11),
		})
	}
	f.Close()
	db := filepath.Join(dir, "crash.db")
	ingest := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "SITREP_TEST_AS_CLI="+strings.Join([]string{"ingest", "--no-analyze", "--db", db, input}, "\x1f"))
		return cmd
	}

	child := ingest()
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some documents are committed, long before all are.
	deadline := time.Now().Add(60 * time.Second)
	for {
		if c := countDocs(t, db); c >= 50 {
			break
		}
		if time.Now().After(deadline) {
			child.Process.Kill()
			t.Fatal("the child stored nothing within a minute")
		}
		time.Sleep(20 * time.Millisecond)
	}
	child.Process.Signal(syscall.SIGKILL)
	child.Wait()

	store, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("store does not open after kill -9: %v", err)
	}
	if err := store.Check(context.Background()); err != nil {
		t.Fatalf("integrity check after kill -9: %v", err)
	}
	docs, err := store.Documents(context.Background(), sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	store.Close()
	if len(docs) == 0 || len(docs) >= n {
		t.Fatalf("%d documents after the kill: the test did not interrupt the ingest", len(docs))
	}
	for _, d := range docs {
		if !strings.Contains(d.Text, "schools had reopened") {
			t.Fatalf("document %s is not whole: %q", d.ID, d.Text)
		}
	}
	t.Logf("killed after %d of %d documents were committed", len(docs), n)

	out, err := ingest().CombinedOutput()
	if err != nil {
		t.Fatalf("resumed ingest: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d new, %d already stored", n-len(docs), len(docs))) {
		t.Errorf("resumed ingest summary: %s", out)
	}
	if c := countDocs(t, db); c != n {
		t.Errorf("%d documents after resuming, want %d", c, n)
	}
}

// countDocs counts stored documents, 0 while the store does not exist yet.
func countDocs(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	store, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0 // being created by the child
	}
	defer store.Close()
	st, err := store.Stats(context.Background())
	if err != nil {
		return 0
	}
	return st.Documents
}
