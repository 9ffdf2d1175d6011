package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// story is a wire report written for this test.
const story = `GENEVA (Wire) - The foreign ministers of two neighbouring states met in Geneva on Monday to discuss their disputed border, officials said.

It was the first meeting between the two ministers in more than three years and followed weeks of quiet preparation by mediators from a third country.

Both delegations described the talks as frank and useful. A joint statement said the ministers had agreed to meet again within a month.

Technical teams will begin mapping the contested stretch of the frontier next week, the statement said, and both sides will pull back heavy weapons from a demilitarised strip.

Diplomats said the main obstacle remained the status of three villages that both governments claim, and that no progress had been made on that question.

The mediators said they were encouraged by the tone of the meeting and would host the next round as well.`

// syndicated is the same story as printed by another outlet: a new
// headline and byline and one sentence edited.
var syndicated = "Neighbours' ministers hold first talks in years\nBy Staff Reporter\n\n" + strings.Replace(story,
	"Both delegations described the talks as frank and useful.", "Both delegations called the talks frank, open and useful.", 1)

// other is a different report of the same meeting, in other words.
const other = `Two feuding neighbours sat down for talks in Switzerland at the start of the week, their first high-level contact since the border crisis began.

The top diplomats of both countries spent four hours together at a lakeside villa, a spokesman for the hosts said, and left without taking questions.

According to a short communique, they will see each other again in the coming weeks, while experts survey the frontier that has been the scene of repeated clashes.

Analysts cautioned that a handful of disputed villages could still wreck the process.`

func TestNearDuplicates(t *testing.T) {
	a, b, c := Of(story), Of(syndicated), Of(other)
	if a.Exact == b.Exact {
		t.Error("edited copy must not be an exact duplicate")
	}
	if s := Similarity(&a.Sig, &b.Sig); s < Threshold || !Near(&a.Sig, &b.Sig) {
		t.Errorf("syndicated copy: similarity %.2f < %.2f", s, Threshold)
	}
	if s := Similarity(&a.Sig, &c.Sig); s > 0.2 {
		t.Errorf("different story on the same event: similarity %.2f, too close", s)
	}
	if Of(strings.ToUpper(story)+"  ").Exact != a.Exact || Of(strings.ToUpper(story)).Sig != a.Sig {
		t.Error("case and spacing must change neither hash")
	}
	if Of(story+" And more.").Exact == a.Exact {
		t.Error("added words must change the exact hash")
	}
	// The candidate bands: a near copy shares at least one, the other story none.
	ab, bb, cb := a.Sig.Bands(), b.Sig.Bands(), c.Sig.Bands()
	shared := func(x, y [NumBands]int64) int {
		n := 0
		for i := range x {
			if x[i] == y[i] {
				n++
			}
		}
		return n
	}
	if shared(ab, bb) == 0 || shared(ab, cb) != 0 {
		t.Errorf("shared bands: copy %d, other %d", shared(ab, bb), shared(ab, cb))
	}
	t.Logf("similarity: syndicated %.2f, other %.2f; shared bands %d, %d", Similarity(&a.Sig, &b.Sig), Similarity(&a.Sig, &c.Sig), shared(ab, bb), shared(ab, cb))
}

func TestSignatureBytes(t *testing.T) {
	s := Of(story).Sig
	back, ok := SignatureFrom(s.Bytes())
	if !ok || back != s {
		t.Error("signature does not round-trip through Bytes")
	}
	if _, ok := SignatureFrom([]byte{1, 2, 3}); ok {
		t.Error("a short slice is not a signature")
	}
	// Short texts still get a signature: one or two words.
	if Of("Ceasefire").Sig == Of("Sanctions").Sig || Of("").Sig != Of("  ").Sig {
		t.Error("short texts")
	}
}

func BenchmarkOf(b *testing.B) {
	text := strings.Repeat(story+"\n\n", 5) // about 5 KB, a long article
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Of(text)
	}
}

// TestOfStable pins fingerprints to the values of the first release:
// signatures are stored, so a faster Of must compute the same ones. The
// texts mix ASCII and other scripts, case, digits and invalid UTF-8. sig is
// the first 16 hex digits of SHA-256 of Signature.Bytes.
func TestOfStable(t *testing.T) {
	cases := []struct{ text, exact, sig string }{
		{story, "10c1dce952c60004", "8b31760b5419f3e4"},
		{syndicated, "1266b5462d328c48", "e67f77ad0e93c8ac"},
		{"", "e3b0c44298fc1c14", "3d6876a0146de857"},
		{"Hello", "5e3235a8346e5a45", "96c6f709d26c3173"},
		{"Hello, World", "9e1b04359ce9f650", "c3d8f71fe8d9cf44"},
		{"The Élysée said 3 ÜBER-fast trains (TGV) left Paris at 09:30; Москва ответила.", "1c3347eac31acfe8", "9e97bd78a880c83e"},
		{"  MiXeD\tcase\n\nWORDS, words; wOrDs!! 12 34 56 ", "ac9928f8d29d8968", "ad1673e4c0a9a4d6"},
		{"naïve café résumé\xff\xfeinvalid bytes ok", "a86ea47d103a78c3", "f831476b964fbca8"},
	}
	for _, c := range cases {
		fp := Of(c.text)
		h := sha256.Sum256(fp.Sig.Bytes())
		if got := hex.EncodeToString(h[:8]); fp.Exact != c.exact || got != c.sig {
			t.Errorf("Of(%.30q) = %s, signature %s; want %s, %s", c.text, fp.Exact, got, c.exact, c.sig)
		}
	}
}
