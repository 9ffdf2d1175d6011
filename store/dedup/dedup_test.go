package dedup

import (
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
	if d := Distance(a.Sim, b.Sim); d > MaxDistance {
		t.Errorf("syndicated copy: distance %d > %d", d, MaxDistance)
	}
	if d := Distance(a.Sim, c.Sim); d <= 2*MaxDistance {
		t.Errorf("different story on the same event: distance %d, too close", d)
	}
	if Of(strings.ToUpper(story)+"  ").Exact != a.Exact {
		t.Error("case and spacing must not change the exact hash")
	}
	if Of(story+" And more.").Exact == a.Exact {
		t.Error("added words must change the exact hash")
	}
	t.Logf("distances: syndicated %d, other %d", Distance(a.Sim, b.Sim), Distance(a.Sim, c.Sim))
}

func TestBands(t *testing.T) {
	x := uint64(0x0123456789abcdef)
	// 0x0123456789abcdef in 13-bit groups from the low end.
	if got := Bands(x); got != [NumBands]int64{0x0def, 0x0d5e, 0x19e2, 0x068a, 0x0012} {
		t.Errorf("Bands = %x", got)
	}
	// MaxDistance flipped bits, one in each of four bands: the fifth band is equal.
	y := x ^ (1 | 1<<14 | 1<<27 | 1<<40)
	bx, by := Bands(x), Bands(y)
	if bx[4] != by[4] || bx[0] == by[0] {
		t.Error("only the untouched band should be equal")
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
