package hugepage

import (
	"reflect"
	"testing"
)

// TestMake wants zeroed slices of the length and capacity asked, small and
// large, that hold what is written to them; large ones start on a huge
// page boundary where huge pages are asked for.
func TestMake(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 3 << 20} {
		s := Make[uint64](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Make(%d): length %d, capacity %d", n, len(s), cap(s))
		}
		if supported && n*8 >= hugePage && reflect.ValueOf(s).Pointer()%hugePage != 0 {
			t.Errorf("Make(%d) starts at %#x, not on a huge page", n, reflect.ValueOf(s).Pointer())
		}
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("Make(%d): element %d is %d", n, i, s[i])
			}
			s[i] = uint64(i)
		}
		for i := range s {
			if s[i] != uint64(i) {
				t.Fatalf("Make(%d): element %d reads %d", n, i, s[i])
			}
		}
	}
	// an element size that does not divide a huge page
	if s := Make[[3]uint64](1 << 20); len(s) != 1<<20 {
		t.Errorf("Make of 24-byte elements: length %d", len(s))
	}
}
