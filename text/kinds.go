package text

import (
	"strings"

	"dyad/doc"
)

// markParagraph sets the Kind of a paragraph's dateline and caption
// sentences and reshapes them: a dateline is cut off the sentence it
// begins, a caption's trailing credit stays with it. The paragraph's
// sentences are the last ones of d, from index start on, so the reshaping
// moves nothing else.
func markParagraph(d *doc.Doc, pi, start int) {
	end := len(d.Sentences)
	if start == end {
		return
	}
	if isCaption(d, start, end) || end-start <= 2 && startsCredit(d, end-1) {
		mergeCredit(d, start, end)
		for i := start; i < len(d.Sentences); i++ {
			d.Sentences[i].Kind = doc.Caption
		}
		return
	}
	if pi < 4 {
		splitDateline(d, start, pi < 2)
	}
	for i := start; i < len(d.Sentences); i++ {
		if startsCredit(d, i) || isReportingCredit(d, i) {
			d.Sentences[i].Kind = doc.Caption
		}
	}
}

// markHeadline makes the first paragraph one Headline sentence when it
// reads as a title and more paragraphs follow.
func markHeadline(d *doc.Doc) {
	if len(d.Paragraphs) < 2 || len(d.Sentences) == 0 || d.Sentences[0].Paragraph != 0 || d.Sentences[0].Kind != doc.Body {
		return
	}
	end := 1
	for end < len(d.Sentences) && d.Sentences[end].Paragraph == 0 {
		end++
	}
	if isHeadline(d, 0, end) {
		mergeSentences(d, 0, end, doc.Headline)
	}
}

// startsCredit reports whether sentence i is a credit line, "Image: ...".
func startsCredit(d *doc.Doc, i int) bool {
	s := d.Sentences[i]
	return s.Tokens.Len() > 2 && isCreditLine(d.Article.Text, d.Tokens, int(s.Tokens.Start))
}

// reportingWords open a wire service's closing credit:
// "(Reporting by ...; Editing by ...)".
var reportingWords = map[string]bool{
	"Reporting": true, "Additional": true, "Writing": true, "Editing": true, "Compiled": true,
	"Written": true, "Edited": true, "Translated": true, "Translation": true,
}

// isReportingCredit reports whether sentence i is a credit in brackets,
// "(Reporting by John Smith; Editing by Jane Doe)".
func isReportingCredit(d *doc.Doc, i int) bool {
	s := d.Sentences[i]
	a, b := int(s.Tokens.Start), int(s.Tokens.End)
	return b-a > 3 && d.TokenText(a) == "(" && d.TokenText(b-1) == ")" && reportingWords[d.TokenText(a+1)]
}

// mergeSentences replaces sentences [start, end) by one of the given kind.
func mergeSentences(d *doc.Doc, start, end int, kind doc.SentenceKind) {
	m := d.Sentences[start]
	last := d.Sentences[end-1]
	m.Span.End, m.Tokens.End, m.Kind = last.Span.End, last.Tokens.End, kind
	d.Sentences[start] = m
	d.Sentences = append(d.Sentences[:start+1], d.Sentences[end:]...)
}

// isHeadline reports a first paragraph that reads as a title: one line,
// at most 25 tokens, not ending in sentence punctuation.
func isHeadline(d *doc.Doc, start, end int) bool {
	p := d.Paragraphs[0]
	if strings.IndexByte(d.Text(p), '\n') >= 0 {
		return false
	}
	first, last := d.Sentences[start].Tokens.Start, d.Sentences[end-1].Tokens.End
	if last-first > 25 {
		return false
	}
	w := d.TokenText(int(last - 1))
	if isClosingTok(w) && last-first > 1 {
		w = d.TokenText(int(last - 2))
	}
	return endKindOf(w) == endNone && w != ":" && w != ";" && w != ","
}

// creditWords begin a photo or wire credit in parentheses at the end of a
// caption: "(Kyodo)", "(AP Photo/Evan Vucci)", "(Photo: Reuters)".
var creditWords = map[string]bool{
	"Kyodo": true, "Reuters": true, "AP": true, "AFP": true, "Xinhua": true, "Yonhap": true,
	"EPA": true, "Getty": true, "Bloomberg": true, "dpa": true, "DPA": true, "ANI": true, "PTI": true,
	"IANS": true, "Anadolu": true, "UPI": true, "TASS": true, "Tass": true, "Sputnik": true, "EFE": true,
	"ANSA": true, "Photo": true, "PHOTO": true, "Photos": true, "File": true, "FILE": true,
	"Courtesy": true, "Pool": true, "Handout": true, "Image": true, "Picture": true, "Credit": true,
}

