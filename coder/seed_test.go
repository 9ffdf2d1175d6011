package coder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/doc"
)

var seedDir = filepath.Join("..", "..", "shared", "examples", "seed-g20-new-delhi")

// TestSeedHandParsed codes the seed article with hand-written trees for its
// key sentences (partial: the words that matter, by form; everything else
// hangs off the root as "dep") and hand-resolved mentions, and scores it.
// The article text is read from ../shared, never copied here.
func TestSeedHandParsed(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(seedDir, "article.txt"))
	if err != nil {
		t.Skipf("seed example absent (%v): ../shared is not beside the repository", err)
	}
	want, err := os.ReadFile(filepath.Join(seedDir, "expected.json"))
	if err != nil {
		t.Skipf("seed expected.json absent: %v", err)
	}
	d := seedDoc(t, string(text))
	if err := New(nil, Options{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	s, err := ScoreSeed(d, want)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seed (hand-parsed): %s", s)
	for _, e := range d.Events {
		t.Logf("  [%d] %s>%s %s %s %s claimed=%v/%d contested=%v  %s",
			e.Sentence, e.Source.Actor.Code, e.Target.Actor.Code, codeDigits(e.Code), e.Modality,
			e.Date.Format("2006-01-02"), e.ClaimedBy.Voice, e.ClaimedBy.Mention, e.Contested, e.Evidence.Pattern)
	}
	for _, q := range d.Quotes {
		sp := ""
		if q.Speaker >= 0 {
			sp = d.Text(d.Mentions[q.Speaker].Span)
		}
		t.Logf("  quote by %q partial=%v: %.40q", sp, q.Partial, d.Text(q.Span))
	}
	if s.RequiredFound != s.Required || s.Forbidden != 0 || s.QuotesRight < 6 || s.ContestedRight != s.Contested {
		t.Errorf("seed below the acceptance bar: %s", s)
	}
	if s.DatesRight != s.DatesChecked || s.PlacesRight != s.PlacesChecked {
		t.Errorf("dates %d/%d places %d/%d", s.DatesRight, s.DatesChecked, s.PlacesRight, s.PlacesChecked)
	}
}

// seedTrees: per sentence (by its first words, or "FIRST … LATER" for a
// sentence opening with FIRST that has LATER further on), "FORM[/k] LEMMA UPOS HEAD[/k] DEPREL"
// with HEAD a form in the same sentence or 0 for the root.
var seedTrees = map[string]string{
	"U.S. Secretary of State … said Thursday": `
said say VERB 0 root
Blinken Blinken PROPN said nsubj
Thursday Thursday PROPN said obl:tmod
spoke speak VERB said ccomp
he he PRON spoke nsubj
briefly briefly ADV spoke advmod
Lavrov Lavrov PROPN spoke obl
with with ADP Lavrov case
margins margin NOUN spoke obl
on on ADP margins case
meeting meeting NOUN margins nmod
telling tell VERB spoke advcl
him he PRON telling obj
end end VERB telling ccomp
that that SCONJ end mark
Moscow Moscow PROPN end nsubj
must must AUX end aux
war war NOUN end obj
Ukraine Ukraine PROPN war nmod
against against ADP Ukraine case`,
	"In what is believed": `
said say VERB 0 root
Blinken Blinken PROPN said nsubj
conversation conversation NOUN said obl
between between ADP States case
States States PROPN conversation nmod
Russia Russia PROPN States conj
urged urge VERB said ccomp
he he PRON urged nsubj
Moscow Moscow PROPN urged obj
engage engage VERB urged xcomp
to to PART engage mark
diplomacy diplomacy NOUN engage obl
in in ADP diplomacy case
produce produce VERB diplomacy acl:relcl
can can AUX produce aux
peace peace NOUN produce obj`,
	"At a press conference": `
regretted regret VERB 0 root
Blinken Blinken PROPN regretted nsubj
conference conference NOUN regretted obl
meeting meeting NOUN conference nmod
Delhi Delhi PROPN meeting nmod
in in ADP Delhi case
refused refuse VERB regretted ccomp
that that SCONJ refused mark
China China PROPN refused nsubj
Russia Russia PROPN China conj
had have AUX refused aux
endorse endorse VERB refused xcomp
statement statement NOUN endorse obj
condemning condemn VERB statement acl
war war NOUN condemning obj`,
	"When asked about signs": `
said say VERB 0 root
Blinken Blinken PROPN said nsubj
asked ask VERB said advcl
signs sign NOUN asked obl
plans plan VERB signs acl
China China PROPN plans nsubj
provide provide VERB plans xcomp
aid aid NOUN provide obj
Russia Russia PROPN provide obl
to/1 to ADP Russia case
expressed express VERB said ccomp
countries country NOUN expressed nsubj
concern concern NOUN expressed obj`,
	"He suggested": `
suggested suggest VERB 0 root
He he PRON suggested nsubj
consider consider VERB suggested ccomp
States States PROPN consider nsubj
would would AUX consider aux
imposing impose VERB consider xcomp
sanctions sanction NOUN imposing obj
China China PROPN sanctions nmod
against against ADP China case
decide decide VERB consider advcl
should should AUX decide aux
it it PRON decide nsubj
supply supply VERB decide xcomp
weapons weapon NOUN supply obj
Russia Russia PROPN supply obl
to/1 to ADP Russia case`,
	"During the conversation": `
said say VERB 0 root
diplomat diplomat NOUN said nsubj
conversation conversation NOUN said obl
During during ADP conversation case
Lavrov Lavrov PROPN conversation nmod
with with ADP Lavrov case
urged urge VERB said ccomp
he he PRON urged nsubj
Moscow Moscow PROPN urged obj
reverse reverse VERB urged xcomp
to to PART reverse mark
decision decision NOUN reverse obj
rejoin rejoin VERB reverse conj
treaty treaty NOUN rejoin obj`,
	"Moscow recently withdrew": `
withdrew withdraw VERB 0 root
Moscow Moscow PROPN withdrew nsubj
pact pact NOUN withdrew obl
from from ADP pact case`,
	"It's also what people": `
said say VERB 0 root
Blinken Blinken PROPN said nsubj`,
	"\"I told the foreign minister": `
added add VERB 0 root
he he PRON added nsubj
told tell VERB added ccomp
I I PRON told nsubj
minister minister NOUN told obj
ready ready ADJ told ccomp
States States PROPN ready nsubj
will will AUX ready aux
be be AUX ready cop
engage engage VERB ready xcomp`,
	"Russian media reported": `
reported report VERB 0 root
media media NOUN reported nsubj
requested request VERB reported ccomp
that that SCONJ requested mark
Blinken Blinken PROPN requested nsubj
had have AUX requested aux
contact contact NOUN requested obj
Lavrov Lavrov PROPN contact nmod
with with ADP Lavrov case`,
	"Tass quoted": `
quoted quote VERB 0 root
Tass Tass PROPN quoted nsubj
Zakharova Zakharova PROPN quoted obj
telling tell VERB quoted advcl
as as SCONJ telling mark
agency agency NOUN telling obj
were be VERB telling ccomp
there there PRON were expl
negotiations negotiation NOUN were nsubj
no no DET negotiations det
meeting meeting NOUN negotiations conj
no/1 no DET meeting det`,
	"U.S. State Department": `
said say VERB 0 root
Price Price PROPN said nsubj
briefing briefing NOUN said obl
Washington Washington PROPN briefing nmod
expecting expect VERB said ccomp
States States PROPN expecting nsubj
not not PART expecting advmod
dialogue dialogue NOUN expecting obj`,
	"\"Of course": `
said say VERB 0 root
Price Price PROPN said nsubj
remain remain VERB said ccomp
we we PRON remain nsubj
open open ADJ remain xcomp
dialogue dialogue NOUN open obl
to to ADP dialogue case`,
	"\"But there was no agreement": `
was be VERB 0 root
there there PRON was expl
agreement agreement NOUN was nsubj
no no DET agreement det
consensus consensus NOUN agreement conj
encounter encounter NOUN agreement nmod`,
}

// seedMentions: every token-aligned occurrence of these texts is a mention
// (pronouns and "Washington" by occurrence).
var seedMentions = []struct {
	text, code string
	kind       doc.MentionKind
	nth        int // -1: every occurrence
	ante       string
}{
	{"Antony Blinken", "USAGOV", doc.Person, -1, ""},
	{"Blinken", "USAGOV", doc.Person, -1, "Antony Blinken"},
	{"Sergey Lavrov", "RUSGOV", doc.Person, -1, ""},
	{"Lavrov", "RUSGOV", doc.Person, -1, "Sergey Lavrov"},
	{"he", "USAGOV", doc.Pronoun, -1, "Antony Blinken"},
	{"He", "USAGOV", doc.Pronoun, -1, "Antony Blinken"},
	{"him", "RUSGOV", doc.Pronoun, -1, "Sergey Lavrov"},
	{"it", "CHN", doc.Pronoun, 0, ""},
	{"the top U.S. diplomat", "USAGOV", doc.Nominal, -1, "Antony Blinken"},
	{"the foreign minister", "RUSGOV", doc.Nominal, -1, "Sergey Lavrov"},
	{"Maria Zakharova", "RUSGOV", doc.Person, -1, ""},
	{"Russian Foreign Ministry", "RUSGOV", doc.Organization, -1, ""},
	{"Ned Price", "USAGOV", doc.Person, -1, ""},
	{"Price", "USAGOV", doc.Person, -1, "Ned Price"},
	{"Russian media", "RUSMED", doc.Organization, -1, ""},
	{"Tass", "RUSMED", doc.Organization, -1, ""},
	{"Moscow", "RUS", doc.PlaceActor, -1, ""},
	{"Russia", "RUS", doc.Country, -1, ""},
	{"China", "CHN", doc.Country, -1, ""},
	{"Ukraine", "UKR", doc.Country, -1, ""},
	{"United States", "USA", doc.Country, -1, ""},
	{"Beijing", "CHN", doc.PlaceActor, -1, ""},
	{"Washington", "USA", doc.PlaceActor, 0, ""},
	{"Washington", "USA", doc.PlaceActor, 1, ""},
	{"NATO", "IGONAT", doc.Organization, -1, ""},
	{"New Delhi", "", doc.Place, -1, ""},
	{"Washington", "", doc.Place, 2, ""},
}

func seedDoc(t *testing.T, text string) *doc.Doc {
	t.Helper()
	d := doc.New(doc.Article{ID: "seed", Text: text, Outlet: "Kyodo News",
		Published: time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)})
	tokenizeForTest(d)
	for si := range d.Sentences {
		applySeedTrees(t, d, &d.Sentences[si])
	}
	for _, m := range seedMentions {
		k := 0
		for ti := range d.Tokens {
			st := int(d.Tokens[ti].Span.Start)
			if !strings.HasPrefix(text[st:], m.text) || !endsToken(d, st+len(m.text)) {
				continue
			}
			if m.nth < 0 || m.nth == k {
				sp := doc.Span{Start: int32(st), End: int32(st + len(m.text))}
				mn := doc.Mention{Span: sp, Tokens: tokensOf(d, sp), Kind: m.kind, Antecedent: -1}
				if m.code != "" {
					mn.Actor = doc.Actor{Code: m.code, Name: m.text, Entry: "hand:" + m.text}
				}
				if m.kind == doc.Place {
					for _, g := range capitals {
						if g.Name == m.text {
							g := g
							mn.Geo = &g
						}
					}
				}
				for mi, o := range d.Mentions {
					if m.ante != "" && d.Text(o.Span) == m.ante {
						mn.Antecedent = int32(mi)
						break
					}
				}
				d.Mentions = append(d.Mentions, mn)
			}
			k++
		}
	}
	d.MarkLayers(doc.Sentences | doc.Tags | doc.Deps | doc.Actors)
	return d
}

