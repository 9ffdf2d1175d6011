package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dyad/doc"
)

// PolNeAR (networkdynamics/PolNeAR) marks attributions in news in brat
// standoff: a folder with text/NAME.txt and attributions/NAME_ANNOTATOR.ann,
// and metadata.tsv beside the folder (or in it) with each file's
// publication_date. An .ann file has text-bound lines
//
//	T3<TAB>Content 315 448;463 553<TAB>the text of the fragments
//
// with offsets in characters (code points), possibly in several fragments,
// and relation lines "E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1"
// that tie a content to its cue and source (Attribution-no-source: none).

// PolnearQuote is one gold attribution.
type PolnearQuote struct {
	Content []doc.Span // byte spans into the article text, in the file's order
	Source  []doc.Span // empty when the attribution names no source
	Direct  bool       // the content starts with a quotation mark
}

// PolnearArticle is one annotated article.
type PolnearArticle struct {
	Name      string    // text file name without .txt
	Annotator string    // whose .ann file was read (the first by name when several annotated it)
	Published time.Time // zero when metadata.tsv does not give it
	Text      string
	Quotes    []PolnearQuote
}

// ReadPolnear reads a PolNeAR folder (such as polnear/dev). Each text is
// read with the first of its annotation files by name. A text without one,
// or whose annotation has an offset outside the text or a span whose text
// is not the one the line gives, is left out and its error returned in
// skipped (one bad file of PolNeAR train stops no evaluation); err is for a
// folder that cannot be read at all.
func ReadPolnear(dir string) (arts []PolnearArticle, skipped []error, err error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, nil, fmt.Errorf("%s: no text/*.txt files (is it a PolNeAR folder such as polnear/dev?)", dir)
	}
	dates, err := readPolnearDates(dir)
	if err != nil {
		return nil, nil, err
	}
	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	sort.Strings(anns)
	for _, tf := range texts {
		name := strings.TrimSuffix(filepath.Base(tf), ".txt")
		ann := ""
		for _, a := range anns {
			b := strings.TrimSuffix(filepath.Base(a), ".ann")
			if i := strings.LastIndexByte(b, '_'); i > 0 && b[:i] == name {
				ann = a
				break
			}
		}
		if ann == "" {
			skipped = append(skipped, fmt.Errorf("%s: no attributions/%s_*.ann for it; left out", tf, name))
			continue
		}
		raw, err := os.ReadFile(tf)
		if err != nil {
			skipped = append(skipped, fmt.Errorf("%w; left out", err))
			continue
		}
		if !utf8.Valid(raw) {
			skipped = append(skipped, fmt.Errorf("%s: not UTF-8; left out", tf))
			continue
		}
		a := PolnearArticle{Name: name, Text: string(raw), Published: dates[name]}
		b := strings.TrimSuffix(filepath.Base(ann), ".ann")
		a.Annotator = b[strings.LastIndexByte(b, '_')+1:]
		if a.Quotes, err = readPolnearAnn(ann, a.Text); err != nil {
			skipped = append(skipped, fmt.Errorf("%w; the article is left out", err))
			continue
		}
		arts = append(arts, a)
	}
	return arts, skipped, nil
}

