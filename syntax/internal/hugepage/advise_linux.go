package hugepage

import "syscall"

const supported = true

// advise asks the kernel to back the n bytes at p, whole huge pages, with
// huge pages (madvise MADV_HUGEPAGE). The advice is best effort: errors
// are ignored, as the kernel may have huge pages off or none free.
func advise(p, n uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, p, n, syscall.MADV_HUGEPAGE)
}
