// Command dyad reads news and writes political event data.
//
// Each subcommand lives in its own file; this file only dispatches.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// command is one subcommand. The table below is the registry: a value, not
// filled by init side effects.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"code", "code one article: its events, with evidence (--explain)", runCode},
		{"ingest", "code files, folders, feeds, WARCs into the store (dyad.db) on all cores", runIngest},
		{"watch", "poll RSS/Atom feeds and code each new article into the store as it appears", runWatch},
		{"query", "list stored events, reports or quotes by actor, dyad, code, date, place, text", runQuery},
		{"stats", "count what the store holds: articles, events, quotes, failures, top dyads", runStats},
		{"export", "write stored events as GDELT, PLOVER, JSON Lines, CSV or Parquet", runExport},
		{"bench", "measure articles/s, sentences/s, events/s and memory, coding alone and into SQLite", runBench},
		{"parse", "split, tag and parse text; print CoNLL-U", runParse},
		{"actors", "resolve an article's mentions to actors; print each with its evidence", runActors},
		{"train", "train the tagger or the parser from a UD treebank", runTrain},
		{"eval", "score dyad against gold data (ud, seed, petrarch, tabari, plover-dyads, quotes)", runEval},
		{"version", "print the version", runVersion},
	}
}

// errUsage marks an error whose message already says how to call the command.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			err := c.run(args[1:], stdout, stderr)
			switch {
			case err == nil:
				return 0
			case errors.Is(err, flag.ErrHelp):
				return 0
			case errors.Is(err, errUsage):
				fmt.Fprintf(stderr, "dyad %s: %v\n", c.name, err)
				return 2
			default:
				fmt.Fprintf(stderr, "dyad %s: %v\n", c.name, err)
				return 1
			}
		}
	}
	fmt.Fprintf(stderr, "dyad: unknown command %q; run 'dyad help' for the list\n", args[0])
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad reads news and writes political event data: who did what to whom, when and where, who said so.")
	fmt.Fprintln(w, "\nusage: dyad <command> [flags] [args]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'dyad <command> -h' for a command's flags.")
}

// version is set by the linker for releases.
var version = "dev"

func runVersion(args []string, stdout, stderr io.Writer) error {
	fmt.Fprintln(stdout, "dyad", version)
	return nil
}
