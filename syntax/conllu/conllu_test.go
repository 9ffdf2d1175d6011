package conllu

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/doc"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = s2
# text = Russia's war.
1	Russia	Russia	PROPN	NNP	_	3	nmod:poss	_	SpaceAfter=No
2	's	's	PART	POS	_	1	case	_	_
3	war	war	NOUN	NN	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

`

func TestRead(t *testing.T) {
	tb, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	d := tb.Doc
	if got, want := d.Article.Text, "I don't know.\nRussia's war."; got != want {
		t.Fatalf("text %q, want %q", got, want)
	}
	var forms []string
	for i := range d.Tokens {
		forms = append(forms, d.TokenText(i))
	}
	if got, want := strings.Join(forms, "|"), "I|do|n't|know|.|Russia|'s|war|."; got != want {
		t.Errorf("forms %s, want %s", got, want)
	}
	if d.Tokens[0].Head != 3 || d.Tokens[3].Head != -1 || d.Tokens[3].Dep != doc.Root {
		t.Errorf("heads not absolute: %+v", d.Tokens[:4])
	}
	if d.Tokens[5].Dep != doc.NmodPoss || d.Tokens[5].Head != 7 {
		t.Errorf("second sentence head %d dep %v", d.Tokens[5].Head, d.Tokens[5].Dep)
	}
	if len(d.Sentences) != 2 || tb.IDs[1] != "s2" || d.Text(d.Sentences[1].Span) != "Russia's war." {
		t.Errorf("sentences %+v ids %v", d.Sentences, tb.IDs)
	}
	var out bytes.Buffer
	if err := Write(&out, d, tb.IDs); err != nil {
		t.Fatal(err)
	}
	// The multiword token line carries SpaceAfter; "Russia's", a word and
	// a clitic with no space between, becomes one too, as UD English has it.
	want := `# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = s2
# text = Russia's war.
1-2	Russia's	_	_	_	_	_	_	_	_
1	Russia	Russia	PROPN	NNP	_	3	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	war	war	NOUN	NN	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

`
	if out.String() != want {
		t.Errorf("write:\n%s\nwant:\n%s", out.String(), want)
	}
	// What Write prints reads back to the same words and trees.
	tb2, err := Read(strings.NewReader(out.String()), "written")
	if err != nil {
		t.Fatal(err)
	}
	if tb2.Doc.Article.Text != d.Article.Text || len(tb2.Doc.Tokens) != len(d.Tokens) {
		t.Fatalf("read back %q with %d words", tb2.Doc.Article.Text, len(tb2.Doc.Tokens))
	}
	for i, tok := range tb2.Doc.Tokens {
		if tok != d.Tokens[i] {
			t.Errorf("word %d read back as %+v, want %+v", i, tok, d.Tokens[i])
		}
	}
}

func TestReadErrorsNameTheLine(t *testing.T) {
	_, err := Read(strings.NewReader("1\tI\tI\tPRON\n"), "bad.conllu")
	if err == nil || !strings.Contains(err.Error(), "bad.conllu:1:") {
		t.Fatalf("want a located error, got %v", err)
	}
}

func TestReadEWT(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT")
	f, err := os.Open(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Skipf("../shared/ud/UD_English-EWT is absent (%v): skipping the EWT read test", err)
	}
	defer f.Close()
	tb, err := Read(f, "en_ewt-ud-dev.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tb.Doc.Sentences); n != 2001 {
		t.Errorf("sentences = %d, want 2001", n)
	}
	// Every token's span must hold its form or be inside a multiword token.
	for i, tok := range tb.Doc.Tokens {
		if tok.Span.Empty() {
			t.Fatalf("token %d has an empty span", i)
		}
	}
}
