package export

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
	"github.com/sitrep-dev/sitrep/event/codebook"
)

// ploverRecord is one event in PLOVER's JSON form, with the field names the PLOVER
// manual and the POLECAT data set use (event_type, event_mode, event_context, actor,
// recipient, …), plus sitrep's provenance (doc, outlet, sentence span).
type ploverRecord struct {
	ID               string   `json:"event_id"`
	Date             string   `json:"event_date,omitempty"`
	EventType        string   `json:"event_type"`
	EventMode        string   `json:"event_mode"`
	EventContext     []string `json:"event_context"`
	Actor            string   `json:"actor"`
	ActorName        string   `json:"actor_name,omitempty"`
	ActorCountry     string   `json:"actor_country,omitempty"`
	Recipient        string   `json:"recipient"`
	RecipientName    string   `json:"recipient_name,omitempty"`
	RecipientCountry string   `json:"recipient_country,omitempty"`
	PlaceName        string   `json:"place_name,omitempty"`
	Country          string   `json:"country,omitempty"`
	Latitude         *float64 `json:"latitude,omitempty"`
	Longitude        *float64 `json:"longitude,omitempty"`
	GeonamesID       int      `json:"geonames_id,omitempty"`
	QuadCode         int      `json:"quad_code,omitempty"`
	CAMEO            string   `json:"cameo,omitempty"`
	Goldstein        float64  `json:"goldstein"`
	Text             string   `json:"text"`
	Source           string   `json:"source,omitempty"`
	URL              string   `json:"url,omitempty"`
	Doc              string   `json:"doc"`
	Span             [2]int   `json:"span"`
	AttributedTo     string   `json:"attributed_to,omitempty"`
	SitrepMode       string   `json:"sitrep_mode,omitempty"`
}

// PLOVER writes one PLOVER JSON record per event that has a PLOVER type (CAMEO
// roots 01 and 02, which PLOVER drops, are skipped).
func PLOVER(w io.Writer, events []sitrep.Event) error {
	book, _ := codebook.Default() // without it, contexts stay empty
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range events {
		if e.PLOVER.Type == "" {
			continue
		}
		r := ploverRecord{ID: e.ID, Date: e.Date, EventType: e.PLOVER.Type, EventMode: e.PLOVER.Mode,
			EventContext: []string{}, Actor: e.Source.Code, ActorName: e.Source.Name, ActorCountry: country.Of(e.Source.Code),
			Recipient: e.Target.Code, RecipientName: e.Target.Name, RecipientCountry: country.Of(e.Target.Code),
			QuadCode: e.Quad, CAMEO: e.CAMEO, Goldstein: e.Goldstein, Text: e.Sentence, Source: e.Outlet, URL: e.URL,
			Doc: e.Doc, Span: e.CharSpan, SitrepMode: e.Mode}
		if book != nil {
			if c, ok := book.Lookup(e.CAMEO); ok && c.PLOVERContext != "" {
				r.EventContext = strings.Split(c.PLOVERContext, ",")
			}
		}
		if p := e.Place; p != nil {
			r.PlaceName, r.Country, r.GeonamesID = p.Name, p.Country, p.GeonameID
			if p.Lat != 0 || p.Lon != 0 {
				lat, lon := p.Lat, p.Lon
				r.Latitude, r.Longitude = &lat, &lon
			}
		}
		if e.AttributedTo != nil {
			r.AttributedTo = e.AttributedTo.Code
			if r.AttributedTo == "" {
				r.AttributedTo = e.AttributedTo.Text
			}
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
