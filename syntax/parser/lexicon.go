package parser

import (
	"slices"

	"dyad/doc"
)

// Feature sets. A model file records the set its weights were trained
// with, and a model is parsed with that set, so a model trained before a
// set was added parses as it did.
const (
	// featuresZN is the first set: the templates of actionFeats and
	// labelFeats numbered below numActionFeatsZN and numLabelFeatsZN.
	featuresZN = 1
	// featuresAmb adds each word's ambiguity class (the XPOS tags its
	// form takes in the training trees), alone and beside its predicted
	// tag, so that the weights of a tag can differ on words that often
	// carry another one: the parser learns how far to trust the tagger.
	featuresAmb = 2
	// lastFeatures is the newest set, which training uses by default.
	lastFeatures = featuresAmb
)

// lexicon maps a word hash (wordHash) to the word's ambiguity class: the
// XPOS tags that make up at least 1/ambShare of the form's occurrences in
// training, as a bit set, for forms seen at least ambMinCount times. It is
// an open-addressing table of keys and classes, at most half full.
type lexicon struct {
	keys  []uint64 // 0 = empty
	class []uint64
	n     int
}

const (
	ambMinCount = 3  // rarer forms have no class: too few to tell their tags
	ambShare    = 20 // a tag counts when it is at least 1/20 of the form's uses
	// noClass is the class of a form not in the lexicon; an ambiguity
	// class always has a bit set, so it is never 0.
	noClass = 0
)

func newLexicon(n int) *lexicon {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &lexicon{keys: make([]uint64, size), class: make([]uint64, size)}
}

func (l *lexicon) put(k, c uint64) {
	mask := uint64(len(l.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		if l.keys[i] == 0 || l.keys[i] == k {
			if l.keys[i] == 0 {
				l.n++
			}
			l.keys[i], l.class[i] = k, c
			return
		}
	}
}

// get returns the class of word hash k, or noClass.
func (l *lexicon) get(k uint64) uint64 {
	mask := uint64(len(l.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch l.keys[i] {
		case k:
			return l.class[i]
		case 0:
			return noClass
		}
	}
}

// sorted returns the entries ordered by key, for writing.
func (l *lexicon) sorted() (keys, classes []uint64) {
	type e struct{ k, c uint64 }
	var es []e
	for i, k := range l.keys {
		if k != 0 {
			es = append(es, e{k, l.class[i]})
		}
	}
	slices.SortFunc(es, func(a, b e) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	})
	for _, x := range es {
		keys = append(keys, x.k)
		classes = append(classes, x.c)
	}
	return keys, classes
}

// buildLexicon counts the XPOS tags of every form in the tokens of d
// (word hashes as in sentence.load; word hashes are never 0).
func buildLexicon(d *doc.Doc) *lexicon {
	counts := make(map[uint64]*[64]uint32)
	for _, s := range d.Sentences {
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			t := &d.Tokens[i]
			k := wordHash(d.Text(t.Span))
			c := counts[k]
			if c == nil {
				c = new([64]uint32)
				counts[k] = c
			}
			c[t.XPOS&63]++
		}
	}
	l := newLexicon(len(counts))
	for k, c := range counts {
		var total uint32
		for _, x := range c {
			total += x
		}
		if total < ambMinCount {
			continue
		}
		var class uint64
		for p, x := range c {
			if x*ambShare >= total {
				class |= 1 << p
			}
		}
		l.put(k, class)
	}
	return l
}
