package coder_test

import (
	"slices"
	"testing"

	"dyad/doc"
)

// TestPerfectAfterAdverb: a perfect "have" parted from its participle by
// an adverb of time is the participle's auxiliary, not the clause's verb.
func TestPerfectAfterAdverb(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kamau noted that Mexico had so far signed five trade accords with Kenya.", []string{"MEX>KEN:057"}},
		{"The Kenyan finance minister had earlier met Ugandan President Yoweri Museveni.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestSeveralGovernments: governments in the plural with no country of
// their own are several states', not the one in context; a state's
// "state governments" are its own.
func TestSeveralGovernments(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya signed six accords with creditor governments.", []string{"KEN>GOV:057"}},
		{"The Nigerian teachers union asked state governments to raise pay.", []string{"NGAEDULAB>NGAGOV:020"}},
	})
}

// TestAskedOpening: a sentence that opens "Asked ..." puts a question to
// the subject it shares; the subject asks nothing.
func TestAskedOpening(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Asked to comment on Ugandan criticism of the Kenyan central bank, the Kenyan official said the bank was sound.", nil},
		{"Asked why Kenya was first approaching creditor governments, the Kenyan finance minister said talks were needed.", nil},
		{"Kenya asked Uganda to reopen the border.", []string{"KEN>UGA:020"}},
	})
}

// TestAskedIsNoQuote: the question put in an opening "Asked ..." is not
// the words of the subject it is put to; what that subject says is.
func TestAskedIsNoQuote(t *testing.T) {
	p := pipeline(t)
	for _, tc := range []struct{ text, want string }{
		{`Asked to describe the talks with Uganda, the Kenyan foreign minister said "We will not go into that."`, `"We will not go into that."`},
		{"Asked what kind of bonds would suit Kenya, the Kenyan finance minister cited treasury bills.", ""},
	} {
		d := codeNews(t, p, tc.text)
		var got []string
		for _, q := range d.Quotes {
			got = append(got, d.Text(q.Span))
		}
		var want []string
		if tc.want != "" {
			want = []string{tc.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: quotes %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAdmittedIsClaimed: what someone concedes or admits happened is an
// event that someone claims, as what they say is.
func TestAdmittedIsClaimed(t *testing.T) {
	p := pipeline(t)
	for _, text := range []string{
		"The Kenyan government conceded that Ugandan troops had attacked the border post.",
		"The Kenyan minister admitted that police had beaten protesters.",
	} {
		d := codeNews(t, p, text)
		if len(d.Events) != 1 || d.Events[0].ClaimedBy.Voice != doc.SpeakerVoice {
			t.Errorf("%s: %d events, want one claimed by the speaker", text, len(d.Events))
		}
	}
}

// TestTimeIsNoTarget: a prepositional phrase that says when ("on the eve
// of", "on day two of") names no target through its of-phrase.
func TestTimeIsNoTarget(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya announced sanctions on eve of the Ugandan vote.", nil},
		{"Kenya imposed sanctions on Uganda on the eve of its election.", []string{"KEN>UGA:163"}},
	})
}

// TestThingShouldBring: what a thing should bring about for a state is
// foreseen, not demanded of that state.
func TestThingShouldBring(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Testing of the wells should put Kenya in a position to export oil next year, the Ugandan minister said.", nil},
		{"The new pipeline should give Kenya access to Ugandan crude, the Ugandan minister said.", nil},
		{"The Ugandan minister said Kenya should put its troops on alert.", []string{"UGAGOV>KEN:100"}},
	})
}

// TestContentClauseOfAgreement: "a claim that Uganda had agreed to begin
// talks" says what the claim holds; the claim's maker is no party to the
// talks.
func TestContentClauseOfAgreement(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan ministry declined comment on a local newspaper claim that Uganda had agreed to begin talks.", []string{"KENGOV>:011"}},
	})
}

// TestReceivedFromAfterSecondThing: what is received from someone may end
// in a word the parse takes for a second verb ("weapons and training from
// Britain"); the from-phrase still names the giver.
func TestReceivedFromAfterSecondThing(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan army has received weapons and training from the British military.", []string{"GBRMIL>KENMIL:072"}},
		{"Kenya received weapons and later bought tanks from Russia.", []string{"KEN>RUS:062"}},
	})
}
