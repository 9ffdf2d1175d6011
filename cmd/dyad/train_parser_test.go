package main

import (
	"path/filepath"
	"testing"

	"dyad/doc"
)

// TestTagCache writes the tags of two docs to a cache and reads them back
// into copies with the tags cleared; a cache for other token counts is
// refused, and an absent one reads as none.
func TestTagCache(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tags")
	mk := func(tags ...doc.XPOS) *doc.Doc {
		d := &doc.Doc{}
		for i, p := range tags {
			d.Tokens = append(d.Tokens, doc.Token{UPOS: doc.UPOS(i + 1), XPOS: p})
		}
		return d
	}
	train, dev := mk(3, 1, 4), mk(1, 5)
	if ok, err := readTagCache(path, train, dev); ok || err != nil {
		t.Fatalf("absent cache: read %v, %v", ok, err)
	}
	if err := writeTagCache(path, train, dev); err != nil {
		t.Fatal(err)
	}
	train2, dev2 := mk(0, 0, 0), mk(0, 0)
	for i := range train2.Tokens {
		train2.Tokens[i].UPOS = 0
	}
	for i := range dev2.Tokens {
		dev2.Tokens[i].UPOS = 0
	}
	if ok, err := readTagCache(path, train2, dev2); !ok || err != nil {
		t.Fatalf("read %v, %v", ok, err)
	}
	for _, c := range []struct{ got, want *doc.Doc }{{train2, train}, {dev2, dev}} {
		for i := range c.want.Tokens {
			g, w := c.got.Tokens[i], c.want.Tokens[i]
			if g.UPOS != w.UPOS || g.XPOS != w.XPOS {
				t.Errorf("token %d: read %v %v, want %v %v", i, g.UPOS, g.XPOS, w.UPOS, w.XPOS)
			}
		}
	}
	if _, err := readTagCache(path, mk(1, 2), dev2); err == nil {
		t.Error("a cache of 3+2 tokens read into docs of 2+2")
	}
}
