package coder

import (
	"time"

	"dyad/doc"
	"dyad/lexicon/verbs"
)

// work is one Annotate call: the document, its index and per-sentence state.
type work struct {
	c *Coder
	t *tree
	d *doc.Doc

	// dates: publication day and the current sentence's date
	pub          time.Time
	paraDate     time.Time // last explicit date in the current paragraph
	paraPrec     doc.DatePrecision
	paraIdx      int32
	date         time.Time
	datePrec     doc.DatePrecision
	question     bool
	truncated    bool
	si           int32
	place        *doc.GeoRef
	placeDone    bool
	docPlace     *doc.GeoRef // the article's setting: the first place it names
	docPlaceDone bool
	full         bool // MaxEvents reached
}

// ctx is what a node inherits from the clauses above it.
type ctx struct {
	claim  doc.Attribution
	mod    doc.Modality
	neg    bool   // a negated or denied clause governs this one
	silent bool   // a frame above already coded this complement
	subj   []part // the controller of an xcomp, or the subject an advcl or conjunct shares
	npSubj []part // the subject of the clause a noun phrase belongs to (for nominal events)
	depth  int
}

var articleVoice = doc.Attribution{Voice: doc.ArticleVoice, Mention: -1, Quote: -1}

// clause is what visit learns about a predicate, for its children.
type clause struct {
	subj       []part
	controller []part // who does the xcomp: the object if any, else the subject
	mod        doc.Modality
	neg        bool
	comp       int32 // the frame's complement, -1 for none
	frame      verbs.FrameKind
	speaker    doc.Attribution // for Say/Fact complements
}

func (w *work) codeSentence(si int32) {
	s := w.d.Sentences[si]
	if s.Kind == doc.Caption || s.Tokens.Len() <= 0 || int(s.Tokens.End) > len(w.d.Tokens) || s.Tokens.Start < 0 {
		return
	}
	w.si = si
	w.placeDone = false
	w.sentenceDate(si)
	w.question = endsWithQuestion(w.d, s)
	w.truncated = s.Truncated
	if s.Truncated {
		w.d.Warn(stageName, s.Span, "sentence cut by the parser: events coded from the part it parsed, with lower confidence")
	}
	for i := s.Tokens.Start; i < s.Tokens.End; i++ {
		if w.t.head(i) < 0 {
			w.visit(i, ctx{claim: articleVoice})
		}
	}
}

func endsWithQuestion(d *doc.Doc, s doc.Sentence) bool {
	for i := s.Tokens.End - 1; i >= s.Tokens.Start; i-- {
		txt := d.TokenText(int(i))
		if txt == "?" {
			return true
		}
		if d.Tokens[i].UPOS != doc.PUNCT {
			return false
		}
	}
	return false
}

// visit walks the tree below i once, coding predicates and nominal events.
func (w *work) visit(i int32, cx ctx) {
	t := w.t
	if t.visited[i] || cx.depth > 256 {
		return
	}
	t.visited[i] = true
	tok := &w.d.Tokens[i]
	pred := isPredicate(t, i)
	var cl clause
	cl.comp = -1
	if pred {
		cl = w.clause(i, cx)
	} else if tok.UPOS == doc.NOUN || tok.UPOS == doc.PROPN {
		w.noun(i, cx)
	}
	for _, ch := range t.children(i) {
		n := cx
		n.depth++
		n.subj = nil // only the relations below share a subject
		dep := w.d.Tokens[ch].Dep
		if pred {
			n.mod, n.neg = cl.mod, cl.neg || cx.neg
			n.npSubj = cl.subj
			switch dep.Universal() {
			case doc.Xcomp:
				n.subj = cl.controller
			case doc.Conj:
				n.subj = cl.subj
				if cl.frame == verbs.Refine && w.d.Tokens[ch].XPOS == xposVB && t.child(ch, doc.Nsubj) < 0 {
					n.silent = true // "urged Moscow to reverse ... and rejoin": part of what was urged
				}
			case doc.Advcl:
				n.subj, n.mod, n.neg = cl.subj, cx.mod, cx.neg
				if conditionalClause(t, ch) {
					n.mod = doc.Hypothetical
				}
			}
			if ch == cl.comp {
				switch cl.frame {
				case verbs.Refine, verbs.Deny:
					n.silent = true
				case verbs.Say, verbs.Fact:
					n.claim = cl.speaker
					n.mod, n.neg = cx.mod, cx.neg // what is said is not under "said"'s aux
				}
			}
		} else if dep.Universal() == doc.Acl {
			n.npSubj = nil
			if dep == doc.Acl {
				// "Trump's demand that Germany repatriate ...": not done
				n.mod = maxMod(n.mod, modalNouns[t.lemma(i)])
			}
		}
		w.visit(ch, n)
	}
}

