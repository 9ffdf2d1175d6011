package actor

import (
	"sort"

	"dyad/doc"
)

// MentionAt returns the index in d.Mentions of the mention that token t
// belongs to, for stages after this one (the coder finds a verb's subject
// token and asks who it is). A token inside a mention's range gives that
// mention. A title word outside the name ("Secretary" in "U.S. Secretary
// of State Antony Blinken", which a parser may make the subject) gives
// the person whose name hangs off it. -1 when neither holds.
//
// It relies on Annotate's contract: mentions are in text order and do not
// overlap.
func MentionAt(d *doc.Doc, t int32) int32 {
	ms := d.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Tokens.End > t })
	if i < len(ms) && ms[i].Tokens.Start <= t {
		return int32(i)
	}
	// a title: the person mention right after it whose name's head is t,
	// or whose head's head is t ("Minister" ← "Sergey" ← "Lavrov")
	for j := i; j < len(ms) && j < i+2; j++ {
		m := &ms[j]
		if m.Kind != doc.Person || m.Head < 0 || int(m.Head) >= len(d.Tokens) {
			continue
		}
		h := d.Tokens[m.Head].Head
		if h == t || h >= 0 && int(h) < len(d.Tokens) && d.Tokens[h].Head == t && m.Tokens.Start > t {
			return int32(j)
		}
	}
	return -1
}
