//go:build !unix

package text

// cpuNanos is unavailable here; the CPU throughput metric is then omitted.
func cpuNanos() int64 { return 0 }
