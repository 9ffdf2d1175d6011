//go:build !unix

package tagger

func cpuSeconds() float64 { return 0 }
