package nats

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Stages a worker times, in order.
const (
	StageStore    = "store"    // PutDocument
	StageAnalyze  = "analyze"  // NLP, actors, events
	StageAnalysis = "analysis" // PutAnalysis
)

// stageBuckets are the latency histogram's upper bounds in seconds: from a store
// write (milliseconds) to the analysis of a long article (seconds).
var stageBuckets = []float64{0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 60}

// Metrics counts what workers do and writes it in the Prometheus text exposition
// format. The zero value is ready; it is safe for concurrent use.
type Metrics struct {
	Processed    atomic.Int64 // articles acknowledged after a full run
	Skipped      atomic.Int64 // articles acknowledged because already analysed
	Failed       atomic.Int64 // failed attempts (each nak)
	DeadLettered atomic.Int64
	InFlight     atomic.Int64

	recent minuteCounter // acknowledgements (processed or skipped) in the last minute

	mu     sync.Mutex
	stages map[string]*histogram
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

// Observe records one stage's duration.
func (m *Metrics) Observe(stage string, d time.Duration) {
	s := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stages == nil {
		m.stages = map[string]*histogram{}
	}
	h := m.stages[stage]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(stageBuckets)+1)}
		m.stages[stage] = h
	}
	i := sort.SearchFloat64s(stageBuckets, s)
	h.counts[i]++
	h.sum += s
	h.n++
}

// WriteTo writes the metrics in the Prometheus text format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	counter := func(name, help string, v int64) {
		fmt.Fprintf(cw, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	counter("sitrep_worker_processed_total", "Articles stored, analysed and acknowledged.", m.Processed.Load())
	counter("sitrep_worker_skipped_total", "Articles acknowledged because they were already analysed.", m.Skipped.Load())
	counter("sitrep_worker_failed_total", "Failed attempts, each returned to the queue or dead-lettered.", m.Failed.Load())
	counter("sitrep_worker_dead_lettered_total", "Articles moved to the dead-letter subject.", m.DeadLettered.Load())
	fmt.Fprintf(cw, "# HELP sitrep_worker_in_flight Articles being processed now.\n# TYPE sitrep_worker_in_flight gauge\nsitrep_worker_in_flight %d\n", m.InFlight.Load())

	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintf(cw, "# HELP sitrep_worker_stage_seconds Time spent in each stage per article.\n# TYPE sitrep_worker_stage_seconds histogram\n")
	names := make([]string, 0, len(m.stages))
	for name := range m.stages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		h := m.stages[name]
		var cum uint64
		for i, le := range stageBuckets {
			cum += h.counts[i]
			fmt.Fprintf(cw, "sitrep_worker_stage_seconds_bucket{stage=%q,le=\"%g\"} %d\n", name, le, cum)
		}
		fmt.Fprintf(cw, "sitrep_worker_stage_seconds_bucket{stage=%q,le=\"+Inf\"} %d\n", name, h.n)
		fmt.Fprintf(cw, "sitrep_worker_stage_seconds_sum{stage=%q} %g\n", name, h.sum)
		fmt.Fprintf(cw, "sitrep_worker_stage_seconds_count{stage=%q} %d\n", name, h.n)
	}
	return cw.n, cw.err
}

// ServeHTTP serves the metrics for a Prometheus scrape.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.WriteTo(w)
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
