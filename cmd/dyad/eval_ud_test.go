package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSentencesWithID(t *testing.T) {
	const file = "# newdoc id = GUM_news_a\n# sent_id = GUM_news_a-1\n1\tA\n\n" +
		"# sent_id = GUM_bio_b-1\n1\tB\n\n" +
		"# sent_id = GUM_news_c-1\n1\tC\n2\tD\n"
	got := string(sentencesWithID([]byte(file), "GUM_news_"))
	want := "# newdoc id = GUM_news_a\n# sent_id = GUM_news_a-1\n1\tA\n\n" +
		"# sent_id = GUM_news_c-1\n1\tC\n2\tD\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := sentencesWithID([]byte(file), "GUM_fiction_"); len(got) != 0 {
		t.Errorf("no fiction sentence, got %q", got)
	}
}

// TestEvalUDGenre scores GUM's news sentences only: the sentence and word
// counts are those of the GUM_news_ sentences of the test file (85 and 1891,
// counted with grep and awk).
func TestEvalUDGenre(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-GUM")
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("GUM treebank absent (%v): ../shared lives beside the repository", err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"eval", "ud", "--treebank", dir, "--split", "test", "--genre", "GUM_news_", "--json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r udReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Sentences != 85 || r.Tokens != 1891 {
		t.Errorf("%d sentences, %d words; want 85, 1891", r.Sentences, r.Tokens)
	}
	if r.GoldTokens.UPOS < 0.9 || r.GoldTokens.UAS < 0.7 {
		t.Errorf("news genre scores %+v, want UPOS >= 0.9 and UAS >= 0.7", r.GoldTokens)
	}
	errb.Reset()
	if code := run([]string{"eval", "ud", "--treebank", dir, "--split", "test", "--genre", "GUM_nosuchgenre_"}, &out, &errb); code == 0 || !strings.Contains(errb.String(), "no sentence") {
		t.Errorf("unknown genre: exit %d, stderr %q", code, errb.String())
	}
}

// TestEvalUDTagger: --tagger with the embedded model's own file scores as
// the default does, and a file that is not a tagger model is an error.
func TestEvalUDTagger(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-GUM")
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("GUM treebank absent (%v): ../shared lives beside the repository", err)
	}
	args := []string{"eval", "ud", "--treebank", dir, "--split", "test", "--genre", "GUM_news_", "--json"}
	var def, file, errb bytes.Buffer
	if code := run(args, &def, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	model := filepath.Join("..", "..", "syntax", "tagger", "model", "tagger.bin.gz")
	if code := run(append(args, "--tagger", model), &file, &errb); code != 0 {
		t.Fatalf("--tagger %s: exit %d: %s", model, code, errb.String())
	}
	if def.String() != file.String() {
		t.Errorf("--tagger with the embedded model's file: %s, default: %s", file.String(), def.String())
	}
	errb.Reset()
	if code := run(append(args, "--tagger", "eval_ud_test.go"), &file, &errb); code == 0 || !strings.Contains(errb.String(), "not a dyad tagger model") {
		t.Errorf("--tagger with a Go file: exit %d, stderr %q", code, errb.String())
	}
}