// isPredicate: a verb, or an adjective or noun with a copula ("is ready to").
func isPredicate(t *tree, i int32) bool {
	switch t.d.Tokens[i].UPOS {
	case doc.VERB:
		return true
	case doc.ADJ:
		return t.child(i, doc.Cop) >= 0 || t.d.Tokens[i].Dep == doc.Xcomp
	case doc.AUX:
		return t.head(i) < 0
	}
	return false
}

// conditionalClause: "if ...", "unless ...", or an inverted "should it ...".
func conditionalClause(t *tree, i int32) bool {
	if t.hasChildLemma(i, doc.Mark, "if", "unless", "whether", "provided", "lest") {
		return true
	}
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == doc.Aux {
			l := t.lemma(c)
			if l == "should" || l == "were" || l == "had" {
				// inversion: the auxiliary comes before the subject
				if s := t.child(i, doc.Nsubj); s >= 0 && c < s {
					return true
				}
			}
		}
	}
	return false
}

// clause codes predicate i and returns what its children inherit.
func (w *work) clause(i int32, cx ctx) clause {
	t := w.t
	cl := clause{comp: -1}
	// A clause with a direct object and no passive auxiliary is active
	// whatever the parser labelled its subject ("Pyongyang fired shells at
	// Seoul" parsed with nsubj:pass).
	passive := t.child(i, doc.AuxPass) >= 0 || t.child(i, doc.NsubjPass) >= 0 && t.child(i, doc.Obj) < 0 || reducedPassive(t, i)
	// Subjects: the grammatical subject (the first of several that names an
	// actor, when a parse gives two), or in a passive the agent.
	var subjTok int32 = -1
	if passive {
		if a := t.child(i, doc.OblAgent); a >= 0 {
			subjTok = a
			cl.subj = w.partsOf(nil, a, i)
		}
	} else {
		for _, c := range t.children(i) {
			if dep := w.d.Tokens[c].Dep; dep != doc.Nsubj && dep != doc.NsubjOuter && dep != doc.NsubjPass {
				continue
			}
			if subjTok < 0 {
				subjTok = c
			}
			if ps := w.partsOf(nil, c, i); len(ps) > 0 {
				subjTok, cl.subj = c, ps
				break
			}
		}
		if len(cl.subj) == 0 {
			cl.subj = w.stolenSubject(i)
		}
	}
	inherited := false
	if subjTok < 0 && len(cl.subj) == 0 && !passive {
		cl.subj, inherited = cx.subj, true
	}
	cl.neg = negated(t, i)
	cl.mod = maxMod(cx.mod, w.clauseModality(i))
	cl.controller = cl.subj
	if o := t.child(i, doc.Obj); o >= 0 {
		if ps := w.partsOf(nil, o, i); len(ps) > 0 {
			cl.controller = ps
		}
	} else if o := t.child(i, doc.Iobj); o >= 0 {
		if ps := w.partsOf(nil, o, i); len(ps) > 0 {
			cl.controller = ps
		}
	}

	var ids []int32
	if w.d.Tokens[i].UPOS == doc.ADJ {
		ids = w.c.lex.Adjective(t.lemma(i))
	} else {
		ids = w.verbPatterns(i)
	}
	p, m := w.match(i, ids, passive)
	if p == nil {
		return cl
	}
	code := p.Code
	var targets []part
	refineLine := 0
	switch p.Frame {
	case verbs.Refine:
		cl.comp, cl.frame = m.comp, verbs.Refine
		controller := cl.controller
		if w.d.Tokens[m.comp].Dep == doc.Ccomp {
			controller = nil
		}
		cp, cm, ctargets, csubj := w.matchComplement(m.comp, controller)
		coded := cp != nil && !negated(t, m.comp)
		if coded {
			family := code
			if code[:2] == "03" && rootOf(cp.Code) >= 16 {
				family = "130" // intending a hostile act is a threat
			}
			code, refineLine = w.c.lex.Refine(family, cp.Code)
			markConsumed(t, cm)
		}
		targets = w.directTargets(i, passive)
		if len(targets) == 0 && reducedPassive(t, i) {
			targets = cx.subj // "when asked by Tokyo to meet Kim, Lee ...": Lee was asked
		}
		if len(targets) == 0 && p.Particle != "" {
			targets = w.particleTarget(i, p.Particle) // "called on Ankara to ..."
		}
		if len(targets) == 0 {
			targets = ctargets
		}
		if len(targets) == 0 && w.d.Tokens[m.comp].Dep == doc.Ccomp {
			targets = csubj
		}
		if len(targets) == 0 && len(cl.subj) >= 2 && (reciprocal(code) || cp != nil && reciprocal(cp.Code)) {
			targets = cl.subj // "China and India agreed to ...", "failed to reach agreement"
		}
		if !coded && len(targets) == 0 {
			return cl // "plans to go home": an intent with neither object nor addressee is not an event
		}
		switch code[:2] {
		case "03":
			cl.mod = maxMod(cl.mod, doc.Intended)
		case "13":
			cl.mod = maxMod(cl.mod, doc.Conditional)
		}
	case verbs.Say, verbs.Fact, verbs.Deny:
		cl.comp, cl.frame = m.comp, p.Frame
		cl.speaker = w.attribution(cl.subj, subjTok)
		targets = w.directTargets(i, passive) // the addressee: "told Lavrov that"
		if p.Frame == verbs.Deny && len(targets) == 0 {
			if _, _, ct, _ := w.matchComplement(m.comp, cl.subj); len(ct) > 0 {
				targets = ct // "denied attacking Kyiv": Kyiv
			}
		}
		if p.Frame == verbs.Fact || (p.Frame == verbs.Deny && len(targets) == 0) {
			if s := t.child(m.comp, doc.Nsubj); s >= 0 {
				targets = w.partsOf(nil, s, m.comp)
			}
		}
		if p.Frame == verbs.Say && (len(targets) == 0 || sayVerbs[t.lemma(i)]) {
			return cl // a report without an addressee is not an event of its own
		}
	default:
		targets = w.targetsFor(i, p, m, passive)
		if len(targets) == 0 && len(cl.subj) >= 2 && reciprocal(code) {
			targets = cl.subj
		}
		// the object noun is part of this pattern ("imposed sanctions") unless
		// the pattern codes nothing without a target: then the noun may
		// still be an event of its own ("talks between X and Y resumed")
		if len(targets) > 0 || !needsTarget(code) {
			if p.ObjLemmas != nil && m.obj >= 0 {
				t.consumed[m.obj] = true
			}
			for _, pt := range m.preps[:m.nprep] {
				t.consumed[pt] = true
			}
		}
	}
	if cx.silent {
		return cl
	}
	if len(targets) == 0 && len(cl.subj) >= 2 && reciprocal(code) {
		targets = cl.subj // each conjoined subject to the others
	}
	conf := float32(0.9)
	if inherited {
		conf -= 0.1
	}
	w.emit(i, p, code, refineLine, cl.subj, targets, cx.claim, cl.mod, cl.neg || cx.neg, conf)
	return cl
}

