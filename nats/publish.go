package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// Message headers sitrep sets besides JetStream's own.
const (
	HeaderError      = "Sitrep-Error"      // on a dead letter: the last failure
	HeaderDeliveries = "Sitrep-Deliveries" // on a dead letter: deliveries made
	// HeaderStoreOutages is on a dead letter when some of its deliveries were
	// returned because the store was down: those did not count as attempts.
	HeaderStoreOutages = "Sitrep-Store-Outages"
	HeaderDocID        = "Sitrep-Doc" // the document's id, for people reading the stream
)

// Publisher publishes articles for the workers.
type Publisher struct {
	js  jetstream.JetStream
	cfg Config
}

// NewPublisher returns a publisher on js; call Setup first (or let a worker do it).
func NewPublisher(js jetstream.JetStream, cfg Config) *Publisher {
	return &Publisher{js: js, cfg: cfg.withDefaults()}
}

// Publish sends d to the workers with its content hash as the message id, so that
// JetStream keeps one copy of an article published twice within the duplicate
// window (two feeds carrying it, a poller re-run). duplicate reports that case.
// d is finalised first when its hash is missing.
func (p *Publisher) Publish(ctx context.Context, d *sitrep.Document) (duplicate bool, err error) {
	if d.Hash == "" {
		ingest.Finalize(d)
	}
	body, err := json.Marshal(d)
	if err != nil {
		return false, fmt.Errorf("publish %s: %w", d.ID, err)
	}
	msg := &natsgo.Msg{Subject: p.cfg.Subject, Data: body, Header: natsgo.Header{}}
	msg.Header.Set(HeaderDocID, d.ID)
	ack, err := p.js.PublishMsg(ctx, msg, jetstream.WithMsgID(d.Hash), jetstream.WithExpectStream(p.cfg.Stream))
	if err != nil {
		return false, fmt.Errorf("publish %s: %w", d.ID, err)
	}
	return ack.Duplicate, nil
}

// decode reads a published article. The wire form leaves out the fingerprint (it is
// not part of the JSON form), so the document is finalised again: that recomputes
// hash, fingerprint, language and status from the text, and a publisher cannot make
// a worker store a hash that does not match the text.
func decode(data []byte) (*sitrep.Document, error) {
	var d sitrep.Document
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("decode article: %w", err)
	}
	if d.Text == "" {
		return nil, errors.New("decode article: no text")
	}
	ingest.Finalize(&d)
	return &d, nil
}
