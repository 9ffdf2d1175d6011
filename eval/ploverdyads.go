package eval

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"dyad/cameo"
	"dyad/doc"
)

// PLOVER dyads: sentences with a marked source and target and the PLOVER
// type of what the source did to the target (snowood1/Zero-Shot-PLOVER
// PLV_train.tsv). Columns, tab-separated, with a header line: uid,
// sentence_id, gold_penta (Phoenix penta class 1-4), gold_root (PLOVER type,
// with CONCEDE and RETREAT merged as YIELD), sentence, marked_sentence
// (source in <s>..</s>, target in <t>..</t>), source, target. A side may be
// marked more than once (the same actor named twice) or not at all.
//
// gold_penta is, but for 8 of 1,050 dyads, a function of gold_root: the
// quad class of the PLOVER type (all 42 REQUEST dyads are verbal
// conflict, 3, though PLOVER's REQUEST takes in CAMEO's 02 appeals, which
// Phoenix's penta class puts at 0), with the merged YIELD in material
// cooperation (all 141, PLOVER's verbal CONCEDE among them). So a prediction's class is that of
// the type dyad gives (ploverQuad): a right type is never a wrong quad.
// (Until November 2026 it was the code's cameo.Code.Penta, which gave the
// appeals dyad codes for REQUEST dyads no class: quad macro-F1 0.8327
// against 0.8349 on the same events.)

// PloverDyad is one gold dyad.
type PloverDyad struct {
	Line     int        // line in the file, for messages
	Sentence string     // the sentence without markers
	Sources  []doc.Span // byte spans into Sentence; empty when the source is not marked
	Targets  []doc.Span // likewise for the target
	Root     string     // gold PLOVER type as the file names it ("YIELD", "ACCUSE")
	Quad     cameo.Quad // gold quad class
}

// unquoteField undoes the CSV quoting a field with quote marks gets from
// the tools that write these files: "On Friday, ... ""the sovereignty""."
// is the sentence On Friday, ... "the sovereignty". (13 of the 1,050
// training sentences; read as they stand, the parser saw a stray opening
// quote and doubled ones).
func unquoteField(f string) string {
	if len(f) < 2 || f[0] != '"' || f[len(f)-1] != '"' {
		return f
	}
	inner := f[1 : len(f)-1]
	// only a field CSV-quoted as a whole: every quote inside is doubled
	for i := 0; i < len(inner); i++ {
		if inner[i] == '"' {
			if i+1 >= len(inner) || inner[i+1] != '"' {
				return f
			}
			i++
		}
	}
	return strings.ReplaceAll(inner, `""`, `"`)
}

// ReadPloverDyads reads a PLOVER dyads file. It finds the columns by the
// header's names, strips the markers from marked_sentence and checks the
// result against sentence, so the spans are offsets into the clean text.
func ReadPloverDyads(r io.Reader, name string) ([]PloverDyad, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		return nil, fmt.Errorf("%s: empty file, want a header line", name)
	}
	col := map[string]int{}
	for i, h := range strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t") {
		col[h] = i
	}
	for _, h := range []string{"gold_penta", "gold_root", "sentence", "marked_sentence"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("%s:1: no column %q in the header (want gold_penta, gold_root, sentence, marked_sentence)", name, h)
		}
	}
	var out []PloverDyad
	line := 1
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			continue
		}
		f := strings.Split(text, "\t")
		get := func(h string) string {
			if i := col[h]; i < len(f) {
				return unquoteField(f[i])
			}
			return ""
		}
		d := PloverDyad{Line: line, Root: get("gold_root")}
		if d.Root == "" {
			return nil, fmt.Errorf("%s:%d: empty gold_root", name, line)
		}
		q, err := strconv.Atoi(get("gold_penta"))
		if err != nil || q < 0 || q > 4 {
			return nil, fmt.Errorf("%s:%d: gold_penta %q is not a quad class 0-4", name, line, get("gold_penta"))
		}
		d.Quad = cameo.Quad(q)
		var ok bool
		d.Sentence, d.Sources, d.Targets, ok = unmarkDyad(get("marked_sentence"))
		if !ok {
			return nil, fmt.Errorf("%s:%d: marked_sentence has an unclosed, stray or self-nested <s> or <t> marker", name, line)
		}
		if s := get("sentence"); s != d.Sentence {
			return nil, fmt.Errorf("%s:%d: marked_sentence without its markers differs from sentence", name, line)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, line+1, err)
	}
	return out, nil
}

