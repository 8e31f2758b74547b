package storekit

import (
	"encoding/json"
	"fmt"

	"github.com/sitrep-dev/sitrep"
)

// storedPlace and storedQuantity keep the byte spans that the public JSON form of
// sitrep.Place and sitrep.Quantity leaves out, so the reader can still highlight
// them.
type storedPlace struct {
	sitrep.Place
	ByteSpan sitrep.Span `json:"byte_span"`
}

type storedQuantity struct {
	sitrep.Quantity
	ByteSpan sitrep.Span `json:"byte_span"`
}

// EncodeEventJSON returns the stored JSON of an event's place (nil when it has
// none) and of its quantities (an array, empty when it has none).
func EncodeEventJSON(e sitrep.Event) (place, quantities []byte, err error) {
	if e.Place != nil {
		if place, err = json.Marshal(storedPlace{*e.Place, e.Place.Span}); err != nil {
			return nil, nil, err
		}
	}
	sq := make([]storedQuantity, len(e.Quantities))
	for i, q := range e.Quantities {
		sq[i] = storedQuantity{q, q.Span}
	}
	quantities, err = json.Marshal(sq)
	return place, quantities, err
}

// DecodeEventJSON fills e's attribution, place and quantities from their stored
// JSON, as EncodeEventJSON and the stores wrote them; nil stands for SQL NULL.
func DecodeEventJSON(e *sitrep.Event, attributed, place, quantities []byte) error {
	if attributed != nil {
		e.AttributedTo = new(sitrep.EventActor)
		if err := json.Unmarshal(attributed, e.AttributedTo); err != nil {
			return fmt.Errorf("event %s: attributed_to: %w", e.ID, err)
		}
	}
	if place != nil {
		var sp storedPlace
		if err := json.Unmarshal(place, &sp); err != nil {
			return fmt.Errorf("event %s: place: %w", e.ID, err)
		}
		sp.Place.Span = sp.ByteSpan
		e.Place = &sp.Place
	}
	var sq []storedQuantity
	if err := json.Unmarshal(quantities, &sq); err != nil {
		return fmt.Errorf("event %s: quantities: %w", e.ID, err)
	}
	for _, q := range sq {
		q.Quantity.Span = q.ByteSpan
		e.Quantities = append(e.Quantities, q.Quantity)
	}
	return nil
}

// EventColumns are the columns of events e that EventDest scans into, in its
// order; both stores' events tables have them.
const EventColumns = `e.id, e.doc_id, e.sentence, e.span_start, e.span_end, e.source_code, e.source_name,
	e.source_text, e.target_code, e.target_name, e.target_text, e.cameo, e.root, e.quad, e.goldstein,
	e.plover_type, e.plover_mode, e.mode, e.attributed_to, e.date, e.date_text, e.date_from, e.place,
	e.quantities, e.outlet, e.url, e.verb, e.rule`

// EventDest is the scan destination of a row of EventColumns: e's fields, and the
// attribution, place and quantities columns into the driver's values given (for
// DecodeEventJSON).
func EventDest(e *sitrep.Event, attributed, place, quantities any) []any {
	return []any{&e.ID, &e.Doc, &e.Sentence, &e.Span.Start, &e.Span.End, &e.Source.Code, &e.Source.Name,
		&e.Source.Text, &e.Target.Code, &e.Target.Name, &e.Target.Text, &e.CAMEO, &e.Root, &e.Quad, &e.Goldstein,
		&e.PLOVER.Type, &e.PLOVER.Mode, &e.Mode, attributed, &e.Date, &e.DateText, &e.DateFrom, place,
		quantities, &e.Outlet, &e.URL, &e.Verb, &e.Rule}
}
