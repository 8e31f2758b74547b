//go:build unix

package tokenize

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user and system CPU time. The benchmarks report
// tokens per CPU second beside tokens per second because the machines they run on
// are shared: wall time there measures the neighbours as much as the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
