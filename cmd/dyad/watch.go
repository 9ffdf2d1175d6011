package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"dyad/doc"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/watch"
)

func runWatch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("watch", "watch FEEDS.txt [--every 5m] [--db dyad.db] [--once]", stderr)
	db := fs.String("db", "dyad.db", "SQLite database to write (created if missing)")
	every := fs.Duration("every", 5*time.Minute, "time between polls")
	once := fs.Bool("once", false, "poll once and exit (for tests and cron)")
	timeout := fs.Duration("timeout", 30*time.Second, "per request: feeds and pages that take longer are recorded as failures")
	gap := fs.Duration("host-gap", time.Second, "least time between two requests to one host")
	maxBytes := fs.Int64("max-page-bytes", ingest.DefaultMaxArticleBytes, "larger feeds and pages are recorded as failures")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "coding goroutines")
	dict := fs.String("dict", "", "`DIR` of dictionaries that extend the embedded ones: dyad's *.txt, PETRARCH/TABARI *.actors, *.agents, *.verbs")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) != 1 {
		fs.Usage()
		return fmt.Errorf("%w: name one file of feed URLs (one a line, # comments)", errUsage)
	}
	if *every < time.Second {
		return fmt.Errorf("%w: --every %s is too short; poll at most once a second", errUsage, *every)
	}
	feeds, err := watch.ReadFeedList(paths[0])
	if err != nil {
		return err
	}
	st, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()

	// Ctrl-C or kill: stop fetching, store what is being coded, and exit.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	opt := watch.Options{
		Every: *every, Timeout: *timeout, HostGap: *gap, MaxBytes: *maxBytes, Workers: *workers,
		UserAgent: "dyad/" + version + " (political event coder; watch polls feeds, at most 1 request/s per host)",
		Log:       stderr,
	}
	if *db != ":memory:" {
		opt.StatePath = *db + ".watch.json"
	}
	newPipe := func() (*doc.Pipeline, error) { return pipeline.Default(pipeline.Options{DictDir: *dict}) }
	w, err := watch.New(ctx, feeds, st, newPipe, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "watching %d feeds into %s", len(feeds), *db)
	if *once {
		fmt.Fprintln(stderr, " (once)")
		reps, err := w.Poll(ctx)
		var t watch.FeedReport
		for _, r := range reps {
			t.New += r.New
			t.Coded += r.Coded
			t.Skipped += r.Skipped
			t.Failed += r.Failed
		}
		fmt.Fprintf(stdout, "%s: %d feeds polled, %d new pages: %d coded, %d skipped (language), %d failed\n",
			*db, len(reps), t.New, t.Coded, t.Skipped, t.Failed)
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	fmt.Fprintf(stderr, " every %s; Ctrl-C stops\n", *every)
	if err := w.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintln(stderr, "stopped: what was fetched is stored; run the same command to go on")
	return nil
}
