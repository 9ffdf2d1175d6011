package store

import (
	"strings"
	"time"

	"dyad/doc"
)

// EventKey is what every store derives from one coded event: its CAMEO
// digits, its day (the publication day when the text gives none), and the
// stable IDs of the mention and of the clustered event.
func EventKey(d *doc.Doc, e *doc.Event) (code string, day time.Time, mentionID, eventID string) {
	code = CodeString(e.Code)
	date := e.Date
	if date.IsZero() {
		date = d.Article.Published
	}
	day = Day(date)
	src, tgt := participantKey(d, e.Source), participantKey(d, e.Target)
	return code, day, MentionID(d.Article.ID, e.Sentence, src, tgt, code), EventID(day, src, tgt, code, e.Negated, e.Modality)
}

// participantKey is what tells one participant from another in the IDs:
// its actor code, or for someone no dictionary codes the words that name
// them, folded ("~adam otieno"), so that two people no dictionary knows
// who resign the same day are two events, not one.
func participantKey(d *doc.Doc, p doc.Participant) string {
	if p.Actor.Code != "" || p.Span.Empty() || int(p.Span.End) > len(d.Article.Text) {
		return p.Actor.Code
	}
	return "~" + strings.ToLower(strings.Join(strings.Fields(d.Text(p.Span)), " "))
}

// DatePrecOf is how much of its day event e's text gave: the event's own
// precision, or a day when the day is the publication's, or NoDate.
func DatePrecOf(d *doc.Doc, e *doc.Event) doc.DatePrecision {
	if !e.Date.IsZero() {
		return e.DatePrec
	}
	if !d.Article.Published.IsZero() {
		return doc.Day
	}
	return doc.NoDate
}

// ClaimedByName is the name of the speaker or outlet that asserts e, or ""
// in the article's own voice.
func ClaimedByName(d *doc.Doc, e *doc.Event) string {
	c := e.ClaimedBy.Mention
	if c < 0 || int(c) >= len(d.Mentions) {
		// a speaker no mention names: the quote's, or the words of the
		// say verb's subject ("a senior intelligence source")
		if q := e.ClaimedBy.Quote; q >= 0 && int(q) < len(d.Quotes) {
			name, _ := SpeakerOf(d, &d.Quotes[q])
			return name
		}
		if sp := e.ClaimedBy.Span; !sp.Empty() && int(sp.End) <= len(d.Article.Text) {
			return spanName(d, sp)
		}
		return ""
	}
	return mentionName(d, c)
}

// SpeakerOf is the name (the actor's, else the text that names it) and the
// actor code of quote q's speaker; for a speaker no actor names, the words
// that name it and ""; "" and "" when it has none.
func SpeakerOf(d *doc.Doc, q *doc.Quote) (name, code string) {
	if q.Speaker < 0 || int(q.Speaker) >= len(d.Mentions) {
		if !q.SpeakerSpan.Empty() {
			return spanName(d, q.SpeakerSpan), "" // "sources", named by no actor
		}
		return "", ""
	}
	return mentionName(d, q.Speaker), d.Mentions[q.Speaker].Actor.Code
}

// QuotesOf turns a coded Doc's quotes into Quote rows, as a store would
// return them, without storing anything (`dyad code --quotes`).
func QuotesOf(d *doc.Doc) []Quote {
	out := make([]Quote, 0, len(d.Quotes))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		name, code := SpeakerOf(d, q)
		out = append(out, Quote{ArticleID: d.Article.ID, Index: i, Span: q.Span, Pieces: q.Pieces,
			Text: doc.QuotedText(d.Article.Text, 0, q.Span, q.Direct, q.Pieces), Speaker: name, SpeakerCode: code,
			Direct: q.Direct, Partial: q.Partial, Published: d.Article.Published})
	}
	return out
}

