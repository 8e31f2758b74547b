package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// Snippets mark each matched term with these, in every store.
const (
	hitOpen  = "«"
	hitClose = "»"
)

// searchCases are queries over testdata/docs.jsonl and every document each must find
// (fewer than the limit of 5), in any order. mark, when set, must appear marked in
// every hit's snippet (compared ignoring case).
var searchCases = []struct {
	query string
	want  []string
	mark  string
}{
	{"Portvale", []string{"harbor-talks", "lettre-ministre", "trade-route"}, "portvale"},
	{"portvale", []string{"harbor-talks", "lettre-ministre", "trade-route"}, "portvale"},
	{`"air strike"`, []string{"airstrike-north", "militia-denial"}, ""},
	{"air strike", []string{"airstrike-north", "militia-denial"}, "strike"},
	{"strike air", []string{"airstrike-north", "militia-denial"}, "air"},
	{`"strike air"`, nil, ""},
	{"Kellan depot", []string{"airstrike-north", "militia-denial"}, "depot"},
	{"detainees OR detainee", []string{"detainees-transfer", "rally-capital"}, "detainees"},
	{"detainees -rally", []string{"detainees-transfer"}, "detainees"},
	{"detainees NOT Ostrin", []string{"rally-capital"}, "detainees"},
	{"transf*", []string{"detainees-transfer"}, "transferred"},
	{"self-styled", []string{"self-styled-envoy"}, ""},
	{"self styled", []string{"self-styled-envoy"}, ""},
	{`"self styled"`, []string{"self-styled-envoy"}, ""},
	{"cessez-le-feu", []string{"lettre-ministre"}, ""},
	// Accents are folded on both sides.
	{"negociations", []string{"lettre-ministre"}, ""},
	{"étrangères", []string{"lettre-ministre"}, ""},
	{"ÉTRANGÈRES", []string{"lettre-ministre"}, ""},
	{"homologue Bösk", []string{"lettre-ministre"}, ""},
	{`"there were only"`, []string{"militia-denial"}, ""},
	{"militia AND weapons", []string{"airstrike-north", "militia-denial"}, "weapons"},
	{"Ostrin OR Tarn -detainees", []string{"self-styled-envoy", "trade-route"}, ""},
	{"Ostrin OR Tarn crossing", []string{"trade-route"}, "crossing"},
	{"Bosk ministry", []string{"airstrike-north"}, "ministry"},
	{"ministry Bosk -militia", nil, ""},
	{"-Bosk", nil, ""},
	{"zanzibar", nil, ""},
}

func testSearch(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	loadFixtures(t, s)
	for _, tc := range searchCases {
		hits, err := s.Search(context.Background(), tc.query, 5)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		var got []string
		for i, h := range hits {
			got = append(got, h.DocID)
			if h.Rank <= 0 {
				t.Errorf("Search(%q): hit %s has rank %v, want > 0", tc.query, h.DocID, h.Rank)
			}
			if i > 0 && h.Rank > hits[i-1].Rank {
				t.Errorf("Search(%q): hit %d ranks above hit %d: %v > %v", tc.query, i, i-1, h.Rank, hits[i-1].Rank)
			}
			if h.Title == "" || h.Outlet == "" {
				t.Errorf("Search(%q): hit %s lacks title or outlet: %+v", tc.query, h.DocID, h)
			}
			if strings.ContainsAny(h.Snippet, "\n\t") {
				t.Errorf("Search(%q): snippet of %s is not one line: %q", tc.query, h.DocID, h.Snippet)
			}
			if tc.mark != "" && !strings.Contains(strings.ToLower(h.Snippet), hitOpen+tc.mark+hitClose) {
				t.Errorf("Search(%q): snippet of %s does not mark %q: %q", tc.query, h.DocID, tc.mark, h.Snippet)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) found %v, want %v", tc.query, got, tc.want)
		}
	}
}

func testSearchRankAndLimit(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	loadFixtures(t, s)
	ctx := context.Background()
	hits, err := s.Search(ctx, "Bosk", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 {
		t.Fatalf("%d hits, want the limit 3", len(hits))
	}
	all, err := s.Search(ctx, "Bosk", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= 3 {
		t.Errorf("limit 0 gave %d hits, want the default limit's worth", len(all))
	}
	seen := map[string]bool{}
	for _, h := range all {
		if seen[h.DocID] {
			t.Errorf("%s returned twice", h.DocID)
		}
		seen[h.DocID] = true
		if !strings.Contains(h.Snippet, hitOpen+"Bosk"+hitClose) {
			t.Errorf("snippet of %s does not mark the hit: %q", h.DocID, h.Snippet)
		}
	}
	// The first three of all hits are the three of the limited search.
	for i := range hits {
		if hits[i].DocID != all[i].DocID {
			t.Errorf("limit 3 hit %d is %s, unlimited has %s", i, hits[i].DocID, all[i].DocID)
		}
	}
	// A title match outweighs a mention in the text: "Ostrin" is in one title.
	top, err := s.Search(ctx, "Ostrin", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) < 2 || top[0].DocID != "detainees-transfer" {
		t.Errorf("Search(Ostrin) = %v, want detainees-transfer first of several", top)
	}
}

// hostileQueries are inputs that break naive full-text query building.
var hostileQueries = []string{
	`"`, `""`, `"""`, `'`, `-`, `--`, `*`, `a*b`, `"a`, `a"`, `(`, `)`, `()`, `:`, `a:b`,
	`^`, `+`, `NEAR`, `NEAR(`, `NEAR(a b, 5)`, `AND`, `OR`, `NOT`, `a OR`, `OR OR OR`,
	`NOT NOT a`, `a NOT`, `{a b}:c`, `col:`, `rowid:1`, `'; DROP TABLE documents; --`,
	`Robert'); DROP TABLE documents;--`, `\`, `%`, `_`, "\x00", "\t\n", `«»`, `…`,
	`مرحبا`, `日本語`, `e\u0301`, `🙂`, `a-`, `-a-`, `---a`, `"-"`, `"*"`, `"OR"`,
	`0"0"OR 00`, `a b OR c`, `a OR b c -d`, `-a OR b`,
	// tsquery and LIKE syntax, for stores that build those.
	`a & b`, `a | b`, `!a`, `a <-> b`, `a <2> b`, `a:*`, `a:AB`, `'a':*`, `\'`, `a\`, `''''`,
	`a:* & !b`, `(a | b) & !(c)`, `\x`, "\xff\xfe", "a\x00b", `a''b`, `a\\'b`,
}

func testSearchHostile(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	n := loadFixtures(t, s)
	for _, q := range hostileQueries {
		hits, err := s.Search(context.Background(), q, 5)
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if len(hits) > 5 {
			t.Errorf("Search(%q): %d hits over the limit", q, len(hits))
		}
	}
	if got := count(t, s); got != n {
		t.Errorf("%d documents after hostile queries, want %d", got, n)
	}
	// Punctuation glued to a word is no syntax: the word is still searched for.
	hits, err := s.Search(context.Background(), "(Portvale)", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 {
		t.Errorf("Search((Portvale)) found %d documents, want the 3 that mention Portvale", len(hits))
	}
}
