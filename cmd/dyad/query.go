package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"dyad/doc"
	"dyad/export"
)

func runQuery(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("query", "query [--db dyad.db] [filters] [--quotes|--mentions] [--json]", stderr)
	db := fs.String("db", "dyad.db", "SQLite database")
	asJSON := fs.Bool("json", false, "one JSON object per row")
	quotes := fs.Bool("quotes", false, "list quotes instead of events")
	mentions := fs.Bool("mentions", false, "list every report of each event, with its evidence")
	var qf queryFlags
	qf.register(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	q, err := qf.query()
	if err != nil {
		return err
	}
	st, err := openStore(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	enc := json.NewEncoder(stdout)
	tw := tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	defer tw.Flush()
	switch {
	case *quotes:
		rows, err := st.Quotes(ctx, q)
		if err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintln(tw, "DATE\tSPEAKER\tCODE\tKIND\tQUOTE")
		}
		for _, r := range rows {
			if *asJSON {
				enc.Encode(export.QuoteRecordOf(r))
				continue
			}
			kind := "indirect"
			if r.Direct {
				kind = "direct"
			}
			if r.Partial {
				kind = "partial"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", export.DateText(r.Published, doc.Day), orDash(r.Speaker), orDash(r.SpeakerCode), kind, clip(r.Text, 90))
		}
	case *mentions:
		rows, err := st.Mentions(ctx, q)
		if err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tCODE\tCLAIMED BY\tEVIDENCE")
		}
		for _, r := range rows {
			if *asJSON {
				enc.Encode(export.RecordOf(r)) // docs/jsonl.md, as dyad code --format jsonl writes it
				continue
			}
			claimed := r.Voice
			if r.ClaimedBy != "" {
				claimed = r.ClaimedBy
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", export.DateText(r.Date, r.DatePrec), export.ActorText(r.Source, r.SourceName), export.ActorText(r.Target, r.TargetName), r.Code, claimed, clip(r.Evidence, 80))
		}
	default:
		rows, err := st.Events(ctx, q)
		if err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tCODE\tPLOVER\tQUAD\tMENTIONS\tARTICLES\tSOURCES\tFLAGS")
		}
		for _, r := range rows {
			if *asJSON {
				enc.Encode(export.EventRecordOf(r)) // docs/jsonl.md, "Clustered events"
				continue
			}
			flags := "-"
			if r.Negated {
				flags = "negated"
			} else if r.Modality != "" && r.Modality != "asserted" {
				flags = r.Modality
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", export.DateText(r.Date, r.DatePrec), export.ActorText(r.Source, r.SourceName), export.ActorText(r.Target, r.TargetName),
				r.Code, orDash(r.Plover), r.Quad, r.NumMentions, r.NumArticles, r.NumSources, flags)
		}
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
