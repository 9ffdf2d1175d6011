package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"dyad/doc"
	"dyad/eval"
	"dyad/syntax/conllu"
)

// udReport is the JSON that `dyad eval ud --json` prints.
type udReport struct {
	GoldTokens struct {
		UPOS float64 `json:"upos"`
		XPOS float64 `json:"xpos"`
		UAS  float64 `json:"uas"`
		LAS  float64 `json:"las"`
	} `json:"gold_tokens"`
	RawText struct {
		TokensF1    float64 `json:"tokens_f1"`
		WordsF1     float64 `json:"words_f1"`
		SentencesF1 float64 `json:"sentences_f1"`
		UPOS        float64 `json:"upos"`
		UAS         float64 `json:"uas"`
		LAS         float64 `json:"las"`
	} `json:"raw_text"`
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
}

// runEvalUD scores the tagger and parser on a UD treebank split twice: on
// the gold tokens, and on the raw text rebuilt from the file (tokenised and
// split by the text stage), as the CoNLL 2018 shared task's script does.
func runEvalUD(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval ud", flag.ContinueOnError)
	fs.SetOutput(stderr)
	treebank := fs.String("treebank", filepath.Join("..", "shared", "ud", "UD_English-EWT"), "UD treebank directory")
	split := fs.String("split", "test", "split to score: train, dev or test")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	parserFile := parserFlag(fs)
	taggerFile := fs.String("tagger", "", "tagger model `file` (default: the embedded model)")
	genre := fs.String("genre", "", "score only the sentences whose sent_id starts with `prefix` (e.g. GUM_news_ for GUM's news genre)")
	goldTags := fs.Bool("gold-tags", false, "parse the gold tokens with their gold tags (raw text is then not scored)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, _ := filepath.Glob(filepath.Join(*treebank, "*-ud-"+*split+".conllu"))
	if len(files) != 1 {
		return fmt.Errorf("treebank %s: want one *-ud-%s.conllu file, found %d (is --treebank a UD treebank directory?)", *treebank, *split, len(files))
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		return err
	}
	if *genre != "" {
		if raw = sentencesWithID(raw, *genre); len(raw) == 0 {
			return fmt.Errorf("%s: no sentence has a sent_id starting with %q", files[0], *genre)
		}
	}
	st, err := syntaxStage(parserFile, *taggerFile, *goldTags)
	if err != nil {
		return err
	}

	// Gold tokens: tag and parse the gold words.
	tb, err := conllu.Read(bytes.NewReader(raw), files[0])
	if err != nil {
		return err
	}
	sys := &doc.Doc{Article: tb.Doc.Article, Paragraphs: tb.Doc.Paragraphs, Sentences: tb.Doc.Sentences,
		Tokens: make([]doc.Token, len(tb.Doc.Tokens))}
	sys.Sentences = append([]doc.Sentence(nil), tb.Doc.Sentences...)
	for i, t := range tb.Doc.Tokens {
		sys.Tokens[i] = doc.Token{Span: t.Span, Flags: t.Flags}
		if !st.tags {
			sys.Tokens[i].UPOS, sys.Tokens[i].XPOS = t.UPOS, t.XPOS
		}
	}
	if err := st.syntax.Annotate(sys); err != nil {
		return err
	}
	gs := eval.GoldTokenScores(tb.Doc, sys)

	// Raw text: rebuild the text, run the whole front of the pipeline.
	gold, err := eval.ReadGoldUD(bytes.NewReader(raw), files[0])
	if err != nil {
		return err
	}
	var rs eval.UDScores
	rawOK := st.tags
	if rawOK {
		d := doc.New(doc.Article{ID: files[0], Text: gold.Text})
		if err := st.text.Annotate(d); err != nil {
			return err
		}
		if err := st.syntax.Annotate(d); err != nil {
			return err
		}
		if rs, err = eval.ScoreUD(&gold.UDTreebank, eval.FromDoc(d)); err != nil {
			return fmt.Errorf("%s: %w", files[0], err)
		}
	}

	var rep udReport
	rep.GoldTokens.UPOS, rep.GoldTokens.XPOS = gs.UPOS.F1(), gs.XPOS.F1()
	rep.GoldTokens.UAS, rep.GoldTokens.LAS = gs.UAS.F1(), gs.LAS.F1()
	rep.RawText.TokensF1, rep.RawText.WordsF1, rep.RawText.SentencesF1 = rs.Tokens.F1(), rs.Words.F1(), rs.Sentences.F1()
	rep.RawText.UPOS, rep.RawText.UAS, rep.RawText.LAS = rs.UPOS.F1(), rs.UAS.F1(), rs.LAS.F1()
	rep.Sentences, rep.Tokens = len(gold.Sentences), len(gold.Words)
	if *asJSON {
		return json.NewEncoder(stdout).Encode(rep)
	}
	fmt.Fprintf(stdout, "%s: %d sentences, %d words\n", files[0], rep.Sentences, rep.Tokens)
	if !st.tags {
		fmt.Fprintln(stdout, "gold tags: the parser sees the gold tags (UPOS and XPOS read 1)")
	}
	fmt.Fprintf(stdout, "%-12s %8s %8s %8s %8s %8s %8s %8s\n", "", "tokens", "words", "sents", "UPOS", "XPOS", "UAS", "LAS")
	fmt.Fprintf(stdout, "%-12s %8s %8s %8s %8.4f %8.4f %8.4f %8.4f\n", "gold tokens", "-", "-", "-", rep.GoldTokens.UPOS, rep.GoldTokens.XPOS, rep.GoldTokens.UAS, rep.GoldTokens.LAS)
	if rawOK {
		fmt.Fprintf(stdout, "%-12s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f\n", "raw text", rep.RawText.TokensF1, rep.RawText.WordsF1, rep.RawText.SentencesF1, rep.RawText.UPOS, rs.XPOS.F1(), rep.RawText.UAS, rep.RawText.LAS)
	} else {
		fmt.Fprintln(stdout, "raw text: not scored with --gold-tags")
	}
	return nil
}

// sentencesWithID keeps the sentences of a CoNLL-U file (blocks separated
// by blank lines) that have a "# sent_id = " comment starting with prefix.
func sentencesWithID(raw []byte, prefix string) []byte {
	var out []byte
	want := []byte("# sent_id = " + prefix)
	for len(raw) > 0 {
		block := raw
		if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
			block, raw = raw[:i+2], raw[i+2:]
		} else {
			raw = nil
		}
		for _, line := range bytes.Split(block, []byte("\n")) {
			if bytes.HasPrefix(bytes.TrimRight(line, "\r"), want) {
				out = append(out, block...)
				break
			}
		}
	}
	return out
}
