package ingest

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// weekdayIn finds the weekday a dateline paragraph names, if any.
var weekdayIn = regexp.MustCompile(`\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b`)

// TestFAKESDatelines measures what the dateline does to FA-KES's publication
// dates: how many documents find one in their head, and how far the column's
// date was from it. The check that can fail: a dateline that names its weekday
// must fall on that weekday (a misread day, month or year would not), and the
// datelines found must not fall below what the heads are known to carry.
func TestFAKESDatelines(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data/corpora/fakes_syria/fakes.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	type tally struct{ rows, dated, changed, day, week int }
	per := map[string]*tally{}
	var all tally
	var weekdays, buckets [6]int
	bucket := func(days int) int {
		switch {
		case days == 0:
			return 0
		case days == 1:
			return 1
		case days <= 7:
			return 2
		case days <= 31:
			return 3
		case days <= 366:
			return 4
		}
		return 5
	}
	for _, rec := range rows[1:] {
		text, title := strings.TrimSpace(rec[col["article_content"]]), normSpace(rec[col["article_title"]])
		outlet := rec[col["source"]]
		if per[outlet] == nil {
			per[outlet] = &tally{}
		}
		p := per[outlet]
		p.rows++
		all.rows++
		blocks, date := csvBlocks(text, title)
		if date == "" {
			continue
		}
		p.dated++
		all.dated++
		for _, b := range blocks {
			if !b.heading || !strings.Contains(b.text, date[:4]) {
				continue
			}
			if m := weekdayIn.FindStringSubmatch(b.text); m != nil {
				weekdays[0]++
				if d, _ := time.Parse("2006-01-02", date); d.Format("Mon") != m[1] {
					t.Errorf("%s: dateline %q read as %s, a %s", rec[col["unit_id"]], b.text, date, d.Format("Mon"))
				}
			}
			break
		}
		column := normDate(rec[col["date"]])
		if column == date {
			buckets[0]++
			continue
		}
		p.changed++
		all.changed++
		a, errA := time.Parse("2006-01-02", date)
		b, errB := time.Parse("2006-01-02", column)
		if errA != nil || errB != nil {
			buckets[5]++
			continue
		}
		days := int(a.Sub(b).Hours() / 24)
		if days < 0 {
			days = -days
		}
		buckets[bucket(days)]++
		if days > 1 {
			p.day++
			all.day++
		}
		if days > 7 {
			p.week++
			all.week++
		}
	}
	t.Logf("FA-KES: %d rows, %d with a dateline (%d naming a weekday, all on it); Published changes for %d: by more than a day %d, by more than a week %d",
		all.rows, all.dated, weekdays[0], all.changed, all.day, all.week)
	t.Logf("|dateline - column|: same day %d, 1 day %d, 2-7 days %d, 8-31 days %d, 32-366 days %d, more %d",
		buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], buckets[5])
	var names []string
	for n := range per {
		names = append(names, n)
	}
	sort.Strings(names)
	var lines []string
	for _, n := range names {
		p := per[n]
		lines = append(lines, fmt.Sprintf("%s %d/%d dated, %d changed, %d >1 day, %d >1 week", n, p.dated, p.rows, p.changed, p.day, p.week))
	}
	t.Logf("per outlet:\n%s", strings.Join(lines, "\n"))
	// 727 heads carry a day-month-year or dd-mm-yyyy date in their first 160
	// characters (docs/eval/fakes-claims.md); the dotted Sputnik form adds more.
	if all.dated < 727 {
		t.Errorf("%d datelines, want at least 727", all.dated)
	}
}
