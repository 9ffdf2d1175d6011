package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"dyad/cameo"
	"dyad/doc"
	"dyad/store"
)

type tableWriter struct {
	tw      *tabwriter.Writer
	w       io.Writer
	opt     Options
	started bool
	wrote   bool // any row or the "(no events)" line
}

func newTable(w io.Writer, opt Options) *tableWriter {
	return &tableWriter{w: w, opt: opt, tw: tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)}
}

func (t *tableWriter) Write(m store.Mention) error {
	if !t.started {
		fmt.Fprintln(t.tw, "DATE\tSOURCE\tTARGET\tCODE\tEVENT\tFLAGS\tCLAIMED BY")
		t.started = true
	}
	t.wrote = true
	name := ""
	if c, ok := cameo.Parse(m.Code); ok {
		name = c.Name()
	}
	var flags []string
	if m.Negated {
		flags = append(flags, "negated")
	}
	if m.Modality != "" && m.Modality != "asserted" {
		flags = append(flags, m.Modality)
	}
	if m.Contested {
		flags = append(flags, "contested")
	}
	claimed := m.Voice
	if m.ClaimedBy != "" {
		claimed = m.ClaimedBy
	}
	fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", day(m), ActorText(m.Source, m.SourceName), ActorText(m.Target, m.TargetName), m.Code,
		name, orDash(strings.Join(flags, ",")), claimed)
	if t.opt.Explain {
		// Evidence lines break the table's columns; flush the row first.
		if err := t.tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(t.w, "    sentence %d: %s\n", m.Sentence, m.Evidence)
		fmt.Fprintf(t.w, "    source %q [%d,%d)  verb [%d,%d)  target %q [%d,%d)\n",
			m.SourceName, m.SourceSpan.Start, m.SourceSpan.End, m.VerbSpan.Start, m.VerbSpan.End,
			m.TargetName, m.TargetSpan.Start, m.TargetSpan.End)
		if m.Pattern != "" {
			fmt.Fprintf(t.w, "    pattern %s\n", m.Pattern)
		}
		for _, e := range m.Entries {
			fmt.Fprintf(t.w, "    entry %s\n", e)
		}
		if m.Place != "" {
			fmt.Fprintf(t.w, "    place %s (%s)\n", m.Place, m.Country)
		}
		for _, c := range m.Contests {
			fmt.Fprintf(t.w, "    contested by %s: %q [%d,%d)\n", orUnknown(c.By), c.Text, c.Span.Start, c.Span.End)
		}
		fmt.Fprintf(t.w, "    confidence %.2f\n\n", m.Confidence)
	}
	return nil
}

func (t *tableWriter) Close() error {
	if !t.started && !t.wrote {
		fmt.Fprintln(t.tw, "(no events)")
		t.wrote = true
	}
	return t.tw.Flush()
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

// ActorText is how a table shows an event's participant: its actor code,
// else the words that name someone no dictionary codes, quoted (clipped
// to 30 characters), else "-".
func ActorText(code, name string) string {
	if code != "" || name == "" {
		return orDash(code)
	}
	name = strings.Join(strings.Fields(name), " ")
	if r := []rune(name); len(r) > 30 {
		name = string(r[:29]) + "…"
	}
	return strconv.Quote(name)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func day(m store.Mention) string {
	return DateText(m.Date, m.DatePrec)
}

// DateText writes a date as far as its precision goes, for people to
// read: "2024-05-28", "2024-05" for a month, "1980" for a year, "-" for
// none (the machine formats write the first day and the precision apart).
func DateText(t time.Time, p doc.DatePrecision) string {
	switch {
	case t.IsZero():
		return "-"
	case p == doc.Year:
		return t.Format("2006")
	case p == doc.Month:
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}
