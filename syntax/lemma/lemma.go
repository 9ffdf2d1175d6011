// Package lemma gives the dictionary form of a tagged word: said → say,
// withdrew → withdraw, countries → country, 's (VBZ) → be, n't → not,
// better (JJR) → good, following the conventions of UD_English-EWT.
//
// A Table has two parts, both learnt from a treebank (Learn): exceptions,
// the commonest lemma of each (lowercased word, XPOS) seen in training; and
// suffix rules per XPOS for words not seen ("-ies" NNS → "-y"), the longest
// matching suffix winning. A short hand-written list of irregular verbs
// (irregular.go) adds past forms that the treebank lacks ("overran"), and
// through the suffix rules their compounds ("outdrew" → "outdraw").
//
// A third part, known verb lemmas, picks the stem spelling of unseen verb
// forms that the suffix rules get wrong ("blamed" blame, not blam).
//
// The embedded table (Default, Lemma) was learnt from UD_English-EWT train,
// licensed CC BY-SA 4.0 by its authors, with WordNet 3.0's verb lemmas
// (Princeton University's WordNet licence, in syntax/tagger/model) as known
// verbs. Regenerate it with
// `dyad train tagger --treebank DIR --wordnet /usr/share/wordnet --lemmas syntax/lemma/data/lemmas.tsv.gz`
// (Debian's wordnet-base); the same inputs give the same bytes.
package lemma

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad/doc"
)

// rule rewrites a word's end: drop strip bytes, append add.
type rule struct {
	strip int
	add   string
}

// Table maps tagged words to lemmas. It is read-only once built and safe
// for concurrent use.
type Table struct {
	words [256]map[string]string // by XPOS: lowercased word → lemma
	rules [256]map[string]rule   // by XPOS: lowercased suffix → rule
	// ruleLens has bit n set when rules[XPOS] holds a suffix of n bytes:
	// an unseen word tries only those lengths (a proper noun's rules are
	// of 2 and 5 bytes, not of all 6)
	ruleLens [256]uint32
	// verbs are known verb lemmas (the treebank's, the irregular list's and
	// any added, e.g. WordNet's): an unseen verb form whose suffix rule
	// gives no known verb tries the other spellings of its stem ("blamed"
	// is blame, not blam; "stopped" stop)
	verbs map[string]bool
	// idx holds words for lookups (see index); nil until built
	idx *index
}

// maxSuffix is the longest suffix, in bytes, that rules look at.
const maxSuffix = 6

// lowerBuf is enough for most words; longer ones are lowercased on the heap.
const lowerBuf = 64

// Lemma returns the lemma of form tagged xpos (when xpos is unset, it is
// guessed from upos and the words seen in training). Words seen in training and words whose lemma is the word itself
// cost no allocation: the result is the table's string or form itself.
func (t *Table) Lemma(form string, upos doc.UPOS, xpos doc.XPOS) string {
	if form == "" {
		return ""
	}
	var buf [lowerBuf]byte
	low, same := lowerNorm(buf[:0], form)
	if xpos == doc.NoXPOS {
		xpos = t.guessXPOS(upos, low)
	}
	proper := xpos == xNNP || xpos == xNNPS || upos == doc.PROPN
	if l, ok := t.word(xpos, low, form, same); ok {
		return l
	}
	// Unseen: the longest suffix rule, else the word itself.
	r, ok := t.rule(xpos, low)
	if !ok || r.strip > len(low) {
		r = rule{}
	}
	if proper {
		if r.strip == 0 && r.add == "" || r.strip > len(form) {
			return form
		}
		return form[:len(form)-r.strip] + r.add
	}
	if r.strip == 0 && r.add == "" {
		if same {
			return form
		}
		return string(low)
	}
	if len(t.verbs) > 0 && isVerbForm(xpos) {
		if v, ok := t.knownVerb(low, r); ok {
			return v
		}
	}
	if same && r.add == "" {
		return form[:len(form)-r.strip] // no allocation: "walks" → "walk"
	}
	return string(low[:len(low)-r.strip]) + r.add
}

