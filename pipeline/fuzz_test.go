package pipeline

import (
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/doc"
)

var (
	fuzzOnce sync.Once
	fuzzPipe *doc.Pipeline
	fuzzErr  error
)

// FuzzCode runs the whole default pipeline (text, syntax, actors, coder)
// on arbitrary text: no stage may panic (Run turns a panic into an error
// that names it), and everything the stages write must point into the
// article: spans inside the text, indexes inside their slices.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		wire,
		"MOSCOW, March 2 (Reuters) - Russia said on Thursday it had expelled two U.S. diplomats.",
		`"We will not accept this," he said. "Never." She added: "They must leave`,
		"Rebels attacked the town on Monday, killing 12 soldiers, the army said.\n\nIt denied the report.",
		"The U.N. did not condemn Israel's decision, and Iran's government refused to meet Gen. Smith.",
		"“” ‘’ \"\"\" ((( ))) — -- ... … ?!",
		"Ã\xff\xfe\x00 \x01\x02 said said said",
		strings.Repeat("Obama urged Putin to ", 60) + "stop.",
		"Who attacked whom? Did Iran attack Iraq?",
		"NEW DELHI (Kyodo) -- U.S. Secretary of State Antony Blinken said Thursday he spoke briefly with Russian Foreign Minister Sergey Lavrov. (Kyodo)",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, day int64) {
		fuzzOnce.Do(func() { fuzzPipe, fuzzErr = Default(Options{}) })
		if fuzzErr != nil {
			t.Fatal(fuzzErr)
		}
		pub := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(day%4000))
		d := doc.New(doc.Article{ID: "fuzz", Text: text, Published: pub})
		start := time.Now()
		if err := fuzzPipe.Run(d); err != nil {
			t.Fatalf("%v\ntext: %q", err, text)
		}
		// Coding is linear in the text, about 100 KB a second on one
		// core: a short text that takes seconds has hit something that is not.
		if took := time.Since(start); took > 5*time.Second+time.Duration(len(text))*100*time.Microsecond {
			t.Fatalf("%d bytes took %v\ntext: %q", len(text), took, text)
		}
		checkInside(t, d)
	})
}

// checkInside fails when something the stages wrote points outside d.
func checkInside(t *testing.T, d *doc.Doc) {
	t.Helper()
	n := int32(len(d.Article.Text))
	span := func(what string, s doc.Span) {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("%s span %v outside the text (%d bytes): %q", what, s, n, d.Article.Text)
		}
	}
	mention := func(what string, m int32) {
		if m < -1 || m >= int32(len(d.Mentions)) {
			t.Fatalf("%s mention %d, but %d mentions", what, m, len(d.Mentions))
		}
	}
	ntok := int32(len(d.Tokens))
	for i, tok := range d.Tokens {
		span("token", tok.Span)
		if tok.Head < -1 || tok.Head >= ntok {
			t.Fatalf("token %d head %d, but %d tokens", i, tok.Head, ntok)
		}
	}
	for _, s := range d.Sentences {
		span("sentence", s.Span)
		if s.Tokens.Start < 0 || s.Tokens.End > ntok || s.Tokens.Start > s.Tokens.End {
			t.Fatalf("sentence tokens %v, but %d tokens", s.Tokens, ntok)
		}
	}
	for _, m := range d.Mentions {
		span("mention", m.Span)
		mention("antecedent", m.Antecedent)
	}
	for _, q := range d.Quotes {
		span("quote", q.Span)
		span("quote cue", q.Cue)
		span("quote speaker", q.SpeakerSpan)
		mention("quote speaker", q.Speaker)
		for _, p := range q.Pieces {
			span("quote piece", p)
		}
	}
	for _, e := range d.Events {
		if e.Sentence < 0 || int(e.Sentence) >= len(d.Sentences) {
			t.Fatalf("event sentence %d, but %d sentences", e.Sentence, len(d.Sentences))
		}
		span("event source", e.Source.Span)
		span("event target", e.Target.Span)
		span("event verb", e.Evidence.Verb)
		mention("event source", e.Source.Mention)
		mention("event target", e.Target.Mention)
		mention("event claim", e.ClaimedBy.Mention)
		if q := e.ClaimedBy.Quote; q < -1 || q >= int32(len(d.Quotes)) {
			t.Fatalf("event claimed by quote %d, but %d quotes", q, len(d.Quotes))
		}
	}
}
