package main

import (
	"fmt"
	"io"
	"time"

	"github.com/sitrep-dev/sitrep/pipeline"
)

// progress draws a one-line counter on a terminal: a dependency-free \r line is all a
// batch of unknown length needs (a bar would need the total, which a feed or a folder
// does not give up front).
type progress struct {
	w       io.Writer
	enabled bool
	last    time.Time
	drawn   bool
}

func newProgress(w io.Writer, enabled bool) *progress { return &progress{w: w, enabled: enabled} }

func (p *progress) update(pr pipeline.Progress) {
	if !p.enabled || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := 0.0
	if s := pr.Elapsed.Seconds(); s > 0 {
		rate = float64(pr.Done) / s
	}
	fmt.Fprintf(p.w, "\r%d documents  %.0f docs/s  %d errors ", pr.Done, rate, pr.Failed)
	p.drawn = true
}

func (p *progress) finish() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
