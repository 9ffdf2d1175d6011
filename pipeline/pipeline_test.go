package pipeline

import (
	"sync"
	"testing"
	"time"

	"dyad/cameo"
	"dyad/doc"
)

// A short wire report written for this test: one meeting, one threat
// that stays a threat, one negated agreement.
const wire = `Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Beijing on Tuesday.

Officials said there was no agreement on a new gas pipeline.`

func TestDefaultCodesAWireReport(t *testing.T) {
	p, err := Default(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range p.Stages() {
		names = append(names, s.Name())
	}
	if got := len(names); got != 4 {
		t.Fatalf("stages %v, want text, syntax, actor, coder", names)
	}
	d := doc.New(doc.Article{ID: "t1", Text: wire, Published: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)})
	if err := p.Run(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 {
		t.Errorf("%d sentences, want 2", len(d.Sentences))
	}
	var meet *doc.Event
	for i, e := range d.Events {
		if e.Code.IsUnder(cameo.MustParse("04")) {
			meet = &d.Events[i]
		}
		if e.Code.IsUnder(cameo.MustParse("05")) || e.Code.IsUnder(cameo.MustParse("06")) {
			t.Errorf("negated agreement coded as an event: %+v", e)
		}
	}
	if meet == nil {
		t.Fatalf("no meeting coded; events: %+v", d.Events)
	}
	if meet.Source.Actor.Code[:3] != "CHN" || meet.Target.Actor.Code[:3] != "RUS" {
		t.Errorf("meeting %s → %s, want CHN… → RUS…", meet.Source.Actor.Code, meet.Target.Actor.Code)
	}
	// "on Tuesday" in an article published Wednesday 2024-04-10.
	if got := meet.Date.Format("2006-01-02"); got != "2024-04-09" {
		t.Errorf("meeting dated %s, want 2024-04-09", got)
	}
}

// One pipeline serves many goroutines: the stages share read-only models.
func TestDefaultIsSafeForConcurrentUse(t *testing.T) {
	p, err := Default(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	counts := make([]int, 8)
	for g := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := doc.New(doc.Article{Text: wire, Published: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)})
			if err := p.Run(d); err != nil {
				t.Error(err)
			}
			counts[g] = len(d.Events)
		}()
	}
	wg.Wait()
	for _, n := range counts[1:] {
		if n != counts[0] {
			t.Errorf("event counts differ between goroutines: %v", counts)
		}
	}
}

func TestDictDirMustBeAFolder(t *testing.T) {
	if _, err := Default(Options{DictDir: "no/such/folder"}); err == nil {
		t.Error("a missing --dict folder was accepted")
	}
}
