package coder

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dyad/actor"
	"dyad/cameo"
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
	paraDate     time.Time // last day named in the current paragraph's main clauses
	paraPrec     doc.DatePrecision
	paraIdx      int32
	paraUntil    int32 // the last sentence paraDate dates
	dateAt       int32 // the token of the sentence's date expression
	localAt      int32 // the relative or contrasting clause a date belongs to (localDate), or -1
	localDate    time.Time
	localPrec    doc.DatePrecision
	yearAt       int32 // the word a year named as a time ("in 1980") hangs on (yearDate), or -1
	yearDate     time.Time
	periodAt     int32 // the noun a month or year gone by owns ("last year's pact": periodDate), or -1
	periodDate   time.Time
	periodPrec   doc.DatePrecision
	date         time.Time
	datePrec     doc.DatePrecision
	ahead        bool // the sentence names a time after publication: aheadDate, at token aheadAt
	aheadAt      int32
	aheadDate    time.Time
	aheadPrec    doc.DatePrecision
	questions    [][2]int32 // the sentence's questions, [first, last] tokens (questionSpans)
	truncated    bool
	si           int32
	place        *doc.GeoRef
	placeDone    bool
	docPlace     *doc.GeoRef // the article's setting: the first place it names
	docPlaceDone bool
	docDateline  bool // docPlace is the dateline's
	placeFar     bool // place is docPlace, not a dateline's: the sentence and its neighbours name none
	full         bool // MaxEvents reached
	purpose      bool // the clause being coded is a done act's purpose (ctx.purpose)
	// conjComp is the conjunct a frame's complement stands for while
	// clause codes it (conjoinedComplements); 0 for none, a conjunct never
	// being a sentence's first word
	conjComp int32
}

// ctx is what a node inherits from the clauses above it.
type ctx struct {
	claim  doc.Attribution
	mod    doc.Modality
	neg    bool   // a negated or denied clause governs this one
	silent bool   // a frame above already coded this complement
	subj   []part // the controller of an xcomp, or the subject an advcl or conjunct shares
	npSubj []part // the subject of the clause a noun phrase belongs to (for nominal events)
	sayer  []part // the subject of the reporting verb whose complement this is
	// addressee is whom a call or visit reaches, for its purpose clause:
	// "called Erdogan to express his support"
	addressee []part
	// told is whom a speaker tells what this clause reports ("told the
	// foreign minister that the United States will be ready to engage"):
	// the target of an offer or intent to cooperate the clause leaves
	// without one
	told []part
	// answered: this phrase is what the clause above comes after or
	// answers ("after the attack on X", "in the wake of the bombing"),
	// whose violence is not, by that, the clause subject's
	answered bool
	// purpose: this clause is only what a done act was done for ("flew
	// to Kampala to sign a deal"): meant, but no statement of intent, so
	// its code stays the act's (emit)
	purpose bool
	depth   int
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
	code       string          // the matched pattern's code; "" for none
	// compCode is the code of the complement a refining frame matched, ""
	// for none, and compTargets its targets
	compCode    string
	compTargets []part
}

func (w *work) codeSentence(si int32) {
	s := w.d.Sentences[si]
	if s.Kind == doc.Caption || s.Tokens.Len() <= 0 || int(s.Tokens.End) > len(w.d.Tokens) || s.Tokens.Start < 0 {
		return
	}
	w.si = si
	w.placeDone = false
	w.sentenceDate(si)
	w.questions = questionSpans(w.d, s, w.questions[:0])
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

// questionSpans appends the questions of s, whose words are no events:
// the whole sentence when it ends with a question mark, and each quoted
// question that closes before it ends ('"Is the United States ready to
// supply this?" he said.', also with a comma before the closing mark), from
// the word after its opening mark (or the sentence's start) to its
// question mark.
func questionSpans(d *doc.Doc, s doc.Sentence, out [][2]int32) [][2]int32 {
	if endsWithQuestion(d, s) {
		return append(out, [2]int32{s.Tokens.Start, s.Tokens.End - 1})
	}
	from := s.Tokens.Start
	for k := s.Tokens.Start; k+1 < s.Tokens.End; k++ {
		if quoteMarkToken(d, k) {
			from = k + 1
			continue
		}
		if d.TokenText(int(k)) != "?" {
			continue
		}
		end := k + 1
		if d.TokenText(int(end)) == "," && end+1 < s.Tokens.End {
			end++
		}
		if quoteMarkToken(d, end) {
			out = append(out, [2]int32{from, k})
			from = end + 1
		}
	}
	return out
}

// marketDemand reports whether noun n is demand in the market's sense: a
// singular "demand" with no determiner, possessor or maker and no clause
// saying what is demanded ("to meet demand", "strong demand for steel";
// not "the demand of the strikers", "their demand", "demand that he quit").
func (w *work) marketDemand(n int32) bool {
	t := w.t
	if t.lemma(n) != "demand" || w.d.Tokens[n].XPOS != xposNN {
		return false
	}
	for _, c := range t.children(n) {
		switch w.d.Tokens[c].Dep.Universal() {
		case doc.Det, doc.Acl, doc.Ccomp:
			return false
		case doc.Nmod:
			if w.d.Tokens[c].Dep == doc.NmodPoss || t.caseOf(c) != "for" {
				return false
			}
		}
	}
	return true
}

// anonymousSource reports whether verb i is a source's talk granted
// anonymity ("gave details on condition of anonymity", "talked on condition of
// anonymity").
func (w *work) anonymousSource(i int32) bool {
	t := w.t
	switch t.lemma(i) {
	case "speak", "talk", "comment", "brief":
	default:
		return false
	}
	for _, c := range t.children(i) {
		if w.d.Tokens[c].Dep.Universal() != doc.Obl {
			continue
		}
		switch t.lemma(c) {
		case "anonymity":
			return true
		case "condition":
			for _, k := range t.children(c) {
				if t.lemma(k) == "anonymity" {
					return true
				}
			}
		}
	}
	return false
}

// inQuestion reports whether token i is in one of the sentence's questions.
func (w *work) inQuestion(i int32) bool {
	for _, q := range w.questions {
		if q[0] <= i && i <= q[1] {
			return true
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
	pred := isPredicate(t, i) || w.onState(i)
	var cl clause
	cl.comp = -1
	if pred && w.anonymousSource(i) {
		// "They asked not to be named as they discussed relations with
		// Ghana": the reporter's sources talking to the reporter, and what
		// they were not allowed to discuss; no act of theirs
		cx.mod = max(cx.mod, doc.Hypothetical)
	}
	w.purpose = cx.purpose
	if pred {
		cl = w.clause(i, cx)
		if cl.frame == verbs.Refine && cl.comp >= 0 && w.conjComp == 0 {
			w.conjoinedComplements(i, cx, cl)
		}
	} else if tok.UPOS == doc.NOUN || tok.UPOS == doc.PROPN {
		w.amodClause(i, cx)
		w.conjAmodClause(i, cx)
		w.noun(i, cx)
	}
	w.purpose = false
	irrealis := pred && irrealisVerbs[t.lemma(i)]
	short := pred && w.fallingShort(i)
	tooOrEnough := pred && t.hasChildLemma(i, doc.Advmod, "too", "enough")
	for _, ch := range t.children(i) {
		n := cx
		n.depth++
		n.subj, n.sayer = nil, nil // only the relations below share a subject
		dep := w.d.Tokens[ch].Dep
		ownClause := cx.purpose && clausalDep(dep) && dep.Universal() != doc.Xcomp
		if ownClause {
			n.purpose = false // (what the purpose's xcomp says is still the purpose: "to help the army repel the attack")
		}
		content := w.contentRelative(i, ch) // (a relative clause that is a noun's content: both rules below read it)
		if pred {
			n.mod, n.neg = cl.mod, cl.neg || cx.neg
			n.npSubj, n.answered = cl.subj, false
			if c := t.caseOf(ch); dep.Universal() == doc.Obl && (w.factPhrase(ch) || circumstanceCases[c] && (cl.mod == doc.Hypothetical || cl.mod == doc.Conditional)) {
				// what an act is done despite, because of or amid happened,
				// whatever the act's own mood: "may retaliate after the
				// Israeli strike on Damascus", "will meet despite the Iraqi
				// attack", "did not resign despite the talks"
				n.mod, n.neg = cx.mod, cx.neg
			}
			if dep == doc.Nsubj && (sayVerbs[t.lemma(i)] || cueVerbs[t.lemma(i)]) && w.twoSubjects(i) {
				// an act parsed as a second subject of a speech verb is not
				// done by the speaker: "raids on Kenya's parliament, state
				// media said", with "attacks" a subject of "said" beside
				// "media"
				n.npSubj = nil
			}
			if (dep == doc.Obj || dep == doc.NsubjPass || dep.Universal() == doc.Obl) && attitudeCode(cl.code, t.caseOf(ch)) &&
				!(dep == doc.Obj && documentNouns[t.lemma(ch)] && adoptVerbs[t.lemma(i)]) &&
				!(dep.Universal() == doc.Obl && t.caseOf(ch) == "for" && rootOf(cl.code) == 4) {
				// (but what a visit or a meeting is for is the visitor's own:
				// "went to Geneva for talks with Riyadh")
				// (but a resolution approved or adopted says what its
				// approvers say: "approved a resolution demanding a ceasefire")
				// "Egypt condemned the attack on Israel", "the attack on the
				// embassy was condemned by the UN": the act one reacts to or
				// talks about is not one's own
				n.npSubj = nil
			}
			if dep == doc.Obj && (rootOf(cl.code) == 11 || rootOf(cl.code) == 12) && w.ofGerund(ch) {
				// "accused Turkey of supporting terrorists" with the gerund
				// a clause of "Turkey": alleged, not asserted, as when the
				// parse hangs it on the verb
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if dep == doc.Nsubj && truceNouns[t.lemma(ch)] && w.collapsing(i) {
				// "a ceasefire with the rebels broke down": a pact that
				// collapses is not made by that
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if (dep == doc.NsubjPass || dep == doc.Nsubj && w.d.Tokens[i].UPOS == doc.ADJ) && w.forgone(i) {
				// "The meeting between Putin and Biden was postponed",
				// "the talks were called off": what is forgone did not happen
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if dep.Universal() == doc.Obl && t.caseOf(ch) == "for" {
				// an event noun under a modal noun, with the "for" phrase
				// hung on the verb: "announced plans for an attack on Afrin"
				if o := t.obj(i); o >= 0 && o+1 < ch && t.d.Tokens[o+1].Head == ch && t.lemma(o+1) == "for" {
					n.mod = max(n.mod, modalNouns[t.lemma(o)])
				}
			}
			if u := dep.Universal(); (u == doc.Advcl || u == doc.Obl || u == doc.Xcomp) && short {
				// "Turkey stopped short of attacking Syria", "fell short of
				// recognising the government": not done
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if (dep == doc.Obj || dep.Universal() == doc.Obl && (t.caseOf(ch) == "from" || t.caseOf(ch) == "on")) && w.forgoing(i) {
				// "held off from an all-out assault on Rafah", "averted a
				// war", "postponed the visit": what is forgone is not done
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if dep.Universal() == doc.Xcomp && w.able(i) {
				// "the dockers are free to walk out", "Kenya will be able to
				// attack Uganda": what one may or can do is not done
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if u := dep.Universal(); (u == doc.Ccomp || u == doc.Csubj || u == doc.Xcomp) && w.d.Tokens[i].UPOS == doc.ADJ && doubtAdjectives[t.lemma(i)] {
				// "it is hard to see that Japan is willing to ...", "it is
				// unlikely that Russia will attack": doubted, not asserted
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if (dep == doc.Obj || dep.Universal() == doc.Obl) && awareWords[t.lemma(i)] {
				// what one knows of, hears of or worries about is someone
				// else's act: "Kenya is aware of the jailing of two Kenyans",
				// "learned of the attack on its embassy"
				n.npSubj = nil
			}
			if dep == doc.Obj && imagineVerbs[t.lemma(i)] {
				n.mod = max(n.mod, doc.Hypothetical) // "imagined jets bombing the camp": pictured, not seen
			}
			if (dep == doc.Obj || dep.Universal() == doc.Obl) && undergoVerbs[t.lemma(i)] {
				// "civilians fled a government assault": what one flees or
				// suffers is done to one, not by one
				n.npSubj = nil
			}
			if u := dep.Universal(); (u == doc.Xcomp || u == doc.Ccomp) && t.lemma(i) == "let" && w.d.Tokens[i].XPOS == xposVB && t.child(i, doc.Nsubj) < 0 &&
				t.child(i, doc.Mark) < 0 && t.child(i, doc.Aux) < 0 {
				n.mod = max(n.mod, doc.Hypothetical) // "Let them fight Isis": wished, not done
			}
			switch dep.Universal() {
			case doc.Xcomp:
				n.subj = cl.controller
				if m, ok := nounPurpose(t, i, ch); ok {
					// "announced its intention to withdraw troops" with the
					// infinitive hung on the verb: meant, by the subject
					n.mod, n.subj = max(n.mod, m), cl.subj
				}
				if ceaseVerbs[t.lemma(i)] && w.d.Tokens[ch].XPOS == xposVBG {
					// "Egypt and France ceased supplying the militias": what one
					// stops doing is no longer done
					n.mod = max(n.mod, doc.Hypothetical)
				}
				if obligation(t, i) && t.hasChildLemma(ch, doc.Mark, "to") {
					// "Kenya needs to apologise", "has to pay": owed, as
					// with "must", not done ("had to apologise" tells what
					// was done)
					n.mod = max(n.mod, doc.Hypothetical)
				}
				if m, ok := xcompModality[t.lemma(i)]; ok && ch != cl.comp {
					// "hopes to sign a deal", "are due to meet", "failed to
					// agree": wanted, planned or not done, when no pattern
					// of the verb frames the complement itself
					n.mod = max(n.mod, m)
				}
				if t.lemma(i) == "go" && w.d.Tokens[i].XPOS == xposVBG && t.hasChildLemma(ch, doc.Mark, "to") {
					// "We're going to wipe you all out": the future, meant, not done
					n.mod = max(n.mod, doc.Intended)
				}
			case doc.Conj:
				n.subj = cl.subj
				if (finiteVerb(w.d.Tokens[ch].XPOS) || t.child(ch, doc.Aux) >= 0) && t.child(ch, doc.Cc) >= 0 {
					// a conjunct with a tense of its own has its own mood and
					// negation, not the first one's nor the threat or intent
					// its frame made of it: "threatened to invade Uganda and
					// accused Somalia" accuses, "did not attack Uganda and
					// has accused Somalia" accuses (one with no "and", "but"
					// or "or" is more often a clause the parse joined on)
					n.mod, n.neg = cx.mod, cx.neg
					if conditionalClause(t, ch) {
						n.mod = doc.Hypothetical // a condition the parse made a conjunct: "..., but if its troops are going to attack ..."
					}
				}
				if cl.frame == verbs.Refine && w.d.Tokens[ch].XPOS == xposVB && t.child(ch, doc.Nsubj) < 0 {
					n.silent = true // "urged Moscow to reverse ... and rejoin": part of what was urged
				}
			case doc.Advcl:
				n.subj, n.mod, n.neg = cl.subj, cx.mod, cx.neg
				if short {
					n.mod = doc.Hypothetical // "came close to attacking Uganda", the gerund an adverbial clause
				}
				if w.able(i) && t.hasChildLemma(ch, doc.Mark, "to") && t.child(ch, doc.Nsubj) < 0 {
					n.mod = max(n.mod, doc.Hypothetical) // "are free to walk out" with the infinitive parsed as an adverbial clause
				}
				if quotingVerbs[t.lemma(i)] && t.hasChildLemma(ch, doc.Mark, "as") && t.child(ch, doc.Nsubj) < 0 {
					// "Kyodo quoted the premier as telling reporters": the
					// one quoted speaks and acts, not the outlet
					n.subj = nil
					if o := t.obj(i); o >= 0 && o < ch {
						n.subj = w.partsOf(nil, o, i)
					}
				}
				if t.child(ch, doc.Nsubj) < 0 && w.d.Tokens[i].Dep.Universal() == doc.Acl && reducedPassive(t, i) {
					// the one a reduced passive is done to does its
					// adverbial clause: "an ex-Danish marine
					// detained in Jordan after fighting against al-Nusra"
					// (the marine fought, not Jordan)
					if h := t.head(i); h >= 0 {
						if ps := w.partsOf(nil, h, i); len(ps) > 0 || t.hasChildLemma(ch, doc.Mark, "to") && len(w.nounPatterns(h)) == 0 {
							// (a purpose is the agent's only for an act the
							// agent makes, "a strike called by workers to
							// protest against austerity"; "the force raised
							// by Washington to fight Isis" is the force's
							// fight, whoever it is)
							n.subj = ps
						}
					}
				}
				if conditionalClause(t, ch) || futureTimeClause(t, ch) || untilUnderModal(t, i, ch) ||
					preventVerbs[t.lemma(i)] && t.hasChildLemma(ch, doc.Mark, "from") {
					// (and "prevents Armenia from entering the border villages")
					n.mod = doc.Hypothetical
				} else if w.d.Tokens[ch].XPOS == xposVBG && topicVerbs[t.lemma(i)] && t.hasChildLemma(ch, doc.Mark, "about", "at", "of", "on") &&
					!t.hasChildLemma(ch, doc.Aux, "have") && t.lemma(ch) != "have" {
					// what one talks about, hints at or thinks of doing is not
					// done: "hinted at easing restrictions", "talked about
					// lifting sanctions" (but one tells what one did in
					// "spoke about having met him")
					n.mod = max(n.mod, doc.Hypothetical)
				} else if t.hasChildLemma(ch, doc.Mark, "against") && t.child(ch, doc.Nsubj) < 0 {
					// "warned Washington against sending missiles to Kyiv":
					// what one warns or speaks against is not done, and
					// the warned would do it
					n.mod, n.subj = doc.Hypothetical, cl.controller
				} else if (w.d.Tokens[ch].XPOS == xposVBG || w.gerundCopula(ch)) && (t.hasChildLemma(ch, doc.Mark, "of", "for") ||
					taskVerbs[t.lemma(i)] && t.hasChildLemma(ch, doc.Mark, "with")) &&
					t.child(ch, doc.Nsubj) < 0 && (t.obj(i) >= 0 || t.child(i, doc.NsubjPass) >= 0) {
					// "accusing Qatar of supporting terrorism", "praised Oslo
					// for helping Riga", "was arrested in Niger for
					// collaborating with Boko Haram": the object, or a
					// passive's subject, does the act; one accused or
					// arrested for it is not said by the writer to have done it
					n.subj = cl.controller
					if r := rootOf(cl.code); r == 11 || r == 12 || r == 17 {
						n.mod = max(n.mod, doc.Hypothetical)
					}
				} else if m, ok := nounPurpose(t, i, ch); ok {
					// "declared his intent to attack": meant, not done; and
					// "did not extract any promise to support": not even meant
					n.mod, n.neg = max(n.mod, m), cl.neg || cx.neg
				} else if t.d.Tokens[ch].XPOS == xposVB && t.hasChildLemma(ch, doc.Mark, "to") {
					if trainVerbs[t.lemma(i)] && t.obj(i) >= 0 && t.obj(i) < ch && t.child(ch, doc.Nsubj) < 0 {
						// "training tribal militias to battle al-Shabaab": the trained
						// fight, not the trainers
						n.subj = cl.controller
					}
					if contactVerbs[t.lemma(i)] && t.obj(i) >= 0 && t.child(ch, doc.Nsubj) < 0 {
						n.addressee = cl.controller // "called Erdogan to convey Pakistan's support"
					} else if sendVerbs[t.lemma(i)] && t.child(ch, doc.Nsubj) < 0 {
						// "sent five forensic experts to Kenya to
						// investigate the attacks": where they go
						// (the parser may hang "to Saudi Arabia" on the experts)
						for _, h := range [2]int32{i, t.obj(i)} {
							if h < 0 || len(n.addressee) > 0 {
								continue
							}
							for _, c := range t.children(h) {
								if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(c) == "to" && c < ch {
									n.addressee = w.partsOf(nil, c, h)
									break
								}
							}
						}
					}
					// the purpose of a planned act is planned: "will send
					// police to help Haiti"; of one not done, not done: "will
					// not go to Moscow to meet Gorbachev"
					// (the verb's own negation, even when it made the verb a
					// refusal: "will not go" is 125 and its purpose no meeting)
					n.mod, n.neg = max(n.mod, cl.mod), cl.neg || cx.neg || negated(t, i)
					if (n.mod == doc.Asserted || cx.purpose && n.mod == doc.Intended) && !n.neg && w.d.Tokens[i].UPOS == doc.VERB &&
						!togetherVerbs[t.lemma(i)] && t.child(ch, doc.Nsubj) < 0 {
						// the purpose of a done act is meant, not done: "flew
						// to Kampala to sign a deal" (but "joined Uganda to
						// condemn", "gathered to protest" do it); and a
						// purpose's purpose too ("used jammers to disable
						// drones to shoot them down")
						n.mod, n.purpose = doc.Intended, true
					}
				}
			}
			if u := dep.Universal(); tooOrEnough && (u == doc.Advcl || u == doc.Xcomp) && t.hasChildLemma(ch, doc.Mark, "to") {
				// "was too weak to attack the rebels", "is strong enough to
				// attack Israel": not done, or only could be
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if wishAdjectives[t.lemma(i)] && w.d.Tokens[i].UPOS == doc.ADJ {
				switch dep.Universal() {
				case doc.Advcl, doc.Xcomp, doc.Ccomp, doc.Acl, doc.Obl:
					// "are only interested in ousting Assad's government":
					// wanted, not done
					n.mod = max(n.mod, doc.Hypothetical)
				}
			}
			if irrealis && (dep == doc.Obj || dep == doc.Obl && t.caseOf(ch) == "for") {
				// "called for sanctions against X", "threatened war": the
				// noun is wanted or feared, not done
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if ch == cl.comp {
				switch cl.frame {
				case verbs.Refine, verbs.Deny:
					n.silent = true
				case verbs.Say, verbs.Fact:
					n.claim, n.sayer = cl.speaker, cl.subj
					if o := t.obj(i); o >= 0 && quotingVerbs[t.lemma(i)] {
						// the words quoted are the one quoted's, named or
						// not: "I" in them is not who quotes them
						n.sayer = w.partsOf(nil, o, i)
					}
					n.mod, n.neg = cx.mod, cx.neg // what is said is not under "said"'s aux
					if misparsedCondition(t, i) {
						n.mod = doc.Hypothetical // but is when the saying is supposed
					}
					o := t.obj(i)
					if o < 0 {
						o = t.child(i, doc.Iobj)
					}
					if o >= 0 && o < ch && t.lemma(i) == "tell" {
						if ps := w.partsOf(nil, o, i); len(ps) > 0 && !allSector(ps, "MED") {
							n.told = ps
						}
					}
					if wishVerbs[t.lemma(i)] {
						// "Russia hopes that China signs": a wish or a guess, not a report
						n.mod = max(n.mod, doc.Hypothetical)
					}
				}
			}
			if u := dep.Universal(); (u == doc.Ccomp || u == doc.Csubj || u == doc.Acl) && t.hasChildLemma(ch, doc.Mark, "whether", "if") {
				// an indirect question: "asked whether Russia had attacked
				// Ukraine", "nobody knew if she would travel to Chile"
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if dep.Universal() == doc.Ccomp && wishVerbs[t.lemma(i)] {
				// what one fears or hopes will happen, framed or not: "I
				// worried that the refugees would not talk to me"
				n.mod = max(n.mod, doc.Hypothetical)
			}
			if dep == doc.Xcomp && epistemicPassive(t, i) {
				// "Russia is expected to attack", "was believed to have
				// attacked": a guess or a rumour, not the act
				n.mod = max(n.mod, doc.Hypothetical)
			}
		} else if u := dep.Universal(); (u == doc.Acl || u == doc.Ccomp || u == doc.Nmod && t.caseOf(ch) == "of") && w.deniedAccount(i) {
			// an account one denies, or calls false, is not told as true:
			// "Chile dismissed reports that its navy had seized a ship",
			// "denied rumours of riots", "said reports that it had
			// recalled its envoy were untrue"
			n.neg = true
		} else if dep.Universal() == doc.Nmod && w.factPhrase(ch) {
			// the same phrase hung on a noun: "would not cut rates because
			// of the talks between X and Y"
			n.mod, n.neg, n.npSubj = doc.Asserted, false, nil
		} else if dep.Universal() == doc.Acl {
			says := false // the participle says what the document says
			if dep == doc.Acl && (ch == i+1 || w.onlyTimeBetween(i, ch) || w.nounPhraseBetween(i, ch)) && documentNouns[t.lemma(i)] && w.d.Tokens[ch].XPOS == xposVBG &&
				t.child(ch, doc.Nsubj) < 0 {
				// "released a report accusing Nigeria", "passed a resolution
				// (on Thursday) criticizing Meta": what the document says,
				// its author says, the one its by-phrase names if it has
				// one ("a report by the ministry accusing")
				n.subj, says = cx.npSubj, true
				for _, c := range t.children(i) {
					if c < ch && w.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "by" {
						if ps := w.partsOf(nil, c, i); len(ps) > 0 {
							n.subj = ps
						}
					}
				}
			}
			if dep == doc.Acl && !says && w.d.Tokens[ch].XPOS == xposVBG && t.child(ch, doc.Nsubj) < 0 {
				if a := w.attackNounAt(i); a >= 0 {
					// "a wave of artillery shelling targeting Aleppo,
					// killing nine people": done by whoever makes the attack,
					// the clause's subject only when it carries it out
					// ("responded with", "launched"; not "came on the day
					// of ..., with dozens of airstrikes hitting")
					ctxOwn := cx
					if !w.attackDoneBySubject(i) {
						ctxOwn.npSubj = nil
					}
					n.subj = w.nounSource(a, ctxOwn)
				}
			}
			n.npSubj = nil
			if content {
				n.mod = max(n.mod, doc.Hypothetical) // "amid fears Uganda was arming rebels"
			}
			if dep == doc.Acl && !says && !(reducedPassive(t, ch) && concludedDeal[t.lemma(ch)]) {
				// "Trump's demand that Germany repatriate ...", "a
				// resolution to impose sanctions": not done (but "the deal
				// reached by Kenya and Uganda" was reached)
				n.mod = max(n.mod, modalNouns[t.lemma(i)])
				if t.hasChildLemma(i, doc.Det, "no") {
					n.neg = true // "there was no request from Italy to hand over the suspects"
				}
				if modalNouns[t.lemma(i)] == doc.Intended && len(cx.npSubj) > 0 && !w.heldNoun(i) &&
					t.hasChildLemma(ch, doc.Mark, "to") && t.child(ch, doc.Nsubj) < 0 {
					// "Iran expressed readiness to hold talks": the intent
					// the subject expresses is its own
					n.subj = cx.npSubj
				}
			}
		} else if dep.Universal() == doc.Nmod && (t.caseOf(ch) == "of" || t.caseOf(ch) == "for") {
			// "the risk of a war between X and Y", "the notion of a proxy
			// war", "plans for an attack on Afrin": an event noun under a
			// modal noun is not asserted
			n.mod = max(n.mod, modalNouns[t.lemma(i)])
		}
		if t.hasChildLemma(ch, doc.Mark, "whether") {
			// a question wherever the parse hung it: "declined to comment
			// on whether Turkey would fight government forces", "debated
			// whether Egypt would attack" with the clause under a noun
			n.mod = max(n.mod, doc.Hypothetical)
		}
		if dep == doc.AclRelcl && (finiteVerb(w.d.Tokens[ch].XPOS) || w.finiteAux(ch)) && !temporalNoun(t, i) && !timeNouns[t.lemma(i)] &&
			!content {
			// a relative clause in a tense of its own asserts on its own: in
			// "refused to extradite the cleric that Erdoğan blames for the
			// coup" the blame is real, neither refused nor meant (not "on
			// Friday, when Iran hosts a summit": the day's clause is the
			// day's)
			// (so does a perfect or a progressive: "banks that have made
			// loans to Brazil will meet Volcker")
			n.mod, n.neg, n.silent = doc.Asserted, false, false
		}
		if _, aimed := xcompModality[t.lemma(ch)]; !pred && dep == doc.Acl && reducedPassive(t, ch) && !aimed &&
			modalNouns[t.lemma(i)] == doc.Asserted && (n.mod == doc.Intended || n.mod == doc.Conditional) {
			// so does a reduced passive relative under a future: what was
			// done to those the sentence goes on about is done, whatever
			// will become of them ("300 students detained in Monday's
			// protests will stand trial": detained, not meant to be; but "talks
			// aimed at ending the strike will resume" end no strike)
			n.mod = doc.Asserted
		}
		if u := dep.Universal(); (u == doc.Obl || u == doc.Nmod) && (reactionCase[t.caseOf(ch)] || t.caseOf(ch) == "in" && answerNouns[t.lemma(ch)]) {
			// an act the clause follows or answers is, when violent, not its
			// subject's, wherever the parse hangs it: "police arrested two
			// men after the attack on the embassy", "opened an inquiry in
			// the wake of a bombing of the consulate" (but "told reporters
			// after a meeting with X" met X: noun sees to it)
			n.answered = true
		}
		if ownClause && !n.purpose && n.mod == doc.Intended {
			// a clause of its own under a purpose is told as done, unless a
			// rule above found it meant: "came to mourn a man killed
			// fighting Isis", "flew there to sign a deal after Kenya had
			// attacked Uganda"
			n.mod = doc.Asserted
		}
		w.visit(ch, n)
	}
}

// wishAdjectives say that their subject wants what their complement says:
// "interested in ousting", "keen on joining".
var wishAdjectives = map[string]bool{"interested": true, "keen": true, "anxious": true, "desperate": true}

// attitudeCode: codes of talking about, appealing for, praising,
// demanding, criticising, rejecting or protesting something, whose object
// event, named by a phrase of case cs, is someone else's; a protest's
// only when the phrase says what it is over or for ("protested over the
// arrest of their leader", "marched in protest at the detention of"),
// not the protest one marches in nor the places one passes.
func attitudeCode(code, cs string) bool {
	if code == "" {
		return false
	}
	switch rootOf(code) {
	case 2, 4, 5, 10, 11, 12:
		return true
	case 14:
		return protestAimCases[cs]
	}
	return false
}

// epistemicVerbs in the passive raise a subject whose act they only
// guess, expect or hear of ("is expected to", "was believed to have").
var epistemicVerbs = map[string]bool{"expect": true, "believe": true, "think": true, "suppose": true,
	"presume": true, "consider": true, "rumour": true, "rumor": true, "allege": true, "understand": true,
	"reckon": true, "estimate": true, "fear": true, "predict": true, "forecast": true, "project": true,
	"anticipate": true, "suspect": true}

// epistemicPassive: i is a passive epistemic verb.
func epistemicPassive(t *tree, i int32) bool {
	return epistemicVerbs[t.lemma(i)] && (t.child(i, doc.AuxPass) >= 0 || t.child(i, doc.NsubjPass) >= 0)
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

// custodyCode: an arrest, detention, restriction or repression, a
// torture or a release: acts of the state that holds people, which with
// no agent named are the state's where they happened (not other
// coercion: "were forced from their territory in Mali").
func custodyCode(code string) bool {
	for _, p := range [...]string{"172", "173", "175", "1822", "084"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// onPredicate: noun i is an on-phrase with the copula, the head of its
// clause in UD ("nurses are on strike", "troops are on alert").
func onPredicate(t *tree, i int32) bool {
	return t.hasChildLemma(i, doc.Cop, "be") && t.caseOf(i) == "on"
}

// onState: noun i is an onPredicate that a pattern of "be" names in its
// on-phrase ("be on=strike"): a predicate, coded by those patterns.
func (w *work) onState(i int32) bool {
	t := w.t
	if w.d.Tokens[i].UPOS != doc.NOUN || !onPredicate(t, i) {
		return false
	}
	for _, id := range w.c.lex.Verb("be") {
		for _, a := range w.c.lex.Patterns[id].Preps {
			if a.Prep == "on" && t.is(i, a.Lemmas) {
				return true
			}
		}
	}
	return false
}

// misparsedCondition: clause i is a condition, also where the parse made
// it a main clause: an adverbial clause of condition on any head, a noun's
// too ("If Chile attacked Peru, that would be a disaster"); the sentence's
// root marked "if" (the main clause hung under it as an oblique); or the
// second of two conjoined conditions made the head of the first ("if Chile
// phoned us and said it would accept", "said" with "phoned" its
// adverbial).
func misparsedCondition(t *tree, i int32) bool {
	if (t.head(i) < 0 || t.d.Tokens[i].Dep == doc.Advcl) && conditionalClause(t, i) {
		return true
	}
	for _, c := range t.children(i) {
		if c < i && t.d.Tokens[c].Dep == doc.Advcl && conditionalClause(t, c) {
			for _, cc := range t.children(i) {
				if c < cc && cc < i && t.d.Tokens[cc].Dep == doc.Cc {
					return true
				}
			}
		}
	}
	return false
}

// conditionalClause: "if ...", "unless ...", or an inverted "should it ...".
func conditionalClause(t *tree, i int32) bool {
	if t.hasChildLemma(i, doc.Mark, "if", "unless", "whether", "provided", "lest") {
		return true
	}
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == doc.Mark && t.lemma(c) == "in" && t.hasChildLemma(c, doc.Fixed, "case") {
			return true // "in case those groups are targeting civilians"
		}
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

// futureTimeClause: a clause of time in the present tense ("will not
// negotiate until Turkey recognises Greek rights", "before it attacks")
// speaks of what has not happened yet; "until the army withdrew" has. So
// does "once" ("will lift the ban once Uganda withdraws its troops").
func futureTimeClause(t *tree, i int32) bool {
	if !t.hasChildLemma(i, doc.Mark, "until", "till", "before", "once") {
		return false
	}
	switch x := t.d.Tokens[i].XPOS; {
	case x == xposVBZ || x == xposVBP || x == xposVB:
		return t.child(i, doc.Aux) < 0 || t.hasChildLemma(i, doc.Aux, "do", "can", "will")
	}
	return t.hasChildLemma(i, doc.Aux, "will", "can") // "until it can ..."
}

// untilUnderModal: clause ch says what must happen first ("until",
// "before") for what a modal verb i says may or will be done: "the treaty
// would not take effect before Uganda had withdrawn", whatever ch's tense.
// (Under a plain past, "did not attack until Kenya had withdrawn" tells
// that Kenya did.)
func untilUnderModal(t *tree, i, ch int32) bool {
	return t.hasChildLemma(ch, doc.Mark, "until", "till", "before") &&
		t.hasChildLemma(i, doc.Aux, "will", "would", "could", "can", "may", "might", "should", "must", "shall", "wo", "ca")
}

// withheldPermission: negated verb i with object obj (-1 for none) gives a
// permission, so that not giving it, in any tense, is refusing it: "did
// not allow the plane to land", "has not given permission for the
// rally" (1245), where "did not release the prisoners" only says the act
// is yet to come.
func (w *work) withheldPermission(i, obj int32, code string) bool {
	t := w.t
	if rootOf(code) != 8 || t.hasChildLemma(i, doc.Aux, "can", "could", "may", "might", "should", "must", "ca") {
		return false // "cannot allow them to violate the law" is resolve, not a refusal given
	}
	if obj >= 0 && (strings.HasSuffix(t.form(obj), "self") || strings.HasSuffix(t.form(obj), "selves")) {
		return false // "cannot permit itself a delay"
	}
	switch t.lemma(i) {
	case "allow", "permit", "authorize", "authorise":
		return true
	case "give", "grant":
		return obj >= 0 && permissionNouns[t.lemma(obj)]
	}
	return false
}

// withPartner: clause v or one of its obliques names a partner with
// "with".
func (w *work) withPartner(v int32) bool {
	if w.hasCaseChild(v, "with") {
		return true
	}
	for _, c := range w.t.children(v) {
		if w.d.Tokens[c].Dep.Universal() == doc.Obl && w.hasCaseChild(c, "with") {
			return true
		}
	}
	return false
}

// obligationNouns are what one meets without meeting anyone.
var obligationNouns = map[string]bool{"debt": true, "demand": true, "target": true, "need": true,
	"deadline": true, "requirement": true, "cost": true, "payment": true, "criterion": true,
	"criteria": true, "expectation": true, "obligation": true, "condition": true, "standard": true,
	"goal": true, "challenge": true, "quota": true, "commitment": true, "shortfall": true, "bill": true,
	"expense": true, "expenses": true, "threat": true, "objective": true, "forecast": true, "estimate": true,
	"problem": true, "crisis": true, "shortage": true, "difficulty": true, "emergency": true, "risk": true,
	"competition": true, "pressure": true}

// causeNouns are what one fights for or against without arms when no
// enemy is named.
var causeNouns = map[string]bool{"campaign": true, "battle": true, "fight": true, "cause": true, "crusade": true,
	"struggle": true}

// studyVerbs look into a thing without it being an inquiry into anyone.
var studyVerbs = map[string]bool{"review": true, "examine": true, "inspect": true, "scrutinize": true,
	"scrutinise": true, "audit": true, "study": true}

// wrongdoingNouns name what an inquiry looks into, which a review of it is
// too: "will examine serious security breaches".
var wrongdoingNouns = map[string]bool{"breach": true, "violation": true, "allegation": true, "abuse": true,
	"incident": true, "complaint": true, "misconduct": true, "wrongdoing": true, "irregularity": true,
	"death": true, "killing": true, "attack": true, "crash": true}

// permissionNouns are what one gives or grants as leave to act.
var permissionNouns = map[string]bool{"permission": true, "approval": true, "authorization": true,
	"authorisation": true, "clearance": true, "consent": true, "leave": true}

// heldNoun: noun n has a possessor, a compound or a by-phrase that may
// name whose it is ("a Bergen plan", "Trump's decision", "a plan by X").
func (w *work) heldNoun(n int32) bool {
	t := w.t
	for _, c := range t.children(n) {
		if d := t.d.Tokens[c].Dep; d == doc.NmodPoss || d == doc.Compound || d.Universal() == doc.Nmod && t.caseOf(c) == "by" {
			return true
		}
	}
	return false
}

// nounPurpose reads the to-infinitive clause ch of verb i as the clause of
// i's object when that object is a modal noun, as the parser often hangs a
// noun's to-clause on the verb ("declared his intent to attack", "reiterated
// its commitment to support"): the modality is the noun's. A purpose clause
// of any other verb is the visit's purpose rule's: meant, with its own
// code ("flew to Kampala to sign a deal"), or done when the act does it
// ("travelled to Washington to meet Gorbachev", "called to congratulate him").
func nounPurpose(t *tree, i, ch int32) (doc.Modality, bool) {
	if t.d.Tokens[ch].XPOS != xposVB || !t.hasChildLemma(ch, doc.Mark, "to") || t.child(ch, doc.Nsubj) >= 0 {
		return 0, false
	}
	o := t.obj(i)
	if o < 0 || o > ch {
		return 0, false
	}
	m, ok := modalNouns[t.lemma(o)]
	if !ok {
		return 0, false
	}
	for _, c := range t.children(o) {
		if d := t.d.Tokens[c].Dep; (d == doc.NmodPoss || d == doc.Compound) && t.d.Tokens[c].UPOS != doc.PRON ||
			d.Universal() == doc.Nmod && t.caseOf(c) == "by" {
			// "challenged a White House plan to arrest", "welcoming the
			// decision by Donald Trump to withdraw": someone else's plan
			return doc.Hypothetical, true
		}
	}
	return m, true
}

// clause codes predicate i and returns what its children inherit.
func (w *work) clause(i int32, cx ctx) clause {
	t := w.t
	cl := clause{comp: -1}
	// A clause with a direct object and no passive auxiliary is active
	// whatever the parser labelled its subject ("Pyongyang fired shells at
	// Seoul" parsed with nsubj:pass), and so is a past tense misread as a
	// participle (see misparsedActive).
	misparsed := misparsedActive(t, i)
	if !misparsed && soleVerb(t, i) {
		// the participle is the sentence's only verb: active when the
		// verb takes its preposition actively in the lexicon ("warned
		// at"), passive otherwise ("officials arrested in Taiwan")
		if p, m := w.match(i, w.verbPatterns(i), false); p != nil && m.nprep > 0 {
			misparsed = true
		}
	}
	passive := !misparsed && (t.child(i, doc.AuxPass) >= 0 || t.child(i, doc.NsubjPass) >= 0 && t.obj(i) < 0 || reducedPassive(t, i))
	// Subjects: the grammatical subject (the first of several that names an
	// actor, when a parse gives two), or in a passive the agent.
	var subjTok int32 = -1
	inherited := false  // the source is not the clause's own subject, or not by name: less sure
	ownSubject := false // the clause's subject is its own or no one's (never the context's): only days given, a participle
	if misparsed {
		// a past tense read as a participle: "The Taliban attacked a base"
		// (nsubj:pass), "Armed men attacked a camp" (acl of "men")
		subjTok = t.child(i, doc.NsubjPass)
		if h := t.head(i); subjTok < 0 || subjTok > i && h >= 0 && h < i && w.d.Tokens[i].Dep == doc.Acl {
			// a subject comes before its verb: "North Korea on Thursday
			// fired shells ... near the boundary" with "fired" an acl of
			// "Korea" and "boundary" its passive subject
			subjTok = h
			if v := w.sharedPerfect(i, h); v >= 0 {
				// "the regime has bombed towns like Afrin and Manbij, used chemical
				// weapons ...": a participle after a comma that shares the
				// perfect of the verb before, hung on that verb's object
				subjTok = t.child(v, doc.Nsubj)
			}
		}
		if cl.subj = w.partsOf(nil, subjTok, i); len(cl.subj) == 0 && subjTok >= 0 {
			cl.subj = w.countedSubject(subjTok, i) // "Thousands of Israelis protested" with "protested" an acl
		}
	} else if passive {
		if a := t.child(i, doc.OblAgent); a >= 0 {
			subjTok = a
			cl.subj = w.strayConjuncts(w.partsOf(nil, a, i), i, a)
		} else if a := w.strayAgent(i); a >= 0 {
			subjTok = a
			cl.subj = w.partsOf(nil, a, t.head(a))
		}
		if len(cl.subj) == 0 {
			// "civilians were killed in Israeli airstrikes", "in an attack
			// by Boko Haram": who carried out the attack did it
			for _, c := range t.children(i) {
				// (and "was tortured in a Ugandan prison": whose prison holds
				// the one harmed there did it)
				held := custodyNouns[t.lemma(c)] && custodyHarms[t.lemma(i)] && t.caseOf(c) == "in"
				if u := w.d.Tokens[c].Dep.Universal(); u != doc.Obl && u != doc.Obj || !strikeNouns[t.lemma(c)] && !held { // (obj: a passive's misparsed oblique)
					continue
				}
				if cs := t.caseOf(c); cs != "in" && cs != "by" && cs != "during" {
					continue
				}
				if ps := w.agentOfThing(c); len(ps) > 0 {
					subjTok, cl.subj, inherited = c, ps, true
				} else if ps := w.ownerOf(c); len(ps) > 0 {
					subjTok, cl.subj, inherited = c, ps, true
				}
				break
			}
		}
		if s := t.child(i, doc.NsubjPass); len(cl.subj) == 0 && s >= 0 && s < i && deployVerbs[t.lemma(i)] && w.forcesNoun(s) && !w.verbBetween(s, i) {
			// "Indian peacekeepers were deployed in South Sudan", "2,000
			// Italian soldiers were deployed as peacekeeping forces": the
			// troops' own state deploys them
			subjTok, cl.subj, inherited = s, w.partsOf(nil, s, i), true
		}
	} else {
		for _, c := range t.children(i) {
			if dep := w.d.Tokens[c].Dep; dep != doc.Nsubj && dep != doc.NsubjOuter && dep != doc.NsubjPass {
				continue
			}
			if w.possessorSubject(c, i) {
				continue // "Dagolath's minister Telemar left" with both "Dagolath" and "Telemar" subjects
			}
			if w.parenthesized(c) && w.d.Tokens[i].Dep != doc.AclRelcl {
				// "wrote a letter to the chief of the International Labour Organization
				// (ILO) threatening to ...", with "(ILO)" read as the
				// pronoun: a word in brackets is no clause's subject (read
				// as a relative clause's, it stands for the name before it:
				// "The International Labour Organization (ILO) lauded ...")
				continue
			}
			if temporalNoun(t, c) || timePhrase(t, c) {
				// "said Thursday he spoke" with "Thursday" a subject of
				// "spoke": when, not who; but "Saturday, Secretary Mark
				// Esper approved" with the name an apposition of the day
				// names who
				if ps := w.partsOf(nil, c, i); len(ps) > 0 {
					subjTok, cl.subj = c, ps
					break
				}
				if b := w.caselessBefore(i, c); b >= 0 {
					// "Parliament Speaker Ahmed Karim this week demanded"
					// with the speaker an oblique and the week the subject
					subjTok, cl.subj = b, w.partsOf(nil, b, i)
					break
				}
				ownSubject = true
				continue
			}
			if h := w.comitativeHost(c); h >= 0 {
				// "the US together with its partners would consider": the
				// US, and its partners with it
				if ps := w.partsOf(w.partsOf(nil, h, i), c, i); len(ps) > 0 {
					subjTok, cl.subj = h, ps
					break
				}
			}
			if subjTok < 0 {
				subjTok = c
			}
			if n := w.titledName(c, i); n >= 0 {
				c = n // "minister Calimehtar warned" parsed as two subjects: the minister is Calimehtar
			}
			if ps := w.partsOf(nil, c, i); len(ps) > 0 {
				if of := w.sectorOf(ps, c); len(of) > 0 {
					ps = of // "the armies of Chile and Peru": each one's army
				}
				subjTok, cl.subj = c, w.companions(ps, c, i)
				break
			}
			if ps := w.countedSubject(c, i); len(ps) > 0 {
				subjTok, cl.subj = c, ps
				break
			}
			if ps := w.crowdIn(c, i); len(ps) > 0 {
				subjTok, cl.subj, inherited = c, ps, true
				break
			}
			if ps := w.agentOfThing(c); len(ps) > 0 {
				// "The rockets launched by the Syrian army hit a weapons
				// store": what a weapon or an act does, whoever fired or
				// carried it out does
				subjTok, cl.subj, inherited = c, ps, true
				break
			}
			if ps := w.ownerOf(c); len(ps) > 0 && t.mention[c] < 0 &&
				(w.d.Tokens[c].XPOS == xposNNS || actingNouns[t.lemma(c)] || weaponNouns[t.lemma(c)]) {
				// what a state's things or people no dictionary names do, the
				// state does: "Israeli strikes killed 20 people", "Chinese
				// hackers launched attacks", "Palestinian factions agreed",
				// "a Somali missile struck"
				subjTok, cl.subj, inherited = c, ps, true
				break
			}
			if ps := w.weaponFrom(c); len(ps) > 0 {
				// a weapon does what whoever it came from does: "a missile
				// from Somalia struck the Kenyan town of Mandera"
				subjTok, cl.subj, inherited = c, ps, true
				break
			}
			if g := t.child(c, doc.NmodPoss); g >= 0 && t.mention[c] < 0 && (weaponNouns[t.lemma(c)] || actingNouns[t.lemma(c)]) {
				// whose weapons or act it is, by name or pronoun: "Israel's
				// jets struck", "the army said its jets struck"
				if ps := w.partsOf(nil, g, c); len(ps) > 0 {
					subjTok, cl.subj, inherited = c, ps, true
					break
				}
			}
		}
		if subjTok >= 0 && len(cl.subj) > 0 {
			cl.subj = w.splitSubject(cl.subj, i, subjTok)
		}
		if s := w.splitAuxSubject(i); subjTok < 0 && len(cl.subj) == 0 && s >= 0 {
			// "lamented that Peru and Chile had declined to ..." with
			// "had" read as the verb of the that-clause and "refused"
			// conjoined to "regretted": the auxiliary's subject is the
			// participle's
			subjTok, cl.subj = s, w.partsOf(nil, s, i)
		}
		if len(cl.subj) == 0 {
			cl.subj = w.stolenSubject(i)
		}
		if len(cl.subj) == 0 && subjTok >= 0 && t.lemma(i) == "fail" && w.d.Tokens[subjTok].UPOS == doc.NOUN {
			// talks that fail fail their sides: "the summit between Ghana
			// and Togo failed to reach agreement" as "Ghana and Togo failed"
			if b := w.findPrep(subjTok, -1, verbs.PrepArg{Prep: "between"}, true); b >= 0 {
				if ps := w.partsOf(nil, b, subjTok); len(ps) >= 2 {
					cl.subj, inherited = ps, true
				}
			}
		}
	}
	if len(cl.subj) == 0 && subjTok >= 0 && len(cx.sayer) > 0 && w.d.Tokens[subjTok].UPOS == doc.PRON &&
		(t.mention[subjTok] < 0 || w.d.Mentions[t.mention[subjTok]].Antecedent < 0) {
		// "Kenya said it would permit ...": an unresolved pronoun subject
		// of reported speech is the speaker; in the speaker's own words
		// only "I" and "we" are ('added: "She stood with them ..."')
		switch l := t.lemma(subjTok); l {
		case "it", "they", "he", "she", "we", "i":
			if q := t.quote[subjTok]; q < 0 || !w.d.Quotes[q].Direct || l == "we" || l == "i" {
				cl.subj, inherited = cx.sayer, true
			}
		}
	}
	if len(cl.subj) == 0 && subjTok >= 0 && len(cx.subj) > 0 && w.d.Tokens[i].Dep == doc.Conj &&
		w.d.Tokens[subjTok].UPOS == doc.PRON && (t.mention[subjTok] < 0 || w.d.Mentions[t.mention[subjTok]].Antecedent < 0) {
		// "Calenardhon urged Bree to ... and then it requested ...": an
		// unresolved pronoun subject of a conjoined clause is the first
		// clause's subject (not one that stands for a person no
		// dictionary codes: "quoted Boyd Otieno as saying he accepted")
		switch t.lemma(subjTok) {
		case "it", "they", "he", "she":
			cl.subj, inherited = cx.subj, true
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive && w.d.Tokens[i].Dep == doc.Conj && len(cx.subj) == 0 {
		// "condemned an attack ... and promised aid" parsed with "promised"
		// conjoined to the noun "attack": a verb joins a predicate, the one
		// whose object the noun is, and shares its subject (not "US-backed",
		// a modifier joined to its agent)
		if n := t.head(i); n >= 0 && nominal(w.d.Tokens[n].UPOS) && w.d.Tokens[n].Dep == doc.Obj && t.form(i-1) != "-" {
			if pr := t.head(n); pr >= 0 && pr < n && isPredicate(t, pr) {
				if s := t.child(pr, doc.Nsubj); s >= 0 {
					subjTok, cl.subj, inherited = s, w.partsOf(nil, s, pr), true
				}
			}
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive {
		if s := w.subordinateSubject(i); s >= 0 {
			// "The deal came after the Colombian government released 80
			// prisoners", parsed with "government" an oblique of "came" and
			// "released" its conjunct: the noun the subordinator governs is
			// the subject
			subjTok, cl.subj = s, w.partsOf(nil, s, i)
			ownSubject = true
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive {
		if s := w.strandedSubject(i); s >= 0 {
			// "Elrond urged Bree to leave and Gondor asked him ..." with
			// "Gondor" conjoined to "leave": the noun between "and" and the
			// verb is the verb's subject
			subjTok, cl.subj = s, w.partsOf(nil, s, i)
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive {
		if s := w.dateConjSubject(i); s >= 0 {
			// "In March, French naval commandos seized the freighter" with the
			// commandos conjoined to March
			subjTok, cl.subj = s, w.partsOf(nil, s, i)
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive {
		if s := w.unmarkedSubject(i); s >= 0 {
			// "A Bolivian army drone struck the electoral court"
			// with the drone an unmarked oblique of "struck"
			subjTok, cl.subj = s, w.partsOf(nil, s, i)
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive {
		if s := w.participleSubject(i); s >= 0 {
			// "the minister, in remarks published on Monday, urged ..."
			// parsed with "published" as the predicate and "urged" beside it
			subjTok, cl.subj = s, w.partsOf(nil, s, i)
		}
	}
	if h := t.head(i); subjTok < 0 && len(cl.subj) == 0 && !passive && w.d.Tokens[i].Dep == doc.Acl &&
		w.d.Tokens[i].XPOS == xposVBG && h >= 0 && !documentNouns[t.lemma(h)] {
		// an active participle's doer is the noun it modifies, or no one
		// the sentence names: "a Tuareg militia battling al-Qaeda" is
		// not the sentence subject's fight (a document's participle says
		// what its author says: the context gives that)
		if h < i && nominal(w.d.Tokens[h].UPOS) {
			subjTok, cl.subj = h, w.partsOf(nil, h, i)
			if len(cl.subj) == 0 && w.attackNounAt(h) >= 0 {
				cl.subj = cx.subj // the attack's maker (see visit)
			}
			if s := t.child(h, doc.Nsubj); len(cl.subj) == 0 && s >= 0 && s < h && t.child(h, doc.Cop) >= 0 &&
				(w.d.TokenText(int(i-1)) == "," || t.lemma(h) == "guilty" && t.hasChildLemma(i, doc.Mark, "of")) {
				// (also "are guilty of breaching the truce", "guilty"
				// read as a noun)
				// a predicate noun's participle set off by a comma is its
				// subject's act: "Germany has been the largest donor,
				// contributing $46 million to the fund"
				subjTok, cl.subj = s, w.partsOf(nil, s, h)
			}
		}
		ownSubject = true
	}
	if h := t.head(i); subjTok < 0 && len(cl.subj) == 0 && !passive && w.d.Tokens[i].Dep == doc.Advcl && h >= 0 && h < i &&
		t.hasChildLemma(i, doc.Mark, "to") && t.child(i, doc.Nsubj) < 0 {
		if o := t.obj(h); o >= 0 && o < i && resolveNouns[t.lemma(o)] {
			// the same, its infinitive and by-phrase hung on the verb
			// whose object the noun is: "condemned moves by Ruto to quit
			// the pact" (Ruto's, not the critic's)
			for _, c := range t.children(h) {
				if c > o && c < i && w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "by" {
					if ps := w.partsOf(nil, c, h); len(ps) > 0 {
						subjTok, cl.subj = c, ps
					}
					break
				}
			}
		}
	}
	if h := t.head(i); subjTok < 0 && len(cl.subj) == 0 && !passive && w.d.Tokens[i].Dep == doc.Acl &&
		h >= 0 && h < i && w.d.Tokens[h].UPOS == doc.NOUN && t.hasChildLemma(i, doc.Mark, "to") {
		// a noun's infinitive is done by whoever the noun is of: "Trump's
		// decision to withdraw US troops", "decisions by Donald Trump to
		// pull out of the deal"; else by an actor named before the noun
		// ("the Ugandan decision to withdraw", "the US decision")
		for _, c := range t.children(h) {
			if dep := w.d.Tokens[c].Dep; dep == doc.NmodPoss || dep.Universal() == doc.Nmod && t.caseOf(c) == "by" {
				if ps := w.partsOf(nil, c, h); len(ps) > 0 {
					subjTok, cl.subj = c, ps
					break
				}
			}
		}
		if len(cl.subj) == 0 && resolveNouns[t.lemma(h)] {
			if ps := w.ownerOf(h); len(ps) > 0 {
				subjTok, cl.subj = h, ps
			}
			for _, c := range t.children(h) {
				if len(cl.subj) == 0 && c < h && w.d.Tokens[c].Dep.Universal() == doc.Compound {
					if ps := w.partsOf(nil, c, h); len(ps) > 0 {
						subjTok, cl.subj = c, ps
					}
				}
			}
		}
	}
	if subjTok < 0 && len(cl.subj) == 0 && w.thwartedPlan(i) {
		ownSubject = true // a plan one blocks or opposes is someone else's: "blocked a move to impose sanctions" imposes none
	}
	if subjTok < 0 && len(cl.subj) == 0 && !passive && !ownSubject {
		cl.subj, inherited = cx.subj, true
	}
	if subjTok >= 0 && w.copularInfinitive(i) && actPronouns[t.lemma(subjTok)] {
		// "it was to attack X" says what an act was for: "it" is the act,
		// no actor, and the doer is who did it, when a clause before names
		// them ("When Kenya intervened in Somalia, it was to attack the
		// rebels")
		cl.subj = nil
		for _, c := range t.children(i) {
			if c < subjTok && w.d.Tokens[c].Dep.Universal() == doc.Advcl {
				s := t.child(c, doc.Nsubj)
				if s < 0 {
					s = t.child(c, doc.NsubjPass)
				}
				cl.subj = w.partsOf(nil, s, c)
				break
			}
		}
	}
	if len(cl.subj) == 0 && subjTok >= 0 && !passive && t.head(subjTok) == i && w.d.Tokens[subjTok].Dep == doc.Nsubj &&
		!t.hasChildLemma(i, doc.Mark, "to") && w.unnamedSource(subjTok) {
		// a subject no dictionary codes still did it: "the strike committee
		// rejected the offer", "Adam Otieno refused to meet Ruto"; the event
		// keeps the words that name it, with no actor code, as a target no
		// dictionary names keeps its words (only the verb's own subject:
		// "a man fighting Isis" describes him, and says no act), unless
		// it is the head or officer of a body that is coded
		if cl.subj = w.roleBody(subjTok, i); len(cl.subj) == 0 {
			var buf [8]int32
			start := len(t.arena) // (in the per-document arena, as partsOf's lists)
			for _, c := range t.conjuncts(buf[:0], subjTok) {
				if c == subjTok || w.unnamedSource(c) {
					t.arena = append(t.arena, part{tok: c, mention: -1, phrase: w.sourcePhrase(c)})
				}
			}
			cl.subj = t.arena[start:len(t.arena):len(t.arena)]
		}
	}
	cl.neg = negated(t, i)
	cl.mod = max(cx.mod, w.clauseModality(i))
	cl.controller = cl.subj
	if s := t.child(i, doc.NsubjPass); s >= 0 && passive {
		// "Gollum was seen to break in", "Kyiv was asked to ...": in a
		// passive the subject does the complement
		if ps := w.partsOf(nil, s, i); len(ps) > 0 {
			cl.controller = ps
		}
	} else if o := t.obj(i); o >= 0 && !groundVerbs[t.lemma(i)] {
		if ps := w.partsOf(nil, o, i); len(ps) > 0 {
			cl.controller = ps
			if sendVerbs[t.lemma(i)] && len(cl.subj) > 0 && sectorsOnly(ps) {
				// people sent with no state of their own named act for
				// the sender: "the UN dispatched envoys to negotiate"
				cl.controller = cl.subj
			}
		} else if actor.PeopleNoun(t.lemma(o)) || groupNouns[t.lemma(o)] || perceptionVerbs[t.lemma(i)] {
			// people no dictionary names do what they are made to, not
			// the subject: "helped [train] groups to fight Assad"
			cl.controller = nil
		}
	} else if o := t.child(i, doc.Iobj); o >= 0 {
		if ps := w.partsOf(nil, o, i); len(ps) > 0 {
			cl.controller = ps
		}
	}

	var ids []int32
	if w.d.Tokens[i].UPOS == doc.ADJ {
		ids = w.c.lex.Adjective(t.lemma(i))
	} else if w.d.Tokens[i].UPOS == doc.NOUN {
		ids = w.c.lex.Verb("be") // onState
	} else {
		ids = w.verbPatterns(i)
	}
	if o := t.obj(i); !passive && len(cl.subj) > 0 && nameVerbs[t.lemma(i)] && o >= 0 && w.pejorative(i, o) {
		// "Erdogan called Assad a terrorist", "Biden described Putin as
		// a war criminal": calling an actor names denounces it (not
		// calling a thing names: "called Moscow's accusation ludicrous")
		if tg := w.partsOf(nil, o, i); len(tg) > 0 && !sameActors(tg, cl.subj) {
			w.emit(i, &nameCalling, "111", 0, cl.subj, tg, cx.claim, cl.mod, cl.neg || cx.neg, 0.8)
			return cl
		}
	}
	if o := t.obj(i); !passive && o >= 0 && t.lemma(i) == "receive" && len(cl.subj) > 0 && cl.mod == doc.Asserted {
		// "Lebanon received $50 million in aid from the World Bank",
		// "Ukraine has received 100 tanks from its allies", "received a
		// phone call from his Turkish counterpart": the giver or caller acts
		// on the subject (what one will receive is no one's act yet)
		if code := receivedCode(t, o); code == "" {
			for _, c := range t.children(o) {
				if t.d.Tokens[c].Dep == doc.Conj && c > o {
					if code = receivedCode(t, c); code != "" {
						o = c // "received arms and cash support from Qatar"
						break
					}
				}
			}
		}
		if code := receivedCode(t, o); code != "" {
			from := w.findPrep(i, o, verbs.PrepArg{Prep: "from", Target: true}, false)
			for _, c := range t.children(i) {
				if from >= 0 {
					break
				}
				if c > o && t.d.Tokens[c].Dep == doc.Conj && t.child(c, doc.Nsubj) < 0 && t.obj(c) < 0 {
					// "received weapons and training from Britain" with
					// "training" read as a second verb with no object of its
					// own: the from-phrase is its
					from = w.findPrep(c, -1, verbs.PrepArg{Prep: "from", Target: true}, false)
				}
			}
			if from >= 0 {
				if src := w.partsOf(nil, from, i); len(src) > 0 && !sameActors(src, cl.subj) {
					w.emit(i, &received, code, 0, src, cl.subj, cx.claim, cl.mod, cl.neg || cx.neg, 0.7)
					return cl
				}
			}
		}
	}
	if r := w.ruledOut(i); !passive && r >= 0 && len(cl.subj) > 0 &&
		(r == i && (cl.neg || cx.neg) && w.ruledOut(t.head(i)) != i || r != i && !cl.neg) {
		// "did not rule out military action against Uganda", "refused to
		// rule out force" (coded at the refusal, and not when that is
		// negated): a threat, to whom it is against or whom a condition
		// names
		if o := t.obj(r); o >= 0 {
			if code := notRuledOut(t, o); code != "" {
				var tg []part
				if at := w.findPrep(r, o, verbs.PrepArg{Prep: "against", Target: true}, false); at >= 0 {
					tg = w.partsOf(nil, at, r)
				}
				if len(tg) == 0 {
					tg = w.conditionTargets(i, r) // "sanctions if Uganda fails to withdraw"
				}
				if len(tg) > 0 && !sameActors(tg, cl.subj) {
					w.emit(i, &notRuledOutPattern, code, 0, cl.subj, tg, cx.claim, max(cl.mod, doc.Conditional), false, 0.7)
					return cl
				}
			}
		}
	}
	if !passive && drawVerbs[t.lemma(i)] {
		// "Iran's seizure of the tanker drew condemnation from Britain":
		// who condemns is in the from-phrase, and the act's doer is condemned
		if o := t.obj(i); o >= 0 && reactionNouns[t.lemma(o)] {
			from := w.findPrep(i, o, verbs.PrepArg{Prep: "from", Target: true}, false)
			var tg []part
			if s := t.child(i, doc.Nsubj); s >= 0 {
				if tg = w.partsOf(nil, s, i); len(tg) == 0 {
					if g := t.child(s, doc.NmodPoss); g >= 0 {
						tg = w.partsOf(nil, g, s)
					} else if tg = w.agentOfThing(s); len(tg) == 0 {
						tg = w.ownerOf(s) // "the Israeli raid"
					}
				}
			}
			if src := w.partsOf(nil, from, i); from >= 0 && len(src) > 0 && len(tg) > 0 && !sameActors(src, tg) {
				w.emit(i, &drawnReaction, "111", 0, src, tg, cx.claim, cl.mod, cl.neg || cx.neg, 0.7)
				return cl
			}
		}
	}
	p, m := w.match(i, ids, passive)
	if p == nil {
		if l := t.lemma(i); (l == "fight" || l == "battle" || l == "serve") && len(cl.subj) > 0 && !passive {
			// "have fought alongside the Kenyan army": no foe
			// named, an ally is (see foughtAlongside)
			if allies := w.alongside(i); len(allies) > 0 && !sameActors(allies, cl.subj) {
				w.emit(i, &foughtAlongside, "062", 0, cl.subj, allies, cx.claim, cl.mod, cl.neg || cx.neg, 0.6)
			}
		}
		return cl
	}
	if responseVerbs[t.lemma(i)] && m.nprep == 0 && w.byMeans(i) {
		// "Ankara retaliated by freezing trade credits": the response
		// is the act its "by" clause names, coded there, not force (but
		// "retaliated against Israel by ..." keeps whom it answers)
		return cl
	}
	code := p.Code
	if m.obj >= 0 && verbalAttack(t, code, m.obj) {
		code = "111" // "launched a scathing attack on the government"
	}
	if (rootOf(code) == 19 && p.Lemma == "retaliate" || code == "138" && m.obj >= 0 && t.lemma(m.obj) == "retaliation") && w.tradeDispute() {
		// "will retaliate if Kampala taxes Kenyan tea", "threatened
		// retaliation over the sugar quota": in a trade dispute
		// the retaliation is tariffs, a sanction (163; threatened, 1312),
		// not force
		code = "163"
		if rootOf(p.Code) == 13 || cl.mod == doc.Intended || cl.mod == doc.Conditional {
			code = "1312" // (a threat now, so that the condition's actor is its target: "if Kampala taxes ...")
		}
	}
	if rootOf(code) == 19 && p.Trigger == verbs.Verb && wordAttackVerbs[p.Lemma] && (w.saidIn(i) || m.obj >= 0 && m.obj != i && w.saidIn(m.obj)) {
		code = "111" // "attacked Uganda on Twitter", "hit out at Kampala in an interview": words
	}
	if code == "138" && m.obj >= 0 && t.lemma(m.obj) == "action" {
		switch {
		case t.hasChildLemma(m.obj, doc.Amod, "industrial"):
			code = "133" // "threatened industrial action": a strike threatened
		case t.hasChildLemma(m.obj, doc.Amod, "legal", "judicial", "court", "diplomatic", "economic", "trade", "disciplinary", "political") ||
			t.hasChildLemma(m.obj, doc.Compound, "court", "trade"):
			code = "130" // "threatened legal action against a Ugandan airline": no force
		}
	}
	if code == "141" && p.Trigger == verbs.Verb && !passive {
		switch l := t.lemma(i); {
		case l == "protest" && w.stateParts(cl.subj):
			// "France protested against Canada's ban": a state's protest is
			// a diplomatic one (PLOVER's ACCUSE), not a demonstration; 110,
			// as "protested to Canada" and "protested the ban" are coded
			code = "110"
		case (l == "march" || l == "rally" || l == "demonstrate") && w.subjectHas(i, troopNouns):
			return cl // "troops marched into the town": a move, no demonstration
		}
	}
	if m.obj >= 0 && rootOf(code) == 19 && p.Trigger == verbs.Verb && !passive && t.mention[m.obj] < 0 && abstractObjects[t.lemma(namedAs(t, m.obj))] {
		// force is used on people, places and things, not on figures,
		// plans or fears: "attacked the rise in rates" criticises it,
		// "fought inflationary fears" and "hit its lending targets" are
		// no force at all; nor on "what he called biased press reports"
		// (but "attacked what the army called a weapons depot" is force)
		if t.lemma(i) != "attack" {
			return cl
		}
		code = "111"
	}
	if code == "041" && p.Lemma == "call" && m.obj >= 0 && w.d.Tokens[m.obj].UPOS == doc.NOUN && t.mention[m.obj] < 0 && !actor.PeopleNoun(t.lemma(m.obj)) {
		// one telephones people, not a thing: "what he called Uganda's
		// failure to honour the pact" names the failure (whose owner
		// would be taken for the one called)
		return cl
	}
	if r := rootOf(code); (r == 13 || r == 17 || r >= 18) && w.abstractDoer(i, passive, r != 13) {
		// figures, measures and markets do no violence and threaten no
		// one: "farmers hit by cost-cutting measures", "sales threaten to
		// capture the market", "the slump hit exporters"
		if p.Frame == verbs.Refine {
			cl.comp, cl.frame = m.comp, verbs.Refine // (nor is what they threaten an act of its own)
		}
		return cl
	}
	cl.code = code
	if r := rootOf(code); (r == 15 || r >= 18) && p.Frame != verbs.Refine && !passive {
		// force is no order: what follows its object is the forces' own
		// purpose ("attacked Ukraine to seize Kyiv", "bombed Gaza to
		// destroy tunnels": Russia seizes, not Ukraine)
		cl.controller = cl.subj
	}
	var targets []part
	unnamed := int32(-1) // the target argument, when no actor resolves there
	thing := int32(-1)   // the target argument, whatever it names
	var idle []part      // targets set aside for a thing (idlePronouns, allSelf)
	deep := false        // the targets come from deepTarget
	actObj := int32(-1)  // what the act noun is aimed at by its modifier (actObjectOf): "an inquiry into X"
	tprep := int32(-1)   // the pattern's target oblique when it names no actor
	refineLine := 0
	var refused refusal // the act not done, when not doing it is the refusal coded
	switch p.Frame {
	case verbs.Refine:
		cl.comp, cl.frame = m.comp, verbs.Refine
		controller := cl.controller
		if w.d.Tokens[m.comp].Dep == doc.Ccomp || w.d.Tokens[m.comp].Dep == doc.Acl && t.child(m.comp, doc.Nsubj) >= 0 {
			controller = nil // (a that-clause of the object noun: "its demand that the US ease sanctions")
		}
		cp, cm, ctargets, csubj := w.matchComplement(m.comp, controller)
		if cp != nil {
			cl.compCode, cl.compTargets = cp.Code, ctargets
			refused = refusal{code: cp.Code, at: m.comp, p: cp, m: cm}
		}
		compArg := int32(-1) // the complement's target argument, read before it is consumed
		if cp != nil {
			compArg = w.targetArgument(m.comp, cp, cm, t.child(m.comp, doc.NsubjPass) >= 0)
		}
		if code[:2] == "12" && (speechComplements[t.lemma(m.comp)] && !(t.lemma(m.comp) == "give" && cp != nil) ||
			t.lemma(m.comp) == "go" && t.hasChildLemma(m.comp, doc.Obl, "detail", "details")) {
			// (but to refuse to give what a pattern codes, intelligence or
			// weapons, is a refusal: "refused to give the French army any
			// intelligence information")
			// "declined to comment", "refused to say whether": silence is
			// no rejection (CAMEO's 011, declining comment, wants a target
			// no such sentence names)
			return cl
		}
		if code[:2] == "03" && cp != nil && rootOf(cp.Code) == 1 {
			// "wants to tell U.S. leaders of the sacrifices", "plans to
			// announce": meaning to speak is no intent to cooperate; what is
			// said is coded when it is said
			return cl
		}
		coded := cp != nil && !negated(t, m.comp)
		if l := t.lemma(m.comp); cp == nil && code[:2] == "03" && (l == "stay" || l == "remain") && !w.withPartner(m.comp) {
			// "ready to stay neutral in the quarrel between Uganda and
			// Tanzania", "prepared to remain aloof": keeping out
			// is no intent to cooperate with anyone named (but "agreed to
			// stay in the coalition with Uganda" is)
			return cl
		}
		if cp == nil && code[:2] == "03" && overcomeVerbs[t.lemma(m.comp)] {
			// "vowed to defeat al-Shabaab", "pledged to crush the
			// revolt": an intent against whom the complement names, no
			// intent to cooperate with them; which threat it is (of force,
			// or of an election lost) no pattern says
			return cl
		}
		if code[:2] == "03" && negated(t, m.comp) && !cl.neg {
			// "has pledged not to let Tuareg militias control its
			// frontier": an intent not to act is no intent to cooperate;
			// but one not to fight is one to de-escalate ("promised not
			// to attack Ukraine")
			switch {
			case cp != nil && decideWords[t.lemma(i)] && rootOf(cp.Code) < 10:
				// a decision not to cooperate is a refusal: "decided not
				// to attend Uganda's summit" (125), as "refused to" is
				code, refineLine = w.c.lex.Refine("120", cp.Code)
				markConsumed(t, cm)
			case cp == nil || rootOf(cp.Code) < 18:
				return cl
			default:
				code, refineLine = "0356", 0
			}
		}
		if coded && code[:2] == "03" && rootOf(cp.Code) >= 18 && rootOf(cp.Code) <= 20 && w.attempted(i) {
			// an attempt at violence is violence done: "Isis fighters
			// attempted to storm a US base", "gunmen tried to kill the
			// governor" (as CAMEO and PLOVER count attempted assassinations)
			code, refineLine = cp.Code, 0
			markConsumed(t, cm)
		} else if coded {
			family := code
			if code[:2] == "03" && rootOf(cp.Code) >= 16 {
				family = "130" // intending a hostile act is a threat
			}
			code, refineLine = w.c.lex.Refine(family, cp.Code)
			if family == "130" && decideWords[t.lemma(i)] {
				// a decision to act is no threat: "decided to sever ties
				// with Uganda" is the break, meant (emit keeps it)
				code, refineLine = cp.Code, 0
				cl.mod = max(cl.mod, doc.Intended)
			} else if decideWords[t.lemma(i)] && decidedYield(cp.Code) {
				// a rule or a post given up by decision is given up when
				// decided: "has decided to ease restrictions on Uganda" is
				// the easing, a minister's decision to quit is his resignation
				code, refineLine = cp.Code, 0
			}
			if family[:2] == "03" && rootOf(cp.Code) == 3 && cp.Code != "030" {
				// an intent to an offer or a pledge is that offer: "agreed
				// to offer aid to Uganda" (033), not the family's fallback
				code, refineLine = cp.Code, 0
			}
			if family[:2] == "03" && rootOf(cp.Code) >= 10 && rootOf(cp.Code) <= 14 {
				// "decided to reject the proposal", "decided to walk out":
				// no intent to cooperate (the 03 family's fallback, aimed
				// at whoever the complement names) but the demand,
				// disapproval, rejection, threat or protest itself
				code, refineLine = cp.Code, 0
			}
			if family[:2] == "10" && rootOf(cp.Code) == 17 && compelVerbs[t.lemma(i)] {
				// "ordered the newspaper to suspend publication": made to
				// restrict itself, it is coerced by whoever orders it (1721)
				code, refineLine = cp.Code, 0
			}
			markConsumed(t, cm)
		}
		if rootOf(code) == 12 && commentVerbs[t.lemma(m.comp)] && !w.hasCaseChild(m.comp, "with") {
			if o := t.obj(m.comp); o < 0 || t.mention[o] < 0 && t.is(o, commentObjects) {
				// "declined to discuss the reports", "refused to elaborate
				// on the matter": no comment, as "declined to comment" is,
				// not a refusal to negotiate (but "refused to discuss the
				// border with Chile")
				return cl
			}
		}
		if rootOf(code) == 12 && (t.lemma(m.comp) == "talk" || t.lemma(m.comp) == "speak") && w.toPress(m.comp) {
			return cl // a refusal to talk to the press is no comment, as above, not a refusal to meet
		}
		if coded && rootOf(code) == 12 && strings.HasPrefix(cp.Code, "163") && renewVerbs[t.lemma(m.comp)] {
			// sanctions not renewed lapse: "failed to renew its weapons embargo
			// on Somalia" eases it (085), as lifting it would
			code, refineLine = "085", 0
		}
		if code == "120" && t.lemma(i) == "fail" {
			// "failed to seek clearance", "failed to stop the regime's use
			// of gas": failing at what the refusals do not name is no
			// rejection ("failed to withdraw its troops" is 1246)
			return cl
		}
		nounClause := w.d.Tokens[m.comp].Dep == doc.Acl && t.child(m.comp, doc.Nsubj) >= 0 // "its demand that the US ease sanctions"
		if !nounClause {
			targets = w.directTargets(i, passive)
		}
		for k, a := range p.Preps {
			if len(targets) == 0 && a.Target && k < m.nprep {
				// the frame's own target: "agreed with Castro's government to
				// repatriate Cubans"
				targets = w.partsOrOf(targets, m.preps[k], i)
			}
		}
		if len(targets) > 0 && allSector(targets, "MED") && w.d.Tokens[m.comp].Dep == doc.Ccomp && (code[:2] == "02" || code[:2] == "10") {
			// "told the BBC the girl ought to be seen as a
			// victim": the press is the channel, not who must act
			targets = nil
		}
		if len(targets) == 0 && reducedPassive(t, i) {
			targets = cx.subj // "when asked by Tokyo to meet Kim, Lee ...": Lee was asked
		}
		if len(targets) == 0 && p.Particle != "" {
			targets = w.particleTarget(i, p.Particle) // "called on Ankara to ..."
		}
		// (not on whoever a thing that should change is of: "the US
		// trade deficit should start to decline" is a forecast)
		thingSubj := w.thingSubject(t.child(m.comp, doc.Nsubj), csubj)
		if len(targets) == 0 && (w.d.Tokens[m.comp].Dep == doc.Ccomp || nounClause) && len(csubj) > 0 && (code[:2] == "02" || code[:2] == "10") && !thingSubj {
			// an appeal or a demand is made to whoever must act: "Russia
			// says Turkey must halt raids on Iraq" is a demand on Turkey
			targets = csubj
		}
		if len(targets) == 0 && len(csubj) == 0 && len(p.CompAux) == 0 && (w.d.Tokens[m.comp].Dep == doc.Ccomp || nounClause) && (code[:2] == "02" || code[:2] == "10") {
			// or whoever it is, when no dictionary names them, by a verb
			// that demands or appeals ("demanded that Hamdan appear before
			// the chamber"; not one that says someone must or should, which
			// is as often a forecast: "said Viacom should receive 450 mln
			// dlrs")
			if s := t.child(m.comp, doc.Nsubj); s >= 0 && w.unnamedName(s) && len(w.partsOf(t.parts[:0], s, m.comp)) == 0 {
				targets = []part{{tok: s, mention: -1, phrase: w.phraseSpan(s)}}
			}
		}
		if len(targets) == 0 && len(p.CompAux) == 0 && w.d.Tokens[m.comp].Dep == doc.Xcomp && (code[:2] == "02" || code[:2] == "10") {
			// and whoever is told or urged to act, by the object: "ordered
			// Smith to appear in court", "urged Smith to resign"
			// (or people or a body no dictionary names: "asked a special
			// committee to delay the immunity of two aides" asks the
			// committee, not the aides)
			if o := t.obj(i); o >= 0 && o < m.comp && (w.unnamedName(o) && len(w.partsOf(t.parts[:0], o, i)) == 0 || w.unnamedAddressee(o, i)) {
				targets = []part{{tok: o, mention: -1, phrase: w.phraseSpan(o)}}
			}
		}
		if len(targets) == 0 && (code[:2] == "02" || code[:2] == "10") && t.lemma(i) == "appeal" {
			// whom one appeals to is the to-phrase, named by no dictionary:
			// "appealed to nine nations for food to feed the refugees"
			for _, c := range t.children(i) {
				if c > i && c < m.comp && w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "to" && w.unnamedAddressee(c, i) {
					targets = []part{{tok: c, mention: -1, phrase: w.phraseSpan(c)}}
					break
				}
			}
		}
		// what a thing should undergo is no demand on whom the complement's
		// obliques name: "farm research should be tied more closely to
		// industry"
		thingPass := len(p.CompAux) > 0 && cp == nil && w.passiveThing(m.comp)
		if len(targets) == 0 {
			targets = ctargets
		}
		if len(targets) == 0 && cp != nil {
			// "refuses to lift the embargo on Greek vessels", "refused to
			// allow the Ugandan plane to enter": the state whose things the
			// complement acts on (its argument read before the complement
			// was consumed), not the actor's own
			arg := compArg
			if arg < 0 && len(cp.ObjLemmas) > 0 {
				arg = t.obj(m.comp) // the thing the pattern names: "threatened to seize Ugandan ships"
			}
			if ps := w.ownedBy(arg); !ownThing(ps, cl.subj) {
				targets = ps
			}
		}
		if len(targets) == 0 && len(cl.subj) >= 2 && t.lemma(i) == "agree" && (cp == nil || rootOf(cp.Code) < 14) {
			// those who agree together agree with each other when what
			// they agree to names no one: "Macron and Scholz have agreed to
			// share intelligence on Iran"
			targets = cl.subj
		}
		created := cp == nil && w.creating(m.comp)
		if len(targets) == 0 && cp == nil && !thingPass {
			// an act the dictionary does not know is still done to someone:
			// "agreed to open its borders to Turkey", "refused to allow Kyiv"
			targets = w.complementTargets(m.comp, created, cl.subj)
			if len(targets) > 0 && movingVerbs[t.lemma(m.comp)] && t.obj(m.comp) >= 0 && targets[0].tok == t.obj(m.comp) && sameCountry(targets, cl.subj) {
				// the troops one sends are one's own: whom they go to or
				// help is the target ("offered to send soldiers to help the
				// Ukrainian army")
				if targets = w.purposeTarget(m.comp, 0); len(targets) == 0 {
					targets = w.placeTargets(m.comp, -1, true)
				}
			}
		}
		if len(targets) == 0 && created {
			// what is set up or built is no one: where it will be may be
			// named ("agreed to set up a company in Berlin", "to build a
			// hospital in Afghanistan")
			if ps := w.placeTargets(m.comp, t.child(m.comp, doc.Obj), false); !w.allSelf(ps, cl.subj) {
				targets = ps
			}
		}
		if len(targets) == 0 && !cx.silent && !thingPass {
			// or the parser hung its target lower: "is ready to supply
			// helicopter support to a United Nations force"
			for _, prep := range [...]string{"to", "with", "against", "on"} {
				if at := w.strayPrep(m.comp, verbs.PrepArg{Prep: prep, Target: true}, 0); at >= 0 {
					targets = w.partsOf(nil, at, m.comp)
					break
				}
			}
		}
		if len(targets) == 0 && cp != nil && placeTargeted(cp.Code) {
			targets = w.placeTargets(m.comp, cm.obj, false) // "agreed to deploy troops in Mali"
		}
		if len(targets) == 0 {
			targets = w.letterAddressee(i) // "sent a letter to the WHO chief threatening to cut funding"
		}
		if len(targets) == 0 && w.d.Tokens[m.comp].Dep == doc.Ccomp && !thingSubj {
			targets = csubj
		}
		if len(targets) == 0 && len(cl.subj) >= 2 && (reciprocal(code) && p.Trigger != verbs.Adjective || cp != nil && reciprocal(cp.Code) &&
			(rootOf(code) < 10 || objectless(t, m.comp, cp.Code))) {
			// (being willing or ready together is each one's, not toward the
			// other, unless what they are ready for joins them: "ready to
			// talk")
			// (a refusal, a demand or a threat made together on a third thing
			// is no one's to the other: "China and Russia had refused to
			// endorse a statement"; one about what joins them is: "House and
			// Senate failed to reach agreement")
			targets = cl.subj // "China and India agreed to ...", "failed to reach agreement"
		}
		if len(targets) == 0 && cp != nil {
			// "threatened to kill hostages": whom the complement acts on,
			// named by no dictionary
			unnamed = w.unnamedTarget(compArg, cp)
			thing = compArg
		}
		if len(targets) == 0 && len(cl.subj) > 0 && !cx.silent && !thingPass {
			skip := int32(-1)
			if created {
				skip = t.child(m.comp, doc.Obj) // (what is built is no one)
			}
			if o := t.obj(m.comp); o >= 0 && movingVerbs[t.lemma(m.comp)] && sameCountry(w.partsOf(nil, o, m.comp), cl.subj) {
				skip = o // the troops one sends are one's own: "warned it would send Kenyan troops to recapture the port"
			}
			targets = w.nameFilter(w.deepTarget(m.comp, cl.subj, code, skip), unnamed) // "agreed to lift a ban on imports of Brazilian chicken"
			deep = len(targets) > 0
		}
		if len(targets) == 0 && created {
			if at := w.placeThing(m.comp); at >= 0 {
				targets = []part{{tok: at, mention: -1, phrase: w.phraseSpan(at)}}
			}
		}
		if len(targets) == 0 && len(cx.told) > 0 && code[:2] == "03" && committing[t.lemma(i)] && !sameActors(cx.told, cl.subj) {
			// a commitment told to someone is made to them: "told the
			// foreign minister that the United States will always be ready
			// to engage"
			targets = cx.told
		}
		if !coded && (len(targets) == 0 || contemplating[t.lemma(i)] || code[:2] == "03" && !committing[t.lemma(i)] || tradingVerbs[t.lemma(m.comp)]) {
			// "plans to go home": an intent with neither object nor
			// addressee is not an event; "considers the YPG to be the
			// PKK's Syrian arm": weighing what no code names is a judgement;
			// and only a commitment to an act no code names is one to
			// cooperate ("agreed to open its borders to Turkey"), not a
			// wish, a plan or an attempt ("wants to build a border guard",
			// "hopes to dislodge the PYD", "meant to harm civilians")
			return cl
		}
		switch code[:2] {
		case "03":
			cl.mod = max(cl.mod, doc.Intended)
		case "13":
			cl.mod = max(cl.mod, doc.Conditional)
		}
	case verbs.Say, verbs.Fact, verbs.Deny:
		cl.comp, cl.frame = m.comp, p.Frame
		cl.speaker = w.attribution(cl.subj, subjTok)
		targets = w.directTargets(i, passive) // the addressee: "told Lavrov that"
		if warnVerbs[t.lemma(i)] && p.Frame == verbs.Say && len(targets) > 0 {
			// a warning that one would do harm is a threat: "Mugabe has
			// warned the Dutch ambassador that his government would
			// deport him if he kept meddling"
			cp, cm, _, _ := w.matchComplement(m.comp, nil)
			if cp != nil && cp.Frame == verbs.Refine && rootOf(cp.Code) == 3 && cm.comp >= 0 && !negated(t, m.comp) {
				// a readiness to do harm is warned of as the harm: "warned
				// Uganda that Nairobi is ready to attack its bases"
				if ip, im, _, _ := w.matchComplement(cm.comp, nil); ip != nil && rootOf(ip.Code) >= 16 {
					markConsumed(t, cm)
					cp, cm = ip, im
				}
			}
			if cp != nil && rootOf(cp.Code) >= 16 && !negated(t, m.comp) {
				code, refineLine = w.c.lex.Refine("130", cp.Code)
				if rootOf(code) != 13 {
					code = "130"
				}
				markConsumed(t, cm)
				cl.code, cl.frame = code, verbs.Refine // the complement is the threat's, not an event of its own
				cl.mod = max(cl.mod, doc.Conditional)
				break
			}
		}
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
		if p.Frame == verbs.Say && len(targets) == 0 && subjTok >= 0 && criticNouns[t.lemma(subjTok)] && !cx.silent {
			// what critics say someone did, they accuse them of: "Mr
			// Orban's critics say he has used the pandemic as a
			// pretext to muzzle dissent" (the act is coded on its own)
			if s := t.child(m.comp, doc.Nsubj); s >= 0 {
				if tg := w.partsOf(nil, s, m.comp); len(tg) > 0 && len(cl.subj) > 0 && !sameActors(tg, cl.subj) {
					w.emit(i, &criticsSay, "112", 0, cl.subj, tg, cx.claim, cl.mod, cl.neg || cx.neg, 0.7)
				}
			}
		}
		if p.Frame == verbs.Say && (len(targets) == 0 || sayVerbs[t.lemma(i)] || allSector(targets, "MED")) {
			// a report without an addressee is not an event of its own, nor
			// is one told to the press: "told Reuters that ..."
			return cl
		}
	default:
		targets = w.targetsFor(i, p, m, passive)
		if w.ownPossessives(targets, cl.subj, p, m.obj) {
			targets = nil // "lifted its embargo on Uganda": "its" says whose embargo; whom it is on is looked for below
		}
		if len(targets) == 0 && strings.HasPrefix(code, "075") && m.obj >= 0 && m.obj != i {
			// asylum is given to whom one shelters, the object, not to
			// the state where they are: "welcoming 3 million refugees in Kenya"
			if ps := w.partsOf(nil, m.obj, i); len(ps) > 0 && !sameActors(ps, cl.subj) {
				targets = ps
			}
		}
		if len(targets) == 1 && m.obj >= 0 && t.mention[m.obj] >= 0 && targets[0].mention == t.mention[m.obj] && len(p.ObjLemmas) > 0 && targetPrep(p, "") && rootOf(code) != 8 {
			// the object a pattern names beside a target oblique is the
			// act's own means, not whom it is aimed at when the oblique
			// names no actor: "joined forces with the Zubra group" (but
			// prisoners handed over are who is released)
			targets = nil
		}
		if w.ownStateSupport(m.obj, targets, cl.subj) {
			targets = nil // "the US envoy promised Washington's support for Kyiv": whose support, not whom it is for
		}
		if w.topicTarget(i, m.obj, targets) {
			targets = nil // (so that conjoined subjects can be each other's partners)
		}
		if r := rootOf(code); (r == 11 || r == 12 || r == 16 || r == 17 || r == 18) && len(p.ObjLemmas) > 0 && m.obj >= 0 && m.obj != i &&
			len(cl.subj) > 0 && !passive && len(cl.subj[0].actor.Code) >= 3 && cameo.IsCountry(cl.subj[0].actor.Code[:3]) &&
			!movingVerbs[t.lemma(i)] {
			// an object the pattern names that is someone else's people is
			// whom the act is done to, before any oblique: "Algeria
			// summoned a senior French diplomat to its Foreign Ministry"
			// (not "withdrew US troops from Syria": what moves in a withdrawal
			// or a deployment is the source's own)
			if ps := w.partsOf(nil, m.obj, i); len(ps) > 0 && !sameActors(ps, cl.subj) && !sameCountry(ps, cl.subj) {
				targets = ps
			}
		}
		if len(targets) == 0 {
			arg := w.targetArgument(i, p, m, passive)
			for k, a := range p.Preps {
				if a.Target && k < m.nprep && m.preps[k] == arg {
					tprep = arg // the pattern's target oblique, naming no actor itself
				}
			}
			if t.lemma(i) != "discuss" || arg != m.obj {
				targets = w.ownedBy(arg) // (what is discussed is a topic: "discussed Somalia's security")
			}
			if len(targets) == 0 && p.ObjLemmas != nil && m.obj >= 0 && m.obj != i && m.obj != arg && !w.gatheringKind(m.obj) {
				// the object is the act, and its nationality says whose:
				// "rejected a Serbian proposal for a new round of talks"
				if targets = w.ownedBy(m.obj); w.ownStateSupport(m.obj, targets, cl.subj) || penaltyNouns[t.lemma(m.obj)] && sameCountry(targets, cl.subj) {
					// (a penalty's own nationality names who imposes it:
					// "announced the Kenyan sanctions", by Kenya's president)
					targets = nil
				}
			}
			if len(targets) == 0 {
				unnamed = w.unnamedTarget(arg, p)
				thing = arg
				if thing < 0 && p.ObjLemmas != nil && m.obj >= 0 && m.obj != i {
					thing = w.actObjectOf(m.obj, code)
					actObj = thing
					if thing < 0 && demandNouns[t.lemma(m.obj)] {
						thing = m.obj // "dismissed a petition filed by ...": aimed at its maker
					}
				}
			}
		}
		if len(targets) == 0 && len(cl.subj) >= 2 && reciprocal(code) && objectless(t, i, code) {
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
	if custodyCode(code) && passive && len(cl.subj) == 0 && (len(targets) > 0 || unnamed >= 0 && w.d.Tokens[unnamed].UPOS == doc.PROPN) {
		// "was arrested in Niger": a state's coercion with no agent named is
		// the act of the authorities where it happened (also of a person no
		// dictionary names: "Moussa Tchangari was arrested in Niger"), and
		// so are torture and release from its prisons: "was tortured in a
		// prison in Uganda", "were freed from captivity in Somalia"
		if src := w.placeTargets(i, -1, true); len(src) > 0 &&
			!w.ownedOnPath(src[0].tok, i) {
			// (not a place inside what another actor owns: "detained
			// during the militia's rule in Chad")
			cl.subj = src
			inherited = true
		}
	}
	if l := t.lemma(i); passive && len(cl.subj) == 0 && len(targets) > 0 && (strings.HasPrefix(code, "166") || strings.HasPrefix(code, "174")) &&
		(l == "expel" || l == "deport" || l == "banish") {
		// "three monitors have been expelled from Belarus": who is
		// expelled from a state with no agent named is expelled by it
		for _, c := range t.children(i) {
			if w.d.Tokens[c].Dep.Universal() != doc.Obl || t.caseOf(c) != "from" {
				continue
			}
			src := w.partsOf(nil, c, i)
			if len(src) != 1 || src[0].mention < 0 || w.d.Mentions[src[0].mention].Kind != doc.Country {
				break // a state by name, not a town ("ousted from Manbij")
			}
			if sameActors(src, targets) {
				// (the pattern took the state for the target: the one
				// expelled is the passive's subject)
				sp := t.child(i, doc.NsubjPass)
				if targets = w.partsOf(nil, sp, i); len(targets) == 0 && sp >= 0 {
					targets = w.deepTarget(sp, src, code, -1) // "monitors for the United Nations body"
				}
			}
			if len(targets) > 0 && !sameActors(src, targets) {
				cl.subj = src
				inherited = true
			}
			break
		}
	}
	if p.Trigger == verbs.Adjective && rootOf(code) == 11 && !targetPrep(p, "") {
		// "the ministry said Houthi fighters were responsible": a
		// blaming adjective accuses its subject, and the accuser is who
		// says so; unreported, it accuses no one
		if len(cx.sayer) == 0 || len(cl.subj) == 0 || w.dutyOf(i) {
			return cl
		}
		w.emit(i, p, code, refineLine, cx.sayer, cl.subj, cx.claim, cl.mod, cl.neg || cx.neg, 0.7)
		return cl
	}
	if p.Frame == verbs.NoFrame && cl.neg && !cx.neg && (future(t, i) || w.withheldPermission(i, m.obj, code)) && !(m.obj >= 0 && speechNouns[t.lemma(m.obj)]) {
		// what an actor says it will not do is a refusal ("will not lift the
		// ban"); emit makes what it will do an intent or a threat (but
		// "would give no more details" declines comment)
		if r := rootOf(code); r >= 3 && r <= 9 {
			refused = refusal{code: code, at: i, p: p, m: m}
			code, refineLine = w.c.lex.Refine("120", code)
			cl.neg, cl.mod = false, cx.mod // (as sure as its context: "worried that they would not talk")
		}
	}
	if r := rootOf(code); len(targets) == 0 && (r == 12 || r == 13 || r == 16 && p.Lemma == "retaliate") {
		// a refusal or a threat that holds until, unless or if someone
		// acts is aimed at them: "will not end the strike until the
		// ministry provides adequate funding", "until their grievances
		// are addressed by the Kenyan authorities"
		targets = w.conditionTargets(i, cl.comp)
	}
	if len(targets) == 0 && len(cl.subj) >= 2 && (reciprocal(code) && objectless(t, i, code) ||
		(t.lemma(i) == "trade" || t.lemma(i) == "exchange") && p.ObjLemmas != nil) {
		// each conjoined subject to the others, when the verb has no object:
		// "India and China clashed", not "... accusing it of supporting
		// terrorism"; or when what they do is traded: "Venezuela and Guyana
		// traded accusations"
		targets = cl.subj
	}
	conf := float32(0.9)
	if inherited {
		conf -= 0.1
	}
	if len(targets) == 0 && rootOf(code) == 15 {
		// force readied for an act against someone: "mobilized troops for
		// an assault against X"
		if at := w.strayPrep(i, verbs.PrepArg{Prep: "against", Target: true}, 0); at >= 0 {
			targets = w.partsOf(nil, at, i)
		}
	}
	if len(targets) == 0 && rootOf(code) == 14 {
		// what a protest is against, before the place where it is held:
		// "held a protest at Dhaka University against the ongoing
		// blockade of the occupied enclave"
		if at := w.againstPhrase(i, m.obj); at >= 0 {
			if targets = w.partsOf(nil, at, i); len(targets) == 0 {
				targets = []part{{tok: at, mention: -1, phrase: w.thingSpan(at)}}
			}
		}
	}
	repel := repelVerbs[p.Lemma] // what a repelled attack was on is no target, nor its place
	if m.obj >= 0 && repel && p.ObjLemmas != nil {
		// an attack repelled is fought with its maker, not with what it
		// was on: "repelled an Isis attack on Kobani", "an attack by Boko
		// Haram"
		maker := w.makerOf(nil, m.obj)
		for _, c := range t.children(m.obj) {
			if c < m.obj && (t.d.Tokens[c].Dep == doc.Compound || t.d.Tokens[c].Dep.Universal() == doc.Amod) {
				if maker = w.partsOf(maker, c, m.obj); len(maker) == 0 {
					maker = w.ownerAt(maker, c)
				}
			}
		}
		if len(maker) > 0 && !sameActors(maker, cl.subj) {
			targets = maker
		} else if len(targets) > 0 {
			targets = nil // (what it was on is no one fought)
		}
	}
	if len(targets) == 0 && strings.HasPrefix(code, "087") && subjTok >= 0 {
		// a truce or a retreat is one with the foe its maker is said to fight:
		// "the coalition fighting the rebels has declared a ceasefire"
		targets = w.foughtBy(subjTok)
	}
	if len(targets) == 0 && placeTargeted(code) && !repel {
		// "declared a ceasefire in South Sudan", "killed 48 people in
		// Afghanistan": with no one named, the place where force or relief
		// lands is the target
		if targets = w.placeTargets(i, m.obj, false); len(targets) > 0 {
			conf -= 0.2
		}
	}
	if rootOf(code) == 19 && (p.Lemma == "fight" || p.Lemma == "battle") && targetPrep(p, "with") && w.privatePeople(cl.subj) {
		return cl // "British women fighting with the Kurdish YPJ", "Britons who fought with Isis": volunteers fight alongside
	}
	if code == "042" && journeyVerbs[p.Lemma] && w.privateTravellers(cl.subj) {
		// "a Frenchman who set off for Iraq", "migrants went to Germany": a
		// journey, no visit; nor is one by someone whose office no
		// dictionary knows ("Otieno travelled to Syria")
		return cl
	}
	if code == "042" && p.Lemma == "arrive" {
		if len(targets) == 0 {
			targets = w.placeTargets(i, m.obj, true) // "arrived in Beijing": China
		}
		if tc, sc := targets, cl.subj; len(tc) > 0 && len(sc) > 0 && len(tc[0].actor.Code) >= 3 && len(sc[0].actor.Code) >= 3 &&
			cameo.IsCountry(tc[0].actor.Code[:3]) && tc[0].actor.Code[:3] == sc[0].actor.Code[:3] {
			return cl // arriving in one's own country is no visit ("Iraqi officials arrived in Erbil")
		}
	}
	if (len(targets) == 0 || sameActors(targets, cl.subj)) && m.obj >= 0 && embassyNouns[t.lemma(m.obj)] && (rootOf(code) == 5 || rootOf(code) == 16) {
		// an embassy opened or closed in a capital is one to its state:
		// "Oman reopened its embassy in Sanaa"
		if ps := w.placeTargets(i, m.obj, true); len(ps) > 0 {
			targets = ps // (not "its" embassy: one's own)
		}
	}
	if r := rootOf(code); len(targets) == 0 && (r == 2 || r == 10) {
		// an appeal or a demand for what should happen in a place is made
		// to those who hold it: "called for an immediate ceasefire in
		// Sudan" (the place under what is asked for, not where one asks)
		if at := w.strayPrep(i, verbs.PrepArg{Prep: "in", Target: true}, 0); at >= 0 {
			targets = w.partsOf(nil, at, i)
			conf -= 0.2
		}
	}
	if len(targets) == 0 && rootOf(code) == 14 {
		targets = w.protestTarget(i, m.obj) // "held a protest demanding that authorities free ..."
	}
	if len(targets) == 0 && rootOf(code) == 7 {
		targets = w.purposeTarget(i, 0) // "donated ventilators to assist Ethiopia"
	}
	if len(targets) == 0 && rootOf(code) == 7 {
		// aid reaches whom its noun phrase names, however deep the parser
		// hung it: "$2.3 billion in emergency assistance to refugees",
		// "food aid to 200,000 people in Chad"
		for _, prep := range [...]string{"to", "for", "in"} {
			if at := w.strayPrep(i, verbs.PrepArg{Prep: prep, Target: true}, 0); at >= 0 {
				targets = w.partsOf(nil, at, i)
				conf -= 0.2
				break
			}
		}
	}
	if len(targets) == 0 && passive && t.child(i, doc.NsubjPass) < 0 && w.d.Tokens[i].Dep == doc.Conj {
		// a passive conjoined to a clause shares its subject, who
		// undergoes it: "The SDF is not a banned group and is
		// backed in its war on Isis by the French military"
		shared := cx.subj
		if h := t.head(i); len(shared) == 0 && h >= 0 {
			shared = w.partsOf(nil, t.child(h, doc.Nsubj), h) // (of a predicate noun, whose subject the context lacks)
		}
		if len(shared) > 0 && !sameActors(shared, cl.subj) {
			targets = shared
		}
	}
	if r := rootOf(code); len(targets) == 0 && (r == 2 || r == 10) && p.Obj && p.ObjLemmas == nil && m.obj >= 0 && m.obj != i &&
		addressingVerbs[t.lemma(i)] && w.unnamedAddressee(m.obj, i) {
		// whom one asks or demands of is the object, named by no
		// dictionary: "asked a special committee to postpone the freeing of
		// the prisoners" asks the committee, not the prisoners
		targets = []part{{tok: m.obj, mention: -1, phrase: w.phraseSpan(m.obj)}}
	}
	if len(targets) == 0 && len(cl.subj) > 0 && !(rootOf(code) == 4 && unnamedPeople(t, i, m.obj)) {
		// no argument the pattern names gave a target: the nearest actor
		// in the predicate's own phrases, however deep the parser hung it
		// (not when whom one met is named, by no dictionary: "sources
		// whom they have met in Somalia" are no Somalia)
		// ("returned scores of relics to the Embassy of Honduras")
		skip := int32(-1)
		if p.ObjLemmas != nil && len(p.ObjLemmas) == 0 {
			skip = m.obj // obj=*: what is given, not who gets it
		}
		from := i
		if actObj >= 0 && rootOf(code) == 9 {
			// what an investigation is into is what it is aimed at: an
			// actor named in that phrase, not one elsewhere in the clause
			// ("an inquiry into the killing last year at the Dutch
			// embassy", with the embassy hung on "year")
			from = actObj
		} else if tprep >= 0 {
			// so is the pattern's target oblique: "returned a painting
			// stolen from a gallery to the Hart Foundation", not the gallery
			from = tprep
		}
		if from != i {
			// the phrase's own modifiers first: "a strike on Syrian
			// military facilities"
			for _, c := range t.children(from) {
				if u := w.d.Tokens[c].Dep.Universal(); c < from && (u == doc.Amod || u == doc.Compound) {
					for _, q := range w.partsOf(nil, c, from) {
						if !sameMention(targets, q) && !sameActors([]part{q}, cl.subj) {
							targets = append(targets, q)
						}
					}
				}
			}
		}
		if len(targets) == 0 {
			targets = w.nameFilter(w.deepTarget(from, cl.subj, code, skip), unnamed)
		}
		deep = len(targets) > 0
	}
	if deep {
		conf -= 0.2 // a target no argument of the pattern named
	}
	if rootOf(code) == 4 && len(targets) > 0 && allSector(targets, "MED") {
		code = "010" // "spoke to the Guardian": a statement to the press, not a consultation
	}
	if rootOf(code) == 4 && len(cl.subj) > 0 && allSector(cl.subj, "MED") && pressVerbs[t.lemma(i)] {
		return cl // "market analysts contacted by the agency": news gathering, no consultation
	}
	if len(targets) > 0 && (rootOf(code) == 1 && allSector(targets, "MED") || deep && allOwnSector(targets, "MED")) {
		// "officials told Reuters", "speaking to the Guardian": the press
		// is the statement's channel, not the actor it is about; so is an
		// outlet no argument names, found deeper in the clause ("in an
		// article in the Miami Herald, Baker criticised the plan")
		targets = nil
	}
	if len(targets) == 0 && unnamed >= 0 && placeTargeted(code) && !repel {
		// a town the act lands on stands for its state: "fired missiles at
		// Riyadh" (SAU)
		targets = w.placeCountry(nil, unnamed)
	}
	if len(targets) == 0 && m.obj >= 0 && rootOf(code) >= 18 && !repel {
		// so does a place named in what is attacked: "raided the Jenin
		// refugee camp" (PSE)
		for _, c := range t.children(m.obj) {
			if c < m.obj && w.d.Tokens[c].Dep == doc.Compound {
				if targets = w.placeCountry(nil, c); len(targets) > 0 {
					break
				}
			}
		}
	}
	if len(targets) == 0 && unnamed >= 0 {
		sp := w.phraseSpan(unnamed)
		if u := w.d.Tokens[unnamed].UPOS; (u != doc.NOUN || quantityNouns[t.lemma(unnamed)]) && w.peopleOf(unnamed) {
			sp.End = w.phraseSpan(w.ofNoun(unnamed)).End // "one of the suspects"
		}
		targets = []part{{tok: unnamed, mention: -1, phrase: sp}}
	}
	if len(targets) == 0 && (rootOf(code) >= 14 || strings.HasPrefix(code, "087") || code == "074") && len(cl.subj) > 0 && !repel {
		// last, the state where a protest or force lands, by a place no
		// dictionary codes as an actor: "struck a bus in Kabul" (AFG); not
		// where one agreed or gave ("agreed in Paris to call a halt")
		if targets = w.placeTargets(i, m.obj, true); len(targets) > 0 {
			conf -= 0.2
		}
	}
	aim := refusal{code: code, at: i, p: p, m: m}
	if rootOf(code) == 12 && refused.p != nil {
		aim = refused // a refusal is aimed where the act refused would be: "will not end its war on the rebels"
	}
	if r := rootOf(aim.code); (len(targets) == 0 || sameActors(targets, cl.subj)) && len(cl.subj) > 0 && (r == 14 || r == 15 || strings.HasPrefix(aim.code, "087")) {
		// a protest or a force posture with no actor to aim at is aimed
		// at a place or a thing: "boycotted the vote", "remained on alert
		// in the south region", "mobilised its soldiers to the region"
		if at := w.aimPhrase(aim.at, aim.p, aim.m.obj, aim.m.preps[:aim.m.nprep]); at >= 0 {
			if targets = w.partsOf(nil, at, i); len(targets) == 0 {
				targets = w.placeCountry(nil, at)
			}
			if len(targets) == 0 {
				targets = []part{{tok: at, mention: -1, phrase: w.phraseSpan(at)}}
			}
			conf -= 0.1
		}
	}
	if len(targets) > 0 && (w.idlePronouns(targets, cl.subj) || w.allSelf(targets, cl.subj)) && (p.Frame == verbs.NoFrame || p.Frame == verbs.Refine) {
		// a pronoun that resolves to no actor or to the source ("returned
		// a Bible to its owners"), or the source itself, which emit would
		// drop ("released two followers of Riek Machar", the Machar the
		// dictionary codes as the government), is no target; what the act
		// is done to may be, else they stay
		idle, targets = targets, nil
		if thing < 0 && p.Frame == verbs.NoFrame {
			thing = w.targetArgument(i, p, m, passive)
		}
		if len(cl.subj) >= 2 && reciprocal(code) && objectless(t, i, code) {
			// conjoined subjects whose only target is their own body do it
			// to each other: "Putin and Medvedev attended a cabinet
			// meeting"
			targets, thing = cl.subj, -1
		}
	}
	if r := rootOf(code); len(targets) == 0 && len(cx.told) > 0 && r == 3 && !sameActors(cx.told, cl.subj) {
		// an intent to cooperate told to someone is offered to them: "told
		// the foreign minister that the United States will always be
		// ready to engage"
		targets = cx.told
	}
	if r := rootOf(code); len(targets) == 0 && len(cx.addressee) > 0 && r > 1 && r != 4 && !sameActors(cx.addressee, cl.subj) {
		// the purpose of a call or a visit is aimed at whom it reaches:
		// "called Erdogan on Friday to express his support" (051 to Erdogan);
		// not a consultation, which the call or meeting already is
		targets = cx.addressee
	}
	if r := rootOf(code); len(targets) == 0 && (r == 7 || r == 8) && p.Frame == verbs.NoFrame {
		// what is given or returned goes to whom the to-phrase names, named
		// by no dictionary: "returned a portrait ... to its owner"
		for _, c := range t.children(i) {
			if w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "to" && w.thingTarget(c) {
				thing = c
				break
			}
		}
	}
	if len(targets) == 0 && thing < 0 && len(cl.subj) > 0 {
		// no argument of the pattern names what the act is aimed at: an
		// oblique of the verb, or of its complement, may ("agreed to open
		// its borders to Austrian farm goods", "is willing to
		// withdraw its troops from a ten kilometer strip")
		v := i
		if p.Frame == verbs.Refine && cl.comp >= 0 {
			v = cl.comp
		}
		if p.ObjLemmas != nil || v != i {
			thing = w.obliqueThing(v)
		}
		if thing < 0 && p.ObjLemmas != nil && v == i && m.obj >= 0 && m.obj != i {
			thing = w.obliqueThing(m.obj) // the act noun's: "imposed a curfew in parts of the southeast"
		}
	}
	if r := rootOf(code); len(targets) == 0 && len(cl.subj) == 1 && subjTok >= 0 && !passive && r >= 3 && r <= 6 && reciprocal(code) {
		// done together with a partner no dictionary names, which is the
		// other's target: "Qatar and its coalition partners agreed to hold
		// a joint naval exercise"
		// (or a second subject the parser hung on the verb: "Kuwait and
		// its allies agreed" with two nsubj, as splitSubject reads it)
		for _, h := range [2]int32{subjTok, i} {
			for _, c := range t.children(h) {
				second := h == i && c > subjTok && w.d.Tokens[c].Dep == doc.Nsubj && t.child(c, doc.Cc) >= 0
				if (h == subjTok && w.d.Tokens[c].Dep.Universal() == doc.Conj || second) && w.thingTarget(c) && len(w.partsOf(nil, c, i)) == 0 {
					thing = c
					break
				}
			}
			if thing >= 0 {
				break
			}
		}
	}
	if r := rootOf(code); len(targets) == 0 && thing >= 0 && demandNouns[t.lemma(thing)] && (r == 5 || r == 8 || r == 11 || r == 12) {
		// yielding to, rejecting or judging a demand is aimed at who made
		// it: "conceded to demands from the Harbor Merchants Guild"
		if targets = w.makerOf(nil, thing); len(targets) == 0 {
			for _, c := range t.children(thing) {
				if dep := w.d.Tokens[c].Dep; (dep == doc.NmodPoss || dep.Universal() == doc.Nmod && (t.caseOf(c) == "by" || t.caseOf(c) == "from")) && w.thingTarget(c) {
					thing = c
					break
				}
				if by := w.agentOf(c); by >= 0 {
					// "an appeal lodged by the regional land office",
					// "the complaint lodged by candidate Francis Villanueva"
					if targets = w.partsOf(nil, by, c); len(targets) == 0 {
						thing = by
					}
					break
				}
			}
		}
	}
	talksHalted := code == "164" || code == "165" // (halted negotiations or mediation)
	if l := t.lemma(i); talksHalted && len(targets) == 0 && thing < 0 && m.obj >= 0 && m.obj != i &&
		l != "end" && l != "conclude" && l != "finish" && l != "close" {
		// "suspended the talks in Geneva": the talks halted, with whomever
		// (not "closed the talks after passing three resolutions", talks concluded)
		thing = m.obj
	}
	threatenedForce := strings.HasPrefix(code, "138") && rootOf(p.Code) == 13 && p.Frame == verbs.Refine && cl.comp >= 0
	if threatenedForce && len(targets) == 0 {
		// force threatened against a thing no dictionary names is aimed at
		// it, as the force itself would be ("threatened to shell the
		// bridge", as "shelled the bridge")
		if o := t.obj(cl.comp); o >= 0 {
			thing = o
		}
	}
	if t.lemma(i) == "meet" && rootOf(code) == 4 && m.obj >= 0 && m.obj != i && obligationNouns[t.lemma(m.obj)] {
		return cl // "to meet its debts", "met the deadline": an obligation met, no meeting
	}
	if l := t.lemma(i); len(targets) == 0 && rootOf(code) == 19 && (l == "fight" || l == "battle" || l == "wage") && m.obj >= 0 && causeNouns[t.lemma(m.obj)] {
		// "fought a lengthy campaign for a new law", "fought the battle
		// against the subsidy": a cause pursued, against no one named
		return cl
	}
	if len(targets) == 0 && rootOf(code) == 9 && studyVerbs[t.lemma(i)] && !(m.obj >= 0 && wrongdoingNouns[t.lemma(m.obj)]) {
		// "reviewing its refinery operations", "will review the state of
		// trade relations": studying a thing is no investigation; one of
		// someone still is ("examining the firm's accounts")
		return cl
	}
	if len(targets) == 0 && len(cl.subj) > 0 && rootOf(code) > 1 && (!needsTarget(code) || thingJudged(code, t.lemma(i)) || w.namedRecipient(code, thing) || threatenedForce || talksHalted) &&
		w.thingTarget(thing) && !w.holdsSource(thing, cl.subj) {
		// last, what the act is done to when it names no actor (talks or
		// mediation halted are the act's own object, with whomever): "rejected
		// the vote", "seized the Greek Aegean Star freighter", "launched an
		// investigation into the financial dealings of ...". The event keeps
		// it as its target's text, with no actor code.
		targets = []part{{tok: thing, mention: -1, phrase: w.thingSpan(thing)}}
		conf -= 0.2
	}
	if len(targets) == 0 {
		targets = idle
	}
	if rootOf(code) == 11 && t.lemma(i) == "protest" && len(cl.subj) > 0 && crowdAll(cl.subj) {
		code = "141" // "thousands of people in Kenya have protested the killing": a demonstration
	}
	if rootOf(code) == 15 && w.peacekeeping(i) {
		// "sent 150 soldiers in Lebanon to act as a peacekeeping force", "the
		// dispatch of 150 soldiers to Mali on a peacekeeping mission":
		// the code book's military protection or peacekeeping, not a build-up
		code = "074"
	}
	if r := rootOf(code); (r == 3 || r == 7) && len(targets) > 0 && missionsOnly(targets) {
		// troops or help for a mission serve the state it is in: "sending
		// soldiers to the UN peacekeeping force in Lebanon" (LBN), "ready
		// to contribute soldiers to the EU-led force in Bosnia"
		if served := w.servedState(targets); len(served) > 0 {
			targets = served
		}
	}
	if rootOf(code) == 14 && len(cl.subj) > 0 && businessAll(cl.subj) {
		// "Acme Steel Inc staged a sharp rally on the exchange": a
		// company's rally is its shares', its strike a lockout no code names
		return cl
	}
	if rootOf(code) == 19 && t.lemma(i) == "strike" && len(cl.subj) > 0 && laborAll(cl.subj) {
		code = "143" // "800 members of the Food Workers Union struck John Morrell's plant": a labour strike
	}
	if (code == "174" || code == "166") && len(targets) > 0 {
		// the code book names whom an expulsion sends away: aid agencies
		// (1663), peacekeepers (1661); "Sudan expelled humanitarian aid
		// workers" is no deportation of individuals
		switch {
		case allSector(targets, "NGO"):
			code = "1663"
		case allSector(targets, "PKO"):
			code = "1661"
		}
	}
	if l := t.lemma(i); rootOf(code) == 8 && (l == "return" || l == "bring") && m.obj >= 0 && troopNouns[t.lemma(m.obj)] &&
		t.hasChildLemma(i, doc.Advmod, "home") && ownForces(targets, cl.subj) {
		// "started returning its troops home", "returns the soldiers home
		// from Somalia": one's own forces withdrawn, not a release (084)
		// of them; aimed at where they leave, if it is named
		code, targets = "087", nil
		for _, c := range t.children(i) {
			if w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "from" {
				targets = w.partsOf(nil, c, i)
				break
			}
		}
	}
	if code == "173" && m.obj >= 0 && (t.lemma(i) == "capture" || t.lemma(i) == "seize") && w.townTaken(m.obj) {
		code = "192" // "the rebels first seized Goma": a town taken, not people
	}
	if code == "115" && p.Lemma == "charge" && len(targets) > 0 && w.statesByName(targets) && !allSector(cl.subj, "JUD") {
		// a state is charged in words, not in court: "Nairobi charged
		// Kampala and the EAC with unfair practices" accuses them (112)
		code = "112"
	}
	if code == "145" && len(cl.subj) > 0 && armedAll(cl.subj) {
		code = "190" // "Indian troops clashed with Chinese soldiers": a fight, not a riot
	}
	if code == "110" && t.lemma(i) == "blast" && len(cl.subj) > 0 && armedAll(cl.subj) &&
		m.obj >= 0 && t.mention[m.obj] < 0 && !w.textObject(m.obj) && !figurativeNouns[t.lemma(m.obj)] && !actor.PeopleNoun(t.lemma(m.obj)) {
		// "warships blasted the oil platform": fire on a thing, not words
		// (but "the army blasted the report", or the government)
		code = "190"
	}
	claim := cx.claim
	if ac := w.accordingTo(i); ac >= 0 && claim.Voice == doc.ArticleVoice {
		// "According to Syrian state media, Israeli jets struck targets":
		// the outlet's account, not the article's
		claim = w.attribution(w.partsOf(nil, ac, i), ac)
	}
	if r := rootOf(code); r >= 14 && r != 17 && len(targets) > 0 {
		// "stationed in the area, along with 10,000 SDF fighters" (but who
		// is arrested along with someone is arrested too: directTargets)
		targets = w.dropPartners(i, targets)
	}
	if len(targets) > 0 {
		targets = w.dropChannels(targets) // "paid tribute to the victims on Facebook": where it was said, not to whom
	}
	if (code == "087" || code == "0873" || code == "0356" || code == "084" && w.stateParts(cl.subj)) &&
		len(targets) > 0 && len(cl.subj) > 0 && ownForces(targets, cl.subj) {
		// the troops one withdraws are one's own, not whom the withdrawal
		// is aimed at: "decided to pull out the 1,500 French troops"; and
		// a state's own troops returned or brought home are withdrawn, not
		// released ("we have started returning our troops home")
		if code == "084" {
			code, cl.code = "087", "087"
		}
		targets = w.placeTargets(i, m.obj, true)
	}
	if strings.HasPrefix(code, "161") && len(targets) > 0 && len(cl.subj) == 1 && ownEnvoys(targets, cl.subj) {
		// the diplomats a state withdraws are its own: the relations cut
		// are with where they served ("withdrew four diplomats from its
		// embassy in Tehran")
		targets = w.fromPlace(i, m.obj)
	}
	if r := rootOf(code); (r == 3 || r == 6 || r == 7) && len(targets) > 0 && len(cl.subj) == 1 && ownNamedForces(targets, cl.subj) {
		// the forces a state offers or sends are its own: whom they are to
		// help is the target ("offered troops to help Somalia"), else no one
		// named ("offered warships to escort tankers")
		targets = w.purposeTarget(i, 0)
	}
	if w.topicTarget(i, m.obj, targets) {
		targets = nil // whichever way the topic came back
	}
	if p.Lemma == "demonstrate" && rootOf(code) == 14 && len(cl.subj) == 1 && cl.subj[0].mention >= 0 &&
		w.d.Mentions[cl.subj[0].mention].Kind == doc.Person {
		return cl // one person "demonstrates" what he shows ("as Macron demonstrates every week"); crowds demonstrate in protest
	}
	if rootOf(code) == 19 && targetPrep(p, "with") {
		if a := w.allyAgainst(i); a >= 0 {
			// "fighters who fought with the Americans against Islamic State":
			// whom one fights with is an ally when an against-phrase
			// names the foe
			targets = w.partsOf(nil, a, i)
		}
	}
	if rootOf(code) == 15 && len(targets) > 0 && m.obj >= 0 && w.unownedForces(targets, m.obj) {
		// troops one deploys or puts on alert, named by no country of
		// their own, are one's own, whatever country the text named last:
		// "Armenia ... placed troops in the area on high alert"
		targets = w.placeTargets(i, m.obj, true)
	}
	if rootOf(code) >= 18 && len(targets) > 0 {
		// force is not used on those it supports: "carried out strikes
		// in support of Ugandan infantry"
		kept := targets[:0]
		for _, tg := range targets {
			if !w.supported(tg.tok, i) {
				kept = append(kept, tg)
			}
		}
		targets = kept
	}
	w.emit(i, p, code, refineLine, cl.subj, targets, claim, cl.mod, cl.neg || cx.neg, conf)
	if rootOf(code) == 19 && len(cl.subj) > 0 {
		// those one fights alongside are allies: "British volunteers
		// fought alongside Kurdish forces" is also military cooperation
		if allies := w.alongside(i); len(allies) > 0 && !sameActors(allies, cl.subj) {
			w.emit(i, &foughtAlongside, "062", 0, cl.subj, allies, claim, cl.mod, cl.neg || cx.neg, conf-0.1)
		}
	}
	if code == "150" && len(cl.subj) >= 2 && m.obj >= 0 && t.is(m.obj, exerciseNouns) && len(targets) > 0 && !sameActors(targets, cl.subj) {
		// exercises held together near or against a third party are also
		// military cooperation between those who hold them: "The US and
		// South Korea launched joint drills near North Korea"
		w.emit(i, &jointExercise, "062", 0, cl.subj, cl.subj, claim, cl.mod, cl.neg || cx.neg, conf-0.1)
	}
	return cl
}

// conjoinedComplements codes the frame at i once more for each infinitive
// conjoined to its complement that codes another act, or the same act
// aimed at others: "agreed to withdraw its troops and release the
// prisoners" is an intent to release them too, not only one to
// de-escalate. The conjunct's own visit stays silent.
func (w *work) conjoinedComplements(i int32, cx ctx, cl clause) {
	t := w.t
	for _, c := range t.children(cl.comp) {
		if w.d.Tokens[c].Dep != doc.Conj || w.d.Tokens[c].XPOS != xposVB || t.child(c, doc.Nsubj) >= 0 || t.child(c, doc.NsubjPass) >= 0 || t.child(c, doc.Aux) >= 0 {
			continue // (a verb with an auxiliary of its own is a clause of its own: "asked X to delay it, and would ask Y today")
		}
		if cp, _, ctargets, _ := w.matchComplement(c, cl.controller); cp == nil || cp.Code == cl.compCode && sameActors(ctargets, cl.compTargets) || len(ctargets) == 0 || sameActors(ctargets, cl.subj) {
			continue // (nor one aimed at no one it names: "to comply with the rules and to cooperate fully")
		}
		w.conjComp = c
		w.clause(i, cx)
		w.conjComp = 0
	}
}

// newsNouns are what the press carries; carryVerbs say that it did.
var (
	newsNouns  = map[string]bool{"report": true, "reports": true, "article": true, "articles": true, "story": true, "stories": true, "claim": true, "claims": true, "allegation": true, "allegations": true}
	carryVerbs = map[string]bool{"appear": true, "publish": true, "carry": true, "air": true, "print": true, "run": true, "broadcast": true}
)

// alongside is whom verb i is done alongside: its "alongside" phrase, or
// the object after an "alongside" the parse made an adverb ("fought
// alongside Kurdish forces" read as fighting them).
func (w *work) alongside(i int32) []part {
	t := w.t
	for _, c := range t.children(i) {
		switch {
		case w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "alongside":
			return w.partsOf(nil, c, i)
		case w.d.Tokens[c].Dep == doc.Obj:
			if lo, _ := w.subtreeRange(c); lo > 0 && t.lemma(lo-1) == "alongside" && t.head(lo-1) == i {
				return w.partsOf(nil, c, i)
			}
		}
	}
	return nil
}

// foughtAlongside is the pattern of the rule that codes fighting
// alongside someone as military cooperation (clause).
var foughtAlongside = verbs.Pattern{Code: "062", Trigger: verbs.Verb, Lemma: "fight", File: "coder/clause.go", Line: 1,
	Text: "fight|attack|... alongside:T", Ref: "coder: fought alongside (062)"}

// exerciseNouns are military exercises; jointExercise is the pattern of
// the rule that codes those held together as cooperation (clause).
var (
	exerciseNouns = []string{"exercise", "exercises", "drill", "drills", "game", "games", "war-games", "maneuvers", "manoeuvres"}
	jointExercise = verbs.Pattern{Code: "062", Trigger: verbs.Verb, Lemma: "hold", Obj: true, File: "coder/clause.go", Line: 1,
		Text: "X and Y hold|launch|stage obj=exercise|drill near:T", Ref: "coder: exercises held together (062)"}
)

// allSector: every part's actor code has the sector segment sec
// ("MED": every part is a news medium).
func allSector(ps []part, sec string) bool {
	for _, p := range ps {
		c, found := p.actor.Code, false
		for k := 0; k+3 <= len(c); k += 3 {
			found = found || c[k:k+3] == sec
		}
		if !found {
			return false
		}
	}
	return true
}

// allOwnSector: every part is of sector sec alone, a country's or of no
// country ("MED", "USAMED"; "BUS", "JPNBUS"), not a body's ("GOVMED"), an
// IGO's ("IGOBUSIMF") nor a state's ("CANGOVBUS").
func allOwnSector(ps []part, sec string) bool {
	for _, p := range ps {
		if c := p.actor.Code; !(c == sec || len(c) == 6 && c[3:] == sec && cameo.IsCountry(c[:3])) {
			return false
		}
	}
	return len(ps) > 0
}

// afterCountry is an actor code without its country: the sectors.
func afterCountry(c string) string {
	if len(c) >= 3 && cameo.IsCountry(c[:3]) {
		return c[3:]
	}
	return c
}

// crowdIn is the people of the state where a crowd no one names protests:
// "Thousands protested in Paris" (FRACVL), or nil.
func (w *work) crowdIn(c, i int32) []part {
	t, d := w.t, w.d
	for o := w.ofNoun(c); o >= 0 && crowdNouns[t.lemma(c)] && crowdNouns[t.lemma(o)]; o = w.ofNoun(c) {
		c = o // "tens of thousands"
	}
	if !crowdNouns[t.lemma(c)] || w.ofNoun(c) >= 0 || !crowdVerbs[t.lemma(i)] {
		return nil
	}
	for _, o := range t.children(i) {
		if d.Tokens[o].Dep.Universal() != doc.Obl || t.caseOf(o) != "in" || t.mention[o] < 0 {
			continue
		}
		m := &d.Mentions[t.mention[o]]
		country := ""
		switch {
		case m.Geo != nil && cameo.IsCountry(m.Geo.Country):
			country = m.Geo.Country
		case m.Actor.Known() && len(m.Actor.Code) == 3 && cameo.IsCountry(m.Actor.Code):
			country = m.Actor.Code
		}
		if country == "" {
			return nil
		}
		return []part{{tok: c, mention: -1, actor: doc.Actor{Code: country + "CVL", Name: d.TokenText(int(c)),
			Entry: "crowd in " + d.Text(m.Span)}}}
	}
	return nil
}

// crowdNouns count a crowd; crowdVerbs are what crowds do in the street.
var (
	crowdNouns = map[string]bool{"thousand": true, "thousands": true, "hundred": true, "hundreds": true, "ten": true,
		"tens": true, "dozens": true, "crowd": true, "crowds": true, "scores": true, "millions": true}
	crowdVerbs = map[string]bool{"protest": true, "march": true, "rally": true, "demonstrate": true,
		"riot": true, "gather": true, "chant": true}
)

// crowdAll: every part is people, not a state or its officials (people,
// workers, students, the opposition), whose protest is in the street.
func crowdAll(ps []part) bool {
	for _, p := range ps {
		c := afterCountry(p.actor.Code)
		if len(c) < 3 {
			return false
		}
		switch c[:3] {
		case "CVL", "OPP", "LAB", "EDU", "AGR", "REF", "REL":
		default:
			return false
		}
	}
	return true
}

// warnVerbs warn their addressee of what the speaker would do.
var warnVerbs = map[string]bool{"warn": true, "caution": true}

// outsideBodies: noun n names international or non-governmental bodies
// only, whose being let act is international involvement ("allow the
// World Food Program to deliver food"), not a permission ("allowed
// the premier to sidestep her own deadline").
func (w *work) outsideBodies(n, gov int32) bool {
	if n < 0 {
		return false
	}
	ps := w.partsOf(nil, n, gov)
	return len(ps) > 0 && international(ps)
}

// peacekeeping: predicate i's own phrases speak of peacekeeping.
func (w *work) peacekeeping(i int32) bool {
	lo, hi := w.subtreeRange(i)
	for k := lo; k < hi; k++ {
		switch w.t.lemma(k) {
		case "peacekeeping", "peacekeeper", "peacekeepers", "peace-keeping", "peace-keeper":
			return true
		}
	}
	return false
}

// businessAll: every part is a business and nothing else.
func businessAll(ps []part) bool {
	for _, p := range ps {
		if afterCountry(p.actor.Code) != "BUS" {
			return false
		}
	}
	return true
}

// laborAll: every part is labour (workers, unions).
func laborAll(ps []part) bool {
	for _, p := range ps {
		if !strings.Contains(p.actor.Code, "LAB") {
			return false
		}
	}
	return true
}

// armedAll: every part is an armed force (military, rebels, insurgents,
// militias), whose violence is fighting, not rioting.
func armedAll(ps []part) bool {
	for _, p := range ps {
		c := p.actor.Code
		if !strings.Contains(c, "MIL") && !strings.Contains(c, "REB") && !strings.Contains(c, "INS") &&
			!strings.Contains(c, "UAF") && !strings.HasPrefix(c, "IMG") {
			return false
		}
	}
	return true
}

// speechComplements are what one declines to do when one keeps silent.
var speechComplements = map[string]bool{"comment": true, "say": true, "elaborate": true, "disclose": true,
	"specify": true, "confirm": true, "identify": true, "speculate": true,
	"name": true, "detail": true, "reveal": true, "divulge": true, "give": true}

// speechNouns are what one gives when one comments: withholding them is
// no refusal of aid ("would give no more details").
var speechNouns = map[string]bool{"detail": true, "details": true, "comment": true, "comments": true,
	"explanation": true, "figure": true, "figures": true, "reason": true, "reasons": true, "breakdown": true,
	"timetable": true, "timeline": true, "name": true, "names": true, "specifics": true}

// committing verbs and adjectives bind their subject to what their
// complement says: "agreed to", "pledged to", "is ready to".
var committing = map[string]bool{"agree": true, "promise": true, "pledge": true, "vow": true, "commit": true,
	"offer": true, "undertake": true, "volunteer": true, "ready": true, "willing": true, "prepared": true,
	"eager": true, "keen": true, "open": true}

// contemplating verbs intend only what their complement codes: "is
// considering imposing sanctions" is a threat, "considers X to be Y" no
// event.
var contemplating = map[string]bool{"consider": true, "mull": true, "weigh": true, "contemplate": true,
	"envisage": true, "envision": true, "explore": true, "ponder": true}

// targetArgument is the argument a pattern names as its target: its
// first target oblique, else the direct object (a passive's subject) of a
// pattern that does not name the object's lemma ("imposed a curfew": the
// curfew is the act, not its target). -1 when there is none.
func (w *work) targetArgument(i int32, p *verbs.Pattern, m matchInfo, passive bool) int32 {
	t := w.t
	for k, a := range p.Preps {
		if a.Target && k < m.nprep {
			return m.preps[k]
		}
	}
	if p.ObjLemmas != nil {
		// the object is the act; its own against/on/to modifier says on
		// whom: "lift the embargo on Greek vessels"
		if m.obj >= 0 && m.obj != i {
			for _, c := range t.children(m.obj) {
				if t.d.Tokens[c].Dep.Universal() == doc.Nmod && targetCase(t.caseOf(c)) && !noTargetCase(t.caseOf(c), p.Code) {
					return c // (not what a deal is on: "reached a deal on the Somali border")
				}
			}
		}
		return -1
	}
	at := t.obj(i)
	if passive {
		at = t.child(i, doc.NsubjPass)
	}
	if at == i || at >= 0 && t.consumed[at] {
		return -1
	}
	return at
}

// ownedBy is the state whose nationality a thing carries, when the target
// argument at is a thing ("seized an Iranian tanker", "rejected an
// Armenian proposal", "lift the embargo on Greek vessels"): CAMEO codes the
// act as done to that state.
func (w *work) ownedBy(at int32) []part {
	if at < 0 || w.d.Tokens[at].UPOS != doc.NOUN {
		return nil
	}
	if statusNouns[w.t.lemma(at)] {
		return nil // "revoked their British citizenship": a status the person holds, not the state's thing
	}
	if sideNouns[w.t.lemma(at)] {
		return w.ownerOf(at) // "attack the US military's Kurdish partners": the partners, not the US
	}
	if ps := w.ownerOf(at); len(ps) > 0 {
		return ps
	}
	if g := w.t.child(at, doc.NmodPoss); g >= 0 && w.d.Tokens[g].UPOS != doc.PRON && !ownSupport(w.t, g, at) {
		// whose it is, by name: "broke Somalia's truce"
		if ps := w.partsOf(nil, g, at); len(ps) > 0 {
			return ps
		}
	}
	if c := w.ofNoun(at); c >= 0 && c != at {
		return w.ownedBy(c) // "a ban on imports of Brazilian chicken"
	}
	return nil
}

// gatheringKind: n is a gathering whose common-noun compound says what
// kind it is ("a cabinet meeting", "a board meeting"), not who meets.
func (w *work) gatheringKind(n int32) bool {
	t := w.t
	if !venueNouns[t.lemma(n)] {
		return false
	}
	for _, c := range t.children(n) {
		if c < n && t.d.Tokens[c].Dep.Universal() == doc.Compound && t.d.Tokens[c].UPOS == doc.NOUN {
			return true
		}
	}
	return false
}

// responseVerbs say that an act answers another, and not what act.
var responseVerbs = map[string]bool{"retaliate": true, "respond": true, "react": true, "reply": true}

// byMeans: verb i has a "by" clause of a gerund, which names how it is done.
func (w *work) byMeans(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == doc.Advcl && t.d.Tokens[c].XPOS == xposVBG && t.hasChildLemma(c, doc.Mark, "by") {
			return true
		}
	}
	return false
}

// ledActNouns are acts that someone leads ("a UN-led investigation", "a
// Saudi-led offensive"), unlike a body so led, which acts as its leader
// ("the US-led coalition").
var ledActNouns = map[string]bool{"investigation": true, "inquiry": true, "probe": true, "inspection": true,
	"mission": true, "operation": true, "offensive": true, "campaign": true, "intervention": true,
	"process": true, "talks": true, "negotiation": true, "mediation": true, "effort": true, "initiative": true}

// leadWord: a hyphenated word of who leads or backs: "UN-led",
// "Russian-backed".
func leadWord(form string) bool {
	k := strings.LastIndexByte(form, '-')
	if k <= 0 {
		return false
	}
	switch strings.ToLower(form[k+1:]) {
	case "led", "backed", "sponsored", "brokered", "mediated", "run", "supported", "funded":
		return true
	}
	return false
}

// sideNouns name a party by its relation to another: whose allies,
// partners or proxies they are ("Russia's allies", "the allies of Russia")
// is another actor than they, so the possessor never stands for them.
// (Not supporters or friends: "Imran Khan's supporters" are his country's
// as he is, and the possessor is the nearest code for them.)
var sideNouns = map[string]bool{"ally": true, "partner": true, "enemy": true, "rival": true, "opponent": true,
	"neighbour": true, "neighbor": true, "critic": true, "backer": true, "proxy": true, "foe": true,
	"adversary": true, "sponsor": true, "patron": true, "client": true}

// standNouns name people by where they stand to others ("Kenya's
// allies", "the donors", "critics of the plan", "members of the club"):
// who act though no dictionary codes them, by their words with their
// of-phrase, and are not of the country that owns them. Not all of
// sideNouns: foes, sponsors and clients named as subjects are too often
// no party (a bank's clients in a story about its secrecy rules).
var standNouns = map[string]bool{"ally": true, "partner": true, "rival": true, "neighbour": true,
	"neighbor": true, "critic": true, "backer": true, "donor": true, "creditor": true, "follower": true,
	"supporter": true, "mediator": true, "observer": true, "monitor": true, "delegate": true, "member": true}

// actingNouns are acts and bodies that, carrying a nationality, stand for
// the state as the subject of an act: "a Turkish offensive has taken
// Afrin", "the Saudi leadership welcomed"; unlike "French trade" or "a
// Canadian law". Plural nouns do so too ("Russian jets", "Chinese hackers").
var actingNouns = map[string]bool{"offensive": true, "attack": true, "strike": true, "airstrike": true,
	"assault": true, "bombardment": true, "bombing": true, "raid": true, "operation": true, "campaign": true,
	"intervention": true, "incursion": true, "invasion": true, "leadership": true, "delegation": true}

// ownerAt appends the owner mention (a nationality) covering token c.
func (w *work) ownerAt(dst []part, c int32) []part {
	d := w.d
	for mi := range d.Mentions {
		if m := &d.Mentions[mi]; m.Kind == doc.Owner && m.Tokens.Start <= c && c < m.Tokens.End {
			return append(dst, part{tok: c, mention: int32(mi), actor: m.Actor})
		}
	}
	return dst
}

// ownerOf is the state whose nationality the noun at carries itself (not
// through an "of" modifier: "the guarantors of the Syrian peace process"
// are not Syria's), when at is neither a status nor a market.
func (w *work) ownerOf(at int32) []part {
	if at < 0 || w.d.Tokens[at].UPOS != doc.NOUN || statusNouns[w.t.lemma(at)] {
		return nil
	}
	d, t := w.d, w.t
	owner := func(n int32) []part {
		for _, c := range t.children(n) {
			if u := d.Tokens[c].Dep.Universal(); u != doc.Amod && u != doc.Compound || c > at {
				continue // (a nationality the parse made a compound: "South African attacks")
			}
			if ps := w.ownerAt(nil, c); ps != nil {
				// and the nationalities conjoined to it: "Syrian and
				// Russian jets"
				for _, g := range t.children(c) {
					if d.Tokens[g].Dep == doc.Conj {
						ps = w.ownerAt(ps, g)
					}
				}
				return ps
			}
		}
		return nil
	}
	if ps := owner(at); ps != nil {
		return ps
	}
	for _, c := range t.children(at) {
		// or on a name before it: "the Greek Aegean Star freighter", with
		// "Greek" on "Aegean"
		if u := d.Tokens[c].Dep.Universal(); c < at && (u == doc.Compound || u == doc.Flat) {
			if ps := owner(c); ps != nil {
				return ps
			}
		}
	}
	return nil
}

// weaponOwner is whose the weapons at are: the "of" phrase or the
// possessor ("drones of the rebels", "the rebels' drones"), else the
// nationality before them ("Ugandan drones"), else the "of" phrase of a
// conjunct after them.
func (w *work) weaponOwner(at int32) []part {
	t := w.t
	of := func(n int32) []part {
		for _, c := range t.children(n) {
			if dep := w.d.Tokens[c].Dep; dep == doc.NmodPoss || dep.Universal() == doc.Nmod && t.caseOf(c) == "of" {
				if ps := w.partsOf(nil, c, n); len(ps) > 0 {
					return ps
				}
			}
		}
		return nil
	}
	if ps := of(at); len(ps) > 0 {
		return ps
	}
	if ps := w.ownerOf(at); len(ps) > 0 {
		return ps
	}
	for _, g := range t.children(at) {
		// an "of" phrase on the last of conjoined weapons owns them all:
		// "drones and weapons stores of the militants"
		if g > at && w.d.Tokens[g].Dep == doc.Conj {
			if ps := of(g); len(ps) > 0 {
				return ps
			}
		}
	}
	return nil
}

// statusNouns name a standing a nationality describes, held by a person.
var statusNouns = map[string]bool{"citizenship": true, "nationality": true, "passport": true, "passports": true,
	"residency": true, "citizenships": true}

// nameFilter keeps of the deep targets found for a predicate only those
// its unnamed target argument allows: people the act is done to are its
// target, not an actor named further down ("detained several suspects in
// the attack against the prime minister's convoy"); a name no dictionary
// knows is the target, not an actor beside it ("found Britta Nielsen
// guilty of stealing from a Danish agency"), and only one within the
// name's own phrase stands for it ("visit Rome and West Berlin").
func (w *work) nameFilter(deep []part, unnamed int32) []part {
	switch {
	case unnamed < 0:
		return deep
	case w.d.Tokens[unnamed].UPOS != doc.PROPN:
		return nil
	}
	lo, hi := w.subtreeRange(unnamed)
	return slices.DeleteFunc(deep, func(p part) bool { return p.tok < lo || p.tok >= hi })
}

// unnamedName: token c names someone no dictionary codes, a name or
// people ("withdrew from Mekelle", "met with Mr Smith", "talked to
// residents"), which may stand as a target argument of the predicate it
// hangs on.
func (w *work) unnamedName(c int32) bool {
	t := w.t
	switch w.d.Tokens[c].UPOS {
	case doc.PROPN:
		_, month := months[t.lemma(c)]
		return !month && !temporalNoun(t, c)
	case doc.NOUN:
		return actor.PeopleNoun(t.lemma(c))
	}
	return false
}

// unnamedSource: subject s names someone no dictionary codes who can
// act: a name that is no place, date or thing ("Adam Otieno", "the
// Hirak movement"), people ("guards", "the protesters", "a majority of
// the guards"), a body ("the committee") or one who acts for one ("the
// union's chairman"). Not a pronoun: what it stands for is the antecedent's;
// not a word in lower case the tagger took for a name ("mln sdr"), nor
// a dateline's place in capitals before its dash ("NAIROBI - Protesters
// clashed ...", parsed as the verb's subject). (The infinitive's own
// subject the caller leaves out: "lent 12 mln sdr's to fund" is
// a misparsed number.)
func (w *work) unnamedSource(s int32) bool {
	t := w.t
	switch w.d.Tokens[s].UPOS {
	case doc.PROPN:
		form := w.d.TokenText(int(s))
		if r, _ := utf8.DecodeRuneInString(form); !unicode.IsUpper(r) || dashAfter(t, s) && strings.ToUpper(form) == form {
			return false
		}
		if m := t.mention[s]; m >= 0 {
			switch w.d.Mentions[m].Kind {
			case doc.Place, doc.Other, doc.Owner:
				return false
			}
		}
		return w.unnamedName(s)
	case doc.NOUN:
		l := t.lemma(s)
		return w.unnamedName(s) || actor.InstitutionNoun(l) || actor.RoleNoun(l) || standNouns[l] || quantityNouns[l] && w.peopleOf(s)
	}
	return false
}

// roleBody is the body whose head, spokesman or officer subject s is, by
// the of or for phrase of its role noun, itself or in apposition to a
// name: "the head of the Kenyan army" and "Adam Otieno, director of the
// Kenyan Finance Ministry" act for the army and the ministry. Nil when
// the phrase names no actor.
func (w *work) roleBody(s, gov int32) []part {
	t := w.t
	n := s
	if !actor.RoleNoun(t.lemma(n)) {
		n = -1
		for _, a := range t.children(s) {
			if a > s && w.d.Tokens[a].Dep == doc.Appos && actor.RoleNoun(t.lemma(a)) {
				n = a
				break
			}
		}
		if n < 0 {
			return nil
		}
	}
	if c := w.ofOrFor(n); c >= 0 && t.mention[c] >= 0 {
		// (only when the phrase's own head names someone: "the manager of
		// the Nairobi branch" is not Nairobi's)
		return w.partsOf(nil, c, gov)
	}
	return nil
}

// ofOrFor is the "of" or "for" phrase after noun n, saying whose or of
// whom n is ("a director of the agency", "a spokesman for Halvorsen",
// "a majority of the guards"); -1 for none.
func (w *work) ofOrFor(n int32) int32 {
	for _, c := range w.t.children(n) {
		if cs := w.t.caseOf(c); c > n && w.d.Tokens[c].Dep.Universal() == doc.Nmod && (cs == "of" || cs == "for") {
			return c
		}
	}
	return -1
}

// sourcePhrase is the text naming subject s that no dictionary codes:
// its phrase, and all of the name it is in when the parse split the name
// ("Acme Oil" with "Oil" hung apart).
func (w *work) sourcePhrase(s int32) doc.Span {
	sp := w.phraseSpan(s)
	if l := w.t.lemma(s); quantityNouns[l] || actor.RoleNoun(l) || standNouns[l] {
		if c := w.ofOrFor(s); c >= 0 {
			sp.End = max(sp.End, w.phraseSpan(c).End) // of whom or for whom
		}
	}
	if m := w.t.mention[s]; m >= 0 {
		ms := w.d.Mentions[m].Span
		sp.Start, sp.End = min(sp.Start, ms.Start), max(sp.End, ms.End)
	}
	return sp
}

// dashAfter: a dash follows token s.
func dashAfter(t *tree, s int32) bool {
	if int(s)+1 >= len(t.d.Tokens) {
		return false
	}
	switch t.form(s + 1) {
	case "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}

// unnamedTarget is the target argument at when no actor resolves there
// and it names people or a name no dictionary knows; -1 otherwise.
func (w *work) unnamedTarget(at int32, p *verbs.Pattern) int32 {
	t := w.t
	if at < 0 {
		return -1
	}
	// a name no dictionary knows, or people ("arrested a 95-year-old
	// man"); not a thing ("suspended interest payments", "rejected TWA's
	// application"), which is what was done, not to whom
	switch w.d.Tokens[at].UPOS {
	case doc.PROPN:
		if _, month := months[t.lemma(at)]; month || temporalNoun(t, at) {
			return -1 // "will meet April 13"
		}
		switch p.Code {
		case "041", "051", "052":
			// what is called, approved or defended by a name no
			// dictionary knows is mostly a thing or a place: "an offshoot
			// called Jaysh Khalid", "approved Cephradine", "defended Kobane"
			return -1
		}
		return at
	case doc.NOUN:
		if actor.PeopleNoun(t.lemma(at)) || namedBodyNouns[t.lemma(at)] && w.namedNoun(at) {
			return at // (or a body by a name no dictionary knows: "the Zamco group")
		}
		if quantityNouns[t.lemma(at)] && w.peopleOf(at) {
			return at // "detained dozens of suspects"
		}
	case doc.NUM, doc.PRON:
		if w.peopleOf(at) {
			return at // "arrested one of the suspects", "freed two of the hostages"
		}
	}
	return -1
}

// namedBodyNouns are bodies of people that a name before them makes one
// body ("the Zamco group", "the Renew alliance").
var namedBodyNouns = map[string]bool{"group": true, "movement": true, "party": true, "alliance": true,
	"coalition": true, "front": true, "militia": true, "union": true, "association": true,
	"organisation": true, "organization": true, "faction": true}

// namedNoun: noun n has a capitalised proper noun as a compound before it.
func (w *work) namedNoun(n int32) bool {
	for _, c := range w.t.children(n) {
		if c < n && w.d.Tokens[c].Dep == doc.Compound && w.d.Tokens[c].UPOS == doc.PROPN && capitalised(w.d.TokenText(int(c))) {
			return true
		}
	}
	return false
}

// quantityNouns count or gather what their "of" phrase names.
var quantityNouns = map[string]bool{"dozen": true, "dozens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "score": true, "scores": true, "number": true, "group": true,
	"majority": true, "handful": true, "couple": true, "pair": true}

// peopleOf: the "of" phrase of quantity at names people no dictionary
// codes ("one of the suspects", "dozens of migrants").
// An apposition names them better ("one of the victims, Walid El Batal,
// a media activist").
func (w *work) peopleOf(at int32) bool {
	o := w.ofNoun(at)
	return o >= 0 && w.d.Tokens[o].UPOS == doc.NOUN && actor.PeopleNoun(w.t.lemma(o)) &&
		w.t.child(at, doc.Appos) < 0 && w.t.child(o, doc.Appos) < 0
}

// thingTarget: token at is a noun that can be what an act is done to,
// not a time ("will meet April 13", "rejected it on Monday").
func (w *work) thingTarget(at int32) bool {
	if at < 0 {
		return false
	}
	t := w.t
	if u := w.d.Tokens[at].UPOS; u != doc.NOUN && u != doc.PROPN {
		return false
	}
	if w.d.TokenText(int(at))[0] == '&' {
		return false // an HTML entity left in the text ("&lt;Epic Data Corp>")
	}
	_, month := months[t.lemma(at)]
	return !month && !temporalNoun(t, at) && !timeNouns[t.lemma(at)] && !cognateObjects[t.lemma(at)]
}

// actObjectOf is what an act noun is aimed at by its modifier: "an
// investigation into the financial dealings of ...", "an inquiry of the
// certification process", "a row over the islands"; -1 for none.
func (w *work) actObjectOf(n int32, code string) int32 {
	t := w.t
	for _, c := range t.children(n) {
		if t.d.Tokens[c].Dep.Universal() != doc.Nmod {
			continue
		}
		switch t.caseOf(c) {
		case "into", "over":
			return c
		case "of":
			if rootOf(code) == 9 {
				return c
			}
		}
	}
	return -1
}

// holdsSource: the phrase of thing names one of the source's own actors
// ("praised dozens of envoys of Washington"): no act aimed at another.
func (w *work) holdsSource(thing int32, src []part) bool {
	lo, hi := w.subtreeRange(thing)
	for c := lo; c < hi; c++ {
		if w.d.Tokens[c].UPOS == doc.PRON {
			continue // "returned the painting to its owner": the painting's
		}
		if p, ok := w.actorAt(c, thing); ok && sameActors([]part{p}, src) {
			return true
		}
	}
	return false
}

// allSelf: every target is every source itself (selfTarget), so that
// emit would keep none; not the sides of a reciprocal act ("X and Y
// agreed", each the other's target).
func (w *work) allSelf(targets, src []part) bool {
	for _, tg := range targets {
		for _, s := range src {
			if !w.selfTarget(s, tg) {
				return false
			}
		}
	}
	return len(src) > 0
}

// ownPossessives: ps are targets found for pattern p, which names its act
// noun obj, and every one is a possessive pronoun of obj that is the
// source's own or no actor's (idlePronouns).
func (w *work) ownPossessives(ps, src []part, pat *verbs.Pattern, obj int32) bool {
	if len(ps) == 0 || pat.ObjLemmas == nil || obj < 0 {
		return false
	}
	for _, p := range ps {
		if p.tok < 0 || w.t.head(p.tok) != obj {
			return false
		}
	}
	return w.idlePronouns(ps, src)
}

// idlePronouns: every part is a possessive pronoun that resolves to no
// actor or to the source's own ("returned a Bible to its owners", its:
// the source), which stands for the thing it possesses, not for a target.
func (w *work) idlePronouns(ps, src []part) bool {
	for _, p := range ps {
		if !p.phrase.Empty() || p.mention < 0 || p.tok < 0 || w.d.Mentions[p.mention].Kind != doc.Pronoun ||
			w.d.Tokens[p.tok].Dep != doc.NmodPoss {
			return false
		}
		own := p.actor.Code == ""
		for _, s := range src {
			own = own || s.actor.Code == p.actor.Code
		}
		if !own {
			return false
		}
	}
	return true
}

// sectorsOnly: every part's code is a domestic sector alone ("envoys"
// GOV), with no state or organisation.
func sectorsOnly(ps []part) bool {
	for _, p := range ps {
		if !cameo.IsDomesticSector(p.actor.Code) {
			return false
		}
	}
	return true
}

// sendVerbs send people somewhere, where their purpose clause is aimed.
var sendVerbs = map[string]bool{"send": true, "dispatch": true, "deploy": true, "fly": true}

// contactVerbs reach someone, whom their purpose clause is for.
var contactVerbs = map[string]bool{"call": true, "phone": true, "telephone": true, "ring": true, "visit": true,
	"meet": true, "contact": true, "write": true, "receive": true, "host": true}

// obliqueThing is the noun of an oblique of predicate v that says where
// or to whom the act goes: to, from or into first, then in, on or at; -1
// for none.
func (w *work) obliqueThing(v int32) int32 {
	t := w.t
	second := int32(-1)
	for _, c := range t.children(v) {
		if u := w.d.Tokens[c].Dep.Universal(); u != doc.Obl && u != doc.Nmod || !w.thingTarget(c) || obliqueIdioms[t.lemma(c)] {
			continue
		}
		switch cs := t.caseOf(c); cs {
		case "to", "from", "into":
			return c
		case "in", "on", "at":
			if cs == "in" && len(w.nounPatterns(c)) > 0 {
				continue // the occasion, an act of its own: "used sarin in an attack"
			}
			if second < 0 {
				second = c
			}
		}
	}
	return second
}

// obliqueIdioms head obliques that say how or when, not where to: "in
// principle", "in addition", "in response", "at the end of the
// month", "in the face of", "in the past".
var obliqueIdioms = map[string]bool{"principle": true, "addition": true, "response": true,
	"end": true, "beginning": true, "start": true, "order": true, "case": true, "face": true, "fact": true,
	"way": true, "effort": true, "bid": true, "return": true, "exchange": true, "accordance": true,
	"line": true, "view": true, "light": true, "wake": true, "place": true, "favour": true, "favor": true,
	"past": true, "future": true, "meantime": true, "aftermath": true, "course": true, "process": true}

// demandNouns name what someone asks for or puts to another: who
// yields to or rejects one acts on its maker.
var demandNouns = map[string]bool{"demand": true, "demands": true, "request": true, "requests": true,
	"call": true, "calls": true, "appeal": true, "appeals": true, "ultimatum": true, "petition": true,
	"complaint": true, "lawsuit": true, "plea": true, "motion": true, "protest": true, "proposal": true, "offer": true}

// accusationNouns are charges made against someone.
var accusationNouns = map[string]bool{"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"charge": true, "charges": true, "claim": true, "claims": true}

// agentOf is the by-agent of a participle c that modifies a noun ("an
// appeal lodged by X": X), or -1.
func (w *work) agentOf(c int32) int32 {
	t := w.t
	if w.d.Tokens[c].Dep.Universal() != doc.Acl || w.d.Tokens[c].XPOS != xposVBN {
		return -1
	}
	for _, g := range t.children(c) {
		if u := w.d.Tokens[g].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(g) == "by" && w.thingTarget(g) {
			return g
		}
	}
	return -1
}

// thingJudged: codes that need an actor as target but may judge a thing
// ("opposed the plan", "denounced the decision", "welcomed the pullout"),
// said by a verb that judges: not approving a loan or a drug, recognising
// a loss, charging a price, appreciating a currency, which business news
// writes all the time. A consultation, appeal, aid or threat aimed at a
// thing ("discussed developments", "demanded proof") is no event.
func thingJudged(code, verb string) bool {
	r := rootOf(code)
	return (r == 5 || r == 11) && judgingVerbs[verb]
}

// hasCaseChild: some dependent of i is marked with the preposition prep.
func (w *work) hasCaseChild(i int32, prep string) bool {
	for _, c := range w.t.children(i) {
		if w.t.caseOf(c) == prep {
			return true
		}
	}
	return false
}

// yieldedTo is what one gives way to ("conceded to demands" with "to" read as a particle).
var yieldedTo = []string{"demand", "demands", "pressure", "pressures", "request", "requests", "call", "calls",
	"condition", "conditions", "will", "wishes"}

// yieldWords are the verbs of giving way that, with an object or a
// that-clause, mean something else ("yielded 7 pct", "conceded that").
var yieldWords = map[string]bool{"yield": true, "concede": true, "submit": true, "bow": true, "comply": true}

// premisesNouns are what a tenant occupies.
var premisesNouns = []string{"square", "feet", "foot", "metres", "meters", "space", "floor", "floors",
	"office", "offices", "premises", "seat", "seats", "post", "position", "role", "place"}

// suspendedBusiness is what a business suspends: no one is sanctioned.
var suspendedBusiness = []string{"payment", "payments", "dividend", "dividends", "trading", "production",
	"output", "sales", "shipments", "exports", "deliveries", "service", "services", "construction", "plans",
	"plan", "interest", "repayment", "repayments", "listing", "offering", "operations", "buyback", "issue", "issues", "bond", "bonds", "notes"}

// sentenceNouns are the penalties a court may suspend.
var sentenceNouns = []string{"sentence", "sentences", "penalty", "punishment", "term", "fine"}

// tradingVerbs buy and sell: an offer or a plan to trade that no pattern
// codes ("offered to buy 50 billion yen of government bonds") is business,
// no intent to cooperate.
var tradingVerbs = map[string]bool{"buy": true, "sell": true, "purchase": true, "acquire": true,
	"repurchase": true, "redeem": true, "merge": true}

// metTerms are what one meets by doing what they ask, not people met.
var metTerms = map[string]bool{"requirement": true, "requirements": true, "demand": true, "demands": true,
	"condition": true, "conditions": true, "criterion": true, "criteria": true, "standard": true,
	"standards": true, "target": true, "targets": true, "goal": true, "goals": true, "deadline": true,
	"expectation": true, "expectations": true, "obligation": true, "obligations": true, "need": true,
	"needs": true, "quota": true, "threshold": true, "terms": true, "cost": true, "costs": true}

// ceaseVerbs stop what their gerund does.
var ceaseVerbs = map[string]bool{"cease": true, "stop": true, "quit": true, "discontinue": true, "halt": true}

// compelVerbs give orders that must be obeyed.
var compelVerbs = map[string]bool{"order": true, "force": true, "compel": true, "command": true, "instruct": true, "direct": true}

// preventVerbs keep someone from doing what their from-clause says.
var preventVerbs = map[string]bool{"prevent": true, "stop": true, "keep": true, "deter": true, "bar": true,
	"ban": true, "block": true, "discourage": true, "dissuade": true, "prohibit": true, "restrain": true}

// forgoing: predicate i keeps an act from happening ("refrain from",
// "hold off", "avert", "postpone", "rule out").
func (w *work) forgoing(i int32) bool {
	switch w.t.lemma(i) {
	case "refrain", "abstain", "avoid", "avert", "prevent", "forestall", "postpone", "delay", "cancel":
		return true
	case "hold":
		return w.hasParticle(i, "off") || w.hasParticle(i, "back")
	case "rule":
		return w.hasParticle(i, "out")
	case "call", "put":
		return w.hasParticle(i, "off")
	}
	return false
}

// forgone reports whether predicate i, passive or adjectival, says its
// subject did not take place as planned: "was postponed", "were called
// off", "is cancelled".
func (w *work) forgone(i int32) bool {
	switch w.t.lemma(i) {
	case "postpone", "postponed", "delay", "delayed", "cancel", "cancelled", "canceled", "scrap", "scrapped", "shelve", "shelved":
		return true
	case "call", "put":
		return w.hasParticle(i, "off")
	}
	return false
}

// truceNouns are pacts that hold until they collapse.
var truceNouns = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "armistice": true,
	"agreement": true, "deal": true, "accord": true, "pact": true}

// collapsing: predicate i says its subject fell apart ("collapsed",
// "broke down", "fell through", "unravelled").
func (w *work) collapsing(i int32) bool {
	switch w.t.lemma(i) {
	case "collapse", "founder", "unravel", "crumble", "fail", "falter", "disintegrate", "expire", "lapse":
		return true
	case "break":
		return w.hasParticle(i, "down")
	case "fall":
		return w.hasParticle(i, "through") || w.hasParticle(i, "apart")
	}
	return false
}

// fallingShort reports whether predicate i is "short" after "stop" or
// "fall", or "stop"/"fall" with "short": what it falls short of is not done.
func (w *work) fallingShort(i int32) bool {
	t := w.t
	switch t.lemma(i) {
	case "short":
		h := t.head(i)
		return h >= 0 && (t.lemma(h) == "stop" || t.lemma(h) == "fall")
	case "stop", "fall":
		for _, c := range t.children(i) {
			if t.lemma(c) == "short" {
				return true
			}
		}
	case "come":
		// "came close to attacking Uganda": nearly done is not done
		return t.hasChildLemma(i, doc.Advmod, "close", "near")
	}
	return false
}

// stateParts: every part of ps is a state, by its name or its capital,
// its government or officials, or an intergovernmental body: those who
// protest in notes and statements, not in the street.
func (w *work) stateParts(ps []part) bool {
	for _, p := range ps {
		m := w.referent(p)
		if m == nil || !p.actor.Known() {
			return false
		}
		code, sec := p.actor.Code, afterCountry(p.actor.Code)
		switch {
		case (m.Kind == doc.Country || m.Kind == doc.PlaceActor) && sec == "":
		case sec == "GOV":
		case strings.HasPrefix(code, "IGO") && m.Kind != doc.Group:
		default:
			return false
		}
	}
	return len(ps) > 0
}

// referent is part p's mention, or what it refers to when it is a
// pronoun with an antecedent; nil for a part with no mention.
func (w *work) referent(p part) *doc.Mention {
	if p.mention < 0 {
		return nil
	}
	m := &w.d.Mentions[p.mention]
	if m.Kind == doc.Pronoun && m.Antecedent >= 0 {
		m = &w.d.Mentions[m.Antecedent]
	}
	return m
}

// statesByName: every part is a state by its name or its capital, or an
// intergovernmental body by its name.
func (w *work) statesByName(ps []part) bool {
	for _, p := range ps {
		m := w.referent(p)
		if m == nil || !(m.Kind == doc.Country || m.Kind == doc.PlaceActor || m.Kind == doc.Organization && strings.HasPrefix(p.actor.Code, "IGO")) {
			return false
		}
	}
	return true
}

// troopNouns name armed forces.
var troopNouns = map[string]bool{"troop": true, "troops": true, "force": true, "forces": true, "soldier": true,
	"soldiers": true, "army": true, "military": true, "contingent": true, "peacekeeper": true,
	"peacekeepers": true, "marine": true, "marines": true, "unit": true, "units": true}

// clashNouns are those who clash by force, besides troops.
var clashNouns = map[string]bool{"rebel": true, "militant": true, "fighter": true, "gunman": true, "militia": true,
	"insurgent": true, "police": true, "protester": true, "demonstrator": true, "rioter": true, "guerrilla": true,
	"policeman": true, "officer": true, "jihadist": true}

// clashedOverWords: what predicate i's clash is over or about is no
// ground (groundNouns: "over demands", "about trade"; not "over the
// border region").
func (w *work) clashedOverWords(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		if w.d.Tokens[c].Dep.Universal() != doc.Obl || t.caseOf(c) != "over" && t.caseOf(c) != "about" {
			continue
		}
		if t.mention[c] >= 0 && placeKind(w.d.Mentions[t.mention[c]].Kind) || groundNouns[t.lemma(c)] {
			return false
		}
		return true
	}
	return false
}

// forceSubject: the subject's phrase of predicate i names troops, those
// who clash by force (clashNouns) or a state, in one walk of the phrase.
func (w *work) forceSubject(i int32) bool {
	return w.subjectAny(i, func(k int32) bool {
		if l := w.t.lemma(k); troopNouns[l] || clashNouns[l] {
			return true
		}
		mi := w.t.mention[k]
		return mi >= 0 && (w.d.Mentions[mi].Kind == doc.Country || w.d.Mentions[mi].Kind == doc.PlaceActor)
	})
}

// subjectHas: a word of the subject's phrase of predicate i is in set
// ("French troops have begun leaving Mali").
func (w *work) subjectHas(i int32, set map[string]bool) bool {
	return w.subjectAny(i, func(k int32) bool { return set[w.t.lemma(k)] })
}

// subjectAny: some token of the subject's phrase of predicate i (or of
// the verb it complements: "troops began leaving") satisfies f.
func (w *work) subjectAny(i int32, f func(k int32) bool) bool {
	t := w.t
	s := t.child(i, doc.Nsubj)
	if s < 0 {
		if h := t.head(i); h >= 0 && w.d.Tokens[i].Dep == doc.Xcomp {
			s = t.child(h, doc.Nsubj) // "troops began leaving"
		}
	}
	if s < 0 {
		return false
	}
	lo, hi := w.subtreeRange(s)
	for k := lo; k < hi; k++ {
		if f(k) {
			return true
		}
	}
	return false
}

// peacekeepingSubject: the subject of predicate i (a passive's too) is
// peacekeepers: its phrase says so ("Kenyan peacekeeping troops",
// "Nepali peacekeepers").
func (w *work) peacekeepingSubject(i int32) bool {
	t := w.t
	s := t.child(i, doc.Nsubj)
	if s < 0 {
		s = t.child(i, doc.NsubjPass)
	}
	if h := t.head(i); s < 0 && h >= 0 && w.d.Tokens[i].Dep.Universal() == doc.Xcomp {
		s = t.child(h, doc.Nsubj) // "Russian peacekeepers began deploying"
	}
	if s < 0 {
		return false
	}
	lo, hi := w.subtreeRange(s)
	for k := lo; k < hi; k++ {
		switch t.lemma(k) {
		case "peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper", "peacekeep", "blue":
			if t.lemma(k) != "blue" || k+1 < hi && t.lemma(k+1) == "helmet" {
				return true
			}
		}
	}
	return false
}

// verbBetween: a verb stands between tokens a and b, so a's clause is
// not b's (a parse that made "Kenyan troops ... intended to advance to
// Kismayo, where French marines are stationed" one clause).
func (w *work) verbBetween(a, b int32) bool {
	for k := a + 1; k < b; k++ {
		if w.d.Tokens[k].UPOS == doc.VERB {
			return true
		}
	}
	return false
}

// deployVerbs put troops in place.
var deployVerbs = map[string]bool{"deploy": true, "station": true, "send": true, "dispatch": true, "post": true}

// forcesNoun: the noun phrase at n names troops or peacekeepers.
func (w *work) forcesNoun(n int32) bool {
	t := w.t
	if troopNouns[t.lemma(n)] {
		return true
	}
	switch t.lemma(n) {
	case "peacekeeper", "peacekeepers", "peace-keeper", "peace-keepers", "force", "forces", "contingent", "battalion":
		return true
	}
	return false
}

// officialSubject: predicate i's subject is a state's government (a
// minister, a delegation, a person a dictionary codes so) or an IGO.
func (w *work) officialSubject(i int32) bool {
	t := w.t
	s := t.child(i, doc.Nsubj)
	if s < 0 {
		return false
	}
	mi := t.mention[s]
	if mi < 0 {
		mi = w.partMention(s, false)
	}
	if mi < 0 {
		return false
	}
	a, ok := w.resolve(mi)
	if !ok {
		return false
	}
	sec := afterCountry(a.Code)
	return strings.HasPrefix(sec, "GOV") || len(a.Code) >= 3 && a.Code[:3] == "IGO"
}

// journeyVerbs say that someone went somewhere, which is a visit only
// when an office sends them.
var journeyVerbs = map[string]bool{"travel": true, "fly": true, "go": true, "head": true, "come": true, "arrive": true}

// privateTravellers: every part of ps is a group or a description of
// people that holds no office ("a Briton", "migrants", "fighters"; not
// "Chinese officials", a person the dictionaries name or a state).
func (w *work) privateTravellers(ps []part) bool {
	return w.allDescribed(ps, func(code, sec string) bool {
		return !strings.HasPrefix(sec, "GOV") && !strings.HasPrefix(sec, "ELI") && !strings.HasPrefix(code, "IGO")
	})
}

// privatePeople: every part of ps is a group or a description of people
// with no sector but civilian ("British women", "Britons", "a US
// volunteer"), not an armed force, an office or a state.
func (w *work) privatePeople(ps []part) bool {
	return w.allDescribed(ps, func(code, sec string) bool { return sec == "" || strings.HasPrefix(sec, "CVL") })
}

// allDescribed: ps is not empty and every part is a group or a
// description ("migrants", "a British woman"; a pronoun counting as what
// it refers to: "she now regrets her journey to Uganda"; a subject no
// dictionary codes, named by its words, with no code: "Otieno travelled
// to Syria"), whose code and sector after its country ok accepts.
func (w *work) allDescribed(ps []part, ok func(code, sec string) bool) bool {
	for _, p := range ps {
		if p.phrase.Empty() {
			if m := w.referent(p); m == nil || m.Kind != doc.Group && m.Kind != doc.Nominal {
				return false
			}
		}
		if !ok(p.actor.Code, afterCountry(p.actor.Code)) {
			return false
		}
	}
	return len(ps) > 0
}

// groundDefended: token at names ground, a town or a building, which is
// held by force: a place no dictionary codes as an actor, or a noun of
// ground ("territory", "frontline", "hospital").
func (w *work) groundDefended(at int32) bool {
	if at < 0 {
		return false
	}
	// a place, or a town or capital by its name ("Afrin, defended by the
	// YPG"), or ground, whatever actor the dictionary makes of it ("the
	// school and hospital in Mosul were defended by foreign jihadist fighters")
	if w.townTaken(at) || groundNouns[w.t.lemma(at)] {
		return true
	}
	// a name no dictionary knows as a person or a body: a region ("are
	// defending the Jazira") more often than not
	if w.d.Tokens[at].UPOS != doc.PROPN || w.t.child(at, doc.Flat) >= 0 || len(w.partsOf(w.t.parts[:0], at, -1)) > 0 ||
		int(at+1) < len(w.d.Tokens) && w.d.Tokens[at+1].UPOS == doc.PROPN {
		return false // (not a word of a longer name: "US" parsed as the object in "defended US President Joe Biden's decision")
	}
	for mi := range w.d.Mentions {
		m := &w.d.Mentions[mi]
		if m.Tokens.Start <= at && at < m.Tokens.End &&
			(m.Actor.Known() || m.Kind == doc.Person || m.Kind == doc.Organization || m.Kind == doc.Group) {
			return false
		}
	}
	return true
}

// taskVerbs give their object a task named by "with": "charged the
// commission with examining the program" (the commission examines).
var taskVerbs = map[string]bool{"charge": true, "task": true, "entrust": true}

// visitNouns are what a host receives or welcomes besides a visitor.
var visitNouns = map[string]bool{"visit": true, "visitor": true, "visitors": true, "delegation": true,
	"guest": true, "guests": true, "talks": true, "meeting": true, "summit": true, "conference": true}

// marketNouns are currencies, prices and markets, which are supported or
// backed by buying, not by praise.
var marketNouns = map[string]bool{"dollar": true, "yen": true, "euro": true, "currency": true, "sterling": true,
	"pound": true, "mark": true, "franc": true, "yuan": true, "rouble": true, "ruble": true, "rupee": true, "peso": true,
	"shilling": true, "rand": true, "lira": true, "dinar": true, "riyal": true, "naira": true, "cedi": true,
	"price": true, "market": true, "stock": true, "share": true, "bond": true, "rate": true, "economy": true,
	"growth": true, "demand": true, "export": true}

// rallyingMarkets are what rallies on an exchange besides marketNouns.
var rallyingMarkets = map[string]bool{"future": true, "futures": true, "index": true, "indices": true, "bourse": true,
	"equity": true, "equities": true, "bullion": true, "treasury": true, "treasuries": true, "contract": true, "contracts": true}

// cityByName: token at is a city or a capital by its bare name, no
// state's: an exchange when it rallies ("Chicago rallied", "London
// rallied late"), where a crowd would be people of it.
func (w *work) cityByName(at int32) bool {
	mi := w.t.mention[at]
	if mi < 0 || w.d.Tokens[at].UPOS != doc.PROPN {
		return false
	}
	k := w.d.Mentions[mi].Kind
	return k == doc.Place || k == doc.PlaceActor
}

// townTaken: token at names a place by its name, a town, capital or
// province of the gazetteer ("Raqqa", "Kabul", "Kobane"), which is taken
// or held by force, not arrested or defended in words.
func (w *work) townTaken(at int32) bool {
	mi := w.t.mention[at]
	if mi < 0 {
		return false
	}
	m := &w.d.Mentions[mi]
	return m.Kind == doc.Place || m.Kind == doc.PlaceActor && m.Geo != nil // (a gazetteer's place stands for its state)
}

// groundNouns name ground or buildings that forces hold.
var groundNouns = map[string]bool{"territory": true, "area": true, "town": true, "city": true, "village": true,
	"hospital": true, "stadium": true, "base": true, "frontline": true, "front": true, "border": true,
	"region": true, "homeland": true, "land": true, "capital": true, "airport": true, "camp": true,
	"enclave": true, "stronghold": true, "bridge": true, "hill": true, "outpost": true, "perimeter": true}

// custodyNouns hold prisoners; custodyHarms are done to them there.
var custodyNouns = map[string]bool{"prison": true, "jail": true, "custody": true, "detention": true,
	"captivity": true, "cell": true, "cells": true, "prisons": true, "jails": true}
var custodyHarms = map[string]bool{"torture": true, "kill": true, "beat": true, "abuse": true, "mistreat": true,
	"execute": true, "rape": true, "murder": true, "starve": true, "assault": true}

// overcomeVerbs defeat or do away with their object, whether in war, at
// the polls or in a vote. Read only where no pattern codes the complement
// ("topple" has one for governments, "beat" for people assaulted).
var overcomeVerbs = map[string]bool{"defeat": true, "crush": true, "eradicate": true, "annihilate": true,
	"rout": true, "vanquish": true, "overpower": true, "overwhelm": true, "beat": true, "topple": true,
	"overthrow": true, "eliminate": true, "wipe": true, "obliterate": true, "subdue": true, "counter": true}

// groundVerbs take as object the ground one moves onto or holds: an
// infinitive after it says what for, the subject's act, whatever the
// parse hangs it as ("militiamen would enter Kismayo to assist local
// militias": not Kismayo's help).
var groundVerbs = map[string]bool{"enter": true, "reenter": true, "re-enter": true, "reach": true, "invade": true,
	"cross": true, "leave": true, "visit": true, "tour": true, "occupy": true, "storm": true, "seize": true,
	"capture": true, "besiege": true, "encircle": true, "surround": true, "infiltrate": true, "penetrate": true}

// schemeNouns name a course of action by its "to" clause: opposing one is
// opposing whoever pursues it, not whom it is aimed at.
var schemeNouns = map[string]bool{"effort": true, "attempt": true, "bid": true, "plan": true, "proposal": true,
	"move": true, "push": true, "call": true, "initiative": true, "idea": true, "scheme": true, "drive": true,
	"campaign": true, "decision": true, "demand": true, "threat": true, "offer": true, "pressure": true}

// siteNoun: a phrase headed by this lemma names a site or a venue.
func siteNoun(lemma string) bool {
	return groundNouns[lemma] || venueNouns[lemma] || gatheringNouns[lemma] || siteNouns[lemma]
}

var siteNouns = map[string]bool{"court": true, "courtroom": true, "assembly": true, "prison": true, "jail": true,
	"zone": true, "district": true, "province": true, "county": true, "headquarters": true, "compound": true}

// namedRecipient: aid given to a name no dictionary codes ("contributed
// $46 million to the Iraq Humanitarian Fund") still has a recipient; a
// common noun ("to the company", "to the project") is no one.
func (w *work) namedRecipient(code string, thing int32) bool {
	if rootOf(code) != 7 || thing < 0 || w.d.Tokens[thing].UPOS != doc.PROPN {
		return false
	}
	c := w.t.caseOf(thing)
	return c == "to" || c == "for" // (not "convertible into Apache")
}

// judgingVerbs praise, back, criticise or condemn what they take.
var judgingVerbs = map[string]bool{"welcome": true, "praise": true, "hail": true, "applaud": true,
	"commend": true, "laud": true, "salute": true, "back": true, "endorse": true, "support": true,
	"defend": true, "condemn": true, "denounce": true, "criticize": true, "criticise": true, "slam": true,
	"blast": true, "decry": true, "deplore": true, "oppose": true, "dispute": true, "challenge": true,
	"blame": true, "brand": true, "attack": true, "accuse": true, "question": true, "regret": true,
	"reject": true, "protest": true, "object": true, "disapprove": true, "lament": true, "rebuke": true}

// opponentPhrase: c is the "against" phrase of a fight, a war or a
// campaign h, and code no act of force or protest: whom a fight is
// against is not whom its supporters or critics act on ("supported the
// Kurds' fight against Isis" is no praise of Isis).
// Nor is whom any act is against praised by those who back or approve it
// ("passed a sweeping export ban against Burma", "backed
// retaliatory action against Syria").
func opponentPhrase(t *tree, h, c int32, code string) bool {
	r, cs := rootOf(code), t.caseOf(c)
	return r < 14 && cs == "against" && (cognateObjects[t.lemma(h)] || t.lemma(h) == "effort" || t.lemma(h) == "efforts") ||
		r == 5 && (cs == "against" || cs == "on" && penaltyNouns[t.lemma(h)])
}

// penaltyNouns are measures taken against someone.
var penaltyNouns = map[string]bool{"ban": true, "bans": true, "sanction": true, "sanctions": true, "embargo": true,
	"embargoes": true, "boycott": true, "blockade": true, "tariff": true, "tariffs": true, "restriction": true,
	"restrictions": true, "curb": true, "curbs": true}

// cognateObjects restate the act ("fought a three-year war", "is fighting
// another last stand"): they are not what it is done to.
var cognateObjects = map[string]bool{"war": true, "battle": true, "fight": true, "defence": true,
	"defense": true, "stand": true, "struggle": true, "campaign": true, "conflict": true, "insurgency": true,
	"way": true} // "fought its way"

// foughtBy is whom noun n is said to fight in its own participle or
// relative clause ("the coalition fighting the Houthis", "forces that
// battle the rebels"), or nil.
func (w *work) foughtBy(n int32) []part {
	t := w.t
	for _, c := range t.children(n) {
		if w.d.Tokens[c].Dep.Universal() != doc.Acl || c < n {
			continue
		}
		switch t.lemma(c) {
		case "fight", "battle", "combat":
			if o := t.obj(c); o >= 0 {
				return w.partsOf(nil, o, c)
			}
		}
	}
	return nil
}

// ownMembers: c is the of-phrase of gathering h that names the source's
// own people by a possessive pronoun ("meetings of their defence
// ministers"): who meets, not whom.
func (w *work) ownMembers(h, c int32) bool {
	t := w.t
	if !venueNouns[t.lemma(h)] || t.caseOf(c) != "of" {
		return false
	}
	g := t.child(c, doc.NmodPoss)
	return g >= 0 && w.d.Tokens[g].UPOS == doc.PRON
}

// cognatePart: token c, a child of h in verb i's phrase, is the war or
// insurgency i fights (cognateObjects) or a word of its name: "fought a
// four-decade insurgency" fights no insurgents.
func (w *work) cognatePart(i, h, c int32) bool {
	t := w.t
	if h == i {
		return w.d.Tokens[c].Dep == doc.Obj && cognateObjects[t.lemma(c)]
	}
	if t.head(h) != i || w.d.Tokens[h].Dep != doc.Obj || !cognateObjects[t.lemma(h)] {
		return false
	}
	switch w.d.Tokens[c].Dep.Universal() {
	case doc.Compound, doc.Amod, doc.Nummod:
		return true
	}
	return false
}

// thingSpan is the text of a thing target: its phrase, and the "of"
// modifier right after it, which says what a light head is of ("a number
// of fighters", "the building of a supply route", "parts of Kashmir").
func (w *work) thingSpan(n int32) doc.Span {
	sp := w.phraseSpan(n)
	if c := w.ofNoun(n); c > n {
		if end := w.phraseSpan(c).End; end > sp.End {
			sp.End = end
		}
	}
	return sp
}

// aimHead is the k-th word an aim is looked for under, k from -2: the
// predicate i, its object, then the nouns the pattern's obliques name;
// -1 for none.
func aimHead(k int, i, obj int32, preps []int32) int32 {
	switch {
	case k == -2:
		return i
	case k == -1:
		return obj
	}
	return preps[k]
}

// aimCase marks where a protest or a force posture is aimed.
var aimCase = map[string]bool{"in": true, "at": true, "along": true, "to": true, "into": true, "near": true,
	"outside": true, "on": true, "against": true, "across": true}

// aimPhrase is the noun a protest or force posture of predicate i is aimed
// at when no actor is named: the object when the pattern takes any
// ("boycotted the vote"), else a place or thing marked by aimCase on the
// predicate or its object; -1 for none.
func (w *work) aimPhrase(i int32, p *verbs.Pattern, obj int32, preps []int32) int32 {
	t := w.t
	skip := func(c int32) bool {
		_, month := months[t.lemma(c)]
		return !nominal(w.d.Tokens[c].UPOS) || w.d.Tokens[c].UPOS == doc.PRON || month || temporalNoun(t, c) ||
			timeNouns[t.lemma(c)] || aimSkip[t.lemma(c)]
	}
	if rootOf(p.Code) == 14 {
		if at := w.protestAimPhrase(i, obj, preps); at >= 0 && !skip(at) {
			return at // "began a hunger strike, protesting the state's prison policy"
		}
		if at := w.demandedOf(i); at >= 0 && !skip(at) {
			return at // "went on strike for higher wages and benefits on BHP Billiton Ltd."
		}
	}
	if obj >= 0 && obj != i && !skip(obj) && !protestActs[t.lemma(obj)] && (p.ObjLemmas == nil || rootOf(p.Code) == 14 && len(p.ObjLemmas) > 0) {
		return obj // (what is boycotted, not the protest staged)
	}
	if rootOf(p.Code) == 15 {
		// forces readied for an attack are aimed at what it is against:
		// "mobilized the army for a potential ground assault against X"
		for _, c := range t.children(i) {
			if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(c) == "for" && attackNouns[t.lemma(c)] {
				for _, g := range t.children(c) {
					if w.d.Tokens[g].Dep.Universal() == doc.Nmod && (t.caseOf(g) == "against" || t.caseOf(g) == "on") && !skip(g) {
						return g
					}
				}
			}
		}
	}
	for k := -2; k < len(preps); k++ {
		h := aimHead(k, i, obj, preps) // "on alert in the south region"
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && aimCase[t.caseOf(c)] && !skip(c) {
				return c
			}
		}
	}
	return -1
}

// protestAimPhrase is what a protest at predicate i opposes when its
// sentence says so: the object or against/at/over noun of a clause of
// protest ("protesting the new law", "to protest against the decision") or
// of "in protest" ("in protest at prison food"); -1 for none.
func (w *work) protestAimPhrase(i, obj int32, preps []int32) int32 {
	t := w.t
	aimOf := func(c int32) int32 {
		if o := t.child(c, doc.Obj); o >= 0 {
			return o
		}
		for _, g := range t.children(c) {
			if u := w.d.Tokens[g].Dep.Universal(); u == doc.Obl || u == doc.Nmod {
				switch t.caseOf(g) {
				case "against", "at", "over":
					return g
				}
			}
		}
		return -1
	}
	for k := -2; k < len(preps); k++ {
		h := aimHead(k, i, obj, preps) // "been on hunger strike for weeks in protest at"
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			switch u := w.d.Tokens[c].Dep.Universal(); {
			case (u == doc.Advcl || u == doc.Acl || u == doc.Xcomp) && opposeVerbs[t.lemma(c)] && t.child(c, doc.Nsubj) < 0:
				if a := aimOf(c); a >= 0 && nominal(w.d.Tokens[a].UPOS) {
					return a
				}
			case (u == doc.Obl || u == doc.Nmod) && t.lemma(c) == "protest" && t.caseOf(c) == "in":
				if a := aimOf(c); a >= 0 && nominal(w.d.Tokens[a].UPOS) {
					return a
				}
			case (u == doc.Obl || u == doc.Nmod) && t.lemma(c) == "response" && t.caseOf(c) == "in":
				// "holding a sit-in strike in response to Ford's decision"
				for _, g := range t.children(c) {
					if w.d.Tokens[g].Dep.Universal() == doc.Nmod && t.caseOf(g) == "to" && nominal(w.d.Tokens[g].UPOS) {
						return g
					}
				}
			}
		}
	}
	return -1
}

// attackNouns name an armed attack forces may be readied for.
var attackNouns = map[string]bool{"assault": true, "attack": true, "offensive": true, "invasion": true,
	"incursion": true, "operation": true, "strike": true, "strikes": true, "war": true}

// demandedOf is the named employer or body a strike's demand is made at:
// the name marked "at", "on" or "in" inside the strike's "for" phrase
// ("for higher wages and benefits on BHP Billiton Ltd."); -1 for none.
func (w *work) demandedOf(i int32) int32 {
	t := w.t
	for _, c := range t.children(i) {
		u := w.d.Tokens[c].Dep.Universal()
		if !((u == doc.Obl || u == doc.Nmod) && t.caseOf(c) == "for" || u == doc.Advcl && t.hasChildLemma(c, doc.Mark, "for")) {
			continue // (or "for better pay" misread as a clause)
		}
		lo, hi := w.subtreeRange(c)
		for g := lo; g < hi; g++ {
			if u := w.d.Tokens[g].Dep.Universal(); (u == doc.Nmod || u == doc.Obl) && w.d.Tokens[g].UPOS == doc.PROPN {
				switch t.caseOf(g) {
				case "at", "on", "in":
					return g
				}
			}
		}
	}
	return -1
}

// opposeVerbs say what a protest is against (not what it asks for:
// "demanding wage increases" names no target).
var opposeVerbs = map[string]bool{"protest": true, "denounce": true, "oppose": true, "condemn": true,
	"challenge": true, "criticize": true, "criticise": true, "decry": true, "resist": true, "reject": true}

// thwartedPlan: infinitive i is the content of a plan, a move or a
// proposal (schemeNouns) that the verb it is the object of blocks or
// opposes: "vetoed a proposal to send troops", and the same with the
// infinitive hung on the verb ("will block any move within the bloc to
// suspend Uganda").
func (w *work) thwartedPlan(i int32) bool {
	t := w.t
	h := t.head(i)
	if h < 0 || !t.hasChildLemma(i, doc.Mark, "to") {
		return false
	}
	switch w.d.Tokens[i].Dep.Universal() {
	case doc.Acl:
		if !schemeNouns[t.lemma(h)] || w.d.Tokens[h].Dep != doc.Obj {
			return false
		}
		h = t.head(h)
	case doc.Advcl, doc.Xcomp:
		if o := t.obj(h); o < 0 || o > i || !schemeNouns[t.lemma(o)] {
			return false
		}
	default:
		return false
	}
	return h >= 0 && (opposeVerbs[t.lemma(h)] || thwartVerbs[t.lemma(h)])
}

// thwartVerbs stop what others mean to do.
var thwartVerbs = map[string]bool{"block": true, "veto": true, "thwart": true, "foil": true, "scuttle": true,
	"defeat": true, "kill": true, "torpedo": true, "stall": true, "obstruct": true, "frustrate": true, "derail": true,
	"fight": true, "sink": true, "stop": true, "halt": true, "prevent": true}

// protestAimCases introduce what a protest is over or for ("protested
// over the arrest of their leader"), someone else's act.
var protestAimCases = map[string]bool{"over": true, "against": true, "at": true, "about": true, "for": true}

// protestActs are the protests a verb's object names ("staged a sit-in",
// "stopped work"), not what they are aimed at.
var protestActs = map[string]bool{"protest": true, "protests": true, "demonstration": true, "demonstrations": true,
	"rally": true, "rallies": true, "march": true, "marches": true, "strike": true, "strikes": true, "sit-in": true,
	"vigil": true, "walkout": true, "walkouts": true, "stoppage": true, "hunger-strike": true, "work": true,
	"tools": true, "picket": true, "blockade": true, "campaign": true}

// aimSkip: nouns after an aim preposition that say how or why, not where
// ("on alert", "in protest", "on strike", "in support").
var aimSkip = map[string]bool{"alert": true, "standby": true, "protest": true, "strike": true, "strikes": true,
	"support": true, "solidarity": true, "response": true, "case": true, "order": true, "effort": true,
	"bid": true, "attempt": true, "way": true, "part": true, "addition": true, "light": true, "view": true,
	"hunger-strike": true, "line": true, "behalf": true, "front": true, "favour": true, "favor": true,
	"demonstration": true, "refusal": true, "show": true, "display": true, "move": true, "rally": true,
	"march": true, "protests": true, "rallies": true, "weekend": true, "retaliation": true, "revenge": true,
	"a.m.": true, "p.m.": true, "noon": true, "midnight": true, "dawn": true, "protection": true, "preparation": true, "anticipation": true}

// phraseSpan is the text of the noun phrase headed by n, without what
// follows the head but its name parts: "a 95-year-old man" of "a
// 95-year-old man who acknowledged ...".
func (w *work) phraseSpan(n int32) doc.Span {
	t := w.t
	lo, hi := n, n+1
	for _, c := range t.children(n) {
		switch dep := w.d.Tokens[c].Dep; {
		case c < n && dep.Universal() != doc.Punct && dep.Universal() != doc.Case && dep.Universal() != doc.Cc && dep.Universal() != doc.Mark:
			if clo, _ := w.subtreeRange(c); clo < lo {
				lo = clo
			}
		case c > n && (dep.Universal() == doc.Flat || dep.Universal() == doc.Compound):
			if _, month := months[t.lemma(c)]; month || temporalNoun(t, c) {
				break // "IAE last December": the name ends before its date
			}
			if clo, chi := w.subtreeRange(c); clo == hi {
				hi = chi // the rest of a name, also one the parse built in pieces: "Peter [Biar Ajak]"
			}
		}
	}
	for lo < n && t.form(lo) == "," {
		lo++ // a comma the subtree of a modifier took in (", Liberal and Labour members")
	}
	return doc.Span{Start: w.d.Tokens[lo].Span.Start, End: w.d.Tokens[hi-1].Span.End}
}

// deepTarget is the nearest actor (fewest steps, then nearest the verb)
// in predicate i's own phrases: breadth first through its objects and
// obliques, a controlled complement ("refused to allow flights out of
// Afghanistan") or a to-purpose clause ("pledged aid to reassure Mali"),
// and the nominal modifiers, conjuncts, appositions and compounds below
// them, at most five steps down. Never into its subject, a passive's
// agent, a participial or subordinate clause ("after ...", "including
// ...", "saying ..."), a clause with a subject of its own or a relative
// clause: their actors belong to their own predicates. Not the source's
// own mentions, nor a place where it happened ("met in Geneva") unless the
// code's act lands on places, nor the "with" partner of force ("hit Idlib
// in coordination with Turkey").
func (w *work) deepTarget(i int32, src []part, code string, skip int32) []part {
	t := w.t
	places := placeTargeted(code)
	hostile := rootOf(code) >= 14
	var buf [64]int32
	level := append(buf[:0], i)
	var next [64]int32
	var placedBuf [16]int32
	placed := placedBuf[:0] // phrases of where, which name no target
	var agreedBuf [4]int32
	agreed := agreedBuf[:0] // what a deal's content clause is done to
	for depth := 0; depth < 5 && len(level) > 0; depth++ {
		nx := next[:0]
		best, bestDist := int32(-1), int32(1<<30)
		for _, h := range level {
			for _, c := range t.children(h) {
				tk := &t.d.Tokens[c]
				if tk.Dep == doc.OblAgent {
					continue // who acts in a clause below, not a target
				}
				switch tk.Dep.Universal() {
				case doc.Obj, doc.Iobj, doc.Obl, doc.Nmod, doc.Appos, doc.Compound, doc.Amod:
				case doc.Conj:
					if h == i || isPredicate(t, c) {
						continue
					}
				case doc.Xcomp, doc.Acl, doc.Advcl:
					if tk.Dep == doc.AclRelcl || t.child(c, doc.Nsubj) >= 0 || t.child(c, doc.NsubjPass) >= 0 {
						continue
					}
					if tk.Dep == doc.Xcomp && h == i && t.obj(i) >= 0 && t.hasChildLemma(c, doc.Mark, "to") && groupNouns[t.lemma(t.obj(i))] {
						continue // the object's own act: "helped groups to fight Assad" is no help to Assad
					}
					if tk.Dep == doc.Acl && rootOf(code) == 4 && venueNouns[t.lemma(h)] && t.hasChildLemma(c, doc.Mark, "to") {
						continue // what a meeting is for: "held a session to weigh Britain's reply" meets no one in it
					}
					if tk.Dep == doc.Acl && documentNouns[t.lemma(h)] {
						continue // "a report accusing X": what the report says, not whom the act is on
					}
					if r := rootOf(code); (r == 5 && !helpVerbs[t.lemma(c)] || r == 11 || r == 12) && tk.Dep == doc.Acl && schemeNouns[t.lemma(h)] && t.hasChildLemma(c, doc.Mark, "to") {
						// "opposed plans to isolate Russia", "backed a move to
						// sanction Iran": for or against the plan, not Russia or
						// Iran (but backing efforts to help Kyiv backs Kyiv)
						continue
					}

					if tk.Dep.Universal() == doc.Advcl && (!purposeTargeted(code) || !t.hasChildLemma(c, doc.Mark, "to")) {
						continue // "after being allowed to leave": when, not what; "including the US": a list
					}
					if hostile && shieldVerbs[t.lemma(c)] {
						continue // whom force is sent to rescue or protect is no target of it: "deployed troops to protect Ugandan civilians"
					}
				default:
					continue
				}
				if (h == i || h == skip) && (tk.Dep.Universal() == doc.Amod || tk.Dep.Universal() == doc.Compound) {
					continue // the verb's or an obj=* object's own words
				}
				if tk.Dep.Universal() == doc.Compound && venueNouns[t.lemma(h)] && t.mention[c] >= 0 && placeKind(w.d.Mentions[t.mention[c]].Kind) {
					continue // where it is held: "refused to attend the Paris meeting" refuses no one in Paris
				}
				if tk.Dep.Universal() == doc.Compound && tk.UPOS == doc.NOUN && w.gatheringKind(h) {
					continue // what kind of gathering: "held a cabinet meeting" meets no cabinet but its own
				}
				if slices.Contains(agreed, h) && t.caseOf(c) != "from" && t.caseOf(c) != "with" {
					continue // (but "to buy two plants from Germany": the seller is the other party)
				}
				dealt := tk.Dep.Universal() == doc.Obj && t.d.Tokens[h].Dep == doc.Acl && pactNouns[t.lemma(t.head(h))] && t.hasChildLemma(h, doc.Mark, "to")
				if dealt && len(agreed) < cap(agreed) {
					agreed = append(agreed, c) // "signed a deal to sell five hospitals": what is agreed on, not with whom
				}
				if t.caseOf(c) == "accord" {
					continue // "according to the Syrian army": who says so, nothing below it
				}
				if u := tk.Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && w.factPhrase(c) {
					continue // "will meet despite the attack on Kuwait", "resigned because of the talks with Hamas"
				}
				if rootOf(code) == 4 && (t.caseOf(c) == "about" || t.caseOf(c) == "regarding" || t.caseOf(c) == "concerning" || h == i && t.caseOf(c) == "of") {
					// what talks are about: "talked about sanctions on a
					// company", "talked of the rivalry between Uganda and
					// Tanzania" is no talk with them
					continue
				}
				if opponentPhrase(t, h, c, code) {
					continue
				}
				if tk.Dep.Universal() == doc.Amod && h != i && rootOf(code) != 2 && ledActNouns[t.lemma(h)] && leadWord(t.form(c)) {
					// who leads an act does it, and is not whom defending or
					// vetoing a call for it is aimed at ("vetoed calls for a
					// UN-led investigation"); a call for it asks it of them
					continue
				}
				if (tk.Dep == doc.NmodPoss || t.caseOf(c) == "of") && sideNouns[t.lemma(h)] {
					continue // whose allies or proxies they are: "struck Iran's proxies" is not on Iran
				}
				if t.caseOf(c) == "as" || t.hasChildLemma(c, doc.Mark, "as") {
					continue // "stationed as peacekeeping troops": a role, not a target
				}
				if (skip >= 0 && h != i || rootOf(code) == 7 || strings.HasPrefix(code, "084")) && t.caseOf(c) == "by" {
					// who made what is given, not who gets it: "a feed of a
					// speech by Macron", "returned a painting by a Ugandan
					// artist" (wherever the parse hangs it)
					continue
				}
				// a place's "of" phrase and apposition are where too ("within
				// areas of Syria", "in Asuncion, Paraguay"), and so are the
				// modifiers of a site or a venue ("in its Ohio service
				// territory", "in a Lyon court"; not "a change in French
				// policy"); so is what one speaks or talks from ("speaking
				// from Kampala" consults no one there)
				u := tk.Dep.Universal()
				where := !places && (placeCase[t.caseOf(c)] || h == i && rootOf(code) == 4 && t.caseOf(c) == "from" ||
					(t.caseOf(c) == "of" || u == doc.Appos || (u == doc.Compound || u == doc.Amod || tk.Dep == doc.NmodPoss) && (siteNoun(t.lemma(h)) || t.d.Tokens[h].Dep == doc.Compound)) && slices.Contains(placed, h))
				if where && len(placed) < cap(placed) {
					placed = append(placed, c)
				}
				if where || dealt || tk.UPOS == doc.PRON || hostile && partnerCase[t.caseOf(c)] || c == skip || h == skip && tk.Dep.Universal() == doc.Conj || w.gatheringKind(c) ||
					w.venueCity(h, c) || hostile && w.cognatePart(i, h, c) || w.ownMembers(h, c) {
					// go through, not to: "people in Nigeria"; "his visit" is
					// most often the source's own; the "with" of force,
					// coercion or violence is a partner or a means ("hit
					// Idlib in coordination with Turkey")
				} else if ps := w.partsOf(t.parts[:0], c, h); len(ps) > 0 && !sameActors(ps, src) {
					dist := c - i
					if dist < 0 {
						dist = -dist + 1000 // before the verb: only when nothing follows it
					}
					if dist < bestDist {
						best, bestDist = c, dist
					}
				}
				if len(nx) < cap(nx) {
					nx = append(nx, c)
				}
			}
		}
		if best >= 0 {
			var out []part
			for _, p := range w.partsOf(nil, best, t.head(best)) {
				if !sameActors([]part{p}, src) {
					out = append(out, p)
				}
			}
			return out
		}
		level = append(buf[:0], nx...)
	}
	return nil
}

// dropPartners removes from ps the parts that act alongside the source
// ("along with", "alongside", "together with"): partners of a force or a
// protest, not whom it is aimed at. ps itself is left as it is.
func (w *work) dropPartners(i int32, ps []part) []part {
	t := w.t
	partner := func(p part) bool {
		// on the part's token or the phrase it is a compound or name of,
		// which hangs on the predicate (in a list of targets, "along with"
		// adds to it: "sanctions on Pompeo, Azar and Bannon, along with
		// two dozen other officials")
		for k, tok := 0, p.tok; k < 2 && tok >= 0; k, tok = k+1, t.head(tok) {
			if t.head(tok) == i {
				for _, c := range t.children(tok) {
					if dep := t.d.Tokens[c].Dep; (dep == doc.Case || dep == doc.Advmod) && w.partnerWord(c) {
						return true
					}
				}
			}
			if u := t.d.Tokens[tok].Dep.Universal(); u != doc.Compound && u != doc.Flat {
				break
			}
		}
		return false
	}
	var out []part
	for i, p := range ps {
		if partner(p) {
			if out == nil {
				out = append(make([]part, 0, len(ps)), ps[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// partnerWord: token c is "alongside", or "along" or "together" before
// "with" ("along the border" is a place).
func (w *work) partnerWord(c int32) bool {
	switch w.t.lemma(c) {
	case "alongside":
		return true
	case "along", "together":
		return int(c)+1 < len(w.d.Tokens) && w.t.lemma(c+1) == "with"
	}
	return false
}

// pressVerbs are how the press reaches its sources.
var pressVerbs = map[string]bool{"contact": true, "interview": true, "reach": true, "poll": true, "survey": true,
	"ask": true, "question": true, "speak": true, "talk": true}

// partnerCase marks who acts alongside: "with", "along with", "alongside".
var partnerCase = map[string]bool{"with": true, "along": true, "alongside": true}

// purposeTargeted: codes whose purpose clause may name whom the act is
// aimed at ("pledged $5bn to support Jordan", "placed a brigade on alert to
// fly into Lebanon"): all but consulting and cooperating, whose other side
// is the partner, not whom the joint work is for ("worked with DfID to
// rescue children of British fighters"), and criticising or rejecting,
// whose purpose clause is most often what was criticised ("challenged a
// plan to attack Riga": Riga is not criticised). A mediation (045) is
// the exception: its purpose names the sides it mediates between.
func purposeTargeted(code string) bool {
	if len(code) >= 3 && code[:3] == "045" {
		return true // "began a mediation effort to end the dispute between Ethiopia and ..."
	}
	if len(code) >= 3 && code[:3] == "083" {
		return false // "resigned to set up a consulting firm", "to join a Ugandan bank": where one goes next
	}
	switch rootOf(code) {
	case 4, 5, 6, 11, 12:
		return false
	}
	return true
}

// placeCase marks where something happened, not to whom.
var placeCase = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true,
	"across": true, "throughout": true, "along": true, "within": true, "around": true, "during": true}

// sameActors reports whether every part of ps is one of src's mentions or
// the same actor or a part of it (a government and its minister); two
// parts named only by words no dictionary codes are one when the words are.
func sameActors(ps, src []part) bool {
	for _, p := range ps {
		found := false
		for _, s := range src {
			a, b := p.actor.Code, s.actor.Code
			if len(a) > len(b) {
				a, b = b, a
			}
			if p.mention == s.mention && (p.phrase.Empty() || s.phrase.Empty() || p.phrase == s.phrase) || a != "" && strings.HasPrefix(b, a) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// missionsOnly: every part is an international organisation or a
// peacekeeping force (IGO..., PKO).
func missionsOnly(ps []part) bool {
	for _, p := range ps {
		if c := p.actor.Code; !strings.HasPrefix(c, "IGO") && !strings.HasSuffix(c, "PKO") {
			return false
		}
	}
	return true
}

// missionNouns name a force or mission sent somewhere.
var missionNouns = map[string]bool{"force": true, "forces": true, "mission": true, "missions": true,
	"operation": true, "operations": true, "contingent": true, "coalition": true}

// servedState is the state named by an "in X" modifier of the mission noun
// a target's phrase is headed by (the target itself or its head, at most
// two steps up), or nil.
func (w *work) servedState(ps []part) []part {
	t := w.t
	for _, p := range ps {
		h := p.tok
		for k := 0; k < 3 && h >= 0; k, h = k+1, t.head(h) {
			if !missionNouns[t.lemma(h)] {
				continue
			}
			for _, c := range t.children(h) {
				if w.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "in" {
					if out := w.partsOf(nil, c, h); len(out) > 0 && allStates(out) {
						return out
					}
				}
			}
		}
	}
	return nil
}

// allStates: every part's code is a state's, with or without a sector.
func allStates(ps []part) bool {
	for _, p := range ps {
		if c := p.actor.Code; len(c) < 3 || !cameo.IsCountry(c[:3]) {
			return false
		}
	}
	return true
}

// movingVerbs move their object, the source's own people: "withdrew
// peacekeepers from the border", "recalled its ambassador".
var movingVerbs = map[string]bool{"withdraw": true, "recall": true, "pull": true, "send": true,
	"deploy": true, "dispatch": true, "move": true, "bring": true}

// sameCountry: every part of ps has the country of one of src (its first
// three letters), or none.
func sameCountry(ps, src []part) bool {
	for _, p := range ps {
		c := p.actor.Code
		if len(c) < 3 || !cameo.IsCountry(c[:3]) {
			return true // a sector only ("troops", MIL): anyone's, most often the source's own
		}
		found := false
		for _, s := range src {
			if len(s.actor.Code) >= 3 && s.actor.Code[:3] == c[:3] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// ownThing: the states ps whose thing an act is aimed at are all the
// actor's own (src): "refused to rule out Kenyan retaliation", said by
// Kenya, is aimed at no one.
func ownThing(ps, src []part) bool {
	for _, p := range ps {
		found := false
		for _, s := range src {
			if len(p.actor.Code) >= 3 && len(s.actor.Code) >= 3 && p.actor.Code[:3] == s.actor.Code[:3] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// topicTarget reports whether targets are the object obj of "discuss" or
// a word of its phrase: what is discussed is the topic, never the partner
// ("Putin and Xi discussed Ukraine by phone", "discussed Somalia's
// security" are no talks with Ukraine or Somalia).
func (w *work) topicTarget(i, obj int32, targets []part) bool {
	if w.t.lemma(i) != "discuss" || obj < 0 || len(targets) == 0 {
		return false
	}
	tk := targets[0].tok
	if tk == obj {
		return true
	}
	if tk < 0 || !w.phraseSpan(obj).Contains(w.d.Tokens[tk].Span) {
		return false
	}
	for k := 0; k < 4 && tk >= 0 && tk != i; k++ {
		if w.t.caseOf(tk) == "with" {
			return false // the partner, hung on the topic: "discussed trade with Kenya"
		}
		if tk = w.t.head(tk); tk == obj {
			return true // a word of the object's phrase, not through the verb (a relative clause's)
		}
	}
	return false
}

// unownedForces reports whether every part is the object obj, a noun for
// troops whose actor only the context gave (the country last named).
func (w *work) unownedForces(ps []part, obj int32) bool {
	for _, p := range ps {
		if p.tok != obj || !troopNouns[w.t.lemma(obj)] || !strings.HasPrefix(p.actor.Entry, "context:") {
			return false
		}
	}
	return true
}

// ownForces: every part of ps is the military of a state among src.
func ownForces(ps, src []part) bool {
	for _, p := range ps {
		c := p.actor.Code
		if c == "MIL" {
			continue // troops no one's: the withdrawer's ("withdrew troops from the region")
		}
		if len(c) < 6 || !cameo.IsCountry(c[:3]) || !strings.Contains(c[3:], "MIL") || !sameCountry([]part{p}, src) {
			return false
		}
	}
	return true
}

// fromPlace is the state of the place a from-phrase of verb i or of its
// object obj names ("from its embassy in Tehran"), or nil.
func (w *work) fromPlace(i, obj int32) []part {
	for _, h := range [2]int32{i, obj} {
		if h < 0 {
			continue
		}
		for _, c := range w.t.children(h) {
			if w.t.caseOf(c) == "from" {
				if ps := w.placeTargets(c, -1, true); len(ps) > 0 {
					return ps
				}
			}
		}
	}
	return nil
}

// ownEnvoys: every part of ps is the government of src's one state
// (its diplomats: "four more diplomats", read as GBRGOV).
func ownEnvoys(ps, src []part) bool {
	for _, p := range ps {
		if c := p.actor.Code; len(c) < 6 || c[3:6] != "GOV" {
			return false
		}
	}
	return sameCountry(ps, src)
}

// ownNamedForces: every part of ps is the military of src's state, named
// as that state's (not a bare MIL, which may be anyone's army), and src a
// state or its government or military (not rebels freeing a soldier of
// their country's army).
func ownNamedForces(ps, src []part) bool {
	for _, p := range ps {
		if len(p.actor.Code) < 6 {
			return false
		}
	}
	for _, s := range src {
		if c := s.actor.Code; len(c) != 3 && !(len(c) >= 6 && (c[3:6] == "GOV" || c[3:6] == "MIL")) {
			return false
		}
	}
	return ownForces(ps, src)
}

// strayAgent is the agent of passive i that the parser hung on one of its
// obliques ("were freed from detention by the army", with "by
// the army" under "detention") or on an adverb ("was opposed
// earlier by Osgiliath", under "earlier"): a "by" phrase naming an actor;
// -1.
func (w *work) strayAgent(i int32) int32 {
	t := w.t
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep.Universal() == doc.Advmod {
			for _, g := range t.children(c) {
				if u := t.d.Tokens[g].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(g) == "by" &&
					len(w.partsOf(t.parts[:0], g, c)) > 0 {
					return g
				}
			}
			continue
		}
		if t.d.Tokens[c].Dep != doc.Obl {
			continue
		}
		if t.caseOf(c) == "by" && len(w.partsOf(t.parts[:0], c, i)) > 0 {
			return c // the agent labelled a plain oblique: "was carried out by Hezbollah"
		}
		for _, g := range t.children(c) {
			if t.d.Tokens[g].Dep.Universal() == doc.Nmod && t.caseOf(g) == "by" && len(w.partsOf(t.parts[:0], g, c)) > 0 {
				return g
			}
		}
	}
	return -1
}

// matchInfo is where a pattern's arguments were found.
type matchInfo struct {
	obj   int32    // the direct object (or passive subject); -1
	preps [4]int32 // obliques named by the pattern, in pattern order
	nprep int
	comp  int32 // the complement of a frame; -1
}

// refusal is an act that, not done, is the refusal coded: its code, its
// predicate and how its pattern matched there.
type refusal struct {
	code string
	at   int32
	p    *verbs.Pattern
	m    matchInfo
}

// match returns the first of the patterns ids whose arguments hold at i.
func (w *work) match(i int32, ids []int32, passive bool) (*verbs.Pattern, matchInfo) {
	return w.matchObj(i, ids, passive, -1)
}

// matchObj is match with the object given (objAt >= 0) instead of read
// from i's children.
func (w *work) matchObj(i int32, ids []int32, passive bool, objAt int32) (*verbs.Pattern, matchInfo) {
	p, m := w.matchPass(i, ids, passive, objAt, false)
	if p != nil && p.ObjLemmas == nil && p.Trigger != verbs.Noun {
		// a pattern of any object holds ("allow obj"); one tried before it
		// whose object names the act may hold too, with a target oblique
		// that names no actor ("allowed aid into the areas hit by the
		// storm": allow obj=aid into:T), and says more
		if rp, rm := w.matchPass(i, ids, passive, objAt, true); rp != nil && rp.ObjLemmas != nil {
			return rp, rm
		}
	}
	if p != nil {
		return p, m
	}
	// no pattern holds: a pattern whose object names the act may still,
	// with a target oblique that names no actor ("launched an
	// investigation into the financial dealings of Alpenhof", "began their
	// assault on the northern district")
	return w.matchPass(i, ids, passive, objAt, true)
}

// matchPass is one pass of matchObj; relaxed lets an act-object pattern's
// target oblique name no actor.
func (w *work) matchPass(i int32, ids []int32, passive bool, objAt int32, relaxed bool) (*verbs.Pattern, matchInfo) {
	t := w.t
	if t.lemma(i) == "plead" && w.plea(i) {
		return nil, matchInfo{obj: -1, comp: -1} // "pleaded guilty before the tribunal to charges": a plea, no appeal
	}
	relHead := int32(-2) // relativeHead(i), asked once, when a pattern needs it
	for _, id := range ids {
		p := &w.c.lex.Patterns[id]
		m := matchInfo{obj: -1, comp: -1}
		if p.Particle != "" && !w.hasParticle(i, p.Particle) {
			continue
		}
		if p.NoEvent {
			if w.idiomHolds(i, p, passive, objAt) {
				break // "struck oil", "met with objections": the word is used in an idiom that is no event
			}
			continue
		}
		if objAt >= 0 {
			m.obj = objAt
		} else if passive {
			m.obj = t.child(i, doc.NsubjPass)
			if m.obj < 0 && (w.d.Tokens[i].Dep == doc.Acl || w.d.Tokens[i].Dep == doc.Amod) && reducedPassive(t, i) {
				m.obj = t.head(i) // "Goma, attacked by rebels"
			}
		} else {
			m.obj = t.obj(i)
			if m.obj < 0 && p.Particle != "" {
				m.obj = w.particleObl(i, p.Particle)
			}
			if m.obj < 0 && !passive && (p.Obj || p.ObjLemmas != nil) {
				m.obj = w.bareObject(i) // "provided some $250 million in total ODA to Vietnam", "$" an oblique
			}
			if m.obj < 0 && !passive && p.Code[:2] != "01" && t.child(i, doc.Ccomp) < 0 {
				// an indirect object with no direct one is the object the
				// parse mislabelled: "Erdogan warned Greece against ..."
				// (not the addressee of what is told: "told reporters that")
				m.obj = t.child(i, doc.Iobj)
			}
		}
		if len(p.ObjLemmas) > 0 && objAt < 0 && !passive &&
			(m.obj < 0 && t.child(i, doc.Nsubj) >= 0 || m.obj >= 0 && (t.lemma(m.obj) == "that" || t.lemma(m.obj) == "which")) {
			if relHead == -2 {
				relHead = w.relativeHead(i)
			}
			if relHead >= 0 {
				m.obj = relHead
			}
		}
		if p.Obj && m.obj < 0 {
			continue
		}
		if p.Obj && p.ObjLemmas == nil && p.Frame == verbs.Refine && (objAt >= 0 || m.obj < i || w.compBefore(i, m.obj)) {
			// the one asked to act is named between the verb and what it
			// is to do: in "questions that Uganda wants to discuss with
			// Tanzania" the noun the relative clause hangs on is what is
			// discussed, not who is called on
			continue
		}
		if p.ObjLemmas == nil && m.obj >= 0 && w.textObject(m.obj) && physicalCode(p.Code) {
			continue // "released a report", "attacked the law", "released its results": a text is not freed or fought
		}
		if p.ObjLemmas == nil && m.obj >= 0 && rootOf(p.Code) >= 18 && (figurativeNouns[t.lemma(m.obj)] || marketNouns[t.lemma(m.obj)]) && t.mention[m.obj] < 0 {
			continue // "fought the cuts", "attacked the plan", "fought inflation": no force is used on an idea
		}
		if p.Code == "115" && (p.Lemma == "take" || p.Lemma == "launch") && m.obj >= 0 && t.lemma(m.obj) == "action" && !hasAmodIn(t, m.obj, legalActionKinds) {
			continue // "would take action against the militia": any measure, no lawsuit unless legal action
		}
		if p.Code == "192" && p.Lemma == "take" && takeOver(p) && w.companyTaken(i, passive) {
			continue // "the bakery was taken over by Delta Grain Mills": a takeover, no occupation
		}
		if p.Code == "192" && m.obj >= 0 && t.lemma(m.obj) == "control" && w.companyControl(m.obj) {
			continue // "taking control of a Swiss-led syndicate": a firm, no territory
		}
		if r := rootOf(p.Code); (r == 3 || r == 7) && m.obj >= 0 && talkNouns[t.lemma(m.obj)] {
			continue // "will give a closing address": words, no aid
		}
		if t.lemma(i) == "plead" && (t.hasChildLemma(i, doc.Xcomp, "guilty") || t.hasChildLemma(i, doc.Obj, "guilty")) {
			continue // "pleaded not guilty to all counts": a plea in court, no appeal
		}
		if rootOf(p.Code) == 2 && t.lemma(i) == "ask" && w.asksQuestion(i) {
			continue // "was asked by a journalist if Kampala would devalue the shilling": a question, no appeal
		}
		if t.lemma(i) == "bar" && w.d.Tokens[i].XPOS == xposVBG && w.d.Tokens[i].Dep.Universal() == doc.Advcl {
			continue // "barring any last-minute hitch": unless, not a ban
		}
		if t.lemma(i) == "execute" && m.obj >= 0 && m.obj != i && t.mention[m.obj] < 0 && !actor.PeopleNoun(t.lemma(m.obj)) && !groupNouns[t.lemma(m.obj)] {
			continue // "executed three new franchise licences", "executed the plan": carried out, no one put to death
		}
		if p.Code == "143" && t.lemma(i) == "strike" && passive {
			continue // "the tax was stricken by the high court": struck down, no walkout (which is never done to something)
		}
		if t.lemma(i) == "strike" && w.strikesAs(i) {
			continue // "It strikes me odd", "struck him as unfair": seemed, no blow
		}
		if p.Code == "054" && p.ObjLemmas == nil && m.obj >= 0 && t.mention[m.obj] < 0 && !recognisedNouns[t.lemma(m.obj)] {
			continue // "recognised the diligence of Chilean growers": praise, not diplomatic recognition
		}
		if p.Code == "043" && m.obj >= 0 && weaponNouns[t.lemma(m.obj)] {
			continue // "Belarus hosted Russian nuclear weapons": arms are stationed, not guests
		}
		if p.Code == "043" && p.ObjLemmas == nil && m.obj >= 0 && m.obj != i && t.mention[m.obj] < 0 && p.Lemma != "host" && !visitNouns[t.lemma(m.obj)] {
			continue // "welcomed a stake bought by Halvor", "received a letter": a thing received hosts no visit
		}
		if rootOf(p.Code) == 8 && m.obj >= 0 && w.marketDemand(m.obj) {
			continue // "to meet demand", "met strong demand for steel": buyers', not anyone's demands
		}
		if p.ObjLemmas == nil && m.obj >= 0 && (p.Code == "051" || p.Code == "052") && marketNouns[t.lemma(m.obj)] {
			continue // "intervened to support the dollar", "defending the price": a currency or a market is propped up, not praised or defended in words
		}
		if (rootOf(p.Code) == 14 || p.Code == "082") && m.obj >= 0 && militaryStrike(t, m.obj) {
			continue // "launched air strikes", "halted its air strikes": not a walkout, begun or ended
		}
		if p.Code == "043" && p.ObjLemmas == nil && m.obj >= 0 && passive && (thingHead(t, m.obj) ||
			len(w.partsOf(t.parts[:0], m.obj, i)) == 0 && !actor.PeopleNoun(t.lemma(m.obj)) && !gatheringNouns[t.lemma(m.obj)]) {
			continue // "Ghana's budget reforms were welcomed by the IMF": praise, no guests
		}
		if p.Code == "043" && p.ObjLemmas == nil && m.obj >= 0 && !passive && (thingHead(t, m.obj) ||
			len(w.partsOf(t.parts[:0], m.obj, i)) == 0 && len(w.nounPatterns(m.obj)) == 0 && !gatheringNouns[t.lemma(m.obj)]) {
			continue // hosting needs guests or a gathering: "received a phone call", "received funding", "received a U.S. Army contract" host no one
		}
		if rootOf(p.Code) == 19 && p.Lemma == "target" && m.obj >= 0 && w.economicTarget(i, m.obj) {
			continue // "the central bank is targeting money supply growth of three to six pct": a goal, no attack
		}
		if strings.HasPrefix(p.Code, "084") && p.ObjLemmas == nil && m.obj >= 0 && !passive &&
			(t.is(m.obj, commodityWords) || measureUnits[t.lemma(m.obj)] || w.lightNounIs(m.obj, commodityWords)) {
			continue // "released some 2,300 tonnes of copper", "released oil from its reserves": stock, no one freed
		}
		if (p.Code == "041" || rootOf(p.Code) == 2) && p.Lemma == "call" && p.Particle == "" && (w.particleOf(i, notPhoneParticles) || t.hasChildLemma(i, doc.Advmod, "back")) {
			// "called out the deal", "called back its ambassador", "called
			// off the talks": no phone call; "called back from their Easter
			// break for an emergency cabinet meeting": no appeal
			continue
		}
		if p.Code == "041" && p.Lemma == "call" && t.obj(i) < 0 && w.hasCaseChild(i, "for") {
			continue // "called for a cut of 40 mln dlrs, or 12 pct": asked, no phone call (the bare "pct" is no one called)
		}
		if p.Code == "041" && p.Lemma == "call" && m.obj >= 0 && m.obj != i && (t.is(m.obj, calledThings) || w.lightNounIs(m.obj, calledThings)) {
			continue // "called an open-ended moratorium on its bond payments", "called a snap election": declared, no phone call
		}
		if p.Code == "041" && p.Lemma == "call" && m.obj >= 0 && w.secondObject(i, m.obj) {
			continue // "they call us guests", "calls Israel a terrorist state": a name given, no phone call
		}
		if (p.Code == "040" || p.Code == "043") && p.Lemma == "meet" && p.ObjLemmas == nil && m.obj >= 0 && !w.guest(m.obj, i) {
			continue // "met the preconditions", "meet demand": no one met
		}
		if p.Code == "086" && p.ObjLemmas == nil && t.child(i, doc.Xcomp) >= 0 && !w.outsideBodies(m.obj, i) {
			continue // "allowed me to speak", "allowed Obama to circumvent": permission to act, not international involvement
		}
		if p.Code == "042" && p.Lemma == "arrive" && len(p.Preps) > 0 && p.Preps[0].Prep == "in" && (!w.officialSubject(i) || w.peacekeepingSubject(i)) {
			continue // an official who arrives in a country visits it; migrants or troops arriving do not
		}
		if p.Code == "074" && p.Obj == false && p.ObjLemmas == nil && !w.peacekeepingSubject(i) && !(len(p.Preps) > 0 && w.peacekeeping(i)) {
			continue // an arrival is no peacekeeping unless peacekeepers arrive, or in a peacekeeping mission
		}
		if p.Code == "087" && p.Lemma == "leave" && !w.subjectHas(i, troopNouns) {
			continue // leaving a country is a withdrawal only for troops
		}
		if p.Code == "190" && p.Lemma == "clash" && len(p.Preps) == 0 && (!w.forceSubject(i) || w.clashedOverWords(i)) {
			continue // "the two ministers clashed over the budget", "Kenya and Uganda clashed over trade": words, not force
		}
		if p.ObjLemmas == nil && !p.Obj && (p.Code == "080" && yieldWords[p.Lemma] || p.Code == "141" && (p.Lemma == "demonstrate" || p.Lemma == "rally")) &&
			(m.obj >= 0 && m.obj != i && t.caseOf(m.obj) == "" && !temporalNoun(t, m.obj) && !timeNouns[t.lemma(m.obj)] || t.child(i, doc.Ccomp) >= 0) &&
			!w.hasCaseChild(i, "to") && (m.obj < 0 || !t.is(m.obj, yieldedTo)) {
			continue // "the auction yielded 7.28 pct", "conceded that ...", "submitted a plan", "demonstrated its resolve", "rallied its followers"
		}
		if m.obj == i+1 && w.d.Tokens[i].XPOS == xposVBG && i > 0 && (w.d.Tokens[i-1].UPOS == doc.DET || w.d.Tokens[i-1].XPOS == xposPRPS ||
			(w.d.Tokens[i-1].UPOS == doc.ADP || w.d.Tokens[i-1].UPOS == doc.SCONJ) && attributiveParticiples[t.form(i)] && w.d.Tokens[m.obj].UPOS == doc.NOUN) {
			// (or right after a preposition, one that is mostly an
			// attribute: "moved into surrounding villages", not "retaliated
			// by firing missiles")
			continue // "into its surrounding hills" parsed as a clause: an attribute, no act
		}
		if u := w.d.Tokens[i].Dep.Universal(); w.d.Tokens[i].XPOS == xposVBN && hedgeWords[t.form(i)] && (u == doc.Xcomp || u == doc.Amod || u == doc.Acl) &&
			t.child(i, doc.Nsubj) < 0 && t.child(i, doc.NsubjPass) < 0 && t.child(i, doc.Aux) < 0 && m.obj > i && w.d.Tokens[i+1].UPOS != doc.DET {
			continue // "detained alleged Isis fighters" parsed as a clause: a hedge on the noun, no accusation
		}
		if p.Code == "141" && p.Lemma == "rally" {
			if s := t.child(i, doc.Nsubj); s >= 0 && (marketNouns[t.lemma(s)] || rallyingMarkets[t.lemma(s)] || w.cityByName(s)) {
				continue // "oil stocks rallied", "the dollar rallied", "wheat futures rallied", "Chicago rallied": a market, no crowd
			}
		}
		if r := rootOf(p.Code); r >= 18 && p.Trigger == verbs.Noun && (w.figurativeForce(i) || t.lemma(i) == "conflict" && w.tradeDispute()) {
			continue // "a trade war between Kenya and Uganda", "the conflict between the three trading powers": no force
		}
		if r := rootOf(p.Code); r >= 18 && m.obj >= 0 && ((p.ObjLemmas != nil || cognateObjects[t.lemma(m.obj)]) && w.figurativeForce(m.obj) || p.Lemma == "kill" && t.is(m.obj, killedThings) || p.Lemma == "hit" && w.figureObject(m.obj, 3)) {
			continue // "waged a trade war on Japan", "killed off the deal", "hit the 2% spending target": no force
		}
		if rootOf(p.Code) >= 18 && m.obj >= 0 && (t.lemma(m.obj) == "operation" || t.lemma(m.obj) == "operations") && w.civilOperation(m.obj) {
			continue // "conducted a 200 billion yen bill purchase operation": a market operation, no force
		}
		if p.Code == "182" && p.Lemma == "beat" && m.obj >= 0 && t.is(m.obj, beatenThings) {
			continue // "beat a hasty retreat", "beat expectations": no one assaulted
		}
		if p.Code == "170" && p.ObjLemmas == nil && m.obj >= 0 && t.mention[m.obj] < 0 &&
			(movedMoney[t.lemma(m.obj)] || marketNouns[t.lemma(m.obj)] || valueNouns[t.lemma(m.obj)]) {
			continue // "forced funds out of the banks", "forced prices down": money moved, no one coerced
		}
		if p.Code == "173" && p.Lemma == "capture" && m.obj >= 0 && t.is(m.obj, capturedThings) {
			continue // "captured 60 percent of the vote", "captured the predicament of the army": no one seized
		}
		if p.Code == "192" && p.Lemma == "occupy" && m.obj >= 0 && t.is(m.obj, premisesNouns) {
			continue // "it will occupy 537,000 square feet": a tenant, no occupation
		}
		if p.Lemma == "threaten" && w.copularComplement(i) && t.hasChildLemma(i, doc.Nsubj, "it", "this", "that", "which") {
			continue // "it threatens to be another day of tension", "to become a wider war": a likelihood, no threat
		}
		if rootOf(p.Code) == 17 && m.obj >= 0 && w.valueObject(m.obj) {
			continue // "curbed the yen's rise", "restrict price rises": a market steered, no sanction
		}
		if p.Code == "172" && p.Lemma == "suspend" && m.obj >= 0 && (t.is(m.obj, suspendedBusiness) || w.lightNounIs(m.obj, suspendedBusiness)) {
			continue // "the firm has suspended its quarterly dividend": business, no sanction
		}
		if p.Code == "172" && p.Lemma == "suspend" && m.obj >= 0 && (t.is(m.obj, sentenceNouns) || w.lightNounIs(m.obj, sentenceNouns) || t.lemma(m.obj) == "remainder") {
			continue // "suspended the remainder of her jail term": leniency, no sanction
		}
		if p.Code == "052" && p.Lemma == "defend" && w.groundDefended(m.obj) {
			continue // "defended Kobane", "the area is defended by 400 Isis members": held by force, not defended in words
		}
		if (p.Code == "116" && p.Lemma == "find" || p.Code == "112" && p.Lemma == "hold") && !w.verdict(i) {
			continue // "found a solution", "found it hard", "held talks": no finding of guilt
		}
		if p.Code == "112" && p.Lemma == "hold" && (m.obj < 0 || len(w.partsOf(t.parts[:0], m.obj, i)) == 0) {
			continue // whom one holds responsible is the object, or no one the text names ("held the west responsible")
		}
		if p.Lemma == "call" && m.obj >= 0 && (t.lemma(m.obj) == "shot" || t.lemma(m.obj) == "shots") {
			continue // "called the shots": was in charge
		}
		if p.Lemma == "call" && p.Code != "041" && m.obj >= 0 && predicative(t, i) {
			continue // "called France's ambassador to Brazil a complete idiot": naming, no appeal to Brazil
		}
		if p.Code == "041" && m.obj >= 0 && (predicative(t, i) || w.d.Tokens[i].Dep == doc.AclRelcl &&
			t.head(i) >= 0 && w.d.Tokens[t.head(i)].UPOS == doc.PRON) {
			// "called the ambassador a stupid guy", "what it called the
			// tottering regime": naming, not phoning
			continue
		}
		if len(p.ObjLemmas) > 0 && !t.is(m.obj, p.ObjLemmas) && !w.lightNounIs(m.obj, p.ObjLemmas) {
			// or a conjunct of it: "agreed a trade and cooperation
			// agreement", with "trade" the object and "agreement" its conjunct
			cj := int32(-1)
			if m.obj >= 0 && m.obj != i {
				for _, c := range t.children(m.obj) {
					if c > m.obj && t.d.Tokens[c].Dep == doc.Conj && t.is(c, p.ObjLemmas) {
						cj = c
						break
					}
				}
			}
			if cj < 0 {
				continue
			}
			m.obj = cj
		}
		if len(p.ObjLemmas) > 0 && actMeasureNouns[t.lemma(m.obj)] && w.ofNoun(m.obj) >= 0 && !w.lightNounIs(m.obj, p.ObjLemmas) {
			continue // "began a new round of exercises": the exercises are begun, not talks
		}
		if (p.Code == "062" || p.Code == "072") && w.civilianKit(m.obj) {
			continue // "sent medical equipment", "bought a cable television system": no arms
		}
		ok := true
		for _, a := range p.Preps {
			at := w.findPrep(i, m.obj, a, p.Trigger == verbs.Noun)
			if at < 0 && relaxed && a.Target && p.ObjLemmas != nil && p.Trigger != verbs.Noun {
				// the object names the act ("launched an investigation",
				// "began their assault"): its target oblique need not name
				// an actor to be the pattern's ("into the business dealings
				// of Kempinski")
				plain := a
				plain.Target = false
				if at = w.findPrep(i, m.obj, plain, false); at >= 0 && t.d.Tokens[at].Dep.Universal() == doc.Advcl {
					at = -1 // "send doctors to help Riga": a purpose, not where they go
				} else if at >= 0 && (timeNouns[t.lemma(at)] || temporalNoun(t, at)) {
					at = -1 // "blamed the government on Monday": when, not on whom
				}
			}
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
			m.comp = -1
			if p.Frame != verbs.Say && p.Frame != verbs.Fact {
				// a controlled to-clause says what one wants or does, not
				// what one reports: "hopes to sign" is an intent (030 >comp),
				// "hopes that they sign" a comment (013 >say)
				m.comp = t.child(i, doc.Xcomp)
				if m.comp >= 0 && rootOf(p.Code) == 10 && t.lemma(i) == "tell" && (t.child(m.comp, doc.Aux) >= 0 || t.child(m.comp, doc.AuxPass) >= 0) {
					// a finite clause parsed as the infinitive: "told Reuters
					// the bank is expected to back brokers" is a report
					continue
				}
			}
			if m.comp < 0 && (p.Frame != verbs.Refine || p.CompAux != nil || ccompFamily(p.Code)) {
				m.comp = t.child(i, doc.Ccomp)
				if m.comp >= 0 && rootOf(p.Code) == 10 && t.lemma(i) == "tell" && !w.mandative(m.comp) &&
					!t.hasChildLemma(m.comp, doc.Aux, "should", "must", "ought") {
					continue // "told Uganda a deal is expected soon": a report, no demand
				}
			}
			if m.comp < 0 && p.Frame == verbs.Refine && rootOf(p.Code) == 2 {
				if c := t.child(i, doc.Ccomp); c >= 0 && w.mandative(c) {
					m.comp = c // "requested that Spain assist"
				}
			}
			if m.comp < 0 && p.Frame == verbs.Refine && len(p.ObjLemmas) > 0 && m.obj >= 0 {
				// the clause the object noun takes: "reiterated its demand
				// that the US ease sanctions"
				for _, c := range t.children(m.obj) {
					if c > m.obj && (t.d.Tokens[c].Dep == doc.Acl || t.d.Tokens[c].Dep.Universal() == doc.Ccomp) && t.child(c, doc.Nsubj) >= 0 {
						m.comp = c
						break
					}
				}
				if m.comp < 0 {
					continue
				}
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
			if c := w.conjComp; c > 0 && p.Frame == verbs.Refine && t.head(c) == m.comp {
				m.comp = c // the frame read again for a conjoined complement (conjoinedComplements)
			}
			if p.CompAux != nil && !t.hasChildLemma(m.comp, doc.Aux, p.CompAux...) {
				continue
			}
			if p.CompAux != nil && w.thingForecast(m.comp) {
				continue // "Japanese rice sales should have scant impact": foreseen, not demanded
			}
			if rootOf(p.Code) == 10 && w.pricedNoun(m.comp) {
				continue // "ordered two jets valued at 60 mln dlrs": a purchase
			}
			if p.CompAux != nil && (t.child(m.comp, doc.NsubjPass) >= 0 || t.child(m.comp, doc.AuxPass) >= 0 || knowingVerbs[t.lemma(m.comp)]) {
				// "said Assad should be allowed to remain", "Kyiv should be
				// punished": asked of others, not of the one named; "Biden
				// should know that ...": a rebuke, no demand
				continue
			}
		}
		return p, m
	}
	return nil, matchInfo{obj: -1, comp: -1}
}

// plea: "plead" at i is a defendant's plea, "guilty", "not guilty",
// "innocent" or "no contest" right after it (the parse may hang the
// word on something else: "pleaded guilty before the tribunal").
func (w *work) plea(i int32) bool {
	t := w.t
	for k := i + 1; k <= i+3 && int(k) < len(w.d.Tokens); k++ {
		switch t.lemma(k) {
		case "guilty", "innocent", "contest":
			return true
		case "not", "no":
			continue
		}
		return false
	}
	return false
}

// strikesAs: strike at i says how something seems to someone, with an
// adjective after its object ("strikes me odd") or after "as" ("struck
// him as unfair").
func (w *work) strikesAs(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		tk := &w.d.Tokens[c]
		if tk.UPOS == doc.ADJ && (tk.Dep.Universal() == doc.Xcomp || t.caseOf(c) == "as" || t.hasChildLemma(c, doc.Mark, "as")) {
			return true
		}
	}
	return false
}

// recognisedNouns are what a state recognises diplomatically besides an
// actor: "recognised the independence of Kosovo".
var recognisedNouns = map[string]bool{"independence": true, "sovereignty": true, "government": true, "state": true,
	"statehood": true, "regime": true, "annexation": true, "election": true, "elections": true, "result": true,
	"results": true, "authority": true, "administration": true, "junta": true, "republic": true, "country": true,
	"agreement": true, "accord": true, "treaty": true, "deal": true, "border": true, "borders": true}

// idiomHolds reports whether the arguments of a no-event pattern hold at
// i: its object (the passive subject in a passive) and obliques are the
// words it names. Its particle is checked by the caller.
func (w *work) idiomHolds(i int32, p *verbs.Pattern, passive bool, objAt int32) bool {
	t := w.t
	obj := objAt
	if obj < 0 && passive {
		obj = t.child(i, doc.NsubjPass)
		if obj < 0 && (w.d.Tokens[i].Dep == doc.Acl || w.d.Tokens[i].Dep == doc.Amod) && reducedPassive(t, i) {
			obj = t.head(i) // "the proposals released by the Commission", as matchPass reads it
		}
	} else if obj < 0 {
		obj = t.obj(i)
	}
	if p.Obj && obj < 0 {
		return false
	}
	if len(p.ObjLemmas) > 0 && !t.is(obj, p.ObjLemmas) && !w.lightNounIs(obj, p.ObjLemmas) {
		return false
	}
	for _, a := range p.Preps {
		if w.findPrep(i, obj, a, p.Trigger == verbs.Noun) < 0 {
			return false
		}
	}
	return true
}

// thingForecast reports whether clause c says how a thing will be or
// what it will do to others ("sales should have scant impact", "the
// deal must be good for both"): its subject a thing no actor names, its
// verb one of being or having, so its "should" or "must" foresees.
func (w *work) thingForecast(c int32) bool {
	t := w.t
	if o := t.obj(c); o >= 0 && t.lemma(c) == "have" && outcomeNouns[t.lemma(o)] {
		return true // anyone who "should have a good year": a forecast, whoever they are
	}
	subj := t.child(c, doc.Nsubj)
	if subj < 0 || w.d.Tokens[subj].UPOS != doc.NOUN || t.mention[subj] >= 0 || actor.PeopleNoun(t.lemma(subj)) {
		return false
	}
	if t.child(c, doc.Cop) >= 0 {
		return true
	}
	switch t.lemma(c) {
	case "have", "be", "remain", "seem", "appear", "prove", "become", "mean", "cost", "last", "take",
		// what a thing should bring about is foreseen: "a tariff cut
		// should help boost exports"
		"help", "boost", "hurt", "affect", "benefit", "improve", "increase", "reduce", "rise", "fall",
		"grow", "decline", "lead", "result", "cause", "spur", "lift", "push", "keep", "allow", "enable",
		"put", "bring", "make", "give", "leave", "place",
		// nor where a thing should go or when it should start: "the law
		// should come before parliament" makes no demand on parliament
		"go", "come", "pass", "move", "reach", "start", "begin", "end", "continue", "resume":
		return true
	}
	return false
}

// outcomeNouns are what a forecast says one will have: "should have a
// strong year", "should have little impact".
var outcomeNouns = map[string]bool{"year": true, "quarter": true, "season": true, "month": true,
	"impact": true, "effect": true, "growth": true, "result": true, "earnings": true}

// guest: the object n of a hosting or meeting verb i names someone met
// (an actor, a name, people) or a gathering, not a thing: "received the
// delegation", "met Putin", "received a visit", not "received loans",
// "received a U.S. Army contract", "met the preconditions".
func (w *work) guest(n, i int32) bool {
	t := w.t
	if metTerms[t.lemma(n)] {
		return false // "met World Bank requirements", "meet the deadline": terms met, no one
	}
	if t.mention[n] >= 0 || gatheringNouns[t.lemma(n)] || actor.PeopleNoun(t.lemma(n)) || temporalNoun(t, n) || timeNouns[t.lemma(n)] {
		// (a day the parse made the object is not the verb's to judge:
		// "met this afternoon with members of the panel")
		return true
	}
	switch w.d.Tokens[n].UPOS {
	case doc.PROPN, doc.PRON:
		return true
	}
	for _, id := range w.nounPatterns(n) {
		if rootOf(w.c.lex.Patterns[id].Code) == 4 {
			return true // "received a visit"
		}
	}
	if thingHead(t, n) {
		return false
	}
	for _, c := range t.children(n) {
		if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Appos || u == doc.Flat || u == doc.Compound) && w.d.Tokens[c].UPOS == doc.PROPN {
			return true // "his counterpart Austrian President Alexander Van der Bellen"
		}
	}
	// a head with no mention of its own but a name in it is that body:
	// "received a Japanese delegation" (not "a U.S. Army contract"); so
	// are those of one: "met members of the Liberation Council"
	if len(w.partsOf(t.parts[:0], n, i)) > 0 {
		return true
	}
	o := w.ofNoun(n)
	return o >= 0 && (t.mention[o] >= 0 || w.d.Tokens[o].UPOS == doc.PROPN || len(w.partsOf(t.parts[:0], o, n)) > 0)
}

// calledThings are what is called in the sense of declared or convened.
var calledThings = []string{"moratorium", "halt", "election", "elections", "referendum", "ceasefire", "truce",
	"meeting", "meetings", "session", "vote", "conference", "summit", "recess", "poll", "inquiry", "hearing",
	"emergency", "state", "amnesty", "end", "attention"}

// thingHead: noun n names a thing or a deal, whatever names it.
func thingHead(t *tree, n int32) bool {
	return dealNouns[t.lemma(n)] || dataNouns[t.lemma(n)] || documentNouns[t.lemma(n)]
}

// dealNouns are what is won, signed or received in business.
var dealNouns = map[string]bool{"contract": true, "contracts": true, "order": true, "orders": true, "loan": true,
	"loans": true, "grant": true, "grants": true, "payment": true, "payments": true, "license": true,
	"licence": true, "approval": true, "award": true, "bid": true, "offer": true, "tender": true}

// lightNouns say little of their own; their compound says what they are
// ("a mediation effort", "a peace initiative", "an aid package").
var lightNouns = map[string]bool{"effort": true, "efforts": true, "bid": true, "initiative": true,
	"mission": true, "process": true, "package": true, "campaign": true, "programme": true, "program": true,
	"hour": true, "hours": true, "measure": true, "measures": true, // ("eased curfew hours", "lockdown measures")
	"law": true, "laws": true, "legislation": true} // ("repealed its boycott law")

// groupNouns name bodies of people by their number or kind.
var groupNouns = map[string]bool{"group": true, "groups": true, "people": true, "men": true, "women": true,
	"fighters": true, "youths": true, "volunteers": true, "recruits": true}

// accordingTo is the nominal of an "according to X" phrase on predicate
// i, or -1.
func (w *work) accordingTo(i int32) int32 {
	t := w.t
	for _, c := range t.children(i) {
		if w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "accord" {
			return c
		}
	}
	return -1
}

// ruledOut is the "rule out" of predicate i: i itself, or the
// complement of a refusal ("refused to rule out force"); -1 for none.
func (w *work) ruledOut(i int32) int32 {
	t := w.t
	isRuleOut := func(v int32) bool {
		return v >= 0 && t.lemma(v) == "rule" && t.hasChildLemma(v, doc.Compound, "out")
	}
	if i < 0 {
		return -1
	}
	if isRuleOut(i) {
		return i
	}
	switch t.lemma(i) {
	case "refuse", "decline":
		if c := t.child(i, doc.Xcomp); isRuleOut(c) {
			return c
		}
	}
	return -1
}

// notRuledOutPattern: not ruling out force or sanctions threatens them.
var notRuledOutPattern = verbs.Pattern{Code: "130", Trigger: verbs.Verb, Lemma: "rule", Obj: true, Particle: "out",
	File: "coder/clause.go", Line: 1, Text: "not rule+out obj=force|sanctions|... against:T", Ref: "coder: not ruling out a hostile act threatens it (13)"}

// notRuledOut is the threat that not ruling out the act o names makes:
// force or military action 138, sanctions or an embargo 1312, retaliation
// or measures 130; "" for another act ("did not rule out talks").
func notRuledOut(t *tree, o int32) string {
	if l := t.lemma(o); l == "use" || l == "possibility" || l == "prospect" {
		for _, c := range t.children(o) {
			if t.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "of" {
				o = c // "the use of force", "the possibility of sanctions"
				break
			}
		}
	}
	switch t.lemma(o) {
	case "force", "war", "attack", "strike", "invasion", "intervention", "incursion", "offensive":
		return "138"
	case "sanction", "embargo", "boycott", "blockade":
		return "1312"
	case "action", "option", "step", "measure":
		if t.hasChildLemma(o, doc.Amod, "military", "armed") {
			return "138"
		}
		if t.hasChildLemma(o, doc.Amod, "retaliatory", "punitive") {
			return "130"
		}
	case "retaliation", "reprisal", "response":
		return "130"
	}
	return ""
}

// nameCalling is the pattern of the name-calling rule (clause): 111 for
// calling an actor names.
var nameCalling = verbs.Pattern{Code: "111", Trigger: verbs.Verb, Lemma: "call", Obj: true,
	File: "coder/clause.go", Line: 1, Text: "call|describe|brand|label|dub obj NAME", Ref: "coder: calling an actor names (111)"}

// repelVerbs fight off an attack (verbs.txt: 190 repel ...).
var repelVerbs = map[string]bool{"repel": true, "repulse": true, "thwart": true, "foil": true, "beat": true, "fend": true}

// received is the pattern of the receiving rule (clause): what the subject
// receives from someone is that someone's act on it.
// criticsSay is the pattern of the critics' accusation rule (clause):
// critics who say someone did something accuse them (112).
var criticsSay = verbs.Pattern{Code: "112", Trigger: verbs.Verb, Lemma: "say", Frame: verbs.Say,
	File: "coder/clause.go", Line: 1, Text: "critics say|argue|charge|allege >say", Ref: "coder: what critics say someone did (112)"}

// criticNouns name those who speak against someone.
var criticNouns = map[string]bool{"critic": true, "critics": true, "detractor": true, "detractors": true}

var received = verbs.Pattern{Code: "070", Trigger: verbs.Verb, Lemma: "receive", Obj: true,
	File: "coder/clause.go", Line: 1, Text: "receive obj=aid|money|arms|call from:S", Ref: "coder: received from someone (070-072, 041)"}

// receivedCode is the code of what giving object o is, when someone
// receives it: aid, money, arms or a phone call; "" for anything else.
func receivedCode(t *tree, o int32) string {
	what := t.lemma(o)
	if what == "$" || what == "million" || what == "billion" {
		// "$50 million in aid": the thing the amount is in
		for _, c := range t.children(o) {
			if u := t.d.Tokens[c].Dep.Universal(); (u == doc.Nmod || u == doc.Compound) && t.caseOf(c) != "from" {
				if w := t.lemma(c); aidNouns[w] || weaponReceived[w] {
					what = w
				}
			}
		}
	}
	if what == "support" || what == "backing" {
		// support is aid by what kind it is: "received financial and
		// logistical support from the US" (unqualified, it may be words)
		kind := ""
		for _, c := range t.children(o) {
			if t.d.Tokens[c].Dep.Universal() != doc.Amod {
				continue
			}
			k := supportKinds[t.lemma(c)]
			for _, g := range t.children(c) {
				if t.d.Tokens[g].Dep == doc.Conj && supportKinds[t.lemma(g)] != "" && supportKinds[t.lemma(g)] != k {
					k = "070" // of two kinds: aid
				}
			}
			if k != "" && kind != "" && k != kind {
				k = "070"
			}
			if k != "" {
				kind = k
			}
		}
		return kind
	}
	switch {
	case aidNouns[what]:
		return "070"
	case what == "$" || what == "million" || what == "billion" || moneyNouns[what]:
		return "071"
	case weaponReceived[what]:
		return "072"
	case what == "call" || what == "phone":
		return "041"
	case what == "invitation" || what == "invite":
		return "036" // "received an invitation from Uganda": an offer to meet (the PLOVER manual: invitations are AGREE)
	}
	return ""
}

// supportKinds make support material aid, by its code.
var supportKinds = map[string]string{"financial": "071", "economic": "071", "military": "072",
	"logistic": "070", "logistical": "070", "logistics": "070", "material": "070", "humanitarian": "070"}

var (
	aidNouns       = map[string]bool{"aid": true, "assistance": true, "relief": true, "help": true, "donation": true, "donations": true}
	moneyNouns     = map[string]bool{"loan": true, "loans": true, "grant": true, "grants": true, "funds": true, "funding": true, "credit": true, "credits": true}
	weaponReceived = map[string]bool{"tank": true, "tanks": true, "weapon": true, "weapons": true, "arms": true, "missile": true,
		"missiles": true, "jet": true, "jets": true, "drone": true, "drones": true, "ammunition": true, "artillery": true,
		"helicopter": true, "helicopters": true, "munitions": true}
)

// drawnReaction is the pattern of the drawn-condemnation rule (clause):
// 111 by whom "from" names, of the subject's doer.
var drawnReaction = verbs.Pattern{Code: "111", Trigger: verbs.Verb, Lemma: "draw", Obj: true,
	File: "coder/clause.go", Line: 1, Text: "draw|spark|trigger|prompt obj=condemnation|criticism|rebuke from:S", Ref: "coder: condemnation drawn from someone (111)"}

// drawVerbs bring a reaction on their subject; reactionNouns are the
// reactions that condemn.
var (
	drawVerbs     = map[string]bool{"draw": true, "spark": true, "trigger": true, "prompt": true, "provoke": true, "attract": true, "earn": true, "face": true, "receive": true, "incur": true}
	reactionNouns = map[string]bool{"condemnation": true, "criticism": true, "rebuke": true, "censure": true, "outrage": true}
)

// nameVerbs call someone something.
var nameVerbs = map[string]bool{"call": true, "describe": true, "brand": true, "label": true, "dub": true,
	"term": true, "characterize": true, "characterise": true, "portray": true}

// pejorative: predicate i gives its object o a name that abuses it, as a
// second complement ("a very stupid guy", "a terrorist") or an "as"
// phrase ("as a war criminal").
func (w *work) pejorative(i, o int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		if c <= o {
			continue
		}
		switch dep := w.d.Tokens[c].Dep; {
		case dep.Universal() == doc.Xcomp, dep == doc.OblUnmarked, dep.Universal() == doc.Obl && t.caseOf(c) == "as",
			dep == doc.Obj: // a second object: "calls Israel a terrorist state"
		default:
			continue
		}
		if pejoratives[t.lemma(c)] {
			return true
		}
		for _, g := range t.children(c) {
			if u := w.d.Tokens[g].Dep.Universal(); (u == doc.Amod || u == doc.Compound) && pejoratives[t.lemma(g)] {
				return true
			}
		}
	}
	return false
}

// economicTargets are what a bank, a firm or a campaign aims at, not
// attacks.
var (
	economicTargetWords = []string{"growth", "inflation", "rate", "rates", "supply", "market", "markets", "sales",
		"price", "prices", "profit", "profits", "customers", "consumers", "audience", "voters", "deficit",
		"spending", "revenue", "revenues", "earnings", "output", "level", "levels", "range", "figure"}
	economicTargets = map[string]bool{}
)

func init() {
	for _, w := range economicTargetWords {
		economicTargets[w] = true
	}
}

// economicTarget: the object o of verb i, or the noun a relative pronoun
// object stands for ("the money supply which the central bank is
// targeting"), is an economic goal.
func (w *work) economicTarget(i, o int32) bool {
	t := w.t
	if (t.lemma(o) == "which" || t.lemma(o) == "that") && o > 0 {
		if economicTargets[t.lemma(o-1)] {
			return true // the noun right before it, wherever the parse hung the clause
		}
		if w.d.Tokens[i].Dep == doc.AclRelcl && t.head(i) >= 0 {
			o = t.head(i)
		}
	}
	return economicTargets[t.lemma(o)] || w.lightNounIs(o, economicTargetWords) || t.is(o, economicTargetWords)
}

// commodityWords and measureUnits are goods a state or firm releases from
// its stocks.
var (
	commodityWords = []string{"oil", "crude", "gas", "tin", "gold", "silver", "copper", "grain", "wheat", "corn",
		"rice", "sugar", "coffee", "cocoa", "cotton", "uranium", "fuel", "petroleum", "butter", "cheese", "beef"}
	measureUnits = map[string]bool{"tonne": true, "tonnes": true, "ton": true, "tons": true, "barrel": true,
		"barrels": true, "ounce": true, "ounces": true, "bushel": true, "bushels": true, "stockpile": true,
		"stockpiles": true, "reserve": true, "reserves": true, "stock": true, "stocks": true, "share": true, "shares": true}
)

// secondObject: predicate i has, after its object o, a second object or
// a nominal complement: the name it gives o.
func (w *work) secondObject(i, o int32) bool {
	for _, c := range w.t.children(i) {
		if c <= o {
			continue
		}
		if dep := w.d.Tokens[c].Dep; dep == doc.Obj || dep.Universal() == doc.Xcomp && nominal(w.d.Tokens[c].UPOS) {
			return true
		}
	}
	return false
}

// pejoratives are names that abuse whom they are given.
var pejoratives = map[string]bool{"terrorist": true, "criminal": true, "murderer": true, "killer": true,
	"butcher": true, "thug": true, "dictator": true, "tyrant": true, "liar": true, "idiot": true, "fool": true,
	"clown": true, "puppet": true, "traitor": true, "aggressor": true, "occupier": true, "enemy": true,
	"menace": true, "coward": true, "racist": true, "fascist": true, "nazi": true, "bully": true,
	"gangster": true, "psychopath": true, "madman": true, "lunatic": true, "stupid": true, "evil": true,
	"corrupt": true, "hypocrite": true, "genocidal": true, "barbaric": true, "barbarian": true,
	"terror": true, "warmonger": true, "loser": true, "moron": true, "crook": true, "thief": true,
	"bandit": true, "pariah": true, "rogue": true}

// adoptVerbs make a text their subject's own.
var adoptVerbs = map[string]bool{"approve": true, "adopt": true, "endorse": true, "back": true, "pass": true, "sign": true}

// weaponNouns are what force is used with, never whom it is used on.
var weaponNouns = map[string]bool{"artillery": true, "tank": true, "tanks": true, "warplane": true,
	"warplanes": true, "jet": true, "jets": true, "drone": true, "drones": true, "missile": true,
	"missiles": true, "rocket": true, "rockets": true, "mortar": true, "mortars": true, "helicopter": true,
	"helicopters": true, "gunship": true, "gunships": true, "bomb": true, "bombs": true, "weapon": true, "weapons": true,
	"fire": true, "gunfire": true, "shells": true, "shelling": true, "airstrikes": true, "air-strikes": true}

// strikeNouns are attacks that kill and wound.
var strikeNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true,
	"airstrike": true, "airstrikes": true, "air-strike": true, "air-strikes": true, "bombing": true,
	"bombings": true, "shelling": true, "raid": true, "raids": true, "bombardment": true, "offensive": true,
	"assault": true, "ambush": true}

// judgedAttack: codes whose object, when it is an attack, is judged as
// the attacker's act: praise, criticism and rejection. An investigation
// is not: experts sent "to investigate the attacks on its oil facilities"
// work for the state attacked, and an inquiry names no culprit yet.
func judgedAttack(code string) bool {
	switch rootOf(code) {
	case 5, 11, 12:
		return true
	}
	return false
}

// judgedAttackers is attackers for the object n of code, when code judges
// attacks. Praise or defence of an attack whose maker goes unnamed is most
// often of one's own ("the ministry defended an air raid"): no
// target then, as before.
func (w *work) judgedAttackers(code string, n int32) ([]part, bool) {
	if !judgedAttack(code) {
		return nil, false
	}
	ps, ok := w.attackers(n)
	if ok && rootOf(code) == 5 && ps[0].mention < 0 {
		return nil, false
	}
	return ps, ok
}

// assaultNouns are violent acts someone may condemn, praise or look into.
var assaultNouns = map[string]bool{"killing": true, "killings": true, "massacre": true, "massacres": true,
	"shooting": true, "shootings": true, "invasion": true, "aggression": true, "incursion": true,
	"bombardment": true, "crackdown": true, "atrocity": true, "atrocities": true}

// attackers reports whether the noun n is an attack no actor names in
// itself and, if so, who made it: its possessor ("Russia's attack"), the
// nationality or name before it ("the Russian attack", "the Taliban
// attack"), or its agent ("the attack by Hamas", "attacks carried out by
// Isis"). With no maker named the attack itself is the target, an
// unnamed one, and never whom it hit.
func (w *work) attackers(n int32) ([]part, bool) {
	t, d := w.t, w.d
	if measureNouns[t.lemma(n)] {
		if o := w.ofNoun(n); o >= 0 {
			n = o // "a spate of attacks on X"
		}
	}
	if !w.isAttack(n) {
		return nil, false
	}
	if ps := w.agentOfThing(n); len(ps) > 0 {
		return ps, true
	}
	if g := t.child(n, doc.NmodPoss); g >= 0 {
		if ps := w.partsOf(nil, g, n); len(ps) > 0 {
			return ps, true
		}
	}
	for _, c := range t.children(n) {
		if u := d.Tokens[c].Dep.Universal(); c < n && (u == doc.Compound || u == doc.Amod && t.mention[c] >= 0) {
			if ps := w.partsOf(nil, c, n); len(ps) > 0 {
				return ps, true
			}
		}
		if c < n && d.Tokens[c].Dep.Universal() == doc.Amod && t.lemma(c) == "lead" {
			// "the US-led invasion", "the Saudi-led strikes"
			for _, g := range t.children(c) {
				if g < c && d.Tokens[g].UPOS != doc.PUNCT {
					if ps := w.partsOf(nil, g, c); len(ps) > 0 {
						return ps, true
					}
				}
			}
		}
	}
	if ps := w.ownerOf(n); len(ps) > 0 {
		return ps, true
	}
	if o := w.ofNoun(n); o >= 0 {
		// the agent hung on the victim: "the killing of its commander by
		// Israel"
		for _, c := range t.children(o) {
			if c > o && d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "by" {
				if ps := w.partsOf(nil, c, o); len(ps) > 0 {
					return ps, true
				}
			}
		}
	}
	return []part{{tok: n, mention: -1, phrase: w.phraseSpan(n)}}, true
}

// isAttack: the noun n names an attack and no actor.
func (w *work) isAttack(n int32) bool {
	t := w.t
	lemma := t.lemma(n)
	return w.d.Tokens[n].UPOS == doc.NOUN && (strikeNouns[lemma] || strikeNouns[t.form(n)] || assaultNouns[lemma]) && t.mention[n] < 0
}

// embassyNouns are a state's missions abroad.
var embassyNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true}

// pactNouns are agreements or transfers their compound names: "violated
// the ceasefire agreement" violates the ceasefire; "arms sales" are arms.
var pactNouns = map[string]bool{"agreement": true, "deal": true, "accord": true, "pact": true,
	"sale": true, "sales": true, "delivery": true, "deliveries": true, "shipment": true, "shipments": true}

// changeNouns raise an amount named by their "in" modifier, which stays
// what it is ("an increase in aid" is aid; "a cut in aid" is not).
var changeNouns = map[string]bool{"increase": true, "increases": true, "rise": true, "boost": true,
	"hike": true, "expansion": true}

// civilianKit: the equipment or system at obj is for a civilian use its
// modifiers name ("medical equipment", "a computer system"). A system is
// arms only when a word of arms or a name modifies it ("a missile defence
// system", "the S-400 system"); a system some other common word modifies
// is a thing of trade ("a test system", "voicemail systems").
func (w *work) civilianKit(obj int32) bool {
	t := w.t
	if obj < 0 {
		return false
	}
	l := t.lemma(obj)
	switch l {
	case "equipment", "system", "systems", "supply", "supplies":
	default:
		return false
	}
	arms, other := false, false // a modifier that names arms, one that names none
	for _, c := range t.children(obj) {
		u := w.d.Tokens[c].Dep.Universal()
		if c > obj || u != doc.Compound && u != doc.Amod {
			continue
		}
		f := strings.ToLower(t.form(c))
		switch {
		case civilianUses[f]:
			return true
		case armsModifiers[f] || w.d.Tokens[c].UPOS == doc.PROPN:
			arms = true
		case w.d.Tokens[c].UPOS == doc.NOUN || w.d.Tokens[c].UPOS == doc.ADJ:
			other = true
		}
	}
	return !arms && other && (l == "system" || l == "systems")
}

// armsModifiers name what makes a system a weapon.
var armsModifiers = map[string]bool{"missile": true, "missiles": true, "defence": true, "defense": true,
	"air-defence": true, "air-defense": true, "anti-aircraft": true, "antiaircraft": true, "anti-missile": true,
	"antimissile": true, "anti-tank": true, "anti-ship": true, "weapon": true, "weapons": true, "weapons-related": true,
	"rocket": true, "rockets": true, "radar": true, "artillery": true, "launcher": true, "launch": true,
	"interceptor": true, "combat": true, "military": true, "naval": true, "guided": true, "ballistic": true,
	"nuclear": true, "drone": true, "counter-drone": true, "targeting": true, "fire-control": true, "arms": true,
	"strike": true, "attack": true, "air": true, "laser": true, "munitions": true, "surface-to-air": true,
	"sonar": true, "torpedo": true, "mortar": true, "howitzer": true, "tank": true, "warship": true, "jamming": true,
	"surveillance": true, "intelligence": true, "security": true, "border": true}

// civilianUses name what equipment or a system is for, when not for war.
var civilianUses = map[string]bool{"medical": true, "medicine": true, "hospital": true, "health": true,
	"humanitarian": true, "relief": true, "telecommunications": true, "telecom": true, "computer": true,
	"television": true, "cable": true, "software": true, "farm": true, "agricultural": true, "mining": true,
	"drilling": true, "oil": true, "construction": true, "office": true, "household": true, "water": true,
	"sanitation": true, "irrigation": true, "electrical": true, "electricity": true, "solar": true,
	"rail": true, "railway": true, "banking": true, "payment": true, "laboratory": true, "diagnostic": true,
	"protective": true, "fishing": true, "school": true, "educational": true, "sound": true, "broadcasting": true}

// actMeasureNouns count acts; with an "of" modifier, that act alone is
// what the verb acts on ("a round of exercises" is no round of talks).
var actMeasureNouns = map[string]bool{"round": true, "rounds": true, "series": true, "wave": true, "spate": true}

// countedSubject gives the actors a subject counts: "thousands of
// Nigerian workers went on strike", "tens of thousands of people in
// Pakistan protested", "dozens of students staged a sit-in".
func (w *work) countedSubject(c, i int32) []part {
	t := w.t
	for k := 0; k < 3 && t.mention[c] < 0 && countNouns[t.lemma(c)]; k++ {
		if c = w.ofNoun(c); c < 0 {
			return nil
		}
		if ps := w.partsOf(nil, c, i); len(ps) > 0 {
			return ps
		}
		if w.d.Tokens[c].XPOS == xposNNS && t.mention[c] < 0 {
			if ps := w.ownerOf(c); len(ps) > 0 {
				return ps // "thousands of Spanish farmers"
			}
		}
	}
	return nil
}

// undergoVerbs take as object an act done to their subject.
var undergoVerbs = map[string]bool{"flee": true, "escape": true, "survive": true, "suffer": true,
	"endure": true, "withstand": true, "repel": true, "repulse": true, "resist": true,
	// "died in an air strike", "were wounded in attacks on Idlib" (the
	// participle read as an adjective after "were")
	"die": true, "perish": true, "wounded": true, "injured": true, "hurt": true, "dead": true,
	"trapped": true, "displaced": true, "stranded": true, "missing": true, "homeless": true}

// passiveThing: the passive clause c's subject is a thing, a noun that
// names no actor and has no actor but its modifiers.
func (w *work) passiveThing(c int32) bool {
	s := w.t.child(c, doc.NsubjPass)
	return s >= 0 && w.thingSubject(s, w.partsOf(nil, s, c))
}

// thingSubject: subject s is a noun that names no actor, and the parts
// found in it are only its modifiers ("the U.S. trade deficit").
func (w *work) thingSubject(s int32, ps []part) bool {
	t := w.t
	if s < 0 || t.mention[s] >= 0 || w.d.Tokens[s].UPOS != doc.NOUN {
		return false
	}
	for _, p := range ps {
		if p.mention < 0 {
			return false
		}
		mh := w.d.Mentions[p.mention].Head
		if mh < 0 || t.head(mh) != s {
			return false
		}
		switch w.d.Tokens[mh].Dep.Universal() {
		case doc.Compound, doc.Amod:
		default:
			return false
		}
	}
	return true
}

// ownedOnPath: a noun between token k and its ancestor top has an actor
// or a pronoun as its possessor ("the militia's rule", "their territory").
func (w *work) ownedOnPath(k, top int32) bool {
	t := w.t
	for n := 0; n < 8 && k >= 0 && k != top; n++ {
		if p := t.child(k, doc.NmodPoss); p >= 0 && (t.mention[p] >= 0 || w.d.Tokens[p].UPOS == doc.PRON) {
			return true
		}
		k = t.head(k)
	}
	return false
}

// commentVerbs are what one declines to do when declining comment
// ("refused to deny that its troops were there" confirms nothing either).
var commentVerbs = map[string]bool{"discuss": true, "comment": true, "elaborate": true, "confirm": true,
	"disclose": true, "detail": true, "specify": true, "speculate": true, "say": true, "reveal": true,
	"identify": true, "name": true, "answer": true, "deny": true}

// toPress: verb c speaks to or with the press ("talk to reporters").
func (w *work) toPress(c int32) bool {
	t := w.t
	for _, g := range t.children(c) {
		if w.d.Tokens[g].Dep.Universal() == doc.Obl && (t.caseOf(g) == "to" || t.caseOf(g) == "with") && pressNouns[t.lemma(g)] {
			return true
		}
	}
	return false
}

// pressNouns are those who ask for comment.
var pressNouns = map[string]bool{"reporter": true, "journalist": true, "press": true, "media": true, "newsman": true}

// commentObjects are what one declines to discuss when declining comment
// (not agenda items or a budget: those are refused talks).
var commentObjects = []string{"report", "reports", "detail", "details", "specifics", "matter", "allegation",
	"allegations", "claim", "claims", "speculation", "rumour", "rumours", "rumor", "rumors", "story",
	"content", "contents", "findings", "circumstances", "identity", "identities", "whereabouts", "remark", "remarks",
	"question", "questions"}

// able reports whether predicate i is an ability adjective whose
// infinitive is what its subject may or can do, not what it did.
func (w *work) able(i int32) bool {
	return w.d.Tokens[i].UPOS == doc.ADJ && abilityAdjectives[w.t.lemma(i)] && !w.managed(i)
}

// managed reports whether ability adjective a says, in the past and with
// no modal, that its subject did what it could: "the jets were able to
// bomb the town", "has been able to enter" (not "will be able to", "may
// be able to", "is able to").
func (w *work) managed(a int32) bool {
	t := w.t
	if l := t.lemma(a); l != "able" && l != "capable" {
		return false
	}
	past := false
	for _, c := range t.children(a) {
		switch w.d.Tokens[c].Dep {
		case doc.Cop:
			past = past || w.d.Tokens[c].XPOS == xposVBD || w.d.Tokens[c].XPOS == xposVBN
		case doc.Aux:
			if w.d.Tokens[c].UPOS == doc.AUX && t.lemma(c) != "have" && t.lemma(c) != "be" {
				return false // "may be able to", "will be able to"
			}
			past = past || t.lemma(c) == "have"
		}
	}
	return past
}

// abilityAdjectives say that their subject may or can do what their
// infinitive names, not that it does.
var abilityAdjectives = map[string]bool{"free": true, "able": true, "entitled": true, "eligible": true,
	"capable": true, "permitted": true, "authorized": true, "authorised": true, "empowered": true}

// doubtAdjectives doubt the clause they govern.
var doubtAdjectives = map[string]bool{"hard": true, "difficult": true, "impossible": true, "unlikely": true,
	"doubtful": true, "unclear": true, "uncertain": true, "improbable": true, "inconceivable": true,
	"unthinkable": true, "implausible": true}

// countNouns count or group people: "thousands of", "a group of",
// "contingents of".
var countNouns = map[string]bool{"dozen": true, "dozens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "ten": true, "tens": true, "million": true, "millions": true,
	"score": true, "scores": true, "group": true, "number": true, "crowd": true, "crowds": true,
	"contingent": true, "contingents": true, "unit": true, "units": true, "detachment": true,
	"detachments": true, "team": true, "teams": true, "delegation": true, "batch": true,
	"member": true, "members": true} // "members of the Southern Mobile Brigade" are the brigade's

// dateConjSubject is the actor the parse conjoined to a date before
// predicate i that has no subject ("In March, French naval commandos seized
// ...", "On Monday, the army shelled ..."), or made an apposition of a
// fronted phrase; -1 for none.
func (w *work) dateConjSubject(i int32) int32 {
	t := w.t
	if t.child(i, doc.Nsubj) >= 0 || t.child(i, doc.NsubjPass) >= 0 || t.child(i, doc.Expl) >= 0 {
		return -1
	}
	for _, c := range t.children(i) {
		if c > i || w.d.Tokens[c].Dep.Universal() != doc.Obl {
			continue
		}
		_, month := months[t.lemma(c)]
		if !month && !temporalNoun(t, c) && !timeNouns[t.lemma(c)] && w.d.Tokens[c].UPOS != doc.NUM {
			continue
		}
		for _, g := range t.children(c) {
			if g < i && w.d.Tokens[g].Dep == doc.Conj && t.child(g, doc.Case) < 0 && len(w.partsOf(t.parts[:0], g, i)) > 0 {
				return g
			}
		}
	}
	// or made an apposition of the fronted phrase before it: "Before the
	// conference, Xi on May 2 held separate talks", with "Xi" an
	// apposition of "conference"
	for g := i - 1; g > 0 && t.sent[g] == t.sent[i]; g-- {
		if w.d.Tokens[g].Dep != doc.Appos || t.form(g-1) != "," || w.d.Tokens[g].UPOS != doc.PROPN ||
			t.child(g, doc.Case) >= 0 || len(w.partsOf(t.parts[:0], g, i)) == 0 {
			continue
		}
		// its phrase hangs, through obliques and adverbs only, on the verb
		h, ok := t.head(g), false
		for k := 0; k < 4 && h >= 0; k++ {
			if h == i {
				ok = true
				break
			}
			if u := w.d.Tokens[h].Dep.Universal(); u != doc.Obl && u != doc.Advmod && u != doc.Nmod {
				break
			}
			h = t.head(h)
		}
		if ok {
			return g
		}
	}
	return -1
}

// protestTarget is whom a protest or strike (predicate i, its object obj)
// is aimed at, named by a clause that says what the protesters want or
// oppose: "held a sit-in demanding that authorities free a classmate"
// (the authorities), "began a hunger strike, protesting the state's
// prison policy" (the state), "went on strike to protest against
// Belarusian authorities". nil for none.
func (w *work) protestTarget(i, obj int32) []part {
	t := w.t
	for _, h := range [2]int32{i, obj} {
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			switch w.d.Tokens[c].Dep.Universal() {
			case doc.Advcl, doc.Acl, doc.Xcomp, doc.Conj:
			default:
				continue
			}
			if !protestAims[t.lemma(c)] || t.child(c, doc.Nsubj) >= 0 {
				continue
			}
			if cc := t.child(c, doc.Ccomp); cc >= 0 {
				if s := t.child(cc, doc.Nsubj); s >= 0 {
					if ps := w.partsOf(nil, s, cc); len(ps) > 0 {
						return ps // "demanding that the authorities free"
					}
				}
			}
			if o := t.child(c, doc.Obj); o >= 0 {
				if ps := w.partsOf(nil, o, c); len(ps) > 0 {
					return ps
				}
				if g := t.child(o, doc.NmodPoss); g >= 0 {
					if ps := w.partsOf(nil, g, o); len(ps) > 0 {
						return ps // "protesting the state's prison policy"
					}
				}
				if ps := w.ownedBy(o); len(ps) > 0 {
					return ps
				}
			}
			for _, g := range t.children(c) {
				if u := w.d.Tokens[g].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(g) == "against" {
					if ps := w.partsOrOf(nil, g, c); len(ps) > 0 {
						return ps // "to protest against Belarusian authorities"
					}
				}
			}
		}
	}
	return nil
}

// assuredWords are what one must be of what another does before acting.
var assuredWords = map[string]bool{"satisfied": true, "satisfy": true, "convinced": true, "convince": true,
	"sure": true, "certain": true, "assured": true, "assure": true, "confident": true}

// conditionTargets are the actors of a clause of condition ("until",
// "unless", "if") on predicate i or its complement comp: the subject, or
// a passive's agent; nil for none. The parser often reads "until" as a
// preposition before the clause's subject, with the clause's verb hung
// elsewhere ("will not call off the strike until their grievances are met
// by the Kenyan authorities": "grievances" an nmod of "strike", "met" a
// conjunct of the root); the subject, or the agent of the next verb, is
// then taken the same.
func (w *work) conditionTargets(i, comp int32) []part {
	t := w.t
	var clauseActors func(c int32) []part
	clauseActors = func(c int32) []part {
		if assuredWords[t.lemma(c)] {
			// whom one must be sure of: "until he is satisfied Uganda is
			// doing all it can" (its clause parsed as a complement or, with
			// a subject of its own, a conjunct)
			for _, cc := range t.children(c) {
				if dep := w.d.Tokens[cc].Dep.Universal(); cc > c && (dep == doc.Ccomp || dep == doc.Conj && t.child(cc, doc.Nsubj) >= 0) {
					if ps := clauseActors(cc); len(ps) > 0 {
						return ps
					}
				}
			}
		}
		if s := t.child(c, doc.Nsubj); s >= 0 {
			if ps := w.partsOf(nil, s, c); len(ps) > 0 || w.d.Tokens[s].UPOS != doc.NOUN && w.d.Tokens[s].UPOS != doc.PROPN {
				return ps
			}
			// one no dictionary names is kept by its words: "until the
			// trustees approve a deal" (not "until we see results")
			return []part{{tok: s, mention: -1, phrase: w.phraseSpan(s)}}
		}
		for _, g := range t.children(c) {
			if w.d.Tokens[g].Dep == doc.OblAgent || w.d.Tokens[g].Dep.Universal() == doc.Obl && t.caseOf(g) == "by" {
				return w.partsOf(nil, g, c)
			}
		}
		if sp := t.child(c, doc.NsubjPass); sp >= 0 && len(w.partsOf(t.parts[:0], sp, c)) == 0 {
			// what is done to a state's things, by no one named: "if
			// Ugandan exports are hit" is aimed at Uganda
			return w.ownedBy(sp)
		}
		return nil
	}
	say := int32(-1)
	if u := w.d.Tokens[i].Dep.Universal(); u == doc.Ccomp || u == doc.Parataxis {
		if h := t.head(i); h >= 0 && (sayVerbs[t.lemma(h)] || cueVerbs[t.lemma(h)]) {
			// a condition the parse hung on the verb that reports the
			// refusal or threat, after it: "said it will not end the strike
			// until the government meets its demands"
			say = h
		}
	}
	for _, h := range [3]int32{i, comp, say} {
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			// (an if-clause the parse took for a complement too: "may
			// retaliate if Uganda keeps its markets closed")
			if u := w.d.Tokens[c].Dep.Universal(); u != doc.Advcl && u != doc.Ccomp || h == say && c < i {
				continue
			}
			if mk := t.child(c, doc.Mark); mk >= 0 && conditionMarks[t.lemma(mk)] {
				return clauseActors(c)
			}
		}
	}
	if t.sent[i] < 0 {
		return nil
	}
	end := w.d.Sentences[t.sent[i]].Tokens.End
	for k := i + 1; k < end && k < i+12; k++ {
		if !conditionMarks[t.lemma(k)] || w.d.Tokens[k].Dep.Universal() != doc.Case {
			continue
		}
		n := w.d.Tokens[k].Head
		if n <= k || n >= end || !nominal(w.d.Tokens[n].UPOS) {
			return nil
		}
		for v := n + 1; v < end; v++ {
			if w.d.Tokens[v].UPOS != doc.VERB {
				continue
			}
			if ps := clauseActors(v); len(ps) > 0 || t.child(v, doc.AuxPass) >= 0 {
				return ps // "until their claims are settled by the ministry"
			}
			return w.partsOf(nil, n, v) // "until the ministry pays"
		}
		return nil
	}
	return nil
}

// conditionMarks open a clause of condition.
var conditionMarks = map[string]bool{"until": true, "unless": true, "if": true, "till": true}

// againstPhrase is the noun of an "against" phrase on predicate i or its
// object, which says what a protest opposes; -1 for none.
func (w *work) againstPhrase(i, obj int32) int32 {
	t := w.t
	whole := int32(-1) // the noun the object is a compound of: "a protest demonstration"
	if obj >= 0 && w.d.Tokens[obj].Dep.Universal() == doc.Compound {
		whole = w.d.Tokens[obj].Head
	}
	for _, h := range [3]int32{i, obj, whole} {
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(c) == "against" && w.thingTarget(c) {
				return c
			}
		}
	}
	return -1
}

// allyAgainst is the against-phrase, on verb i, on the noun of its
// with-phrase or on the war it is fought in, of a verb that has both
// ("fought with the Americans against Islamic State"), or -1.
func (w *work) allyAgainst(i int32) int32 {
	t := w.t
	with := int32(-1)
	for _, c := range t.children(i) {
		if w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "with" {
			with = c
			break
		}
	}
	if with < 0 {
		return -1
	}
	if a := w.againstPhrase(i, with); a >= 0 {
		return a
	}
	for _, h := range [2]int32{i, with} {
		for _, c := range t.children(h) {
			// or on the war it is fought in: "fought with US forces in
			// the fight against Islamic State"
			if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(c) == "in" && cognateObjects[t.lemma(c)] {
				if a := w.againstPhrase(c, -1); a >= 0 {
					return a
				}
			}
		}
	}
	return -1
}

// protestAims are verbs that say what a protest wants or opposes.
var protestAims = map[string]bool{"demand": true, "protest": true, "denounce": true, "oppose": true,
	"condemn": true, "call": true, "urge": true, "press": true, "challenge": true, "criticize": true,
	"criticise": true, "decry": true}

// gerundCopula: predicate c has the copula "being" ("accused Russia of
// being reckless in mounting an attack").
func (w *work) gerundCopula(c int32) bool {
	for _, g := range w.t.children(c) {
		if w.d.Tokens[g].Dep == doc.Cop && w.d.Tokens[g].XPOS == xposVBG {
			return true
		}
	}
	return false
}

// ofGerund: noun n has an "of"/"for" gerund clause with no subject of
// its own ("Turkey of supporting terrorists").
func (w *work) ofGerund(n int32) bool {
	t := w.t
	for _, c := range t.children(n) {
		if w.d.Tokens[c].Dep.Universal() == doc.Acl && w.d.Tokens[c].XPOS == xposVBG &&
			t.hasChildLemma(c, doc.Mark, "of", "for") && t.child(c, doc.Nsubj) < 0 {
			return true
		}
	}
	return false
}

// targetPrep: pattern p names a target oblique ("a:critical of:T": the
// subject criticises whom the oblique names), with case marker prep ("" for
// any).
func targetPrep(p *verbs.Pattern, prep string) bool {
	for _, a := range p.Preps {
		if a.Target && (prep == "" || a.Prep == prep) {
			return true
		}
	}
	return false
}

// ownSupport: possessive pronoun c on object obj is the source's own
// giving, not whom it is for: "pledged his strong support", "voiced its
// backing".
func ownSupport(t *tree, c, obj int32) bool {
	if t.d.Tokens[c].UPOS != doc.PRON {
		// "pledged his country's support": one's own country's
		if g := t.child(c, doc.NmodPoss); g < 0 || t.d.Tokens[g].UPOS != doc.PRON {
			return false
		}
	}
	return stanceNouns[t.lemma(obj)] // (and "expressed his profound respect for", "voiced his anger at")
}

// stanceNouns are what one holds or gives of one's own: support, aid,
// feelings and judgments.
var stanceNouns = map[string]bool{"support": true, "backing": true, "solidarity": true, "commitment": true,
	"help": true, "assistance": true, "aid": true, "cooperation": true, "condolence": true, "condolences": true,
	"sympathy": true, "gratitude": true, "thanks": true, "appreciation": true, "concern": true, "opposition": true,
	"objection": true, "respect": true, "admiration": true, "regret": true, "anger": true, "outrage": true,
	"displeasure": true, "dissatisfaction": true, "disapproval": true, "criticism": true, "condemnation": true,
	"rejection": true, "praise": true, "congratulations": true, "trust": true, "confidence": true}

// ownStateSupport: targets all lie in the possessor by name of a stance
// noun obj and are of the source's own state, so that the stance is the
// source's side's ("the British envoy pledged Britain's backing").
func (w *work) ownStateSupport(obj int32, targets, src []part) bool {
	t := w.t
	if obj < 0 || len(targets) == 0 || len(src) == 0 || !stanceNouns[t.lemma(obj)] {
		return false
	}
	g := t.child(obj, doc.NmodPoss)
	if g < 0 || t.d.Tokens[g].UPOS == doc.PRON {
		return false
	}
	sp := w.phraseSpan(g)
	for _, p := range targets {
		if p.tok < 0 || !sp.Contains(t.d.Tokens[p.tok].Span) || len(p.actor.Code) < 3 || !cameo.IsCountry(p.actor.Code[:3]) {
			return false
		}
	}
	return sameCountry(targets, src)
}

// partsOrOf appends the actors noun phrase c names, or those it is of
// when it names none ("the continued blockade of occupied Crimea", "the
// northern part of Gaza City").
func (w *work) partsOrOf(dst []part, c, gov int32) []part {
	n := len(dst)
	if dst = w.partsOf(dst, c, gov); len(dst) > n || !w.ofActor(c) || actor.PeopleNoun(w.t.lemma(c)) {
		return dst // (people of someone are not them: "shot at the relatives of militants")
	}
	o := w.ofNoun(c)
	return w.partsOf(dst, o, c)
}

// investigated finds whom an investigation into c is aimed at when c
// names no actor: the subject of the clause c holds or is ("into claims
// that two guards mistreated inmates", "into whether the envoy was
// bugged"), else whom the allegations are against ("into allegations
// against X").
func (w *work) investigated(dst []part, c int32) []part {
	t := w.t
	n := len(dst)
	cl := int32(-1)
	if isPredicate(t, c) {
		cl = c
	} else {
		for _, g := range t.children(c) {
			if dep := t.d.Tokens[g].Dep; (dep == doc.Acl || dep.Universal() == doc.Ccomp) && g > c && isPredicate(t, g) {
				cl = g
				break
			}
		}
	}
	if h := t.head(c); cl < 0 && h >= 0 && w.d.Tokens[c].Dep.Universal() == doc.Nmod {
		// or the clause the parse hung on the investigation itself, right
		// after the phrase: "an investigation into claims that two
		// guards mistreated inmates", with "mistreated" a clause of
		// "investigation"
		_, hi := w.subtreeRange(c)
		for _, g := range t.children(h) {
			if dep := t.d.Tokens[g].Dep; (dep == doc.Acl || dep.Universal() == doc.Ccomp) && g > c && isPredicate(t, g) &&
				t.hasChildLemma(g, doc.Mark, "that") {
				if lo, _ := w.subtreeRange(g); lo == hi {
					cl = g
				}
				break
			}
		}
	}
	if cl >= 0 {
		s := t.child(cl, doc.Nsubj)
		if s < 0 {
			s = t.child(cl, doc.NsubjPass)
		}
		if s >= 0 && t.d.Tokens[s].UPOS != doc.PRON {
			dst = w.partsOf(dst, s, cl)
		}
	}
	if len(dst) == n {
		for _, g := range t.children(c) {
			if t.d.Tokens[g].Dep.Universal() == doc.Nmod && t.caseOf(g) == "against" {
				if dst = w.partsOf(dst, g, c); len(dst) > n {
					break
				}
			}
		}
	}
	return dst
}

// bareObject is the noun phrase right after predicate i that the parse
// made an oblique with no preposition, standing for the object the verb
// lacks ("provided around $400 million to Indonesia" with "$" an obl): not
// a time ("met Thursday", "attacked last week"); -1 for none.
func (w *work) bareObject(i int32) int32 {
	t := w.t
	for _, c := range t.children(i) {
		if c < i {
			continue
		}
		tk := &w.d.Tokens[c]
		if tk.Dep.Universal() != doc.Obl || t.child(c, doc.Case) >= 0 {
			continue
		}
		switch tk.UPOS {
		case doc.SYM, doc.NUM:
		case doc.NOUN:
			if t.child(c, doc.Nummod) < 0 {
				continue // a quantity only: "killed at least 23 villagers"
			}
		case doc.PROPN:
			if t.mention[c] < 0 {
				continue // a name: "took over Raqqa"
			}
		default:
			continue
		}
		if temporalNoun(t, c) || timeNouns[t.lemma(c)] {
			continue
		}
		if _, month := months[t.lemma(c)]; month {
			continue
		}
		return c
	}
	return -1
}

// agentOfThing is the agent of a passive participle on noun c, when c
// names no actor itself: "the rockets launched by the Syrian army",
// "a bombing carried out by Isis"; nil for none.
func (w *work) agentOfThing(c int32) []part {
	t := w.t
	if t.mention[c] >= 0 || w.d.Tokens[c].UPOS != doc.NOUN || actor.PeopleNoun(t.lemma(c)) {
		return nil
	}
	for _, a := range t.children(c) {
		if w.d.Tokens[a].Dep.Universal() == doc.Nmod && t.caseOf(a) == "by" && a > c {
			if ps := w.partsOf(nil, a, c); len(ps) > 0 {
				return ps // "a truck bombing by the Islamic State group killed"
			}
			if ps := w.ownerOf(a); len(ps) > 0 {
				return ps // "airstrikes by Russian jets killed"
			}
		}
		if w.d.Tokens[a].Dep.Universal() != doc.Acl || w.d.Tokens[a].XPOS != xposVBN {
			continue
		}
		g := t.child(a, doc.OblAgent)
		for _, k := range t.children(a) {
			if g < 0 && w.d.Tokens[k].Dep == doc.Obl && t.caseOf(k) == "by" {
				g = k // "carried out by Israeli drones", the parse's plain obl
			}
		}
		if g >= 0 {
			if ps := w.partsOf(nil, g, a); len(ps) > 0 {
				return ps
			}
			if ps := w.ownerOf(g); len(ps) > 0 {
				return ps // "the strike, carried out by Israeli drones, killed"
			}
		}
	}
	return nil
}

// weaponFrom is the actor a weapon noun c came from, by its from-phrase
// ("a missile from Somalia", "rockets fired from Gaza"); nil for none.
func (w *work) weaponFrom(c int32) []part {
	t := w.t
	if t.mention[c] >= 0 || !weaponNouns[t.lemma(c)] {
		return nil
	}
	for _, a := range t.children(c) {
		switch u := w.d.Tokens[a].Dep.Universal(); {
		case u == doc.Nmod && t.caseOf(a) == "from":
			return w.partsOf(nil, a, c)
		case u == doc.Acl && w.d.Tokens[a].XPOS == xposVBN:
			for _, k := range t.children(a) {
				if w.d.Tokens[k].Dep.Universal() == doc.Obl && t.caseOf(k) == "from" {
					return w.partsOf(nil, k, a)
				}
			}
		}
	}
	return nil
}

// strayConjuncts adds to ps, the actors of argument a of predicate i, the
// nouns the parse conjoined to i instead of to a ("was held by French
// commandos and Moroccan armed forces", with "forces" a conjunct of
// "staged"): right after a's phrase, behind an "and".
func (w *work) strayConjuncts(ps []part, i, a int32) []part {
	t := w.t
	if len(ps) == 0 {
		return ps
	}
	_, hi := w.subtreeRange(a)
	for _, c := range t.children(i) {
		if c <= a || w.d.Tokens[c].Dep != doc.Conj || !nominal(w.d.Tokens[c].UPOS) || t.child(c, doc.Case) >= 0 {
			continue
		}
		if lo, _ := w.subtreeRange(c); lo != hi && lo-1 != hi || t.lemma(hi) != "and" && t.lemma(hi) != "or" {
			continue
		}
		ps = w.partsOf(ps, c, i)
	}
	return ps
}

// sectorOf gives, for a subject ps that is one sector ("armies", MIL, or
// CHLMIL by the first state only) and a noun c with an "of" phrase naming
// states, the sector of each of them: "the armies of Chile and Peru"
// CHLMIL and PERMIL. nil otherwise.
func (w *work) sectorOf(ps []part, c int32) []part {
	if len(ps) != 1 || len(ps[0].actor.Code) < 3 {
		return nil
	}
	sector := ps[0].actor.Code
	if cameo.IsCountry(sector[:3]) {
		sector = sector[3:] // "armies" already BRAMIL by the first of them
	}
	if len(sector) != 3 || cameo.IsCountry(sector) {
		return nil
	}
	o := w.ofNoun(c)
	if o < 0 {
		return nil
	}
	states := w.partsOf(nil, o, c)
	if len(states) < 2 && len(ps[0].actor.Code) > 3 {
		return nil // one state, already given
	}
	var out []part
	for _, s := range states {
		if len(s.actor.Code) != 3 || !cameo.IsCountry(s.actor.Code) {
			return nil
		}
		a := ps[0].actor
		a.Code = s.actor.Code + sector
		out = append(out, part{tok: s.tok, mention: s.mention, actor: a})
	}
	return out
}

// ofActor: noun c is a place or part named by an actor it is of: "the
// ISIS-held area of Mosul", "parts of Kashmir", "the city of Aleppo".
func (w *work) ofActor(c int32) bool {
	if w.d.Tokens[c].UPOS != doc.NOUN {
		return false
	}
	o := w.ofNoun(c)
	return o >= 0 && len(w.partsOf(w.t.parts[:0], o, c)) > 0
}

// ofNoun gives the "of" modifier of noun n, or -1.
func (w *work) ofNoun(n int32) int32 {
	for _, c := range w.t.children(n) {
		if w.t.d.Tokens[c].Dep.Universal() == doc.Nmod && w.t.caseOf(c) == "of" {
			return c
		}
	}
	return -1
}

// measureNouns count or group what their "of" modifier names ("a team of
// experts", "hundreds of troops", "a barrage of missiles", "a new round of
// talks"): that noun is what the verb acts on.
var measureNouns = map[string]bool{"one": true, "some": true, "several": true, "worth": true, "team": true, "group": true, "batch": true, "contingent": true,
	"unit": true, "number": true, "dozen": true, "dozens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "score": true, "scores": true, "series": true, "wave": true,
	"round": true, "rounds": true, "barrage": true, "volley": true, "salvo": true, "spate": true,
	"string": true, "shipment": true, "consignment": true, "load": true, "ton": true, "tons": true,
	"tonne": true, "tonnes": true, "package": true, "set": true, "flood": true,
	// parts of a whole: "40 percent of their weapons", "half of the prisoners"
	"percent": true, "pct": true, "half": true, "part": true, "rest": true, "most": true, "bulk": true,
	"majority": true, "third": true, "quarter": true, "portion": true, "all": true, "remainder": true, "many": true}

// lightNounIs: obj is a light noun whose compound modifier is in list, or
// a measure noun whose "of" modifier is.
func (w *work) lightNounIs(obj int32, list []string) bool {
	t := w.t
	if obj < 0 {
		return false
	}
	if measureNouns[t.lemma(obj)] || measureNouns[t.form(obj)] {
		for _, c := range t.children(obj) {
			if t.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "of" && t.is(c, list) {
				return true
			}
		}
	}
	if changeNouns[t.lemma(obj)] {
		// "announced an increase in aid to Syria"
		for _, c := range t.children(obj) {
			if t.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "in" && t.is(c, list) {
				return true
			}
		}
	}
	if !lightNouns[t.lemma(obj)] && !pactNouns[t.lemma(obj)] {
		return false
	}
	for _, c := range t.children(obj) {
		if t.d.Tokens[c].Dep == doc.Compound && t.is(c, list) {
			return true
		}
	}
	return false
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
		case doc.Xcomp:
			if c > i && t.d.Tokens[c].UPOS == doc.ADJ && t.lemma(c) == prt {
				return true // "let free some 30 political leaders", "set the hostages free", "free" an xcomp
			}
		case doc.Obl, doc.Obj:
			// "called on Tehran", not "called Lavrov on Saturday"
			if t.caseOf(c) == prt && len(w.partsOf(t.parts[:0], c, i)) > 0 {
				return true
			}
			if prt == "out" && t.caseOf(c) == "out" && t.hasChildLemma(c, doc.Case, "of") {
				return true // "drove the rebels out of the town"
			}
			if prt == "out" && t.d.Tokens[c].Dep == doc.Obj {
				for _, g := range t.children(c) {
					if t.d.Tokens[g].Dep.Universal() == doc.Nmod && t.caseOf(g) == "out" && t.hasChildLemma(g, doc.Case, "of") {
						return true // the same, "out of" hung on the object
					}
				}
			}
		}
	}
	return w.particleObl(i, prt) >= 0
}

// particleOf reports whether predicate i has a particle (compound:prt)
// in set.
func (w *work) particleOf(i int32, set map[string]bool) bool {
	for _, c := range w.t.children(i) {
		if w.d.Tokens[c].Dep == doc.CompoundPrt && set[w.t.lemma(c)] {
			return true
		}
	}
	return false
}

// notPhoneParticles make "call" another verb than phoning: "call out"
// (denounce), "call back" (recall), "call off" (cancel), "call in"
// (summon); not "call up", which may be a phone call.
var notPhoneParticles = map[string]bool{"out": true, "back": true, "off": true, "in": true}

// particleObl is the oblique of i whose preposition is really i's particle
// prt, right after the verb ("cordoned off the roads", "broke off the
// talks"): that noun is the verb's object. -1 for none.
func (w *work) particleObl(i int32, prt string) int32 {
	t := w.t
	if !adverbParticles[prt] || int(i+1) >= len(t.d.Tokens) || t.lemma(i+1) != prt ||
		t.d.Tokens[i+1].Dep.Universal() != doc.Case {
		return -1
	}
	c := t.d.Tokens[i+1].Head
	if c > i+1 && t.head(c) == i && t.d.Tokens[c].Dep == doc.Obl {
		if m := t.mention[c]; prt == "in" && m >= 0 && placeKind(w.d.Mentions[m].Kind) {
			return -1 // where: "the speech he gave in Riyadh"
		}
		return c
	}
	return -1
}

// adverbParticles are the particles that a verb written with one ("cordon
// off", "set up") takes as an adverb, which the parser may read as the
// preposition of the next noun.
var adverbParticles = map[string]bool{"off": true, "up": true, "down": true, "out": true, "away": true, "back": true,
	"in": true} // "took in 25,000 refugees", "sent in troops" (only for a pattern written with the particle)

// findPrep finds an oblique of i (or a modifier of its object obj) with the
// arg's case marker and head lemma; a target oblique must name an actor.
func (w *work) findPrep(i, obj int32, a verbs.PrepArg, noun bool) int32 {
	t := w.t
	if !noun && w.d.Tokens[i].UPOS == doc.NOUN && onPredicate(t, i) {
		if t.caseOf(i) == a.Prep && (a.Lemmas == nil || t.is(i, a.Lemmas)) {
			return i // "were on strike": the predicate is the phrase
		}
	}
	// try looks among h's phrases; measured says h is what the object
	// counts, which stands for the object ("a salvo of missiles at
	// Nairobi")
	try := func(h int32, measured bool) int32 {
		for _, c := range t.children(h) {
			u := t.d.Tokens[c].Dep.Universal()
			if u != doc.Obl && u != doc.Nmod && u != doc.Advcl {
				continue
			}
			if t.caseOf(c) != a.Prep && !(u == doc.Advcl && t.hasChildLemma(c, doc.Mark, a.Prep)) {
				continue
			}
			if a.Lemmas != nil && !t.is(c, a.Lemmas) && !((a.Target || measureNouns[t.lemma(c)]) && w.lightNounIs(c, a.Lemmas)) {
				// (a named target may be counted, "to thousands of
				// refugees", and so may what the phrase names: "hand over
				// the bulk of their weapons" with "over" read as a preposition)
				continue
			}
			if a.Target && u == doc.Advcl && t.caseOf(c) != a.Prep && len(w.partsOf(t.parts[:0], c, h)) == 0 {
				// "held talks with Karzai to discuss ..." parsed as the
				// clause "with Karzai to discuss": the preposition's noun
				// is the clause's subject
				// (the marker must come before the subject: in "called
				// for Kenya to withdraw" "to" marks the clause, not Kenya)
				if s := t.child(c, doc.Nsubj); s >= 0 && s < c && w.markBefore(c, s, a.Prep) && len(w.partsOf(t.parts[:0], s, c)) > 0 {
					return s
				}
				continue
			}
			if a.Target && len(w.partsOf(t.parts[:0], c, h)) == 0 {
				if timeNouns[t.lemma(c)] || temporalNoun(t, c) {
					continue // "on eve of a Ugandan vote" says when, not on whom
				}
				if !((h == i || h == obj || measured) && !noun && (w.unnamedName(c) || len(w.ownedBy(c)) > 0 || w.ofActor(c))) {
					continue
				}
			}
			return c
		}
		return -1
	}
	if at := try(i, false); at >= 0 {
		return at
	}
	if noun {
		// through the thing an act noun names with "of", when it is no
		// actor: "the largest donor of aid to Iraq", "supplier of arms to
		// Kyiv"
		if c := w.ofNoun(i); c >= 0 && t.mention[c] < 0 && len(w.partsOf(t.parts[:0], c, i)) == 0 {
			return try(c, false)
		}
		return -1
	}
	if obj < 0 || t.lemma(i) == "say" {
		// (what "say" seems to take as an object is the subject of the
		// clause said, misparsed: "said prices on Ugandan markets rose"
		// says nothing on Uganda)
		return -1
	}
	if at := try(obj, false); at >= 0 {
		return at
	}
	// one level down, through what the object measures: "$2 million in
	// aid to Fiji", "a shipment of arms to Kyiv"; a state of emergency is
	// the emergency, and a place hung on the emergency is the state's
	// (then a manhunt after it names no target)
	for _, c := range t.children(obj) {
		if t.d.Tokens[c].Dep.Universal() == doc.Nmod && (t.caseOf(c) == "in" || t.caseOf(c) == "of") && !w.factPhrase(c) {
			if at := try(c, measureNouns[t.lemma(obj)] || t.lemma(obj) == "state" && t.caseOf(c) == "of"); at >= 0 {
				return at
			}
		}
	}
	if a.Target && a.Prep == "to" && recipientVerbs[t.lemma(i)] {
		// the recipient put before the thing: "sold Uganda a defence
		// system" is "sold a defence system to Uganda"
		if o := t.child(i, doc.Iobj); o >= 0 && o < obj {
			return o
		}
	}
	if a.Target {
		return w.strayPrep(i, a, 0)
	}
	return -1
}

// recipientVerbs give a thing to someone, whom an indirect object before
// the thing names as well as "to" after it.
var recipientVerbs = map[string]bool{"give": true, "send": true, "offer": true, "hand": true, "grant": true,
	"sell": true, "supply": true, "deliver": true, "provide": true, "lend": true, "ship": true, "transfer": true,
	"award": true, "pay": true, "furnish": true, "export": true, "donate": true}

// strayPrep finds a target phrase with the arg's case marker that the
// parser hung lower in the predicate's own noun phrases ("launched an
// attack on Gaza late Friday" with "on Gaza" under "Friday"; "returned
// dozens of artifacts to Peru" under "artifacts"). It goes down at most
// three nominal steps and never into a clause, where the phrase would
// belong to another predicate.
func (w *work) strayPrep(h int32, a verbs.PrepArg, depth int) int32 {
	t := w.t
	if depth >= 3 {
		return -1
	}
	for _, c := range t.children(h) {
		if depth == 0 && c < h && t.d.Tokens[c].Dep.Universal() == doc.Obl {
			continue // a phrase put before the verb sets the scene: "On a visit to Kampala, X voiced support for Y"
		}
		switch t.d.Tokens[c].Dep.Universal() {
		case doc.Obj, doc.Obl, doc.Nmod, doc.Conj, doc.Appos, doc.Compound:
		case doc.Acl:
			// a reduced passive is still the noun's phrase: "sanctions
			// imposed on India"
			if !reducedPassive(t, c) {
				continue
			}
		default:
			continue
		}
		if t.d.Tokens[c].Dep.Universal() == doc.Conj && isPredicate(t, c) {
			continue
		}
		if w.factPhrase(c) {
			continue // "will meet despite the attack on Kuwait": what happened around the act, not its target
		}
		if depth > 0 && t.caseOf(c) == a.Prep && (a.Lemmas == nil || t.is(c, a.Lemmas)) &&
			(len(w.partsOf(t.parts[:0], c, h)) > 0 || a.Target && w.d.Tokens[c].UPOS == doc.PROPN && w.unnamedName(c) && !strings.ContainsAny(t.form(c), "0123456789")) {
			// (or a name no dictionary knows, not a sum read as one:
			// "returned a painting stolen from a gallery in Nairobi to the
			// Zamco Foundation", not "a transfer of N14.3billion")
			return c
		}
		if at := w.strayPrep(c, a, depth+1); at >= 0 {
			return at
		}
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
	var p *verbs.Pattern
	var m matchInfo
	if h := t.head(c); !passive && h >= 0 && t.d.Tokens[c].Dep == doc.Xcomp && t.d.Tokens[c].XPOS == xposVBN &&
		t.child(c, doc.Nsubj) < 0 && t.obj(h) >= 0 && t.obj(h) < c {
		// a participle after the object says what is to be done to it:
		// "ordered the opposition leader jailed" orders the jailing of
		// the leader
		p, m = w.matchObj(c, ids, false, t.obj(h))
	} else {
		p, m = w.match(c, ids, passive)
	}
	var subj []part
	if s := t.child(c, doc.Nsubj); s >= 0 {
		subj = w.partsOf(nil, s, c)
	} else {
		subj = controller
	}
	if p == nil {
		return nil, m, nil, subj
	}
	tg := w.targetsFor(c, p, m, passive)
	if w.ownPossessives(tg, subj, p, m.obj) {
		tg = nil // "refused to lift its embargo on Uganda": whose embargo, not whom it is on
	}
	return p, m, tg, subj
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
			if ps, ok := w.judgedAttackers(p.Code, m.preps[k]); ok {
				out = append(out, ps...) // "condemnation of the attack on X"
				continue
			}
			n := len(out)
			if out = w.partsOrOf(out, m.preps[k], i); len(out) == n && rootOf(p.Code) == 9 {
				out = w.investigated(out, m.preps[k])
			}
		}
	}
	if len(out) == 0 && rootOf(p.Code) == 9 && m.obj >= 0 && m.obj != i {
		// "opened an inquiry into allegations that X mistreated": the
		// pattern's "into" found no actor
		for _, g := range t.children(m.obj) {
			if t.d.Tokens[g].Dep.Universal() == doc.Nmod && (t.caseOf(g) == "into" || t.caseOf(g) == "of") ||
				t.d.Tokens[g].Dep.Universal() == doc.Acl && g > m.obj && t.hasChildLemma(g, doc.Mark, "into") {
				out = w.investigated(out, g)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	if judgedAttack(p.Code) {
		obj := m.obj
		if passive {
			obj = t.child(i, doc.NsubjPass)
		}
		if obj >= 0 && obj != i && len(p.ObjLemmas) > 0 && !w.isAttack(obj) {
			obj = w.ofNoun(obj) // "expressed its condemnation of the attack on X"
		}
		if obj >= 0 && obj != i {
			if ps, ok := w.judgedAttackers(p.Code, obj); ok {
				// what is condemned is the attack, so its target is
				// whoever made it, never whom it hit: "condemned the
				// Russian attack on Kyiv" is aimed at Russia, "condemned
				// the attack on a church" at no one the text names
				return ps
			}
		}
	}
	force := rootOf(p.Code) >= 18 && !passive // (an active verb's object is what force is used on)
	o := t.obj(i)
	if p.ObjLemmas == nil && force && o >= 0 && weaponNouns[t.lemma(o)] {
		// weapons struck are their owners': "targeted drones and arms
		// depots of the rebels" (not the drones as an army of their own)
		if ps := w.weaponOwner(o); len(ps) > 0 {
			return ps
		}
	}
	if p.ObjLemmas == nil && !(force && o >= 0 && cognateObjects[t.lemma(o)]) {
		// (a war or an insurgency fought is no one fought: "has fought a
		// long insurgency against the Kenyan state")
		if out = w.directTargets(i, passive); len(out) > 0 {
			return out
		}
	} else if o := t.child(i, doc.Iobj); o >= 0 {
		// "gave Canada a deadline", "offered Kyiv talks"
		if out = w.partsOf(out, o, i); len(out) > 0 {
			return out
		}
	}
	if m.obj >= 0 && m.obj != i && rootOf(p.Code) == 12 && (demandNouns[t.lemma(m.obj)] || reactionNouns[t.lemma(m.obj)] || accusationNouns[t.lemma(m.obj)]) {
		// a charge or a demand rejected is its maker's, before whom it is
		// about: "rebuffed Ugandan criticism of Tanzania" rejects Uganda
		if ps := w.ownedBy(m.obj); len(ps) > 0 {
			return ps
		}
	}
	if m.obj >= 0 {
		// "tariffs against Vietnam"; "the envoy of Beijing", "Russia's envoy";
		// a mediator's "between X and Y" names both sides
		for _, c := range t.children(m.obj) {
			dep := t.d.Tokens[c].Dep
			if t.caseOf(c) == "with" && weaponNouns[t.lemma(c)] {
				continue // what one strikes with: "pounding border towns with artillery fire"
			}
			if opponentPhrase(t, m.obj, c, p.Code) {
				continue
			}
			if (dep == doc.NmodPoss || t.caseOf(c) == "of") && sideNouns[t.lemma(m.obj)] {
				continue // "struck Iran's proxies", "the allies of Russia": not Iran, not Russia
			}
			if w.ownMembers(m.obj, c) {
				continue
			}
			if dep.Universal() == doc.Nmod && (targetCase(t.caseOf(c)) && !noTargetCase(t.caseOf(c), p.Code) || t.caseOf(c) == "of" || t.caseOf(c) == "between" && p.Code == "045" ||
				t.caseOf(c) == "from" && rootOf(p.Code) == 10) || dep == doc.NmodPoss && m.obj != i && !ownSupport(t, c, m.obj) {
				// "demanded an explanation from X"
				n := len(out)
				if out = w.partsOf(out, c, m.obj); len(out) == n && dep == doc.NmodPoss {
					out = append(out, w.ownedBy(c)...) // "ordered the Liberian freighter's release"
				}
			} else if dep.Universal() == doc.Acl && (reducedPassive(t, c) || dep == doc.AclRelcl && p.ObjLemmas != nil && c > m.obj) {
				// "tariffs imposed on Brazil", "aid pledged to Kyiv"; and
				// the act the pattern names with a clause of its own:
				// "lifted the sanctions it imposed on Iran"
				for _, g := range t.children(c) {
					if t.d.Tokens[g].Dep == doc.Obl && targetCase(t.caseOf(g)) {
						out = w.partsOf(out, g, c)
					}
				}
			}
		}
		if len(out) == 0 {
			// one level down, through what the object measures or is part
			// of: "$5 million in assistance to Tonga", "a shipment of
			// ventilators to Peru"
			for _, c := range t.children(m.obj) {
				if t.d.Tokens[c].Dep.Universal() != doc.Nmod || !(t.caseOf(c) == "in" || t.caseOf(c) == "of") {
					continue
				}
				for _, g := range t.children(c) {
					if t.d.Tokens[g].Dep.Universal() == doc.Nmod && targetCase(t.caseOf(g)) {
						out = w.partsOf(out, g, c)
					}
				}
			}
		}
		if len(out) == 0 && rootOf(p.Code) == 11 {
			// whose act a criticism is of: "expressed strong condemnation
			// of the Prime Minister's declaration"
			if c := w.ofNoun(m.obj); c >= 0 {
				if g := t.child(c, doc.NmodPoss); g >= 0 {
					out = w.partsOf(out, g, c)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
		if r := rootOf(p.Code); (r == 12 || r == 8 && (demandNouns[t.lemma(m.obj)])) && len(out) == 0 {
			// rejecting or granting someone's proposal: "refused a request
			// by X", "rejected an appeal filed by X", "accepted the
			// demands of protesters"
			maker := int32(-1)
			for _, c := range t.children(m.obj) {
				switch dep := t.d.Tokens[c].Dep; {
				case dep.Universal() == doc.Nmod && (t.caseOf(c) == "by" || t.caseOf(c) == "from"):
					out = w.partsOf(out, c, m.obj)
					maker = max(maker, c)
				case dep.Universal() == doc.Acl:
					if a := t.child(c, doc.OblAgent); a >= 0 {
						out = w.partsOf(out, a, c)
						maker = max(maker, a)
					}
				}
			}
			if len(out) > 0 {
				return out
			}
			if maker >= 0 && w.d.Tokens[maker].UPOS == doc.NOUN {
				if a := t.child(maker, doc.Appos); a >= 0 && w.d.Tokens[a].UPOS == doc.PROPN {
					maker = a // "lodged by candidate Francis Villanueva"
				}
			}
			if maker >= 0 && w.unnamedName(maker) {
				// a name no dictionary knows made it: "dismissed the petition
				// filed by mayoral candidate Ramon Dizon"
				return append(out, part{tok: maker, mention: -1, phrase: w.phraseSpan(maker)})
			}
		}
	}
	if o := t.obj(i); o >= 0 && t.mention[o] < 0 && !passive {
		// what the subject condemns, rejects or praises is the act of the
		// object's agent: "condemned an attack by X (on Thursday ...)"
		for _, c := range t.children(o) {
			if t.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "by" {
				out = w.partsOf(out, c, o)
			}
		}
		if r := rootOf(p.Code); len(out) == 0 && (r == 5 || r == 10 || r == 11 || r == 12) {
			// or made by whom a participle names, on the object or a
			// conjunct of it: "denounced the act of provocation and the
			// repeated threats issued by the Japanese Government"
			for _, x := range append([]int32{o}, t.children(o)...) {
				if x == o || w.d.Tokens[x].Dep == doc.Conj && x > o {
					out = append(out, w.agentOfThing(x)...)
				}
			}
		}
		if r := rootOf(p.Code); len(out) == 0 && (r == 11 || r == 12) && newsNouns[t.lemma(o)] {
			// a report is the outlet's that carried it: "disputed reports
			// that were published in The Washington Post"
			for _, a := range t.children(o) {
				if a < o || w.d.Tokens[a].Dep.Universal() != doc.Acl || !carryVerbs[t.lemma(a)] {
					continue
				}
				for _, g := range t.children(a) {
					if c := t.caseOf(g); w.d.Tokens[g].Dep.Universal() == doc.Obl && (c == "in" || c == "by" || c == "on") {
						if ps := w.partsOf(nil, g, a); allSector(ps, "MED") {
							out = append(out, ps...)
						}
					}
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, c := range t.children(i) {
		if t.caseOf(c) == "with" && weaponNouns[t.lemma(c)] {
			continue // what one strikes with: "pounding border towns with artillery"
		}
		if t.d.Tokens[c].Dep == doc.Obl && (targetCase(t.caseOf(c)) && !noTargetCase(t.caseOf(c), p.Code) ||
			t.caseOf(c) == "from" && fromTarget(p.Code)) {
			out = w.partsOf(out, c, i)
		}
	}
	for k := 0; k < m.nprep && len(out) == 0; k++ {
		// the act a condition oblique names has its own target: "called
		// for sanctions against Minsk", "pushed for talks with Kyiv"
		for _, c := range t.children(m.preps[k]) {
			if t.d.Tokens[c].Dep.Universal() == doc.Nmod && targetCase(t.caseOf(c)) {
				out = w.partsOf(out, c, m.preps[k])
			}
		}
	}
	if r := rootOf(p.Code); len(out) == 0 && (r == 8 || r == 12) {
		// yielding to or rejecting someone's demand named by an oblique:
		// "conceded to the demands of the truck drivers"
		for _, at := range m.preps[:m.nprep] {
			out = w.makerOf(out, at)
		}
	}
	if len(out) == 0 && p.ObjLemmas != nil && len(p.ObjLemmas) == 0 && m.obj >= 0 && t.mention[m.obj] >= 0 {
		// obj=*: a state or an organisation as the object is who gets it
		// ("would provide Iran a land bridge", "supplied Ukraine"), troops
		// or people are what is given
		switch t.d.Mentions[t.mention[m.obj]].Kind {
		case doc.Country, doc.Organization, doc.PlaceActor:
			return w.partsOf(out, m.obj, i)
		}
	}
	if r := rootOf(p.Code); len(out) == 0 && len(p.ObjLemmas) > 0 && m.obj >= 0 && m.obj != i && r != 15 && r != 7 && !w.gatheringKind(m.obj) {
		// the object named by the pattern is itself the actor: "summoned the
		// Chinese ambassador", "rejected the State Department's call"; not
		// the forces one readies ("placed a brigade on alert") or gives
		// ("contributed troops to the force in Afghanistan")
		n := len(out)
		out = w.partsOf(out, m.obj, i)
		if movingVerbs[t.lemma(i)] && len(out) > n && !anyCountry(out[n:]) {
			// nor whom one withdraws or sends, named by no state: one's own
			// ("withdrew peacekeepers from a post in Lebanon"); one's own by
			// name are dropped as the source's later ("withdrew US troops")
			out = out[:n]
		}
	}
	return out
}

// makerOf appends who made a demand, request or proposal noun: its
// possessor or its of/by/from modifier.
func (w *work) makerOf(dst []part, n int32) []part {
	t := w.t
	for _, c := range t.children(n) {
		dep := t.d.Tokens[c].Dep
		if dep == doc.NmodPoss || dep.Universal() == doc.Nmod && (t.caseOf(c) == "of" || t.caseOf(c) == "by" || t.caseOf(c) == "from") {
			dst = w.partsOf(dst, c, n)
		}
	}
	return dst
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

// tradeDispute: the sentence speaks of trade (tariffs, imports, dumping,
// GATT) and not of arms (troops, attacks, missiles, the navy).
func (w *work) tradeDispute() bool {
	s := w.d.Sentences[w.si].Tokens
	trade := false
	for k := s.Start; k < s.End; k++ {
		l := w.t.lemma(k)
		if armsWords[l] {
			return false
		}
		trade = trade || tradeWords[l]
	}
	return trade
}

var (
	tradeWords = map[string]bool{"trade": true, "trading": true, "tariff": true, "tariffs": true, "import": true, "imports": true,
		"export": true, "exports": true, "gatt": true, "duty": true, "duties": true, "dumping": true, "dump": true, "subsidy": true,
		"subsidies": true, "quota": true, "quotas": true, "protectionist": true, "protectionism": true,
		"semiconductor": true, "semiconductors": true, "tax": true, "market": true, "markets": true}
	armsWords = map[string]bool{"attack": true, "attacks": true, "troops": true, "troop": true, "military": true,
		"army": true, "navy": true, "missile": true, "missiles": true, "aggression": true, "bomb": true,
		"bombing": true, "forces": true, "war": true, "strike": true, "strikes": true, "airstrike": true}
)

// saidIn: predicate i (or its object, where the parse may hang it) has a
// phrase saying it was done in words: on a platform or the air ("on
// Twitter", "on state television") or in a statement ("in an interview",
// "in a speech").
func (w *work) saidIn(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		if u := w.d.Tokens[c].Dep.Universal(); u != doc.Obl && u != doc.Nmod || c < i {
			continue
		}
		switch t.caseOf(c) {
		case "on", "via":
			if channelNames[t.lemma(c)] || airNouns[t.lemma(c)] {
				return true
			}
		case "in":
			if statementNouns[t.lemma(c)] {
				return true
			}
		}
	}
	return false
}

// airNouns and statementNouns say where words were said.
var (
	airNouns = map[string]bool{"television": true, "tv": true, "radio": true}
	// wordAttackVerbs are done in words as often as by force
	wordAttackVerbs = map[string]bool{"attack": true, "hit": true, "target": true, "fight": true, "battle": true}
	statementNouns  = map[string]bool{"interview": true, "speech": true, "statement": true, "tweet": true, "post": true,
		"op-ed": true, "editorial": true, "article": true, "column": true, "letter": true, "address": true}
)

// channelNames are platforms that a statement is made on.
var channelNames = map[string]bool{"facebook": true, "twitter": true, "youtube": true, "instagram": true,
	"whatsapp": true, "telegram": true, "tiktok": true, "weibo": true, "wechat": true, "linkedin": true}

// dropChannels removes from ps the platforms named as where something was
// said or posted ("on Facebook", "via Twitter"), which are no one it is
// aimed at; ps itself is left as it is.
func (w *work) dropChannels(ps []part) []part {
	channel := func(p part) bool {
		if p.tok < 0 || !channelNames[w.t.lemma(p.tok)] {
			return false
		}
		c := w.t.caseOf(p.tok)
		return c == "on" || c == "via" || c == "through"
	}
	if !slices.ContainsFunc(ps, channel) {
		return ps
	}
	return slices.DeleteFunc(slices.Clone(ps), channel)
}

// addressingVerbs take whom they address as their object ("asked the
// committee"), where "demanded the commissions" takes what is demanded.
var addressingVerbs = map[string]bool{"ask": true, "urge": true, "invite": true, "encourage": true, "press": true,
	"implore": true, "beg": true, "exhort": true, "order": true, "instruct": true, "tell": true, "advise": true,
	"persuade": true, "request": true, "call": true, "summon": true}

// unnamedAddressee: token o, under gov, is a common noun for people, a
// body or states by kind ("a special committee", "24 countries"), who can
// be asked or told, and neither it nor its modifiers name an actor.
func (w *work) unnamedAddressee(o, gov int32) bool {
	t := w.t
	l := t.lemma(o)
	return t.d.Tokens[o].UPOS == doc.NOUN && (actor.PeopleNoun(l) || actor.InstitutionNoun(l) || statesNouns[l]) &&
		len(w.partsOf(t.parts[:0], o, gov)) == 0 && !w.phraseNamesActor(o)
}

// phraseNamesActor: some word of the phrase at o names an actor ("three
// states, among them Chad and Niger"): they are whom it means.
func (w *work) phraseNamesActor(o int32) bool {
	for _, c := range w.t.children(o) {
		switch w.d.Tokens[c].Dep.Universal() {
		case doc.Nmod, doc.Appos, doc.Conj, doc.Compound, doc.Amod, doc.Flat:
		default:
			continue // (not a clause the parse hung on it: "the committee to punish Uganda")
		}
		lo, hi := w.subtreeRange(c)
		for k := lo; k < hi; k++ {
			if mi := w.t.mention[k]; mi >= 0 {
				if _, ok := w.resolve(mi); ok {
					return true
				}
			}
		}
	}
	return false
}

// statesNouns name states or their givers by kind, as lemmas: "24
// countries", "donors" (a government is an institution already).
var statesNouns = map[string]bool{"country": true, "nation": true, "state": true, "donor": true}

// unnamedPeople: the object o of verb i is people, or a relative pronoun
// that stands for them ("elders", "whom").
func unnamedPeople(t *tree, i, o int32) bool {
	return o >= 0 && o != i && (t.d.Tokens[o].XPOS == xposWP || actor.PeopleNoun(t.lemma(o)))
}

// objectless reports whether conjoined subjects of verb i can act on each
// other: when consulting ("discussed Syria") always; when fighting, with
// no object or one that names the fight or what binds them ("fought a
// war", "violated the ceasefire agreement"; not "occupied one ship"); in
// other cooperation only when the verb has no object, a passive's subject
// counting as one: "X and Y backed the plan", "the policies were welcomed
// by X and Y", "accusing it of supporting terrorism" say nothing of X and
// Y.
func objectless(t *tree, i int32, code string) bool {
	o := t.obj(i)
	if o < 0 {
		o = t.child(i, doc.NsubjPass) // "policies welcomed by the World Bank and the IMF": they welcomed the policies
	}
	if h := t.head(i); o < 0 && t.d.Tokens[i].Dep.Universal() == doc.Acl && h >= 0 && h < i && nominal(t.d.Tokens[h].UPOS) {
		o = h // a reduced passive's noun: "a plan backed by the unions and the ruling party"
	}
	if o < 0 && t.child(i, doc.OblAgent) >= 0 {
		return false // a passive's agents did it to what the passive is about, whatever the parse hung it on
	}
	switch rootOf(code) {
	case 4:
		if unnamedPeople(t, i, o) {
			return false // whom they met: "sources whom they have met", "met local elders"
		}
		if l := t.lemma(i); l == "speak" || l == "talk" {
			for _, c := range t.children(i) {
				if t.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "of" {
					return false // "talked of a new era": what they spoke of, to whoever listened
				}
			}
		}
		return true
	case 19:
		// "India and China clashed", "fought a war"; not "marines and
		// police occupied one ship"
		return o < 0 || cognateObjects[t.lemma(o)] || relationNouns[t.lemma(o)] || t.lemma(o) == "ceasefire" || t.lemma(o) == "truce"
	}
	if o >= 0 && actMeasureNouns[t.lemma(o)] {
		// "began a new round of joint exercises"
		for _, c := range t.children(o) {
			if t.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "of" {
				o = c
				break
			}
		}
	}
	return code == "057" || o < 0 || relationNouns[t.lemma(o)] || strings.HasPrefix(code, "0871") && truceNouns[t.lemma(o)]
}

// relationNouns name a relation that conjoined subjects have with each
// other: "upgraded diplomatic ties", "signed a pact", "held exercises".
var relationNouns = map[string]bool{"tie": true, "ties": true, "relation": true, "relations": true,
	"relationship": true, "cooperation": true, "agreement": true, "deal": true, "accord": true,
	"treaty": true, "pact": true, "partnership": true, "alliance": true, "talk": true, "talks": true,
	"dialogue": true, "contact": true, "contacts": true, "exercise": true, "exercises": true,
	"drill": true, "drills": true, "maneuver": true, "maneuvers": true, "manoeuvre": true, "manoeuvres": true,
	"game": true, "games": true, "war-games": true,
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "prisoner": true, "prisoners": true}

// reciprocal: codes that conjoined subjects do to each other ("Jordan and
// Britain agreed to hold exercises", "India and China clashed").
func reciprocal(code string) bool {
	switch {
	case strings.HasPrefix(code, "042"), strings.HasPrefix(code, "043"), strings.HasPrefix(code, "045"):
		// visiting, hosting and mediating are done together to a third
		// party: "talks mediated by Qatar, Egypt and Norway"
		return false
	}
	if strings.HasPrefix(code, "0871") {
		return true // "Kenya and Uganda agreed a ceasefire": with each other
	}
	switch rootOf(code) {
	case 3, 4, 5, 6, 19:
		return true
	}
	return false
}

// shieldVerbs name, in a clause under an act of force, whom the force is
// for.
var shieldVerbs = map[string]bool{"rescue": true, "save": true, "protect": true, "help": true, "assist": true,
	"evacuate": true, "shield": true, "guard": true, "defend": true}

// helpVerbs name, in a purpose clause, whom aid is for.
var helpVerbs = map[string]bool{"help": true, "assist": true, "support": true, "aid": true,
	"relieve": true, "benefit": true, "feed": true, "rebuild": true}

// purposeTarget finds the object of a purpose clause of help under h or
// its noun phrases ("sent doctors to help Haiti", "equipment to assist
// Ethiopia"), at most three steps down.
func (w *work) purposeTarget(h int32, depth int) []part {
	t := w.t
	if depth >= 3 {
		return nil
	}
	for _, c := range t.children(h) {
		switch t.d.Tokens[c].Dep.Universal() {
		case doc.Acl, doc.Advcl, doc.Xcomp:
			if helpVerbs[t.lemma(c)] {
				if out := w.directTargets(c, false); len(out) > 0 {
					return out
				}
			}
		case doc.Obj, doc.Nmod, doc.Conj, doc.Obl:
			if out := w.purposeTarget(c, depth+1); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// placeTargeted: codes whose act lands on a place's people or is aimed at
// the place's authorities: aid (07), yielding (08: a ceasefire, a lifted
// curfew), protest (14: a strike at a mine, a march in a capital), force
// posture, sanctions, coercion and violence (15-20); and the intent to
// aid or to yield (033, 035: "agreed to a truce in northern Ethiopia"),
// which lands where the act would.
func placeTargeted(code string) bool {
	r := rootOf(code)
	return r == 7 || r == 8 || r >= 14 || strings.HasPrefix(code, "033") || strings.HasPrefix(code, "035")
}

// placeTargets are the actors named by an "in/into/across/throughout X"
// oblique of predicate i or modifier of its object obj; with geo, also the
// states places no dictionary codes as actors lie in.
func (w *work) placeTargets(i, obj int32, geo bool) []part {
	t := w.t
	var out []part
	for _, h := range [2]int32{i, obj} {
		if h < 0 {
			continue
		}
		for _, c := range t.children(h) {
			if u := t.d.Tokens[c].Dep.Universal(); u != doc.Obl && u != doc.Nmod {
				continue
			}
			switch t.caseOf(c) {
			case "in", "into", "inside", "across", "throughout", "along", "near", "at", "outside":
				if w.venueCity(h, c) || courtNouns[t.lemma(c)] {
					// where talks are held: "suspended the talks in Geneva"
					// halts none with Switzerland; "resigned in a Nairobi
					// court" is where, no act on the court
					continue
				}
				n := len(out)
				if out = w.partsOf(out, c, h); len(out) == n {
					if o := w.ofNoun(c); o >= 0 {
						out = w.partsOf(out, o, c) // "a curfew in parts of Tigray"
					}
				}
				if len(out) == n && geo {
					out = w.placeCountry(out, c)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, prep := range [...]string{"in", "into"} {
		// hung lower by the parser: "announced a ceasefire on Friday in Libya"
		if at := w.strayPrep(i, verbs.PrepArg{Prep: prep, Target: true}, 0); at >= 0 && !courtNouns[t.lemma(at)] && !w.venueCity(t.head(at), at) {
			if out = w.partsOf(out, at, i); len(out) == 0 && geo {
				out = w.placeCountry(out, at)
			}
			return out
		}
	}
	return out
}

// courtNouns are courts, which an "in" or "at" phrase names as where
// something happens.
var courtNouns = map[string]bool{"court": true, "courtroom": true, "tribunal": true}

// venueCity: the place at c, named by an "in" or "at" oblique of h, is a
// town where a gathering is held, and no party to it: h is the gathering
// ("talks in Geneva") or a verb whose object is one ("suspended the talks
// in Geneva"). A state so named may be ("suspended talks in Yemen").
func (w *work) venueCity(h, c int32) bool {
	t := w.t
	if t.mention[c] < 0 || w.d.Mentions[t.mention[c]].Kind != doc.Place {
		return false
	}
	if cs := t.caseOf(c); cs != "in" && cs != "at" {
		return false
	}
	if !venueNouns[t.lemma(h)] {
		o := t.obj(h)
		return o >= 0 && o != h && venueNouns[t.lemma(o)]
	}
	return true
}

// placeCountry appends the state a place named at token c lies in, with
// the place's mention ("troops on alert in Manila": PHL), when the
// gazetteer gives one.
func (w *work) placeCountry(dst []part, c int32) []part {
	mi := w.t.mention[c]
	if adminNouns[strings.ToLower(w.t.form(c))] && (mi < 0 || w.d.Mentions[mi].Kind != doc.Place) {
		// a part of a country named with what it is: "Borno State",
		// "Helmand Province"
		for _, g := range w.t.children(c) {
			if w.d.Tokens[g].Dep == doc.Compound && g < c && w.t.mention[g] >= 0 {
				mi = w.t.mention[g]
			}
		}
	}
	if mi < 0 {
		return dst
	}
	m := &w.d.Mentions[mi]
	if m.Kind != doc.Place || m.Geo == nil || !cameo.IsCountry(m.Geo.Country) {
		return dst
	}
	return append(dst, part{tok: c, mention: mi, actor: doc.Actor{Code: m.Geo.Country, Name: m.Geo.Name, Entry: m.Geo.Entry}})
}

// adminNouns name a part of a country after its name ("Borno State").
var adminNouns = map[string]bool{"state": true, "province": true, "region": true, "district": true, "county": true,
	"governorate": true, "oblast": true, "prefecture": true, "municipality": true}

// complementTargets are who an uncoded complement acts on: its object
// (passive: subject) or indirect object, else the state another than own's
// whose thing the object is, else a to/with/against/on oblique.
func (w *work) complementTargets(c int32, created bool, own []part) []part {
	t := w.t
	passive := t.child(c, doc.NsubjPass) >= 0 || t.child(c, doc.AuxPass) >= 0
	if created {
		// what is created is not acted on ("set up a new company")
	} else if out := w.directTargets(c, passive); len(out) > 0 {
		return out
	}
	var out []part
	if o := t.child(c, doc.Obj); o >= 0 && !passive && !created {
		if ps := w.ownedBy(o); len(ps) > 0 && !ownThing(ps, own) {
			return ps // a thing of another state's: "refused to let Ugandan trucks enter"
		}
	}
	if o := t.child(c, doc.Obj); o >= 0 && !passive {
		// "declined to grant a request from Minsk"
		for _, m := range t.children(o) {
			if t.d.Tokens[m].Dep.Universal() == doc.Nmod && (targetCase(t.caseOf(m)) || t.caseOf(m) == "from" || t.caseOf(m) == "by") {
				out = w.partsOf(out, m, o)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for _, o := range t.children(c) {
		if t.d.Tokens[o].Dep == doc.Obl && targetCase(t.caseOf(o)) {
			out = w.partsOf(out, o, c)
		}
	}
	return out
}

// creating: predicate c makes what its object names ("set up a company",
// "build a hospital", "establish a centre").
func (w *work) creating(c int32) bool {
	switch l := w.t.lemma(c); l {
	case "establish", "build", "construct", "create", "found":
		return true
	case "set":
		return w.t.hasChildLemma(c, doc.Compound, "up") // compound:prt
	}
	return false
}

// placeThing is the noun of an in/at oblique of predicate c or of its
// object that says where it is, no actor; -1 for none.
func (w *work) placeThing(c int32) int32 {
	t := w.t
	for _, h := range [2]int32{c, t.child(c, doc.Obj)} {
		if h < 0 {
			continue
		}
		for _, o := range t.children(h) {
			if u := w.d.Tokens[o].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && (t.caseOf(o) == "in" || t.caseOf(o) == "at") &&
				w.thingTarget(o) && !obliqueIdioms[t.lemma(o)] {
				return o
			}
		}
	}
	return -1
}

// directTargets: the object (passive: the subject) or indirect object, if an actor.
func (w *work) directTargets(i int32, passive bool) []part {
	t := w.t
	var out []part
	o := t.obj(i)
	if passive {
		o = t.child(i, doc.NsubjPass)
		if o >= 0 && t.mention[o] < 0 {
			// a title the parse split off as a subject of its own: "The
			// Kurdish leader Massoud Barzani was criticized", with
			// "leader" and "Massoud" both nsubj:pass
			for _, c := range t.children(i) {
				if c > o && t.d.Tokens[c].Dep == doc.NsubjPass && t.mention[c] >= 0 {
					o = c
					break
				}
			}
		}
	}
	if o >= 0 {
		out = w.partsOf(out, o, i)
	} else if passive && w.d.Tokens[i].Dep == doc.Acl {
		// a reduced relative acts on the noun it modifies: "Goma, attacked by rebels"
		out = w.partsOf(out, t.head(i), -1)
	}
	if len(out) == 0 {
		if o := t.child(i, doc.Iobj); o >= 0 {
			out = w.partsOf(out, o, i)
		}
	}
	if o >= 0 {
		// those the act befalls beside its object: "expelled the ambassador
		// along with two attaches", "was arrested together with his driver"
		for _, c := range t.children(i) {
			if c > o && w.d.Tokens[c].Dep.Universal() == doc.Obl && w.alongWith(c) {
				out = w.partsOf(out, c, i)
			}
		}
	}
	return out
}

// alongWith: the phrase at c is marked "along with" or "together with"
// (the "along" or "together" before its "with", wherever the parse hangs
// it: partnerWord).
func (w *work) alongWith(c int32) bool {
	for _, k := range w.t.children(c) {
		if k < c && k > 0 && w.d.Tokens[k].Dep == doc.Case && w.t.lemma(k) == "with" && w.partnerWord(k-1) {
			return true
		}
	}
	return false
}

// noTargetCase: case marker c names no target of an act of code: "on"
// says what cooperation, talks or accord are about, not with whom
// ("agreed to share intelligence on Iran", "cooperate on Syria"); a
// sanction, an attack or a demand "on" someone is on them. Nor is
// "against" whom an appeal is made to: support sought against someone is
// asked of others ("seeks Ugandan support against the rebels").
func noTargetCase(c, code string) bool {
	switch rootOf(code) {
	case 2:
		return c == "against"
	case 3, 4, 5, 6:
		return c == "on"
	}
	return false
}

func targetCase(c string) bool {
	switch c {
	case "against", "on", "with", "to", "toward", "towards":
		return true
	}
	return false
}

// amodClause repairs a clause whose past-tense verb the tagger read as a
// participle modifying its object: "The US shared evidence with India"
// parsed as the noun phrase "shared evidence" with "The US" as its
// subject. The verb is coded with the subject as source and the noun as
// its object.
func (w *work) amodClause(n int32, cx ctx) {
	t := w.t
	s := t.child(n, doc.Nsubj)
	if s < 0 && t.head(n) < 0 {
		// with no subject either, the subject hangs on the noun as a
		// compound: "Qatari officials shared intelligence with Cairo" as one
		// noun phrase that is the whole sentence
		s = t.child(n, doc.Compound)
		if s >= 0 && t.mention[s] < 0 {
			s = -1
		}
	}
	if h := t.head(n); s < 0 && h >= 0 && h < n && t.head(h) < 0 && t.mention[h] >= 0 &&
		(w.d.Tokens[n].Dep.Universal() == doc.Nmod && t.caseOf(n) == "" || w.d.Tokens[n].Dep == doc.Conj && t.child(n, doc.Cc) < 0) {
		// or the noun hangs on the subject, the sentence's root: "Georgian
		// police detained scores of protesters" with "scores" under
		// "police" (as an unmarked modifier or a conjunct with no "and")
		s = h
	}
	if cx.silent || t.child(n, doc.Cop) >= 0 {
		return
	}
	var v int32 = -1
	for _, c := range t.children(n) {
		if c >= n || t.d.Tokens[c].Dep != doc.Amod {
			continue
		}
		// the tagger may call the past tense an adjective as well: "The
		// US imposed sanctions on Iran" with "imposed" JJ
		if u := t.d.Tokens[c].UPOS; u == doc.VERB || u == doc.ADJ && strings.HasSuffix(t.form(c), "ed") && len(w.verbPatterns(c)) > 0 {
			v = c
		}
	}
	if v >= 0 && s < 0 && t.head(n) < 0 {
		// or on the verb itself, when the noun is the sentence's root:
		// "Mexico granted asylum to Morales" with "Mexico" a (passive)
		// subject of "granted", the noun's modifier
		if vs := t.child(v, doc.Nsubj); vs >= 0 && vs < v {
			s = vs
		} else if vs := t.child(v, doc.NsubjPass); vs >= 0 && vs < v {
			s = vs
		}
	}
	if s < 0 || s > n || v >= 0 && v <= s {
		return
	}
	if v < 0 || t.visited[v] || t.form(v-1) == "-" {
		return // "Iran-backed militias": a modifier joined to its agent is no predicate
	}
	p, m := w.matchObj(v, w.verbPatterns(v), false, n)
	if p == nil || p.Frame != verbs.NoFrame {
		return
	}
	src := w.partsOf(nil, s, n)
	targets := w.targetsFor(v, p, m, false)
	if len(targets) == 0 && p.ObjLemmas == nil {
		// the noun is the verb's object, and a pattern that does not name
		// its object acts on whom it names: "Russian police arrested
		// students" as one noun phrase; or on whom it counts ("dozens of
		// demonstrators")
		if targets = w.partsOf(nil, n, v); len(targets) == 0 {
			targets = w.countedSubject(n, v)
		}
	}
	if len(targets) == 0 && placeTargeted(p.Code) {
		targets = w.placeTargets(v, n, false)
	}
	if len(src) == 0 || len(targets) == 0 && needsTarget(p.Code) {
		return
	}
	t.consumed[n] = true
	mod := max(cx.mod, w.clauseModality(n))
	w.emit(v, p, p.Code, 0, src, targets, cx.claim, mod, cx.neg || negated(t, n), 0.7)
}

// conjAmodClause repairs a verb conjoined to a clause that the tagger
// read as a participle modifying its object: "condemned an attack on
// Thursday and promised raids to the villages" parsed with "promised" as
// an adjective of "raids" and the "and" hung on it. A conjunction on a
// modifier that is conjoined to nothing joins two predicates, so the verb
// takes the subject of the predicate above it, the noun as its object,
// and as its target an oblique of that predicate after the noun, which
// the parser hung there ("to the villages").
func (w *work) conjAmodClause(n int32, cx ctx) {
	t := w.t
	if cx.silent {
		return
	}
	var v int32 = -1
	for _, c := range t.children(n) {
		if c < n && t.d.Tokens[c].Dep == doc.Amod && (t.d.Tokens[c].UPOS == doc.VERB ||
			t.d.Tokens[c].UPOS == doc.ADJ && strings.HasSuffix(t.form(c), "ed") && len(w.verbPatterns(c)) > 0) {
			v = c // the first: "promised new raids"; a past tense tagged an adjective too ("and imposed sanctions")
			break
		}
		if c < n && t.d.Tokens[c].Dep == doc.Amod {
			return // a modifier before it: "new and improved weapons"
		}
	}
	if v < 0 || t.visited[v] || t.child(v, doc.Conj) >= 0 {
		return
	}
	if !t.hasChildLemma(v, doc.Cc, "and") {
		// or the "and" right before it hung on the noun: "closed schools
		// and imposed curfews" with "curfews" a conjunct of "schools"
		if c := t.child(n, doc.Cc); c < 0 || c != v-1 || t.lemma(c) != "and" || w.d.Tokens[n].Dep != doc.Conj {
			return
		}
	}
	pred := t.head(n)
	for k := 0; pred >= 0 && !isPredicate(t, pred) && k < 4; k++ {
		pred = t.head(pred)
	}
	if pred < 0 || pred > v || !isPredicate(t, pred) || t.d.Tokens[pred].Dep == doc.AclRelcl {
		// under a relative clause the "and" may join the main clause as
		// well: "opened fire on marchers who ignored a ban and
		// traded fire with militiamen"
		return
	}
	s := t.child(pred, doc.Nsubj)
	if misparsedActive(t, pred) {
		if s = t.child(pred, doc.NsubjPass); s < 0 {
			s = t.head(pred)
		}
	}
	if s < 0 {
		return
	}
	p, m := w.matchObj(v, w.verbPatterns(v), false, n)
	if p == nil || p.Frame != verbs.NoFrame {
		return
	}
	src := w.partsOf(nil, s, pred)
	targets := w.targetsFor(v, p, m, false)
	for _, c := range t.children(pred) {
		if len(targets) == 0 && c > n && t.d.Tokens[c].Dep == doc.Obl && targetCase(t.caseOf(c)) {
			targets = w.partsOf(targets, c, pred)
		}
	}
	if h := t.head(n); len(targets) == 0 && w.d.Tokens[n].Dep == doc.Conj && h >= 0 {
		// hung on the first conjunct after this one: "closed the border
		// and imposed a blockade on Uganda", "on Uganda" under "border"
		for _, c := range t.children(h) {
			if len(targets) == 0 && c > n && t.d.Tokens[c].Dep == doc.Nmod && targetCase(t.caseOf(c)) {
				targets = w.partsOf(targets, c, h)
			}
		}
	}
	if len(src) == 0 || len(targets) == 0 && needsTarget(p.Code) {
		return
	}
	t.consumed[n] = true
	mod := max(cx.mod, w.clauseModality(v))
	w.emit(v, p, p.Code, 0, src, targets, cx.claim, mod, cx.neg || negated(t, v), 0.7)
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
	for _, id := range ids {
		if fp := &w.c.lex.Patterns[id]; fp.Frame == verbs.Refine && w.nounFrame(i, fp, cx) {
			return
		}
	}
	p, m := w.match(i, ids, false)
	aimed := int32(-1) // a participle naming the target of a violent act
	if p == nil {
		if p, aimed = w.targetedAttack(i, ids); p == nil {
			return
		}
		m = matchInfo{obj: -1, comp: -1}
	}
	var src, tgt []part
	switch {
	case aimed >= 0:
		tgt = w.partsOf(nil, aimed, t.head(aimed))
	case p.Between:
		b := w.findPrep(i, -1, verbs.PrepArg{Prep: "between"}, true)
		all := w.partsOf(nil, b, i)
		if len(all) == 1 {
			all = w.strandedBetween(all, b)
		}
		if r := rootOf(p.Code); len(all) < 2 || (r >= 3 && r <= 6) && w.allGeneric(all) {
			return // ("cooperation between central banks and governments is hard": no one's; clashes between strikers and workers are theirs)
		}
		src, tgt = all[:1], all[1:]
	default:
		tgt = w.targetsFor(i, p, m, false)
	}
	if !p.Between && len(src) == 0 {
		own := cx
		if aimed >= 0 && !w.attackDoneBySubject(i) || cx.answered && rootOf(p.Code) >= 18 {
			own.npSubj = nil // (see visit)
		}
		src = w.nounSource(i, own)
	}
	if rootOf(p.Code) >= 18 && w.figurativeForce(i) {
		return // "the trade war between the United States and Japan"
	}
	neg := cx.neg || t.hasChildLemma(i, doc.Det, "no")
	code := p.Code
	if verbalAttack(t, code, i) {
		code = "111" // "his scathing attack on the ministers"
	}
	if code == "040" && (t.hasChildLemma(i, doc.Compound, "phone", "telephone") || t.hasChildLemma(i, doc.Amod, "telephone")) {
		code = "041" // "a phone conversation between X and Y"
	}
	mod := cx.mod
	for _, c := range t.children(i) {
		if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Amod || u == doc.Compound) && c < i {
			if m, ok := unrealAttributes[strings.ToLower(t.form(c))]; ok {
				mod = max(mod, m) // "the planned summit", "a possible attack": not (yet) held or made
			}
		}
	}
	if t.hasChildLemma(i, doc.Det, "any") || w.possibility(i) {
		mod = max(mod, doc.Hypothetical) // "in any war between them", "clashes between them are a possibility"
	}
	w.emit(i, p, code, 0, src, tgt, cx.claim, mod, neg, 0.7)
}

// figurativeForce: force noun i is a contest of another kind ("trade
// war", "price war", "a war of words", "legal battle"), no use of force.
func (w *work) figurativeForce(i int32) bool {
	t := w.t
	if hasAmodIn(t, i, figurativeKinds) {
		return true
	}
	for _, c := range t.children(i) {
		if w.d.Tokens[c].Dep.Universal() == doc.Nmod && c > i && t.caseOf(c) == "of" && (t.lemma(c) == "word" || t.form(c) == "words") {
			return true
		}
		if w.d.Tokens[c].Dep.Universal() == doc.Nmod && c > i && (t.caseOf(c) == "on" || t.caseOf(c) == "against") && abstractFoes[t.lemma(c)] {
			return true // "declared war on inflation": a policy, no force
		}
	}
	return false
}

// abstractFoes are what a war or a fight "on" them is waged against in
// words and policy: "a war on inflation", "the fight against corruption"
// (heads of phrases too: "red tape", "tax evasion").
var abstractFoes = map[string]bool{"inflation": true, "poverty": true, "corruption": true, "crime": true,
	"drug": true, "unemployment": true, "hunger": true, "waste": true, "disease": true, "obesity": true,
	"cancer": true, "illiteracy": true, "fraud": true, "bureaucracy": true, "pollution": true,
	"smoking": true, "evasion": true, "tape": true, "debt": true, "deficit": true, "deficits": true}

// figurativeKinds name contests that are no force before "war", "battle",
// "attack", "offensive", "fight", and eras named after a war.
var figurativeKinds = map[string]bool{"trade": true, "tariff": true, "price": true, "currency": true,
	"bidding": true, "takeover": true, "legal": true, "court": true, "courtroom": true, "propaganda": true,
	"media": true, "pr": true, "public-relations": true, "charm": true, "diplomatic": true, "culture": true,
	"cultural": true, "political": true, "verbal": true, "rhetorical": true, "budget": true, "tax": true,
	"patent": true, "copyright": true, "advertising": true, "marketing": true, "subsidy": true, "fare": true,
	"ratings": true, "custody": true, "election": true, "electoral": true, "campaign": true,
	"ideological": true, "tit-for-tat": true,
	// an era, not a war now fought: "since the first world war", "the Cold War"
	"world": true, "cold": true}

// figureObject: the phrase at i, searched depth levels down, is a figure
// reached, not something struck: a share ("the 0.7% aid target", "2
// percent"), a record or a level, or the target of an economic measure
// ("its defence spending goal"); "Hamas targets" are struck.
func (w *work) figureObject(i int32, depth int) bool {
	t := w.t
	switch f := t.form(i); {
	case f == "%" || t.lemma(i) == "percent" || t.lemma(i) == "pct" || f == "cent" && i > 0 && t.form(i-1) == "per":
		return true
	case figureNouns[t.lemma(i)]:
		return true
	case amountUnits[f] && (t.child(i, doc.Nummod) >= 0 || t.d.Tokens[i].UPOS == doc.NUM):
		return true // "a trade deficit that hit 58 billion dlrs"
	}
	for _, c := range t.children(i) {
		u := w.d.Tokens[c].Dep.Universal()
		if (t.lemma(i) == "target" || t.lemma(i) == "goal") && (u == doc.Compound || u == doc.Amod) && measureWords[t.lemma(c)] {
			return true
		}
		if depth > 0 && (u == doc.Compound || u == doc.Nummod || u == doc.Amod || u == doc.Acl || u == doc.Obj) && w.figureObject(c, depth-1) {
			return true
		}
	}
	return false
}

// figureNouns are levels a quantity reaches.
var figureNouns = map[string]bool{"record": true, "high": true, "low": true, "peak": true, "milestone": true,
	"bottom": true, "ceiling": true, "threshold": true, "benchmark": true, "quota": true}

// amountUnits count money and goods: a counted one is an amount.
var amountUnits = map[string]bool{"dlrs": true, "dlr": true, "dollars": true, "dollar": true, "yen": true,
	"euros": true, "euro": true, "pounds": true, "marks": true, "francs": true, "rupees": true, "yuan": true,
	"billion": true, "million": true, "trillion": true, "bln": true, "mln": true, "barrels": true, "tonnes": true,
	"tons": true, "points": true, "bpd": true}

// measureWords name what an economic target is set for.
var measureWords = map[string]bool{"spending": true, "aid": true, "growth": true, "inflation": true, "sales": true,
	"budget": true, "deficit": true, "production": true, "output": true, "export": true, "exports": true,
	"emission": true, "emissions": true, "revenue": true, "profit": true, "fiscal": true, "savings": true,
	"vaccination": true, "recruitment": true, "enrolment": true, "enrollment": true}

// sharedPerfect is the perfect verb ("have hit") whose object or oblique
// h the participle i after a comma was hung on, when i is one of that
// verb's conjuncts in truth; -1 when it is not.
func (w *work) sharedPerfect(i, h int32) int32 {
	t := w.t
	if w.d.Tokens[i].XPOS != xposVBN || i == 0 || t.form(i-1) != "," || t.obj(i) < 0 {
		return -1
	}
	u := w.d.Tokens[h].Dep.Universal()
	for k := 0; k < 3 && (u == doc.Conj || u == doc.Nmod); k++ {
		h = t.head(h) // "hospitals and schools": up to the list's head
		if h < 0 {
			return -1
		}
		u = w.d.Tokens[h].Dep.Universal()
	}
	if u != doc.Obj && u != doc.Obl {
		return -1
	}
	v := t.head(h)
	if v < 0 || w.d.Tokens[v].XPOS != xposVBN || !t.hasChildLemma(v, doc.Aux, "have") || t.child(v, doc.Nsubj) < 0 {
		return -1
	}
	return v
}

// afterWhether: the noun phrase headed by h comes right after "whether"
// or "if".
func (w *work) afterWhether(h int32) bool {
	first := h
	for _, c := range w.t.children(h) {
		if c < first {
			first = c
		}
	}
	for k := first - 1; k <= first && k >= 0; k++ {
		if l := w.t.lemma(k); l == "whether" || l == "if" {
			return true // (before the phrase, or hung on its noun)
		}
	}
	return false
}

// copularComplement: predicate i's controlled complement says what
// something is or becomes ("to be another day", "to become a war"); with
// "it" or "this" as the subject, a likelihood.
func (w *work) copularComplement(i int32) bool {
	t := w.t
	c := t.child(i, doc.Xcomp)
	if c < 0 {
		return false
	}
	if t.child(c, doc.Cop) >= 0 {
		return true
	}
	switch t.lemma(c) {
	case "be", "become", "remain", "prove", "turn":
		return true
	}
	return false
}

// attributiveParticiples are present participles that mostly qualify the
// noun after them.
var attributiveParticiples = map[string]bool{"surrounding": true, "neighbouring": true, "neighboring": true,
	"bordering": true, "adjoining": true, "remaining": true, "ruling": true, "governing": true, "warring": true,
	"opposing": true, "competing": true, "occupying": true}

// valueObject: the object at o is a currency, a price or a rate, or what
// one has ("the yen's rise", "price rises"), or a disease.
func (w *work) valueObject(o int32) bool {
	t := w.t
	if valueNouns[t.lemma(o)] && (marketNouns[t.lemma(o)] || t.child(o, doc.NmodPoss) < 0 && t.child(o, doc.Compound) < 0) {
		return true
	}
	for _, c := range t.children(o) {
		if u := w.d.Tokens[c].Dep; (u == doc.NmodPoss || u.Universal() == doc.Compound) && marketNouns[t.lemma(c)] {
			return true
		}
	}
	return marketNouns[t.lemma(o)] && t.lemma(o) != "export" && t.lemma(o) != "demand" && t.lemma(o) != "market" ||
		diseaseNouns[t.lemma(o)] // "measures to curb the virus", "its spread"
}

// diseaseNouns are curbed by health measures, not sanctions.
var diseaseNouns = map[string]bool{"virus": true, "pandemic": true, "epidemic": true, "outbreak": true, "disease": true,
	"spread": true, "infection": true, "contagion": true, "transmission": true}

// valueNouns are what a currency, a price or a market has.
var valueNouns = map[string]bool{"strength": true, "weakness": true, "rise": true, "fall": true, "value": true,
	"appreciation": true, "depreciation": true, "volatility": true, "inflation": true, "growth": true, "increase": true}

// hedgeWords are participles that, before a noun, qualify it ("alleged
// members", "suspected militants").
var hedgeWords = map[string]bool{"alleged": true, "suspected": true, "purported": true, "presumed": true}

// capturedThings are what "capture" takes with no one seized: a share, a
// mood, a picture of something.
var capturedThings = []string{"vote", "votes", "percent", "pct", "%", "share", "seat", "seats", "market",
	"imagination", "attention", "predicament", "mood", "essence", "spirit", "sense", "moment", "heart", "hearts",
	"headline", "headlines", "title", "crown", "championship", "medal", "gold", "image", "images", "footage",
	"scene", "scenes", "feeling", "frustration", "anger", "dilemma", "reality", "majority", "lead", "support"}

// killedThings are objects of "kill" that are no living being: a plan or
// a chance is stopped, not killed.
var killedThings = []string{"deal", "plan", "bill", "hope", "idea", "challenge", "proposal", "chance",
	"momentum", "project", "agreement", "talks", "negotiations", "process", "initiative", "reform",
	"measure", "legislation", "merger", "bid", "offer", "story", "rumour", "rumor", "demand", "growth",
	"recovery", "competition", "market", "business", "job", "jobs", "programme", "program", "scheme", "treaty",
	"speculation", "talk", "report", "reports", "suggestion", "suggestions", "fear", "fears", "notion"}

// possibility: event noun i is the subject of a predicate that calls it
// possible, not real ("clashes between them are now a distinct
// possibility", "a war is likely").
func (w *work) possibility(i int32) bool {
	t := w.t
	if w.d.Tokens[i].Dep != doc.Nsubj {
		return false
	}
	h := t.head(i)
	return h >= 0 && t.child(h, doc.Cop) >= 0 && possibilityWords[t.lemma(h)]
}

var possibilityWords = map[string]bool{"possibility": true, "risk": true, "danger": true, "prospect": true,
	"likelihood": true, "option": true, "scenario": true, "possible": true, "likely": true, "unlikely": true,
	"inevitable": true, "imminent": true, "probable": true, "conceivable": true, "feasible": true,
	"unthinkable": true, "fear": true, "concern": true}

// dutyOf: the blaming adjective at i names a duty, not a fault:
// "responsible for protecting the camps", "for security" (not "for the
// attack", "for killing civilians").
func (w *work) dutyOf(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		u := w.d.Tokens[c].Dep.Universal()
		if c < i || (u != doc.Advcl && u != doc.Obl && u != doc.Acl && u != doc.Xcomp) {
			continue
		}
		if t.hasChildLemma(c, doc.Mark, "for") || t.caseOf(c) == "for" {
			if dutyWords[t.lemma(c)] {
				return true
			}
		}
	}
	return false
}

// dutyWords are the tasks one is responsible for.
var dutyWords = map[string]bool{"protect": true, "uncover": true, "ensure": true, "manage": true,
	"oversee": true, "run": true, "maintain": true, "provide": true, "secure": true, "coordinate": true,
	"monitor": true, "handle": true, "implement": true, "supervise": true, "guard": true, "keep": true,
	"investigate": true, "organise": true, "organize": true, "deliver": true, "collect": true, "enforce": true,
	"administer": true, "defend": true, "safeguard": true, "care": true, "look": true, "find": true,
	"security": true, "safety": true, "protection": true, "management": true, "administration": true,
	"oversight": true, "operation": true, "operations": true, "welfare": true, "care-taking": true,
	"delivery": true, "distribution": true, "logistics": true, "policy": true, "budget": true, "finances": true,
	"negotiations": true, "talks": true, "coordination": true, "supervision": true, "maintenance": true}

// unrealAttributes before an event noun say it has not happened: meant or
// due, or only possible.
var unrealAttributes = map[string]doc.Modality{
	"planned": doc.Intended, "proposed": doc.Intended, "scheduled": doc.Intended, "upcoming": doc.Intended,
	"forthcoming": doc.Intended, "expected": doc.Intended, "promised": doc.Intended, "mooted": doc.Intended,
	"intended": doc.Intended, "impending": doc.Intended, "imminent": doc.Intended, "coming": doc.Intended,
	"possible": doc.Hypothetical, "potential": doc.Hypothetical, "prospective": doc.Hypothetical,
	"hypothetical": doc.Hypothetical, "would-be": doc.Hypothetical, "future": doc.Hypothetical,
	"feared": doc.Hypothetical, "rumoured": doc.Hypothetical, "rumored": doc.Hypothetical,
	"threatened": doc.Conditional,
}

// strandedBetween adds to the one party of a between-phrase at b the
// second, which the parse made a subject of the clause instead: "the
// meeting between the Kenyan president and the Ugandan president ended",
// with "president" (the second) a subject of "ended" beside "meeting".
func (w *work) strandedBetween(all []part, b int32) []part {
	t := w.t
	_, hi := w.subtreeRange(b)
	if int(hi)+1 >= len(w.d.Tokens) || t.lemma(hi) != "and" || w.d.Tokens[hi].Dep.Universal() != doc.Cc {
		return all
	}
	// the subject after "and", hung on the verb with the "and" or on the
	// "and" itself
	v := w.d.Tokens[hi].Head
	end := w.d.Sentences[t.sent[b]].Tokens.End
	for k := hi + 1; k < end && k < hi+8; k++ {
		if w.d.Tokens[k].Dep == doc.Nsubj && (t.head(k) == v || k == v) {
			return w.partsOf(all, k, t.head(k))
		}
	}
	return all
}

// nounFrame codes an event noun whose infinitive says what it refuses or
// threatens, as the verb's frame does ("Iran's refusal to negotiate with
// the United States": 125, by the noun's maker, at whom the infinitive
// aims). The infinitive is part of it, not an event of its own. It
// reports whether the noun has such an infinitive.
func (w *work) nounFrame(i int32, p *verbs.Pattern, cx ctx) bool {
	t := w.t
	c := int32(-1)
	for _, ch := range t.children(i) {
		if ch > i && w.d.Tokens[ch].Dep.Universal() == doc.Acl && w.d.Tokens[ch].XPOS == xposVB &&
			t.hasChildLemma(ch, doc.Mark, "to") && t.child(ch, doc.Nsubj) < 0 {
			c = ch
			break
		}
	}
	if c < 0 || t.visited[c] {
		return false
	}
	// its maker is the noun's own, named: not the clause's subject ("the
	// district court" for "TWA's refusal to allow ..."), nor a pronoun
	// ("his threats to abandon Nato", whose "his" coreference may miss)
	own := cx
	own.npSubj = nil
	var src []part
	if poss := t.child(i, doc.NmodPoss); poss < 0 || w.d.Tokens[poss].UPOS != doc.PRON {
		src = w.nounSource(i, own)
	}
	cp, cm, tgt, _ := w.matchComplement(c, src)
	code, line := p.Code, 0
	if cp != nil {
		code, line = w.c.lex.Refine(p.Code, cp.Code)
		markConsumed(t, cm)
	}
	if len(tgt) == 0 {
		tgt = w.complementTargets(c, cp == nil && w.creating(c), src)
	}
	mod := cx.mod
	if rootOf(code) == 13 {
		mod = max(mod, doc.Conditional)
	}
	neg := cx.neg || t.hasChildLemma(i, doc.Det, "no")
	if len(src) > 0 && len(tgt) > 0 && !sameActors(src, tgt) {
		w.emit(i, p, code, line, src, tgt, cx.claim, mod, neg, 0.7)
	}
	sc := cx
	sc.silent, sc.depth = true, cx.depth+1
	w.visit(c, sc)
	return true
}

// nounSource is who does the act event noun i names: its possessor, its
// by-phrase ("the attack on Israel by Hamas"), the subject of a predicate
// noun ("Japan is the largest donor to Sudan"), an actor adjective before
// it ("Israeli strikes on Gaza", "Saudi-led air raids"), else the clause's
// subject as the context gives it.
func (w *work) nounSource(i int32, cx ctx) []part {
	t := w.t
	if poss := t.child(i, doc.NmodPoss); poss >= 0 {
		if src := w.partsOf(nil, poss, i); len(src) > 0 {
			return src
		}
	}
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep.Universal() == doc.Nmod && t.caseOf(c) == "by" {
			if src := w.partsOf(nil, c, i); len(src) > 0 {
				return src
			}
		}
	}
	if s := t.child(i, doc.Nsubj); s >= 0 && t.child(i, doc.Cop) >= 0 {
		if src := w.partsOf(nil, s, i); len(src) > 0 {
			return src
		}
	}
	for _, c := range t.children(i) {
		if c < i && t.d.Tokens[c].Dep == doc.Amod {
			if src := w.partsOf(nil, c, i); len(src) > 0 {
				return src
			}
		}
	}
	attack := w.attackNounAt(i) == i
	for _, c := range t.children(i) {
		if c > i || t.d.Tokens[c].Dep != doc.Compound {
			continue
		}
		// an international body named before the noun makes it: "a World
		// Bank loan to Laos", "IMF aid" (a state there may be the one it
		// is for: "Ukraine aid"); and any named body an attack: "worried
		// about an FBI raid on the embassy", "condemned a Hamas attack"
		// (not a place: "a Kabul attack" is where; nor a weapon: "mortar
		// fire")
		mi := t.mention[c]
		named := attack && t.d.Tokens[c].UPOS == doc.PROPN && mi >= 0 && !placeKind(w.d.Mentions[mi].Kind)
		if src := w.partsOf(nil, c, i); len(src) > 0 && (named || international(src)) {
			return src
		}
	}
	if len(cx.npSubj) == 0 || attack && !w.attackDoneBySubject(i) {
		// (an attack the nationality before it names is that state's, not
		// the clause subject's, unless the subject carries it out: "said
		// the border claims were an excuse for Ethiopian attacks on Uganda")
		if src := w.ownerOf(i); len(src) > 0 {
			return src // "Russian air strikes aimed at rebel positions"
		}
	}
	return cx.npSubj
}

// attackNounAt is the attack noun n names, itself or through a measure
// noun ("a wave of bombardment"), with no actor of its own; -1 for none.
func (w *work) attackNounAt(n int32) int32 {
	t := w.t
	if measureNouns[t.lemma(n)] {
		if o := w.ofNoun(n); o >= 0 {
			n = o
		}
	}
	if w.isAttack(n) || t.lemma(n) == "bombardment" || t.lemma(n) == "shelling" {
		return n
	}
	return -1
}

// attackDoneBySubject: the noun phrase n is the object or oblique of a
// verb by which its clause's subject carries an attack out.
func (w *work) attackDoneBySubject(n int32) bool {
	t := w.t
	for k := 0; k < 4 && n >= 0; k++ {
		h := t.head(n)
		if h < 0 {
			return false
		}
		if w.d.Tokens[h].UPOS == doc.VERB {
			return attackVerbs[t.lemma(h)]
		}
		n = h
	}
	return false
}

// attackVerbs carry out the attack their object or oblique names.
var attackVerbs = map[string]bool{"launch": true, "respond": true, "retaliate": true, "conduct": true,
	"mount": true, "stage": true, "carry": true, "unleash": true, "begin": true, "start": true,
	"continue": true, "resume": true, "intensify": true, "step": true, "order": true, "wage": true}

// targetedAttack is, for a violent event noun with no pattern's
// preposition, its violent pattern and the object of a participle that
// names its target: "a wave of rocket fire targeting Mosul",
// "air strikes aimed at rebel positions". nil and -1 for none.
func (w *work) targetedAttack(i int32, ids []int32) (*verbs.Pattern, int32) {
	t := w.t
	at := int32(-1)
	measure := int32(-1)
	if h := t.head(i); h >= 0 && measureNouns[t.lemma(h)] && t.caseOf(i) == "of" {
		measure = h // "a wave of rocket fire targeting Mosul", the participle on "wave"
	}
	for _, c := range t.children(i) {
		if c < i || t.d.Tokens[c].Dep.Universal() != doc.Acl {
			continue
		}
		switch t.lemma(c) {
		case "target":
			at = t.obj(c)
		case "aim", "direct":
			for _, g := range t.children(c) {
				if t.d.Tokens[g].Dep.Universal() == doc.Obl && t.caseOf(g) == "at" {
					at = g
				}
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 && measure >= 0 {
		for _, c := range t.children(measure) {
			if c > i && t.d.Tokens[c].Dep.Universal() == doc.Acl && t.lemma(c) == "target" {
				at = t.obj(c)
				break
			}
		}
	}
	if at < 0 || len(w.partsOf(t.parts[:0], at, t.head(at))) == 0 {
		return nil, -1
	}
	for _, id := range ids {
		if p := &w.c.lex.Patterns[id]; rootOf(p.Code) >= 18 {
			return p, at
		}
	}
	return nil, -1
}

// allGeneric: every part is a bare plural with no country ("central
// banks", "governments"), which names a kind, not actors.
func (w *work) allGeneric(ps []part) bool {
	for _, p := range ps {
		if p.tok < 0 || w.d.Tokens[p.tok].XPOS != xposNNS || w.t.child(p.tok, doc.Det) >= 0 || w.t.child(p.tok, doc.NmodPoss) >= 0 {
			return false
		}
		if c := p.actor.Code; len(c) >= 3 && (cameo.IsCountry(c[:3]) || c[:3] == "IGO") {
			return false
		}
	}
	return true
}

// negated: "not", "n't", "never" on the predicate or its auxiliaries'
// clause, or "no" on its object ("reached no agreement").
func negated(t *tree, i int32) bool {
	if h := t.head(i); h >= 0 && t.d.Tokens[i].Dep == doc.Xcomp && (t.lemma(h) == "have" || t.lemma(h) == "be") &&
		t.hasChildLemma(h, doc.Advmod, "yet") {
		return true // "have yet to back any of the plans": not done
	}
	for _, c := range t.children(i) {
		tk := &t.d.Tokens[c]
		switch tk.Dep {
		case doc.Advmod, doc.Aux, doc.Discourse:
			switch t.lemma(c) {
			case "not", "n't", "never", "no", "rarely", "seldom", "hardly", "scarcely", "neither":
				if int(c)+1 < len(t.d.Tokens) && t.lemma(c+1) == "only" && t.lemma(c) == "not" {
					break // "will not only lift sanctions but also send aid": both done
				}
				return true // ("Rwanda seldom admits responsibility": no claim made)
			case "long", "longer": // the lemmatiser gives "long"
				if t.hasChildLemma(c, doc.Advmod, "no") || t.hasChildLemma(c, doc.Det, "no") {
					return true // "no longer needs to restrict"
				}
			}
			if t.d.Tokens[i].UPOS == doc.ADJ && t.form(c) == "less" {
				return true // "is less willing to talk to them": a reluctance, no intent
			}
		case doc.Obj:
			if t.hasChildLemma(c, doc.Det, "no") {
				return true
			}
		case doc.Cc, doc.CcPreconj:
			if l := t.lemma(c); l == "nor" || l == "neither" {
				return true // "neither attacked Uganda nor threatened Tanzania": neither done
			}
		case doc.Mark:
			if t.lemma(c) == "without" {
				return true // "without informing her generals": not told
			}
		case doc.Nsubj, doc.NsubjPass:
			// "neither Lima nor Quito has granted consent", "no
			// country recognized", "nobody attacked"; not "there was no
			// distinction between the YPG and the PKK, with whom Ankara
			// has fought" (the existential's own negation is its noun's)
			if t.lemma(i) == "be" {
				break
			}
			if t.hasChildLemma(c, doc.Cc, "neither") || t.lemma(c) == "nobody" ||
				t.hasChildLemma(c, doc.Det, "no") && (t.mention[c] >= 0 || noSubjectNouns[t.lemma(c)]) {
				return true
			}
		}
	}
	return false
}

// noSubjectNouns, after "no", deny that anyone acted: "no country
// recognized"; not "no wonder he ordered".
var noSubjectNouns = map[string]bool{"country": true, "nation": true, "state": true, "government": true,
	"party": true, "member": true, "leader": true, "official": true, "one": true, "group": true}

// future: the predicate carries "will", "shall" or a "would" that no
// condition governs ("said it would release").
func future(t *tree, i int32) bool {
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep != doc.Aux {
			continue
		}
		switch t.lemma(c) {
		case "will", "shall", "'ll", "wo":
			return true
		case "would":
			for _, a := range t.children(i) {
				if t.d.Tokens[a].Dep == doc.Advcl && conditionalClause(t, a) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// copularInfinitive: verb i is an infinitive with the copula, "is to
// visit", "was to attack": planned when a named actor is its subject, a
// purpose when the subject is one of actPronouns ("it was to attack X").
func (w *work) copularInfinitive(i int32) bool {
	return w.d.Tokens[i].UPOS == doc.VERB && w.t.hasChildLemma(i, doc.Cop, "be") && w.t.hasChildLemma(i, doc.Mark, "to")
}

// actPronouns stand for an act, not an actor, as the subject of a
// copularInfinitive.
var actPronouns = map[string]bool{"it": true, "this": true, "that": true}

// clauseModality reads the predicate's auxiliaries.
func (w *work) clauseModality(i int32) doc.Modality {
	t := w.t
	mod := doc.Asserted
	if w.inQuestion(i) {
		return doc.Hypothetical
	}
	if misparsedCondition(t, i) {
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
			mod = max(mod, doc.Intended)
		case "could", "might", "may", "can", "must", "should", "ought", "ca":
			mod = max(mod, doc.Hypothetical)
		}
	}
	if h := t.head(i); w.d.Tokens[i].Dep == doc.Acl && h >= 0 && h < i && w.afterWhether(h) {
		// "a ruling on whether Syrian troops used chemical weapons" parsed
		// as a noun with a participle: the clause "whether" opens is asked,
		// not asserted
		mod = max(mod, doc.Hypothetical)
	}
	if h := t.head(i); w.d.Tokens[i].Dep == doc.AclRelcl && h >= 0 && t.hasChildLemma(h, doc.Det, "any", "every", "whichever") {
		// "consequences for any party that violates the truce": no one
		// named did
		mod = max(mod, doc.Hypothetical)
	}
	if a := w.accountOf(i); a >= 0 && !w.namedMaker(a) {
		// what an account no one is named for says: "killed 12 farmers over
		// accusations that they worked with the army" (a named maker's
		// account is that maker's claim)
		mod = max(mod, doc.Hypothetical)
	}
	if h := t.head(i); w.d.Tokens[i].Dep == doc.AclRelcl && h >= 0 && scenarioNouns[t.lemma(h)] {
		// "a scenario in which Kenya invades Uganda": imagined, not done
		mod = max(mod, doc.Hypothetical)
	}
	if w.copularInfinitive(i) {
		s := t.child(i, doc.Nsubj)
		if s < 0 {
			s = t.child(i, doc.NsubjOuter)
		}
		if s >= 0 && t.mention[s] >= 0 && w.d.Mentions[t.mention[s]].Head == s && !actPronouns[t.lemma(s)] && !t.hasChildLemma(i, doc.Mark, "that") {
			// "the ministry is to halt cooperation", "Peru is to send
			// troops": planned, not done (not a purpose: "its aim is to
			// ...", "it was to fight ...")
			mod = max(mod, doc.Intended)
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
			mod = max(mod, doc.Conditional)
		} else {
			mod = max(mod, doc.Intended)
		}
	}
	if mod == doc.Intended && forecastAdverb(t, i) && !w.ownPlan(i) {
		mod = doc.Hypothetical // "would almost certainly refuse", "will probably rise": foreseen, not meant
	}
	return mod
}

// contentRelative: clause ch, parsed a relative clause of noun i, is the
// content clause of a noun of belief with its "that" left out: it has a
// subject and an object of its own and no relative word ("amid fears
// Uganda was arming rebels": feared, not done).
func (w *work) contentRelative(i, ch int32) bool {
	t := w.t
	if w.d.Tokens[ch].Dep != doc.AclRelcl || ch < i {
		return false
	}
	subj, whole := false, false
	for _, c := range t.children(ch) {
		if relativeLemmas[t.lemma(c)] {
			return false
		}
		switch dep := w.d.Tokens[c].Dep; {
		case (dep == doc.Nsubj || dep == doc.NsubjPass) && c > i:
			// the noun is i, or the noun right before the subject when
			// the parse hung the clause higher ("the border amid fears
			// Uganda was arming" on "border")
			k := c
			for k > i+1 && (w.d.Tokens[k-1].UPOS == doc.DET || w.d.Tokens[k-1].UPOS == doc.ADJ || w.d.Tokens[k-1].UPOS == doc.PROPN) {
				k--
			}
			n := i
			if !beliefNouns[t.lemma(i)] && w.d.Tokens[k-1].UPOS == doc.NOUN {
				n = k - 1
			}
			// (a capitalised one is a name's word: "the NGO Hope Bridge has been providing")
			subj = beliefNouns[t.lemma(n)] && !capitalised(w.d.TokenText(int(n)))
		case dep == doc.Obj || dep == doc.Ccomp || dep == doc.Xcomp:
			// a clause with its object is whole, no relative with a gap:
			// not "the claims he made", "the options we offered"
			whole = true
		}
	}
	return subj && whole
}

// beliefNouns hold what is feared, claimed or reported, in a clause.
var beliefNouns = map[string]bool{"fear": true, "concern": true, "worry": true, "suspicion": true, "claim": true,
	"allegation": true, "accusation": true, "report": true, "rumour": true, "rumor": true, "speculation": true,
	"belief": true, "hope": true}

// relativeLemmas open a relative clause.
var relativeLemmas = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"where": true, "when": true, "why": true}

// scenarioNouns: a relative clause on one of these tells what may be.
var scenarioNouns = map[string]bool{"scenario": true, "possibility": true, "prospect": true,
	"eventuality": true, "hypothesis": true, "contingency": true}

// circumstanceCases mark a phrase that says when something is done: under
// an act that may or would be done, what it names is no less real ("may
// retaliate after the strike on Damascus").
var circumstanceCases = map[string]bool{"after": true, "following": true, "since": true, "during": true}

// factCases mark a phrase whose act happened, whatever the mood of the
// act it explains ("despite the attack", "because of the talks"), and in
// which no one is the explained act's target.
var factCases = map[string]bool{"despite": true, "because": true, "due": true, "amid": true, "amidst": true}

// factPhrase: phrase c is marked by one of factCases ("due" only as "due
// to": "were due for talks" is planned), or is "in the wake" or "in
// the aftermath" of something (whoever an act is in retaliation for may
// still be its target).
func (w *work) factPhrase(c int32) bool {
	t := w.t
	l := t.caseOf(c)
	if l == "in" && (t.lemma(c) == "wake" || t.lemma(c) == "aftermath") {
		return true
	}
	if !factCases[l] {
		return false
	}
	if l != "due" {
		return true
	}
	for _, k := range t.children(c) {
		if t.d.Tokens[k].Dep == doc.Case && t.lemma(k) == "due" && t.hasChildLemma(k, doc.Fixed, "to") {
			return true
		}
	}
	return false
}

// knowingVerbs say what one knows or grasps: "should know", "must
// understand" admonish, and ask no act.
var knowingVerbs = map[string]bool{"know": true, "understand": true, "realize": true, "realise": true,
	"remember": true, "recognize": true, "recognise": true, "note": true, "bear": true, "appreciate": true}

// quotingVerbs report another's words in an "as" clause: "quoted the
// minister as saying", "cited officials as saying".
var quotingVerbs = map[string]bool{"quote": true, "cite": true}

// legalActionKinds make "action" a lawsuit: "took legal action against".
var legalActionKinds = map[string]bool{"legal": true, "court": true, "judicial": true, "civil": true, "criminal": true, "antitrust": true}

// hasAmodIn: the noun has an adjective or compound modifier in set.
func hasAmodIn(t *tree, n int32, set map[string]bool) bool {
	for _, c := range t.children(n) {
		switch t.d.Tokens[c].Dep {
		case doc.Amod, doc.Compound:
			if set[t.lemma(c)] {
				return true
			}
		}
	}
	return false
}

// ownPlan: predicate i (or the one it is conjoined to) is what a speaker
// says he himself will do, its subject a pronoun for the speaker: "Ruto
// said he would likely meet Museveni" is meant, hedged; "analysts said
// Kenya would likely attack" is foreseen.
func (w *work) ownPlan(i int32) bool {
	t := w.t
	s := t.child(i, doc.Nsubj)
	c := i
	if s < 0 && w.d.Tokens[i].Dep == doc.Conj {
		c = t.head(i)
		s = t.child(c, doc.Nsubj)
	}
	if s < 0 || w.d.Tokens[s].UPOS != doc.PRON || w.d.Tokens[c].Dep != doc.Ccomp {
		return false
	}
	v := t.head(c)
	if v < 0 || !sayVerbs[t.lemma(v)] {
		return false
	}
	sp := t.child(v, doc.Nsubj)
	if sp < 0 || t.mention[s] < 0 || t.mention[sp] < 0 {
		return false
	}
	ante := w.d.Mentions[t.mention[s]].Antecedent
	return ante >= 0 && ante == t.mention[sp]
}

// forecastAdverbs, on a predicate with "will" or "would", make what it says
// a forecast: "would almost certainly turn the plan down".
var forecastAdverbs = map[string]bool{"probably": true, "possibly": true, "perhaps": true, "maybe": true,
	"likely": true, "presumably": true, "conceivably": true, "undoubtedly": true}

// forecastAdverb: the predicate has a forecasting adverb, or "certainly"
// or "surely" after "almost".
func forecastAdverb(t *tree, i int32) bool {
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep != doc.Advmod {
			continue
		}
		l := t.lemma(c)
		if forecastAdverbs[l] || ((l == "certainly" || l == "surely") && (t.hasChildLemma(c, doc.Advmod, "almost") || t.hasChildLemma(i, doc.Advmod, "almost"))) {
			return true
		}
	}
	return false
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
	if ids := w.c.lex.Noun(w.t.form(i)); len(ids) > 0 {
		return ids
	}
	if joined, glued, ok := w.t.hyphenated(i); ok {
		if ids := w.c.lex.Noun(joined); len(ids) > 0 {
			return ids
		}
		return w.c.lex.Noun(glued)
	}
	return nil
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

// xposVBG is the gerund tag ("accusing it of supporting").
var xposVBG, _ = doc.ParseXPOS("VBG")

// xposNNS is the plural common noun tag ("Russian jets").
var (
	xposNNS, _  = doc.ParseXPOS("NNS")
	xposNNPS, _ = doc.ParseXPOS("NNPS")
)
var xposVBN, _ = doc.ParseXPOS("VBN")

// xposPRPS is the possessive pronoun tag ("its surrounding hills").
var xposPRPS, _ = doc.ParseXPOS("PRP$")

var xposWP, _ = doc.ParseXPOS("WP")

// xposVBD, xposVBZ and xposVBP tag finite verbs.
var (
	xposVBD, _ = doc.ParseXPOS("VBD")
	xposVBZ, _ = doc.ParseXPOS("VBZ")
	xposVBP, _ = doc.ParseXPOS("VBP")
)

func finiteVerb(x doc.XPOS) bool { return x == xposVBD || x == xposVBZ || x == xposVBP }

// finiteAux: predicate i carries a finite form of "have" or "be"
// ("have made", "was attacked", "is holding").
func (w *work) finiteAux(i int32) bool {
	for _, c := range w.t.children(i) {
		if tk := &w.d.Tokens[c]; (tk.Dep == doc.Aux || tk.Dep == doc.AuxPass) && finiteVerb(tk.XPOS) {
			return true
		}
	}
	return false
}

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

// asksQuestion: verb i has a complement clause that opens with "whether",
// "if" or a wh-word ("asked whether", "asked how many troops"): an
// indirect question.
func (w *work) asksQuestion(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		if u := w.d.Tokens[c].Dep.Universal(); u != doc.Ccomp && u != doc.Parataxis || c < i {
			continue
		}
		lo, _ := w.subtreeRange(c)
		switch t.form(lo) {
		case "whether", "if", "what", "how", "why", "when", "where", "who", "which":
			return true
		}
	}
	return false
}

// mandative: a that-clause in the base form or with should/must, what an
// appeal asks for ("urged that Moscow withdraw", "asked that the talks
// should resume"), not a question ("asked whether ...").
func (w *work) mandative(c int32) bool {
	t := w.t
	if !t.hasChildLemma(c, doc.Mark, "that") {
		return false
	}
	return w.d.Tokens[c].XPOS == xposVB && t.child(c, doc.Aux) < 0 || t.hasChildLemma(c, doc.Aux, "should", "must")
}

// pricedNoun: complement c is a participle that prices a noun ("ordered
// two jets valued at 60 mln dlrs"), a reduced relative the parse read as
// a clause, with the noun as its subject or not; what one orders is no
// such thing ("ordered the envoy jailed" is).
func (w *work) pricedNoun(c int32) bool {
	x := w.d.Tokens[c].XPOS
	return (x == xposVBD || x == xposVBN) && valuationVerbs[w.t.lemma(c)] && w.t.child(c, doc.Aux) < 0 && w.t.child(c, doc.AuxPass) < 0
}

// valuationVerbs put a price on a noun: "a jet valued at", "a deal priced at".
var valuationVerbs = map[string]bool{"value": true, "price": true, "cost": true, "estimate": true}

// relativeHead is the noun relative clause i hangs on, as the object the
// clause leaves out, or -1: "the pact (that) Kenya signed with Tanzania"
// is a pact signed. Not an actor's noun, which is no thing a pattern
// names ("forces the US used"), nor the noun of "a pact in which Kenya
// agreed to ...", nor a noun that is what another act is done to: in
// "lifted the sanctions it imposed on Iran" the imposing is its history.
func (w *work) relativeHead(i int32) int32 {
	t := w.t
	h := t.head(i)
	if w.d.Tokens[i].Dep != doc.AclRelcl || h < 0 || h >= i || len(w.partsOf(t.parts[:0], h, i)) > 0 ||
		w.obliqueRelative(i) || w.d.Tokens[h].Dep.Universal() == doc.Obj {
		return -1
	}
	return h
}

// obliqueRelative reports whether relative clause i relates to its noun
// through an oblique or an adverb ("in which", "where", "when").
func (w *work) obliqueRelative(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		switch w.d.Tokens[c].Dep.Universal() {
		case doc.Obl, doc.Advmod, doc.Nmod:
			switch t.lemma(c) {
			case "which", "whom", "where", "when", "whereby", "why":
				return true
			}
		}
	}
	return false
}

// compBefore reports whether verb i has a complement (xcomp, ccomp)
// before token o.
func (w *work) compBefore(i, o int32) bool {
	for _, c := range w.t.children(i) {
		if u := w.d.Tokens[c].Dep.Universal(); (u == doc.Xcomp || u == doc.Ccomp) && c < o {
			return true
		}
	}
	return false
}

// toClause is an advcl (or conj) marked "to" without its own subject: an
// object-control infinitive that a parser attached as a purpose clause or a
// conjunct. None after an object that names a course of action: "a plan
// to arrest" is the plan's infinitive, wherever the parse hangs it.
func (w *work) toClause(i int32) int32 {
	t := w.t
	o := t.obj(i)
	if o >= 0 && schemeNouns[t.lemma(o)] {
		return -1
	}
	// what one demands is no one told to act, so an adverbial to-clause
	// after it is a purpose: "demanded support from the state to deal
	// with the floods" (but "urged the community to help", "pledged $5bn
	// to support Jordan" are the call and the pledge)
	purpose := o >= 0 && t.lemma(i) == "demand" && len(w.partsOf(t.parts[:0], o, i)) == 0 && !actor.PeopleNoun(t.lemma(o))
	for _, c := range t.children(i) {
		if dep := t.d.Tokens[c].Dep; (dep == doc.Advcl && !purpose || dep == doc.Conj) && t.hasChildLemma(c, doc.Mark, "to") {
			// (with no subject, or with one "for" brings: "called for
			// Kenya to withdraw")
			if s := t.child(c, doc.Nsubj); s < 0 || w.markBefore(c, s, "for") {
				return c
			}
		}
	}
	if o >= 0 && (len(w.partsOf(t.parts[:0], o, i)) > 0 || actor.PeopleNoun(t.lemma(o))) {
		// or as a clause of the object: "ordered the rebels to withdraw"
		// with "to withdraw" an acl of "rebels" (an actor is not a noun an
		// infinitive completes, as "a plan to withdraw" is)
		for _, c := range t.children(o) {
			if t.d.Tokens[c].Dep == doc.Acl && c > o && t.hasChildLemma(c, doc.Mark, "to") && t.child(c, doc.Nsubj) < 0 {
				return c
			}
		}
	}
	return -1
}

// concludedDeal are the verbs whose past participle after an agreement
// noun says it was made: "the deal reached by X and Y", "an accord signed
// by X", not meant as "a deal to end the strike" is.
var concludedDeal = map[string]bool{"reach": true, "sign": true, "conclude": true, "strike": true, "seal": true,
	"broker": true, "finalise": true, "finalize": true, "ink": true}

// reducedPassive: a past participle heading an adverbial or adjectival
// clause with no auxiliary and no subject ("when asked about ...", "signs
// seen by NATO") is passive: its agent, not the clause above, acts.
func reducedPassive(t *tree, i int32) bool {
	tk := &t.d.Tokens[i]
	if tk.XPOS != xposVBN || t.child(i, doc.Nsubj) >= 0 || t.child(i, doc.Aux) >= 0 {
		return false
	}
	switch tk.Dep.Universal() {
	case doc.Advcl, doc.Acl, doc.Amod:
		// (amod: "the continued blockade of occupied Crimea": Crimea is
		// occupied, by no one the phrase names, not by the sentence's
		// subject)
		return true
	}
	return false
}

// splitSubject adds a second subject the parser hung on the predicate
// beside the first instead of conjoining them ("Kuwait and its allies
// agreed", parsed as two nsubj): one after the first, joined to it by
// "and" or a comma that its own cc or the words between show.
func (w *work) splitSubject(subj []part, i, first int32) []part {
	t := w.t
	for _, c := range t.children(i) {
		if c <= first || c > i {
			continue
		}
		if dep := w.d.Tokens[c].Dep; dep != doc.Nsubj && dep != doc.NsubjPass {
			continue
		}
		joined := t.hasChildLemma(c, doc.Cc, "and")
		for k := first + 1; k < c && !joined; k++ {
			joined = w.d.Tokens[k].UPOS == doc.CCONJ && t.lemma(k) == "and" && t.head(k) != first
		}
		if !joined && c > 0 && t.form(c-1) == "," {
			// the rest of a list after a comma: "Mordor, the Shire, Fornost
			// and Bree welcomed" with "Fornost and Bree" a second subject
			for _, k := range t.children(c) {
				if w.d.Tokens[k].Dep == doc.Conj && t.hasChildLemma(k, doc.Cc, "and") {
					joined = true
				}
			}
		}
		if joined {
			subj = w.partsOf(subj[:len(subj):len(subj)], c, i)
		}
	}
	return subj
}

// comitativeHost reads a subject that carries a preposition, which no
// subject does: "the United States together with its partners would
// consider" parsed with "partners" (case "with") as the subject of
// "consider" and "the United States" elsewhere. The phrase "together
// with Y", "along with Y" or "alongside Y" joins Y to the noun phrase
// just before it, and that noun phrase is the subject. comitativeHost
// returns that noun phrase's head, or -1 when subject c is no such phrase.
func (w *work) comitativeHost(c int32) int32 {
	t := w.t
	cs := t.child(c, doc.Case)
	if cs < 0 || cs > c {
		return -1
	}
	k := cs - 1
	switch t.lemma(cs) {
	case "with":
		if k < 0 || t.lemma(k) != "together" && t.lemma(k) != "along" {
			return -1
		}
		k--
	case "alongside":
	default:
		return -1
	}
	in := func(x int32) bool { return x >= 0 && x < cs && t.sent[x] == t.sent[c] }
	if !in(k) || !nominal(w.d.Tokens[k].UPOS) {
		return -1
	}
	// up from the phrase's last word to its head: "the minister of
	// France", "Britain and France", "Foreign Minister Ana Lund"
	for n := 0; n < 8; n++ {
		h := t.head(k)
		if !in(h) || !nominal(w.d.Tokens[h].UPOS) {
			break
		}
		switch w.d.Tokens[k].Dep.Universal() {
		case doc.Flat, doc.Compound, doc.Nmod, doc.Appos, doc.Conj:
			k = h
			continue
		}
		break
	}
	return k
}

// temporalNoun: a day named by itself ("Thursday", "yesterday"), which
// says when, never who; a parse may still make it a subject.
func temporalNoun(t *tree, i int32) bool {
	if _, ok := weekdays[t.lemma(i)]; ok {
		return true
	}
	switch t.lemma(i) {
	case "yesterday", "today", "tonight", "tomorrow":
		return true
	}
	return false
}

// twoSubjects: predicate i has more than one nominal subject.
func (w *work) twoSubjects(i int32) bool {
	n := 0
	for _, c := range w.t.children(i) {
		if w.d.Tokens[c].Dep == doc.Nsubj {
			n++
		}
	}
	return n > 1
}

// parenthesized: the phrase of token c stands alone in brackets.
func (w *work) parenthesized(c int32) bool {
	lo, hi := w.subtreeRange(c)
	if hi-lo >= 3 && w.d.TokenText(int(lo)) == "(" && w.d.TokenText(int(hi-1)) == ")" {
		return true // (the brackets hung on the word)
	}
	if t := w.t; lo < 1 || int(hi) >= len(w.d.Tokens) || t.sent[lo-1] != t.sent[c] || t.sent[hi] != t.sent[c] {
		return false
	}
	return w.d.TokenText(int(lo-1)) == "(" && w.d.TokenText(int(hi)) == ")"
}

// onlyTimeBetween: the words between noun n and its modifier ch after it
// are times, whether the parse hung them on n ("a motion on Friday
// condemning"), on ch or on n's head ("adopted a motion Friday
// condemning": a time of the verb that adopted it).
func (w *work) onlyTimeBetween(n, ch int32) bool {
	t := w.t
	if ch <= n+1 {
		return false
	}
	for k := n + 1; k < ch; k++ {
		a := t.topBetween(k, n, ch)
		if h := t.head(a); h != n && h != ch && (h < 0 || h != t.head(n)) {
			return false
		}
		if _, month := months[t.lemma(a)]; !temporalNoun(t, a) && !timeNouns[t.lemma(a)] && !month {
			return false
		}
	}
	return true
}

// nounPhraseBetween: the words between noun n and its modifier ch after
// it are n's own phrases of whom it is to, by, from or about ("a letter
// to the chief of the bank threatening", "a report by the ministry
// accusing"); not where it is ("a lawsuit in a court visiting Riga" is
// a misparse of "against visiting ...").
func (w *work) nounPhraseBetween(n, ch int32) bool {
	t := w.t
	if ch <= n+1 {
		return false
	}
	for k := n + 1; k < ch; k++ {
		if a := t.topBetween(k, n, ch); t.head(a) != n || w.d.Tokens[a].Dep.Universal() != doc.Nmod || !documentCases[t.caseOf(a)] {
			return false
		}
	}
	return true
}

// documentCases are the prepositions of a document's own phrases
// before the participle that says what it says.
var documentCases = map[string]bool{"to": true, "by": true, "from": true, "of": true, "on": true, "about": true}

// possessorSubject: subject c of predicate i carries a possessive "'s"
// and another subject of i that names an actor follows it: the parse
// made the possessor of the subject ("Dagolath's first minister Telemar")
// a subject beside it.
func (w *work) possessorSubject(c, i int32) bool {
	t := w.t
	if k := c + 1; int(k) >= len(w.d.Tokens) || t.head(k) != c || w.d.Tokens[k].Dep != doc.Case ||
		!possessiveS(t.form(k)) && t.form(k) != "'" {
		return false
	}
	for _, k := range t.children(i) {
		if dep := w.d.Tokens[k].Dep; k > c && k < i && (dep == doc.Nsubj || dep == doc.NsubjPass) &&
			len(w.partsOf(t.parts[:0], k, i)) > 0 {
			return true
		}
	}
	return false
}

// titledName reads a title and the name right after it parsed as two
// subjects of predicate i ("Ithilen's minister Calimehtar warned", with
// "minister" and "Calimehtar" both subjects of "warned"): one noun phrase
// whose holder, the person, is the subject. It returns the name, or -1
// when subject c is not followed by one.
func (w *work) titledName(c, i int32) int32 {
	t := w.t
	n := c + 1
	if int(n) >= len(w.d.Tokens) || t.head(n) != i || t.mention[c] >= 0 && w.d.Mentions[t.mention[c]].Kind == doc.Person {
		return -1
	}
	if dep := w.d.Tokens[n].Dep; dep != doc.Nsubj && dep != doc.NsubjPass {
		return -1
	}
	if mi := t.mention[n]; mi >= 0 && w.d.Mentions[mi].Kind == doc.Person && w.d.Tokens[c].UPOS == doc.NOUN {
		return n
	}
	return -1
}

// strandedSubject reads a conjoined finite verb with no subject whose
// word before it is a name that the parse conjoined to a verb, right
// after "and" or "but": "... and Gondor asked him to ...". A noun
// between a conjunction and a finite verb is that verb's subject. It
// returns the name, or -1.
func (w *work) strandedSubject(i int32) int32 {
	t := w.t
	tk := &w.d.Tokens[i]
	if tk.Dep != doc.Conj || i < 2 {
		return -1
	}
	if !finiteVerb(tk.XPOS) {
		return -1
	}
	n := i - 1
	if w.d.Tokens[n].Dep != doc.Conj || t.head(n) == i || t.mention[n] < 0 || t.sent[n] != t.sent[i] {
		return -1
	}
	if h := t.head(n); h < 0 || w.d.Tokens[h].UPOS != doc.VERB {
		return -1 // "a deal mediated by Qatar and Egypt provides": names joined to a name
	}
	if r := w.d.Mentions[t.mention[n]].Tokens; r.Start > 0 && r.Start <= n {
		if cc := r.Start - 1; t.sent[cc] == t.sent[i] && w.d.Tokens[cc].UPOS == doc.CCONJ && (t.lemma(cc) == "and" || t.lemma(cc) == "but") {
			return n
		}
	}
	return -1
}

// subordinateSubject is the noun right before conjoined finite verb i
// that the parse made an oblique of i's head under a subordinator
// ("after", "before", "since", "until", "because", "when"), the subject of
// the clause the subordinator opens; -1 for none.
//
// The same noun may hang on i itself, an adverbial clause with no
// subordinator of its own, right before i but for its auxiliaries ("came
// days after the U.S. and the European Union had issued a joint
// statement", with "U.S." an oblique of "released" under "after").
func (w *work) subordinateSubject(i int32) int32 {
	t := w.t
	tk := &w.d.Tokens[i]
	if tk.Dep.Universal() == doc.Advcl && i >= 1 && t.child(i, doc.Nsubj) < 0 && t.child(i, doc.Mark) < 0 &&
		(finiteVerb(tk.XPOS) || tk.XPOS == xposVBN && t.child(i, doc.Aux) >= 0 && t.child(i, doc.AuxPass) < 0) {
		for _, n := range t.children(i) {
			if n > i || w.d.Tokens[n].Dep.Universal() != doc.Obl || !subordinators[t.caseOf(n)] {
				continue
			}
			_, hi := w.subtreeRange(n)
			for hi < i && w.d.Tokens[hi].UPOS == doc.AUX {
				hi++
			}
			if hi == i && len(w.partsOf(t.parts[:0], n, i)) > 0 {
				return n
			}
		}
	}
	if tk.Dep != doc.Conj || i < 1 || !finiteVerb(tk.XPOS) || t.child(i, doc.Nsubj) >= 0 {
		return -1
	}
	n := i - 1
	if t.sent[n] != t.sent[i] || t.head(n) != t.head(i) || w.d.Tokens[n].Dep.Universal() != doc.Obl {
		return -1
	}
	if !subordinators[t.caseOf(n)] || len(w.partsOf(t.parts[:0], n, i)) == 0 {
		return -1
	}
	return n
}

// subordinators open a clause the parser may read as a preposition before
// the clause's subject.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true,
	"because": true, "when": true, "while": true, "as": true}

// splitAuxSubject is the subject of a form of "have" or "be" that the
// parse took for a verb right before participle i, which it hung
// elsewhere: -1 when there is none.
func (w *work) splitAuxSubject(i int32) int32 {
	t := w.t
	a := i - 1
	if a < 0 || t.sent[a] != t.sent[i] || w.d.Tokens[i].XPOS != xposVBN && w.d.Tokens[i].XPOS != xposVBD || w.d.Tokens[a].UPOS != doc.VERB || t.head(i) == a {
		return -1
	}
	switch t.lemma(a) {
	case "have", "be":
	default:
		return -1
	}
	return t.child(a, doc.Nsubj)
}

// unmarkedSubject reads a bare noun phrase that opens a sentence before
// its verb, which has no subject, parsed as an unmarked oblique of the
// verb (the relation of "last week" or "two miles"): a noun phrase that
// names an actor and no time or measure is the verb's subject. It returns
// the noun, or -1.
func (w *work) unmarkedSubject(i int32) int32 {
	t := w.t
	if t.head(i) >= 0 || t.child(i, doc.Nsubj) >= 0 || t.child(i, doc.NsubjPass) >= 0 || t.child(i, doc.Expl) >= 0 {
		return -1
	}
	for _, c := range t.children(i) {
		if c > i {
			break
		}
		if w.d.Tokens[c].UPOS == doc.ADJ && t.child(c, doc.Case) < 0 && t.child(c, doc.Mark) < 0 {
			// a sentence-initial nationality the parse took for the head of
			// its noun phrase: "Afghan President Ashraf Ghani announced"
			// with "Afghan" an adverbial clause and the name below it
			for _, g := range t.children(c) {
				if g > c && g < i && t.mention[g] >= 0 && t.child(g, doc.Case) < 0 && nominal(w.d.Tokens[g].UPOS) &&
					len(w.partsOf(t.parts[:0], g, i)) > 0 {
					return g
				}
			}
			continue
		}
		if dep := w.d.Tokens[c].Dep; dep != doc.OblUnmarked && dep != doc.NmodUnmarked {
			continue
		}
		if temporalNoun(t, c) || w.d.Tokens[c].UPOS == doc.NUM || t.child(c, doc.Nummod) >= 0 {
			continue
		}
		if len(w.partsOf(t.parts[:0], c, i)) > 0 && t.mention[c] >= 0 {
			return c
		}
	}
	return -1
}

// participleSubject reads a finite verb with no subject hung beside a
// bare participle (no auxiliary) that has one: "Arnor's minister, in
// remarks published on Monday, urged Eriador to ..." parsed with
// "published" as the root, "minister" its passive subject and "urged" a
// parataxis or conjunct of it. A bare participle after its subject is a
// reduced relative, and the finite verb is the subject's predicate. It
// returns the subject, or -1.
func (w *work) participleSubject(i int32) int32 {
	t := w.t
	tk := &w.d.Tokens[i]
	if !finiteVerb(tk.XPOS) {
		return -1
	}
	if u := tk.Dep.Universal(); u != doc.Parataxis && u != doc.Conj {
		return -1
	}
	h := t.head(i)
	if h < 0 || h > i || w.d.Tokens[h].XPOS != xposVBN || t.child(h, doc.Aux) >= 0 || t.child(h, doc.AuxPass) >= 0 ||
		t.child(i, doc.Cc) >= 0 {
		return -1
	}
	s := t.child(h, doc.NsubjPass)
	if s < 0 || s > h {
		return -1
	}
	return s
}

// companions appends to a subject's actors those it acts together with,
// as the parse hangs them on subject c: "Kenya together with Uganda",
// "Kenya along with Uganda" (an adverb with a with-phrase, or the
// with-phrase itself), "Kenya alongside Uganda".
func (w *work) companions(ps []part, c, i int32) []part {
	t := w.t
	for _, k := range t.children(c) {
		switch u := w.d.Tokens[k].Dep.Universal(); {
		case u == doc.Advmod && (t.lemma(k) == "together" || t.lemma(k) == "along"):
			for _, g := range t.children(k) {
				if u := w.d.Tokens[g].Dep.Universal(); (u == doc.Obl || u == doc.Nmod) && t.caseOf(g) == "with" {
					ps = w.partsOf(ps[:len(ps):len(ps)], g, i)
				}
			}
		case u == doc.Nmod:
			cs := t.child(k, doc.Case)
			if cs > c && (t.lemma(cs) == "alongside" || t.lemma(cs) == "with" &&
				(t.lemma(cs-1) == "together" || t.lemma(cs-1) == "along")) {
				ps = w.partsOf(ps[:len(ps):len(ps)], k, i)
			}
		}
	}
	return ps
}

func nominal(p doc.UPOS) bool { return p == doc.NOUN || p == doc.PROPN || p == doc.PRON }

// misparsedActive: a past participle with a direct object, no passive
// auxiliary and no agent cannot be passive; it is a simple past a tagger
// read as a participle, parsed as a passive ("The Taliban attacked a base"
// with nsubj:pass) or as a reduced relative ("men attacked a camp" as acl).
// So is the root participle of a sentence with a passive subject and no
// passive auxiliary, outside headlines ("The mayor left for Minas
// Tirith"); and a participle hung as a reduced relative on a noun that is
// left as the sentence's root, when it takes a to-infinitive ("Sudanese
// government agreed to allow ...", parsed as the noun phrase "government
// agreed to allow ..."): a sentence has a predicate.
func misparsedActive(t *tree, i int32) bool {
	tk := &t.d.Tokens[i]
	if tk.XPOS != xposVBN || t.child(i, doc.AuxPass) >= 0 ||
		t.child(i, doc.OblAgent) >= 0 || t.child(i, doc.Nsubj) >= 0 {
		return false
	}
	if a := t.child(i, doc.Aux); a >= 0 && t.lemma(a) != "have" {
		return false // a perfect ("have deported X") is active; other auxiliaries say nothing
	}
	h := t.head(i)
	if t.obj(i) < 0 {
		if s := t.child(i, doc.NsubjPass); s >= 0 && s < i && h < 0 && t.sent[i] >= 0 && t.d.Sentences[t.sent[i]].Kind != doc.Headline {
			// a sentence's own predicate read as a passive with no passive
			// auxiliary: "The mayor left yesterday for Minas Tirith" (a
			// headline drops its auxiliaries: "Five soldiers killed in Kabul")
			return true
		}
		if s := t.child(i, doc.NsubjPass); s >= 0 && s < i && tk.Dep.Universal() == doc.Advcl && t.child(i, doc.Mark) >= 0 && t.child(i, doc.Mark) < s {
			// so is an adverbial clause's: "Even as the rebels negotiated
			// with Russia, those forces were taking other towns"
			return true
		}
		if tk.Dep != doc.Acl || h < 0 || h > i || t.head(h) >= 0 {
			return false
		}
		x := t.child(i, doc.Xcomp)
		if x < 0 && controlVerbs[t.lemma(i)] {
			x = t.child(i, doc.Advcl) // "cabinet agreed to permit ..." with the to-clause an adverbial
		}
		return x > i && t.hasChildLemma(x, doc.Mark, "to")
	}
	if t.child(i, doc.NsubjPass) >= 0 {
		return true
	}
	return tk.Dep == doc.Acl && h >= 0 && h < i
}

// trainVerbs make their object able to do what their to-clause says.
var trainVerbs = map[string]bool{"train": true, "arm": true, "equip": true, "recruit": true, "hire": true,
	"mobilize": true, "mobilise": true, "organize": true, "organise": true, "fund": true, "pay": true}

// controlVerbs take a to-infinitive whose subject is theirs ("agreed to
// allow", "vowed to fight"), never a purpose clause of a passive.
var controlVerbs = map[string]bool{"agree": true, "decide": true, "refuse": true, "vow": true,
	"pledge": true, "promise": true, "threaten": true, "offer": true, "fail": true, "try": true,
	"attempt": true, "seek": true, "plan": true, "intend": true, "hope": true}

// soleVerb: participle i, hung as a reduced relative on the noun left as
// its sentence's root, is the only verb of a body sentence (not a
// headline, which drops its auxiliaries) apart from participles used as
// adjectives, and it takes a prepositional phrase: "Danish media and
// government warned at the Gondor ..." parsed as the noun phrase "media
// and government warned at ...". It may be the sentence's predicate.
func soleVerb(t *tree, i int32) bool {
	tk := &t.d.Tokens[i]
	h := t.head(i)
	if tk.XPOS != xposVBN || tk.Dep != doc.Acl || h < 0 || h > i || t.head(h) >= 0 ||
		t.obj(i) >= 0 || t.child(i, doc.AuxPass) >= 0 || t.child(i, doc.OblAgent) >= 0 {
		return false
	}
	si := t.sent[i]
	if si < 0 || t.d.Sentences[si].Kind != doc.Body || t.child(i, doc.Obl) < 0 {
		return false
	}
	s := t.d.Sentences[si].Tokens
	for j := s.Start; j < s.End; j++ {
		if u := t.d.Tokens[j].UPOS; j != i && (u == doc.VERB || u == doc.AUX) && t.d.Tokens[j].Dep != doc.Amod {
			return false
		}
	}
	return true
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

// militaryStrike: a strike noun with a modifier that makes it an attack
// ("air strikes", "drone strike", "retaliatory strikes"), or on someone
// ("strikes on Ugandan positions").
func militaryStrike(t *tree, n int32) bool {
	if l := t.lemma(n); l != "strike" && l != "strikes" {
		return false
	}
	for _, c := range t.children(n) {
		switch t.d.Tokens[c].Dep {
		case doc.Amod, doc.Compound:
			if militaryStrikeWords[t.lemma(c)] {
				return true
			}
		}
		if c > n && t.d.Tokens[c].Dep.Universal() == doc.Nmod && struckOn(t, c) {
			return true // "its strikes on al-Shabaab camps": struck, not walked out on (a walkout is "against")
		}
	}
	if h := t.head(n); h >= 0 && t.d.Tokens[n].Dep == doc.Obj {
		for _, c := range t.children(h) {
			if c > n && t.d.Tokens[c].Dep.Universal() == doc.Obl && struckOn(t, c) {
				return true // (the on-phrase hung on the verb)
			}
		}
	}
	return false
}

// struckOn: phrase c is an on-phrase that names an armed or ruling actor
// or a state, itself or by a compound ("on al-Shabaab camps"), not a time
// ("on Monday") or a town ("their strike on the Mombasa port").
func struckOn(t *tree, c int32) bool {
	if t.caseOf(c) != "on" {
		return false
	}
	m := t.mention[c]
	for _, g := range t.children(c) {
		if m < 0 && t.d.Tokens[g].Dep == doc.Compound {
			m = t.mention[g]
		}
	}
	if m < 0 {
		return false
	}
	switch t.d.Mentions[m].Kind {
	case doc.Place, doc.PlaceActor:
		return false
	}
	return true
}

var militaryStrikeWords = map[string]bool{"air": true, "missile": true, "drone": true, "rocket": true,
	"military": true, "artillery": true, "nuclear": true, "retaliatory": true, "pre-emptive": true,
	"preemptive": true, "naval": true, "aerial": true, "surgical": true, "precision": true,
	"punitive": true, "cruise": true, "bombing": true}

// gatheringNouns are occasions one hosts guests at.
var gatheringNouns = map[string]bool{"dinner": true, "lunch": true, "luncheon": true, "breakfast": true,
	"banquet": true, "reception": true, "ceremony": true, "delegation": true, "gathering": true,
	"forum": true, "conference": true, "session": true, "round": true, "event": true, "party": true}

// verdict: verb i ("found") has a verdict as its object's complement:
// "found him guilty", "was found liable".
func (w *work) verdict(i int32) bool {
	t := w.t
	for _, c := range t.children(i) {
		switch t.d.Tokens[c].Dep.Universal() {
		case doc.Xcomp, doc.Obl, doc.Advmod, doc.Obj:
			// the tagger sometimes reads "guilty" as the object noun
			// ("found [Russia guilty]") or hangs it below the object
			if verdictWords[t.lemma(c)] {
				return true
			}
			for _, g := range t.children(c) {
				if verdictWords[t.lemma(g)] && t.d.Tokens[g].Dep.Universal() != doc.Nmod {
					return true
				}
			}
		}
	}
	return false
}

var verdictWords = map[string]bool{"guilty": true, "liable": true, "culpable": true, "responsible": true}

// predicative: verb i has a nominal or adjectival complement of its
// object ("called him a liar", "called the move unconstitutional").
func predicative(t *tree, i int32) bool {
	obj := t.obj(i)
	for _, c := range t.children(i) {
		switch dep := t.d.Tokens[c].Dep; {
		case dep == doc.Xcomp:
			switch t.d.Tokens[c].UPOS {
			case doc.NOUN, doc.ADJ, doc.PROPN:
				return true
			}
		case dep.Universal() == doc.Obl && obj >= 0 && c > obj && t.caseOf(c) == "" &&
			t.d.Tokens[c].UPOS == doc.NOUN && !temporalNoun(t, c) && !timeNouns[t.lemma(c)]:
			// a bare noun phrase after the object, parsed as an unmarked
			// oblique: "called Putin a liar" (but "called Putin last week")
			return true
		}
	}
	if obj >= 0 {
		// an adjective ending the clause, hung on a noun before it:
		// "called Moscow's accusation that Britain directed the attack
		// ludicrous" (ludicrous an amod of attack)
		for k := obj + 1; int(k) < len(t.d.Tokens) && t.sent[k] == t.sent[i]; k++ {
			tk := &t.d.Tokens[k]
			if tk.UPOS == doc.ADJ && tk.Dep == doc.Amod && tk.Head < k && tk.Head >= obj &&
				(int(k+1) == len(t.d.Tokens) || t.d.Tokens[k+1].UPOS == doc.PUNCT) {
				return true
			}
		}
	}
	return false
}

// timePhrase: a time noun with a determiner that makes it a time ("this
// week", "last month"), which a parse may make a subject.
func timePhrase(t *tree, i int32) bool {
	if !timeNouns[t.lemma(i)] {
		return false
	}
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == doc.Det || t.d.Tokens[c].Dep == doc.Amod {
			switch t.lemma(c) {
			case "this", "last", "next", "that", "every", "each", "previous", "same":
				return true
			}
		}
	}
	return false
}

// caselessBefore is a noun phrase with no preposition hung on predicate i
// as an oblique before its time subject c that names an actor, or -1.
func (w *work) caselessBefore(i, c int32) int32 {
	t := w.t
	for _, b := range t.children(i) {
		if b >= c {
			break
		}
		if t.d.Tokens[b].Dep.Universal() != doc.Obl || t.child(b, doc.Case) >= 0 || !nominal(t.d.Tokens[b].UPOS) ||
			temporalNoun(t, b) || timeNouns[t.lemma(b)] {
			continue
		}
		if len(w.partsOf(t.parts[:0], b, i)) > 0 {
			return b
		}
	}
	return -1
}

// timeNouns say when in a bare noun phrase ("last week", "this morning").
var timeNouns = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "day": true,
	"night": true, "morning": true, "afternoon": true, "evening": true, "time": true, "hour": true, "moment": true,
	"occasion": true, "occasions": true, "times": true, "eve": true}

// verbalAttack: an attack noun with an adjective that only words have
// ("a withering attack on", "launched a blistering assault on") is
// criticism (111), not force.
func verbalAttack(t *tree, code string, n int32) bool {
	if rootOf(code) != 19 {
		return false
	}
	for _, c := range t.children(n) {
		if t.d.Tokens[c].Dep == doc.Amod && verbalAttackAdjectives[t.lemma(c)] {
			return true
		}
	}
	return false
}

// supported reports whether token k lies, below verb v, in a phrase that
// names whom the act is for: "in support of", "on behalf of", "in aid of",
// "alongside", "with the help of".
func (w *work) supported(k, v int32) bool {
	t := w.t
	if lo, _ := w.subtreeRange(k); lo > 0 && t.lemma(lo-1) == "alongside" {
		return true // ("fought alongside Ugandan forces" with "alongside" parsed as an adverb)
	}
	for n := 0; n < 16 && k >= 0 && k != v; n++ {
		switch l := t.lemma(k); {
		case (l == "support" || l == "behalf" || l == "aid" || l == "help" || l == "defence" || l == "defense") &&
			w.d.Tokens[k].UPOS == doc.NOUN && t.caseOf(k) != "":
			return true
		case t.caseOf(k) == "alongside":
			return true
		}
		k = t.head(k)
	}
	return false
}

// abstractDoer reports whether who acts at verb i, its subject or, in a
// passive, its by-agent, is a figure or a market that names no actor
// (economicDoers), or, for a material act, a measure, a plan or a
// document (abstractObjects: "a report called for sanctions" speaks for
// its authors).
func (w *work) abstractDoer(i int32, passive, material bool) bool {
	t := w.t
	doer := int32(-1)
	if passive {
		for _, c := range t.children(i) {
			if w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "by" {
				doer = c
				break
			}
		}
	} else {
		for v, k := i, 0; k < 4 && v >= 0; k++ {
			if doer = t.child(v, doc.Nsubj); doer >= 0 || w.d.Tokens[v].Dep != doc.Conj {
				break
			}
			v = t.head(v) // a subject shared with the first conjunct: "sales have risen and threaten to ..."
		}
	}
	if doer < 0 || t.mention[doer] >= 0 || w.d.Tokens[doer].UPOS != doc.NOUN {
		return false
	}
	return material && abstractObjects[t.lemma(doer)] || economicDoers[t.lemma(doer)]
}

// economicDoers are what moves markets, not armies: "the slump hit
// exporters" (with abstractObjects).
var economicDoers = map[string]bool{"sale": true, "sales": true, "export": true, "exports": true,
	"import": true, "imports": true, "output": true, "production": true, "earnings": true, "profit": true,
	"profits": true, "decline": true, "slump": true, "recession": true, "downturn": true, "slowdown": true,
	"drought": true, "weather": true, "demand": true, "competition": true, "shortage": true, "glut": true,
	"surge": true, "fall": true, "drop": true, "devaluation": true, "crash": true, "currency": true, "dollar": true,
	"yen": true, "interest": true, "loss": true, "losses": true, "debt": true, "strength": true, "weakness": true}

// abstractObjects are what force cannot be used on: figures, plans,
// documents and fears (not "battle" or "campaign", which may be fought
// with arms).
var abstractObjects = map[string]bool{"inflation": true, "fear": true,
	"rise": true, "increase": true, "cut": true, "deficit": true, "surplus": true, "price": true, "rate": true,
	"cost": true, "subsidy": true, "plan": true, "proposal": true, "bill": true, "law": true, "decision": true,
	"policy": true, "report": true, "corruption": true, "poverty": true, "unemployment": true,
	"measure": true, "reform": true, "idea": true, "claim": true, "criticism": true, "deal": true,
	"merger": true, "takeover": true, "bid": true, "offer": true, "tax": true, "tariff": true,
	"regulation": true, "ruling": true, "verdict": true, "budget": true, "record": true, "market": true,
	"remark": true, "comment": true, "statement": true, "allegation": true, "accusation": true, "article": true,
	"story": true, "coverage": true, "rhetoric": true, "propaganda": true, "lie": true,
	"fall": true, "decline": true, "drop": true, "growth": true, "slowdown": true}

// namedAs is what the free relative "what" at n is called, in "what he
// called biased press reports" (the reports), or n itself.
func namedAs(t *tree, n int32) int32 {
	if t.lemma(n) != "what" {
		return n
	}
	for _, c := range t.children(n) {
		if t.d.Tokens[c].Dep == doc.AclRelcl && nameVerbs[t.lemma(c)] {
			if o := t.obj(c); o > c {
				return o
			}
		}
	}
	return n
}

var verbalAttackAdjectives = map[string]bool{"scathing": true, "blistering": true, "withering": true,
	"stinging": true, "verbal": true, "scorching": true, "vitriolic": true, "excoriating": true,
	"rhetorical": true, "personal": true, "veiled": true, "thinly-veiled": true,
	"bitter": true, "outspoken": true, "extraordinary": true, "furious": true, "fierce-worded": true, "angry": true}

// physicalCode: codes of acts done to bodies and things (release, return,
// violence, force), which a text cannot undergo.
func physicalCode(code string) bool {
	r := rootOf(code)
	return r == 8 || r >= 18
}

// talkNouns are what one delivers or gives by speaking.
var talkNouns = map[string]bool{"speech": true, "address": true, "message": true, "statement": true,
	"remarks": true, "lecture": true, "sermon": true, "eulogy": true, "briefing": true, "testimony": true}

// companyControl reports whether the "of" phrase of control noun n names
// a business ("control of a Swiss-led syndicate").
func (w *work) companyControl(n int32) bool {
	t := w.t
	for _, c := range t.children(n) {
		if t.caseOf(c) != "of" {
			continue
		}
		if w.business(c, n) {
			return true
		}
	}
	return false
}

// takeOver reports whether p is a "take over" pattern: the particle, or
// "over" as its preposition.
func takeOver(p *verbs.Pattern) bool {
	if p.Particle == "over" {
		return true
	}
	for _, a := range p.Preps {
		if a.Prep == "over" {
			return true
		}
	}
	return false
}

// companyTaken reports whether what verb i takes over (its object, its
// passive subject, or the oblique of an "over" the parse took for a
// preposition) is a business, one the dictionary codes BUS or a noun for a
// firm or its parts, or an office; or whether "over" is no particle at all.
func (w *work) companyTaken(i int32, passive bool) bool {
	t := w.t
	over, prt := int32(-1), int32(-1) // an "over" oblique ("took over the company", with "over" read as a preposition), the particle
	for _, c := range t.children(i) {
		switch {
		case w.d.Tokens[c].Dep.Universal() == doc.Obl && t.caseOf(c) == "over":
			over = c
		case w.d.Tokens[c].Dep == doc.CompoundPrt && t.lemma(c) == "over":
			prt = c
		}
	}
	o := t.obj(i)
	if !passive && o >= 0 && (prt < 0 || o < prt) {
		return true // "took a five point lead over Labour": no taking over at all
	}
	if passive {
		o = t.child(i, doc.NsubjPass)
	}
	if o < 0 {
		o = over
	}
	if o < 0 {
		return false
	}
	return postNouns[t.lemma(o)] || w.business(o, i) // (an office: "taking over the post of chairman")
}

// business reports whether noun n (under gov) is a firm or a part of one:
// a noun for it, or an actor the dictionary codes BUS.
func (w *work) business(n, gov int32) bool {
	if businessNouns[w.t.lemma(n)] {
		return true
	}
	for _, p := range w.partsOf(nil, n, gov) {
		if strings.HasPrefix(p.actor.Code, "BUS") || strings.HasSuffix(p.actor.Code, "BUS") {
			return true
		}
	}
	return false
}

// postNouns name an office one takes over from its holder.
var postNouns = map[string]bool{"title": true, "post": true, "job": true, "role": true, "presidency": true,
	"chairmanship": true, "leadership": true, "helm": true, "reins": true, "portfolio": true, "office": true}

// businessNouns name firms and their parts.
var businessNouns = map[string]bool{"company": true, "firm": true, "business": true, "operation": true,
	"bank": true, "carrier": true, "airline": true, "cannery": true, "factory": true, "stake": true,
	"subsidiary": true, "unit": true, "concern": true, "management": true, "chain": true, "store": true,
	"retailer": true, "brand": true, "asset": true, "division": true, "group": true, "mill": true, "mine": true,
	"newspaper": true, "hotel": true, "restaurant": true, "shop": true, "insurer": true, "utility": true,
	"consortium": true}

// figurativeNouns name what one fights or attacks only in words or by
// policy: plans and measures, economic ills, charges and claims, diseases.
var figurativeNouns = map[string]bool{"plan": true, "proposal": true, "policy": true, "idea": true, "decision": true,
	"move": true, "measure": true, "reform": true, "cut": true, "inflation": true, "poverty": true, "corruption": true,
	"unemployment": true, "crime": true, "price": true, "tax": true, "tariff": true, "budget": true, "deal": true,
	"agreement": true, "takeover": true, "bid": true, "offer": true, "merger": true, "charge": true, "allegation": true,
	"claim": true, "accusation": true, "rumour": true, "rumor": true, "criticism": true, "extradition": true,
	"deportation": true, "eviction": true, "disease": true, "virus": true, "pandemic": true, "epidemic": true,
	"outbreak": true, "drought": true, "hunger": true, "famine": true, "racism": true, "discrimination": true,
	"injustice": true, "impunity": true, "fraud": true, "regulation": true, "rule": true, "narrative": true,
	"notion": true, "stance": true, "approach": true, "strategy": true, "initiative": true, "scheme": true,
	"expectation": true, "system": true, "transaction": true, "change": true, "pact": true, "disaster": true,
	"sale": true, "purchase": true, "acquisition": true, "investment": true, "test": true,
	"cause": true, "trafficking": true, "smuggling": true, "misinformation": true, "disinformation": true,
	"extremism": true, "terrorism": true, "radicalism": true, "radicalisation": true, "radicalization": true, "practice": true}

// documentNouns name a text that says something: a participle after one
// ("a statement condemning X") is what its author says or does.
var documentNouns = map[string]bool{"report": true, "statement": true, "resolution": true, "announcement": true,
	"lawsuit": true, "suit": true, "complaint": true, "letter": true, "communique": true,
	"declaration": true, "motion": true, "petition": true, "bill": true, "decree": true,
	"order": true, "law": true, "legislation": true, "memo": true, "memorandum": true,
	"note": true, "message": true, "tweet": true, "video": true, "editorial": true,
	"ruling": true, "verdict": true, "judgment": true, "judgement": true, "document": true,
	"text": true, "remark": true, "speech": true, "transcript": true}

// textObject: the object is a text or data, or a noun the parse made a
// conjunct of one that names no actor ("releases quarterly crop output
// and export report", the report's modifier the object and 'report' its
// conjunct).
func (w *work) textObject(o int32) bool {
	t := w.t
	if documentNouns[t.lemma(o)] || dataNouns[t.lemma(o)] {
		return true
	}
	if t.mention[o] >= 0 {
		return false
	}
	n := 0
	for _, c := range t.children(o) {
		if t.d.Tokens[c].Dep != doc.Conj {
			continue
		}
		if !(documentNouns[t.lemma(c)] || dataNouns[t.lemma(c)]) || t.mention[c] >= 0 {
			return false
		}
		n++
	}
	return n > 0
}

// dataNouns name what is published, not held: "released figures",
// "released its results for the year".
var dataNouns = map[string]bool{"figure": true, "figures": true, "result": true, "results": true, "data": true,
	"detail": true, "details": true, "statistic": true, "statistics": true, "finding": true, "findings": true,
	"summary": true, "earnings": true, "estimate": true, "estimates": true,
	"forecast": true, "forecasts": true, "footage": true, "image": true, "images": true, "photo": true,
	"photos": true, "picture": true, "pictures": true, "tape": true, "tapes": true, "recording": true,
	"recordings": true, "transcript": true, "album": true, "film": true, "book": true, "version": true,
	"update": true, "study": true, "survey": true, "poll": true, "list": true, "text": true, "name": true, "names": true,
	"budget": true, "budgets": true, "proposal": true, "proposals": true, "guideline": true, "guidelines": true,
	"timetable": true, "schedule": true, "blueprint": true, "manifesto": true,
	"extract": true, "extracts": true, "excerpt": true, "excerpts": true, "information": true, "minutes": true,
	"software": true, "product": true, "products": true}

// irrealisVerbs take as object or "for" oblique an act that has not
// happened: asked for, demanded, planned, feared, opposed or refused.
var irrealisVerbs = map[string]bool{"call": true, "urge": true, "demand": true, "seek": true, "want": true,
	"propose": true, "suggest": true, "plan": true, "consider": true, "threaten": true, "fear": true,
	"oppose": true, "reject": true, "refuse": true, "request": true, "push": true, "press": true,
	"advocate": true, "favor": true, "favour": true, "ask": true, "appeal": true, "lobby": true,
	"contemplate": true, "mull": true, "weigh": true, "discuss": true, "debate": true, "rule": true,
	"avert": true, "prevent": true, "avoid": true, "hope": true, "expect": true, "prepare": true,
	"mobilize": true, "mobilise": true}

// perceptionVerbs take an object that does what their complement says:
// "watched pundits criticise the plan" is the pundits' criticism, whether
// or not a dictionary knows them.
var perceptionVerbs = map[string]bool{"watch": true, "see": true, "hear": true, "witness": true,
	"observe": true, "notice": true, "imagine": true, "picture": true, "envisage": true, "envision": true}

// imagineVerbs picture their object doing something that has not happened.
var imagineVerbs = map[string]bool{"imagine": true, "picture": true, "envisage": true, "envision": true,
	"fantasize": true, "fantasise": true}

// wishVerbs report what one hopes, fears or guesses, not what happened.
var wishVerbs = map[string]bool{"hope": true, "expect": true, "anticipate": true, "predict": true,
	"wish": true, "fear": true, "worry": true, "doubt": true, "speculate": true, "suspect": true,
	"forecast": true, "imagine": true}

// xcompModality is what a verb or predicate adjective makes of its
// controlled complement: meant (intended) or not done (hypothetical).
var xcompModality = map[string]doc.Modality{
	"hope": doc.Intended, "want": doc.Intended, "plan": doc.Intended, "intend": doc.Intended,
	"expect": doc.Hypothetical, "seek": doc.Intended, "aim": doc.Intended, "try": doc.Intended,
	"attempt": doc.Intended, "wish": doc.Intended, "prepare": doc.Intended, "decide": doc.Intended,
	"vow": doc.Intended, "pledge": doc.Intended, "promise": doc.Intended, "mean": doc.Intended,
	"due": doc.Intended, "poised": doc.Intended, "scheduled": doc.Intended, "slated": doc.Intended,
	"schedule": doc.Intended, "slate": doc.Intended, // the lemmas of "is scheduled to", "is slated to"
	"expected": doc.Hypothetical, "likely": doc.Intended, "about": doc.Intended, "eager": doc.Intended,
	"keen": doc.Intended, "willing": doc.Intended, "ready": doc.Intended, "determined": doc.Intended,
	"refuse": doc.Hypothetical, "decline": doc.Hypothetical, "fail": doc.Hypothetical,
	"avoid": doc.Hypothetical, "hesitate": doc.Hypothetical, "unlikely": doc.Hypothetical,
	"unwilling": doc.Hypothetical, "reluctant": doc.Hypothetical, "unable": doc.Hypothetical,
	// permitted is not done: "Danish law allows Denmark to strip the nationality"
	"allow": doc.Hypothetical, "permit": doc.Hypothetical, "enable": doc.Hypothetical,
	"authorize": doc.Hypothetical, "authorise": doc.Hypothetical, "empower": doc.Hypothetical,
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
	"decision": doc.Intended, "plan": doc.Intended, "preparation": doc.Intended, "intention": doc.Intended, "pledge": doc.Intended,
	"promise": doc.Intended, "commitment": doc.Intended, "vow": doc.Intended, "readiness": doc.Intended,
	"willingness": doc.Intended, "intent": doc.Intended, "aim": doc.Intended, "goal": doc.Intended,
	"objective": doc.Intended, "ultimatum": doc.Hypothetical, "notion": doc.Hypothetical,
	"scenario": doc.Hypothetical, "spectre": doc.Hypothetical, "specter": doc.Hypothetical,
	"danger": doc.Hypothetical, "likelihood": doc.Hypothetical,
	// what is on the brink of happening has not: "Afrin is on the brink of
	// being overrun"
	"brink": doc.Hypothetical, "verge": doc.Hypothetical, "cusp": doc.Hypothetical, "threshold": doc.Hypothetical,
	// what one will not or did not do is not done: "Brazil's unwillingness
	// to concede", "the refusal to extradite"
	"unwillingness": doc.Hypothetical, "refusal": doc.Hypothetical, "reluctance": doc.Hypothetical,
	"failure": doc.Hypothetical, "inability": doc.Hypothetical,
	// what a vote, a bill or a deal would do is not yet done: "the vote to
	// attack the Assad government", "a deal to release prisoners"
	"vote": doc.Hypothetical, "motion": doc.Hypothetical, "resolution": doc.Hypothetical,
	"bill": doc.Hypothetical, "legislation": doc.Hypothetical, "law": doc.Hypothetical,
	"agreement": doc.Intended, "deal": doc.Intended, "accord": doc.Intended, "order": doc.Intended,
	// what one may or could do is not done: "the right to attack", "a chance to talk"
	"right": doc.Hypothetical, "ability": doc.Hypothetical,
	"capacity": doc.Hypothetical, "chance": doc.Hypothetical, "opportunity": doc.Hypothetical,
	"permission": doc.Hypothetical, "mandate": doc.Hypothetical,
}

// verbPatterns looks a verb up by lemma, then by its inflected form when
// the lemma is unknown (a lemmatiser's "blam" for "blamed").
func (w *work) verbPatterns(i int32) []int32 {
	if w.t.lemma(i) == "hail" && w.t.obj(i) < 0 {
		for _, c := range w.t.children(i) {
			if w.d.Tokens[c].Dep.Universal() == doc.Obl && w.t.caseOf(c) == "from" {
				return nil // "nationals hailing from Indonesia": where they come from, no praise
			}
		}
	}
	if i >= 2 && w.t.form(i-1) == "-" && w.d.Tokens[i-1].Span.Start == w.d.Tokens[i-2].Span.End &&
		w.d.Tokens[i].Span.Start == w.d.Tokens[i-1].Span.End {
		// a verb written with its hyphenated prefix: "test-fired" split
		// into "test", "-", "fired"
		if ids := w.c.lex.Verb(strings.ToLower(w.t.form(i-2)) + "-" + w.t.lemma(i)); len(ids) > 0 {
			return ids
		}
	}
	if ids := w.c.lex.Verb(w.t.lemma(i)); len(ids) > 0 {
		return ids
	}
	form := w.t.form(i)
	if ids := w.c.lex.VerbForm(form); len(ids) > 0 {
		return ids
	}
	// an entry written as the inflected form itself (the peers'
	// "REPELLED [223]" for "repelled", lemma "repel")
	return w.c.lex.Verb(form)
}

// letterVerbs send or write what a participle after them says.
var letterVerbs = map[string]bool{"send": true, "write": true, "deliver": true, "address": true, "dispatch": true, "fire": true}

// letterAddressee is whom a letter is sent or written to when a
// participle of the sending says what it threatens, demands, urges or
// refuses ("sent a letter to the Ugandan president threatening to cut
// aid", "wrote to the minister demanding ..."): the letter's "to", on the
// verb or on its object. Nil when participle i hangs on no such verb.
func (w *work) letterAddressee(i int32) []part {
	t := w.t
	if x := w.d.Tokens[i].XPOS; x != xposVBG || w.d.Tokens[i].Dep.Universal() != doc.Advcl && w.d.Tokens[i].Dep.Universal() != doc.Acl {
		return nil
	}
	h := t.head(i)
	if h >= 0 && w.d.Tokens[h].Dep == doc.Obj { // hung on the letter itself
		h = t.head(h)
	}
	if h < 0 || !letterVerbs[t.lemma(h)] {
		return nil
	}
	if at := w.findPrep(h, t.obj(h), verbs.PrepArg{Prep: "to", Target: true}, false); at >= 0 && at < i {
		return w.partsOrOf(nil, at, h) // (or whose head it is: "the head of the WHO")
	}
	return nil
}

// anyCountry: some part's actor code starts with a state's.
func anyCountry(ps []part) bool {
	for _, p := range ps {
		if c := p.actor.Code; len(c) >= 3 && cameo.IsCountry(c[:3]) {
			return true
		}
	}
	return false
}

// reactionCase marks an oblique that names what a clause comes after or
// despite, not how it is done ("after", "following", "since", "despite",
// "amid"; "following" lemmatised as "follow").
var reactionCase = map[string]bool{"after": true, "following": true, "follow": true, "since": true, "despite": true, "amid": true, "amidst": true}

// answerNouns head an "in" oblique that names what a clause answers:
// "in the wake of", "in response to", "in retaliation for", "in connection
// with", "in reaction to".
var answerNouns = map[string]bool{"wake": true, "response": true, "retaliation": true, "connection": true,
	"reaction": true, "revenge": true, "aftermath": true}

// international: every part is an international or non-governmental
// organisation (IGO..., NGO...).
func international(ps []part) bool {
	for _, p := range ps {
		if c := p.actor.Code; !strings.HasPrefix(c, "IGO") && !strings.HasPrefix(c, "NGO") {
			return false
		}
	}
	return true
}

// deniedAccount: noun i names an account (accountNouns) that its verb
// denies or its predicate calls false.
func (w *work) deniedAccount(i int32) bool {
	t := w.t
	h := t.head(i)
	if h < 0 || !accountNouns[t.lemma(i)] {
		return false
	}
	switch dep := w.d.Tokens[i].Dep; {
	case dep == doc.Obj:
		return denyingVerbs[t.lemma(h)]
	case dep == doc.Nsubj || dep == doc.NsubjPass:
		return w.d.Tokens[h].UPOS == doc.ADJ && falseAdjectives[t.lemma(h)]
	}
	return false
}

// accountOf is the account noun (accountNouns, "suspicion") whose that-
// clause i is, or -1: i's head, or the noun right before the "that" when
// the parse hung the clause higher, on a noun or a verb the account noun
// lies under ("killed 12 farmers over accusations that they ...", with the
// clause on "farmers" or on "killed").
func (w *work) accountOf(i int32) int32 {
	t := w.t
	h := t.head(i)
	switch w.d.Tokens[i].Dep.Universal() {
	case doc.Acl, doc.Ccomp, doc.Advcl:
	default:
		return -1
	}
	if h < 0 || h >= i {
		return -1
	}
	s := t.child(i, doc.Nsubj)
	mark := int32(-1)
	for _, c := range t.children(i) {
		// the marker, or a "that" the parse took for a relative word
		// although the clause has a subject and an object of its own (no
		// gap for it to fill: not "the report that Kenya published")
		if t.lemma(c) == "that" && c < i && (w.d.Tokens[c].Dep == doc.Mark || s >= 0 && s != c && t.obj(i) >= 0 && t.obj(i) != c) {
			mark = c
		}
	}
	if mark <= h {
		return -1
	}
	for _, a := range [2]int32{h, mark - 1} {
		if a > h && !w.under(a, h) {
			continue
		}
		if w.d.Tokens[a].UPOS == doc.NOUN && (accountNouns[t.lemma(a)] || t.lemma(a) == "suspicion") {
			return a
		}
	}
	return -1
}

// namedMaker: noun n has a possessor or a by-phrase that names an actor
// ("Kenya's claim", "allegations by the opposition").
func (w *work) namedMaker(n int32) bool {
	t := w.t
	for _, c := range t.children(n) {
		if dep := w.d.Tokens[c].Dep; dep == doc.NmodPoss || dep.Universal() == doc.Nmod && t.caseOf(c) == "by" {
			if len(w.partsOf(nil, c, n)) > 0 {
				return true
			}
		}
	}
	return false
}

// accountNouns name an account of what happened, which may be denied
// ("denied reports that ...").
var accountNouns = map[string]bool{"report": true, "claim": true, "allegation": true, "accusation": true,
	"rumour": true, "rumor": true, "story": true, "suggestion": true, "speculation": true, "assertion": true,
	"charge": true}

// denyingVerbs deny the account that is their object.
var denyingVerbs = map[string]bool{"deny": true, "refute": true, "dismiss": true, "reject": true, "rebut": true,
	"debunk": true, "dispute": true}

// falseAdjectives call the account that is their subject untrue.
var falseAdjectives = map[string]bool{"false": true, "untrue": true, "baseless": true, "unfounded": true,
	"groundless": true, "fabricated": true, "incorrect": true, "inaccurate": true, "fake": true}

// clausalDep: a relation that opens a clause of its own.
func clausalDep(d doc.DepRel) bool {
	switch d.Universal() {
	case doc.Ccomp, doc.Xcomp, doc.Advcl, doc.Acl, doc.Csubj, doc.Parataxis:
		return true
	}
	return false
}

// togetherVerbs bring people together to do what their purpose clause
// says, which their coming together does: "joined Uganda to condemn the
// attack", "gathered to protest", "met to discuss trade".
var togetherVerbs = map[string]bool{"join": true, "team": true, "unite": true, "gather": true, "rally": true,
	"march": true, "assemble": true, "converge": true, "convene": true, "meet": true, "take": true,
	"come": true, "turn": true, "band": true, "combine": true, "mobilize": true, "mobilise": true,
	"protest": true, "demonstrate": true, "vote": true}

// obligation: verb i says its subject must do what its to-complement
// says: "need" in any tense ("needed to apologise" does not say one did),
// "have" in the present or the future ("has to", "will have to").
func obligation(t *tree, i int32) bool {
	switch t.lemma(i) {
	case "need":
		return true
	case "have", "ought":
		switch x := t.d.Tokens[i].XPOS; {
		case x == xposVBZ || x == xposVBP:
			return true
		case x == xposVB:
			return t.hasChildLemma(i, doc.Aux, "will", "would", "may", "might")
		}
		return t.lemma(i) == "ought"
	}
	return false
}

// awareWords know, learn or feel about an act, which is not theirs.
var awareWords = map[string]bool{"aware": true, "unaware": true, "conscious": true, "concerned": true,
	"worried": true, "alarmed": true, "shocked": true, "saddened": true, "troubled": true, "disturbed": true,
	"appalled": true, "outraged": true, "dismayed": true, "horrified": true, "anxious": true, "learn": true,
	"hear": true, "know": true, "notice": true, "witness": true, "recall": true, "remember": true, "mourn": true}

// topicVerbs talk or think about an act (in a gerund after "about", "at",
// "of" or "on"), which is not done by that.
var topicVerbs = map[string]bool{"talk": true, "speak": true, "hint": true, "think": true, "dream": true,
	"speculate": true, "debate": true, "joke": true, "write": true, "ask": true, "inquire": true,
	"enquire": true, "muse": true, "ponder": true, "comment": true, "testify": true, "wonder": true,
	"fantasize": true, "fantasise": true, "boast": true, "brag": true, "mull": true, "weigh": true}

// resolveNouns are a resolve to act whose maker a nationality or a name
// before them gives: "the Ugandan decision to expel", "a US plan to build"
// (not "the Syrian enclave to fight in", "a court order to seize").
var resolveNouns = map[string]bool{"decision": true, "plan": true, "move": true, "bid": true, "attempt": true,
	"effort": true, "proposal": true, "pledge": true, "promise": true, "threat": true, "refusal": true,
	"commitment": true, "intention": true, "offer": true}

// renewVerbs keep a measure in force past its term.
var renewVerbs = map[string]bool{"renew": true, "extend": true, "prolong": true}

// decideWords take a decision to do what their complement says: the act,
// meant, not a threat to do it.
var decideWords = map[string]bool{"decide": true, "resolve": true, "decision": true}

// decidedYield: a yielding that is done when decided, of rules or of a
// post (easing administrative or economic sanctions, 081 and 085, allowing
// involvement, 086, stepping down, 083), not one still to be carried out
// (a release, 084, or a withdrawal, 087).
func decidedYield(code string) bool {
	switch {
	case strings.HasPrefix(code, "081"), strings.HasPrefix(code, "083"), strings.HasPrefix(code, "085"), strings.HasPrefix(code, "086"):
		return true
	}
	return false
}

// decidedAt: the act at token v is one someone decided on: v is "decide"
// (coded with its complement's act) or the complement of "decide" or of
// "decision" ("his decision to revoke her citizenship").
func (w *work) decidedAt(v int32) bool {
	t := w.t
	if decideWords[t.lemma(v)] {
		return true
	}
	h := t.head(v)
	if h < 0 || !decideWords[t.lemma(h)] {
		return false
	}
	switch w.d.Tokens[v].Dep.Universal() {
	case doc.Xcomp, doc.Ccomp, doc.Acl, doc.Advcl:
		return true
	}
	return false
}

// movedMoney is money and estimates that forces move ("forced funds into
// stocks", "forced estimates down").
var movedMoney = map[string]bool{"fund": true, "funds": true, "money": true, "capital": true, "cash": true,
	"saving": true, "savings": true, "deposit": true, "deposits": true, "estimate": true, "estimates": true,
	"investment": true, "investments": true, "price": true, "prices": true, "rate": true, "rates": true,
	"yield": true, "yields": true, "cost": true, "costs": true}

// civilOperation: the operation at o is a market, rescue or relief one by
// a word before it ("a bill purchase operation", "a rescue operation").
func (w *work) civilOperation(o int32) bool {
	t := w.t
	for _, c := range t.children(o) {
		if u := w.d.Tokens[c].Dep.Universal(); c < o && (u == doc.Compound || u == doc.Amod) && civilOperations[t.lemma(c)] {
			return true
		}
	}
	return false
}

// civilOperations are kinds of operation that are no military one.
var civilOperations = map[string]bool{"purchase": true, "sale": true, "market": true, "buying": true,
	"selling": true, "rescue": true, "relief": true, "search": true, "recovery": true, "clean-up": true,
	"cleanup": true, "evacuation": true, "humanitarian": true, "refinancing": true, "bill": true, "bond": true,
	"currency": true, "swap": true, "liquidity": true, "business": true, "commercial": true, "mining": true,
	"sting": true, "undercover": true, "vaccination": true, "medical": true, "surgical": true, "charter": true}

// beatenThings are what one "beats" with no one assaulted.
var beatenThings = []string{"retreat", "record", "deadline", "odds", "expectation", "expectations", "forecast",
	"forecasts", "estimate", "estimates", "target", "targets", "inflation", "market", "rush", "heat", "traffic",
	"drum", "drums", "path", "clock"}

// markBefore reports whether clause c has a marker with lemma prep before
// token s.
func (w *work) markBefore(c, s int32, prep string) bool {
	for _, m := range w.t.children(c) {
		if m < s && w.d.Tokens[m].Dep.Universal() == doc.Mark && w.t.lemma(m) == prep {
			return true
		}
	}
	return false
}
