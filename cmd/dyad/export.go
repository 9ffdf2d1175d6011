package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"os"

	"dyad/export"
	"dyad/store"
)

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", "export --format gdelt|plover|jsonl|csv|parquet [--db dyad.db] [--out FILE] [filters]", stderr)
	db := fs.String("db", "dyad.db", "SQLite database")
	format := fs.String("format", "jsonl", "gdelt, plover, jsonl, csv, parquet or table")
	out := fs.String("out", "-", "output file (- for standard output)")
	var qf queryFlags
	qf.register(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	q, err := qf.query()
	if err != nil {
		return err
	}
	if qf.limit == 0 {
		q.Limit = math.MaxInt32 // export everything unless asked
	}
	st, err := openStore(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = stdout
	var file *os.File
	if *out != "-" {
		if file, err = os.Create(*out); err != nil {
			return fmt.Errorf("cannot write %s: %v", *out, err)
		}
		defer file.Close()
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	ew, err := export.New(f, bw, export.Options{})
	if err != nil {
		return err
	}
	n := 0
	err = st.EachMention(context.Background(), q, func(m store.Mention) error {
		n++
		return ew.Write(m)
	})
	if err != nil {
		return fmt.Errorf("exporting from %s: %w", *db, err)
	}
	if err := ew.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", *out, err)
		}
		fmt.Fprintf(stderr, "wrote %d events to %s (%s)\n", n, *out, f)
	}
	return nil
}
