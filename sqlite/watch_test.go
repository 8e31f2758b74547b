package sqlite

import (
	"context"
	"reflect"
	"testing"
)

func TestWatchlist(t *testing.T) {
	ctx := context.Background()
	db := newStore(t, Options{})
	for _, p := range [][2]string{{"usa", "SYR"}, {"SYR", "USA"}, {"IRQ", "PMF"}} {
		if err := db.AddWatch(ctx, p[0], p[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.AddWatch(ctx, "USA", " "); err == nil {
		t.Error("a pair with one side blank: want an error")
	}
	got, err := db.Watches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := [][2]string{{"IRQ", "PMF"}, {"SYR", "USA"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("watches %v, want %v", got, want)
	}
	if ok, err := db.RemoveWatch(ctx, "USA", "SYR"); !ok || err != nil {
		t.Errorf("remove: %v %v", ok, err)
	}
	if ok, _ := db.RemoveWatch(ctx, "USA", "SYR"); ok {
		t.Error("removing twice reports a removal")
	}
}
