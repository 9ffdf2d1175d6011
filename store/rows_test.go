package store_test

import (
	"reflect"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/store"
	"dyad/store/storetest"
)

// TestMentionsOfContests: the rows `dyad code` prints carry who contests
// an event and the denial's words, as a store returns them; events no
// account denies carry none.
func TestMentionsOfContests(t *testing.T) {
	d := storetest.Meeting()
	ms := store.MentionsOf(d)
	if len(ms) != len(d.Events) {
		t.Fatalf("%d mentions, want %d", len(ms), len(d.Events))
	}
	denial := d.Text(d.Claims[0].Span) // the fixture's denial, quoted by its spokeswoman
	want := []store.Contest{{By: "Maria Zakharova", Text: denial, Span: d.Claims[0].Span}}
	if !reflect.DeepEqual(ms[0].Contests, want) || !strings.Contains(denial, "no meeting") {
		t.Errorf("contests %+v, want %+v", ms[0].Contests, want)
	}
	for _, m := range ms[1:] {
		if m.Contests != nil {
			t.Errorf("%s: contests %+v, want none", m.Code, m.Contests)
		}
	}
	d.Claims[0].Denier = -1 // a denial whose speaker is unknown
	if got := store.MentionsOf(d)[0].Contests; len(got) != 1 || got[0].By != "" || got[0].Span != (doc.Span(d.Claims[0].Span)) {
		t.Errorf("contests with an unknown denier: %+v", got)
	}
}
