//go:build unix

package text

import "syscall"

// cpuNanos is the CPU time this process has used, in nanoseconds. The
// benchmarks report throughput per CPU second too, since wall time on a
// shared machine says more about the neighbours than about the code.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