// applySeedTrees lays the hand trees of seedTrees on sentence s (by the
// sentence's opening words); tokens the hand tree leaves out hang off the root.
func applySeedTrees(t *testing.T, d *doc.Doc, s *doc.Sentence) {
	st := d.Text(s.Span)
	for key, tree := range seedTrees {
		prefix, later, _ := strings.Cut(key, " … ")
		if strings.HasPrefix(st, prefix) && strings.Contains(st[len(prefix):], later) {
			applyTree(t, d, s, tree)
		}
	}
	root := int32(-1)
	for i := s.Tokens.Start; i < s.Tokens.End; i++ {
		if d.Tokens[i].Dep == doc.Root {
			root = i
		}
	}
	for i := s.Tokens.Start; i < s.Tokens.End; i++ {
		tk := &d.Tokens[i]
		if tk.Dep == doc.NoDep {
			tk.Head, tk.Dep = root, doc.Dep
			if root < 0 {
				tk.Head, tk.Dep = -1, doc.Root
				root = i
			}
		}
	}
}

// applyTree writes a hand tree's lines onto sentence s's tokens.
func applyTree(t *testing.T, d *doc.Doc, s *doc.Sentence, tree string) {
	find := func(ref string) int32 {
		form, k := ref, 0
		if i := strings.LastIndexByte(ref, '/'); i > 0 {
			form, k = ref[:i], int(ref[i+1]-'0')
		}
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			if d.TokenText(int(i)) == form {
				if k == 0 {
					return i
				}
				k--
			}
		}
		t.Fatalf("hand tree: %q not in sentence %.40q", ref, d.Text(s.Span))
		return -1
	}
	for _, line := range strings.Split(strings.TrimSpace(tree), "\n") {
		f := strings.Fields(line)
		i := find(f[0])
		tk := &d.Tokens[i]
		tk.Lemma = f[1]
		tk.UPOS, _ = doc.ParseUPOS(f[2])
		tk.Dep, _ = doc.ParseDepRel(f[4])
		if f[3] == "0" {
			tk.Head = -1
		} else {
			tk.Head = find(f[3])
		}
	}
}

