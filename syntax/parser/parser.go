// Package parser is dyad's dependency parser: a greedy arc-hybrid
// transition parser whose transitions and labels are scored by two averaged
// perceptrons over hashed Zhang & Nivre (2011) features, trained with a
// dynamic oracle on projectivised UD trees.
//
// A Model is read-only once built, so one Model serves any number of
// goroutines; Parse takes its scratch space from a pool and allocates
// nothing per token in the steady state.
package parser

import (
	"slices"
	"sync"
	"unicode/utf8"

	"dyad/doc"
)

// MaxWords is the longest sentence Parse parses whole. Longer sentences are
// cut: the first MaxWords words are parsed and the rest attach flat (dep)
// to that part's root. Parsing is quadratic at worst in the oracle and
// linear at parse time, but news sentences past this bound are almost
// always tables or lists the tokeniser could not split.
const MaxWords = 300

// Model is a trained parser.
type Model struct {
	act *table // transition scores: numActions classes
	lab *table // label scores: doc.NumDepRel classes, direction folded into the features
	// labelOK[a][r] says whether relation r was seen for action a (LEFT:
	// head to the right; RIGHT: head to the left) in training.
	labelOK [numActions][doc.NumDepRel]bool
	labels  [numActions][]uint8 // the relations labelOK allows, in order (see setLabels)

	// fset is the feature set (featuresZN, featuresAmb); lex is the
	// lexicon of ambiguity classes, nil in featuresZN.
	fset int
	lex  *lexicon
	// nact and nlab are the numbers of action and label features of
	// fset; groups[g] lists the templates of memoGroups[g] in fset, and
	// pair those scored in every state.
	nact, nlab int
	groups     [len(memoGroups)][]uint8
	pair       []uint8

	pool sync.Pool // *workspace
}

// newModel assembles a model from its tables and label masks.
func newModel(act, lab *table, ok *[numActions][doc.NumDepRel]bool, fset int, lex *lexicon) *Model {
	m := &Model{act: act, lab: lab, labelOK: *ok}
	m.setFeatures(fset, lex)
	m.setLabels()
	return m
}

// setFeatures sets the feature set and what follows from it.
func (m *Model) setFeatures(fset int, lex *lexicon) {
	m.fset, m.lex = fset, lex
	m.nact, m.nlab = numActionFeatsZN, numLabelFeatsZN
	for g, mg := range memoGroups {
		m.groups[g] = mg.idx
	}
	m.pair = pairIdx[:]
	if fset >= featuresAmb {
		m.nact, m.nlab = numActionFeats, numLabelFeats
		m.groups[0] = append(slices.Clip(m.groups[0]), stackAmbIdx[:]...)
		m.groups[2] = append(slices.Clip(m.groups[2]), bufAmbIdx[:]...)
		m.pair = append(slices.Clip(m.pair), pairAmbIdx[:]...)
	}
}

// setLabels fills labels from labelOK; call it once labelOK is set.
func (m *Model) setLabels() {
	for a := range m.labels {
		m.labels[a] = m.labels[a][:0]
		for r, ok := range m.labelOK[a] {
			if ok {
				m.labels[a] = append(m.labels[a], uint8(r))
			}
		}
	}
}

// A row of the label table must hold every relation.
var _ [rowLen - doc.NumDepRel]struct{}

// workspace is the per-call scratch space of Parse.
type workspace struct {
	sent   sentence
	st     state
	feats  [numActionFeats]uint64
	group  [numActionFeats]uint64 // the groups of feats to score, gathered
	lfeats [numLabelFeats]uint64
	// memo[g][x+1] holds the scores of group memoGroups[g] with x as s0
	// (the stack groups) or as b0 (the buffer groups); kids[x+1] counts
	// the children of x so far.
	memo   [len(memoGroups)][]memo
	kids   []int32
	score  [numActions]int32
	lscore [rowLen]int32
}

func (m *Model) workspace() *workspace {
	if w, ok := m.pool.Get().(*workspace); ok {
		return w
	}
	return new(workspace)
}

// wordHash hashes a form lower-cased (ASCII) with digits folded to 0, so
// "1999" and "2023" share weights and "Said" and "said" do too.
func wordHash(form string) uint64 {
	var buf [64]byte
	return hashBytes(asciiPunct(buf[:0], form))
}

// formHashes is wordHash of form and the hash of its last three bytes,
// from one ASCII rewriting of its punctuation.
func formHashes(form string) (word, suffix uint64) {
	var buf [64]byte
	b := asciiPunct(buf[:0], form)
	word = hashBytes(b)
	if len(b) > 3 {
		b = b[len(b)-3:]
	}
	return word, hashBytes(b) ^ 0x5bd1e995
}

