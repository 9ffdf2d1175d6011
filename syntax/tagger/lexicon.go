package tagger

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The lexicon tells, for a word the tag dictionary does not know, which
// open-class parts of speech English allows it: the word itself as a
// WordNet lemma, or the word as an inflection of one ("withdrew" is a
// past form of a verb, "sanctions" a plural noun or a verb's -s form).
// It is built from WordNet's dictionary files (`dyad train tagger
// --wordnet DIR`) and stored in the model as 32-bit word hashes with bits.
const (
	lxNoun    uint16 = 1 << iota // a noun lemma
	lxVerb                       // a verb lemma
	lxAdj                        // an adjective lemma
	lxAdv                        // an adverb lemma
	lxCapNoun                    // a noun written with a capital (a name)
	lxLowNoun                    // a noun written in lowercase
	lxIrrNoun                    // an irregular noun plural
	lxIrrVerb                    // an irregular verb form
	lxIrrAdj                     // an irregular comparative or superlative
	lxPlural                     // -s/-es/-ies of a noun lemma
	lxVerbS                      // -s of a verb lemma
	lxVerbEd                     // -ed of a verb lemma
	lxVerbIng                    // -ing of a verb lemma
	lxAdjEr                      // -er/-est of an adjective lemma
	lxAdjLy                      // -ly of an adjective lemma
)

// lexicon is an open-addressing set of 32-bit word hashes with their bits.
type lexicon struct {
	keys []uint32
	bits []uint16
	mask uint32
}

func lexKey(h uint64) uint32 { return uint32(h>>32) | 1 }

func newLexicon(keys []uint32, bits []uint16) *lexicon {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	l := &lexicon{keys: make([]uint32, size), bits: make([]uint16, size), mask: uint32(size - 1)}
	for i, k := range keys {
		j := uint32(mix(uint64(k))) & l.mask
		for l.keys[j] != 0 && l.keys[j] != k {
			j = (j + 1) & l.mask
		}
		l.keys[j] = k
		l.bits[j] |= bits[i]
	}
	return l
}

func (l *lexicon) get(h uint64) uint16 {
	if l == nil || len(l.keys) == 0 {
		return 0
	}
	k := lexKey(h)
	for j := uint32(mix(uint64(k))) & l.mask; ; j = (j + 1) & l.mask {
		switch l.keys[j] {
		case k:
			return l.bits[j]
		case 0:
			return 0
		}
	}
}

// entries lists the lexicon's keys and bits sorted by key, for saving.
func (l *lexicon) entries() ([]uint32, []uint16) {
	if l == nil {
		return nil, nil
	}
	var idx []int
	for i, k := range l.keys {
		if k != 0 {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case l.keys[a] < l.keys[b]:
			return -1
		case l.keys[a] > l.keys[b]:
			return 1
		}
		return 0
	})
	keys, bits := make([]uint32, len(idx)), make([]uint16, len(idx))
	for i, j := range idx {
		keys[i], bits[i] = l.keys[j], l.bits[j]
	}
	return keys, bits
}

// hashWith is the fnv hash of stem followed by add.
func hashWith(stem []byte, add string) uint64 {
	h := fnv(stem)
	for i := 0; i < len(add); i++ {
		h ^= uint64(add[i])
		h *= fnvPrime
	}
	return h
}

// analyse returns the lexicon bits of low (a lowercased word): its own
// bits and those of the lemmas it inflects.
func (l *lexicon) analyse(low []byte) uint16 {
	if l == nil || len(l.keys) == 0 || len(low) < 2 {
		return l.get(fnv(low))
	}
	b := l.get(fnv(low))
	n := len(low)
	has := func(suf string) bool { return n > len(suf)+1 && string(low[n-len(suf):]) == suf }
	base := func(cut int, add string) uint16 { return l.get(hashWith(low[:n-cut], add)) }
	if has("s") {
		x := base(1, "")
		if has("es") {
			x |= base(2, "")
		}
		if has("ies") {
			x |= base(3, "y")
		}
		if x&lxNoun != 0 {
			b |= lxPlural
		}
		if x&lxVerb != 0 {
			b |= lxVerbS
		}
	}
	if has("ed") {
		x := base(2, "") | base(1, "")
		if has("ied") {
			x |= base(3, "y")
		}
		if n > 4 && low[n-3] == low[n-4] {
			x |= base(3, "") // stopped
		}
		if x&lxVerb != 0 {
			b |= lxVerbEd
		}
	}
	if has("ing") {
		x := base(3, "") | base(3, "e")
		if n > 5 && low[n-4] == low[n-5] {
			x |= base(4, "") // running
		}
		if x&lxVerb != 0 {
			b |= lxVerbIng
		}
	}
	if has("er") || has("est") {
		cut := 2
		if has("est") {
			cut = 3
		}
		x := base(cut, "") | base(cut-1, "")
		if low[n-cut-1] == 'i' {
			x |= base(cut+1, "y")
		}
		if x&lxAdj != 0 {
			b |= lxAdjEr
		}
	}
	if has("ly") {
		x := base(2, "")
		if has("ily") {
			x |= base(3, "y")
		}
		if x&lxAdj != 0 {
			b |= lxAdjLy
		}
	}
	return b
}

// readWordNet builds the lexicon from a WordNet 3 dict directory
// (index.noun, data.noun, noun.exc, ...). Multiword entries are skipped.
func readWordNet(dir string) (*lexicon, error) {
	words := map[uint32]uint16{}
	add := func(w string, b uint16) {
		if strings.ContainsAny(w, "_ ") || w == "" {
			return
		}
		_, low := normalize(nil, nil, w)
		words[lexKey(fnv(low))] |= b
	}
	for _, f := range []struct {
		name string
		bit  uint16
	}{{"index.noun", lxNoun}, {"index.verb", lxVerb}, {"index.adj", lxAdj}, {"index.adv", lxAdv}} {
		if err := eachLine(filepath.Join(dir, f.name), func(line string) {
			if strings.HasPrefix(line, " ") {
				return // licence header
			}
			if i := strings.IndexByte(line, ' '); i > 0 {
				add(line[:i], f.bit)
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := eachLine(filepath.Join(dir, "data.noun"), func(line string) {
		if strings.HasPrefix(line, " ") {
			return
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return
		}
		var n int
		fmt.Sscanf(f[3], "%x", &n)
		for i := 0; i < n && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if strings.ToLower(w) != w {
				add(w, lxCapNoun)
			} else {
				add(w, lxLowNoun)
			}
		}
	}); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		bit  uint16
	}{{"noun.exc", lxIrrNoun}, {"verb.exc", lxIrrVerb}, {"adj.exc", lxIrrAdj}} {
		if err := eachLine(filepath.Join(dir, f.name), func(line string) {
			if i := strings.IndexByte(line, ' '); i > 0 {
				add(line[:i], f.bit)
			}
		}); err != nil {
			return nil, err
		}
	}
	keys := make([]uint32, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	bits := make([]uint16, len(keys))
	for i, k := range keys {
		bits[i] = words[k]
	}
	return newLexicon(keys, bits), nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w (install Debian's wordnet-base, or point --wordnet at a WordNet 3 dict directory)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %s: %w", path, err)
	}
	return nil
}