// tokenizeForTest splits text into paragraphs (blank lines), sentences
// (after . ? ! and a closing quote, not inside "U.S.") and tokens (words,
// with punctuation, quotes and 's split off). Enough for the seed; the real
// tokeniser is the text stage's.
func tokenizeForTest(d *doc.Doc) {
	text := d.Article.Text
	isPunct := func(c byte) bool { return strings.IndexByte(".,;:?!()\"", c) >= 0 }
	var toks []doc.Span
	i := 0
	for i < len(text) {
		if text[i] == ' ' || text[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		// word [i,j): peel punctuation off both ends
		s, e := i, j
		var tail []doc.Span
		for s < e && isPunct(text[s]) {
			toks = append(toks, doc.Span{Start: int32(s), End: int32(s + 1)})
			s++
		}
		for e > s && isPunct(text[e-1]) && !(text[e-1] == '.' && strings.Count(text[s:e], ".") > 1) {
			tail = append([]doc.Span{{Start: int32(e - 1), End: int32(e)}}, tail...)
			e--
		}
		if e > s {
			if k := strings.Index(text[s:e], "'"); k > 0 {
				toks = append(toks, doc.Span{Start: int32(s), End: int32(s + k)}, doc.Span{Start: int32(s + k), End: int32(e)})
			} else {
				toks = append(toks, doc.Span{Start: int32(s), End: int32(e)})
			}
		}
		toks = append(toks, tail...)
		i = j
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	endsSentence := func(k int) bool { // token k closes a sentence
		w := word(k)
		if w == "\"" && k > 0 && toks[k-1].End == toks[k].Start {
			w = word(k - 1)
		} else if k+1 < len(toks) && word(k+1) == "\"" && toks[k+1].Start == toks[k].End {
			return false // the closing quote ends it
		}
		return w == "." || w == "?" || w == "!"
	}
	para := int32(0)
	d.Paragraphs = []doc.Span{{Start: 0}}
	start := 0
	for k, sp := range toks {
		d.Tokens = append(d.Tokens, doc.Token{Span: sp})
		newPara := k > 0 && strings.Contains(text[toks[k-1].End:sp.Start], "\n\n")
		if k > start && (newPara || endsSentence(k-1)) {
			d.Sentences = append(d.Sentences, doc.Sentence{
				Span:      doc.Span{Start: toks[start].Start, End: toks[k-1].End},
				Tokens:    doc.TokRange{Start: int32(start), End: int32(k)},
				Paragraph: para,
			})
			start = k
		}
		if newPara {
			d.Paragraphs[para].End = toks[k-1].End
			para++
			d.Paragraphs = append(d.Paragraphs, doc.Span{Start: sp.Start})
		}
	}
	d.Sentences = append(d.Sentences, doc.Sentence{
		Span:      doc.Span{Start: toks[start].Start, End: toks[len(toks)-1].End},
		Tokens:    doc.TokRange{Start: int32(start), End: int32(len(toks))},
		Paragraph: para,
	})
	d.Paragraphs[para].End = int32(len(text))
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		w := text[tk.Span.Start:tk.Span.End]
		if len(w) == 1 && isPunct(w[0]) {
			tk.UPOS = doc.PUNCT
		} else {
			tk.UPOS = doc.X
		}
	}
}