// unmarkDyad strips <s>..</s> and <t>..</t> from m and returns the clean
// text with the marked spans as offsets into it. A source may sit inside a
// target or the other way round ("<s><t>Iraqi</t> fighters</s>"); ok is
// false for an unclosed or stray marker, or one nested in its own kind.
func unmarkDyad(m string) (clean string, src, tgt []doc.Span, ok bool) {
	var b strings.Builder
	openS, openT := -1, -1 // start offsets in the clean text while inside a marker
	for i := 0; i < len(m); {
		tag := m[i:min(i+4, len(m))]
		switch {
		case strings.HasPrefix(tag, "<s>"):
			if openS >= 0 {
				return "", nil, nil, false
			}
			openS, i = b.Len(), i+3
		case strings.HasPrefix(tag, "<t>"):
			if openT >= 0 {
				return "", nil, nil, false
			}
			openT, i = b.Len(), i+3
		case tag == "</s>":
			if openS < 0 {
				return "", nil, nil, false
			}
			src = append(src, doc.Span{Start: int32(openS), End: int32(b.Len())})
			openS, i = -1, i+4
		case tag == "</t>":
			if openT < 0 {
				return "", nil, nil, false
			}
			tgt = append(tgt, doc.Span{Start: int32(openT), End: int32(b.Len())})
			openT, i = -1, i+4
		default:
			b.WriteByte(m[i])
			i++
		}
	}
	return b.String(), src, tgt, openS < 0 && openT < 0
}

// ploverLabel is the file's name for a PLOVER type: CONCEDE and RETREAT are
// one type there, YIELD. NoPlover is "" (dyad gave the pair no type).
func ploverLabel(t cameo.PloverType) string {
	switch t {
	case cameo.NoPlover:
		return ""
	case cameo.PloverConcede, cameo.PloverRetreat:
		return "YIELD"
	}
	return t.String()
}

// ploverQuad is the quad class of a PLOVER type as the file numbers them:
// PLOVER's own quads (REQUEST verbal conflict), with the merged YIELD in
// material cooperation (RETREAT's), as all of the file's YIELD dyads are.
func ploverQuad(t cameo.PloverType) cameo.Quad {
	if t == cameo.PloverConcede {
		return cameo.MaterialCooperation
	}
	return t.Quad()
}

// PloverFigures are the headline figures, in the order and under the names
// `dyad eval plover-dyads --json` prints; the coverage fields (issue 3) come
// after the five the task fixes.
type PloverFigures struct {
	Dyads          int     `json:"dyads"`
	RootAccuracy   float64 `json:"root_accuracy"`
	RootMacroF1    float64 `json:"root_macro_f1"`
	QuadAccuracy   float64 `json:"quad_accuracy"`
	QuadMacroF1    float64 `json:"quad_macro_f1"`
	Spans          int     `json:"spans"`
	SpansResolved  int     `json:"spans_resolved"`
	Coverage       float64 `json:"coverage"`
	SourceCoverage float64 `json:"source_coverage"`
	TargetCoverage float64 `json:"target_coverage"`
}

// PloverPrediction is what dyad gave one gold dyad.
type PloverPrediction struct {
	Dyad  *PloverDyad
	Root  string     // "" when dyad coded nothing for the pair
	Quad  cameo.Quad // the quad class of the type dyad gave (ploverQuad); NoQuad likewise
	Event int        // index into Doc.Events of the event chosen; -1 for none
	Miss  PloverMiss // why there is no prediction
	Doc   *doc.Doc
	// Resolved holds, per gold source then target span, the mention with a
	// known actor that overlaps it (-1 for none).
	Resolved []int32
}

// PloverMiss says why dyad gave a dyad no type.
type PloverMiss uint8

const (
	PloverHit       PloverMiss = iota // an event gives the pair a type
	PloverNoEvent                     // dyad coded no event in the sentence
	PloverOtherPair                   // events, but none for this source and target
	PloverUntyped                     // an event for the pair, of CAMEO 01 (no PLOVER type)
	PloverFailed                      // the pipeline failed on the sentence
	ploverMissEnd
)

var ploverMissNames = [...]string{"typed", "no event in the sentence", "events for other pairs only",
	"only CAMEO 01 (no PLOVER type)", "pipeline failed"}

