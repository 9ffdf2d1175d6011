package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"dyad/actor"
	"dyad/coder"
	"dyad/doc"
)

// Seed examples: a real article and expected.json, what a careful human
// coder takes from it. The rules for events, quotes and contested links are
// the ones in expected.json's "about" and are applied by coder.ScoreSeed;
// the entity rule by actor.ScoreEntities. This file reads the example, runs
// dyad on it and puts the two verdicts together.

// SeedFigures are the seed example's headline figures, in the order and
// under the names that `dyad eval seed --json` prints.
type SeedFigures struct {
	RequiredFound  int  `json:"required_found"`
	RequiredTotal  int  `json:"required_total"`
	OptionalFound  int  `json:"optional_found"`
	ForbiddenFound int  `json:"forbidden_found"`
	QuotesRight    int  `json:"quotes_right"`
	QuotesTotal    int  `json:"quotes_total"`
	EntitiesRight  int  `json:"entities_right"`
	EntitiesTotal  int  `json:"entities_total"`
	Contested      bool `json:"contested"`
}

// SeedResult is the verdict on one seed example: the figures and the
// detail behind them for a person to read.
type SeedResult struct {
	Figures  SeedFigures
	Events   coder.SeedScore     // events, quotes, contested links
	Entities []actor.EntityScore // one per expected entity
	Found    []string            // ids of the required events found
	Doc      *doc.Doc            // the article as dyad coded it
}

// SeedExample is a seed example as read from its directory.
type SeedExample struct {
	Article  doc.Article
	Expected []byte // expected.json as read
}