// matchInfo is where a pattern's arguments were found.
type matchInfo struct {
	obj   int32    // the direct object (or passive subject); -1
	preps [4]int32 // obliques named by the pattern, in pattern order
	nprep int
	comp  int32 // the complement of a frame; -1
}

// match returns the first of the patterns ids whose arguments hold at i.
func (w *work) match(i int32, ids []int32, passive bool) (*verbs.Pattern, matchInfo) {
	t := w.t
	for _, id := range ids {
		p := &w.c.lex.Patterns[id]
		m := matchInfo{obj: -1, comp: -1}
		if p.Particle != "" && !w.hasParticle(i, p.Particle) {
			continue
		}
		if passive {
			m.obj = t.child(i, doc.NsubjPass)
		} else {
			m.obj = t.child(i, doc.Obj)
		}
		if p.Obj && m.obj < 0 {
			continue
		}
		if p.ObjLemmas != nil && !t.is(m.obj, p.ObjLemmas) {
			continue
		}
		ok := true
		for _, a := range p.Preps {
			at := w.findPrep(i, m.obj, a, p.Trigger == verbs.Noun)
			if at < 0 {
				ok = false
				break
			}
			if m.nprep < len(m.preps) {
				m.preps[m.nprep] = at
				m.nprep++
			}
		}
		if !ok {
			continue
		}
		if p.Between && w.findPrep(i, -1, verbs.PrepArg{Prep: "between"}, true) < 0 {
			continue
		}
		if p.Frame != verbs.NoFrame {
			m.comp = t.child(i, doc.Xcomp)
			if m.comp < 0 && (p.Frame != verbs.Refine || p.CompAux != nil || ccompFamily(p.Code)) {
				m.comp = t.child(i, doc.Ccomp)
			}
			if m.comp < 0 && p.Frame == verbs.Refine {
				m.comp = w.toClause(i) // "urged Moscow to ...", parsed as a purpose clause
			}
			if m.comp < 0 && p.Frame == verbs.Say {
				m.comp = t.child(i, doc.Parataxis)
			}
			if m.comp < 0 {
				continue
			}
			if p.CompAux != nil && !t.hasChildLemma(m.comp, doc.Aux, p.CompAux...) {
				continue
			}
		}
		return p, m
	}
	return nil, matchInfo{obj: -1, comp: -1}
}

