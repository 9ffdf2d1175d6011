package tagger

import (
	"unicode"
	"unicode/utf8"

	"dyad/doc"
)

// Feature templates. A feature's key mixes its template id with a hash of
// its value, so the ids are part of the model format: append, never renumber.
const (
	fBias uint64 = iota + 1
	fWord
	fForm
	fWordM1
	fWordM2
	fWordP1
	fWordP2
	fWordM1W0
	fWordW0P1
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fSuf3M1
	fSuf3P1
	fShape
	fShapeM1
	fShapeP1
	fFlags
	fFlag // + flag bit index
	fAmb  = fFlag + 16
	fAmbM1
	fAmbP1
	fAmbP2
	fAmbM1A0
	fAmb0P1
	fAmbSuf3
	fShapeSuf3
	// dynamic: tags chosen so far, and the first pass's tags on the right
	fTagM1
	fTagM2M1
	fTagM1W0
	fTagM1Amb0
	fTagP1
	fTagP1P2
	fTagM1P1
	fTagP1W0
	fWordM1P1
	fWordAmbP1
	fTagM2
	fTagM1WordP1
	fTagM1Suf3
	fLex
	fLexShape
)

// Token flags used as features.
const (
	flDigit = 1 << iota
	flHyphen
	flUpper
	flAllUpper
	flInitCap
	flFirst
	flPeriod
	flNoAlnum
	flNonASCII
	flAllDigit
	flLast
)

// numStatic is the number of features that do not depend on tags.
const numStatic = 34

// numDynamic1 and numDynamic2 are the tag features of each pass.
const (
	numDynamic1 = 7
	numDynamic2 = 11
)

// Hashes of padding beyond the sentence edges.
const (
	hStart uint64 = 0x5bd1e9955bd1e995
	hEnd   uint64 = 0x27d4eb2f165667c5
)

// tokInfo is what the tagger computes once per token before any scoring.
type tokInfo struct {
	word, form, shape uint64 // hashes
	suf               [4]uint64
	pre               [3]uint64
	amb               uint64 // ambiguity class hash; ambUnknown when not in the dictionary
	flags             uint32
	cands             []uint8 // the classes this word may take: from the dictionary, else the open classes
	lex               uint64  // lexicon bits of a word not in the dictionary; lexKnown for one that is
	base              []int32 // summed weights of the word-only features for cands (first pass, then second); nil if not stored
}

const (
	ambUnknown uint64 = 0x9e3779b97f4a7c15
	lexKnown   uint64 = 1 << 20
)

// mix is a 64-bit finaliser (splitmix64) used to combine hashes.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// key is the table key of template t with value v. It is never 0, which
// marks an empty slot.
func key(t, v uint64) uint64 {
	return mix(v^(t*0xff51afd7ed558ccd)) | 1
}

func key2(t, a, b uint64) uint64 { return key(t, mix(a)^b) }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// normalize appends to dst the form as the features see it: curly quotes,
// long dashes and the ellipsis character as ASCII, digits as 0. The case is
// kept; lower appends the lowercased form of that to low.
func normalize(dst, low []byte, form string) ([]byte, []byte) {
	for i := 0; i < len(form); {
		c := form[i]
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' {
				c = '0'
			}
			dst = append(dst, c)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low = append(low, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(form[i:])
		i += n
		switch r {
		case '‘', '’', '‚', '′', '´', 'ʼ':
			dst, low = append(dst, '\''), append(low, '\'')
			continue
		case '“', '”', '„', '″', '«', '»':
			dst, low = append(dst, '"'), append(low, '"')
			continue
		case '–', '—', '―', '−':
			dst, low = append(dst, '-', '-'), append(low, '-', '-')
			continue
		case '…':
			dst, low = append(dst, '.', '.', '.'), append(low, '.', '.', '.')
			continue
		}
		if unicode.IsDigit(r) {
			dst, low = append(dst, '0'), append(low, '0')
			continue
		}
		dst = utf8.AppendRune(dst, r)
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	return dst, low
}

// shape appends the word's shape: X upper, x lower, d digit, other runes
// as themselves (non-ASCII as 'o'), runs of one class cut at three.
func shape(dst []byte, form string) ([]byte, uint32) {
	var last byte
	run := 0
	var fl uint32
	letters, uppers := 0, 0
	alnum := false
	allDigit := true
	for i, r := range form {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c, alnum = 'x', true
			letters++
			allDigit = false
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c, alnum = 'X', true
			letters++
			uppers++
			fl |= flUpper
			if i == 0 {
				fl |= flInitCap
			}
			allDigit = false
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c, alnum = 'd', true
			fl |= flDigit
		case r < utf8.RuneSelf:
			c = byte(r)
			if c == '-' {
				fl |= flHyphen
			}
			if c == '.' {
				fl |= flPeriod
			}
			allDigit = false
		default:
			fl |= flNonASCII
			allDigit = false
			switch {
			case unicode.IsUpper(r):
				c, alnum = 'X', true
				letters++
				uppers++
				fl |= flUpper
				if i == 0 {
					fl |= flInitCap
				}
			case unicode.IsLetter(r):
				c, alnum = 'x', true
				letters++
			case unicode.IsDigit(r):
				c, alnum = 'd', true
				fl |= flDigit
			default:
				c = 'o'
			}
		}
		if c == last {
			run++
			if run >= 3 {
				continue
			}
		} else {
			last, run = c, 0
		}
		dst = append(dst, c)
	}
	if letters >= 2 && letters == uppers {
		fl |= flAllUpper
	}
	if !alnum {
		fl |= flNoAlnum
	}
	if allDigit && fl&flDigit != 0 {
		fl |= flAllDigit
	}
	return dst, fl
}

