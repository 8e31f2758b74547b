package nats

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for the workers' heartbeats.
const (
	DefaultWorkersBucket = "sitrep_workers"
	DefaultHeartbeat     = 5 * time.Second
	// DefaultHeartbeatTTL is how long a heartbeat stays in the bucket: a worker
	// killed without a chance to remove its entry drops out of `sitrep status`
	// this long after its last beat.
	DefaultHeartbeatTTL = 30 * time.Second
)

// WorkerInfo is one worker's heartbeat, as `sitrep status` shows it.
type WorkerInfo struct {
	ID          string    `json:"id"`
	Host        string    `json:"host"`
	PID         int       `json:"pid"`
	Started     time.Time `json:"started"`
	Updated     time.Time `json:"updated"` // time of this heartbeat
	Concurrency int       `json:"concurrency"`
	Processed   int64     `json:"processed"`
	Skipped     int64     `json:"skipped"`
	Failed      int64     `json:"failed"` // failed attempts
	DeadLetters int64     `json:"dead_lettered"`
	InFlight    int64     `json:"in_flight"`
	// LastMinute counts the articles acknowledged (processed or skipped) in the
	// minute before Updated; Rate is that per second, over the time the worker
	// has run when it has run for less than a minute.
	LastMinute int64   `json:"last_minute"`
	Rate       float64 `json:"rate"`
}

// newWorkerID names a worker: host, process and a random suffix, so that two
// workers in one process (the embedded mode) have their own entries. Only the
// characters KV keys allow are kept.
func newWorkerID(host string) string {
	var b [3]byte
	rand.Read(b[:])
	id := fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, id)
}

// workersBucket opens the heartbeat bucket, creating it when create is set.
func workersBucket(ctx context.Context, js jetstream.JetStream, cfg Config, create bool) (jetstream.KeyValue, error) {
	if !create {
		kv, err := js.KeyValue(ctx, cfg.WorkersBucket)
		if err != nil {
			return nil, fmt.Errorf("workers bucket %s: %w", cfg.WorkersBucket, err)
		}
		return kv, nil
	}
	// Memory storage: heartbeats are rewritten every few seconds, so a server
	// restart loses nothing that the next beat does not bring back.
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      cfg.WorkersBucket,
		Description: "sitrep worker heartbeats",
		TTL:         cfg.HeartbeatTTL,
		History:     1,
		Storage:     jetstream.MemoryStorage,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("workers bucket %s: %w", cfg.WorkersBucket, err)
	}
	return kv, nil
}

// heartbeat writes the worker's WorkerInfo every cfg.Heartbeat until ctx ends,
// then removes it. Failures are logged and retried at the next beat: a worker
// whose heartbeats fail goes on working.
func (w *Worker) heartbeat(ctx context.Context, cfg Config, info WorkerInfo) {
	var kv jetstream.KeyValue
	beat := func() {
		var err error
		if kv == nil {
			if kv, err = workersBucket(ctx, w.JS, cfg, true); err != nil {
				w.Log.Debug("heartbeat failed", "err", err)
				return
			}
		}
		now := time.Now()
		m := w.Metrics
		info.Updated = now.UTC()
		info.Processed, info.Skipped, info.Failed = m.Processed.Load(), m.Skipped.Load(), m.Failed.Load()
		info.DeadLetters, info.InFlight = m.DeadLettered.Load(), m.InFlight.Load()
		info.LastMinute = m.recent.count(now)
		span := min(now.Sub(info.Started), time.Minute).Seconds()
		info.Rate = 0
		if span > 0 {
			info.Rate = float64(info.LastMinute) / span
		}
		data, err := json.Marshal(info)
		if err != nil {
			w.Log.Error("heartbeat", "err", err)
			return
		}
		if _, err := kv.Put(ctx, info.ID, data); err != nil && ctx.Err() == nil {
			w.Log.Debug("heartbeat failed", "err", err)
		}
	}
	beat()
	t := time.NewTicker(cfg.Heartbeat)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			if kv != nil {
				// A stopped worker leaves at once rather than after the TTL.
				c, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
				kv.Delete(c, info.ID)
				cancel()
			}
			return
		case <-t.C:
			beat()
		}
	}
}

// Workers lists the workers whose heartbeats are in the bucket, by id.
func Workers(ctx context.Context, js jetstream.JetStream, cfg Config) ([]WorkerInfo, error) {
	cfg = cfg.withDefaults()
	kv, err := workersBucket(ctx, js, cfg, false)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		return nil, nil // no worker has started yet
	}
	if err != nil {
		return nil, err
	}
	keys, err := kv.ListKeys(ctx)
	if err != nil {
		return nil, fmt.Errorf("workers: %w", err)
	}
	var out []WorkerInfo
	for key := range keys.Keys() {
		e, err := kv.Get(ctx, key)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue // gone between the listing and the read
		}
		if err != nil {
			return nil, fmt.Errorf("worker %s: %w", key, err)
		}
		var wi WorkerInfo
		if err := json.Unmarshal(e.Value(), &wi); err != nil {
			continue // not a heartbeat this sitrep writes
		}
		out = append(out, wi)
	}
	slices.SortFunc(out, func(a, b WorkerInfo) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// minuteCounter counts events over the last minute in one-second slots.
type minuteCounter struct {
	mu    sync.Mutex
	slots [60]int64
	secs  [60]int64 // the Unix second each slot counts
}

func (c *minuteCounter) add(now time.Time) {
	s := now.Unix()
	i := s % 60
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.secs[i] != s {
		c.secs[i], c.slots[i] = s, 0
	}
	c.slots[i]++
}

// count is the number of events in the 60 seconds up to now.
func (c *minuteCounter) count(now time.Time) int64 {
	s := now.Unix()
	c.mu.Lock()
	defer c.mu.Unlock()
	var n int64
	for i := range c.slots {
		if s-c.secs[i] < 60 && c.secs[i] <= s {
			n += c.slots[i]
		}
	}
	return n
}