// hasParticle: "call off" (compound:prt or advmod) or "call on X" (case).
func (w *work) hasParticle(i int32, prt string) bool {
	t := w.t
	for _, c := range t.children(i) {
		switch t.d.Tokens[c].Dep {
		case doc.CompoundPrt, doc.Advmod:
			if t.lemma(c) == prt {
				return true
			}
		case doc.Obl, doc.Obj:
			// "called on Tehran", not "called Lavrov on Saturday"
			if t.caseOf(c) == prt && len(w.partsOf(t.parts[:0], c, i)) > 0 {
				return true
			}
		}
	}
	return false
}

// findPrep finds an oblique of i (or a modifier of its object obj) with the
// arg's case marker and head lemma; a target oblique must name an actor.
func (w *work) findPrep(i, obj int32, a verbs.PrepArg, noun bool) int32 {
	t := w.t
	try := func(h int32) int32 {
		for _, c := range t.children(h) {
			u := t.d.Tokens[c].Dep.Universal()
			if u != doc.Obl && u != doc.Nmod && u != doc.Advcl {
				continue
			}
			if t.caseOf(c) != a.Prep && !(u == doc.Advcl && t.hasChildLemma(c, doc.Mark, a.Prep)) {
				continue
			}
			if a.Lemmas != nil && !t.is(c, a.Lemmas) {
				continue
			}
			if a.Target && len(w.partsOf(t.parts[:0], c, h)) == 0 {
				continue
			}
			return c
		}
		return -1
	}
	if at := try(i); at >= 0 || noun {
		return at
	}
	if obj >= 0 {
		return try(obj)
	}
	return -1
}

