package doc

import (
	"strconv"
	"strings"
	"time"

	"dyad/cameo"
)

// Participant is one side of an event: the actor and the mention it came from.
type Participant struct {
	Actor   Actor
	Mention int32 // index into Doc.Mentions; -1 when the actor was not named in the text
	Span    Span  // the text that gave the actor (the mention's span, or the phrase)
}

// Modality says how the text holds an event: as done, or only meant.
type Modality uint8

const (
	Asserted     Modality = iota // it happened: "Moscow withdrew from the pact"
	Intended                     // a plan or readiness: "plans to", "is ready to"
	Conditional                  // "would ... should it ...", "if"
	Hypothetical                 // questions, "could", speculation: not coded as events by default
	modalityEnd
)

var modalityNames = [...]string{"asserted", "intended", "conditional", "hypothetical"}

func (m Modality) String() string {
	if m < modalityEnd {
		return modalityNames[m]
	}
	return "Modality(" + strconv.Itoa(int(m)) + ")"
}

// Voice says who asserts an event or a claim.
type Voice uint8

const (
	ArticleVoice Voice = iota // the article's own narration
	SpeakerVoice              // a quoted or reported speaker
	OutletVoice               // another outlet or "media": "Russian media reported that"
)

var voiceNames = [...]string{"article", "speaker", "outlet"}

func (v Voice) String() string {
	if int(v) < len(voiceNames) {
		return voiceNames[v]
	}
	return "Voice(" + strconv.Itoa(int(v)) + ")"
}

// Attribution is who asserts an event.
type Attribution struct {
	Voice   Voice
	Mention int32 // speaker or outlet mention; -1 for the article's voice
	Quote   int32 // index into Doc.Quotes when the event comes from a quote; -1 otherwise
	// Span is the words that name a speaker no mention covers ("a senior
	// intelligence source said"); empty otherwise.
	Span Span
}

// DatePrecision says how much of Event.Date the text gave.
type DatePrecision uint8

const (
	NoDate DatePrecision = iota
	Year
	Month
	Day
)

// String is "year", "month", "day", or "" for NoDate.
func (p DatePrecision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return ""
}

// Evidence is what backs an event: nothing is coded that cannot be shown.
type Evidence struct {
	Verb       Span     // the verb or nominal that triggered the event
	Pattern    string   // the pattern that matched, with its lexicon entry ("verbs.txt:88 consult+with")
	Entries    []string // the lexicon entries used for source, target and verb ("file:line")
	Confidence float32  // in [0,1]
}

// Event is one coded event: who did what to whom, when and where, who says so.
type Event struct {
	Sentence  int32 // index into Doc.Sentences
	Source    Participant
	Target    Participant
	Code      cameo.Code
	Negated   bool
	Modality  Modality
	Date      time.Time
	DatePrec  DatePrecision
	Place     *GeoRef
	ClaimedBy Attribution
	Contested bool // a Claim links this event to an account that denies it
	Evidence  Evidence
}

// Quote is reported speech with its speaker.
type Quote struct {
	Span    Span  // the quoted content, without the quotation marks
	Speaker int32 // index into Doc.Mentions; -1 when no speaker was found
	// SpeakerSpan is the phrase that names the speaker when no mention
	// does (Speaker -1): "sources", "the conservative-leaning Tax
	// Foundation"; empty otherwise.
	SpeakerSpan Span
	Cue         Span // "said", "told", "quoted ... as telling"; empty when carried over
	Direct      bool // a quotation in marks, whole or in pieces (Pieces)
	Partial     bool // a quoted fragment inside the writer's sentence
	// Pieces are the stretches of Span in quotation marks when they are
	// not all of it: the pieces of one quotation the writer breaks with its
	// cue ('"X," he said, "Y."') or runs over paragraphs, Span running from
	// the first piece to the last; or, in an indirect quote (Direct false:
	// 'said Moscow should "reverse its decision"', 'called the plan "a
	// gamble"'), the fragments quoted in it. Nil when Span is one stretch in
	// marks, or holds none.
	Pieces []Span
}

// Claim links two attributed accounts of the same dyad and day that disagree.
type Claim struct {
	Asserted int32 // index into Doc.Events of the asserting account
	Disputed int32 // index into Doc.Quotes (or -1) of the denying account
	Denier   int32 // mention of who denies it; -1 if unknown
	Span     Span  // the denial in the text
}

// QuotedText is what a quote says as a reader reads it: the text of span,
// or for a quotation broken by its cue ('"X," he said, "Y."') its pieces
// joined by " … ", without the cue. text holds the article from byte base
// on (the whole article with base 0, or the quote's own span with base
// span.Start); pieces outside it are left out.
func QuotedText(text string, base int32, span Span, direct bool, pieces []Span) string {
	cut := func(s Span) string {
		a, b := s.Start-base, s.End-base
		if a < 0 || b > int32(len(text)) || b <= a {
			return ""
		}
		return text[a:b]
	}
	if !direct || len(pieces) < 2 {
		return cut(span)
	}
	var b strings.Builder
	for _, p := range pieces {
		t := cut(p)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(t)
	}
	return b.String()
}
