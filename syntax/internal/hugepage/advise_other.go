//go:build !linux

package hugepage

const supported = false

// advise does nothing where huge pages are not asked for this way.
func advise(p, n uintptr) {}
