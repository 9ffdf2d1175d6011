package coder

import (
	"strings"
	"time"

	"dyad/doc"
)

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday,
	"tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday}

var months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3,
	"mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12}

func (w *work) datesInit() {
	p := w.d.Article.Published
	if !p.IsZero() {
		w.pub = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	w.paraIdx = -1
}

// sentenceDate sets the date of the sentence's events: the first date
// expression in it, read against the publication date; else a day named in
// the main clause of one of the two sentences before it in the same
// paragraph; else the publication day. A month or year ("last year") is
// background more often than the time of what follows and dates only its
// own sentence; a date inside a relative clause ("talks that began last
// year") dates only that clause and its noun, and one in a clause of
// contrast ("while ...") only that clause (localAt, dateOf). A year
// named as a time ("invaded Kuwait in 1990") dates only what hangs on the
// word it hangs on (yearAt): history recalled in a sentence about today.
func (w *work) sentenceDate(si int32) {
	s := w.d.Sentences[si]
	if s.Paragraph != w.paraIdx || si > w.paraUntil {
		w.paraIdx, w.paraDate, w.paraPrec = s.Paragraph, time.Time{}, doc.NoDate
	}
	w.aheadAt, w.localAt, w.yearAt, w.periodAt = -1, -1, -1, -1
	if i, y := w.yearAdjunct(s); i >= 0 {
		if h := w.t.head(i); h >= 0 {
			w.yearAt, w.yearDate = h, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	dt, prec, ahead := w.dateIn(s)
	w.ahead = ahead
	if ahead {
		// a time to come dates only what is meant or due then ("will
		// visit China next month"), never the paragraph's acts (emit)
		w.aheadDate, w.aheadPrec = dt, prec
		prec = doc.NoDate
	}
	if prec != doc.NoDate {
		r := w.relativeClause(w.dateAt)
		if r < 0 {
			r = w.contrastClause(w.dateAt)
		}
		if r >= 0 {
			w.localAt, w.localDate, w.localPrec = r, dt, prec
			prec = doc.NoDate
		}
	}
	if prec == doc.Month || prec == doc.Year {
		// a month or year gone by that owns a noun dates that noun only:
		// "to honour the spirit of last year's pact" (the pact, not the
		// honouring), "March's attack"
		// (but the time of what happens in, during or since it, "detained
		// during last month's protests", stays the sentence's)
		if h := w.t.head(w.dateAt); h >= 0 && w.d.Tokens[w.dateAt].Dep == doc.NmodPoss &&
			!(w.d.Tokens[h].Dep.Universal() == doc.Obl && timeCases[w.t.caseOf(h)]) {
			w.periodAt, w.periodDate, w.periodPrec = h, dt, prec
			prec = doc.NoDate
		}
	}
	switch {
	case prec != doc.NoDate:
		w.date, w.datePrec = dt, prec
		if prec == doc.Day {
			w.paraDate, w.paraPrec, w.paraUntil = dt, prec, si+2
		}
	case w.paraPrec != doc.NoDate:
		w.date, w.datePrec = w.paraDate, w.paraPrec
	case !w.pub.IsZero():
		w.date, w.datePrec = w.pub, doc.Day
	default:
		w.date, w.datePrec = time.Time{}, doc.NoDate
	}
}

// relativeClause: the relative clause that token i lies in (its
// predicate), or -1 when i is part of the sentence's main clauses. (Not a
// participle's: the parser hangs a closing time on the nearest one, "was
// seized by men wearing masks in May", more often than it belongs there.)
func (w *work) relativeClause(i int32) int32 {
	for n := 0; n < 64 && i >= 0; n++ {
		if w.d.Tokens[i].Dep == doc.AclRelcl {
			return i
		}
		i = w.t.head(i)
	}
	return -1
}

// contrastClause: the clause of contrast ("while", "whereas", "although",
// "though") with a subject of its own that token i lies in, or -1: "Kenya
// has been besieging the town, while Uganda attacked in January" dates the
// attack, not the siege.
func (w *work) contrastClause(i int32) int32 {
	for n := 0; n < 64 && i >= 0; n++ {
		if w.d.Tokens[i].Dep.Universal() == doc.Advcl && w.t.hasChildLemma(i, doc.Mark, "while", "whereas", "although", "though") &&
			(w.t.child(i, doc.Nsubj) >= 0 || w.t.child(i, doc.NsubjPass) >= 0) {
			return i
		}
		i = w.t.head(i)
	}
	return -1
}

// dateOf: the date of an event on predicate v: the year named as a time
// for v at or under the word it hangs on; the relative clause's own date
// for v in that clause or the noun it describes; else the sentence's.
func (w *work) dateOf(v int32) (time.Time, doc.DatePrecision) {
	if r := w.yearAt; r >= 0 && w.clauseUnder(v, r) {
		return w.yearDate, doc.Year
	}
	if r := w.periodAt; r >= 0 && w.under(v, r) {
		return w.periodDate, w.periodPrec
	}
	if r := w.localAt; r >= 0 && (w.under(v, r) || v == w.t.head(r) && w.d.Tokens[r].Dep == doc.AclRelcl) {
		return w.localDate, w.localPrec // (a relative clause's date is also its noun's; a contrasting clause's is its own)
	}
	return w.date, w.datePrec
}

// dateIn reads the first date expression of a sentence. Without a
// publication date only absolute dates with a year can be read. ahead says
// it names a time after publication ("tomorrow", "next week", "will meet
// on Friday").
func (w *work) dateIn(s doc.Sentence) (date time.Time, prec doc.DatePrecision, ahead bool) {
	d := w.d
	pub := w.pub
	word := func(i int32) string {
		if i < s.Tokens.Start || i >= s.Tokens.End {
			return ""
		}
		return w.t.form(i)
	}
	thisWeek := int32(-1)
	for i := s.Tokens.Start; i < s.Tokens.End; i++ {
		if w.t.quote[i] >= 0 {
			continue // "yesterday" inside a quote is the speaker's, not the article's
		}
		tw := word(i)
		if len(tw) < 3 || len(tw) > 9 {
			continue
		}
		w.dateAt = i
		if wd, ok := weekdays[tw]; ok && !pub.IsZero() {
			if word(i-1) == "next" || word(i-1) != "last" && w.futureAt(i) {
				w.aheadAt = i
				// "next Monday", "will meet on Friday": the coming one
				days := (int(wd) - int(pub.Weekday()) + 7) % 7
				if days == 0 && word(i-1) == "next" {
					days = 7
				}
				if days > 0 {
					return pub.AddDate(0, 0, days), doc.Day, true
				}
				return pub, doc.Day, false // the day of publication: "will speak on Friday", published on a Friday
			}
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			return pub.AddDate(0, 0, -back), doc.Day, false
		}
		switch tw {
		case "yesterday":
			if !pub.IsZero() {
				if word(i-1) == "before" && word(i-2) == "day" {
					return pub.AddDate(0, 0, -2), doc.Day, false // "the day before yesterday"
				}
				return pub.AddDate(0, 0, -1), doc.Day, false
			}
		case "night":
			if !pub.IsZero() && word(i-1) == "last" {
				return pub.AddDate(0, 0, -1), doc.Day, false // "last night": the night before the story
			}
		case "today", "tonight":
			if !pub.IsZero() {
				return pub, doc.Day, false
			}
		case "tomorrow":
			if !pub.IsZero() {
				w.aheadAt = i
				if word(i-1) == "after" && word(i-2) == "day" {
					return pub.AddDate(0, 0, 2), doc.Day, true // "the day after tomorrow"
				}
				return pub.AddDate(0, 0, 1), doc.Day, true
			}
		case "ago":
			if dt, prec := agoDate(pub, word(i-2), word(i-1)); prec != doc.NoDate {
				return dt, prec, false
			}
		case "weekend":
			// "last weekend", "over the weekend", "at the weekend": the
			// Saturday of the last weekend before publication (of the one
			// it falls in when published on a weekend), a day of it
			prev := word(i - 1)
			if pub.IsZero() || prev != "last" && !(prev == "the" && (word(i-2) == "over" || word(i-2) == "at")) {
				continue
			}
			if w.futureAt(i) {
				continue // "will meet at the weekend"
			}
			back := (int(pub.Weekday()) - int(time.Saturday) + 7) % 7
			if prev == "last" && (pub.Weekday() == time.Saturday || pub.Weekday() == time.Sunday) {
				back += 7 // the weekend before the one it is
			}
			return pub.AddDate(0, 0, -back), doc.Day, false
		case "week", "month", "year":
			prev := word(i - 1)
			if !pub.IsZero() && prev == "next" {
				// (the coming week is dated by its month, as last week is)
				w.aheadAt = i
				switch tw {
				case "week":
					wk := pub.AddDate(0, 0, 7)
					return time.Date(wk.Year(), wk.Month(), 1, 0, 0, 0, 0, time.UTC), doc.Month, true
				case "month":
					m := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
					return m, doc.Month, true
				case "year":
					return time.Date(pub.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC), doc.Year, true
				}
			}
			if pub.IsZero() || (prev != "last" && prev != "this" && prev != "past") {
				continue
			}
			if word(i-2) == "earlier" || word(i-2) == "later" || prev == "this" {
				switch tw {
				case "week":
					if prev == "this" && !w.futureAt(i) && thisWeek < 0 {
						// "this week": some day of it, dated by its month
						// as "last week" is, unless the sentence names a
						// time of its own later ("said this week he will
						// visit next month")
						thisWeek = i
					}
				case "month":
					return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), doc.Month, false
				case "year":
					return time.Date(pub.Year(), 1, 1, 0, 0, 0, 0, time.UTC), doc.Year, false
				}
				continue
			}
			switch tw {
			case "week":
				wk := pub.AddDate(0, 0, -7)
				return time.Date(wk.Year(), wk.Month(), 1, 0, 0, 0, 0, time.UTC), doc.Month, false
			case "month":
				m := pub.AddDate(0, -1, 0)
				return time.Date(m.Year(), m.Month(), 1, 0, 0, 0, 0, time.UTC), doc.Month, false
			case "year":
				return time.Date(pub.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), doc.Year, false
			}
		}
		// wire style abbreviates with a period ("Oct. 14", one token or
		// two), and "mid-April" is one word
		next := i + 1
		mid := strings.HasPrefix(tw, "mid-")
		switch {
		case mid:
			tw = tw[len("mid-"):]
		case strings.HasSuffix(tw, "."):
			tw = tw[:len(tw)-1]
		case len(tw) <= 4 && word(next) == ".":
			next++
		}
		mo, ok := months[tw]
		if !ok || (tw == "may" && d.Tokens[i].UPOS != doc.PROPN) || (tw == "mar" || tw == "march") && d.Tokens[i].UPOS == doc.VERB {
			continue
		}
		if mi := w.t.mention[i]; mi >= 0 && d.Mentions[mi].Kind == doc.Person {
			continue // "Theresa May", "April Ryan": a name
		}
		day := 0
		if !mid {
			day = number(word(next))
			if day > 31 {
				day = 0 // a year: "5 January 2019"
			}
			if day == 0 && word(i-1) != "" {
				day = number(word(i - 1)) // "2 March"
			}
		}
		year := 0
		for k := next; k <= next+2; k++ {
			if n := number(word(k)); n >= 1900 && n <= 2200 {
				year = n
				break
			}
		}
		if year == 0 && !pub.IsZero() && word(next+1) == "year" {
			switch word(next) { // "in March last year"
			case "last":
				year = pub.Year() - 1
			case "this":
				year = pub.Year()
			case "next":
				year = pub.Year() + 1
			}
		}
		if year == 0 {
			if pub.IsZero() {
				continue
			}
			year = pub.Year()
			// a month later than publication is last year's, unless what
			// it dates is to come ("will visit Chile from April 29")
			if time.Date(year, mo, max(day, 1), 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 0, 7)) && !w.futureAt(i) {
				year--
			}
		}
		if day >= 1 && day <= 31 {
			dt := time.Date(year, mo, day, 0, 0, 0, 0, time.UTC)
			w.aheadAt = i
			return dt, doc.Day, !pub.IsZero() && dt.After(pub)
		}
		if word(i-1) == "in" || word(i-1) == "since" || word(i-1) == "early" || word(i-1) == "late" || mid || year != 0 {
			return time.Date(year, mo, 1, 0, 0, 0, 0, time.UTC), doc.Month, false
		}
	}
	if thisWeek >= 0 {
		w.dateAt = thisWeek
		return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), doc.Month, false
	}
	return time.Time{}, doc.NoDate, false
}

