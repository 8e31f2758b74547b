package sitrep

import (
	"testing"
	"time"
)

// The date forms every reader of Event.Date shares: a malformed or over-long span
// must be rejected the same way everywhere, and a valid span must sort and tally
// in the week of its first day.
func TestDateSpan(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		date, first, last, precision, week string
	}{
		{"2025-11-10", "2025-11-10", "2025-11-10", PrecisionDay, "2025-11-10"},
		{"2025-11-03/2025-11-09", "2025-11-03", "2025-11-09", PrecisionWeek, "2025-11-03"},
		// A week across a month boundary keeps its days, not the year.
		{"2025-09-29/2025-10-05", "2025-09-29", "2025-10-05", PrecisionWeek, "2025-09-29"},
		// And across a year boundary.
		{"2025-12-29/2026-01-04", "2025-12-29", "2026-01-04", PrecisionWeek, "2025-12-29"},
		{"2025-11-08/2025-11-09", "2025-11-08", "2025-11-09", PrecisionWeek, "2025-11-03"},
		{"2025-11", "2025-11-01", "2025-11-30", PrecisionMonth, ""},
		{"2024-02", "2024-02-01", "2024-02-29", PrecisionMonth, ""},
		{"2025", "2025-01-01", "2025-12-31", PrecisionYear, ""},
		// Not dates: reversed, one day written as a span, longer than a week, two
		// weeks (Sunday to Monday), malformed halves, a bare slash.
		{"2025-11-09/2025-11-03", "", "", "", ""},
		{"2025-11-03/2025-11-03", "", "", "", ""},
		{"2025-11-03/2025-11-12", "", "", "", ""},
		{"2025-11-09/2025-11-10", "", "", "", ""},
		{"2025-11-03/2025-11-3x", "", "", "", ""},
		{"2025-11-03-2025-11-09", "", "", "", ""},
		{"2025-13", "", "", "", ""},
		{"", "", "", "", ""},
	} {
		first, last, ok := DateSpan(c.date)
		if ok != (c.first != "") {
			t.Errorf("DateSpan(%q) ok = %v", c.date, ok)
			continue
		}
		if ok && (!first.Equal(day(c.first)) || !last.Equal(day(c.last))) {
			t.Errorf("DateSpan(%q) = %s..%s, want %s..%s", c.date, first.Format(time.DateOnly), last.Format(time.DateOnly), c.first, c.last)
		}
		if got := DatePrecision(c.date); got != c.precision {
			t.Errorf("DatePrecision(%q) = %q, want %q", c.date, got, c.precision)
		}
		if got := WeekStart(c.date); got != c.week {
			t.Errorf("WeekStart(%q) = %q, want %q", c.date, got, c.week)
		}
		if ok && c.precision != PrecisionMonth && c.precision != PrecisionYear {
			if got := FormatSpan(first, last); got != c.date {
				t.Errorf("FormatSpan of %q = %q", c.date, got)
			}
		}
	}
}

// FuzzDateSpan checks that any string read as a date gives an ordered pair of days
// that writes back as itself (days and spans) and has a precision.
func FuzzDateSpan(f *testing.F) {
	for _, s := range []string{"2025-11-10", "2025-11-03/2025-11-09", "2025-11", "2025", "", "2025-11-09/2025-11-10", "2025-13", "abcd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		first, last, ok := DateSpan(s)
		if !ok {
			if DatePrecision(s) != "" {
				t.Fatalf("%q: no span but precision %q", s, DatePrecision(s))
			}
			return
		}
		if last.Before(first) {
			t.Fatalf("%q: last %v before first %v", s, last, first)
		}
		p := DatePrecision(s)
		if p == "" {
			t.Fatalf("%q: a span but no precision", s)
		}
		if (p == PrecisionDay || p == PrecisionWeek) && FormatSpan(first, last) != s {
			t.Fatalf("%q: writes back as %q", s, FormatSpan(first, last))
		}
	})
}
