package hugepage

import (
	"reflect"
	"syscall"
)

// hugePage is the size of an x86-64 or arm64 (4 KB granule) huge page.
// On a system with other sizes the advice covers fewer whole pages or
// none, which costs nothing.
const hugePage = 2 << 20

// minSize is the smallest slice worth advising: smaller ones hold no
// whole huge page, or too few to matter.
const minSize = 4 * hugePage

// madvCollapse is MADV_COLLAPSE (Linux 6.1), the same on every
// architecture; package syscall lacks it.
const madvCollapse = 0x19

// advise asks the kernel to back the whole huge pages inside s with huge
// pages: MADV_HUGEPAGE for the pages not yet touched, and MADV_COLLAPSE
// for those that are, as when Go reuses memory it freed (a table read
// after another is freed often lands in its memory). The advice is best
// effort: errors are ignored, as the kernel may be older, have huge pages
// off or none free.
func advise[T any](s []T) {
	size := uintptr(cap(s)) * reflect.TypeFor[T]().Size()
	if size < minSize {
		return
	}
	p := reflect.ValueOf(s).Pointer()
	start := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + size) &^ (hugePage - 1)
	if end > start {
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_HUGEPAGE)
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvCollapse)
	}
}
