package ingest

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readOne reads a single-document input and fails the test unless exactly one
// document came out.
func readOne(t *testing.T, input string, opts Options) *sitrep.Document {
	t.Helper()
	items, err := ReadAll(context.Background(), input, opts)
	if err != nil {
		t.Fatalf("Read(%s): %v", input, err)
	}
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("Read(%s): want one document, got %v", input, items)
	}
	checkInvariants(t, items[0].Doc)
	return items[0].Doc
}

// checkInvariants holds for every document any reader makes.
func checkInvariants(t testing.TB, d *sitrep.Document) {
	t.Helper()
	if d == nil {
		t.Fatal("nil document")
	}
	if !utf8.ValidString(d.Text) {
		t.Errorf("%s: text is not valid UTF-8", d.ID)
	}
	if d.ID == "" || d.Hash == "" || d.Status == "" {
		t.Errorf("document lacks id, hash or status: %+v", d)
	}
	end := 0
	for i, p := range d.Paragraphs {
		if p.Start < end || p.End > len(d.Text) || p.Start >= p.End {
			t.Fatalf("%s: paragraph %d span %v out of order or bounds (text %d bytes)", d.ID, i, p.Span, len(d.Text))
		}
		if i > 0 && d.Text[end:p.Start] != paragraphSep {
			t.Errorf("%s: paragraphs %d and %d not separated by a blank line: %q", d.ID, i-1, i, d.Text[end:p.Start])
		}
		if s := d.Text[p.Start:p.End]; strings.TrimSpace(s) != s || strings.Contains(s, "\n") || strings.Contains(s, "  ") {
			t.Errorf("%s: paragraph %d not normalised: %q", d.ID, i, s)
		}
		end = p.End
	}
	if len(d.Paragraphs) > 0 && end != len(d.Text) || len(d.Paragraphs) == 0 && d.Text != "" {
		t.Errorf("%s: paragraphs do not cover the text", d.ID)
	}
}

func paragraphs(d *sitrep.Document) (texts []string, headings []string) {
	for _, p := range d.Paragraphs {
		s := d.Text[p.Start:p.End]
		texts = append(texts, s)
		if p.Heading {
			headings = append(headings, s)
		}
	}
	return texts, headings
}