// readPolnearDates reads filename → publication_date from metadata.tsv in
// dir or its parent; without one, no article has a date.
func readPolnearDates(dir string) (map[string]time.Time, error) {
	dates := map[string]time.Time{}
	var f *os.File
	var name string
	for _, p := range []string{filepath.Join(dir, "metadata.tsv"), filepath.Join(dir, "..", "metadata.tsv")} {
		var err error
		if f, err = os.Open(p); err == nil {
			name = p
			break
		}
	}
	if f == nil {
		return dates, nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	col := map[string]int{}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if line == 1 {
			for i, h := range fields {
				col[h] = i
			}
			if _, ok := col["filename"]; !ok {
				return nil, fmt.Errorf("%s:1: no filename column", name)
			}
			if _, ok := col["publication_date"]; !ok {
				return nil, fmt.Errorf("%s:1: no publication_date column", name)
			}
			continue
		}
		fi, di := col["filename"], col["publication_date"]
		if fi >= len(fields) || di >= len(fields) {
			continue
		}
		t, err := time.Parse("2006-01-02", fields[di])
		if err != nil {
			continue // "None" and the like: no date
		}
		dates[fields[fi]] = t
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return dates, nil
}

// readPolnearAnn reads one .ann file against its text.
func readPolnearAnn(name, text string) ([]PolnearQuote, error) {
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	// byteAt[i] is the byte offset of code point i; one past the end too.
	byteAt := make([]int32, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, int32(i))
	}
	byteAt = append(byteAt, int32(len(text)))
	spans := map[string][]doc.Span{}
	type relation struct {
		roles map[string]string
	}
	var rels []relation
	for ln, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want tab-separated ID and annotation", name, ln+1)
		}
		switch line[0] {
		case 'T':
			kind, ranges, _ := strings.Cut(f[1], " ")
			if kind != "Content" && kind != "Source" {
				continue
			}
			var parts []string
			var sps []doc.Span
			for _, r := range strings.Split(ranges, ";") {
				a, b, _ := strings.Cut(r, " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
					return nil, fmt.Errorf("%s:%d: range %q is not two offsets within the text's %d characters", name, ln+1, r, len(byteAt)-1)
				}
				sp := doc.Span{Start: byteAt[s], End: byteAt[e]}
				sps = append(sps, sp)
				parts = append(parts, text[sp.Start:sp.End])
			}
			if len(f) == 3 && strings.Join(parts, " ") != f[2] {
				return nil, fmt.Errorf("%s:%d: the text at %s is not the line's text (offsets are characters; is this the right text file?)", name, ln+1, ranges)
			}
			spans[f[0]] = sps
		case 'E':
			r := relation{roles: map[string]string{}}
			for _, arg := range strings.Fields(f[1]) {
				role, id, ok := strings.Cut(arg, ":")
				if ok {
					r.roles[role] = id
				}
			}
			rels = append(rels, r)
		}
	}
	var out []PolnearQuote
	for _, r := range rels {
		content := spans[r.roles["Content"]]
		if len(content) == 0 {
			continue
		}
		q := PolnearQuote{Content: content, Source: spans[r.roles["Source"]]}
		q.Direct = startsWithQuoteMark(text[content[0].Start:content[0].End])
		out = append(out, q)
	}
	return out, nil
}

// startsWithQuoteMark reports whether s opens with a quotation mark,
// straight or curly, double or single (some outlets write two apostrophes
// for a double mark).
func startsWithQuoteMark(s string) bool {
	s = strings.TrimLeft(s, " \t\n")
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '„':
		return true
	}
	return false
}

// QuoteClassScore counts one class of quotes (direct or indirect).
type QuoteClassScore struct {
	Gold         int // gold contents of the class
	GoldFound    int // of them, overlapped by at least half by one dyad quote
	SpeakerGold  int // found gold contents that have a gold source
	SpeakerRight int // of them, with the right speaker
	Dyad         int // dyad quotes of the class (doc.Quote.Direct)
	DyadMatched  int // of them, overlapping a gold content by at least half of it

	// Why gold contents were missed, speakers wrong and dyad quotes unmatched.
	MissedUntouched int // no dyad quote overlaps the gold content
	MissedPartly    int // overlapped, but by less than half
	SpeakerNone     int // the dyad quote has no speaker
	SpeakerOther    int // a speaker, not the gold one
	SpuriousAlone   int // a dyad quote overlapping no gold content
	SpuriousPartly  int // overlapping gold content, by less than half of it
	SpuriousPartial int // unmatched dyad quotes that are partial (doc.Quote.Partial): a fragment quoted inside the writer's sentence
}

// Precision is DyadMatched/Dyad.
func (s QuoteClassScore) Precision() float64 { return ratio(s.DyadMatched, s.Dyad) }

