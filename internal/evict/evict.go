// Package evict gives back to the kernel the memory that embedded data
// occupies once it has been decoded.
//
// The shipped models (nlp/tag, nlp/parse, nlp/ner) are embedded compressed in
// the binary and decoded once per process into their in-memory form. The
// compressed bytes, 26 MB, are then never read again, yet the pages that held
// them stay resident and count against issue 3's bar of 300 MB resident.
// Embedded advises the kernel to page them out (measured with cmd/sitrep's
// defaultMemoryLimit, whose comment gives the figures).
package evict

// Embedded asks the kernel to page out the whole pages of b, which must be
// data the program will not need soon (it stays valid: a later read faults it
// back in). It uses MADV_PAGEOUT, which never discards data (anonymous memory
// is swapped or kept; the embedded data, backed by the executable, is simply
// dropped), so a wrong slice costs time, not correctness. Where the kernel or
// the platform does not support it, Embedded does nothing.
func Embedded(b []byte) { pageOut(b) }