func (m PloverMiss) String() string {
	if m < ploverMissEnd {
		return ploverMissNames[m]
	}
	return "PloverMiss(" + strconv.Itoa(int(m)) + ")"
}

// PloverResult is the verdict on a PLOVER dyads file.
type PloverResult struct {
	Figures     PloverFigures
	Predictions []PloverPrediction
	Errors      []error // sentences the pipeline failed on (the run goes on)
}

// ScorePloverDyads runs dyad on each distinct sentence (run fills a Doc's
// layers through events) and scores the type it gives each gold pair.
//
// An event is for the pair when its source span overlaps a gold source
// span and its target span a gold target span; a side the file does not
// mark matches any. Negated and hypothetical events are not counted. Of
// several events for the pair, one with a PLOVER type wins over one
// without, then the higher confidence, then the earlier. Its quad is its
// type's (ploverQuad). Macro-F1 averages the per-label F1 over the
// labels of the gold file (15 types, 4 quads), so a pair dyad leaves
// uncoded counts against recall. Coverage is the share of gold spans that
// a mention with a known actor overlaps.
func ScorePloverDyads(dyads []PloverDyad, run func(*doc.Doc) error) *PloverResult {
	res := &PloverResult{}
	docs := map[string]*doc.Doc{}
	failed := map[string]bool{}
	var srcSpans, srcRes, tgtSpans, tgtRes int
	for i := range dyads {
		g := &dyads[i]
		d, seen := docs[g.Sentence]
		if !seen {
			d = doc.New(doc.Article{ID: "line " + strconv.Itoa(g.Line), Text: g.Sentence})
			if err := run(d); err != nil {
				failed[g.Sentence] = true
				res.Errors = append(res.Errors, fmt.Errorf("line %d: %w", g.Line, err))
			}
			docs[g.Sentence] = d
		}
		p := predictPlover(d, g)
		if failed[g.Sentence] {
			p.Miss = PloverFailed
		}
		for k, sp := range append(slices.Clone(g.Sources), g.Targets...) {
			mi := resolvedMention(d, sp)
			p.Resolved = append(p.Resolved, mi)
			if k < len(g.Sources) {
				srcSpans++
				if mi >= 0 {
					srcRes++
				}
			} else {
				tgtSpans++
				if mi >= 0 {
					tgtRes++
				}
			}
		}
		res.Predictions = append(res.Predictions, p)
	}
	f := &res.Figures
	f.Dyads = len(dyads)
	gr, pr := make([]string, len(dyads)), make([]string, len(dyads))
	gq, pq := make([]string, len(dyads)), make([]string, len(dyads))
	for i, p := range res.Predictions {
		gr[i], pr[i] = p.Dyad.Root, p.Root
		gq[i], pq[i] = strconv.Itoa(int(p.Dyad.Quad)), strconv.Itoa(int(p.Quad))
	}
	f.RootAccuracy, f.RootMacroF1 = accuracyMacroF1(gr, pr)
	f.QuadAccuracy, f.QuadMacroF1 = accuracyMacroF1(gq, pq)
	f.Spans, f.SpansResolved = srcSpans+tgtSpans, srcRes+tgtRes
	f.Coverage = ratio(f.SpansResolved, f.Spans)
	f.SourceCoverage = ratio(srcRes, srcSpans)
	f.TargetCoverage = ratio(tgtRes, tgtSpans)
	return res
}

// predictPlover picks the event dyad gives the gold pair.
func predictPlover(d *doc.Doc, g *PloverDyad) PloverPrediction {
	p := PloverPrediction{Dyad: g, Event: -1, Doc: d, Miss: PloverNoEvent}
	best, bestTyped := -1, false
	for i := range d.Events {
		e := &d.Events[i]
		if e.Negated || e.Modality == doc.Hypothetical {
			continue
		}
		p.Miss = PloverOtherPair
		if !sideFits(d, e.Source, g.Sources) || !sideFits(d, e.Target, g.Targets) {
			continue
		}
		t, _ := e.Code.Plover()
		typed := t != cameo.NoPlover
		if best < 0 || typed && !bestTyped ||
			typed == bestTyped && e.Evidence.Confidence > d.Events[best].Evidence.Confidence {
			best, bestTyped = i, typed
		}
	}
	if best < 0 {
		return p
	}
	e := &d.Events[best]
	t, _ := e.Code.Plover()
	p.Event, p.Root, p.Quad = best, ploverLabel(t), ploverQuad(t)
	p.Miss = PloverHit
	if !bestTyped {
		p.Miss = PloverUntyped
	}
	return p
}

