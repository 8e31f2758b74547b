package gum

import (
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		split   string
		want    []string // listed
		present []string
		err     bool
	}{
		{split: "dev", want: []string{"GUM_news_alpha", "GUM_news_missing", "GUM_whow_beta"}, present: []string{"GUM_news_alpha", "GUM_whow_beta"}},
		{split: "test", want: []string{"GUM_news_gamma"}},
		// GENTLE's documents are not GUM's and live elsewhere.
		{split: "test2", err: true},
		{split: "train", err: true},
	} {
		t.Run(tc.split, func(t *testing.T) {
			got, err := Split("testdata", tc.split)
			if (err != nil) != tc.err {
				t.Fatalf("Split(%q): error %v, want error %v", tc.split, err, tc.err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Split(%q) = %q, want %q", tc.split, got, tc.want)
			}
			if p := Present("testdata", got); !slices.Equal(p, tc.present) {
				t.Errorf("Present = %q, want %q", p, tc.present)
			}
		})
	}
}

func TestRead(t *testing.T) {
	ss, err := Read("testdata", []string{"GUM_news_alpha", "GUM_whow_beta"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.Meta("sent_id"))
	}
	if want := []string{"a-1", "b-1", "b-2"}; !slices.Equal(ids, want) {
		t.Errorf("sentences %q, want %q", ids, want)
	}
	if _, err := Read("testdata", []string{"GUM_news_missing"}); err == nil {
		t.Error("reading a missing document: no error")
	}
	if _, err := Split("no-such-dir", "dev"); err == nil {
		t.Error("no splits.md: no error")
	}
}

// The shared copy: every split the NLP models train, tune or are tested on has
// documents present.
func TestShared(t *testing.T) {
	dir := testshared.Dir(t) + "/data"
	for _, split := range []string{"train", "dev", "test"} {
		docs, err := Split(dir, split)
		if err != nil {
			t.Fatal(err)
		}
		if p := Present(dir, docs); len(p) == 0 {
			t.Errorf("%s: none of %d documents present", split, len(docs))
		}
	}
}
