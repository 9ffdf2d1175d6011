package coder

import (
	"encoding/json"
	"fmt"
	"strings"

	"dyad/doc"
)

// SeedScore is how a coded article compares with a seed example's
// expected.json (the rules are in its "about"): required events found,
// forbidden events produced, quotes with the right speaker, contested
// events linked to the right accounts.
type SeedScore struct {
	Required, RequiredFound    int
	Missing                    []string // ids of required events not found
	OptionalFound              int
	Forbidden                  int      // forbidden events produced (0 is right)
	ForbiddenHits              []string // why each forbidden event is wrong, with the code produced
	Quotes, QuotesRight        int
	WrongQuotes                []string // expected quote starts not found or with another speaker
	Contested, ContestedRight  int
	DatesChecked, DatesRight   int // required events with a date: found with that date
	PlacesChecked, PlacesRight int
}

// Pass reports whether the score meets the seed's acceptance bar: every
// required event, no forbidden one, all quotes but one, every contest.
func (s SeedScore) Pass() bool {
	return s.RequiredFound == s.Required && s.Forbidden == 0 && s.QuotesRight >= s.Quotes-1 &&
		s.ContestedRight == s.Contested
}

func (s SeedScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "required %d/%d, optional %d, forbidden %d, quotes %d/%d, contested %d/%d, dates %d/%d, places %d/%d",
		s.RequiredFound, s.Required, s.OptionalFound, s.Forbidden, s.QuotesRight, s.Quotes,
		s.ContestedRight, s.Contested, s.DatesRight, s.DatesChecked, s.PlacesRight, s.PlacesChecked)
	for _, m := range s.Missing {
		b.WriteString("\n  missing: " + m)
	}
	for _, f := range s.ForbiddenHits {
		b.WriteString("\n  forbidden: " + f)
	}
	for _, q := range s.WrongQuotes {
		b.WriteString("\n  quote: " + q)
	}
	return b.String()
}

type seedEvent struct {
	ID           string   `json:"id"`
	Sentence     string   `json:"sentence"`
	FromSentence string   `json:"from_sentence"`
	Source       *string  `json:"source"`
	Target       *string  `json:"target"`
	Accept       []string `json:"accept"`
	Date         string   `json:"date"`
	Where        string   `json:"where"`
	Why          string   `json:"why"`
}

type seedFile struct {
	Quotes []struct {
		Speaker string `json:"speaker"`
		Starts  string `json:"starts"`
	} `json:"quotes"`
	Events struct {
		Required  []seedEvent `json:"required"`
		Optional  []seedEvent `json:"optional"`
		Forbidden []seedEvent `json:"forbidden"`
	} `json:"events"`
	Contested []struct {
		Event      string `json:"event"`
		AssertedBy string `json:"asserted_by"`
		DisputedBy string `json:"disputed_by"`
	} `json:"contested"`
}

