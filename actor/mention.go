package actor

import (
	"dyad/doc"
)

// key appends the lower-cased words of [p, q) that are not a country or
// organisation to the key buffer and returns their range.
func (c *chunker) key(p, q int32) [2]int32 {
	s := c.s
	start := int32(len(s.keys))
	h := c.nextHit(p)
	for t := p; t < q; t++ {
		for h < len(s.hits) && s.hits[h].end <= t {
			h++
		}
		if h < len(s.hits) && s.hits[h].start <= t && !s.hits[h].e.Minor {
			// a state's name is left out: its code says it; a city's or a
			// province's is kept, as its code is the state's ("the Gujarat
			// government" is not "the Kerala government")
			switch s.hits[h].e.Kind {
			case CountryNom, CountryAdj, Org, Capital, Seat:
				continue
			}
		}
		if c.d.Tokens[t].UPOS == doc.DET {
			continue
		}
		if int32(len(s.keys)) > start {
			s.keys = append(s.keys, ' ')
		}
		s.keys = appendLower(s.keys, s.words[t])
	}
	return [2]int32{start, int32(len(s.keys))}
}

// titleKey is the key of a title the text does not give, in lower case:
// a dictionary person's office on the article's date ("president").
func (c *chunker) titleKey(title string) [2]int32 {
	s := c.s
	start := int32(len(s.keys))
	s.keys = appendLower(s.keys, title)
	return [2]int32{start, int32(len(s.keys))}
}

// appendLower appends w to dst with its ASCII capitals lower-cased.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		dst = append(dst, b)
	}
	return dst
}

// mention returns a mention over tokens [p, q) with its head: the token
// whose head lies outside the range (the last token when there is none).
func (c *chunker) mention(p, q int32, k doc.MentionKind) doc.Mention {
	d := c.d
	head := q - 1
	for t := p; t < q; t++ {
		if hd := d.Tokens[t].Head; hd < p || hd >= q {
			head = t
			break
		}
	}
	return doc.Mention{
		Span:       doc.Span{Start: d.Tokens[p].Span.Start, End: d.Tokens[q-1].Span.End},
		Tokens:     doc.TokRange{Start: p, End: q},
		Head:       head,
		Kind:       k,
		Antecedent: -1,
	}
}

// finish fills the features every mention has: sentence, quotation,
// subjecthood (of the whole chunk: the title may be what the parser made
// the subject) and conjunction.
func (c *chunker) finish(m *doc.Mention, inf *minfo) {
	d := c.d
	inf.sent = c.sent
	inf.quoted = c.s.quoted[m.Head]
	dep := d.Tokens[m.Head].Dep
	// the chunk's relation belongs to the mention that ends the chunk or
	// holds its head: the person after a title, not an organisation in it
	if m.Tokens.Start >= c.cs && m.Tokens.End <= c.ce {
		for t := c.cs; t < c.ce; t++ {
			if hd := d.Tokens[t].Head; hd < c.cs || hd >= c.ce {
				if m.Tokens.End == c.ce || m.Tokens.Start <= t && t < m.Tokens.End {
					dep = d.Tokens[t].Dep
				}
				break
			}
		}
	}
	inf.subject = dep == doc.Nsubj || dep == doc.NsubjPass
	inf.conj = dep == doc.Conj && !c.address(m)
}

// address: m is the state or region after a comma that the parse joined
// to the town before it ("a camp in Gulu, Uganda"): where the town is,
// not the second of a pair.
func (c *chunker) address(m *doc.Mention) bool {
	d := c.d
	switch m.Kind {
	case doc.Country, doc.Place, doc.PlaceActor:
	default:
		return false
	}
	p := m.Tokens.Start
	h := d.Tokens[m.Head].Head
	if p < 2 || h < 0 || h >= p || d.TokenText(int(p-1)) != "," {
		return false
	}
	mi := c.s.tokMention[h]
	if mi < 0 || int(mi) >= len(d.Mentions) || d.Mentions[mi].Tokens.End != p-1 {
		return false
	}
	k := d.Mentions[mi].Kind
	return k == doc.Place || k == doc.PlaceActor
}

// emit appends a mention that starts a chain of its own.
func (c *chunker) emit(m doc.Mention, inf minfo) {
	c.finish(&m, &inf)
	inf.root = int32(len(c.d.Mentions))
	c.push(m, inf)
}

// emitLinked appends a mention that continues its antecedent's chain
// (inf.root already set).
func (c *chunker) emitLinked(m doc.Mention, inf minfo) {
	c.finish(&m, &inf)
	c.push(m, inf)
}

func (c *chunker) push(m doc.Mention, inf minfo) {
	if inf.country == "" && m.Actor.Code != "" && m.Kind != doc.Owner {
		inf.country = code3(m.Actor.Code) // for descriptions that name a country
	}
	idx := int32(len(c.d.Mentions))
	c.d.Mentions = append(c.d.Mentions, m)
	c.s.info = append(c.s.info, inf)
	for t := m.Tokens.Start; t < m.Tokens.End; t++ {
		c.s.tokMention[t] = idx
	}
}

func code3(code string) string {
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

// isPronoun reports whether token t is a personal pronoun of the table.
// Taggers make them PRON (possessives sometimes DET).
func isPronoun(d *doc.Doc, s *scratch, t int32) bool {
	switch d.Tokens[t].UPOS {
	case doc.PRON, doc.DET, doc.NoPOS:
	default:
		return false
	}
	_, ok := pronouns[string(fold(s.words[t], &s.buf))]
	return ok
}
