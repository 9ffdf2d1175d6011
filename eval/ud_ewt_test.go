package eval

import (
	"os"
	"path/filepath"
	"testing"

	"dyad/doc"
	"dyad/text"
)

// TestEWTRawTokens runs the text stage on the raw text of EWT dev and test
// and scores its tokens and words as `dyad eval ud` does. The figures must
// agree with the text package's own measurement (go test ./text -run
// TestEWT -v), which counts surface tokens by text.JoinsPrevious; the
// floors sit a little under both and catch a scorer that counts a split
// contraction as two tokens (tokens F1 0.975 on test). Run with -v to see
// the first 30 token mismatches:
//
//	go test ./eval -run TestEWTRawTokens -v
func TestEWTRawTokens(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "ud", "UD_English-EWT")
	for _, file := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join(dir, file)
			f, err := os.Open(path)
			if err != nil {
				t.Skipf("treebank absent (%v): the measurement needs ../shared beside the repository", err)
			}
			defer f.Close()
			g, err := ReadGoldUD(f, path)
			if err != nil {
				t.Fatal(err)
			}
			d := doc.New(doc.Article{ID: path, Text: g.Text})
			if err := text.New(text.Options{}).Annotate(d); err != nil {
				t.Fatal(err)
			}
			sys := FromDoc(d)
			sc, err := ScoreUD(&g.UDTreebank, sys)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range tokenMismatches(&g.UDTreebank, sys, 30) {
				t.Log(m)
			}
			t.Logf("tokens F1 %.4f %+v", sc.Tokens.F1(), sc.Tokens)
			t.Logf("words  F1 %.4f %+v", sc.Words.F1(), sc.Words)
			if sc.Tokens.F1() < 0.99 || sc.Words.F1() < 0.99 {
				t.Errorf("tokens F1 %.4f, words F1 %.4f; want both at least 0.99", sc.Tokens.F1(), sc.Words.F1())
			}
		})
	}
}
