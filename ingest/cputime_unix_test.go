//go:build unix

package ingest

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system. Benchmarks
// report throughput per CPU second beside wall-clock throughput because the
// machines they run on are often shared and wall time then measures the queue.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
