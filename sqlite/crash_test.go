package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// The crash test runs its writer in a child process, the test binary itself
// re-executed with these variables set, so that it can be killed like a real ingest:
// no deferred Close, no chance to finish a transaction.
const (
	helperDBEnv = "SITREP_SQLITE_HELPER_DB"
	helperNEnv  = "SITREP_SQLITE_HELPER_N"
)

// TestHelperWriter is the child: it stores synthDoc(0..N-1) in order, printing
// "committed i" after each PutDocument returns and a summary at the end.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv(helperDBEnv)
	if path == "" {
		t.Skip("helper process for TestCrashResume")
	}
	n, err := strconv.Atoi(os.Getenv(helperNEnv))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var created, existing int
	for i := range n {
		res, err := db.PutDocument(ctx, synthDoc(i))
		if err != nil {
			t.Fatal(err)
		}
		if res.Created {
			created++
		} else {
			existing++
		}
		fmt.Printf("committed %d\n", i)
	}
	fmt.Printf("done created=%d existing=%d\n", created, existing)
}

// runWriter starts the child on path and returns its output as it comes; kill, when
// positive, is the number of commits after which the child is sent SIGKILL.
// It returns the highest document index the child reported committed and its
// summary line ("" when it was killed).
func runWriter(t *testing.T, path string, n, kill int) (last int, summary string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperDBEnv+"="+path, helperNEnv+"="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	last = -1
	killed := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if s, ok := strings.CutPrefix(line, "committed "); ok {
			i, err := strconv.Atoi(s)
			if err != nil {
				t.Fatalf("child: %q", line)
			}
			last = max(last, i)
			if kill > 0 && i+1 >= kill && !killed {
				// Process.Kill is SIGKILL on Unix: nothing in the child runs after it.
				if err := cmd.Process.Kill(); err != nil {
					t.Fatal(err)
				}
				killed = true
			}
		}
		if strings.HasPrefix(line, "done ") {
			summary = line
		}
	}
	err = cmd.Wait()
	switch {
	case killed && summary != "":
		t.Fatalf("the child finished all %d documents before it could be killed", n)
	case killed && err == nil:
		t.Fatal("the killed child exited cleanly")
	case !killed && err != nil:
		t.Fatalf("child: %v", err)
	}
	return last, summary
}

func TestCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns writer processes")
	}
	n, kill := 2000, 300
	if raceEnabled {
		n, kill = 400, 100
	}
	path := filepath.Join(t.TempDir(), "crash.db")

	last, _ := runWriter(t, path, n, kill)
	stored := verifyStore(t, path, n)
	// Every commit the child reported before it died must have survived: WAL with
	// synchronous=NORMAL loses nothing to a process crash.
	if stored < last+1 {
		t.Fatalf("child reported %d commits, store has %d documents", last+1, stored)
	}
	if stored >= n {
		t.Fatalf("store has all %d documents after the kill", stored)
	}
	t.Logf("killed after %d reported commits; %d documents survived", last+1, stored)

	_, summary := runWriter(t, path, n, 0)
	want := fmt.Sprintf("done created=%d existing=%d", n-stored, stored)
	if summary != want {
		t.Errorf("resumed run: %q, want %q", summary, want)
	}
	if got := verifyStore(t, path, n); got != n {
		t.Errorf("after resuming: %d documents, want exactly %d", got, n)
	}
}

// verifyStore opens the store at path, checks its integrity and that it holds a
// prefix of synthDoc(0..n-1) with every document whole, and returns how many
// documents it holds.
func verifyStore(t *testing.T, path string, n int) int {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after crash: %v", err)
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if hashText(d.Text) != d.Hash {
			t.Fatalf("document %s is not whole: its text does not hash to its hash", d.ID)
		}
		want := synthDoc(i)
		if d.ID != want.ID || d.Hash != want.Hash || len(d.Paragraphs) != len(want.Paragraphs) {
			t.Fatalf("document %d is %s (hash %.8s, %d paragraphs), want %s (hash %.8s, %d)",
				i, d.ID, d.Hash, len(d.Paragraphs), want.ID, want.Hash, len(want.Paragraphs))
		}
	}
	// The search index must agree with the table: one hit per stored document for a
	// term that every synthetic title has.
	hits, err := db.Search(ctx, "report", n+1)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != len(docs) {
		t.Errorf("search finds %d documents, the table has %d", len(hits), len(docs))
	}
	if len(docs) > n {
		t.Fatalf("%d documents, more than the %d written", len(docs), n)
	}
	return len(docs)
}
