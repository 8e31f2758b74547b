//go:build unix

// Package cputime reads the process's CPU time for benchmarks. They report rates
// per CPU second beside rates per second because the machines they run on are
// shared: wall time there measures the neighbours as much as the code.
package cputime

import (
	"syscall"
	"time"
)

// Used returns the process's user and system CPU time so far.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PeakRSS returns the process's peak resident set size in megabytes (Linux
// reports ru_maxrss in kilobytes); 0 where it cannot be read.
func PeakRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}
