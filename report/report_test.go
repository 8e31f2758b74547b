package report

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixed is a Source with fixed contents.
type fixed struct {
	docs   []*sitrep.Document
	events []sitrep.Event
	actors []sitrep.Actor
}

func (f fixed) Documents(context.Context, sitrep.DocumentFilter) ([]*sitrep.Document, error) {
	return f.docs, nil
}
func (f fixed) Events(context.Context, sitrep.EventFilter) ([]sitrep.Event, error) {
	return f.events, nil
}
func (f fixed) Actors(context.Context) ([]sitrep.Actor, error) { return f.actors, nil }

func TestWriteGolden(t *testing.T) {
	src := fixed{
		docs: []*sitrep.Document{
			{ID: "a", Title: "Raids near the border", Outlet: "Tigris Daily", Published: "2026-03-12", Status: sitrep.StatusOK},
			{ID: "b", Title: "Raids near the border (copy)", Outlet: "Gulf Ledger", Published: "2026-03-12", Status: sitrep.StatusOK, DuplicateOf: "a"},
			{ID: "c", Title: "Report: an offer of patrols", Outlet: "Regional Digest", Published: "2026-03-16", Status: sitrep.StatusOK, Upstream: "Levant Observer"},
			{ID: "d", Title: "Nachrichten", Outlet: "", Published: "", Status: sitrep.StatusNonEnglish},
			{ID: "e", Title: "Pentagon backs raids", Outlet: "Capitol Wire", Published: "2026-03-11", Status: sitrep.StatusOK},
		},
		actors: []sitrep.Actor{
			{Code: "IRQMIL", Name: "Iraq", Mentions: 5, Docs: []string{"a", "b"}},
			{Code: "USAMIL", Name: "United States", Mentions: 3, Docs: []string{"a"}},
		},
		events: []sitrep.Event{
			{Doc: "a", Sentence: "Iraqi forces and the US military carried out joint raids.", Source: sitrep.EventActor{Code: "IRQMIL"},
				Target: sitrep.EventActor{Code: "USAMIL"}, CAMEO: "062", Root: "06", Quad: 2, Mode: sitrep.ModeOccurred, Date: "2026-03-10", Outlet: "Tigris Daily"},
			{Doc: "c", Sentence: "Syrian officials offered to send police units.", Source: sitrep.EventActor{Code: "SYRGOV"},
				Target: sitrep.EventActor{Code: "IRQGOV"}, CAMEO: "033", Root: "03", Quad: 1, Mode: sitrep.ModeClaimed,
				AttributedTo: &sitrep.EventActor{Text: "two diplomats"}, Outlet: "Regional Digest"},
			{Doc: "e", Sentence: "US forces supported Iraqi units during the raids.", Source: sitrep.EventActor{Code: "USAMIL"},
				Target: sitrep.EventActor{Code: "IRQMIL"}, CAMEO: "062", Root: "06", Quad: 2, Mode: sitrep.ModeOccurred, Date: "2026-03-11", Outlet: "Capitol Wire"},
		},
	}
	labels := map[string]string{"062": "Cooperate militarily"}
	var b strings.Builder
	if err := Write(context.Background(), &b, src, func(c string) string { return labels[c] }); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		os.WriteFile(golden, []byte(b.String()), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("report differs from %s (go test -update to accept):\n%s", golden, b.String())
	}
}
