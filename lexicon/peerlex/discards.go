package peerlex

import (
	"strconv"
	"strings"

	"dyad/doc"
	"dyad/lexicon/peerdict"
)

// Discards are the peers' phrases whose presence discards a sentence or
// story (sports, weather and other news that reads like politics):
// PETRARCH's discards file, and TABARI's verbs coded [###].
type Discards struct {
	phrases []discardPhrase
}

type discardPhrase struct {
	words []string
	exact []bool
	where string
	verb  bool // the first word must be read as a verb (a verb coded [+++])
}

// AddDiscards adds the phrases of a discards file. With stems (TABARI), a
// word without a trailing "_" matches any word beginning with it;
// otherwise words match whole.
func (x *Discards) AddDiscards(f *peerdict.DiscardFile, stems bool) {
	for _, r := range f.Discards {
		x.add(r.Phrase.Words, r.Phrase.Exact, stems, r.Pos.String())
	}
}

// AddVerbDiscards adds the verbs of a verb dictionary whose own code is
// "###" ("SOCCER [###]", "WORLD_CUP [###]"), TABARI's way of discarding,
// or "+++" ("BLAST [+++]"), its mark of a sentence too complex to code.
// Phrases of TABARI's <TIME> section so coded ("KAN_WA_MA_KAN [###]": a
// time that is no time; "WHEN_PEACE_COMES [+++]") discard too.
func (x *Discards) AddVerbDiscards(f *peerdict.VerbFile, stems bool) {
	for _, p := range f.Patterns() {
		if p.Pattern == nil && discardCode(p.Code) {
			x.add(p.Words, nil, stems, p.File+":"+strconv.Itoa(p.Line))
			// a verb too complex to code makes its sentence complex only
			// where it is a verb ("Gondor blasted ..."), not the noun
			// phrase of "their first Planetary Cup final"
			x.phrases[len(x.phrases)-1].verb = strings.TrimSpace(p.Code) == "+++"
		}
	}
	for _, ts := range f.TimeShifts {
		if ts.Pattern == nil && discardCode(ts.Code) {
			x.add(ts.Phrase.Words, ts.Phrase.Exact, stems, ts.Pos.String())
		}
	}
}

// discardCode: TABARI leaves a sentence uncoded for a word coded "###"
// (discard) or "+++" (too complex to code: "WHEN_PEACE_COMES [+++]").
func discardCode(c string) bool {
	c = strings.TrimSpace(c)
	return c == "###" || c == "+++"
}

func (x *Discards) add(words []string, exact []bool, stems bool, where string) {
	if len(words) == 0 {
		return
	}
	ph := discardPhrase{where: where}
	for i, w := range words {
		ph.words = append(ph.words, strings.ToLower(w))
		ph.exact = append(ph.exact, !stems || exact != nil && i < len(exact) && exact[i])
	}
	x.phrases = append(x.phrases, ph)
}

// Len is the number of phrases.
func (x *Discards) Len() int { return len(x.phrases) }

// Hit returns the place ("file:line") of a discard phrase found in
// sentence s of d, as consecutive words ignoring case, or "".
func (x *Discards) Hit(d *doc.Doc, s doc.TokRange) string {
	for i := s.Start; i < s.End; i++ {
		for _, ph := range x.phrases {
			if int(i)+len(ph.words) > int(s.End) {
				continue
			}
			ok := !ph.verb || d.Tokens[i].UPOS == doc.VERB
			for k, w := range ph.words {
				if !ok {
					break
				}
				t := d.TokenText(int(i) + k)
				if ph.exact[k] {
					ok = strings.EqualFold(t, w)
				} else {
					ok = len(t) >= len(w) && strings.EqualFold(t[:len(w)], w)
				}
				if !ok {
					break
				}
			}
			if ok {
				return ph.where
			}
		}
	}
	return ""
}