// golden compares d with testdata/golden/name.json, rewriting it under -update.
func golden(t *testing.T, name string, d *sitrep.Document) {
	t.Helper()
	c := *d
	c.IngestedAt = sitrep.Document{}.IngestedAt // the one field that changes per run
	c.Source = filepath.ToSlash(c.Source)
	got, err := json.MarshalIndent(struct {
		*sitrep.Document
		Fingerprint uint64 `json:"fingerprint"`
	}{&c, c.Fingerprint}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != string(got) {
		t.Errorf("%s differs from golden file %s:\n%s", name, path, got)
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		file                            string
		title, outlet, byline, upstream string
		headings                        []string
		absent, present                 []string
	}{
		{
			file:     "headline_comments.txt",
			title:    "Harbor Authority Opens New Grain Terminal in Port Meridian",
			headings: []string{"Harbor Authority Opens New Grain Terminal in Port Meridian", "Financing and Delays"},
			absent:   []string{"Leave a Reply", "Required fields", "Share this", "WhatsApp"},
			present:  []string{"doubling the city's capacity", "repaid within ten years"},
		},
		{
			file:     "byline_copyright.txt",
			title:    "Flood Waters Recede in the Lower Valley",
			outlet:   "Harbor Ledger",
			byline:   "Jane Roe and Omar Haddad",
			upstream: "The Daily Courier",
			headings: []string{"Flood Waters Recede in the Lower Valley"},
			absent:   []string{"Home »", "©", "All rights reserved", "By Jane Roe", "Follow us"},
			present:  []string{"By Monday, engineers"},
		},
		{
			file:     "wrapped.txt",
			title:    "Council Approves Budget After Long Debate",
			headings: []string{"Council Approves Budget After Long Debate", "Transport Spending"},
			present:  []string{"debate that lasted more than nine hours, council members said, ending a month"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := readOne(t, filepath.Join("testdata", "text", tt.file), Options{})
			if d.ID != strings.TrimSuffix(tt.file, ".txt") {
				t.Errorf("id = %q", d.ID)
			}
			if d.Title != tt.title || d.Outlet != tt.outlet || d.Byline != tt.byline || d.Upstream != tt.upstream {
				t.Errorf("title, outlet, byline, upstream = %q, %q, %q, %q; want %q, %q, %q, %q",
					d.Title, d.Outlet, d.Byline, d.Upstream, tt.title, tt.outlet, tt.byline, tt.upstream)
			}
			if _, h := paragraphs(d); strings.Join(h, "|") != strings.Join(tt.headings, "|") {
				t.Errorf("headings = %q, want %q", h, tt.headings)
			}
			for _, s := range tt.absent {
				if strings.Contains(d.Text, s) {
					t.Errorf("text still holds %q", s)
				}
			}
			for _, s := range tt.present {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			if d.Status != sitrep.StatusOK || d.Language != "en" || d.Format != "text" {
				t.Errorf("status, language, format = %q, %q, %q", d.Status, d.Language, d.Format)
			}
			golden(t, "text_"+strings.TrimSuffix(tt.file, ".txt"), d)
		})
	}
}

func TestReadHTML(t *testing.T) {
	d := readOne(t, "testdata/html/article.html", Options{})
	want := map[string][2]string{
		"title":     {d.Title, "Rail Link Between Two Border Towns Reopens"},
		"outlet":    {d.Outlet, "The Northern Gazette"},
		"byline":    {d.Byline, "Lena Marsh"},
		"published": {d.Published, "2025-03-14"},
		"url":       {d.URL, "https://gazette.example/news/rail-link-reopens"},
		"language":  {d.Language, "en"},
		"id":        {d.ID, "article"},
		"format":    {d.Format, "html"},
	}
	for k, v := range want {
		if v[0] != v[1] {
			t.Errorf("%s = %q, want %q", k, v[0], v[1])
		}
	}
	_, headings := paragraphs(d)
	if strings.Join(headings, "|") != "Rail Link Between Two Border Towns Reopens|A Bridge Rebuilt" {
		t.Errorf("headings = %q", headings)
	}
	for _, s := range []string{"Leave a Reply", "Required fields", "©", "Share on", "Related articles", "tracking", "font-family", "Home »", "By Lena"} {
		if strings.Contains(d.Text, s) {
			t.Errorf("text still holds %q", s)
		}
	}
	for _, s := range []string{"reopened on Friday after eleven years", "without a two-hour detour"} {
		if !strings.Contains(d.Text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	golden(t, "html_article", d)
}

// TestFallbackExtractor runs our own extractor on the page trafilatura reads, so
// that the fallback is known to work on its own.
func TestFallbackExtractor(t *testing.T) {
	data, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		t.Fatal(err)
	}
	root, err := parseHTML(string(data))
	if err != nil {
		t.Fatal(err)
	}
	d := &sitrep.Document{}
	assemble(d, fallbackBlocks(root))
	for _, s := range []string{"reopened on Friday", "A Bridge Rebuilt", "two-hour detour"} {
		if !strings.Contains(d.Text, s) {
			t.Errorf("fallback text lacks %q", s)
		}
	}
	for _, s := range []string{"Leave a Reply", "Related articles", "Home", "©", "Share on"} {
		if strings.Contains(d.Text, s) {
			t.Errorf("fallback text holds %q", s)
		}
	}
}

func TestCharsets(t *testing.T) {
	tests := []struct {
		file, lang, status, phrase string
	}{
		{"html/cp1256.html", "ar", sitrep.StatusNonEnglish, "أعلنت الحكومة اليوم"},
		{"html/latin1.html", "fr", sitrep.StatusNonEnglish, "coopération avec les pays voisins"},
		{"text/latin1_fr.txt", "fr", sitrep.StatusNonEnglish, "ministère, les négociations"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := readOne(t, filepath.Join("testdata", tt.file), Options{})
			if !strings.Contains(d.Text, tt.phrase) {
				t.Errorf("text lacks %q: %.200q", tt.phrase, d.Text)
			}
			if d.Language != tt.lang || d.Status != tt.status {
				t.Errorf("language, status = %q, %q; want %q, %q", d.Language, d.Status, tt.lang, tt.status)
			}
		})
	}
}

func TestReadFeed(t *testing.T) {
	items, err := ReadAll(context.Background(), "testdata/feed/rss.xml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2: %v", len(items), items)
	}
	for _, it := range items {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		checkInvariants(t, it.Doc)
	}
	a, b := items[0].Doc, items[1].Doc
	if a.Title != "Water Rationing Ends in Three Districts" || a.Outlet != "Valley Post" || a.Byline != "Sam Okafor" ||
		a.Published != "2025-06-02" || a.URL != "https://valleypost.example/2025/06/water-rationing-ends" || a.Format != "feed" {
		t.Errorf("first item metadata: %+v", a)
	}
	if _, h := paragraphs(a); strings.Join(h, "|") != "Water Rationing Ends in Three Districts|Reservoir Levels" {
		t.Errorf("headings = %q", h)
	}
	if strings.Contains(a.Text, "Share this") || strings.Contains(a.Text, "teaser") || !strings.Contains(a.Text, "80 percent") {
		t.Errorf("first item text: %q", a.Text)
	}
	if items[0].Input != "testdata/feed/rss.xml#1" || a.ID != "valleypost.example-p-101" {
		t.Errorf("input, id = %q, %q", items[0].Input, a.ID)
	}
	if !strings.Contains(b.Text, "drove their tractors") || strings.Contains(b.Text, "<p>") || b.Published != "2025-06-03" {
		t.Errorf("second item: %q %q", b.Published, b.Text)
	}
	golden(t, "feed_rss_1", a)

	d := readOne(t, "testdata/feed/atom.xml", Options{})
	if d.Title != "Ferry Service Suspended During Storm" || d.Byline != "Ines Varga" || d.Published != "2025-09-10" ||
		d.URL != "https://coastalwire.example/ferry-suspended" || !strings.Contains(d.Text, "100 kilometres an hour") {
		t.Errorf("atom entry: %+v", d)
	}
}

func TestReadJSONL(t *testing.T) {
	items, err := ReadAll(context.Background(), "testdata/jsonl/articles.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	type result struct{ input, id, err string }
	want := []result{
		{"testdata/jsonl/articles.jsonl:1", "j1", ""},
		{"testdata/jsonl/articles.jsonl:2", "", "not a valid JSON record"},
		{"testdata/jsonl/articles.jsonl:3", "", `missing "id"`},
		{"testdata/jsonl/articles.jsonl:4", "j4", ""},
		{"testdata/jsonl/articles.jsonl:5", "", `neither "text" nor "html"`},
		{"testdata/jsonl/articles.jsonl:6", "", "not a valid JSON record"},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %v", len(items), len(want), items)
	}
	for i, it := range items {
		w := want[i]
		if it.Input != w.input {
			t.Errorf("item %d input = %q, want %q", i, it.Input, w.input)
		}
		switch {
		case w.err != "":
			if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) || !strings.Contains(it.Err.Error(), w.input) {
				t.Errorf("item %d error = %v, want one naming %s and %q", i, it.Err, w.input, w.err)
			}
		case it.Err != nil:
			t.Errorf("item %d: %v", i, it.Err)
		default:
			checkInvariants(t, it.Doc)
			if it.Doc.ID != w.id {
				t.Errorf("item %d id = %q, want %q", i, it.Doc.ID, w.id)
			}
		}
	}
	j1, j4 := items[0].Doc, items[3].Doc
	if j1.Outlet != "Relief Monitor" || j1.Published != "2025-02" || j1.Format != "jsonl" || !strings.Contains(j1.Text, "30 trucks") {
		t.Errorf("j1: %+v", j1)
	}
	if j4.Title != "Schools Reopen" || j4.URL != "https://example.org/schools" || strings.Contains(j4.Text, "<p>") || !strings.Contains(j4.Text, "two-week closure") {
		t.Errorf("j4: %+v", j4)
	}
}

func TestReadCSV(t *testing.T) {
	items, err := ReadAll(context.Background(), "testdata/csv/fakes_style.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 4 {
		t.Fatalf("got %d items: %v", len(items), items)
	}
	if items[2].Err == nil || !errors.Is(items[2].Err, ErrEmpty) || items[2].Input != "testdata/csv/fakes_style.csv:4" {
		t.Errorf("empty row: %q %v", items[2].Input, items[2].Err)
	}
	d := items[0].Doc
	checkInvariants(t, d)
	if d.ID != "501" || d.Outlet != "Reuters" || d.Published != "2025-03-03" || d.Title != "Market fire destroys forty shops" {
		t.Errorf("row 1: %+v", d)
	}
	texts, headings := paragraphs(d)
	if len(texts) != 3 || strings.Join(headings, "|") != "Mon 03 Mar 2025|Market fire destroys forty shops" {
		t.Errorf("row 1 paragraphs = %q", texts)
	}
	if d := items[3].Doc; d == nil || !strings.Contains(d.Text, `the "temporary" closure`) || d.Upstream != "Anadolu Agency" || d.Outlet != "Ahram Online" {
		t.Errorf("row 4: %+v", d)
	}
}

func TestReadDirectory(t *testing.T) {
	items, err := ReadAll(context.Background(), "testdata/dir", Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*sitrep.Document{}
	var errs []string
	for _, it := range items {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
			continue
		}
		checkInvariants(t, it.Doc)
		docs[it.Doc.ID] = it.Doc
	}
	// link.txt is a symbolic link to alpha.txt: the same article under its own id.
	if len(docs) != 4 || docs["dir-alpha"] == nil || docs["beta"] == nil || docs["gamma"] == nil || docs["link"] == nil {
		t.Fatalf("documents = %v", sortedKeys(docs))
	}
	// The manifest's two bad lines are reported with their line numbers, the
	// dangling link as unreadable, and the line naming a missing file at the end.
	wantErrs := []string{
		"manifest.jsonl:3: malformed input",
		`manifest.jsonl:4: malformed input: missing "file"`,
		"dir/dangling.txt: stat",
		`manifest.jsonl: names "missing.txt", which is not in the folder`,
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q", errs)
	}
	for i, w := range wantErrs {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want %q", i, errs[i], w)
		}
	}
	if g := docs["gamma"]; g.Outlet != "Town Crier" {
		t.Errorf("gamma outlet from the parent folder's manifest = %q", g.Outlet)
	}
	a := docs["dir-alpha"]
	// The manifest wins over the footer; its note in parentheses is not the name.
	if a.Outlet != "Hill Country Times" || a.Published != "2025-12" || a.Byline != "Ada Brook" || a.Title != "Mountain Road Closed After Landslide" {
		t.Errorf("alpha: %+v", a)
	}
	if b := docs["beta"]; b.Title != "Beta From Manifest" || !strings.Contains(b.Text, "price of flour") {
		t.Errorf("gzipped beta: %+v", b)
	}
	for _, d := range docs {
		if strings.Contains(d.Text, "hidden") {
			t.Errorf("hidden file ingested")
		}
	}
}