// sideFits reports whether an event's participant overlaps one of the gold
// spans of its side, itself or, for a pronoun or other mention that refers
// back, the mention it refers to ("Kenya said it would permit ...": the
// source "it" is the gold "Ethiopia"); any participant fits a side with no
// gold span.
func sideFits(d *doc.Doc, pt doc.Participant, gold []doc.Span) bool {
	if len(gold) == 0 {
		return true
	}
	sp := pt.Span
	if sp.Empty() && pt.Mention >= 0 && int(pt.Mention) < len(d.Mentions) {
		sp = d.Mentions[pt.Mention].Span
	}
	if overlapsAny(sp, gold) {
		return true
	}
	mi := pt.Mention
	for k := 0; k < 8 && mi >= 0 && int(mi) < len(d.Mentions); k++ {
		mi = d.Mentions[mi].Antecedent
		if mi >= 0 && int(mi) < len(d.Mentions) && overlapsAny(d.Mentions[mi].Span, gold) {
			return true
		}
	}
	return false
}

func overlapsAny(sp doc.Span, gold []doc.Span) bool {
	if sp.Empty() {
		return false
	}
	for _, g := range gold {
		if sp.Overlaps(g) {
			return true
		}
	}
	return false
}

// resolvedMention is the first mention with a known actor that overlaps
// sp, or -1.
func resolvedMention(d *doc.Doc, sp doc.Span) int32 {
	// The span's head is its first token whose own head lies outside it
	// ("army" in "President Michel Sleiman's army"): the mention holding it
	// is what the span names. A span whose head holds no known mention
	// takes the first known mention inside it.
	head := int32(-1)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if !sp.Contains(t.Span) {
			continue
		}
		if t.Head < 0 || !sp.Contains(d.Tokens[t.Head].Span) {
			head = int32(i)
			break
		}
	}
	first := int32(-1)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if head >= 0 && m.Tokens.Start <= head && head < m.Tokens.End && !m.Actor.Known() &&
			(m.Kind == doc.Organization || m.Kind == doc.UnknownKind) && m.Tokens.End-m.Tokens.Start >= 2 {
			// the span names a name no dictionary codes ("Majority
			// Forward, a group aligned with ... Schumer"): not another
			// mention's actor
			return -1
		}
		if !m.Actor.Known() || !m.Span.Overlaps(sp) {
			continue
		}
		if head >= 0 && m.Tokens.Start <= head && head < m.Tokens.End {
			return int32(i)
		}
		if first < 0 {
			first = int32(i)
		}
	}
	return first
}

// accuracyMacroF1 scores predicted labels against gold ones. Macro-F1 is
// over the labels that occur in gold; a predicted label that never occurs
// in gold (such as "none") only lowers the recall of the gold label.
func accuracyMacroF1(gold, pred []string) (acc, macro float64) {
	if len(gold) == 0 {
		return 0, 0
	}
	right := 0
	for i := range gold {
		if gold[i] == pred[i] {
			right++
		}
	}
	// Summed in label order: over a map's order the last digits of the
	// float sum differed from run to run.
	scores := labelScores(gold, pred)
	for _, s := range scores {
		macro += s.F1
	}
	return ratio(right, len(gold)), macro / float64(len(scores))
}

