package doc

import (
	"errors"
	"fmt"
	"strings"
)

// Layer is a set of annotation layers, as a bitset. Stages declare the
// layers they read and write; Pipeline checks the order once, when built,
// so there are no per-document checks.
type Layer uint16

const (
	Sentences Layer = 1 << iota // paragraphs, sentences and token spans
	Tags                        // UPOS, XPOS, lemmas
	Deps                        // heads and dependency labels
	Actors                      // mentions resolved to actors
	Quotes                      // quotes and their speakers
	Events                      // events and claims
	layerEnd
)

var layerNames = []string{"sentences", "tags", "deps", "actors", "quotes", "events"}

func (l Layer) String() string {
	var parts []string
	for i, n := range layerNames {
		if l&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

// Stage is one step of the pipeline. Annotate must not modify layers it
// does not declare in Writes; it returns an error only when the whole
// article cannot be annotated (a sentence it cannot handle becomes a
// Diagnostic instead).
type Stage interface {
	Name() string
	Reads() Layer
	Writes() Layer
	Annotate(d *Doc) error
}

// A BatchStage is a Stage that annotates several articles at once faster
// than one at a time. AnnotateBatch(ds, errs) must leave each ds[i] as
// Annotate(ds[i]) would and set errs[i] to what it would return (nil
// otherwise), catching a panic on one article as that article's error
// (see Protect): the others go on.
type BatchStage interface {
	Stage
	AnnotateBatch(ds []*Doc, errs []error)
}

// Protect runs fn, returning its error or, if it panics, the panic as an
// error.
func Protect(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report it with the article): %v", r)
		}
	}()
	return fn()
}

// Pipeline runs stages in order.
type Pipeline struct {
	stages []Stage
}

// ErrStageOrder is returned by NewPipeline when a stage reads a layer that no
// earlier stage writes.
var ErrStageOrder = errors.New("pipeline stage order")

// NewPipeline checks that every stage's reads are written by an earlier stage.
func NewPipeline(stages ...Stage) (*Pipeline, error) {
	var have Layer
	for _, s := range stages {
		if missing := s.Reads() &^ have; missing != 0 {
			return nil, fmt.Errorf("%w: %s reads %s, which no earlier stage writes", ErrStageOrder, s.Name(), missing)
		}
		have |= s.Writes()
	}
	return &Pipeline{stages: stages}, nil
}

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []Stage { return p.stages }

// StageError is a stage's failure on one article.
type StageError struct {
	Stage   string
	Article string // article ID or URL
	Err     error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("%s: article %s: %v", e.Stage, e.Article, e.Err)
}
func (e *StageError) Unwrap() error { return e.Err }

// Run annotates d with every stage in order. A panic in a stage is caught
// and returned as that stage's error, so one article never stops a batch.
func (p *Pipeline) Run(d *Doc) (err error) {
	for _, s := range p.stages {
		if err := stageDone(s, d, runStage(s, d)); err != nil {
			return err
		}
	}
	return nil
}

func runStage(s Stage, d *Doc) error {
	return Protect(func() error { return s.Annotate(d) })
}

// RunBatch is Run for each of ds, stage by stage: every stage annotates all
// of ds, in order, before the next stage starts, so that each stage's
// tables stay in the cache from one article to the next; a BatchStage
// gets them all in one call. errs[i] is what Run(ds[i]) would return; an
// article that fails at a stage goes through no later stage, as with Run.
func (p *Pipeline) RunBatch(ds []*Doc, errs []error) {
	var live []*Doc
	var liveAt []int
	var liveErrs []error
	for _, s := range p.stages {
		bs, ok := s.(BatchStage)
		if !ok {
			for i, d := range ds {
				if errs[i] == nil {
					errs[i] = stageDone(s, d, runStage(s, d))
				}
			}
			continue
		}
		live, liveAt = live[:0], liveAt[:0]
		for i, d := range ds {
			if errs[i] == nil {
				live, liveAt = append(live, d), append(liveAt, i)
			}
		}
		liveErrs = append(liveErrs[:0], make([]error, len(live))...)
		if err := Protect(func() error { bs.AnnotateBatch(live, liveErrs); return nil }); err != nil {
			for j := range liveErrs {
				liveErrs[j] = err // a panic outside any one article's work
			}
		}
		for j, d := range live {
			errs[liveAt[j]] = stageDone(s, d, liveErrs[j])
		}
	}
}

// stageDone marks the layers s wrote in d when err is nil, and returns err
// located as Run returns it.
func stageDone(s Stage, d *Doc, err error) error {
	if err == nil {
		d.MarkLayers(s.Writes())
		return nil
	}
	id := d.Article.ID
	if id == "" {
		id = d.Article.URL
	}
	return &StageError{Stage: s.Name(), Article: id, Err: err}
}
