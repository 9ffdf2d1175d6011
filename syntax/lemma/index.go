package lemma

import (
	"encoding/binary"
	"strings"

	"dyad/doc"
)

// index is the words of a Table laid out for lookups: open addressing on
// 64-bit hashes of (XPOS, lowercased word), each slot holding its lemma as
// a span of one string. A Go map of strings touches three cache lines per
// lookup (control word, slot, key bytes); a slot here is one, and the
// lemma's bytes are read only by whoever uses the lemma. Relemmatising
// every token was 4 % of tag+parse, nearly all of it map misses.
//
// Keys are not kept, only their hashes: two words of a table sharing a
// hash are caught when the index is built (the table then keeps using its
// maps), and an unseen word matching a seen word's 64-bit hash is about
// one chance in 10^15 over a billion lookups.
type index struct {
	slots []indexSlot
	mask  uint64
	blob  string // the lemmas, each once
}

type indexSlot struct {
	key uint64 // 0: empty
	off uint32
	n   uint32 // lemma length; lowBit set when the lemma is the lowercased word itself
}

const lowBit = 1 << 31

// wordKey hashes a lowercased word with its XPOS; never 0.
func wordKey(x doc.XPOS, low []byte) uint64 {
	h := uint64(x)*0x9E3779B97F4A7C15 ^ uint64(len(low))
	for len(low) >= 8 {
		h = keyMix(h ^ binary.LittleEndian.Uint64(low))
		low = low[8:]
	}
	var tail uint64
	for i, c := range low {
		tail |= uint64(c) << (8 * i)
	}
	h = keyMix(h ^ tail)
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

func keyMix(h uint64) uint64 {
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>31
}

// buildIndex lays out t.words as t.idx; on a hash collision between two
// of its words it leaves t.idx nil and lookups use the maps.
func (t *Table) buildIndex() {
	n := 0
	for x := range t.words {
		n += len(t.words[x])
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	ix := &index{slots: make([]indexSlot, size), mask: uint64(size - 1)}
	var blob strings.Builder
	at := map[string]uint32{}
	for x := range t.words {
		for w, l := range t.words[x] {
			k := wordKey(doc.XPOS(x), []byte(w))
			i := k & ix.mask
			for ix.slots[i].key != 0 {
				if ix.slots[i].key == k {
					t.idx = nil // two words, one hash: keep the maps
					return
				}
				i = (i + 1) & ix.mask
			}
			off, ok := at[l]
			if !ok {
				off = uint32(blob.Len())
				at[l] = off
				blob.WriteString(l)
			}
			sl := indexSlot{key: k, off: off, n: uint32(len(l))}
			if l == w {
				sl.n |= lowBit
			}
			ix.slots[i] = sl
		}
	}
	ix.blob = blob.String()
	t.idx = ix
}

// word returns the lemma of the lowercased word low tagged x, and whether
// the table has it; when the lemma is low itself and form (the word as
// written) equals low, form is returned, so that nothing is read.
func (t *Table) word(x doc.XPOS, low []byte, form string, same bool) (string, bool) {
	ix := t.idx
	if ix == nil {
		l, ok := t.words[x][string(low)]
		return l, ok
	}
	k := wordKey(x, low)
	for i := k & ix.mask; ; i = (i + 1) & ix.mask {
		sl := ix.slots[i]
		if sl.key == k {
			if sl.n&lowBit != 0 && same {
				return form, true
			}
			n := sl.n &^ lowBit
			return ix.blob[sl.off : sl.off+n], true
		}
		if sl.key == 0 {
			return "", false
		}
	}
}
