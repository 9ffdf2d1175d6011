package doc

import "strconv"

// UPOS is a Universal Dependencies part-of-speech tag. The zero value
// NoPOS means "not tagged yet".
type UPOS uint8

const (
	NoPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	uposEnd
)

var uposNames = [...]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func (p UPOS) String() string {
	if p < uposEnd {
		return uposNames[p]
	}
	return "UPOS(" + strconv.Itoa(int(p)) + ")"
}

// NumUPOS is the number of UPOS values, NoPOS included.
const NumUPOS = int(uposEnd)

// ParseUPOS returns the tag named s, or NoPOS and false.
func ParseUPOS(s string) (UPOS, bool) {
	for i, n := range uposNames {
		if n == s && i > 0 {
			return UPOS(i), true
		}
	}
	return NoPOS, false
}

// XPOS is a Penn Treebank tag as used in UD_English-EWT. NoXPOS: untagged.
type XPOS uint8

var xposNames = [...]string{"_",
	"NN", "IN", "DT", "NNP", "PRP", "JJ", ".", "RB", "VB", "NNS", ",", "CC", "VBP", "VBD", "VBZ", "CD",
	"VBN", "VBG", "MD", "TO", "PRP$", "-RRB-", "-LRB-", "WDT", ":", "WRB", "``", "WP", "''", "RP", "UH",
	"HYPH", "POS", "NNPS", "JJS", "JJR", "NFP", "ADD", "EX", "RBR", "GW", "$", "SYM", "PDT", "FW", "RBS",
	"LS", "AFX", "WP$", "XX"}

// NoXPOS is the zero XPOS.
const NoXPOS XPOS = 0

// NumXPOS is the number of XPOS values, NoXPOS included.
var NumXPOS = len(xposNames)

func (p XPOS) String() string {
	if int(p) < len(xposNames) {
		return xposNames[p]
	}
	return "XPOS(" + strconv.Itoa(int(p)) + ")"
}

// ParseXPOS returns the tag named s, or NoXPOS and false.
func ParseXPOS(s string) (XPOS, bool) {
	for i, n := range xposNames {
		if n == s && i > 0 {
			return XPOS(i), true
		}
	}
	return NoXPOS, false
}

// DepRel is a Universal Dependencies relation, with the subtypes that
// UD_English-EWT uses. NoDep: not parsed yet.
type DepRel uint8

const (
	NoDep DepRel = iota
	Acl
	AclRelcl
	Advcl
	AdvclRelcl
	Advmod
	Amod
	Appos
	Aux
	AuxPass
	Case
	Cc
	CcPreconj
	Ccomp
	Clf
	Compound
	CompoundPrt
	Conj
	Cop
	Csubj
	CsubjOuter
	CsubjPass
	Dep
	Det
	DetPredet
	Discourse
	Dislocated
	Expl
	Fixed
	Flat
	FlatForeign
	Goeswith
	Iobj
	List
	Mark
	Nmod
	NmodDesc
	NmodPoss
	NmodTmod
	NmodUnmarked
	Nsubj
	NsubjOuter
	NsubjPass
	Nummod
	Obj
	Obl
	OblAgent
	OblTmod
	OblUnmarked
	Orphan
	Parataxis
	Punct
	Reparandum
	Root
	Vocative
	Xcomp
	depEnd
)

var depNames = [...]string{"_", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos",
	"aux", "aux:pass", "case", "cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj",
	"cop", "csubj", "csubj:outer", "csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated",
	"expl", "fixed", "flat", "flat:foreign", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc",
	"nmod:poss", "nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj",
	"obl", "obl:agent", "obl:tmod", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root",
	"vocative", "xcomp"}

// NumDepRel is the number of DepRel values, NoDep included.
const NumDepRel = int(depEnd)

func (r DepRel) String() string {
	if r < depEnd {
		return depNames[r]
	}
	return "DepRel(" + strconv.Itoa(int(r)) + ")"
}

// Universal returns the relation without its subtype (nsubj:pass → nsubj).
func (r DepRel) Universal() DepRel {
	if int(r) < len(universalDep) {
		return universalDep[r]
	}
	return r
}

// universalDep maps each relation to its universal part: a table, so that
// Universal inlines to one load (the parse repairs ask it of every token).
var universalDep = func() (u [NumDepRel]DepRel) {
	for r := range u {
		u[r] = universalOf(DepRel(r))
	}
	return u
}()

func universalOf(r DepRel) DepRel {
	switch r {
	case AclRelcl:
		return Acl
	case AdvclRelcl:
		return Advcl
	case AuxPass:
		return Aux
	case CcPreconj:
		return Cc
	case CompoundPrt:
		return Compound
	case CsubjOuter, CsubjPass:
		return Csubj
	case DetPredet:
		return Det
	case FlatForeign:
		return Flat
	case NmodDesc, NmodPoss, NmodTmod, NmodUnmarked:
		return Nmod
	case NsubjOuter, NsubjPass:
		return Nsubj
	case OblAgent, OblTmod, OblUnmarked:
		return Obl
	}
	return r
}

// ParseDepRel returns the relation named s. A subtype dyad does not know
// falls back to its universal part (nmod:npmod → nmod); ok is false only when
// not even that is known.
func ParseDepRel(s string) (DepRel, bool) {
	for i, n := range depNames {
		if n == s && i > 0 {
			return DepRel(i), true
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return ParseDepRel(s[:i])
		}
	}
	return NoDep, false
}
