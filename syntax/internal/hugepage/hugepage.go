// Package hugepage allocates the large read-only tables of the tagger and
// the parser so that the kernel may back them with huge pages.
//
// Scoring a parser state or a word looks up dozens of features at random
// places in tables of megabytes: with 4 KB pages nearly every lookup also
// misses the TLB, and the page walks slow the lookups that the cache
// misses already slow. Where the system leaves huge pages to the programs
// that ask for them (Linux's transparent huge pages in "madvise" mode),
// Make asks. Elsewhere it is make. Either way the slice is ordinary Go
// memory, zeroed, and what a program computes with it is the same: only
// how fast.
package hugepage

import "reflect"

// hugePage is the size of an x86-64 or arm64 (4 KB granule) huge page.
// On a system with other sizes the advice covers fewer whole pages or
// none, which costs nothing.
const hugePage = 2 << 20

// Make returns a zeroed slice of n elements, in memory the kernel is asked
// to back with huge pages when it holds at least one. Fill it before other
// use: the request takes effect on the pages not yet touched.
//
// The slice starts on a huge page boundary, and its last huge page is
// allocated whole: Make allocates up to two huge pages more than it
// returns, which cost memory only where the last is partly used.
func Make[T any](n int) []T {
	es := reflect.TypeFor[T]().Size()
	size := uintptr(n) * es
	if !supported || size < hugePage || hugePage%es != 0 {
		return make([]T, n)
	}
	s := make([]T, n+int(2*hugePage/es))
	p := reflect.ValueOf(s).Pointer() // Go does not move heap memory
	start := (p + hugePage - 1) &^ (hugePage - 1)
	off := int((start - p) / es)
	advise(start, (size+hugePage-1)&^(hugePage-1))
	return s[off : off+n : off+n]
}
