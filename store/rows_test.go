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

// TestPronounSpeakerNames: a quote's speaker, an event's claimant or
// source that is a pronoun is named by the mention it refers to, when no
// dictionary names it ("he" after "Otieno Achieng" is Otieno Achieng);
// a pronoun that refers to nothing keeps its own word.
func TestPronounSpeakerNames(t *testing.T) {
	text := `Otieno Achieng spoke on Monday. "We will not talk," he said. "Never," she said.`
	d := doc.New(doc.Article{ID: "a1", Text: text})
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: int32(i), End: int32(i + len(s))}
	}
	d.Mentions = []doc.Mention{
		{Span: at("Otieno Achieng"), Kind: doc.Person, Antecedent: -1},
		{Span: at("he"), Kind: doc.Pronoun, Antecedent: 0},
		{Span: at("she"), Kind: doc.Pronoun, Antecedent: -1},
	}
	d.Quotes = []doc.Quote{
		{Span: at("We will not talk,"), Speaker: 1, Direct: true},
		{Span: at("Never,"), Speaker: 2, Direct: true},
	}
	d.Events = []doc.Event{{Code: 125, Source: doc.Participant{Mention: 1, Span: at("he")},
		Target:    doc.Participant{Mention: -1},
		ClaimedBy: doc.Attribution{Voice: doc.SpeakerVoice, Mention: 1, Quote: 0}}}
	qs := store.QuotesOf(d)
	if qs[0].Speaker != "Otieno Achieng" || qs[1].Speaker != "she" {
		t.Errorf("speakers %q, %q; want Otieno Achieng, she", qs[0].Speaker, qs[1].Speaker)
	}
	if m := store.MentionsOf(d)[0]; m.SourceName != "Otieno Achieng" || m.ClaimedBy != "Otieno Achieng" {
		t.Errorf("source %q, claimed by %q; want Otieno Achieng for both", m.SourceName, m.ClaimedBy)
	}
}

// TestUnnamedClaimants: a claimant no mention covers is named by the words
// of the say verb's subject, or by its quote's speaker words.
func TestUnnamedClaimants(t *testing.T) {
	text := `Kenya attacked Uganda, a senior intelligence source said. "We struck first," sources said.`
	d := doc.New(doc.Article{ID: "a1", Text: text})
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: int32(i), End: int32(i + len(s))}
	}
	d.Quotes = []doc.Quote{{Span: at("We struck first,"), Speaker: -1, SpeakerSpan: at("sources"), Direct: true}}
	d.Events = []doc.Event{
		{Code: 190, Source: doc.Participant{Mention: -1}, Target: doc.Participant{Mention: -1},
			ClaimedBy: doc.Attribution{Voice: doc.SpeakerVoice, Mention: -1, Quote: -1, Span: at("a senior intelligence source")}},
		{Code: 190, Source: doc.Participant{Mention: -1}, Target: doc.Participant{Mention: -1},
			ClaimedBy: doc.Attribution{Voice: doc.SpeakerVoice, Mention: -1, Quote: 0}},
		{Code: 190, Source: doc.Participant{Mention: -1}, Target: doc.Participant{Mention: -1},
			ClaimedBy: doc.Attribution{Voice: doc.ArticleVoice, Mention: -1, Quote: -1}},
	}
	var got []string
	for _, m := range store.MentionsOf(d) {
		got = append(got, m.ClaimedBy)
	}
	if want := []string{"a senior intelligence source", "sources", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("claimed by %q, want %q", got, want)
	}
}

// TestUnnamedSourceIDs: two people no dictionary codes who do the same to
// the same target on the same day are two events, told apart by the
// words that name them, with spacing and case folded; one named twice
// alike is one event.
func TestUnnamedSourceIDs(t *testing.T) {
	text := "Adam Otieno resigned. Mary Wanjiru resigned. ADAM  OTIENO resigned."
	d := doc.New(doc.Article{ID: "a1", Text: text})
	for i, name := range []string{"Adam Otieno", "Mary Wanjiru", "ADAM  OTIENO"} {
		at := strings.Index(text, name)
		d.Events = append(d.Events, doc.Event{Sentence: int32(i),
			Source: doc.Participant{Mention: -1, Span: doc.Span{Start: int32(at), End: int32(at + len(name))}},
			Target: doc.Participant{Mention: -1}})
	}
	ids := make([]string, 3)
	for i := range d.Events {
		_, _, _, ids[i] = store.EventKey(d, &d.Events[i])
	}
	if ids[0] == ids[1] || ids[0] != ids[2] {
		t.Errorf("event IDs %q: want the first and third alike, the second apart", ids)
	}
}

// TestNamesOneLine: a participant named by words that wrap over a line of
// wire copy, or a name holding a double space, is stored under a one-line
// name.
func TestNamesOneLine(t *testing.T) {
	text := "A different\nunion struck Kenya Airways a month ago."
	d := doc.New(doc.Article{ID: "a1", Text: text})
	src := doc.Span{Start: 2, End: int32(strings.Index(text, " struck"))}
	d.Events = []doc.Event{{Code: 143, Source: doc.Participant{Mention: -1, Span: src, Actor: doc.Actor{Code: "LAB"}},
		Target: doc.Participant{Mention: -1, Actor: doc.Actor{Code: "KENBUS", Name: "Kenya  Airways"}}}}
	d.Events[0].ClaimedBy = doc.Attribution{Voice: doc.SpeakerVoice, Mention: -1, Quote: -1, Span: src}
	m := store.MentionsOf(d)[0]
	if m.SourceName != "different union" || m.TargetName != "Kenya Airways" || m.ClaimedBy != "different union" {
		t.Errorf("names %q, %q, claimed by %q; want \"different union\", \"Kenya Airways\", \"different union\"", m.SourceName, m.TargetName, m.ClaimedBy)
	}
}