// Recall is GoldFound/Gold.
func (s QuoteClassScore) Recall() float64 { return ratio(s.GoldFound, s.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (s QuoteClassScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpeakerAccuracy is SpeakerRight/SpeakerGold.
func (s QuoteClassScore) SpeakerAccuracy() float64 { return ratio(s.SpeakerRight, s.SpeakerGold) }

// QuoteScores is the verdict on a PolNeAR folder.
type QuoteScores struct {
	Direct, Indirect QuoteClassScore
	Articles         int
	Errors           []error      // articles the pipeline failed on (they count with no quotes)
	Examples         []QuoteError // every miss, for a person to read
}

// QuoteError is one missed gold content, wrong speaker or unmatched dyad quote.
type QuoteError struct {
	Article string
	Kind    string // "missed", "speaker", "spurious"
	Direct  bool
	Gold    string // gold content (first fragment) or ""
	Dyad    string // dyad's quote or ""
	Speaker string // for "speaker": gold source → dyad speaker
}

// QuoteFigures are what `dyad eval quotes --json` prints.
type QuoteFigures struct {
	Direct   QuoteClassFigures `json:"direct"`
	Indirect QuoteClassFigures `json:"indirect"`
	Articles int               `json:"articles"`
}

// QuoteClassFigures are one class's figures.
type QuoteClassFigures struct {
	Precision       float64 `json:"precision"`
	Recall          float64 `json:"recall"`
	F1              float64 `json:"f1"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
}

// Figures gives the JSON figures.
func (s *QuoteScores) Figures() QuoteFigures {
	f := func(c QuoteClassScore) QuoteClassFigures {
		return QuoteClassFigures{c.Precision(), c.Recall(), c.F1(), c.SpeakerAccuracy()}
	}
	return QuoteFigures{Direct: f(s.Direct), Indirect: f(s.Indirect), Articles: s.Articles}
}

// QuoteOptions choose how quotes are matched.
type QuoteOptions struct {
	// JoinPieces lets the dyad quotes over a gold content count together:
	// PolNeAR writes one content for a quotation that the writer breaks
	// with "he said" into pieces, each of which dyad reports as a quote.
	// With JoinPieces the content is found when the pieces together cover
	// half of it, and each piece counts as right. Without it (the field's
	// convention) one dyad quote must cover half.
	JoinPieces bool
	// PartialIndirect counts dyad's partial quotes (doc.Quote.Partial: a
	// quoted fragment inside the writer's sentence) with the indirect ones
	// for precision, as PolNeAR counts the sentence around them: its
	// contents open with a quotation mark only when a whole quotation does.
	PartialIndirect bool
}

// ScoreQuotes runs dyad on each article (run fills a Doc's layers through
// quotes) and scores its quotes against the gold attributions with the
// zero QuoteOptions.
func ScoreQuotes(arts []PolnearArticle, run func(*doc.Doc) error) *QuoteScores {
	docs, errs := CodePolnear(arts, run)
	s := ScoreQuoteDocs(arts, docs, QuoteOptions{})
	s.Errors = errs
	return s
}

// CodePolnear runs dyad on each article, with its publication date. An
// article the pipeline fails on keeps no quotes, and its error is returned
// with the others; the rest go on.
func CodePolnear(arts []PolnearArticle, run func(*doc.Doc) error) ([]*doc.Doc, []error) {
	docs := make([]*doc.Doc, len(arts))
	var errs []error
	for i := range arts {
		a := &arts[i]
		d := doc.New(doc.Article{ID: a.Name, Text: a.Text, Published: a.Published})
		if err := run(d); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", a.Name, err))
			d.Quotes = nil
		}
		docs[i] = d
	}
	return docs, errs
}

// ScoreQuoteDocs scores the quotes of coded articles (docs[i] is arts[i]).
//
// A gold content is found when one dyad quote overlaps it by at least half
// of the gold content's length (over all its fragments; see JoinPieces);
// the dyad quote that overlaps it most then gives the speaker, which is
// right when its mention, or a mention it refers back to, overlaps the gold
// source, or when a mention over the gold source resolves to the same
// person (the same first mention of a coreference chain, or an actor with
// the same code and name). Gold contents are direct when they open with a
// quotation mark; dyad's quotes when doc.Quote.Direct. Recall and speaker
// accuracy are per gold class, precision per dyad class: a dyad quote is
// right when it overlaps some gold content, of either class, by at least
// half of it.
func ScoreQuoteDocs(arts []PolnearArticle, docs []*doc.Doc, opt QuoteOptions) *QuoteScores {
	s := &QuoteScores{Articles: len(arts)}
	for i := range arts {
		s.scoreArticle(&arts[i], docs[i], opt)
	}
	return s
}

func (s *QuoteScores) class(direct bool) *QuoteClassScore {
	if direct {
		return &s.Direct
	}
	return &s.Indirect
}

func (s *QuoteScores) scoreArticle(a *PolnearArticle, d *doc.Doc, opt QuoteOptions) {
	// joined[gi]: with JoinPieces, the dyad quotes over gold content gi
	// together cover half of it.
	joined := make([]bool, len(a.Quotes))
	for gi, g := range a.Quotes {
		c := s.class(g.Direct)
		c.Gold++
		glen := spansLen(g.Content)
		best, bestOv := -1, 0
		var pieces []doc.Span
		for qi := range d.Quotes {
			ov := overlapLen(d.Quotes[qi].Span, g.Content)
			if ov > bestOv {
				best, bestOv = qi, ov
			}
			if ov > 0 {
				pieces = append(pieces, d.Quotes[qi].Span)
			}
		}
		cover := bestOv
		if opt.JoinPieces {
			cover = unionOverlapLen(pieces, g.Content)
			joined[gi] = 2*cover >= glen
		}
		if best < 0 || 2*cover < glen {
			if best < 0 {
				c.MissedUntouched++
			} else {
				c.MissedPartly++
			}
			s.Examples = append(s.Examples, QuoteError{Article: a.Name, Kind: "missed", Direct: g.Direct,
				Gold: a.Text[g.Content[0].Start:g.Content[0].End], Dyad: quoteText(d, best)})
			continue
		}
		c.GoldFound++
		if len(g.Source) == 0 {
			continue
		}
		c.SpeakerGold++
		q := &d.Quotes[best]
		if q.Speaker >= 0 && int(q.Speaker) < len(d.Mentions) && sameSpeaker(d, q.Speaker, g.Source) ||
			q.Speaker < 0 && overlapLen(q.SpeakerSpan, g.Source) > 0 {
			c.SpeakerRight++
			continue
		}
		who := "(none)"
		if q.Speaker >= 0 && int(q.Speaker) < len(d.Mentions) {
			c.SpeakerOther++
			who = speakerName(d, q.Speaker)
		} else {
			c.SpeakerNone++
		}
		s.Examples = append(s.Examples, QuoteError{Article: a.Name, Kind: "speaker", Direct: g.Direct,
			Gold: a.Text[g.Content[0].Start:g.Content[0].End], Dyad: quoteText(d, best),
			Speaker: a.Text[g.Source[0].Start:g.Source[0].End] + " → " + who})
	}
	for qi, q := range d.Quotes {
		c := s.class(q.Direct && !(opt.PartialIndirect && q.Partial))
		c.Dyad++
		touched, matched := false, false
		for gi, g := range a.Quotes {
			ov := overlapLen(q.Span, g.Content)
			touched = touched || ov > 0
			if ov > 0 && (2*ov >= spansLen(g.Content) || joined[gi]) {
				matched = true
				break
			}
		}
		switch {
		case matched:
			c.DyadMatched++
			continue
		case touched:
			c.SpuriousPartly++
		default:
			c.SpuriousAlone++
		}
		if q.Partial {
			c.SpuriousPartial++
		}
		s.Examples = append(s.Examples, QuoteError{Article: a.Name, Kind: "spurious", Direct: q.Direct, Dyad: quoteText(d, qi)})
	}
}

// sameSpeaker reports whether mention mi is the gold source: it or a
// mention it refers back to overlaps the source, or a mention over the
// source resolves to the same person.
func sameSpeaker(d *doc.Doc, mi int32, source []doc.Span) bool {
	for k, m := 0, mi; k < 64 && m >= 0 && int(m) < len(d.Mentions); k++ {
		if overlapLen(d.Mentions[m].Span, source) > 0 {
			return true
		}
		if d.Mentions[m].Antecedent == m {
			break
		}
		m = d.Mentions[m].Antecedent
	}
	root := rootMention(d, mi)
	who := d.Mentions[mi].Actor
	if !who.Known() {
		who = d.Mentions[root].Actor
	}
	for j := range d.Mentions {
		m := &d.Mentions[j]
		if overlapLen(m.Span, source) == 0 {
			continue
		}
		if rootMention(d, int32(j)) == root {
			return true
		}
		other := m.Actor
		if !other.Known() {
			other = d.Mentions[rootMention(d, int32(j))].Actor
		}
		if who.Known() && who.Name != "" && other.Code == who.Code && other.Name == who.Name {
			return true
		}
	}
	return false
}

// overlapLen is how many bytes of s lie in the spans.
func overlapLen(s doc.Span, spans []doc.Span) int {
	n := 0
	for _, g := range spans {
		if lo, hi := max(s.Start, g.Start), min(s.End, g.End); hi > lo {
			n += int(hi - lo)
		}
	}
	return n
}

// unionOverlapLen is how many bytes of the gold spans lie in at least one
// of the pieces.
func unionOverlapLen(pieces, gold []doc.Span) int {
	sort.Slice(pieces, func(i, j int) bool { return pieces[i].Start < pieces[j].Start })
	n := 0
	var run doc.Span // the current union of overlapping pieces
	for i, p := range pieces {
		if i > 0 && p.Start <= run.End {
			run.End = max(run.End, p.End)
			continue
		}
		if i > 0 {
			n += overlapLen(run, gold)
		}
		run = p
	}
	if len(pieces) > 0 {
		n += overlapLen(run, gold)
	}
	return n
}

func spansLen(spans []doc.Span) int {
	n := 0
	for _, s := range spans {
		n += s.Len()
	}
	return n
}

func quoteText(d *doc.Doc, qi int) string {
	if qi < 0 || qi >= len(d.Quotes) {
		return ""
	}
	return d.Text(d.Quotes[qi].Span)
}
