//go:build !unix

package cputime

import "time"

// Used returns 0 where the CPU time cannot be read: benchmarks then report
// wall-clock rates only.
func Used() time.Duration { return 0 }

// PeakRSS returns 0 where the peak resident set size cannot be read.
func PeakRSS() float64 { return 0 }
