// Package nats distributes sitrep's per-document work over NATS JetStream: pollers
// publish articles to a stream, keyed by content hash so that JetStream drops the
// same article arriving twice, and any number of workers consume them, run the same
// stages as `sitrep ingest` (store, analyse, store the analysis) and acknowledge.
//
// Delivery is at least once. Exactly-once effects come from the stores: storing a
// document with a known hash is a no-op and an analysis replaces the previous one,
// so a message redelivered after a crash, a lost acknowledgement or a server restart
// changes nothing that was already written.
package nats

import (
	"context"
	"fmt"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for Config's zero values.
const (
	DefaultStream          = "SITREP"
	DefaultSubject         = "sitrep.articles"
	DefaultDeadSubject     = "sitrep.dead"
	DefaultConsumer        = "sitrep-workers"
	DefaultMaxDeliver      = 5
	DefaultAckWait         = 60 * time.Second
	DefaultDuplicateWindow = 24 * time.Hour
)

// Config names the stream, its subjects and the workers' durable consumer, and sets
// the retry policy. The zero value is usable.
type Config struct {
	Stream      string
	Subject     string // articles are published here
	DeadSubject string // poison articles are moved here with their error
	Consumer    string // durable pull consumer shared by all workers
	// MaxDeliver is the number of failed attempts an article gets before it is
	// dead-lettered. Deliveries returned because the store was down do not
	// count (workers keep a count of them per article in OutagesBucket); an
	// article delivered twice MaxDeliver times, outage returns aside, without an
	// outcome (it kills or hangs its worker) is dead-lettered without being run
	// again.
	MaxDeliver int
	// AckWait is how long the server waits for an acknowledgement before it
	// redelivers; workers report progress on long articles so that only a dead
	// worker's messages time out.
	AckWait time.Duration
	// Backoff is the delay before each retry after a failure, indexed by the
	// number of deliveries so far; the last entry repeats. Default: 1s, 5s, 30s.
	Backoff []time.Duration
	// DuplicateWindow is how long JetStream remembers a message id. Beyond it the
	// store's own hash check still makes a repeated article a no-op, at the price
	// of a delivery.
	DuplicateWindow time.Duration
	// FetchWait is how long an idle worker's fetch waits for an article before
	// it asks again; it bounds how long a stopping worker takes to notice. Zero
	// means 1s.
	FetchWait time.Duration
	// Replicas of the stream in a cluster; zero means 1.
	Replicas int
	// WorkersBucket is the JetStream key-value bucket workers write their
	// heartbeats to, every Heartbeat; an entry not renewed within HeartbeatTTL
	// ages out (a worker killed before it could remove it).
	WorkersBucket string
	Heartbeat     time.Duration
	HeartbeatTTL  time.Duration
	// OutagesBucket is the JetStream key-value bucket where workers count, per
	// article, its returns to the queue while the store was down; an entry ages
	// out OutageTTL after its last outage.
	OutagesBucket string
	OutageTTL     time.Duration
}

func (c Config) withDefaults() Config {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.Stream, DefaultStream)
	def(&c.Subject, DefaultSubject)
	def(&c.DeadSubject, DefaultDeadSubject)
	def(&c.Consumer, DefaultConsumer)
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if len(c.Backoff) == 0 {
		c.Backoff = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second}
	}
	if c.DuplicateWindow <= 0 {
		c.DuplicateWindow = DefaultDuplicateWindow
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.FetchWait <= 0 {
		c.FetchWait = time.Second
	}
	def(&c.WorkersBucket, DefaultWorkersBucket)
	def(&c.OutagesBucket, DefaultOutagesBucket)
	if c.OutageTTL <= 0 {
		c.OutageTTL = DefaultOutageTTL
	}
	if c.Heartbeat <= 0 {
		c.Heartbeat = DefaultHeartbeat
	}
	if c.HeartbeatTTL <= 0 {
		c.HeartbeatTTL = max(DefaultHeartbeatTTL, 3*c.Heartbeat)
	}
	return c
}

// backoff is the delay before the retry that follows delivery number n (1-based).
func (c Config) backoff(n uint64) time.Duration {
	i := int(min(n, uint64(len(c.Backoff)))) - 1
	return c.Backoff[max(i, 0)]
}

// Connect dials url with reconnection settings suited to long-running pollers and
// workers: they keep trying for ever, so that a restarted server is picked up again
// rather than ending the process.
func Connect(url, name string) (*natsgo.Conn, error) {
	nc, err := natsgo.Connect(url,
		natsgo.Name(name),
		natsgo.MaxReconnects(-1),
		natsgo.ReconnectWait(250*time.Millisecond),
		natsgo.RetryOnFailedConnect(false),
	)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	return nc, nil
}

// Setup creates or updates the stream and the workers' consumer. Every poller and
// worker calls it at start, so whichever starts first creates them.
//
// The stream uses work-queue retention: an acknowledged article is deleted, so the
// stream's message count on the articles subject is the queue depth. Dead letters
// stay until someone removes them.
func Setup(ctx context.Context, js jetstream.JetStream, cfg Config) (jetstream.Consumer, error) {
	cfg = cfg.withDefaults()
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "sitrep articles to analyse, and dead letters",
		Subjects:    []string{cfg.Subject, cfg.DeadSubject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.DuplicateWindow,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("set up stream %s: %w", cfg.Stream, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, cfg.Stream, jetstream.ConsumerConfig{
		Durable:       cfg.Consumer,
		Description:   "sitrep workers",
		FilterSubject: cfg.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		// Unlimited: the worker counts attempts itself, so that deliveries spent
		// while the store was down do not dead-letter good articles, and it
		// dead-letters what the server would otherwise drop silently.
		MaxDeliver: -1,
	})
	if err != nil {
		return nil, fmt.Errorf("set up consumer %s: %w", cfg.Consumer, err)
	}
	return cons, nil
}
