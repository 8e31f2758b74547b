package evict

import (
	"os"
	"syscall"
	"unsafe"
)

// madvPageout is MADV_PAGEOUT (Linux 5.4), which package syscall does not name.
const madvPageout = 21

func pageOut(b []byte) {
	if len(b) == 0 {
		return
	}
	// madvise takes whole pages: the ones entirely inside b.
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + page - 1) &^ (page - 1)
	hi := (start + uintptr(len(b))) &^ (page - 1)
	if hi <= lo {
		return
	}
	_ = syscall.Madvise(b[lo-start:hi-start], madvPageout)
}