// KnownVerbForm reports whether the treebank saw form (in any case) as
// a verb: "MOVED" is, "USAID" is not.
func (t *Table) KnownVerbForm(form string) bool {
	var buf [lowerBuf]byte
	low, _ := lowerNorm(buf[:0], form)
	for _, x := range [...]doc.XPOS{xVB, xVBD, xVBN, xVBG, xVBP, xVBZ} {
		if _, ok := t.word(x, low, form, false); ok {
			return true
		}
	}
	return false
}

// KnownVerb reports whether w (in any case) is a verb lemma the table
// knows, from the treebank or added (AddVerbs): "exchange" is.
func (t *Table) KnownVerb(w string) bool {
	var buf [lowerBuf]byte
	low, _ := lowerNorm(buf[:0], w)
	return t.verbs[string(low)]
}

// Seen reports whether the treebank saw form (in any case) tagged x.
func (t *Table) Seen(form string, x doc.XPOS) bool {
	var buf [lowerBuf]byte
	low, _ := lowerNorm(buf[:0], form)
	_, ok := t.word(x, low, form, false)
	return ok
}

func isVerbForm(x doc.XPOS) bool { return x == xVBD || x == xVBN || x == xVBG || x == xVBZ }

// knownVerb picks, for an unseen inflected verb low whose suffix rule is
// r, the stem spelling that is a known verb: the rule's own answer first,
// then the stem with its silent e, with a doubled consonant undone, with y
// for i. A one-syllable stem ending in one vowel and one consonant takes
// its e first: "spared" is spare (spar would be sparred). ok is false when
// no spelling is known, and the caller keeps the rule's answer.
func (t *Table) knownVerb(low []byte, r rule) (string, bool) {
	w := string(low)
	ending := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") // where a silent e was dropped
	if t.verbs[w[:len(w)-r.strip]+r.add] && !(ending && r.add == "" && cvcStem(w[:len(w)-r.strip]) && t.verbs[w[:len(w)-r.strip]+"e"]) {
		return w[:len(w)-r.strip] + r.add, true
	}
	var stem string
	switch {
	case strings.HasSuffix(w, "ied"):
		stem = w[:len(w)-3] + "y"
		if t.verbs[stem] {
			return stem, true
		}
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "ed"):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "ing"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "ies"):
		stem = w[:len(w)-3] + "y"
		if t.verbs[stem] {
			return stem, true
		}
		return "", false
	case strings.HasSuffix(w, "s"):
		// "spares" spare, "spars" spar: no e was dropped; "-es" only after
		// a hissing sound or o ("pushes" push, "goes" go; "departes" is
		// no form of depart)
		if v := w[:len(w)-1]; t.verbs[v] {
			return v, true
		}
		if v := strings.TrimSuffix(w, "es"); len(v) < len(w) && t.verbs[v] && sibilantEnd(v) {
			return v, true
		}
		return "", false
	default:
		return "", false
	}
	if stem == "" {
		return "", false
	}
	if cvcStem(stem) && t.verbs[stem+"e"] {
		return stem + "e", true
	}
	if t.verbs[stem] {
		return stem, true
	}
	if t.verbs[stem+"e"] {
		return stem + "e", true
	}
	if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1])) && t.verbs[stem[:n-1]] {
		return stem[:n-1], true // "stopped", "planning"
	}
	return "", false
}

