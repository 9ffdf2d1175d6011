package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"dyad/eval"
)

// runEvalQuotes scores dyad's quotes and their speakers against PolNeAR
// attributions.
func runEvalQuotes(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval quotes", "usage: dyad eval quotes [DIR] [--json] [--join-pieces] [--show N] [--parser FILE]\n\n"+
		"Codes each article of a PolNeAR folder (text/ and attributions/; default\n"+
		"../shared/gold/quotes/polnear/dev) and scores dyad's quotes: content found when a quote\n"+
		"overlaps the gold content by at least half of it, speaker right when it is the gold source;\n"+
		"direct quotes (opening with a quotation mark) and indirect ones apart. dyad's quotes are direct\n"+
		"when doc.Quote.Direct: a quotation in marks, whole or in pieces; a fragment quoted in the\n"+
		"writer's sentence is not (PolNeAR and PARC count the sentence around it).", stderr)
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	parserFile := parserFlag(fs)
	show := fs.Int("show", 0, "also print up to `N` examples of each kind of error")
	join := fs.Bool("join-pieces", false, "let dyad's quotes over one gold content count together (dyad already makes one quote of a quotation broken by its cue; this measures the pieces it leaves apart)")
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dir := filepath.Join("..", "shared", "gold", "quotes", "polnear", "dev")
	switch len(dirs) {
	case 0:
	case 1:
		dir = dirs[0]
	default:
		return fmt.Errorf("%w: one folder at a time (have %d)", errUsage, len(dirs))
	}
	arts, skipped, err := eval.ReadPolnear(dir)
	if err != nil {
		return err
	}
	for _, e := range skipped {
		fmt.Fprintf(stderr, "dyad eval quotes: %v\n", e)
	}
	if len(arts) == 0 {
		return fmt.Errorf("%s: no article could be read (%d left out)", dir, len(skipped))
	}
	run, err := evalPipeline(parserFile)
	if err != nil {
		return err
	}
	docs, errs := eval.CodePolnear(arts, run)
	for _, e := range errs {
		fmt.Fprintf(stderr, "%s: %v\n", dir, e)
	}
	res := eval.ScoreQuoteDocs(arts, docs, eval.QuoteOptions{JoinPieces: *join})
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res.Figures())
	}
	rule := "one dyad quote must cover half of a gold content"
	other := eval.ScoreQuoteDocs(arts, docs, eval.QuoteOptions{JoinPieces: !*join})
	if *join {
		rule = "dyad's quotes over a gold content count together (--join-pieces)"
	}
	fmt.Fprintf(stdout, "articles %d; %s\n", res.Articles, rule)
	for _, c := range []struct {
		name string
		s    eval.QuoteClassScore
	}{{"direct", res.Direct}, {"indirect", res.Indirect}} {
		s := c.s
		fmt.Fprintf(stdout, "\n%s: precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f  speaker %.3f (%d/%d)\n",
			c.name, s.Precision(), s.DyadMatched, s.Dyad, s.Recall(), s.GoldFound, s.Gold, s.F1(),
			s.SpeakerAccuracy(), s.SpeakerRight, s.SpeakerGold)
		fmt.Fprintf(stdout, "  gold missed: %d with no dyad quote over them, %d overlapped by less than half\n", s.MissedUntouched, s.MissedPartly)
		fmt.Fprintf(stdout, "  speakers wrong: %d with no speaker, %d with another\n", s.SpeakerNone, s.SpeakerOther)
		fmt.Fprintf(stdout, "  dyad quotes unmatched: %d over no gold content, %d over less than half of one (%d of them partial quotes)\n",
			s.SpuriousAlone, s.SpuriousPartly, s.SpuriousPartial)
	}
	fmt.Fprintf(stdout, "\nwith --join-pieces %v: direct F1 %.3f (P %.3f, R %.3f), speaker %.3f; indirect F1 %.3f\n",
		!*join, other.Direct.F1(), other.Direct.Precision(), other.Direct.Recall(), other.Direct.SpeakerAccuracy(), other.Indirect.F1())
	if *show > 0 {
		shown := map[string]int{}
		fmt.Fprintln(stdout)
		for _, e := range res.Examples {
			key := e.Kind + fmt.Sprint(e.Direct)
			if shown[key] >= *show {
				continue
			}
			shown[key]++
			kind := "indirect"
			if e.Direct {
				kind = "direct"
			}
			fmt.Fprintf(stdout, "%s %s [%s]\n", e.Kind, kind, e.Article)
			if e.Gold != "" {
				fmt.Fprintf(stdout, "  gold: %q\n", clipText(e.Gold, 100))
			}
			if e.Dyad != "" {
				fmt.Fprintf(stdout, "  dyad: %q\n", clipText(e.Dyad, 100))
			}
			if e.Speaker != "" {
				fmt.Fprintf(stdout, "  speaker: %s\n", e.Speaker)
			}
		}
	}
	return nil
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
