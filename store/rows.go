package store

import (
	"dyad/doc"
)

// MentionsOf turns a coded Doc's events into Mention rows, as a store would
// return them, without storing anything: `dyad code` prints these with the
// same writers that `dyad export` uses. Counts and event IDs are for this
// one article.
func MentionsOf(d *doc.Doc) []Mention {
	out := make([]Mention, 0, len(d.Events))
	for i := range d.Events {
		e := &d.Events[i]
		code := CodeString(e.Code)
		src, tgt := e.Source.Actor.Code, e.Target.Actor.Code
		date := e.Date
		if date.IsZero() {
			date = d.Article.Published
		}
		day := Day(date)
		m := Mention{
			ID:         MentionID(d.Article.ID, e.Sentence, src, tgt, code),
			EventID:    EventID(day, src, tgt, code, e.Negated, e.Modality),
			ArticleID:  d.Article.ID,
			Sentence:   int(e.Sentence),
			Date:       day,
			Source:     src,
			SourceName: participantName(d, e.Source),
			Target:     tgt,
			TargetName: participantName(d, e.Target),
			Code:       code,
			Negated:    e.Negated,
			Modality:   e.Modality.String(),
			Voice:      e.ClaimedBy.Voice.String(),
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
		if c := e.ClaimedBy.Mention; c >= 0 && int(c) < len(d.Mentions) {
			mm := d.Mentions[c]
			m.ClaimedBy = mm.Actor.Name
			if m.ClaimedBy == "" {
				m.ClaimedBy = d.Text(mm.Span)
			}
		}
		if g := e.Place; g != nil {
			m.Place, m.Country, m.Lat, m.Lon = g.Name, g.Country, g.Lat, g.Lon
		}
		if s := e.Sentence; s >= 0 && int(s) < len(d.Sentences) {
			m.Evidence = d.Text(d.Sentences[s].Span)
		}
		out = append(out, m)
	}
	return out
}

func participantName(d *doc.Doc, p doc.Participant) string {
	if p.Actor.Name != "" {
		return p.Actor.Name
	}
	return d.Text(p.Span)
}