// sibilantEnd: a stem whose -s form is -es: "push", "catch", "fix",
// "buzz", "pass", "go".
func sibilantEnd(s string) bool {
	for _, e := range [...]string{"s", "sh", "ch", "x", "z", "o"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// cvcStem: a one-syllable stem ending in a single vowel and a single
// consonant other than w, x and y ("spar", "hop", "car").
func cvcStem(s string) bool {
	n := len(s)
	if n < 3 || strings.ContainsRune("aeiouwxy", rune(s[n-1])) || !strings.ContainsRune("aeiou", rune(s[n-2])) ||
		strings.ContainsRune("aeiou", rune(s[n-3])) {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if strings.ContainsRune("aeiouy", rune(s[i])) && (i == 0 || !strings.ContainsRune("aeiouy", rune(s[i-1]))) {
			vowels++
		}
	}
	return vowels == 1
}

// AddVerbs adds known verb lemmas (lower case; "take off" and other
// multiword entries are skipped).
func (t *Table) AddVerbs(lemmas []string) {
	if t.verbs == nil {
		t.verbs = map[string]bool{}
	}
	for _, l := range lemmas {
		if l != "" && !strings.ContainsAny(l, " _") {
			t.verbs[strings.ToLower(l)] = true
		}
	}
}

// addRule sets the rule for words tagged x that end in suffix.
func (t *Table) addRule(x doc.XPOS, suffix string, r rule) {
	if t.rules[x] == nil {
		t.rules[x] = map[string]rule{}
	}
	t.rules[x][suffix] = r
	if len(suffix) < 32 {
		t.ruleLens[x] |= 1 << len(suffix)
	}
}

func (t *Table) rule(xpos doc.XPOS, low []byte) (rule, bool) {
	m := t.rules[xpos]
	if m == nil {
		return rule{}, false
	}
	lens := t.ruleLens[xpos]
	for n := min(len(low), maxSuffix); n >= 1; n-- {
		if lens&(1<<n) == 0 {
			continue
		}
		if r, ok := m[string(low[len(low)-n:])]; ok {
			return r, true
		}
	}
	if r, ok := m[""]; ok {
		return r, true
	}
	return rule{}, false
}

// lowerNorm appends form lowercased, with curly apostrophes as ASCII, and
// reports whether that equals form.
func lowerNorm(dst []byte, form string) ([]byte, bool) {
	same := true
	for i := 0; i < len(form); {
		c := form[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				same = false
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(form[i:])
		i += n
		switch r {
		case '’', '‘', '´', 'ʼ':
			dst = append(dst, '\'')
			same = false
			continue
		}
		lr := unicode.ToLower(r)
		if lr != r {
			same = false
		}
		dst = utf8.AppendRune(dst, lr)
	}
	return dst, same
}

var (
	xNNP, _  = doc.ParseXPOS("NNP")
	xNNPS, _ = doc.ParseXPOS("NNPS")
)

// uposXPOS lists, for a word tagged with UPOS only, the XPOS tags to try
// in turn; the first under which the word was seen in training is used,
// else the first.
var uposXPOS = func() [doc.NumUPOS][]doc.XPOS {
	var t [doc.NumUPOS][]doc.XPOS
	for u, names := range map[doc.UPOS][]string{
		doc.NOUN: {"NN", "NNS"}, doc.PROPN: {"NNP", "NNPS"},
		doc.VERB: {"VB", "VBD", "VBN", "VBZ", "VBG", "VBP"}, doc.AUX: {"VB", "VBZ", "VBD", "VBP", "MD", "VBN", "VBG"},
		doc.ADJ: {"JJ", "JJR", "JJS"}, doc.ADV: {"RB", "RBR", "RBS", "WRB"}, doc.PRON: {"PRP", "PRP$", "WP", "DT"},
		doc.DET: {"DT", "WDT", "PRP$"}, doc.ADP: {"IN"}, doc.NUM: {"CD"}, doc.PART: {"RB", "TO", "POS"},
	} {
		for _, n := range names {
			x, _ := doc.ParseXPOS(n)
			t[u] = append(t[u], x)
		}
	}
	return t
}()

func (t *Table) guessXPOS(u doc.UPOS, low []byte) doc.XPOS {
	if int(u) >= len(uposXPOS) || len(uposXPOS[u]) == 0 {
		return doc.NoXPOS
	}
	for _, x := range uposXPOS[u] {
		if _, ok := t.word(x, low, "", false); ok {
			return x
		}
	}
	return uposXPOS[u][0]
}

// Learn builds a table from gold lemmas and XPOS tags in d (a treebank),
// plus the irregular verbs of irregular.go.
func Learn(d *doc.Doc) *Table {
	type key struct {
		x   doc.XPOS
		low string
	}
	counts := map[key]map[string]int{}
	add := func(x doc.XPOS, form, lemma string, n int) {
		low, _ := lowerNorm(nil, form)
		k := key{x, string(low)}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][lemma] += n
	}
	var verbs []string
	for _, s := range d.Sentences {
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			t := d.Tokens[i]
			if t.XPOS == doc.NoXPOS || t.Lemma == "" || t.Lemma == "_" {
				continue
			}
			add(t.XPOS, d.TokenText(int(i)), t.Lemma, 2)
			if t.UPOS == doc.VERB {
				verbs = append(verbs, t.Lemma)
			}
		}
	}
	// Irregular verbs count less than one treebank token: the treebank wins.
	for _, v := range irregular {
		verbs = append(verbs, v.base)
		for _, f := range v.past {
			add(xVBD, f, v.base, 1)
		}
		for _, f := range v.part {
			add(xVBN, f, v.base, 1)
		}
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].x != keys[j].x {
			return keys[i].x < keys[j].x
		}
		return keys[i].low < keys[j].low
	})
	t := &Table{}
	t.AddVerbs(verbs)
	type rkey struct {
		x   doc.XPOS
		suf string
	}
	ruleCounts := map[rkey]map[rule]int{}
	for _, k := range keys {
		best, bn := "", -1
		for l, n := range counts[k] {
			if n > bn || n == bn && l < best {
				best, bn = l, n
			}
		}
		if t.words[k.x] == nil {
			t.words[k.x] = map[string]string{}
		}
		t.words[k.x][k.low] = best
		// Every suffix of the word votes (once) for the rule that gives its lemma.
		lemma := strings.ToLower(best)
		p := 0
		for p < len(k.low) && p < len(lemma) && k.low[p] == lemma[p] {
			p++
		}
		r := rule{strip: len(k.low) - p, add: lemma[p:]}
		for n := 0; n <= min(len(k.low), maxSuffix); n++ {
			if n < r.strip && n < len(k.low) {
				continue // the suffix must cover what the rule strips
			}
			rk := rkey{k.x, k.low[len(k.low)-n:]}
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[rule]int{}
			}
			ruleCounts[rk][r]++
		}
	}
	bestRule := func(m map[rule]int) rule {
		var best rule
		bn := -1
		for r, n := range m {
			if n > bn || n == bn && (r.strip < best.strip || r.strip == best.strip && r.add < best.add) {
				best, bn = r, n
			}
		}
		return best
	}
	// A suffix seen on one word only is no rule.
	for rk, m := range ruleCounts {
		n := 0
		for _, c := range m {
			n += c
		}
		if n < 2 && rk.suf != "" {
			delete(ruleCounts, rk)
		}
	}
	for rk, m := range ruleCounts {
		r := bestRule(m)
		// Keep a suffix only where it changes the answer of the one shorter.
		if rk.suf != "" {
			_, sz := utf8.DecodeRuneInString(rk.suf)
			if pm, ok := ruleCounts[rkey{rk.x, rk.suf[sz:]}]; ok && bestRule(pm) == r {
				continue
			}
		}
		t.addRule(rk.x, rk.suf, r)
	}
	t.buildIndex()
	return t
}

