package main

import (
	"sync"
	"testing"

	"dyad/doc"
	"dyad/pipeline"
)

// seedPipeline runs text → syntax → actor (the default models and
// dictionaries) on d.
func seedPipeline(t testing.TB, d *doc.Doc) error {
	t.Helper()
	if err := parseOnly(t, d); err != nil {
		return err
	}
	return stages[2].Annotate(d)
}

// parseOnly splits, tags and parses d with the default models.
func parseOnly(t testing.TB, d *doc.Doc) error {
	t.Helper()
	stagesOnce.Do(func() { stages, stagesErr = pipeline.Stages(pipeline.Options{}) })
	if stagesErr != nil {
		return stagesErr
	}
	if err := stages[0].Annotate(d); err != nil {
		return err
	}
	return stages[1].Annotate(d)
}

// stages are the default stages: text, syntax, actor, coder.
var (
	stagesOnce sync.Once
	stages     []doc.Stage
	stagesErr  error
)
