package cluster

import (
	"maps"
	"strings"
	"testing"
)

// corpus builds invented sentences in which the weekdays share their contexts
// ("on _ morning") and the fruits theirs ("ate the _ ."), so that a working
// induction puts each group's words together.
func corpus() [][]string {
	var out [][]string
	days := []string{"monday", "tuesday", "friday"}
	fruits := []string{"apple", "pear", "plum"}
	for i := 0; i < 20; i++ {
		for _, d := range days {
			out = append(out, strings.Fields("we met on "+d+" morning ."))
			out = append(out, strings.Fields("it was quiet in Paris on "+d+" evening ."))
		}
		for _, f := range fruits {
			out = append(out, strings.Fields("she ate the "+f+" slowly ."))
			out = append(out, strings.Fields("he ate the "+f+" ."))
		}
	}
	return out
}

func TestInduceGroupsWordsByContext(t *testing.T) {
	cl := Induce(corpus(), 3, 100, 2, 4, 1)
	fine := func(w string) string {
		ids, _, _ := strings.Cut(cl[w], "|")
		if ids == "" {
			t.Fatalf("%q has no cluster: %q", w, cl[w])
		}
		return ids
	}
	for _, group := range [][]string{{"monday", "tuesday", "friday"}, {"apple", "pear", "plum"}} {
		for _, w := range group[1:] {
			if fine(w) != fine(group[0]) {
				t.Errorf("%s is in cluster %s, %s in %s: the same contexts should give the same cluster",
					w, fine(w), group[0], fine(group[0]))
			}
		}
	}
	if fine("monday") == fine("apple") {
		t.Errorf("weekdays and fruits share cluster %s", fine("monday"))
	}
}

// TestInduceCapitalisation checks the capitalisation class: "paris" is written
// capitalised away from the sentence start, "ate" never.
func TestInduceCapitalisation(t *testing.T) {
	cl := Induce(corpus(), 3, 100, 2, 4, 1)
	for w, want := range map[string]string{"paris": "c", "ate": "l"} {
		_, c, _ := strings.Cut(cl[w], "|")
		if c != want {
			t.Errorf("%s: capitalisation class %q, want %q", w, c, want)
		}
	}
}

// TestInduceDeterministic: the clusters ship inside models that must rebuild
// byte for byte.
func TestInduceDeterministic(t *testing.T) {
	a := Induce(corpus(), 3, 100, 2, 4, 7)
	b := Induce(corpus(), 3, 100, 2, 4, 7)
	if !maps.Equal(a, b) {
		t.Error("two inductions with the same seed differ")
	}
}