var (
	xVBD, _ = doc.ParseXPOS("VBD")
	xVBN, _ = doc.ParseXPOS("VBN")
	xVBG, _ = doc.ParseXPOS("VBG")
	xVBZ, _ = doc.ParseXPOS("VBZ")
	xVB, _  = doc.ParseXPOS("VB")
	xVBP, _ = doc.ParseXPOS("VBP")
)

// Save writes the table as gzip-compressed, sorted tab-separated lines:
// "w XPOS word lemma" and "r XPOS suffix strip add". The same table always
// gives the same bytes. Known verbs are "v VB lemma -" lines.
func (t *Table) Save(w io.Writer) error {
	var lines []string
	for v := range t.verbs {
		lines = append(lines, "v\tVB\t"+v+"\t-")
	}
	for x := range t.words {
		for wd, l := range t.words[x] {
			lines = append(lines, "w\t"+doc.XPOS(x).String()+"\t"+wd+"\t"+l)
		}
		for suf, r := range t.rules[x] {
			lines = append(lines, "r\t"+doc.XPOS(x).String()+"\t"+suf+"\t"+strconv.Itoa(r.strip)+"\t"+r.add)
		}
	}
	sort.Strings(lines)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString("# dyad lemma table 2\n")
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a table written by Save. name is used in error messages.
func Load(r io.Reader, name string) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%s: not a gzip-compressed lemma table: %v", name, err)
	}
	sc := bufio.NewScanner(zr)
	t := &Table{}
	intern := map[string]string{}
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if ln == 1 {
			if line != "# dyad lemma table 1" && line != "# dyad lemma table 2" {
				return nil, fmt.Errorf("%s:1: not a dyad lemma table (regenerate it with 'dyad train tagger --lemmas')", name)
			}
			continue
		}
		f := strings.Split(line, "\t")
		bad := func(msg string) error { return fmt.Errorf("%s:%d: %s", name, ln, msg) }
		if len(f) < 4 {
			return nil, bad("want at least 4 tab-separated fields")
		}
		x, ok := doc.ParseXPOS(f[1])
		if !ok {
			return nil, bad("unknown XPOS " + strconv.Quote(f[1]))
		}
		switch {
		case f[0] == "w" && len(f) == 4:
			l, ok := intern[f[3]]
			if !ok {
				l = f[3]
				intern[l] = l
			}
			if t.words[x] == nil {
				t.words[x] = map[string]string{}
			}
			t.words[x][f[2]] = l
		case f[0] == "v" && len(f) == 4:
			t.AddVerbs(f[2:3])
		case f[0] == "r" && len(f) == 5:
			n, err := strconv.Atoi(f[3])
			if err != nil || n < 0 {
				return nil, bad("bad strip count " + strconv.Quote(f[3]))
			}
			t.addRule(x, f[2], rule{strip: n, add: f[4]})
		default:
			return nil, bad("want w XPOS word lemma, r XPOS suffix strip add or v VB verb -")
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, ln, err)
	}
	t.buildIndex()
	return t, nil
}

