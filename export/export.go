// Package export writes event mentions (store.Mention rows) in the formats
// researchers load: a table for people, our JSON Lines schema, CSV, PLOVER
// JSON records, the 61 columns of the GDELT 2.0 event table, and Parquet.
// `dyad code` and `dyad export` share these writers, so one article coded
// on the command line and a corpus exported from the store look the same.
package export

import (
	"fmt"
	"io"
	"strings"

	"dyad/store"
)

// Format is an output format.
type Format uint8

const (
	Table Format = iota
	JSONL
	CSV
	PLOVER
	GDELT
	Parquet
	formatEnd
)

var formatNames = [...]string{"table", "jsonl", "csv", "plover", "gdelt", "parquet"}

func (f Format) String() string {
	if f < formatEnd {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if n == strings.ToLower(s) {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q: use one of %s", s, strings.Join(formatNames[:], ", "))
}

// Writer writes mentions one at a time. Close flushes; it does not close the
// underlying io.Writer.
type Writer interface {
	Write(m store.Mention) error
	Close() error
}

// Options tune writers.
type Options struct {
	// Explain adds each event's evidence (sentence, spans, pattern, lexicon
	// entries) under it in the table format.
	Explain bool
}

// New returns a writer of format f onto w.
func New(f Format, w io.Writer, opt Options) (Writer, error) {
	switch f {
	case Table:
		return newTable(w, opt), nil
	case JSONL:
		return &jsonlWriter{w: w}, nil
	case CSV:
		return newCSV(w), nil
	case PLOVER:
		return &ploverWriter{w: w}, nil
	case GDELT:
		return newGDELT(w), nil
	case Parquet:
		return newParquet(w)
	}
	return nil, fmt.Errorf("export: format %v has no writer", f)
}