// positionWords in parentheses mark who is where in a photo: "(L)", "(2nd
// R)", "(left)". The value says whether the word is a weak sign: "(R)" and
// "(C)" also mean Republican and copyright, so alone they do not make a
// caption.
var positionWords = map[string]bool{
	"L": false, "l": false, "left": false, "Left": false, "center": false, "centre": false,
	"Center": false, "Centre": false, "front": false, "L-R": false, "R-L": false, "right": false,
	"Right": false, "R": true, "r": true, "C": true, "c": true, "top": true, "bottom": true, "back": true,
}

// isCaption reports a short paragraph (at most 60 tokens, 3 sentences) that
// reads as a photo caption or credit line: it begins with "Photo:", or it
// ends with a credit in parentheses after its last sentence ("... Lavrov.
// (Kyodo)", "(AP Photo/...)"), or it names positions in the picture: one
// clear one ("(L)", "(2nd left)") or two weak ones ("(R)" and "(C)").
func isCaption(d *doc.Doc, start, end int) bool {
	first, last := int(d.Sentences[start].Tokens.Start), int(d.Sentences[end-1].Tokens.End)
	if last-first > 60 || end-start > 3 {
		return false
	}
	if w := d.TokenText(first); (w == "Photo" || w == "PHOTO" || w == "FILE") && last-first > 1 {
		if n := d.TokenText(first + 1); n == ":" || n == "PHOTO" || n == "photo" {
			return true
		}
	}
	weak := 0
	for i := first; i+2 < last; i++ {
		if d.TokenText(i) != "(" {
			continue
		}
		k := i + 1
		for k < last && k < i+4 && d.TokenText(k) != ")" {
			k++
		}
		if k >= last || d.TokenText(k) != ")" || k == i+1 {
			continue
		}
		if isWeak, ok := positionWords[d.TokenText(k-1)]; ok {
			if !isWeak {
				return true
			}
			if weak++; weak == 2 {
				return true
			}
		}
	}
	return endsWithCredit(d, first, last)
}

// endsWithCredit reports whether tokens [first, last) end with a credit in
// parentheses after a full stop: ". (Kyodo)", ". (AP Photo/Jane Doe)".
func endsWithCredit(d *doc.Doc, first, last int) bool {
	if d.TokenText(last-1) != ")" {
		return false
	}
	open := last - 2
	if open <= first {
		return false
	}
	for open > first && open > last-10 && d.TokenText(open) != "(" {
		open--
	}
	if d.TokenText(open) != "(" || open == first || open+1 >= last-1 {
		return false
	}
	prev := d.TokenText(open - 1)
	return creditWords[d.TokenText(open+1)] && (endKindOf(prev) != endNone || prev == ")")
}

// mergeCredit joins a caption's trailing credit sentence, "(Kyodo)", to the
// sentence before it.
func mergeCredit(d *doc.Doc, start, end int) {
	if end-start < 2 {
		return
	}
	s := d.Sentences[end-1]
	if d.TokenText(int(s.Tokens.Start)) == "(" && d.TokenText(int(s.Tokens.End-1)) == ")" {
		mergeSentences(d, end-2, end, doc.Caption)
	}
}

// monthNames are the month names and abbreviations a dateline may carry.
var monthNames = map[string]bool{
	"Jan.": true, "Feb.": true, "Mar.": true, "Apr.": true, "Aug.": true, "Sept.": true, "Sep.": true,
	"Oct.": true, "Nov.": true, "Dec.": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true,
}