// matchComplement matches the complement of a frame, without coding it.
func (w *work) matchComplement(c int32, controller []part) (*verbs.Pattern, matchInfo, []part, []part) {
	t := w.t
	passive := t.child(c, doc.NsubjPass) >= 0 || t.child(c, doc.AuxPass) >= 0
	var ids []int32
	switch t.d.Tokens[c].UPOS {
	case doc.ADJ:
		ids = w.c.lex.Adjective(t.lemma(c))
	case doc.NOUN:
		ids = w.nounPatterns(c)
	default:
		ids = w.verbPatterns(c)
	}
	p, m := w.match(c, ids, passive)
	var subj []part
	if s := t.child(c, doc.Nsubj); s >= 0 {
		subj = w.partsOf(nil, s, c)
	} else {
		subj = controller
	}
	if p == nil {
		return nil, m, nil, subj
	}
	return p, m, w.targetsFor(c, p, m, passive), subj
}

func markConsumed(t *tree, m matchInfo) {
	if m.obj >= 0 {
		t.consumed[m.obj] = true
	}
	for _, p := range m.preps[:m.nprep] {
		t.consumed[p] = true
	}
}

// targetsFor finds the target of pattern p at i: the obliques the pattern
// names, else the object, the indirect object, the object's own
// against/on/with/to modifier, or such an oblique of the verb.
func (w *work) targetsFor(i int32, p *verbs.Pattern, m matchInfo, passive bool) []part {
	t := w.t
	var out []part
	for k, a := range p.Preps {
		if a.Target && k < m.nprep {
			out = w.partsOf(out, m.preps[k], i)
		}
	}
	if len(out) > 0 {
		return out
	}
	if p.ObjLemmas == nil {
		if out = w.directTargets(i, passive); len(out) > 0 {
			return out
		}
	}
	if m.obj >= 0 {
		// "sanctions against China"; "the envoy of Beijing", "Russia's envoy"
		for _, c := range t.children(m.obj) {
			dep := t.d.Tokens[c].Dep
			if dep.Universal() == doc.Nmod && (targetCase(t.caseOf(c)) || t.caseOf(c) == "of") || dep == doc.NmodPoss && m.obj != i {
				out = w.partsOf(out, c, m.obj)
			}
		}
		if len(out) > 0 {
			return out
		}
		if rootOf(p.Code) == 12 {
			// rejecting someone's proposal: "refused a request by X",
			// "rejected an appeal filed by X"
			for _, c := range t.children(m.obj) {
				switch dep := t.d.Tokens[c].Dep; {
				case dep.Universal() == doc.Nmod && (t.caseOf(c) == "by" || t.caseOf(c) == "from"):
					out = w.partsOf(out, c, m.obj)
				case dep.Universal() == doc.Acl:
					if a := t.child(c, doc.OblAgent); a >= 0 {
						out = w.partsOf(out, a, c)
					}
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == doc.Obl && (targetCase(t.caseOf(c)) || t.caseOf(c) == "from" && fromTarget(p.Code)) {
			out = w.partsOf(out, c, i)
		}
	}
	return out
}

// fromTarget: codes whose "from X" names the other side: withdrawing,
// pulling out, recalling from X (08, 12, 16).
func fromTarget(code string) bool {
	switch rootOf(code) {
	case 8, 12, 16:
		return true
	}
	return false
}

// reciprocal: codes that conjoined subjects do to each other ("Jordan and
// Britain agreed to hold exercises", "India and China clashed").
func reciprocal(code string) bool {
	switch rootOf(code) {
	case 3, 4, 5, 6, 19:
		return true
	}
	return false
}

// directTargets: the object (passive: the subject) or indirect object, if an actor.
func (w *work) directTargets(i int32, passive bool) []part {
	t := w.t
	var out []part
	o := t.child(i, doc.Obj)
	if passive {
		o = t.child(i, doc.NsubjPass)
	}
	if o >= 0 {
		out = w.partsOf(out, o, i)
	}
	if len(out) == 0 {
		if o := t.child(i, doc.Iobj); o >= 0 {
			out = w.partsOf(out, o, i)
		}
	}
	return out
}

func targetCase(c string) bool {
	switch c {
	case "against", "on", "with", "to", "toward", "towards", "upon":
		return true
	}
	return false
}

// noun codes a nominal event: "talks between X and Y", "sanctions against X".
func (w *work) noun(i int32, cx ctx) {
	t := w.t
	if cx.silent || t.consumed[i] {
		return
	}
	ids := w.nounPatterns(i)
	if len(ids) == 0 {
		return
	}
	p, m := w.match(i, ids, false)
	if p == nil {
		return
	}
	var src, tgt []part
	if p.Between {
		b := w.findPrep(i, -1, verbs.PrepArg{Prep: "between"}, true)
		all := w.partsOf(nil, b, i)
		if len(all) < 2 {
			return
		}
		src, tgt = all[:1], all[1:]
	} else {
		tgt = w.targetsFor(i, p, m, false)
		if poss := t.child(i, doc.NmodPoss); poss >= 0 {
			src = w.partsOf(nil, poss, i)
		}
		if len(src) == 0 {
			src = cx.npSubj
		}
	}
	neg := cx.neg || t.hasChildLemma(i, doc.Det, "no")
	w.emit(i, p, p.Code, 0, src, tgt, cx.claim, cx.mod, neg, 0.7)
}

// negated: "not", "n't", "never" on the predicate or its auxiliaries'
// clause, or "no" on its object ("reached no agreement").
func negated(t *tree, i int32) bool {
	for _, c := range t.children(i) {
		tk := &t.d.Tokens[c]
		switch tk.Dep {
		case doc.Advmod, doc.Aux, doc.Discourse:
			switch t.lemma(c) {
			case "not", "n't", "never", "no":
				return true
			}
		case doc.Obj:
			if t.hasChildLemma(c, doc.Det, "no") {
				return true
			}
		}
	}
	return false
}

// clauseModality reads the predicate's auxiliaries.
func (w *work) clauseModality(i int32) doc.Modality {
	t := w.t
	mod := doc.Asserted
	if w.question {
		return doc.Hypothetical
	}
	would := false
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep != doc.Aux {
			continue
		}
		switch t.lemma(c) {
		case "would":
			would = true
		case "will", "shall", "'ll", "wo":
			mod = maxMod(mod, doc.Intended)
		case "could", "might", "may", "can", "must", "should", "ought", "ca":
			mod = maxMod(mod, doc.Hypothetical)
		}
	}
	if would {
		cond := false
		for _, c := range t.children(i) {
			if t.d.Tokens[c].Dep == doc.Advcl && conditionalClause(t, c) {
				cond = true
			}
		}
		if cond {
			mod = maxMod(mod, doc.Conditional)
		} else {
			mod = maxMod(mod, doc.Intended)
		}
	}
	return mod
}

func maxMod(a, b doc.Modality) doc.Modality {
	if b > a {
		return b
	}
	return a
}

func rootOf(code string) int {
	if len(code) < 2 {
		return 0
	}
	return int(code[0]-'0')*10 + int(code[1]-'0')
}

// nounPatterns looks a noun up by lemma, then by form ("talks").
func (w *work) nounPatterns(i int32) []int32 {
	if ids := w.c.lex.Noun(w.t.lemma(i)); len(ids) > 0 {
		return ids
	}
	return w.c.lex.Noun(w.t.form(i))
}

// particleTarget is the oblique a particle introduces: "on Ankara" in "called on Ankara".
func (w *work) particleTarget(i int32, prt string) []part {
	t := w.t
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == prt {
			return w.partsOf(nil, c, i)
		}
	}
	return nil
}

// xposVB is the Penn tag of a bare infinitive.
var xposVB, _ = doc.ParseXPOS("VB")
var xposVBN, _ = doc.ParseXPOS("VBN")

// ccompFamily: frames whose complement may be a finite clause ("demanded
// that Russia withdraw", "threatened that it would"); appeals and intents
// take an infinitive ("urged Moscow to", "plans to").
func ccompFamily(code string) bool {
	switch rootOf(code) {
	case 10, 12, 13:
		return true
	}
	return false
}

// toClause is an advcl (or conj) marked "to" without its own subject: an
// object-control infinitive that a parser attached as a purpose clause or a
// conjunct.
func (w *work) toClause(i int32) int32 {
	t := w.t
	for _, c := range t.children(i) {
		if dep := t.d.Tokens[c].Dep; (dep == doc.Advcl || dep == doc.Conj) && t.hasChildLemma(c, doc.Mark, "to") && t.child(c, doc.Nsubj) < 0 {
			return c
		}
	}
	return -1
}

// reducedPassive: a past participle heading an adverbial or adjectival
// clause with no auxiliary and no subject ("when asked about ...", "signs
// seen by NATO") is passive: its agent, not the clause above, acts.
func reducedPassive(t *tree, i int32) bool {
	tk := &t.d.Tokens[i]
	if tk.XPOS != xposVBN || t.child(i, doc.Nsubj) >= 0 || t.child(i, doc.Aux) >= 0 {
		return false
	}
	switch tk.Dep.Universal() {
	case doc.Advcl, doc.Acl:
		return true
	}
	return false
}

// sayVerbs report a clause but take no object of their own, so an actor
// parsed as their object just before a reported clause is that clause's
// subject ("suggested the United States ... would consider").
var sayVerbs = map[string]bool{"say": true, "suggest": true, "add": true, "note": true, "state": true,
	"claim": true, "believe": true, "think": true, "report": true, "announce": true, "insist": true,
	"argue": true, "predict": true, "stress": true, "signal": true, "indicate": true, "hint": true}

// stolenSubject repairs a clause with no subject under a say-verb whose
// object, just before the clause, names an actor.
func (w *work) stolenSubject(i int32) []part {
	t := w.t
	switch w.d.Tokens[i].Dep.Universal() {
	case doc.Ccomp, doc.Parataxis:
	default:
		return nil
	}
	h := t.head(i)
	if h < 0 || !sayVerbs[t.lemma(h)] {
		return nil
	}
	o := t.child(h, doc.Obj)
	if o < 0 || o > i || o < h {
		return nil
	}
	return w.partsOf(nil, o, h)
}

// modalNouns hold a clause that says what is wanted, feared or planned,
// not what happened: the clause's modality.
var modalNouns = map[string]doc.Modality{
	"demand": doc.Hypothetical, "call": doc.Hypothetical, "request": doc.Hypothetical,
	"appeal": doc.Hypothetical, "proposal": doc.Hypothetical, "suggestion": doc.Hypothetical,
	"offer": doc.Hypothetical, "threat": doc.Hypothetical, "warning": doc.Hypothetical,
	"idea": doc.Hypothetical, "hope": doc.Hypothetical, "fear": doc.Hypothetical,
	"possibility": doc.Hypothetical, "prospect": doc.Hypothetical, "question": doc.Hypothetical,
	"rumour": doc.Hypothetical, "rumor": doc.Hypothetical, "speculation": doc.Hypothetical,
	"allegation": doc.Hypothetical, "accusation": doc.Hypothetical, "claim": doc.Hypothetical,
	"risk": doc.Hypothetical, "option": doc.Hypothetical, "effort": doc.Hypothetical,
	"attempt": doc.Hypothetical, "bid": doc.Hypothetical, "push": doc.Hypothetical,
	"decision": doc.Intended, "plan": doc.Intended, "intention": doc.Intended, "pledge": doc.Intended,
	"promise": doc.Intended, "commitment": doc.Intended, "vow": doc.Intended, "readiness": doc.Intended,
	"willingness": doc.Intended,
}

// verbPatterns looks a verb up by lemma, then by its inflected form when
// the lemma is unknown (a lemmatiser's "blam" for "blamed").
func (w *work) verbPatterns(i int32) []int32 {
	if ids := w.c.lex.Verb(w.t.lemma(i)); len(ids) > 0 {
		return ids
	}
	return w.c.lex.VerbForm(w.t.form(i))
}