func TestBadInputs(t *testing.T) {
	tests := []struct {
		name, input string
		opts        Options
		wantErr     error  // on the emitted item
		wantMsg     string // part of the message
	}{
		{"empty file", "testdata/bad/empty.txt", Options{}, ErrEmpty, "testdata/bad/empty.txt: empty input"},
		{"blank file", "testdata/bad/blank.txt", Options{}, ErrEmpty, "empty input"},
		{"binary file", "testdata/bad/image.txt", Options{}, ErrBinary, "binary content (image/png)"},
		{"invalid UTF-8", "testdata/bad/mixed.txt", Options{}, ErrInvalidUTF8, "byte 104"},
		{"over the size limit", "testdata/text/wrapped.txt", Options{MaxBytes: 100}, ErrTooLarge, "limit 100"},
		{"malformed feed", "testdata/feed/malformed.xml", Options{}, ErrMalformed, "feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			err := Read(context.Background(), tt.input, tt.opts, func(it Item) { items = append(items, it) })
			if err != nil {
				// Read-level failures emit nothing.
				if len(items) != 0 {
					t.Fatalf("Read returned %v after emitting %d items", err, len(items))
				}
				items = []Item{{Input: tt.input, Err: err}}
			}
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("want one failed item, got %v", items)
			}
			e := items[0].Err
			if !errors.Is(e, tt.wantErr) || !strings.Contains(e.Error(), tt.wantMsg) || !strings.Contains(e.Error(), tt.input) {
				t.Errorf("error = %q, want %v naming %s with %q", e, tt.wantErr, tt.input, tt.wantMsg)
			}
		})
	}
	t.Run("unreadable path", func(t *testing.T) {
		called := false
		err := Read(context.Background(), "testdata/no/such/file.txt", Options{}, func(Item) { called = true })
		if err == nil || called || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "testdata/no/such/file.txt") {
			t.Errorf("err = %v, emitted = %v", err, called)
		}
	})
	t.Run("malformed HTML", func(t *testing.T) {
		d := readOne(t, "testdata/html/malformed.html", Options{})
		if !strings.Contains(d.Text, "exchange of prisoners") || strings.Contains(d.Text, "not text") {
			t.Errorf("best-effort text = %q", d.Text)
		}
	})
	t.Run("batch goes on", func(t *testing.T) {
		dir := t.TempDir()
		for name, content := range map[string]string{
			"a.txt": "", "b.txt": "Ministers Meet\nThe ministers met on Monday, a spokesman said.\n", "c.bin": "\x00\x01\x02binary",
		} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		items, err := ReadAll(context.Background(), dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var ok, failed int
		for _, it := range items {
			if it.Err != nil {
				failed++
			} else {
				ok++
			}
		}
		if ok != 1 || failed != 2 {
			t.Errorf("ok, failed = %d, %d; want 1, 2", ok, failed)
		}
	})
}