// clauseUnder reports whether v is top or under it without crossing into
// a conjoined (or paratactic) clause with its own subject: "Kenya invaded Uganda in 1980
// and attacked Sudan" dates both acts, "exports fell in 1986 and Ruto urged
// reform" only the fall.
func (w *work) clauseUnder(v, top int32) bool {
	for n := 0; n < 64 && v >= 0; n++ {
		if v == top {
			return true
		}
		if dep := w.d.Tokens[v].Dep; (dep == doc.Conj || dep == doc.Parataxis) && (w.t.child(v, doc.Nsubj) >= 0 || w.t.child(v, doc.NsubjPass) >= 0) {
			return false
		}
		v = w.t.head(v)
	}
	return false
}

// yearAdjunct finds the first year named as a time in s, outside quotes:
// after "in" or "during", or "in early", "in late", "in mid" ("in 1980",
// "in late 2019"; not "the 2014 vote", nor "in 2000 cases"). It returns the
// year's token and the year, or -1.
func (w *work) yearAdjunct(s doc.Sentence) (int32, int) {
	for i := s.Tokens.Start + 1; i < s.Tokens.End; i++ {
		f := w.t.form(i)
		if w.t.quote[i] >= 0 {
			continue
		}
		if len(f) == 8 && strings.HasPrefix(f, "mid-") {
			if y := number(f[4:]); y >= 1900 && y <= 2200 && (w.t.form(i-1) == "in" || w.t.form(i-1) == "during" || w.t.form(i-1) == "by") {
				return i, y // "in mid-2018"
			}
			continue
		}
		if len(f) != 4 {
			continue
		}
		y := number(f)
		if y < 1900 || y > 2200 {
			continue
		}
		k := i - 1
		switch w.t.form(k) {
		case "early", "late", "mid":
			if k--; k < s.Tokens.Start {
				continue
			}
		}
		if p := w.t.form(k); p != "in" && p != "during" {
			continue
		}
		if i+1 < s.Tokens.End && w.d.Tokens[i+1].XPOS == xposNNS {
			continue // a number of things: "in 2000 cases"
		}
		return i, y
	}
	return -1, 0
}

