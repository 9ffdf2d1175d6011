package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

func runStats(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("stats", "stats [--db dyad.db] [--top N] [--failures] [--json]", stderr)
	db := fs.String("db", "dyad.db", "SQLite database")
	asJSON := fs.Bool("json", false, "print JSON")
	top := fs.Int("top", 10, "length of the top dyad and actor lists")
	failures := fs.Bool("failures", false, "list recorded failures with their reasons")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := openStore(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	s, err := st.Stats(ctx, *top)
	if err != nil {
		return err
	}
	if *asJSON {
		out := map[string]any{"articles": s.Articles, "duplicates": s.Duplicates, "events": s.Events,
			"mentions": s.Mentions, "quotes": s.Quotes, "failures": s.Failures, "top_dyads": s.TopDyads, "top_actors": s.TopActors}
		if *failures {
			fl, err := st.Failures(ctx, 1000, 0)
			if err != nil {
				return err
			}
			out["failure_list"] = fl
		}
		return json.NewEncoder(stdout).Encode(out)
	}
	fmt.Fprintf(stdout, "%s: %d articles (%d duplicates folded in), %d events from %d reports, %d quotes, %d failures\n",
		*db, s.Articles, s.Duplicates, s.Events, s.Mentions, s.Quotes, s.Failures)
	if len(s.TopDyads) > 0 {
		fmt.Fprintln(stdout, "\ntop dyads (source>target: reports)")
		for _, c := range s.TopDyads {
			fmt.Fprintf(stdout, "  %-22s %d\n", dyadName(c.Name), c.N)
		}
	}
	if len(s.TopActors) > 0 {
		fmt.Fprintln(stdout, "\ntop actors (reports as source or target)")
		for _, c := range s.TopActors {
			fmt.Fprintf(stdout, "  %-22s %d\n", c.Name, c.N)
		}
	}
	if *failures {
		fl, err := st.Failures(ctx, 1000, 0)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, "\nfailures")
		for _, f := range fl {
			// a reader's reason may already start with the input's place
			fmt.Fprintf(stdout, "  %s  %s: %s\n", f.At.Format(time.DateTime), f.Key, strings.TrimPrefix(f.Reason, f.Key+": "))
		}
	}
	return nil
}

// dyadName shows a side no dictionary codes as "-", as the event tables
// do: "ARMMIL>-" is the Armenian military against one named only by words
// (the store counts all such under the empty code; --json keeps it so).
func dyadName(name string) string {
	src, tgt, ok := strings.Cut(name, ">")
	if !ok {
		return name
	}
	return orDash(src) + ">" + orDash(tgt)
}
