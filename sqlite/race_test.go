//go:build race

package sqlite

// raceEnabled shrinks the crash test under the race detector, which slows the
// transpiled SQLite about tenfold; the concurrency it checks is in TestConcurrent.
const raceEnabled = true
