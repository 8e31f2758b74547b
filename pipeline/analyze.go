package pipeline

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/event/locators"
	"github.com/sitrep-dev/sitrep/nlp"
	"github.com/sitrep-dev/sitrep/place"
	"github.com/sitrep-dev/sitrep/quote"
)

// Analyzer runs the per-document stages: NLP, actor resolution, event coding and
// quotes. It is safe for concurrent use.
type Analyzer struct {
	NLP    *nlp.Pipeline
	Actors *actor.Resolver
	Coder  *event.Coder
	// Quotes, when set, extracts who said what after the actors are resolved.
	Quotes *quote.Extractor
}

// LoadAnalyzer loads the shipped models and dictionaries.
func LoadAnalyzer(actorOpts actor.Options, eventOpts event.Options) (*Analyzer, error) {
	p, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	if actorOpts.Places == nil {
		// Generic group nouns ("rebels") take the country of the places around them.
		g, err := place.Load()
		if err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		actorOpts.Places = g.FindInDocument
	}
	if l := eventOpts.Locators; l.Places == nil && l.Quantities == nil && l.Dates == nil {
		// Places, dates and quantities come from the gazetteer and the rules of the
		// place, timex and quantity packages unless the caller brought its own.
		if eventOpts.Locators, err = locators.Default(); err != nil {
			return nil, fmt.Errorf("load place and date finders: %w", err)
		}
	}
	c, err := event.Load(eventOpts)
	if err != nil {
		return nil, fmt.Errorf("load event dictionaries: %w", err)
	}
	if actorOpts.ForceNoun == nil {
		// "U.S. air strikes": the event dictionary says which nouns are uses of
		// force, whose modifiers the resolver then keeps as their agents
		actorOpts.ForceNoun = c.ForceNoun
	}
	r, err := actor.Load(actorOpts)
	if err != nil {
		return nil, fmt.Errorf("load actor dictionaries: %w", err)
	}
	q, err := quote.Load()
	if err != nil {
		return nil, fmt.Errorf("load speech verbs: %w", err)
	}
	return &Analyzer{NLP: p, Actors: r, Coder: c, Quotes: q}, nil
}

// Analyze derives sentences, actor mentions, events and quotes from d. Documents that
// later stages must skip (not English, empty) give an empty analysis.
func (a *Analyzer) Analyze(d *sitrep.Document) *sitrep.Analysis {
	an := &sitrep.Analysis{DocID: d.ID}
	if d.Status != sitrep.StatusOK {
		return an
	}
	an.Sentences = a.NLP.AnalyzeDocument(d)
	an.Mentions = a.Actors.Resolve(d, an.Sentences)
	an.Events = a.Coder.Code(d, an.Sentences, an.Mentions)
	for i := range an.Events {
		e := &an.Events[i]
		e.Doc = d.ID
		if e.Outlet == "" {
			e.Outlet = d.Outlet
		}
		if e.URL == "" {
			e.URL = d.URL
		}
		e.SetCharSpan(d.Text)
	}
	if a.Quotes != nil {
		an.Quotes = a.Quotes.Extract(d, an.Sentences, an.Mentions)
	}
	return an
}

// AnalyzeAll analyses docs on all cores and calls emit for each result in the order
// of docs, so output is deterministic.
func (a *Analyzer) AnalyzeAll(docs []*sitrep.Document, emit func(*sitrep.Document, *sitrep.Analysis) error) error {
	results := make([]*sitrep.Analysis, len(docs))
	done := make([]chan struct{}, len(docs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = a.Analyze(docs[i])
				close(done[i])
			}
		}()
	}
	go func() {
		for i := range docs {
			jobs <- i
		}
		close(jobs)
	}()
	var err error
	for i := range docs {
		<-done[i]
		if err == nil {
			err = emit(docs[i], results[i])
		}
		results[i] = nil // let the garbage collector have it once written
	}
	wg.Wait()
	return err
}
