package tagger

import (
	"dyad/doc"
	"dyad/syntax/lemma"
)

// Stage is the pipeline step that tags every sentence and fills lemmas:
// it reads the sentences layer and writes the tags layer (UPOS, XPOS,
// Lemma of every token).
type Stage struct {
	model  *Model
	lemmas *lemma.Table
}

var _ doc.Stage = (*Stage)(nil)

// NewStage returns a tagging stage. A nil model or table means the
// embedded default; it fails only if that cannot be loaded.
func NewStage(m *Model, t *lemma.Table) (*Stage, error) {
	var err error
	if m == nil {
		if m, err = Default(); err != nil {
			return nil, err
		}
	}
	if t == nil {
		if t, err = lemma.Default(); err != nil {
			return nil, err
		}
	}
	return &Stage{model: m, lemmas: t}, nil
}

func (s *Stage) Name() string      { return "tagger" }
func (s *Stage) Reads() doc.Layer  { return doc.Sentences }
func (s *Stage) Writes() doc.Layer { return doc.Tags }

// Annotate tags and lemmatises every sentence of d.
func (s *Stage) Annotate(d *doc.Doc) error {
	for _, sent := range d.Sentences {
		s.model.Tag(d, sent.Tokens)
		r := sent.Tokens
		if r.Start < 0 || r.End > int32(len(d.Tokens)) {
			continue
		}
		for i := r.Start; i < r.End; i++ {
			t := &d.Tokens[i]
			t.Lemma = s.lemmas.Lemma(d.TokenText(int(i)), t.UPOS, t.XPOS)
		}
	}
	return nil
}
