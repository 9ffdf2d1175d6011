// Package hugepage allocates the large read-only tables of the tagger and
// the parser so that the kernel may back them with huge pages.
//
// Scoring a parser state or a word looks up dozens of features at random
// places in tables of tens of megabytes: with 4 KB pages nearly every
// lookup also misses the TLB, and the page walks slow the lookups that
// the cache misses already slow. Where the system leaves huge pages to
// the programs that ask for them (Linux's transparent huge pages in
// "madvise" mode), Make asks. Elsewhere it is make. Either way the slice
// is ordinary Go memory, zeroed, and what a program computes with it is
// the same: only how fast.
package hugepage

// Make returns a zeroed slice of n elements, in memory the kernel is asked
// to back with huge pages. Fill it before other use: the request takes
// effect on the pages not yet touched.
func Make[T any](n int) []T {
	s := make([]T, n)
	advise(s)
	return s
}