//go:embed data/lemmas.tsv.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultTable *Table
	defaultErr   error
)

// Default returns the embedded table learnt from UD_English-EWT, loaded
// once on first use.
func Default() (*Table, error) {
	defaultOnce.Do(func() {
		defaultTable, defaultErr = Load(bytes.NewReader(embedded), "embedded lemma table")
	})
	return defaultTable, defaultErr
}

// Lemma returns the lemma of form by the embedded table (see Table.Lemma).
// If the embedded table cannot be read (a build error), it returns form
// lowercased.
func Lemma(form string, upos doc.UPOS, xpos doc.XPOS) string {
	t, err := Default()
	if err != nil {
		return strings.ToLower(form)
	}
	return t.Lemma(form, upos, xpos)
}

// Score counts lemmas that match gold.
type Score struct{ Tokens, Correct int }

// Accuracy is the share of correct lemmas.
func (s Score) Accuracy() float64 {
	if s.Tokens == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Tokens)
}

// Accuracy lemmatises every token of gold with its gold tags and compares
// with its gold lemma.
func (t *Table) Accuracy(gold *doc.Doc) Score {
	var s Score
	for i, tok := range gold.Tokens {
		if tok.Lemma == "" || tok.Lemma == "_" {
			continue
		}
		s.Tokens++
		if t.Lemma(gold.TokenText(i), tok.UPOS, tok.XPOS) == tok.Lemma {
			s.Correct++
		}
	}
	return s
}