// ReadSeedExample reads DIR/expected.json and the article it names
// (article.file, default article.txt). The article's publication date is
// expected.json's article.published (YYYY-MM-DD), its outlet article.source.
func ReadSeedExample(dir string) (*SeedExample, error) {
	name := filepath.Join(dir, "expected.json")
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("seed example: %v (is %s a seed example directory?)", err, dir)
	}
	var head struct {
		Article struct {
			File      string `json:"file"`
			Source    string `json:"source"`
			Published string `json:"published"`
		} `json:"article"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	file := head.Article.File
	if file == "" {
		file = "article.txt"
	}
	text, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, fmt.Errorf("seed example: %v", err)
	}
	a := doc.Article{ID: filepath.Base(dir), Outlet: head.Article.Source, Text: string(text)}
	if head.Article.Published != "" {
		t, err := time.Parse("2006-01-02", head.Article.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: article.published %q is not a date YYYY-MM-DD", name, head.Article.Published)
		}
		a.Published = t
	}
	return &SeedExample{Article: a, Expected: raw}, nil
}

// ScoreSeed runs dyad (run fills a Doc's layers through events) on the
// example's article and scores the result against expected.json.
// "contested" is true when every expected contested link is found with its
// asserting and disputing speakers (and there is at least one).
func ScoreSeed(ex *SeedExample, run func(*doc.Doc) error) (*SeedResult, error) {
	d := doc.New(ex.Article)
	if err := run(d); err != nil {
		return nil, err
	}
	return ScoreSeedDoc(d, ex.Expected)
}

// ScoreSeedDoc scores an already coded Doc against expected.json.
func ScoreSeedDoc(d *doc.Doc, expectedJSON []byte) (*SeedResult, error) {
	ev, err := coder.ScoreSeed(d, expectedJSON)
	if err != nil {
		return nil, err
	}
	ents, err := actor.ReadEntities(strings.NewReader(string(expectedJSON)), "expected.json")
	if err != nil {
		return nil, err
	}
	scores, right := actor.ScoreEntities(d, ents)
	var ids struct {
		Events struct {
			Required []struct {
				ID string `json:"id"`
			} `json:"required"`
		} `json:"events"`
	}
	if err := json.Unmarshal(expectedJSON, &ids); err != nil {
		return nil, fmt.Errorf("expected.json: %v", err)
	}
	var found []string
	for _, r := range ids.Events.Required {
		if !slices.Contains(ev.Missing, r.ID) {
			found = append(found, r.ID)
		}
	}
	return &SeedResult{
		Found: found,
		Figures: SeedFigures{
			RequiredFound:  ev.RequiredFound,
			RequiredTotal:  ev.Required,
			OptionalFound:  ev.OptionalFound,
			ForbiddenFound: ev.Forbidden,
			QuotesRight:    ev.QuotesRight,
			QuotesTotal:    ev.Quotes,
			EntitiesRight:  right,
			EntitiesTotal:  len(ents),
			Contested:      ev.Contested > 0 && ev.ContestedRight == ev.Contested,
		},
		Events:   ev,
		Entities: scores,
		Doc:      d,
	}, nil
}

// Report writes the verdict for a person: the figures, then what was
// missed or wrong, then the events dyad coded with their evidence.
func (r *SeedResult) Report() string {
	var b strings.Builder
	f := r.Figures
	fmt.Fprintf(&b, "required events  %d/%d\n", f.RequiredFound, f.RequiredTotal)
	fmt.Fprintf(&b, "optional events  %d\n", f.OptionalFound)
	fmt.Fprintf(&b, "forbidden events %d (0 is right)\n", f.ForbiddenFound)
	fmt.Fprintf(&b, "quotes           %d/%d\n", f.QuotesRight, f.QuotesTotal)
	fmt.Fprintf(&b, "entities         %d/%d\n", f.EntitiesRight, f.EntitiesTotal)
	fmt.Fprintf(&b, "contested        %v (%d/%d links)\n", f.Contested, r.Events.ContestedRight, r.Events.Contested)
	fmt.Fprintf(&b, "dates            %d/%d, places %d/%d (required events that give one)\n",
		r.Events.DatesRight, r.Events.DatesChecked, r.Events.PlacesRight, r.Events.PlacesChecked)
	if len(r.Found) > 0 {
		fmt.Fprintf(&b, "found required events: %s\n", strings.Join(r.Found, ", "))
	}
	for _, m := range r.Events.Missing {
		fmt.Fprintf(&b, "missed required event: %s\n", m)
	}
	for _, h := range r.Events.ForbiddenHits {
		fmt.Fprintf(&b, "forbidden event produced: %s\n", h)
	}
	for _, q := range r.Events.WrongQuotes {
		fmt.Fprintf(&b, "quote missed or wrong speaker: %s\n", q)
	}
	for _, e := range r.Entities {
		if !e.Right {
			fmt.Fprintf(&b, "entity wrong: %s: %s\n", e.Entity.Text, e.Why)
		}
	}
	d := r.Doc
	fmt.Fprintf(&b, "\nevents coded (%d):\n", len(d.Events))
	for _, e := range d.Events {
		fmt.Fprintf(&b, "  %s\n", describeEvent(d, &e))
	}
	fmt.Fprintf(&b, "quotes found (%d):\n", len(d.Quotes))
	for _, q := range d.Quotes {
		fmt.Fprintf(&b, "  %s: %q\n", speakerName(d, q.Speaker), clip(d.Text(q.Span), 60))
	}
	return b.String()
}

// describeEvent is one line for an event: dyad, code, flags and evidence.
func describeEvent(d *doc.Doc, e *doc.Event) string {
	var flags []string
	if e.Negated {
		flags = append(flags, "negated")
	}
	if e.Modality != doc.Asserted {
		flags = append(flags, e.Modality.String())
	}
	if e.Contested {
		flags = append(flags, "contested")
	}
	s := fmt.Sprintf("%s → %s %s (%s) %q", orNone(e.Source.Actor.Code), orNone(e.Target.Actor.Code),
		e.Code, e.Code.Name(), d.Text(e.Evidence.Verb))
	if len(flags) > 0 {
		s += " [" + strings.Join(flags, ", ") + "]"
	}
	if e.Evidence.Pattern != "" {
		s += " " + e.Evidence.Pattern
	}
	return s
}

// speakerName is the speaker mention's text and code, following it back to
// its antecedent when it is a pronoun or description.
func speakerName(d *doc.Doc, mi int32) string {
	if mi < 0 || int(mi) >= len(d.Mentions) {
		return "(no speaker)"
	}
	m := &d.Mentions[mi]
	s := d.Text(m.Span)
	if r := rootMention(d, mi); r != mi {
		s += " = " + d.Text(d.Mentions[r].Span)
	}
	return s + " " + orNone(m.Actor.Code)
}

// rootMention follows Antecedent links to the first mention of the chain.
// The walk is bounded, so a malformed cycle cannot hang it.
func rootMention(d *doc.Doc, mi int32) int32 {
	for k := 0; k < 64; k++ {
		a := d.Mentions[mi].Antecedent
		if a < 0 || int(a) >= len(d.Mentions) || a == mi {
			break
		}
		mi = a
	}
	return mi
}

func orNone(code string) string {
	if code == "" {
		return "-"
	}
	return code
}

// clip shortens s to about n bytes on a rune boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
