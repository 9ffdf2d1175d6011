package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"dyad/doc"
	"dyad/pipeline"
)

// runActors reads an article, splits, tags and parses it, resolves its
// mentions and prints every mention with the evidence for its code, so a
// user can audit the dictionaries.
func runActors(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "the article's publication `YYYY-MM-DD`, for dated roles (who held which office then)")
	asJSON := fs.Bool("json", false, "print one JSON object per mention instead of a table")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad actors [FILE|-] [--date YYYY-MM-DD] [--json]\n\n"+
			"Prints every mention of an actor or place in the article (standard input when FILE is - or absent):\n"+
			"its byte span, text, kind, resolved code and name, and the dictionary entry (file:line) or rule behind it.")
		fs.PrintDefaults()
	}
	// flags may come before or after the file
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) > 1 {
		return fmt.Errorf("%w: one file at a time (have %d)", errUsage, len(files))
	}
	var published time.Time
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return fmt.Errorf("%w: --date %q is not a date YYYY-MM-DD", errUsage, *date)
		}
		published = t
	}
	name, src := "-", io.Reader(os.Stdin)
	if len(files) == 1 && files[0] != "-" {
		f, err := os.Open(files[0])
		if err != nil {
			return err
		}
		defer f.Close()
		name, src = files[0], f
	}
	body, err := io.ReadAll(src)
	if err != nil {
		return fmt.Errorf("reading %s: %v", name, err)
	}
	p, err := actorPipeline()
	if err != nil {
		return err
	}
	d := doc.New(doc.Article{ID: name, Text: string(body), Published: published})
	if err := p.Run(d); err != nil {
		return err
	}
	if *asJSON {
		return writeMentionsJSON(stdout, d)
	}
	return writeMentions(stdout, d)
}

// actorPipeline is text → syntax → actor: the default pipeline without the coder.
func actorPipeline() (*doc.Pipeline, error) {
	st, err := pipeline.Stages(pipeline.Options{})
	if err != nil {
		return nil, err
	}
	return doc.NewPipeline(st[:3]...)
}

// writeMentions prints the mentions as a table, one line each.
func writeMentions(w io.Writer, d *doc.Doc) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "SPAN\tTEXT\tKIND\tCODE\tNAME\tEVIDENCE\tREFERS TO")
	for _, m := range d.Mentions {
		code := m.Actor.Code
		if code == "" {
			code = "-"
		}
		ante := ""
		if m.Antecedent >= 0 && int(m.Antecedent) < len(d.Mentions) {
			a := d.Mentions[m.Antecedent]
			ante = fmt.Sprintf("%q@%d", d.Text(a.Span), a.Span.Start)
		}
		fmt.Fprintf(tw, "%d-%d\t%q\t%s\t%s\t%s\t%s\t%s\n", m.Span.Start, m.Span.End, d.Text(m.Span), m.Kind,
			code, m.Actor.Name, m.Actor.Entry, ante)
	}
	return tw.Flush()
}

// mentionJSON is one line of --json output.
type mentionJSON struct {
	Start      int32  `json:"start"`
	End        int32  `json:"end"`
	Text       string `json:"text"`
	Kind       string `json:"kind"`
	Code       string `json:"code,omitempty"`
	Name       string `json:"name,omitempty"`
	Evidence   string `json:"evidence,omitempty"`
	Antecedent *int32 `json:"antecedent,omitempty"` // index of the mention it refers back to
	Place      string `json:"place_country,omitempty"`
}

func writeMentionsJSON(w io.Writer, d *doc.Doc) error {
	enc := json.NewEncoder(w)
	for _, m := range d.Mentions {
		j := mentionJSON{Start: m.Span.Start, End: m.Span.End, Text: d.Text(m.Span), Kind: m.Kind.String(),
			Code: m.Actor.Code, Name: m.Actor.Name, Evidence: m.Actor.Entry}
		if m.Antecedent >= 0 {
			a := m.Antecedent
			j.Antecedent = &a
		}
		if m.Geo != nil {
			j.Place = m.Geo.Country
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}