// scratch holds the buffers for one sentence. It is reused between calls.
type scratch struct {
	norm, low, shp []byte
	info           []tokInfo // 2 padding entries on each side
	static         []uint64  // numStatic keys per token
	rows           []int32   // table slot per static key, -1 when absent
	tags1, tags2   []int16   // first- and second-pass class per token
	scores         []int32
	touch          int16 // keeps findAll's early row reads (see there)
}

// prepare computes per-token information for the tokens toks of text.
func (s *scratch) prepare(text string, toks []doc.Token, dict *wordDict) {
	n := len(toks)
	if cap(s.info) < n+4 {
		s.info = make([]tokInfo, n+4, 2*n+8)
	}
	s.info = s.info[:n+4]
	pad := tokInfo{word: hStart, form: hStart, shape: hStart, amb: hStart, lex: hStart}
	s.info[0], s.info[1] = pad, pad
	pad = tokInfo{word: hEnd, form: hEnd, shape: hEnd, amb: hEnd, lex: hEnd}
	s.info[n+2], s.info[n+3] = pad, pad
	for i := range toks {
		sp := toks[i].Span
		form := ""
		if sp.Start >= 0 && sp.End <= int32(len(text)) && sp.Start < sp.End {
			form = text[sp.Start:sp.End]
		}
		s.norm, s.low = normalize(s.norm[:0], s.low[:0], form)
		var fl uint32
		s.shp, fl = shape(s.shp[:0], form)
		if i == 0 {
			fl |= flFirst
		}
		if i == n-1 {
			fl |= flLast
		}
		ti := &s.info[i+2]
		ti.word = fnv(s.low)
		ti.form = fnv(s.norm)
		ti.shape = fnv(s.shp)
		ti.flags = fl
		low := s.low
		// Suffixes and prefixes by runes.
		end := len(low)
		for k := 0; k < 4; k++ {
			if end > 0 {
				end--
				for end > 0 && low[end]&0xC0 == 0x80 {
					end--
				}
			}
			ti.suf[k] = fnv(low[end:]) + uint64(k)
		}
		start := 0
		for k := 0; k < 3; k++ {
			if start < len(low) {
				_, sz := utf8.DecodeRune(low[start:])
				start += sz
			}
			ti.pre[k] = fnv(low[:start]) + uint64(k)
		}
		if e := dict.lookup(ti.word); e != nil {
			ti.amb, ti.cands, ti.lex, ti.base = e.amb, dict.lists[e.cands], lexKnown, e.base
		} else {
			ti.amb, ti.cands, ti.lex, ti.base = ambUnknown, dict.open, uint64(dict.lex.analyse(low)), nil
		}
	}
}

// numLocal is the number of static features that depend only on the
// lowercased word (and so are the same wherever it occurs): for a word in
// the dictionary their summed weights are stored with it (dictEntry.base),
// and tagging skips them.
const numLocal = 12

