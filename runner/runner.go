// Package runner codes a corpus: it reads articles from an iterator, codes
// them on several workers with the pipeline, and writes them to a store in
// batches. It owns the loop that `dyad ingest` and `dyad bench` run; the
// readers (ingest), the stages (text, syntax, actor, coder) and the store
// know nothing of each other.
//
// The loop's promises: one bad article never stops the run (it is recorded
// as a failure with its reason); a cancelled context stops reading, lets the
// workers finish what they hold, writes it, and returns, so the store is
// always consistent; articles already stored are skipped (resume).
package runner

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"dyad/doc"
	"dyad/ingest"
	"dyad/store"
)

// Options tune a run. The zero value is ready to use.
type Options struct {
	Workers    int           // coding goroutines; 0 means GOMAXPROCS
	BatchSize  int           // articles per store transaction; 0 means 1024
	FlushEvery time.Duration // write a partial batch at least this often; 0 means 2s
	// Resume skips articles whose ID the store already has, or an earlier
	// article of the same run had (the first copy wins). It costs one
	// lookup per article and a set of the run's IDs; without it the
	// store's idempotent writes still make a second run add nothing.
	Resume bool
	// Progress, when set, is called from one goroutine after every batch
	// and at the end.
	Progress func(Counts)
	// DryRun codes without writing (for benchmarks): st may be nil.
	DryRun bool
	// Note, when set, hears about inputs skipped as not articles (a README
	// in the folder). They are not failures and are not stored.
	Note func(msg string)
}

// Counts are a run's running totals.
type Counts struct {
	Read      int64 // articles read
	Coded     int64 // articles coded
	Skipped   int64 // articles skipped: already stored (resume)
	Failed    int64 // articles or inputs recorded as failures
	Notes     int64 // inputs skipped as not articles (a README in the folder)
	Sentences int64
	Events    int64
	Quotes    int64
	Elapsed   time.Duration
}

// NewPipeline builds one pipeline per worker, so stages need not be safe
// for concurrent use (the shipped ones are, and may share models).
type NewPipeline func() (*doc.Pipeline, error)