// ScoreSeed scores d, coded from the seed's article, against its
// expected.json. Negated and hypothetical events do not count as produced.
func ScoreSeed(d *doc.Doc, expectedJSON []byte) (SeedScore, error) {
	var s SeedScore
	var f seedFile
	if err := json.Unmarshal(expectedJSON, &f); err != nil {
		return s, fmt.Errorf("expected.json: %w", err)
	}
	produced := func(e *doc.Event) bool { return !e.Negated && e.Modality != doc.Hypothetical }
	matches := func(x *seedEvent, e *doc.Event) bool {
		if !produced(e) {
			return false
		}
		sent := x.Sentence
		if sent == "" {
			sent = x.FromSentence
		}
		if sent != "" {
			at := strings.Index(d.Article.Text, sent)
			if at < 0 || int(e.Sentence) >= len(d.Sentences) || !d.Sentences[e.Sentence].Span.Contains(doc.Span{Start: int32(at), End: int32(at)}) {
				return false
			}
		}
		if !sideMatches(x.Source, e.Source.Actor.Code) || !sideMatches(x.Target, e.Target.Actor.Code) {
			return false
		}
		code := codeDigits(e.Code)
		for _, a := range x.Accept {
			if strings.HasPrefix(code, a) {
				return true
			}
		}
		return false
	}
	found := map[string][]int{}
	for _, x := range f.Events.Required {
		s.Required++
		for ei := range d.Events {
			if matches(&x, &d.Events[ei]) {
				found[x.ID] = append(found[x.ID], ei)
			}
		}
		evs := found[x.ID]
		if len(evs) == 0 {
			s.Missing = append(s.Missing, x.ID)
			continue
		}
		s.RequiredFound++
		if x.Date != "" {
			s.DatesChecked++
			for _, ei := range evs {
				e := &d.Events[ei]
				if e.DatePrec != doc.NoDate && strings.HasPrefix(e.Date.Format("2006-01-02"), x.Date) {
					s.DatesRight++
					break
				}
			}
		}
		if x.Where != "" {
			s.PlacesChecked++
			for _, ei := range evs {
				if p := d.Events[ei].Place; p != nil && p.Country == x.Where {
					s.PlacesRight++
					break
				}
			}
		}
	}
	for _, x := range f.Events.Optional {
		for ei := range d.Events {
			if matches(&x, &d.Events[ei]) {
				s.OptionalFound++
				break
			}
		}
	}
	for _, x := range f.Events.Forbidden {
		for ei := range d.Events {
			if matches(&x, &d.Events[ei]) {
				s.Forbidden++
				s.ForbiddenHits = append(s.ForbiddenHits, fmt.Sprintf("%s (%s>%s %s: %s)", x.Why,
					d.Events[ei].Source.Actor.Code, d.Events[ei].Target.Actor.Code, codeDigits(d.Events[ei].Code), d.Events[ei].Evidence.Pattern))
			}
		}
	}
	for _, xq := range f.Quotes {
		s.Quotes++
		ok := false
		for _, q := range d.Quotes {
			if quoteStarts(d, &q, xq.Starts) && speakerIs(d, q.Speaker, xq.Speaker) {
				ok = true
				break
			}
		}
		if ok {
			s.QuotesRight++
		} else {
			s.WrongQuotes = append(s.WrongQuotes, fmt.Sprintf("%q by %s", xq.Starts, xq.Speaker))
		}
	}
	for _, c := range f.Contested {
		s.Contested++
		done := false
		for _, ei := range found[c.Event] {
			e := &d.Events[ei]
			if !e.Contested || !speakerIs(d, e.ClaimedBy.Mention, c.AssertedBy) {
				continue
			}
			for _, cl := range d.Claims {
				if int(cl.Asserted) == ei && speakerIs(d, cl.Denier, c.DisputedBy) {
					done = true
				}
			}
		}
		if done {
			s.ContestedRight++
		}
	}
	return s, nil
}

func sideMatches(want *string, code string) bool {
	if want == nil || *want == "*" {
		return true
	}
	return len(code) >= 3 && code[:3] == *want
}

// speakerIs reports whether mention mi names the person: its text, its
// actor's display name or one of its antecedents' ends with the name's last
// word ("Blinken", "Antony Blinken", "he" → "Antony Blinken").
func speakerIs(d *doc.Doc, mi int32, name string) bool {
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	for k := 0; k < 8 && mi >= 0 && int(mi) < len(d.Mentions); k++ {
		m := &d.Mentions[mi]
		if strings.HasSuffix(d.Text(m.Span), last) || strings.HasSuffix(m.Actor.Name, last) {
			return true
		}
		mi = m.Antecedent
	}
	return false
}

// quoteStarts reports whether q's content, or one of its pieces (a
// quotation broken by its cue; a fragment quoted in a reported clause),
// starts with prefix.
func quoteStarts(d *doc.Doc, q *doc.Quote, prefix string) bool {
	for _, s := range append([]doc.Span{q.Span}, q.Pieces...) {
		if strings.HasPrefix(strings.TrimLeft(d.Text(s), "\"“‘' "), prefix) {
			return true
		}
	}
	return false
}
