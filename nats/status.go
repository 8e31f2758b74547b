package nats

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// QueueStatus is the state of the queue as the server reports it.
type QueueStatus struct {
	// Messages is the number of articles in the stream: the work-queue stream
	// deletes an article when it is acknowledged, so this is everything not yet
	// done, whether waiting or in flight.
	Messages    uint64 `json:"messages"`
	Pending     uint64 `json:"pending"`     // articles waiting for a first delivery
	InFlight    int    `json:"in_flight"`   // delivered, not yet acknowledged
	Redelivered int    `json:"redelivered"` // of those, delivered more than once
	DeadLetters uint64 `json:"dead_letters"`
	Workers     int    `json:"waiting_pulls"` // pull requests waiting: idle workers' fetches
}

// Status reads the queue's state from the server.
func Status(ctx context.Context, js jetstream.JetStream, cfg Config) (QueueStatus, error) {
	cfg = cfg.withDefaults()
	st, err := js.Stream(ctx, cfg.Stream)
	if err != nil {
		return QueueStatus{}, fmt.Errorf("stream %s: %w", cfg.Stream, err)
	}
	// Per-subject counts: the stream holds the articles and the dead letters.
	info, err := st.Info(ctx, jetstream.WithSubjectFilter(">"))
	if err != nil {
		return QueueStatus{}, fmt.Errorf("stream %s: %w", cfg.Stream, err)
	}
	var qs QueueStatus
	qs.Messages = info.State.Subjects[cfg.Subject]
	qs.DeadLetters = info.State.Subjects[cfg.DeadSubject]
	cons, err := st.Consumer(ctx, cfg.Consumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		qs.Pending = qs.Messages // no worker has started: all of it waits
		return qs, nil
	}
	if err != nil {
		return QueueStatus{}, fmt.Errorf("consumer %s: %w", cfg.Consumer, err)
	}
	ci, err := cons.Info(ctx)
	if err != nil {
		return QueueStatus{}, fmt.Errorf("consumer %s: %w", cfg.Consumer, err)
	}
	qs.Pending = ci.NumPending
	qs.InFlight = ci.NumAckPending
	qs.Redelivered = ci.NumRedelivered
	qs.Workers = ci.NumWaiting
	return qs, nil
}

// DeadLetter is one article moved to the dead-letter subject.
type DeadLetter struct {
	Seq        uint64    `json:"seq"` // stream sequence of the dead letter
	Doc        string    `json:"doc"`
	Error      string    `json:"error"`
	Deliveries int       `json:"deliveries"`
	Time       time.Time `json:"time"`
}

// LatestDeadLetters returns up to limit of the most recent dead letters, newest
// first. The stream has no backwards read by subject, so it reads forwards from a
// window before the end of the stream, doubling the window until it holds limit
// dead letters or reaches the start: the cost grows with the dead letters read,
// not with the articles between them.
func LatestDeadLetters(ctx context.Context, js jetstream.JetStream, cfg Config, limit int) ([]DeadLetter, error) {
	cfg = cfg.withDefaults()
	if limit <= 0 {
		return nil, nil
	}
	st, err := js.Stream(ctx, cfg.Stream)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", cfg.Stream, err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", cfg.Stream, err)
	}
	first, last := info.State.FirstSeq, info.State.LastSeq
	if info.State.Msgs == 0 {
		return nil, nil
	}
	var found []DeadLetter
	for window := deadWindow; ; window *= 2 {
		from := first
		if last-first+1 > window {
			from = last - window + 1
		}
		found = found[:0]
		for seq := from; seq <= last; {
			m, err := st.GetMsg(ctx, seq, jetstream.WithGetMsgSubject(cfg.DeadSubject))
			if errors.Is(err, jetstream.ErrMsgNotFound) {
				break // none at or after seq
			}
			if err != nil {
				return nil, fmt.Errorf("dead letters: %w", err)
			}
			if m.Sequence > last {
				break
			}
			n, _ := strconv.Atoi(m.Header.Get(HeaderDeliveries))
			found = append(found, DeadLetter{Seq: m.Sequence, Doc: m.Header.Get(HeaderDocID),
				Error: m.Header.Get(HeaderError), Deliveries: n, Time: m.Time})
			seq = m.Sequence + 1
		}
		if len(found) >= limit || from == first {
			break
		}
	}
	// Newest first, at most limit.
	out := make([]DeadLetter, 0, min(limit, len(found)))
	for i := len(found) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, found[i])
	}
	return out, nil
}

// deadWindow is the first window LatestDeadLetters searches, in stream sequences;
// a variable so that the test can make it small.
var deadWindow uint64 = 1024

// Overview is what `sitrep status` shows of the queue and its workers.
type Overview struct {
	Queue       QueueStatus  `json:"queue"`
	DeadLetters []DeadLetter `json:"latest_dead_letters"` // newest first
	Workers     []WorkerInfo `json:"workers"`
	// LastMinute sums the workers' acknowledgements over the last minute; Rate
	// is the sum of their rates, in articles a second.
	LastMinute int64   `json:"last_minute"`
	Rate       float64 `json:"rate"`
}

// GetOverview reads the queue, the latest deadLimit dead letters and the workers'
// heartbeats.
func GetOverview(ctx context.Context, js jetstream.JetStream, cfg Config, deadLimit int) (*Overview, error) {
	qs, err := Status(ctx, js, cfg)
	if err != nil {
		return nil, err
	}
	o := &Overview{Queue: qs}
	if qs.DeadLetters > 0 {
		if o.DeadLetters, err = LatestDeadLetters(ctx, js, cfg, deadLimit); err != nil {
			return nil, err
		}
	}
	if o.Workers, err = Workers(ctx, js, cfg); err != nil {
		return nil, err
	}
	for _, w := range o.Workers {
		o.LastMinute += w.LastMinute
		o.Rate += w.Rate
	}
	return o, nil
}