var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// agoDate reads "two days ago", "a week ago", "three months ago", "a year
// ago" against publication day pub (no date for "a few weeks ago": too
// vague). Weeks are dated by their month, as "last week" is.
func agoDate(pub time.Time, count, unit string) (time.Time, doc.DatePrecision) {
	n, ok := countWords[count]
	if !ok {
		n = number(count)
	}
	if pub.IsZero() || n <= 0 || n > 99 {
		return time.Time{}, doc.NoDate
	}
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return pub.AddDate(0, 0, -n), doc.Day
	case "week":
		wk := pub.AddDate(0, 0, -7*n)
		return time.Date(wk.Year(), wk.Month(), 1, 0, 0, 0, 0, time.UTC), doc.Month
	case "month":
		m := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
		return m, doc.Month
	case "year":
		return time.Date(pub.Year()-n, 1, 1, 0, 0, 0, 0, time.UTC), doc.Year
	}
	return time.Time{}, doc.NoDate
}

// futureAt reports whether the date expression at token i dates a verb in
// the future tense, at most three heads up ("will visit China on Tuesday"
// with the day under "China"), or in a present tense that plans ("leaves
// on Tuesday", "is meeting him on Tuesday"). (Not "would": a future in the
// past, "announced the US would withdraw on Tuesday", as often tells when
// it was said.)
func (w *work) futureAt(i int32) bool {
	h := w.dateVerb(i)
	if h < 0 {
		return false
	}
	if w.t.hasChildLemma(h, doc.Aux, "will", "shall", "'ll") {
		return true
	}
	// a present tense, or a present progressive, dated later in the year
	// than publication is a plan: "flies to Nairobi on April 29", "is
	// meeting Ruto on May 3" (not a past form: "met him on April 29")
	switch x := w.d.Tokens[h].XPOS; {
	case x == xposVBZ || x == xposVBP:
		return w.t.child(h, doc.Aux) < 0
	case x == xposVBG:
		for _, c := range w.t.children(h) {
			if w.d.Tokens[c].Dep == doc.Aux {
				switch w.t.form(c) {
				case "is", "are", "'s", "'re", "am":
					return true
				}
			}
		}
	}
	return false
}

// dateVerb is the verb the date expression at token i dates, at most
// three heads up ("will visit China on Tuesday" with the day under
// "China"), or -1.
func (w *work) dateVerb(i int32) int32 {
	h := w.t.head(i)
	for n := 0; n < 3 && h >= 0 && w.d.Tokens[h].UPOS != doc.VERB; n++ {
		h = w.t.head(h)
	}
	return h
}

// number reads a small decimal number ("2", "2nd", "1999"); 0 if not one.
func number(s string) int {
	n := 0
	k := 0
	for ; k < len(s) && s[k] >= '0' && s[k] <= '9'; k++ {
		n = n*10 + int(s[k]-'0')
		if n > 9999 {
			return 0
		}
	}
	if k == 0 {
		return 0
	}
	switch s[k:] {
	case "", "st", "nd", "rd", "th", ",":
		return n
	}
	return 0
}

// timeCases put an event in the time of the noun they govern.
var timeCases = map[string]bool{"in": true, "during": true, "at": true, "since": true, "after": true,
	"following": true, "before": true, "until": true, "amid": true}
