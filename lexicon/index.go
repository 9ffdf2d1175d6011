package lexicon

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// index is a trie over normal words. Edges live in one map keyed by a mix
// of the parent node and the word's hash, so a step costs one hash of the
// token and one map probe, and allocates nothing.
type index struct {
	nodes []node
	edges map[uint64]int32
}

type node struct {
	parent int32
	word   string // the normal word on the edge into this node
	terms  []term // names that end here, the most demanding case first
}

// term is a name ending at a node: entry and name index, and the per-word
// case demands (bit i for word i).
type term struct {
	entry             int32
	name              int16
	capFirst, allCaps uint32
}

func newIndex() index {
	return index{nodes: []node{{parent: -1}}, edges: map[uint64]int32{}}
}

// clone copies the index so that adding to the copy leaves x as it was.
func (x index) clone() index {
	c := index{nodes: slices.Clone(x.nodes), edges: maps.Clone(x.edges)}
	for i := range c.nodes {
		c.nodes[i].terms = slices.Clone(c.nodes[i].terms)
	}
	return c
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashWord(w []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range w {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func edgeKey(parent int32, h uint64) uint64 {
	return h ^ (uint64(parent)+1)*0x9E3779B97F4A7C15
}

// child follows the edge for normal word w from node n.
func (x *index) child(n int32, w []byte) (int32, bool) {
	c, ok := x.edges[edgeKey(n, hashWord(w))]
	if !ok || x.nodes[c].parent != n || x.nodes[c].word != string(w) {
		return 0, false
	}
	return c, true
}

var errCollision = errors.New("hash collision in the phrase index (report this)")

// add indexes name as name number nameIdx of entry. If a name with the same
// words and case demands is already there, add returns its entry: an entry
// below layer (an earlier layer's) is replaced by the new one; one at or
// above layer is left, for the caller to report as a duplicate. prev is -1
// when the name is new.
func (x *index) add(name string, entry int32, nameIdx int16, layer int32) (prev int32, err error) {
	n := int32(0)
	var t term
	t.entry, t.name = entry, nameIdx
	for i, w := range splitName(name) {
		nw := appendNorm(nil, w)
		cf, ac := wordCase(w)
		if cf {
			t.capFirst |= 1 << i
		}
		if ac {
			t.allCaps |= 1 << i
		}
		c, ok := x.child(n, nw)
		if !ok {
			key := edgeKey(n, hashWord(nw))
			if _, taken := x.edges[key]; taken {
				return -1, errCollision
			}
			c = int32(len(x.nodes))
			x.nodes = append(x.nodes, node{parent: n, word: string(nw)})
			x.edges[key] = c
		}
		n = c
	}
	terms := x.nodes[n].terms
	for i := range terms {
		if terms[i].capFirst == t.capFirst && terms[i].allCaps == t.allCaps {
			prev = terms[i].entry
			if prev < layer {
				terms[i] = t
			}
			return prev, nil
		}
	}
	terms = append(terms, t)
	// Most demanding first: an acronym before a capitalised name before a
	// lower-case one, so that "US" wins over "us" when the text says "US".
	slices.SortStableFunc(terms, func(a, b term) int {
		return demand(b) - demand(a)
	})
	x.nodes[n].terms = terms
	return -1, nil
}

func demand(t term) int {
	n := 0
	for m := t.allCaps; m != 0; m &= m - 1 {
		n += 2
	}
	for m := t.capFirst; m != 0; m &= m - 1 {
		n++
	}
	return n
}

// Match is a dictionary name found at the start of a token sequence.
type Match struct {
	Entry *Entry
	Name  int // index into Entry.Names of the name that matched
	Len   int // tokens the name spans, from the first one given
}

// Match finds the longest dictionary name that begins at forms[0], where
// forms are the surface forms of consecutive tokens (slices of the text, as
// a tokenizer gives them). A token "-" between two tokens joins them into
// one word, as "G - 20" reads "G-20"; a token that is only periods or
// hyphens otherwise ends the name; a token with an inner hyphen is one
// word ("U.S.-led" reads "usled"), so a resolver that wants "U.S." out of it
// splits the token first. Matching ignores case, periods, hyphens
// and Latin diacritics, except that a name word written with a capital
// wants a capital in the text, and an acronym wants no lower-case letter.
// Match allocates nothing for tokens of up to 64 bytes.
func (l *Lexicon) Match(forms []string) (Match, bool) {
	x := &l.index
	var best Match
	found := false
	var firstUp, noLower uint32
	n := int32(0)
	for i, w := 0, 0; i < len(forms) && w < maxWords; w++ {
		var buf [64]byte
		word := appendNorm(buf[:0], forms[i])
		if len(word) == 0 {
			break
		}
		next, ok := x.child(n, word)
		used := 1
		if i+2 < len(forms) && isDash(forms[i+1]) {
			if g, ok2 := x.child(n, appendNorm(word, forms[i+2])); ok2 {
				next, ok, used = g, true, 3
			}
		}
		if !ok {
			break
		}
		fu, nl := tokenCase(forms[i])
		if fu {
			firstUp |= 1 << w
		}
		if nl {
			noLower |= 1 << w
		}
		n, i = next, i+used
		for _, t := range x.nodes[n].terms {
			if t.capFirst&^firstUp == 0 && t.allCaps&^noLower == 0 {
				best = Match{Entry: l.entries[t.entry], Name: int(t.name), Len: i}
				found = true
				break
			}
		}
	}
	return best, found
}

func isDash(s string) bool {
	switch s {
	case "-", "\u2010", "\u2011", "\u2013":
		return true
	}
	return false
}

// Find looks a phrase up as if its words were tokens: Find("the Kremlin")
// finds nothing, Find("Kremlin") the entry. It is for tools and tests; the
// resolver calls Match. ok is false unless the whole phrase matched.
func (l *Lexicon) Find(phrase string) (*Entry, bool) {
	words := splitName(phrase)
	m, ok := l.Match(words)
	if !ok || m.Len != len(words) {
		return nil, false
	}
	return m.Entry, true
}

// String summarises the lexicon: entries per kind.
func (l *Lexicon) String() string {
	var counts [kindEnd]int
	for _, e := range l.entries {
		counts[e.Kind]++
	}
	var b strings.Builder
	b.WriteString("lexicon:")
	for k := Country; k < kindEnd; k++ {
		b.WriteString(" ")
		b.WriteString(k.String())
		b.WriteString("=")
		b.WriteString(strconv.Itoa(counts[k]))
	}
	return b.String()
}