func TestReadStdin(t *testing.T) {
	f, err := os.Open("testdata/text/headline_comments.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	d := readOne(t, "-", Options{})
	if d.Source != "-" || !strings.HasPrefix(d.ID, "doc-") || d.Title != "Harbor Authority Opens New Grain Terminal in Port Meridian" {
		t.Errorf("stdin document: id %q source %q title %q", d.ID, d.Source, d.Title)
	}
}

func TestHTMLFooterOutlet(t *testing.T) {
	d := readOne(t, "testdata/html/footer_only.html", Options{})
	// No meta tags: the outlet comes from the footer, not the photo credit, and
	// the <title> loses its site suffix.
	if d.Outlet != "Bay Times Media" || d.Title != "Port Strike Ends" {
		t.Errorf("outlet, title = %q, %q", d.Outlet, d.Title)
	}
	if strings.Contains(d.Text, "All rights reserved") || !strings.Contains(d.Text, "backlog to clear") {
		t.Errorf("text = %q", d.Text)
	}
}

func TestMarkdownHeadings(t *testing.T) {
	d := &sitrep.Document{}
	assemble(d, textBlocks("# Talks Resume\nThe talks resumed on Monday.\n## Reactions\nOfficials welcomed them.\n#hashtag stays text"))
	texts, headings := paragraphs(d)
	if strings.Join(headings, "|") != "Talks Resume|Reactions" || texts[len(texts)-1] != "#hashtag stays text" {
		t.Errorf("paragraphs = %q, headings = %q", texts, headings)
	}
}

func TestGzipLimit(t *testing.T) {
	var buf strings.Builder
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Repeat("The convoy moved north. ", 500)))
	zw.Close()
	path := filepath.Join(t.TempDir(), "big.txt.gz")
	if err := os.WriteFile(path, []byte(buf.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// Compressed it fits the limit; decompressed it does not.
	items, err := ReadAll(context.Background(), path, Options{MaxBytes: 2000})
	if err != nil || len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) || !strings.Contains(items[0].Err.Error(), "gzip") {
		t.Errorf("items %v, err %v", items, err)
	}
	d := readOne(t, path, Options{})
	if d.ID != "big" || !strings.HasPrefix(d.Text, "The convoy moved north.") {
		t.Errorf("id %q text %.40q", d.ID, d.Text)
	}
}

func TestFeedOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"Capitol Wire — Middle East": "Capitol Wire",
		"BBC News - World":           "BBC News",
		"Reuters: World News":        "Reuters",
		"Asharq Al-Awsat":            "Asharq Al-Awsat",
		"Valley &amp; Coast Post":    "Valley & Coast Post",
		"":                           "",
	} {
		if got := feedOutlet(in); got != want {
			t.Errorf("feedOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}
