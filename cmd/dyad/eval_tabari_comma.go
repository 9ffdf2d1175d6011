package main

import (
	"maps"
	"strconv"
	"strings"
	"time"
	"unicode"

	"dyad/eval"
)

// tabariCommaLimits are the word-count bounds of TABARI's COMMA option:
// a comma-delimited clause is deleted before coding when its length in
// words is within [Min, Max] for an internal clause (between two commas),
// [EMin, EMax] for a terminal one (from the last comma to the end of the
// sentence) and [BMin, BMax] for an initial one (from the start to the
// first comma).
type tabariCommaLimits struct {
	Min, Max, EMin, EMax, BMin, BMax int
}

// tabariCommaDefault are TABARI's defaults, which the suite's
// COMMA-Cancel record restores ("MIN = 2 MAX = 10 EMIN = 2 EMAX = 10
// BMIN = 255 BMAX = 0": an initial clause is never deleted).
var tabariCommaDefault = tabariCommaLimits{Min: 2, Max: 10, EMin: 2, EMax: 10, BMin: 255, BMax: 0}

// tabariCommaOption reads a COMMA option ("MIN = 4 MAX = 6 ...", "OFF");
// ok is false for OFF. Bounds not given keep their defaults.
func tabariCommaOption(opt string) (l tabariCommaLimits, ok bool) {
	l = tabariCommaDefault
	f := strings.Fields(strings.ReplaceAll(strings.ToUpper(opt), "=", " = "))
	for i := 0; i < len(f); i++ {
		if f[i] == "OFF" {
			return l, false
		}
		if i+2 >= len(f) || f[i+1] != "=" {
			continue
		}
		n, err := strconv.Atoi(f[i+2])
		if err != nil {
			continue
		}
		switch f[i] {
		case "MIN":
			l.Min = n
		case "MAX":
			l.Max = n
		case "EMIN":
			l.EMin = n
		case "EMAX":
			l.EMax = n
		case "BMIN":
			l.BMin = n
		case "BMAX":
			l.BMax = n
		}
		i += 2
	}
	return l, true
}

// tabariCommas applies TABARI's comma-delimited clause elimination to a
// record's text before it is coded (see tabariCommaLimits).
func tabariCommas(code eval.PeerCodeFunc) eval.PeerCodeFunc {
	return func(text string, date time.Time, options map[string]string) ([]eval.Triple, error) {
		if l, ok := tabariCommaOption(options["COMMA"]); ok {
			if cut := l.eliminate(text); cut != text {
				// the discards are looked for in the whole text ("kan wa
				// ma kan" in a deleted clause still discards the record)
				options = maps.Clone(options)
				options[peerWholeTextKey] = text
				text = cut
			}
		}
		return code(text, date, options)
	}
}

// eliminate deletes the clauses of each sentence of text.
func (l tabariCommaLimits) eliminate(text string) string {
	var b strings.Builder
	start := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; (c == '.' || c == '?' || c == '!') && (i+1 == len(text) || unicode.IsSpace(rune(text[i+1]))) {
			b.WriteString(l.sentence(text[start:i]))
			start = i
		}
	}
	b.WriteString(l.sentence(text[start:]))
	return b.String()
}

// sentence deletes the clauses of one sentence, s without its final
// punctuation (or starting with the previous sentence's, which is kept).
func (l tabariCommaLimits) sentence(s string) string {
	var commas []int // commas that end a word: not "1,000"
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && (i+1 == len(s) || unicode.IsSpace(rune(s[i+1]))) {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return s
	}
	words := func(a, b int) int { return len(strings.Fields(strings.TrimLeft(s[a:b], ".?!"))) }
	within := func(n, lo, hi int) bool { return n >= lo && n <= hi }
	type cut struct{ a, b int } // delete s[a:b]
	var cuts []cut
	k := 0
	if within(words(0, commas[0]), l.BMin, l.BMax) {
		lead := 0
		for lead < len(s) && (s[lead] == '.' || s[lead] == '?' || s[lead] == '!') {
			lead++ // keep the previous sentence's end
		}
		cuts = append(cuts, cut{lead, commas[0] + 1})
		k = 1
	}
	// a list's item is no clause: "Mordor, the awful Fornost, and good
	// Gondor", "between Calenardhon and Gondor, and Ithilen and Dagolath,"
	first := func(a int) string {
		if f := strings.Fields(s[a:]); len(f) > 0 {
			return strings.ToLower(f[0])
		}
		return ""
	}
	// name: a few capitalised words
	name := func(t string) bool {
		f := strings.Fields(strings.TrimLeft(t, ".?!"))
		for _, w := range f {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				return false
			}
		}
		return len(f) > 0 && len(f) <= 3
	}
	conj := func(a int) bool {
		switch first(a) {
		case "and", "or", "nor", "but":
			return true
		}
		return false
	}
	for k+1 < len(commas) {
		if within(words(commas[k]+1, commas[k+1]), l.Min, l.Max) && !conj(commas[k]+1) && !conj(commas[k+1]+1) {
			// the closing comma stays for the parser ("with Dagolath, its
			// biggest trading partner, officials said"), but not between a
			// sentence's first name and its verb ("Elrond, suspicious as
			// ever of Mordor, brushed aside ...") nor before a that-clause
			end := commas[k+1]
			if k == 0 && name(s[:commas[0]]) || first(commas[k+1]+1) == "that" {
				end++
			}
			cuts = append(cuts, cut{commas[k], end})
			k += 2
			continue
		}
		k++
	}
	if k == len(commas)-1 && within(words(commas[k]+1, len(s)), l.EMin, l.EMax) && !conj(commas[k]+1) {
		cuts = append(cuts, cut{commas[k], len(s)})
	}
	if len(cuts) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, c := range cuts {
		b.WriteString(s[at:c.a])
		b.WriteByte(' ')
		at = c.b
	}
	b.WriteString(s[at:])
	return b.String()
}
