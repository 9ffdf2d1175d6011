package actor

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"dyad/doc"
)

// Entity is one expected entity of a gold article, as in the seed
// example's expected.json "entities" list.
type Entity struct {
	Text   string   `json:"text"`
	Kind   string   `json:"kind"`
	Actor  *string  `json:"actor"` // code prefix; nil: the text names no actor
	AlsoAs []string `json:"also_as"`
}

// EntityScore is the verdict on one entity.
type EntityScore struct {
	Entity Entity
	Right  bool
	Why    string // for a wrong entity: the mention that was wrong or missing
}

// ReadEntities reads the "entities" list of an expected.json.
func ReadEntities(r io.Reader, name string) ([]Entity, error) {
	var gold struct {
		Entities []Entity `json:"entities"`
	}
	if err := json.NewDecoder(r).Decode(&gold); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(gold.Entities) == 0 {
		return nil, fmt.Errorf("%s: no \"entities\" list", name)
	}
	return gold.Entities, nil
}

// ScoreEntities applies the seed example's entity rule to d's mentions: an
// entity is right when the first mention with its text, and every mention
// of each text in AlsoAs, resolves to an actor whose code begins with
// Actor (nil Actor: no actor; a text with no mention at all then counts as
// right). Texts compare exactly, except that an AlsoAs text in lower case
// ("he", "the foreign minister") also covers its capitalised form at the
// start of a sentence.
func ScoreEntities(d *doc.Doc, want []Entity) (scores []EntityScore, right int) {
	for _, e := range want {
		s := EntityScore{Entity: e, Right: true}
		first := -1
		for i, m := range d.Mentions {
			if d.Text(m.Span) == e.Text {
				first = i
				break
			}
		}
		switch {
		case first < 0 && e.Actor != nil:
			s.Right, s.Why = false, fmt.Sprintf("no mention %q", e.Text)
		case first >= 0:
			if ok, why := codeFits(d, first, e.Actor); !ok {
				s.Right, s.Why = false, why
			}
		}
		for _, alias := range e.AlsoAs {
			if !s.Right {
				break
			}
			seen := false
			lowerAlias := alias != "" && alias[0] >= 'a' && alias[0] <= 'z'
			for i, m := range d.Mentions {
				t := d.Text(m.Span)
				if t != alias && !(lowerAlias && strings.EqualFold(t, alias)) {
					continue
				}
				seen = true
				if ok, why := codeFits(d, i, e.Actor); !ok {
					s.Right, s.Why = false, why
					break
				}
			}
			if !seen && s.Right {
				s.Right, s.Why = false, fmt.Sprintf("no mention %q", alias)
			}
		}
		if s.Right {
			right++
		}
		scores = append(scores, s)
	}
	return scores, right
}

func codeFits(d *doc.Doc, i int, want *string) (bool, string) {
	m := d.Mentions[i]
	code := m.Actor.Code
	if want == nil {
		if code == "" {
			return true, ""
		}
		return false, fmt.Sprintf("%q at byte %d is %s (%s), want no actor", d.Text(m.Span), m.Span.Start, code, m.Actor.Entry)
	}
	if code != "" && strings.HasPrefix(code, *want) {
		return true, ""
	}
	got := code
	if got == "" {
		got = "unknown"
	}
	return false, fmt.Sprintf("%q at byte %d is %s (%s), want %s...", d.Text(m.Span), m.Span.Start, got, m.Actor.Entry, *want)
}
