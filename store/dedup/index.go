package dedup

import "slices"

// Index is an in-memory LSH index of signatures: it finds the IDs of the
// signatures added that share a band with a given one, the candidates
// whose similarity a store then checks. A store keeps one per database and
// fills it from its stored signatures: on the gold news, 16 band look-ups
// and inserts per article as rows of an SQLite table were a quarter of the
// writer's time, the look-ups in memory are a few hundred nanoseconds.
//
// Each band of an added signature takes one 8-byte slot (32 bits of its
// band hash and the 32-bit ID) in an open-addressing table kept between
// three eighths and three quarters full: 16 bands cost 170 to 340 bytes an
// article, 170 to 340 MB for a million articles. Entries are never removed: an ID whose
// article changed stays a candidate under its old bands, which its stored
// signature then rejects. Index is not safe for concurrent use.
type Index struct {
	slots []uint64 // band hash high 32 bits << 32 | ID; 0 is empty
	n     int      // slots in use
}

// Len is the number of band entries held.
func (x *Index) Len() int { return x.n }

// Add indexes the bands of s under id, which must not be 0. Adding the
// same signature and ID again changes nothing.
func (x *Index) Add(s *Signature, id uint32) {
	if id == 0 {
		panic("dedup: Index.Add with ID 0")
	}
	for _, h := range s.Bands() {
		if 4*(x.n+1) > 3*len(x.slots) {
			x.grow()
		}
		x.put(uint64(uint32(uint64(h)>>32))<<32 | uint64(id))
	}
}

// put inserts entry e unless it is there; a free slot exists.
func (x *Index) put(e uint64) {
	mask := uint64(len(x.slots) - 1)
	for i := mix(e>>32) & mask; ; i = (i + 1) & mask {
		switch x.slots[i] {
		case 0:
			x.slots[i] = e
			x.n++
			return
		case e:
			return
		}
	}
}

func (x *Index) grow() {
	old := x.slots
	x.slots = make([]uint64, max(1024, 2*len(old)))
	x.n = 0
	for _, e := range old {
		if e != 0 {
			x.put(e)
		}
	}
}

// Candidates appends to out the IDs that share a band with s, in
// increasing order, each once. A 32-bit band hash may match by chance
// (about one look-up in 17 with a million articles stored): candidates are
// checked with Similarity.
func (x *Index) Candidates(s *Signature, out []uint32) []uint32 {
	if x.n == 0 {
		return out
	}
	start := len(out)
	mask := uint64(len(x.slots) - 1)
	for _, h := range s.Bands() {
		fp := uint64(h) >> 32
		for i := mix(fp) & mask; x.slots[i] != 0; i = (i + 1) & mask {
			if e := x.slots[i]; e>>32 == fp {
				out = append(out, uint32(e))
			}
		}
	}
	c := out[start:]
	slices.Sort(c)
	return out[:start+len(slices.Compact(c))]
}
