package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The read-only commands and the flags an analyst types into them. Commands that
// write (ingest, run, actors accept, watch), serve, or read files named on the
// command line are left out: their inputs have fuzz targets of their own.
var (
	fuzzCommands = []string{"events", "docs", "search", "export", "claims", "quotes", "frames", "dyads"}
	fuzzFlags    = []string{"format", "doc", "actor", "root", "mode", "limit", "by", "kind", "speaker", "log-level"}
)

// FuzzQueryCommands runs the query commands over a real store with an arbitrary
// flag value and an arbitrary argument: whatever is typed, the command answers
// with output and exit 0, or a message on stderr and a non-zero exit (1 or 2), and
// JSON Lines output is JSON.
func FuzzQueryCommands(f *testing.F) {
	for i, v := range []string{"jsonl", "IRQ", "%_\\", "-1", "99999999999999999999", "country", "direct", "\xff\xfe", "debug", "07"} {
		f.Add(uint8(i), uint8(i), v, "")
	}
	f.Add(uint8(2), uint8(0), "jsonl", `"Iraqi forces" OR -x*`)
	f.Add(uint8(3), uint8(0), "graphml", "extra")
	dir := f.TempDir()
	db := filepath.Join(dir, "fuzz.db")
	var out, errb strings.Builder
	if code := run(f.Context(), []string{"ingest", "--db", db, filepath.Join("..", "..", "examples", "storyline")}, &out, &errb); code != 0 {
		f.Fatalf("ingest: exit %d: %s", code, errb.String())
	}
	f.Fuzz(func(t *testing.T, cmd, flag uint8, value, arg string) {
		// A command line cannot hold NUL; an argument that looks like a flag could
		// name another store (--db) or rewrite this one (--rebuild), so it is
		// taken as a value of the picked flag instead.
		value, arg = strings.ReplaceAll(value, "\x00", ""), strings.ReplaceAll(arg, "\x00", "")
		args := []string{fuzzCommands[int(cmd)%len(fuzzCommands)], "--db", db, "--" + fuzzFlags[int(flag)%len(fuzzFlags)] + "=" + value}
		if arg != "" && !strings.HasPrefix(arg, "-") {
			args = append(args, arg)
		}
		var out, errb strings.Builder
		code := run(t.Context(), args, &out, &errb)
		switch {
		case code != 0 && code != exitPartial && code != exitUsage:
			t.Fatalf("%q: exit %d", args, code)
		case code != 0 && errb.Len() == 0:
			t.Fatalf("%q: exit %d without a message", args, code)
		case code == 0 && strings.Contains(strings.Join(args, " "), "--format=jsonl"):
			for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				if l != "" && !json.Valid([]byte(l)) {
					t.Fatalf("%q: output line is not JSON: %.200s", args, l)
				}
			}
		}
	})
}
