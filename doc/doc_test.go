package doc

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestSpanText(t *testing.T) {
	d := New(Article{Text: "Blinken met Lavrov."})
	cases := []struct {
		s    Span
		want string
	}{
		{Span{0, 7}, "Blinken"},
		{Span{12, 18}, "Lavrov"},
		{Span{}, ""},
		{Span{15, 100}, "rov."}, // clipped at the end of the text
		{Span{-3, 3}, "Bli"},    // clipped at the start
		{Span{5, 2}, ""},        // reversed: empty
	}
	for _, c := range cases {
		if got := d.Text(c.s); got != c.want {
			t.Errorf("Text(%v) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestSpanRelations(t *testing.T) {
	a, b, c := Span{0, 10}, Span{2, 5}, Span{10, 12}
	if !a.Contains(b) || b.Contains(a) {
		t.Error("Contains is wrong for nested spans")
	}
	if a.Overlaps(c) || !a.Overlaps(b) {
		t.Error("Overlaps is wrong: half-open spans that touch do not overlap")
	}
	if (Span{}).Len() != 0 || !(Span{}).Empty() {
		t.Error("the zero Span must be empty")
	}
}

func TestTagTablesRoundTrip(t *testing.T) {
	for p := UPOS(1); int(p) < NumUPOS; p++ {
		if q, ok := ParseUPOS(p.String()); !ok || q != p {
			t.Errorf("UPOS %d %q does not round-trip", p, p)
		}
	}
	for p := XPOS(1); int(p) < NumXPOS; p++ {
		if q, ok := ParseXPOS(p.String()); !ok || q != p {
			t.Errorf("XPOS %d %q does not round-trip", p, p)
		}
	}
	for r := DepRel(1); int(r) < NumDepRel; r++ {
		if q, ok := ParseDepRel(r.String()); !ok || q != r {
			t.Errorf("DepRel %d %q does not round-trip", r, r)
		}
	}
	if r, ok := ParseDepRel("nmod:npmod"); !ok || r != Nmod {
		t.Errorf("unknown subtype should fall back to its universal part, got %v %v", r, ok)
	}
	if NsubjPass.Universal() != Nsubj || OblTmod.Universal() != Obl || Obj.Universal() != Obj {
		t.Error("Universal strips subtypes only")
	}
	if UPOS(200).String() != "UPOS(200)" {
		t.Errorf("fallback name: %s", UPOS(200))
	}
}

type stage struct {
	name          string
	reads, writes Layer
	fn            func(*Doc) error
}

func (s stage) Name() string          { return s.name }
func (s stage) Reads() Layer          { return s.reads }
func (s stage) Writes() Layer         { return s.writes }
func (s stage) Annotate(d *Doc) error { return s.fn(d) }

func TestPipelineOrder(t *testing.T) {
	nop := func(*Doc) error { return nil }
	split := stage{"text", 0, Sentences, nop}
	parse := stage{"syntax", Sentences, Tags | Deps, nop}
	code := stage{"coder", Deps | Actors, Events, nop}
	if _, err := NewPipeline(split, parse); err != nil {
		t.Fatalf("valid order rejected: %v", err)
	}
	_, err := NewPipeline(split, code)
	if !errors.Is(err, ErrStageOrder) || !strings.Contains(err.Error(), "deps|actors") {
		t.Fatalf("coder before parser: got %v", err)
	}
}

func TestPipelineRecoversPanic(t *testing.T) {
	boom := stage{"boom", 0, 0, func(*Doc) error { panic("index out of range") }}
	p, err := NewPipeline(boom)
	if err != nil {
		t.Fatal(err)
	}
	err = p.Run(New(Article{ID: "a1"}))
	var se *StageError
	if !errors.As(err, &se) || se.Stage != "boom" || se.Article != "a1" {
		t.Fatalf("panic not turned into a located error: %v", err)
	}
}

// TestRunBatch wants every stage to annotate all the articles of a batch,
// in order, before the next stage starts; an article whose stage fails or
// panics goes through no later stage and gets the error Run would give,
// and the others go on.
func TestRunBatch(t *testing.T) {
	var log []string
	step := func(name string) func(*Doc) error {
		return func(d *Doc) error {
			log = append(log, name+":"+d.Article.ID)
			switch {
			case name == "b" && d.Article.ID == "2":
				return errors.New("no")
			case name == "a" && d.Article.ID == "3":
				panic("boom")
			}
			return nil
		}
	}
	p, err := NewPipeline(stage{"a", 0, Sentences, step("a")}, stage{"b", 0, Tags, step("b")}, stage{"c", 0, Deps, step("c")})
	if err != nil {
		t.Fatal(err)
	}
	ds := []*Doc{New(Article{ID: "1"}), New(Article{ID: "2"}), New(Article{ID: "3"})}
	errs := make([]error, len(ds))
	p.RunBatch(ds, errs)
	if got, want := strings.Join(log, " "), "a:1 a:2 a:3 b:1 b:2 c:1"; got != want {
		t.Errorf("stages ran %s, want %s", got, want)
	}
	var se *StageError
	if errs[0] != nil || !errors.As(errs[1], &se) || se.Stage != "b" || se.Article != "2" || !errors.As(errs[2], &se) || se.Stage != "a" {
		t.Errorf("errors %v", errs)
	}
	if ds[0].Layers() != Sentences|Tags|Deps || ds[1].Layers() != Sentences || ds[2].Layers() != 0 {
		t.Errorf("layers marked wrong")
	}
}

type batchStage struct {
	stage
	log *[]string
}

func (s batchStage) AnnotateBatch(ds []*Doc, errs []error) {
	for i, d := range ds {
		*s.log = append(*s.log, "batch:"+d.Article.ID)
		if d.Article.ID == "3" {
			errs[i] = errors.New("bad")
		}
	}
	if len(ds) == 2 {
		panic("two")
	}
}

// TestRunBatchStage wants a BatchStage given the articles still going, in
// one call, its errors located, and a panic of the call the error of
// every article it had.
func TestRunBatchStage(t *testing.T) {
	var log []string
	first := stage{"first", 0, Sentences, func(d *Doc) error {
		if d.Article.ID == "2" {
			return errors.New("no")
		}
		return nil
	}}
	p, err := NewPipeline(first, batchStage{stage{"b", Sentences, Tags, nil}, &log})
	if err != nil {
		t.Fatal(err)
	}
	ds := []*Doc{New(Article{ID: "1"}), New(Article{ID: "2"}), New(Article{ID: "3"})}
	errs := make([]error, len(ds))
	p.RunBatch(ds, errs)
	var se *StageError
	if got := strings.Join(log, " "); got != "batch:1 batch:3" {
		t.Errorf("batch stage saw %s", got)
	}
	if !errors.As(errs[1], &se) || se.Stage != "first" || !errors.As(errs[0], &se) || se.Stage != "b" || !strings.Contains(errs[0].Error(), "two") {
		t.Errorf("errors %v", errs)
	}
	log = nil
	ds = []*Doc{New(Article{ID: "1"}), New(Article{ID: "3"}), New(Article{ID: "4"})}
	errs = make([]error, len(ds))
	p.RunBatch(ds, errs)
	if errs[0] != nil || errs[2] != nil || !errors.As(errs[1], &se) || se.Stage != "b" || se.Article != "3" {
		t.Errorf("errors %v", errs)
	}
	if ds[0].Layers() != Sentences|Tags || ds[1].Layers() != Sentences {
		t.Errorf("layers marked wrong")
	}
}

// TestWarnBounded: a message repeated is kept MaxRepeatedWarnings times and
// noted once more; an article keeps MaxWarnings and one note in all.
func TestWarnBounded(t *testing.T) {
	d := New(Article{Text: "x"})
	for range 50 {
		d.Warn("coder", Span{0, 1}, "quotation mark opened twice")
	}
	if got := len(d.Diagnostics); got != MaxRepeatedWarnings+1 {
		t.Fatalf("%d diagnostics for 50 of one kind, want %d", got, MaxRepeatedWarnings+1)
	}
	if last := d.Diagnostics[MaxRepeatedWarnings].Msg; !strings.Contains(last, "only the first 10 are kept") {
		t.Errorf("last diagnostic %q, want the note that the rest are not kept", last)
	}
	d = New(Article{Text: "x"})
	for i := range 1000 {
		d.Warn("text", Span{0, 1}, fmt.Sprintf("problem %d", i))
	}
	if got := len(d.Diagnostics); got != MaxWarnings+1 {
		t.Fatalf("%d diagnostics for 1000 different ones, want %d", got, MaxWarnings+1)
	}
}