// localFeatures writes the word-only keys of t into f[:numLocal].
func localFeatures(f []uint64, t *tokInfo) {
	f[0] = key(fBias, 0)
	f[1] = key(fWord, t.word)
	f[2] = key(fSuf1, t.suf[0])
	f[3] = key(fSuf2, t.suf[1])
	f[4] = key(fSuf3, t.suf[2])
	f[5] = key(fSuf4, t.suf[3])
	f[6] = key(fPre1, t.pre[0])
	f[7] = key(fPre2, t.pre[1])
	f[8] = key(fPre3, t.pre[2])
	f[9] = key(fAmb, t.amb)
	f[10] = key2(fAmbSuf3, t.amb, t.suf[2])
	f[11] = key(fLex, t.lex)
}

// staticFeatures writes the tag-independent keys of every token that needs
// scoring into s.static. With useBase, the word-only keys of words that
// carry their summed weights are left 0 (not looked up).
func (s *scratch) staticFeatures(useBase bool) {
	n := len(s.info) - 4
	if cap(s.static) < n*numStatic {
		s.static = make([]uint64, n*numStatic, 2*n*numStatic)
	}
	s.static = s.static[:n*numStatic]
	for i := 0; i < n; i++ {
		t := &s.info[i+2]
		if len(t.cands) == 1 {
			continue // its tag is fixed: no scoring
		}
		m1, m2, p1, p2 := &s.info[i+1], &s.info[i], &s.info[i+3], &s.info[i+4]
		f := s.static[i*numStatic : (i+1)*numStatic : (i+1)*numStatic]
		if useBase && t.base != nil {
			clear(f[:numLocal])
		} else {
			localFeatures(f, t)
		}
		f[12] = key(fForm, t.form)
		f[13] = key(fWordM1, m1.word)
		f[14] = key(fWordM2, m2.word)
		f[15] = key(fWordP1, p1.word)
		f[16] = key(fWordP2, p2.word)
		f[17] = key2(fWordM1W0, m1.word, t.word)
		f[18] = key2(fWordW0P1, t.word, p1.word)
		f[19] = key(fShape, t.shape)
		f[20] = key(fFlags, uint64(t.flags))
		f[21] = key2(fAmbM1A0, m1.amb, t.amb)
		f[22] = key2(fAmb0P1, t.amb, p1.amb)
		f[23] = key(fAmbP2, p2.amb)
		f[24] = key2(fShapeSuf3, t.shape, t.suf[2])
		f[25] = key(fSuf3M1, m1.suf[2])
		f[26] = key(fSuf3P1, p1.suf[2])
		f[27] = key(fShapeM1, m1.shape)
		f[28] = key(fShapeP1, p1.shape)
		f[29] = key(fAmbM1, m1.amb)
		f[30] = key(fAmbP1, p1.amb)
		f[31] = key2(fWordM1P1, m1.word, p1.word)
		f[32] = key2(fWordAmbP1, t.word, p1.amb)
		f[33] = key2(fLexShape, t.lex, uint64(t.flags&(flInitCap|flAllUpper|flFirst)))
	}
}

// tagHash is the value hash of class c; outside the sentence it is a pad.
func tagHash(tags []int16, i int) uint64 {
	if i < 0 {
		return hStart
	}
	if i >= len(tags) {
		return hEnd
	}
	return uint64(tags[i]) + 1
}

// dynamicFeatures writes the tag features of token i to dst. left holds the
// classes chosen so far in this pass; right, when not nil, the first pass's.
func (s *scratch) dynamicFeatures(dst []uint64, i int, left, right []int16) []uint64 {
	t := &s.info[i+2]
	m1, m2 := tagHash(left, i-1), tagHash(left, i-2)
	dst = append(dst,
		key(fTagM1, m1),
		key2(fTagM2M1, m2, m1),
		key2(fTagM1W0, m1, t.word),
		key2(fTagM1Amb0, m1, t.amb),
		key(fTagM2, m2),
		key2(fTagM1WordP1, m1, s.info[i+3].word),
		key2(fTagM1Suf3, m1, t.suf[2]),
	)
	if right != nil {
		p1, p2 := tagHash(right, i+1), tagHash(right, i+2)
		dst = append(dst,
			key(fTagP1, p1),
			key2(fTagP1P2, p1, p2),
			key2(fTagM1P1, m1, p1),
			key2(fTagP1W0, p1, t.word),
		)
	}
	return dst
}