// MentionsOf turns a coded Doc's events into Mention rows, as a store would
// return them, without storing anything: `dyad code` prints these with the
// same writers that `dyad export` uses. Counts and event IDs are for this
// one article.
func MentionsOf(d *doc.Doc) []Mention {
	out := make([]Mention, 0, len(d.Events))
	for i := range d.Events {
		e := &d.Events[i]
		code, day, mid, eid := EventKey(d, e)
		src, tgt := e.Source.Actor.Code, e.Target.Actor.Code
		m := Mention{
			ID:         mid,
			EventID:    eid,
			ArticleID:  d.Article.ID,
			Sentence:   int(e.Sentence),
			Date:       day,
			DatePrec:   DatePrecOf(d, e),
			Source:     src,
			SourceName: ParticipantName(d, e.Source),
			Target:     tgt,
			TargetName: ParticipantName(d, e.Target),
			Code:       code,
			Negated:    e.Negated,
			Modality:   e.Modality.String(),
			Voice:      e.ClaimedBy.Voice.String(),
			ClaimedBy:  ClaimedByName(d, e),
			Contested:  e.Contested,
			SourceSpan: e.Source.Span,
			TargetSpan: e.Target.Span,
			VerbSpan:   e.Evidence.Verb,
			Pattern:    e.Evidence.Pattern,
			Entries:    e.Evidence.Entries,
			Confidence: e.Evidence.Confidence,
			URL:        d.Article.URL,
			Outlet:     d.Article.Outlet,
		}
		if g := e.Place; g != nil {
			m.Place, m.Country, m.Lat, m.Lon = g.Name, g.Country, g.Lat, g.Lon
		}
		m.Contests = ContestsOf(d, i)
		if s := e.Sentence; s >= 0 && int(s) < len(d.Sentences) {
			m.Evidence = d.Text(d.Sentences[s].Span)
		}
		out = append(out, m)
	}
	return out
}

// ContestsOf lists the accounts that deny event ev (d.Claims), in order.
func ContestsOf(d *doc.Doc, ev int) []Contest {
	var out []Contest
	for _, c := range d.Claims {
		if int(c.Asserted) != ev {
			continue
		}
		var by string
		if c.Denier >= 0 && int(c.Denier) < len(d.Mentions) {
			by = mentionName(d, c.Denier)
		}
		out = append(out, Contest{By: by, Text: d.Text(c.Span), Span: c.Span})
	}
	return out
}

// nameOf is the actor's name, else the text at sp that names it.
func nameOf(d *doc.Doc, a doc.Actor, sp doc.Span) string {
	if a.Name != "" {
		return oneLine(a.Name)
	}
	return spanName(d, sp)
}

// spanName is the text at sp as a name, on one line (oneLine).
func spanName(d *doc.Doc, sp doc.Span) string { return oneLine(d.Text(sp)) }

// oneLine is s with each run of white space one space: a name taken from
// wire copy may hold a line break ("a different\nunion"), and names are
// stored, exported and shown as one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// ParticipantName is the name of an event's source or target: its
// actor's, else that of the mention it is (mentionName), else its words.
func ParticipantName(d *doc.Doc, p doc.Participant) string {
	if p.Actor.Name == "" && p.Mention >= 0 && int(p.Mention) < len(d.Mentions) && d.Mentions[p.Mention].Span == p.Span {
		return mentionName(d, p.Mention)
	}
	return nameOf(d, p.Actor, p.Span)
}

// mentionName is the name of mention mi: its actor's; else, for a pronoun
// that refers back, the name of the first mention of its chain that has
// one, or that mention's words ("he" after "Raed Saleh", whom no
// dictionary knows, is Raed Saleh); else its own words.
func mentionName(d *doc.Doc, mi int32) string {
	m := &d.Mentions[mi]
	if m.Actor.Name != "" || m.Kind != doc.Pronoun {
		return nameOf(d, m.Actor, m.Span)
	}
	r := mi
	for k := 0; k < 64; k++ {
		a := d.Mentions[r].Antecedent
		if a < 0 || int(a) >= len(d.Mentions) || a == r {
			break
		}
		r = a
		if d.Mentions[r].Actor.Name != "" {
			return oneLine(d.Mentions[r].Actor.Name)
		}
	}
	if r != mi && d.Mentions[r].Kind != doc.Pronoun {
		return spanName(d, d.Mentions[r].Span)
	}
	return spanName(d, m.Span)
}
