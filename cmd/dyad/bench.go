package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"

	"dyad/doc"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/runner"
	"dyad/store/sqlite"
)

// benchRun is one measured phase of `dyad bench`.
type benchRun struct {
	Phase         string  `json:"phase"`
	Articles      int64   `json:"articles"`
	Sentences     int64   `json:"sentences"`
	Events        int64   `json:"events"`
	Seconds       float64 `json:"seconds"`
	ArticlesPerS  float64 `json:"articles_per_s"`
	SentencesPerS float64 `json:"sentences_per_s"`
	EventsPerS    float64 `json:"events_per_s"`
	PeakRSSMB     float64 `json:"peak_rss_mb"`
	// CPUSeconds is the process's user+system time in the phase; rates
	// per CPU-second are steadier than wall-clock rates on a shared machine,
	// and sentences per CPU-second is issue 4's speed figure (per core).
	CPUSeconds       float64 `json:"cpu_seconds"`
	ArticlesPerCPUS  float64 `json:"articles_per_cpu_s"`
	SentencesPerCPUS float64 `json:"sentences_per_cpu_s"`
}

func runBench(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("bench", "bench [PATH...] [--workers N] [--parser FILE] [--json]", stderr)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "coding goroutines")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 0, "code at most this many articles (0: all)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of both phases to this file (go tool pprof)")
	rounds := fs.Int("rounds", 1, "run the two phases this many times, alternating, and sum each phase's times (steadier on a shared machine)")
	batch := fs.Int("batch", 0, "articles per store transaction (0: the runner's default)")
	parserFile := parserFlag(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	// A parser model file times a candidate model without embedding it.
	var popt pipeline.Options
	if err := parserFile.options(&popt); err != nil {
		return err
	}
	if len(paths) == 0 {
		paths = []string{filepath.Join("..", "shared", "gold", "news")}
		if _, err := os.Stat(paths[0]); err != nil {
			return fmt.Errorf("%w: no PATH given and %s is absent; name a folder of articles", errUsage, paths[0])
		}
	}
	// Read every article once, so both phases code the same input and
	// neither pays for reading or decompressing it.
	var arts []doc.Article
	for a, err := range ingest.Read(context.Background(), paths, ingest.Options{}) {
		if err != nil {
			continue
		}
		arts = append(arts, a)
		if *limit > 0 && len(arts) >= *limit {
			break
		}
	}
	if len(arts) == 0 {
		return fmt.Errorf("no articles found in %s", strings.Join(paths, ", "))
	}
	src := func(yield func(doc.Article, error) bool) {
		for _, a := range arts {
			if !yield(a, nil) {
				return
			}
		}
	}
	newPipe := func() (*doc.Pipeline, error) { return pipeline.Default(popt) }
	// Warm up: load models and lexicon before the clock starts.
	if p, err := newPipe(); err == nil {
		p.Run(doc.New(arts[0]))
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("cannot write %s: %v", *cpuProfile, err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	// Each round codes the articles alone, then codes and stores them in a
	// fresh database; a phase's figures are summed over the rounds, so
	// alternating them spreads a change of load over both.
	var runs [2]benchRun
	runs[0].Phase, runs[1].Phase = "parse+code", "ingest into sqlite"
	add := func(r *benchRun, c runner.Counts, cpu float64) {
		r.Articles += c.Coded
		r.Sentences += c.Sentences
		r.Events += c.Events
		r.Seconds += c.Elapsed.Seconds()
		r.CPUSeconds += cpu
		r.PeakRSSMB = peakRSSMB()
	}
	dir, err := os.MkdirTemp("", "dyad-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	for round := range max(*rounds, 1) {
		cpu0 := cpuSeconds()
		c, err := runner.Run(context.Background(), src, newPipe, nil, runner.Options{Workers: *workers, DryRun: true})
		if err != nil {
			return err
		}
		add(&runs[0], c, cpuSeconds()-cpu0)

		cpu0 = cpuSeconds()
		st, err := sqlite.Open(filepath.Join(dir, fmt.Sprintf("bench%d.db", round)), sqlite.Options{})
		if err != nil {
			return err
		}
		c, err = runner.Run(context.Background(), src, newPipe, st, runner.Options{Workers: *workers, BatchSize: *batch})
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		add(&runs[1], c, cpuSeconds()-cpu0)
		os.Remove(filepath.Join(dir, fmt.Sprintf("bench%d.db", round)))
	}
	for i := range runs {
		r := &runs[i]
		r.ArticlesPerS = float64(r.Articles) / r.Seconds
		r.SentencesPerS = float64(r.Sentences) / r.Seconds
		r.EventsPerS = float64(r.Events) / r.Seconds
		r.ArticlesPerCPUS = float64(r.Articles) / r.CPUSeconds
		r.SentencesPerCPUS = float64(r.Sentences) / r.CPUSeconds
	}

	if *asJSON {
		out := map[string]any{"inputs": paths, "workers": *workers, "rounds": max(*rounds, 1), "parser": *parserFile.file, "neural": *parserFile.neural, "runs": runs,
			"storage_cost_wall": 1 - runs[1].ArticlesPerS/runs[0].ArticlesPerS,
			"storage_cost_cpu":  1 - runs[1].ArticlesPerCPUS/runs[0].ArticlesPerCPUS}
		return json.NewEncoder(stdout).Encode(out)
	}
	fmt.Fprintf(stdout, "%d articles from %s, %d workers, %d rounds\n\n", len(arts), strings.Join(paths, ", "), *workers, max(*rounds, 1))
	fmt.Fprintf(stdout, "%-20s %10s %12s %12s %10s %14s %15s %12s\n", "phase", "articles/s", "sentences/s", "events/s", "seconds", "articles/cpu-s", "sentences/cpu-s", "peak RSS MB")
	for _, r := range runs {
		fmt.Fprintf(stdout, "%-20s %10.0f %12.0f %12.0f %10.2f %14.0f %15.0f %12.0f\n", r.Phase, r.ArticlesPerS, r.SentencesPerS, r.EventsPerS, r.Seconds, r.ArticlesPerCPUS, r.SentencesPerCPUS, r.PeakRSSMB)
	}
	fmt.Fprintf(stdout, "\nstorage costs %.1f%% of parse+code throughput (wall clock), %.1f%% per CPU-second\n",
		100*(1-runs[1].ArticlesPerS/runs[0].ArticlesPerS), 100*(1-runs[1].ArticlesPerCPUS/runs[0].ArticlesPerCPUS))
	return nil
}

// cpuSeconds is the process's user+system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// peakRSSMB is the process's peak resident set (VmHWM), in MB; 0 where
// /proc is not available.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