// Run codes every article of src into st and returns the totals. It returns
// an error only when the store fails (a full disk, a lost connection): then
// nothing of the failed batch is stored and the run stops; what was stored
// before stays. A cancelled ctx ends the run early with ctx.Err().
func Run(ctx context.Context, src iter.Seq2[doc.Article, error], newPipeline NewPipeline, st store.Store, opt Options) (Counts, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		// Stable IDs are hashes, so a commit rewrites pages all over the
		// indexes: on the whole gold news (19,293 articles) 1024 articles a
		// transaction cost the store 17-18 % of coding throughput against
		// 25-29 % at 256; on 3,000 articles 12-17 % against 11-13 %.
		opt.BatchSize = 1024
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 2 * time.Second
	}
	pipes := make([]*doc.Pipeline, opt.Workers)
	for i := range pipes {
		p, err := newPipeline()
		if err != nil {
			return Counts{}, fmt.Errorf("building the pipeline: %w", err)
		}
		pipes[i] = p
	}

	start := time.Now()
	var c counters
	// The store error stops everything: workers and reader watch runCtx.
	runCtx, stop := context.WithCancelCause(ctx)
	defer stop(nil)

	articles := make(chan numbered, opt.Workers*workBatch)
	results := make(chan result, opt.Workers*2)
	// window holds a token for every article read and not yet collected in
	// order; it bounds what waits behind a slow article.
	window := make(chan struct{}, opt.Workers*reorderWindow)

	// Reader: pulls from src, records reader failures, skips done articles.
	var failMu sync.Mutex
	var failures []failure
	go func() {
		defer close(articles)
		seq := 0
		seen := map[string]struct{}{} // the IDs of this run's articles (Resume)
		for a, err := range src {
			if err != nil {
				if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
					return
				}
				var f *ingest.Failure
				if errors.As(err, &f) && f.Skipped {
					c.notes.Add(1)
					if opt.Note != nil {
						opt.Note(f.Error())
					}
					continue
				}
				c.failed.Add(1)
				key := err.Error()
				if f != nil {
					key = failureKey(f)
				}
				failMu.Lock()
				failures = append(failures, failure{key: key, reason: err.Error()})
				failMu.Unlock()
				continue
			}
			c.read.Add(1)
			if opt.Resume && st != nil && !opt.DryRun {
				// An article whose ID an earlier article of this run had is
				// skipped whether or not that one is stored yet: asking the
				// store alone made which repeats were skipped, and so which
				// copy an event's date came from, depend on when batches
				// were flushed (the news sample skipped 21 repeats with one
				// worker and 8 with two).
				if _, again := seen[a.ID]; again && a.ID != "" {
					c.skipped.Add(1)
					continue
				}
				if ok, err := st.Has(runCtx, a.ID); err == nil && ok {
					c.skipped.Add(1)
					continue
				}
				if a.ID != "" {
					seen[a.ID] = struct{}{}
				}
			}
			select {
			case window <- struct{}{}:
			case <-runCtx.Done():
				return
			}
			select {
			case articles <- numbered{seq, a}:
				seq++
			case <-runCtx.Done():
				return
			}
		}
	}()

	// Workers: code the articles waiting, up to workBatch at a time, stage
	// by stage (doc.Pipeline.RunBatch): each stage's tables then stay in
	// the cache from one article to the next, where coding one article
	// through every stage in turn left each stage to find its tables
	// evicted by the others'. A worker does not wait for a batch to fill.
	// A panic or stage error becomes a failure of that article only
	// (doc.Pipeline recovers panics).
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func(p *doc.Pipeline) {
			defer wg.Done()
			var (
				seqs []int
				ds   []*doc.Doc
				errs []error
			)
			for a := range articles {
				seqs, ds = append(seqs[:0], a.seq), append(ds[:0], doc.New(a.Article))
			fill:
				for len(ds) < workBatch {
					select {
					case a, ok := <-articles:
						if !ok {
							break fill
						}
						seqs, ds = append(seqs, a.seq), append(ds, doc.New(a.Article))
					default:
						break fill
					}
				}
				if cap(errs) < len(ds) {
					errs = make([]error, workBatch)
				}
				errs = errs[:len(ds)]
				clear(errs)
				p.RunBatch(ds, errs)
				for i, d := range ds {
					// The writer drains results until they close, so this
					// never blocks for good; after a store error it drops
					// them.
					results <- result{seq: seqs[i], d: d, err: errs[i]}
				}
				clear(ds)
			}
		}(pipes[w])
	}
	go func() { wg.Wait(); close(results) }()

	// Collector and writer: the collector gathers coded docs into batches
	// and hands each to the writer goroutine, which stores it while the
	// next one fills. Written in the collector's loop, a batch stopped the
	// workers once the results channel was full: on two cores a quarter of
	// the run went by with one core idle. At most three batches are held:
	// one being written, one queued, one filling.
	batches := make(chan []*doc.Doc, 1)
	var storeErr error // set by the writer before it cancels runCtx
	var failedStore atomic.Bool
	wrote := make(chan struct{})
	go func() {
		defer close(wrote)
		for batch := range batches {
			if storeErr != nil {
				continue // drop what comes after a store error
			}
			failMu.Lock()
			fs := failures
			failures = nil
			failMu.Unlock()
			if !opt.DryRun && st != nil {
				// Failures are written with context.Background: a cancelled
				// run still records what it learnt.
				for _, f := range fs {
					if err := st.Fail(context.Background(), f.key, f.reason); err != nil {
						storeErr = err
					}
				}
				if len(batch) > 0 && storeErr == nil {
					if err := st.WriteBatch(context.Background(), batch); err != nil {
						storeErr = fmt.Errorf("writing %d articles: %w", len(batch), err)
					}
				}
			}
			if storeErr != nil {
				failedStore.Store(true)
				stop(storeErr)
				continue
			}
			for _, d := range batch {
				c.coded.Add(1)
				c.sentences.Add(int64(len(d.Sentences)))
				c.events.Add(int64(len(d.Events)))
				c.quotes.Add(int64(len(d.Quotes)))
			}
			if opt.Progress != nil {
				opt.Progress(c.snapshot(start))
			}
		}
	}()

	batch := make([]*doc.Doc, 0, opt.BatchSize)
	tick := time.NewTicker(opt.FlushEvery)
	defer tick.Stop()
	flush := func() {
		if failedStore.Load() {
			batch = batch[:0] // the writer drops it anyway
			return
		}
		batches <- batch
		batch = make([]*doc.Doc, 0, opt.BatchSize)
	}
	// Results are collected in the order the articles were read, so a
	// corpus is stored the same way on every run and any number of workers:
	// which of two near copies is kept, and so what is coded, depends on
	// which is stored first.
	pending := map[int]result{}
	next := 0
	collect := func(r result) {
		if r.err != nil {
			c.failed.Add(1)
			failMu.Lock()
			failures = append(failures, failure{key: r.d.Article.ID, reason: r.err.Error()})
			failMu.Unlock()
			return
		}
		batch = append(batch, r.d)
		if len(batch) >= opt.BatchSize {
			flush()
		}
	}
	for {
		select {
		case r, ok := <-results:
			if !ok {
				flush()
				close(batches)
				<-wrote
				total := c.snapshot(start)
				if storeErr != nil {
					return total, storeErr
				}
				return total, ctx.Err()
			}
			pending[r.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				collect(r)
			}
		case <-tick.C:
			flush()
		}
	}
}

// reorderWindow is how many articles a worker may be ahead of the oldest
// one not yet coded: enough that one slow article rarely idles the others.
const reorderWindow = 2 * workBatch

// workBatch is the most articles a worker codes stage by stage at once
// (see Run), half the reorder window so that one worker's batch leaves
// the others articles to code. Coding batches of Reuters articles in one
// process, alternating with coding them one at a time, took 1/1.09 to
// 1/1.16 of the CPU time with batches of 32 (8: 1.07-1.14, 128: 1.14-1.17);
// dyad bench ran 1.03-1.04 times as fast per CPU-second with 128 as with
// 32 (256 was no faster than 128).
const workBatch = 128

type numbered struct {
	seq int
	doc.Article
}

type result struct {
	seq int
	d   *doc.Doc
	err error
}

type failure struct{ key, reason string }

func failureKey(f *ingest.Failure) string {
	switch {
	case f.Line > 0:
		return fmt.Sprintf("%s:%d", f.Input, f.Line)
	case f.Record > 0:
		return fmt.Sprintf("%s#%d", f.Input, f.Record)
	}
	return f.Input
}

type counters struct {
	read, coded, skipped, failed, notes, sentences, events, quotes atomic.Int64
}

func (c *counters) snapshot(start time.Time) Counts {
	return Counts{
		Read: c.read.Load(), Coded: c.coded.Load(), Skipped: c.skipped.Load(),
		Failed: c.failed.Load(), Notes: c.notes.Load(), Sentences: c.sentences.Load(),
		Events: c.events.Load(), Quotes: c.quotes.Load(), Elapsed: time.Since(start),
	}
}
