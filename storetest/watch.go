package storetest

import (
	"context"
	"reflect"
	"testing"
)

// Watcher is the analyst's watchlist of actor pairs. A backend that keeps one
// implements it; the suite's Watchlist test skips backends that do not.
type Watcher interface {
	AddWatch(ctx context.Context, a, b string) error
	RemoveWatch(ctx context.Context, a, b string) (bool, error)
	Watches(ctx context.Context) ([][2]string, error)
}

func testWatchlist(t *testing.T, open func(*testing.T) Store) {
	w, ok := open(t).(Watcher)
	if !ok {
		t.Skip("the store keeps no watchlist")
	}
	ctx := context.Background()
	// Each step applies one call and states the whole list after it: pairs are
	// one entry in either order and any case, kept upper case in sorted order,
	// and listed in code-point order ("A-C" before "AB": '-' sorts before 'B').
	steps := []struct {
		name    string
		add     [2]string
		remove  [2]string
		removed bool // what RemoveWatch reports
		wantErr bool
		want    [][2]string
	}{
		{name: "add", add: [2]string{"usa", "SYR"}, want: [][2]string{{"SYR", "USA"}}},
		{name: "same pair reversed", add: [2]string{"SYR", "USA"}, want: [][2]string{{"SYR", "USA"}}},
		{name: "padded", add: [2]string{" IRQ", "pmf "}, want: [][2]string{{"IRQ", "PMF"}, {"SYR", "USA"}}},
		{name: "code-point order", add: [2]string{"AB", "ZZZ"}, want: [][2]string{{"AB", "ZZZ"}, {"IRQ", "PMF"}, {"SYR", "USA"}}},
		{name: "punctuation sorts first", add: [2]string{"ZZZ", "A-C"}, want: [][2]string{{"A-C", "ZZZ"}, {"AB", "ZZZ"}, {"IRQ", "PMF"}, {"SYR", "USA"}}},
		{name: "blank side", add: [2]string{"USA", " "}, wantErr: true, want: [][2]string{{"A-C", "ZZZ"}, {"AB", "ZZZ"}, {"IRQ", "PMF"}, {"SYR", "USA"}}},
		{name: "remove reversed", remove: [2]string{"USA", "syr"}, removed: true, want: [][2]string{{"A-C", "ZZZ"}, {"AB", "ZZZ"}, {"IRQ", "PMF"}}},
		{name: "remove twice", remove: [2]string{"USA", "SYR"}, removed: false, want: [][2]string{{"A-C", "ZZZ"}, {"AB", "ZZZ"}, {"IRQ", "PMF"}}},
		{name: "remove unknown", remove: [2]string{"RUS", "UKR"}, removed: false, want: [][2]string{{"A-C", "ZZZ"}, {"AB", "ZZZ"}, {"IRQ", "PMF"}}},
	}
	for _, s := range steps {
		if s.add != [2]string{} {
			err := w.AddWatch(ctx, s.add[0], s.add[1])
			if (err != nil) != s.wantErr {
				t.Errorf("%s: AddWatch(%q, %q) error %v, want error %v", s.name, s.add[0], s.add[1], err, s.wantErr)
			}
		} else {
			got, err := w.RemoveWatch(ctx, s.remove[0], s.remove[1])
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			if got != s.removed {
				t.Errorf("%s: RemoveWatch(%q, %q) = %v, want %v", s.name, s.remove[0], s.remove[1], got, s.removed)
			}
		}
		got, err := w.Watches(ctx)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if !reflect.DeepEqual(got, s.want) {
			t.Errorf("%s: watches %v, want %v", s.name, got, s.want)
		}
	}
}
