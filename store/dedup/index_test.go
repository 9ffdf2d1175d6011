package dedup

import (
	"fmt"
	"slices"
	"testing"
)

func TestIndex(t *testing.T) {
	var x Index
	a, b, c := Of(story), Of(syndicated), Of(other)
	if got := x.Candidates(&a.Sig, nil); len(got) != 0 {
		t.Errorf("empty index gives candidates %v", got)
	}
	x.Add(&a.Sig, 7)
	x.Add(&a.Sig, 7)
	if x.Len() != NumBands {
		t.Errorf("one signature added twice: %d entries, want %d", x.Len(), NumBands)
	}
	if got := x.Candidates(&b.Sig, nil); !slices.Equal(got, []uint32{7}) {
		t.Errorf("syndicated copy: candidates %v, want [7]", got)
	}
	if got := x.Candidates(&c.Sig, nil); len(got) != 0 {
		t.Errorf("other story on the same event: candidates %v, want none", got)
	}
	// Many articles: the table grows and every one still finds itself
	// (and the exact copies added under other IDs) in ID order.
	sigs := make([]Signature, 5000)
	for i := range sigs {
		sigs[i] = Of(fmt.Sprintf("Report number %d: the minister of district %d met the envoy of region %d on day %d.", i, i*7, i*13, i%31)).Sig
		x.Add(&sigs[i], uint32(100+i))
	}
	x.Add(&sigs[42], 99999)
	if x.Len() < 5000*NumBands/2 {
		t.Errorf("%d entries for 5001 signatures", x.Len())
	}
	for i := range sigs {
		got := x.Candidates(&sigs[i], []uint32{1})
		if got[0] != 1 || !slices.Contains(got, uint32(100+i)) || !slices.IsSorted(got[1:]) {
			t.Fatalf("signature %d: candidates %v, want it (%d) after the prefix, sorted", i, got, 100+i)
		}
		if i == 42 && !slices.Contains(got, 99999) {
			t.Errorf("signature 42: candidates %v lack its copy 99999", got)
		}
		if len(got) > 1+len(slices.Compact(slices.Clone(got[1:]))) {
			t.Fatalf("signature %d: repeated candidates %v", i, got)
		}
	}
}

func BenchmarkIndex(b *testing.B) {
	var x Index
	sigs := make([]Signature, 20000)
	for i := range sigs {
		sigs[i] = Of(fmt.Sprintf("Report %d says district %d and region %d agreed on day %d.", i, i*7, i*13, i%31)).Sig
	}
	b.ResetTimer()
	var out []uint32
	for i := 0; b.Loop(); i++ {
		s := &sigs[i%len(sigs)]
		out = x.Candidates(s, out[:0])
		x.Add(s, uint32(i%len(sigs)+1))
	}
}