// splitDateline cuts a dateline off the sentence at index si when that
// sentence begins with one: a place, optionally a date and a wire credit in
// parentheses, then a dash: "NEW DELHI (Kyodo) --", "MOSCOW, March 2
// (Reuters) -", "WASHINGTON (AP) —". A place not in capitals counts when a
// date, a credit or a second place part follows it ("Beijing, March 2
// (Xinhua) --", "Evansville, Indiana -"). In the article's first
// paragraphs (lead set) a lone mixed-case place before a colon or a dash
// counts too when a whole sentence follows ("Lucknow: The state government
// will sign ...", "Davao City--Troops have launched ..."), and so does a
// credit that no list holds after a place in capitals ("KABUL (Pajhwok) :")
// or after a date ("Isfahan, May 4, IRNA -").
func splitDateline(d *doc.Doc, si int, lead bool) {
	s := d.Sentences[si]
	first, last := int(s.Tokens.Start), int(s.Tokens.End)
	tok := func(i int) string {
		if i < last {
			return d.TokenText(i)
		}
		return ""
	}
	caps := true
	placeEnd := func(k int) int {
		e := k
		for e < last && e < k+5 && isPlaceWord(tok(e)) && !monthNames[tok(e)] {
			if !isAllCaps(tok(e)) {
				caps = false
			}
			e++
		}
		return e
	}
	i := placeEnd(first)
	if i == first || d.Tokens[i-1].Span.End-d.Tokens[first].Span.Start < 3 {
		return
	}
	places := 1
	dated, credited := false, false
	for tok(i) == "," && places < 4 {
		k := i + 1
		if monthNames[tok(k)] && isNumber(tok(k+1)) {
			i = k + 2
			dated = true
			if tok(i) == "," && isNumber(tok(i+1)) && len(tok(i+1)) == 4 {
				i += 2
			}
			break
		}
		e := placeEnd(k)
		if e == k {
			break
		}
		i = e
		places++
	}
	if tok(i) == "(" {
		k := i + 1
		for k < last && k < i+6 && tok(k) != ")" {
			k++
		}
		if tok(k) == ")" && k > i+1 && (creditWords[tok(i+1)] || caps && k <= i+4 && isPlaceWord(tok(i+1))) {
			i = k + 1
			credited = true
		}
	} else if dated && tok(i) == "," && (creditWords[tok(i+1)] || isAllCaps(tok(i+1)) && isPlaceWord(tok(i+1))) {
		i += 2 // "Isfahan, May 4, IRNA -"
		credited = true
	}
	loose := false // a lone mixed-case place: needs a whole sentence after it
	if !caps && !dated && !credited && places < 2 {
		if !lead {
			return
		}
		loose = true
	}
	switch tok(i) {
	case "-", "--", "\u2014", "\u2013":
		if tok(i) == "-" && !caps && !dated && !credited && d.Tokens[i-1].Flags&doc.SpaceAfter == 0 && d.Tokens[i].Flags&doc.SpaceAfter == 0 {
			return // a hyphen inside a word: "Sen. Jane Doe, D-Iowa, said" names a party and a state
		}
		i++
	case ":":
		if !caps && !credited && !loose {
			return
		}
		i++
	default:
		if !credited { // the credit's ")" ends the dateline
			return
		}
	}
	if i >= last {
		if i == last && (dated || credited) {
			// A dateline on a line of its own: "MOSCOW, March 2 (Reuters) -".
			d.Sentences[si].Kind = doc.Dateline
		}
		return
	}
	if !dated && !credited {
		// "LONDON — Britain said", not "NATO -- which met".
		if r, _ := runeAt(tok(i), 0); !isUpper(r) && !isDigit(r) && !isOpeningTok(tok(i)) {
			return
		}
	}
	if loose && (last-i < 5 || endKindOf(tok(last-1)) == endNone) {
		return // "Syria - The Forgotten War": a title, not a dateline
	}
	if loose && tok(i-1) == "-" && d.Tokens[i-2].Span.End == d.Tokens[i-1].Span.Start &&
		d.Tokens[i-1].Span.End == d.Tokens[i].Span.Start {
		return // "Reid-Ashman Inc said": a hyphen inside a name
	}
	dl := s
	dl.Tokens.End = int32(i)
	dl.Span.End = d.Tokens[i-1].Span.End
	dl.Kind = doc.Dateline
	s.Tokens.Start = int32(i)
	s.Span.Start = d.Tokens[i].Span.Start
	d.Sentences = append(d.Sentences, doc.Sentence{})
	copy(d.Sentences[si+2:], d.Sentences[si+1:])
	d.Sentences[si] = dl
	d.Sentences[si+1] = s
}

// isPlaceWord reports a capitalised word or a dotted abbreviation that can
// be part of a dateline's place: "NEW", "DELHI", "N.Y.", "Beijing".
func isPlaceWord(w string) bool {
	r, _ := runeAt(w, 0)
	if !isUpper(r) {
		return false
	}
	for i := 0; i < len(w); {
		r, n := runeAt(w, i)
		if !isLetter(r) && r != '.' && r != '\'' && r != '-' {
			return false
		}
		i += n
	}
	return true
}

// isAllCaps reports a word with no lower-case letter.
func isAllCaps(w string) bool {
	for i := 0; i < len(w); {
		r, n := runeAt(w, i)
		if isLower(r) {
			return false
		}
		i += n
	}
	return true
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(rune(w[i])) {
			return false
		}
	}
	return true
}
