package text

import (
	"strings"
	"testing"
)

func TestJoinsPrevious(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens, with "+" before a token that joins the previous one
	}{
		{"I don't know.", "I do +n't know ."},
		{"Russia's war, Sanders' plan", "Russia +'s war , Sanders ' plan"},
		{"I'm gonna go, cannot stop", "I +'m gon +na go , can +not stop"},
		{"I dunno", "I du +n +no"},
		{"It's 5pm in the U.S.-led zone", "It +'s 5 pm in the U.S. - led zone"},
		{"\"Can't\"", "\" Ca +n't \""},
	}
	for _, c := range cases {
		d := annotate(t, c.in)
		var parts []string
		for i := range d.Tokens {
			w := d.TokenText(i)
			if JoinsPrevious(d, i) {
				w = "+" + w
			}
			parts = append(parts, w)
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
