package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"dyad/store"
	"dyad/store/sqlite"
)

// newFlags makes a FlagSet that reports errors instead of exiting, and
// prints its usage line and defaults on -h.
func newFlags(name, usageLine string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: dyad %s\n\nflags:\n", usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// newAboutFlags is newFlags for commands whose -h says more than the
// usage line: it prints usage as written (usage line, blank line,
// description), then the defaults.
func newAboutFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args allowing flags after positional arguments
// ("dyad ingest samples --db x.db"), as users type them.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// queryFlags are the filters shared by query and export.
type queryFlags struct {
	actor, source, target, dyad, code, plover, from, to, country, place, text, speaker, outlet string
	quad, limit, offset                                                                        int
}

func (q *queryFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&q.actor, "actor", "", "actor code prefix as source or target (USA, RUSGOV)")
	fs.StringVar(&q.source, "source", "", "source actor code prefix")
	fs.StringVar(&q.target, "target", "", "target actor code prefix")
	fs.StringVar(&q.dyad, "dyad", "", "source>target, e.g. USA>RUS")
	fs.StringVar(&q.code, "code", "", "CAMEO code or root prefix (04, 0431)")
	fs.StringVar(&q.plover, "plover", "", "PLOVER type (CONSULT, ASSAULT, ...)")
	fs.IntVar(&q.quad, "quad", 0, "quad class 1-4")
	fs.StringVar(&q.from, "from", "", "first day, YYYY-MM-DD")
	fs.StringVar(&q.to, "to", "", "last day, YYYY-MM-DD (inclusive)")
	fs.StringVar(&q.country, "country", "", "country of the event's place (ISO alpha-3)")
	fs.StringVar(&q.place, "place", "", "place name")
	fs.StringVar(&q.text, "text", "", "full-text search in the articles")
	fs.StringVar(&q.speaker, "speaker", "", "quote speaker (actor code prefix or name)")
	fs.StringVar(&q.outlet, "outlet", "", "outlet")
	fs.IntVar(&q.limit, "limit", 0, "at most this many rows (default 100 for query, all for export)")
	fs.IntVar(&q.offset, "offset", 0, "skip this many rows")
}

func (q *queryFlags) query() (store.Query, error) {
	out := store.Query{Actor: q.actor, Source: q.source, Target: q.target, Code: q.code,
		Plover: strings.ToUpper(q.plover), Quad: q.quad, Country: strings.ToUpper(q.country), Place: q.place,
		Text: q.text, Speaker: q.speaker, Outlet: q.outlet, Limit: q.limit, Offset: q.offset}
	if q.dyad != "" {
		s, t, ok := strings.Cut(q.dyad, ">")
		if !ok {
			return out, fmt.Errorf("%w: --dyad wants SOURCE>TARGET, e.g. USA>RUS (quote it in the shell)", errUsage)
		}
		out.Source, out.Target = strings.TrimSpace(s), strings.TrimSpace(t)
	}
	if q.quad < 0 || q.quad > 4 {
		return out, fmt.Errorf("%w: --quad must be 1-4", errUsage)
	}
	var err error
	if out.From, err = day(q.from, "--from"); err != nil {
		return out, err
	}
	if out.To, err = day(q.to, "--to"); err != nil {
		return out, err
	}
	if !out.To.IsZero() {
		out.To = out.To.AddDate(0, 0, 1) // the store's To is exclusive
	}
	return out, nil
}

func day(s, flagName string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("%w: %s %q is not a date; write YYYY-MM-DD", errUsage, flagName, s)
	}
	return t, nil
}

// openStore opens the database at path; readOnly commands refuse to create
// a new, empty one (a typo in --db should not look like "no events").
func openStore(path string, mustExist bool) (store.Store, error) {
	if mustExist {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no database at %s: run 'dyad ingest PATH --db %s' first, or name another with --db", path, path)
		}
	}
	return sqlite.Open(path, sqlite.Options{})
}