func hashBytes(form []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range form {
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h < 3 {
		h += 3 // keep clear of the sentinels
	}
	return h
}

// asciiPunct appends form to dst with curly quotes and apostrophes,
// dashes and ellipses written as the ASCII the treebank mostly has, as the
// tagger reads them
// (tagger.normalize): news writes “ ” and ’ ("Canada’s", "don’t"), which
// were words the parser had never seen, and a sentence opening with “ was
// parsed with the quote mark as its root.
func asciiPunct(dst []byte, form string) []byte {
	for i := 0; i < len(form); {
		c := form[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(form[i:])
		switch r {
		case '‘', '’', '‚', '′', '´', 'ʼ':
			dst = append(dst, '\'')
		case '“', '”', '„', '″':
			dst = append(dst, '"')
		case '–', '—', '―':
			dst = append(dst, '-', '-') // news sets dashes as "–"; the treebank as "--"
		case '…':
			dst = append(dst, '.', '.', '.')
		default:
			dst = append(dst, form[i:i+n]...)
		}
		i += n
	}
	return dst
}

var xposLRB, _ = doc.ParseXPOS("-LRB-")
var xposRRB, _ = doc.ParseXPOS("-RRB-")

// bracketForm is form, or "(" and ")" for "<" and ">" the tagger read as
// brackets: Reuters sets a company's ticker in angle brackets ("Kenya
// Airways Ltd <KQ.N>"), where the treebank has almost only round ones, and
// the parser, at a word it had never seen, made the name the subject of
// the verb after it.
func bracketForm(form string, x doc.XPOS) string {
	switch {
	case x == xposLRB && form == "<":
		return "("
	case x == xposRRB && form == ">":
		return ")"
	}
	return form
}

// load fills s from the first n tokens of r, with the ambiguity classes
// of lex when it is not nil.
func (s *sentence) load(d *doc.Doc, r doc.TokRange, n int, lex *lexicon) {
	s.reset(n)
	s.word[0], s.tag[0], s.upos[0], s.suffix[0] = rootWord, rootTag, rootTag, rootWord
	if lex == nil {
		s.amb = nil
	} else {
		s.amb = grow(s.ambBuf, n+1)
		s.ambBuf = s.amb
		s.amb[0] = rootAmb
	}
	for i := 0; i < n; i++ {
		t := &d.Tokens[int(r.Start)+i]
		s.word[i+1], s.suffix[i+1] = formHashes(bracketForm(d.Text(t.Span), t.XPOS))
		if lex != nil {
			s.amb[i+1] = lex.get(s.word[i+1])
		}
		s.tag[i+1] = uint8(t.XPOS)
		s.upos[i+1] = uint8(t.UPOS)
	}
	s.count()
}

// count fills the prefix counts from the tags.
func (s *sentence) count() {
	s.punct[0], s.verb[0] = 0, 0
	for i := 1; i <= s.n; i++ {
		s.punct[i], s.verb[i] = s.punct[i-1], s.verb[i-1]
		switch doc.UPOS(s.upos[i]) {
		case doc.PUNCT:
			s.punct[i]++
		case doc.VERB, doc.AUX:
			s.verb[i]++
		}
	}
}

// Parse sets Head and Dep of the tokens in r, which must be one sentence
// with UPOS and XPOS set. It reports whether the sentence was longer than
// MaxWords and so cut (see MaxWords); the caller records that.
func (m *Model) Parse(d *doc.Doc, r doc.TokRange) (truncated bool) {
	n := r.Len()
	if n <= 0 {
		return false
	}
	if n > MaxWords {
		n, truncated = MaxWords, true
	}
	w := m.workspace()
	w.sent.load(d, r, n, m.lex)
	m.parse(w)
	st := &w.st
	root := int32(-1)
	for i := 1; i <= n; i++ {
		t := &d.Tokens[int(r.Start)+i-1]
		h := st.head[i]
		if h <= 0 {
			t.Head, t.Dep = -1, doc.Root
			if root < 0 {
				root = r.Start + int32(i) - 1
			} else {
				// unreachable with a terminal state; kept for safety
				t.Head, t.Dep = root, doc.Dep
			}
			continue
		}
		t.Head = r.Start + h - 1
		t.Dep = doc.DepRel(st.label[i])
	}
	for i := n; i < r.Len(); i++ {
		t := &d.Tokens[int(r.Start)+i]
		t.Head, t.Dep = root, doc.Dep
	}
	m.pool.Put(w)
	return truncated
}

// memo holds the transition scores of one group of features, computed
// when the word had ver-1 children (ver 0: not computed).
type memo struct {
	s   [numActions]int32
	ver int32
}

// memoGroups are the groups of action features that parse scores once for
// many states (see stackFeats): two keyed by s0, two by b0. The groups
// reading children are scored anew once the word has another child.
var memoGroups = [...]struct {
	write func(*sentence, *state, []uint64)
	idx   []uint8
	onBuf bool // keyed by b0, else by s0
	kids  bool // reads the word's children
}{
	{stackFeats, stackIdx[:], false, false},
	{stackKidFeats, stackKidIdx[:], false, true},
	{bufFeats, bufIdx[:], true, false},
	{bufKidFeats, bufKidIdx[:], true, true},
}

// gather appends to w.group the features of w.feats that idx lists, and
// returns the new length.
func (w *workspace) gather(n int, idx []uint8) int {
	g := w.group[n : n+len(idx)]
	for j, k := range idx {
		g[j] = w.feats[k]
	}
	return n + len(idx)
}

// parse runs the greedy parser on w.sent, leaving the tree in w.st.
//
// The score of a transition is the sum of the weights of its features,
// and sums of integers do not depend on their order: the groups of
// memoGroups are looked up once per word (and number of children) and
// their sums kept, and only pairFeats, which reads s0 and b0 together, is
// looked up for every state.
func (m *Model) parse(w *workspace) {
	s, st := &w.sent, &w.st
	st.reset(s.n)
	for g := range w.memo {
		w.memo[g] = grow(w.memo[g], s.n+2)
		clear(w.memo[g])
	}
	w.kids = grow(w.kids, s.n+2)
	clear(w.kids)
	for !st.terminal() {
		ok := st.valid()
		var a int
		switch {
		case !ok[left] && !ok[right]:
			a = shift // the stack holds only the root
		case !ok[shift] && !ok[left]:
			a = right // the buffer is empty
		default:
			a = best(m.scoreActions(w), &ok)
		}
		switch a {
		case left:
			w.kids[st.buf(0)+1]++
		case right:
			w.kids[st.s(1)+1]++
		}
		st.apply(a, m.label(w, a))
	}
}

// scoreActions sets w.score to the transition scores of the state: the
// pair group and the memo groups not yet scored go in one batch of
// lookups.
func (m *Model) scoreActions(w *workspace) *[numActions]int32 {
	s, st := &w.sent, &w.st
	s0, b0 := st.s(0)+1, st.buf(0)+1
	var key, ver [len(memoGroups)]int32
	var ends [1 + len(memoGroups)]int
	pairFeats(s, st, w.feats[:])
	n := w.gather(0, m.pair)
	ends[0] = n
	for g, mg := range memoGroups {
		key[g] = s0
		if mg.onBuf {
			key[g] = b0
		}
		ver[g] = 1
		if mg.kids {
			ver[g] += w.kids[key[g]]
		}
		if w.memo[g][key[g]].ver != ver[g] {
			mg.write(s, st, w.feats[:])
			n = w.gather(n, m.groups[g])
		}
		ends[g+1] = n
	}
	var sums [1 + len(memoGroups)][numActions]int32
	m.act.score3(w.group[:n], ends[:], sums[:])
	w.score = sums[0]
	for g := range memoGroups {
		e := &w.memo[g][key[g]]
		if e.ver != ver[g] {
			e.s, e.ver = sums[g+1], ver[g]
		}
		for i := range w.score {
			w.score[i] += e.s[i]
		}
	}
	return &w.score
}

// label picks the relation for the arc that action a is about to make.
func (m *Model) label(w *workspace, a int) uint8 {
	if a == shift {
		return 0
	}
	s, st := &w.sent, &w.st
	d := st.s(0)
	h := st.s(1)
	if a == left {
		h = st.buf(0)
	}
	if h == 0 {
		return uint8(doc.Root)
	}
	if s.upos[d] == uint8(doc.PUNCT) {
		// UD gives punctuation no other relation below the root, and the
		// model chose another for 11 of 56,048 punctuation dependents in
		// the EWT and GUM texts: an eighth of the arcs need no lookups
		return uint8(doc.Punct)
	}
	labelFeats(s, st, a, h, d, w.lfeats[:])
	m.lab.scoreRows(w.lfeats[:m.nlab], &w.lscore)
	bestL, bestS := uint8(doc.Dep), int32(0)
	for i, r := range m.labels[a] {
		if i == 0 || w.lscore[r] > bestS {
			bestL, bestS = r, w.lscore[r]
		}
	}
	return bestL
}

// best returns the highest-scoring allowed action; ties go to the lower
// action number, so parsing is deterministic.
func best[T int32 | float32](score *[numActions]T, ok *[numActions]bool) int {
	b := -1
	for a := 0; a < numActions; a++ {
		if ok[a] && (b < 0 || score[a] > score[b]) {
			b = a
		}
	}
	return b
}
