package sqlite

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"

	"github.com/sitrep-dev/sitrep"
)

var update = flag.Bool("update", false, "rewrite golden files")

// loadFixtures stores testdata/docs.jsonl, a handful of invented news items.
func loadFixtures(t testing.TB, db *DB) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var d sitrep.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		d.Hash, d.Fingerprint = hashText(d.Text), simhash(d.Text)
		if _, err := db.PutDocument(context.Background(), &d); err != nil {
			t.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestSearchGolden runs testdata/queries.txt against the fixtures; the hits, in order
// and with their snippets, are in testdata/search.golden (go test -update rewrites it).
func TestSearchGolden(t *testing.T) {
	db := newStore(t, Options{})
	loadFixtures(t, db)
	queries, err := os.ReadFile(filepath.Join("testdata", "queries.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for q := range strings.Lines(string(queries)) {
		q = strings.TrimRight(q, "\n")
		if q == "" || strings.HasPrefix(q, "#") {
			continue
		}
		hits, err := db.Search(context.Background(), q, 5)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		fmt.Fprintf(&b, "query: %s\nfts: %s\n", q, ftsQuery(q))
		for _, h := range hits {
			if h.Rank <= 0 {
				t.Errorf("Search(%q): hit %s has rank %v, want > 0", q, h.DocID, h.Rank)
			}
			fmt.Fprintf(&b, "  %s (%s): %s\n", h.DocID, h.Outlet, h.Snippet)
		}
		b.WriteString("\n")
	}
	golden := filepath.Join("testdata", "search.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("search results differ from %s:\n%s", golden, got)
	}
}

func TestSearchRankAndLimit(t *testing.T) {
	db := newStore(t, Options{})
	loadFixtures(t, db)
	ctx := context.Background()
	hits, err := db.Search(ctx, "Bosk", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 {
		t.Fatalf("%d hits, want the limit 3", len(hits))
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank > hits[i-1].Rank {
			t.Errorf("hit %d ranks above hit %d: %v > %v", i, i-1, hits[i].Rank, hits[i-1].Rank)
		}
	}
	all, err := db.Search(ctx, "Bosk", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= 3 {
		t.Errorf("limit 0 gave %d hits, want the default limit's worth", len(all))
	}
	for _, h := range all {
		if !strings.Contains(h.Snippet, HitOpen+"Bosk"+HitClose) {
			t.Errorf("snippet of %s does not mark the hit: %q", h.DocID, h.Snippet)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ceasefire", `"ceasefire"`},
		{"  air   strike ", `"air" AND "strike"`},
		{`"air strike"`, `"air strike"`},
		{`"air strike`, `"air strike"`}, // unclosed quote runs to the end
		{`say "no"`, `"say" AND "no"`},
		{`"the ""quoted"" word"`, `"the " AND "quoted" AND " word"`},
		{`it's`, `"it's"`},
		{`O"Brien`, `"O" AND "Brien"`},
		{"al-Sharaa", `"al-Sharaa"`},
		{"ISIS OR Daesh", `("ISIS" OR "Daesh")`},
		{"ISIS OR Daesh OR IS raid", `("ISIS" OR "Daesh" OR "IS") AND "raid"`},
		{"raid ISIS OR Daesh", `"raid" AND ("ISIS" OR "Daesh")`},
		{"OR ISIS", `"ISIS"`},
		{"ISIS OR", `"ISIS"`},
		{"isis or daesh", `"isis" AND "or" AND "daesh"`}, // lower-case or is a word
		{"detainees -Iraq", `"detainees" NOT "Iraq"`},
		{"detainees NOT Iraq NOT Syria", `"detainees" NOT ("Iraq" OR "Syria")`},
		{`detainees -"Ostrin camp"`, `"detainees" NOT "Ostrin camp"`},
		{"detainees camp -Iraq", `("detainees" AND "camp") NOT "Iraq"`},
		{"ISIS OR Daesh -Iraq", `("ISIS" OR "Daesh") NOT "Iraq"`},
		{"-Iraq", ``},
		{"a -\u00a0b", `"a" AND "b"`}, // a minus before a no-break space is no exclusion
		{"NOT", ``},
		{"a AND b", `"a" AND "b"`},
		{"negotia*", `"negotia"*`},
		{"**", ``},
		{"- -- ---", ``},
		{"(a OR b)", `("(a" OR "b)")`},
		{"title:Kellan", `"title:Kellan"`},
		{"^start NEAR(a b)", `"^start" AND "NEAR(a" AND "b)"`},
		{"a\x00b", `"a" AND "b"`},
		{"\xff\xfeKellan", `"Kellan"`},
		{"", ``},
	} {
		if got := ftsQuery(tc.in); got != tc.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// hostileQueries are inputs that break naive FTS5 query building.
var hostileQueries = []string{
	`"`, `""`, `"""`, `'`, `-`, `--`, `*`, `a*b`, `"a`, `a"`, `(`, `)`, `()`, `:`, `a:b`,
	`^`, `+`, `NEAR`, `NEAR(`, `NEAR(a b, 5)`, `AND`, `OR`, `NOT`, `a OR`, `OR OR OR`,
	`NOT NOT a`, `a NOT`, `{a b}:c`, `col:`, `rowid:1`, `'; DROP TABLE documents; --`,
	`Robert'); DROP TABLE documents;--`, `\`, `%`, `_`, "\x00", "\t\n", `«»`, `…`,
	`مرحبا`, `日本語`, `e\u0301`, `🙂`, `a-`, `-a-`, `---a`, `"-"`, `"*"`, `"OR"`,
	`0"0"OR 00`, `a b OR c`, `a OR b c -d`, `-a OR b`,
}

func TestSearchHostileQueries(t *testing.T) {
	db := newStore(t, Options{})
	loadFixtures(t, db)
	for _, q := range hostileQueries {
		if _, err := db.Search(context.Background(), q, 5); err != nil {
			t.Errorf("Search(%q) (fts %s): %v", q, ftsQuery(q), err)
		}
	}
	if n, err := db.Documents(context.Background(), sitrep.DocumentFilter{}); err != nil || len(n) != 8 {
		t.Errorf("documents after hostile queries: %d, %v", len(n), err)
	}
}

func TestSearchSeeds(t *testing.T) {
	shared := sharedDir(t)
	db := newStore(t, Options{})
	ctx := context.Background()
	files, err := filepath.Glob(filepath.Join(shared, "corpus", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in %s: %v", shared, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		d := &sitrep.Document{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: text,
			Hash: hashText(text), Fingerprint: simhash(text), Status: sitrep.StatusOK}
		if _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// Every seed article is about cooperation against ISIS.
	hits, err := db.Search(ctx, "ISIS", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != len(files) {
		t.Errorf("ISIS found in %d of %d seed articles", len(hits), len(files))
	}
	// Hyphenated names must be found whether or not the user types the hyphen.
	for _, q := range []string{"al-Sharaa", "al Sharaa", `"al-Sharaa"`} {
		hits, err := db.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Errorf("Search(%q) found nothing in the seeds", q)
		}
	}
}

func sharedDir(t *testing.T) string {
	t.Helper()
	return testshared.Dir(t)
}

func FuzzSearch(f *testing.F) {
	for _, q := range hostileQueries {
		f.Add(q)
	}
	f.Add(`detainees -"Ostrin camp" OR Kellan*`)
	db := newStore(f, Options{})
	loadFixtures(f, db)
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := db.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatalf("Search(%q) (fts %s): %v", q, ftsQuery(q), err)
		}
		if len(hits) > 3 {
			t.Fatalf("Search(%q): %d hits over the limit", q, len(hits))
		}
	})
}