// labelScores gives the counts and F1 of each label that occurs in gold
// (pred[i] is the prediction for gold[i]), in label order.
func labelScores(gold, pred []string) []LabelScore {
	per := map[string]*LabelScore{}
	get := func(l string) *LabelScore {
		s := per[l]
		if s == nil {
			s = &LabelScore{Label: l}
			per[l] = s
		}
		return s
	}
	for i := range gold {
		get(gold[i]).Gold++
		get(pred[i]).Pred++
		if gold[i] == pred[i] {
			get(gold[i]).Right++
		}
	}
	var out []LabelScore
	for _, s := range per {
		if s.Gold == 0 {
			continue
		}
		s.Precision, s.Recall, s.F1 = ratio(s.Right, s.Pred), ratio(s.Right, s.Gold), ratio(2*s.Right, s.Gold+s.Pred)
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out
}

// Confusions counts the (gold, predicted) root pairs that differ, commonest
// first; a prediction of "" is written "none".
func (r *PloverResult) Confusions() []LabelCount {
	n := map[string]int{}
	for _, p := range r.Predictions {
		if p.Root != p.Dyad.Root {
			n[p.Dyad.Root+" → "+orLabel(p.Root)]++
		}
	}
	return sortCounts(n)
}

// Misses counts why gold dyads got no type.
func (r *PloverResult) Misses() []LabelCount {
	n := map[string]int{}
	for _, p := range r.Predictions {
		if p.Miss != PloverHit {
			n[p.Miss.String()]++
		}
	}
	return sortCounts(n)
}

// LabelCount is a label and how often it occurs.
type LabelCount struct {
	Label string
	Count int
}

func sortCounts(n map[string]int) []LabelCount {
	out := make([]LabelCount, 0, len(n))
	for l, c := range n {
		out = append(out, LabelCount{l, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Label < out[j].Label
	})
	return out
}

func orLabel(l string) string {
	if l == "" {
		return "none"
	}
	return l
}

// PloverSpan is one gold source or target span with what dyad made of it,
// for a person to check by hand.
type PloverSpan struct {
	Dyad    *PloverDyad
	Role    string   // "source" or "target"
	Span    doc.Span // into Dyad.Sentence
	Mention int32    // the resolving mention in Doc, -1 for none
	Doc     *doc.Doc
}

// Spans lists every gold span in file order.
func (r *PloverResult) Spans() []PloverSpan {
	var out []PloverSpan
	for _, p := range r.Predictions {
		for k, mi := range p.Resolved {
			s := PloverSpan{Dyad: p.Dyad, Role: "source", Mention: mi, Doc: p.Doc}
			if k < len(p.Dyad.Sources) {
				s.Span = p.Dyad.Sources[k]
			} else {
				s.Role, s.Span = "target", p.Dyad.Targets[k-len(p.Dyad.Sources)]
			}
			out = append(out, s)
		}
	}
	return out
}

// String is one line: the gold text, the mention dyad resolved over it,
// its code and the dictionary entry or rule behind it.
func (s PloverSpan) String() string {
	gold := s.Dyad.Sentence[s.Span.Start:s.Span.End]
	if s.Mention < 0 {
		return fmt.Sprintf("line %d %s %q: no actor", s.Dyad.Line, s.Role, gold)
	}
	m := &s.Doc.Mentions[s.Mention]
	return fmt.Sprintf("line %d %s %q: %s %q (%s) %s", s.Dyad.Line, s.Role, gold, m.Actor.Code,
		s.Doc.Text(m.Span), m.Actor.Name, m.Actor.Entry)
}

// LabelScore is one gold label's counts and F1.
type LabelScore struct {
	Label             string
	Gold, Pred, Right int
	Precision, Recall float64
	F1                float64
}

// RootScores gives the per-type counts behind the root figures, in the
// order of the gold types' frequency.
func (r *PloverResult) RootScores() []LabelScore {
	gold, pred := make([]string, len(r.Predictions)), make([]string, len(r.Predictions))
	for i, p := range r.Predictions {
		gold[i], pred[i] = p.Dyad.Root, p.Root
	}
	out := labelScores(gold, pred)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Gold != out[j].Gold {
			return out[i].Gold > out[j].Gold
		}
		return out[i].Label < out[j].Label
	})
	return out
}

// String describes the prediction for a person: the gold pair and type,
// what dyad gave, and every event dyad coded in the sentence.
func (p PloverPrediction) String() string {
	g := p.Dyad
	var b strings.Builder
	fmt.Fprintf(&b, "line %d: gold %s, dyad %s (%s)\n  %s\n", g.Line, g.Root, orLabel(p.Root), p.Miss, g.Sentence)
	for _, s := range g.Sources {
		fmt.Fprintf(&b, "  source %q\n", g.Sentence[s.Start:s.End])
	}
	for _, s := range g.Targets {
		fmt.Fprintf(&b, "  target %q\n", g.Sentence[s.Start:s.End])
	}
	if p.Doc != nil {
		for i := range p.Doc.Events {
			mark := " "
			if i == p.Event {
				mark = "*"
			}
			e := &p.Doc.Events[i]
			fmt.Fprintf(&b, "  %s %s [%q → %q]\n", mark, describeEvent(p.Doc, e), p.Doc.Text(e.Source.Span), p.Doc.Text(e.Target.Span))
		}
	}
	return b.String()
}
