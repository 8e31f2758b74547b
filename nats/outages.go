package nats

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for the count of store-outage returns.
const (
	DefaultOutagesBucket = "sitrep_outages"
	// DefaultOutageTTL is how long an article's count of outage returns is kept
	// after its last outage. An article still queued beyond it loses its credit
	// and is judged on all its deliveries, as before the counts existed.
	DefaultOutageTTL = 7 * 24 * time.Hour
)

// An article returned to the queue because the store was down has used a
// delivery without failing: JetStream's NumDelivered counts it all the same, and
// the server has no way to give a delivery back. So workers keep, per article, the
// number of such returns in a key-value bucket, keyed by stream and stream
// sequence (the same for every delivery of one message), and judge an article by
// its deliveries minus its outage returns.
//
// Each entry holds "count msgid": a stream deleted and created again restarts its
// sequences, and an entry left from the old stream must not credit the new
// stream's article at that sequence. Entries age out after OutageTTL; a worker
// removes an entry once its article is settled.
//
// The bucket was preferred over republishing the article with a header counting
// its outages: a republished copy needs a fresh message id (the content hash is
// taken by the original within the duplicate window), goes to the back of the
// queue, and a worker dying between publishing the copy and acknowledging the
// original leaves two copies; the stores' idempotent writes make that harmless,
// but the bucket avoids it, and it costs nothing on the common path: it is read
// only on a redelivery and written only during an outage.

// outagesBucket opens the bucket, creating it if needed. File storage: a count
// must survive a server restart as long as its article does.
func outagesBucket(ctx context.Context, js jetstream.JetStream, cfg Config) (jetstream.KeyValue, error) {
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      cfg.OutagesBucket,
		Description: "sitrep: per article, returns to the queue because the store was down",
		TTL:         cfg.OutageTTL,
		History:     1,
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("outages bucket %s: %w", cfg.OutagesBucket, err)
	}
	return kv, nil
}

// outageKey is the entry of the message at seq in stream.
func outageKey(stream string, seq uint64) string {
	return keySafe(stream) + "." + strconv.FormatUint(seq, 10)
}

// keySafe keeps the characters KV keys allow.
func keySafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}

// parseOutages reads an entry's count for msgID: zero when the entry is another
// message's (an earlier stream's) or unreadable.
func parseOutages(v []byte, msgID string) uint64 {
	n, id, ok := strings.Cut(string(v), " ")
	if !ok || id != msgID {
		return 0
	}
	c, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return 0
	}
	return c
}

// outages returns the number of times the message was returned because the store
// was down. A bucket that cannot be read counts none: the article is then judged
// on all its deliveries, which at worst dead-letters it early, as before.
func (w *Worker) outages(ctx context.Context, key, msgID string) uint64 {
	if w.outageKV == nil {
		return 0
	}
	e, err := w.outageKV.Get(ctx, key)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return 0
	}
	if err != nil {
		w.Log.Warn("outage count not read; counting every delivery", "key", key, "err", err)
		return 0
	}
	return parseOutages(e.Value(), msgID)
}

// noteOutage adds one to the message's count of outage returns. The update is a
// compare-and-set on the entry's revision, retried a few times: two workers hold
// one message at once only when one outlived AckWait.
func (w *Worker) noteOutage(ctx context.Context, key, msgID string) error {
	if w.outageKV == nil {
		return nil
	}
	var err error
	for range 5 {
		var e jetstream.KeyValueEntry
		e, err = w.outageKV.Get(ctx, key)
		switch {
		case errors.Is(err, jetstream.ErrKeyNotFound):
			_, err = w.outageKV.Create(ctx, key, []byte("1 "+msgID))
		case err != nil:
			return fmt.Errorf("outage count %s: %w", key, err)
		default:
			n := parseOutages(e.Value(), msgID) + 1
			_, err = w.outageKV.Update(ctx, key, []byte(strconv.FormatUint(n, 10)+" "+msgID), e.Revision())
		}
		if err == nil {
			return nil
		}
	}
	return fmt.Errorf("outage count %s: %w", key, err)
}

// forgetOutages removes a settled message's count.
func (w *Worker) forgetOutages(ctx context.Context, key string) {
	if w.outageKV == nil {
		return
	}
	if err := w.outageKV.Purge(ctx, key); err != nil {
		w.Log.Debug("outage count not removed; it ages out", "key", key, "err", err)
	}
}
