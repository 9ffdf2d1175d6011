package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/doc"
)

// Fields names the fields of a JSON record or the columns of a CSV file
// that hold each part of an article. An empty name is guessed: the first
// field whose name matches one of the usual names (any case) is used. In
// JSON a name may be a dotted path into nested objects ("attrs.newid").
// ID is only used to name a record in failures: article IDs are always
// hashes of the URL or text, so they are stable across inputs.
type Fields struct {
	ID, URL, Outlet, Title, Date, Text string
}

// The usual field names, in order of preference.
var (
	textNames   = []string{"text", "body", "content", "article", "maintext", "full_text", "article_text", "story"}
	dateNames   = []string{"date", "published", "pubdate", "publish_date", "published_at", "publication_date", "date_publish", "datetime", "timestamp"}
	titleNames  = []string{"title", "headline"}
	urlNames    = []string{"url", "link", "uri"}
	outletNames = []string{"source", "outlet", "publisher", "source_domain", "site", "source_name"}
	idNames     = []string{"id", "newid", "article_id", "guid", "uuid"}
)

// record gets the value of a field by name from one JSON object or CSV row.
type record interface {
	get(name string) (string, bool)
}

// article builds an article from a record with the given or guessed fields.
func recordArticle(r record, f *Fields, opt *Options, at Failure) (doc.Article, *Failure) {
	pick := func(name string, guesses []string) string {
		if name != "" {
			v, _ := r.get(name)
			return v
		}
		for _, g := range guesses {
			if v, ok := r.get(g); ok && v != "" {
				return v
			}
		}
		return ""
	}
	prefix := ""
	if id := pick(f.ID, idNames); id != "" {
		prefix = "(id " + trunc(id, 40) + ") "
	}
	a := doc.Article{
		URL:    pick(f.URL, urlNames),
		Outlet: pick(f.Outlet, outletNames),
		Title:  decodeReferences(pick(f.Title, titleNames)),
		Text:   decodeReferences(pick(f.Text, textNames)),
	}
	if ds := pick(f.Date, dateNames); ds != "" {
		t, ok := ParseDate(ds)
		if !ok {
			at.Reason = prefix + fmt.Sprintf("cannot read date %q", trunc(ds, 40))
			at.Hint = "name the date field with Options.Fields.Date (--date-field) or fix its format (RFC 3339, 2006-01-02)"
			return a, &at
		}
		a.Published = t
	}
	if fail := finish(&a, opt, at); fail != nil {
		fail.Reason = prefix + fail.Reason
		return a, fail
	}
	return a, nil
}

// decodeReferences replaces the complete character references of s
// ("&amp;", "&lt;", "&#39;", "&#x2019;") with what they stand for. The
// text fields of CSV and JSON records are often cut from HTML or SGML
// with them left in, and read as words they wreck a sentence's parse
// ("Kenya Airways Ltd &lt;KQ.N> rose" read "&lt" as a noun). References
// to control characters become spaces, as the text splitter would read
// the characters. Incomplete ones ("AT&T", "&copy") and unknown names stay
// as they are.
func decodeReferences(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '&')
		if j < 0 {
			break
		}
		i += j
		n := referenceLen(s[i:])
		if n == 0 {
			i++
			continue
		}
		r := html.UnescapeString(s[i : i+n])
		if r == s[i:i+n] {
			i += n
			continue
		}
		if c, _ := utf8.DecodeRuneInString(r); unicode.IsControl(c) && c != '\t' && c != '\n' && c != '\r' {
			r = " "
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		i += n
		last = i
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// referenceLen is the length of the character reference s starts with,
// "&" to ";", or 0: a name of letters and digits (at most 32), "#" and
// decimal digits (at most 8), or "#x" and hex digits (at most 7).
func referenceLen(s string) int {
	start, most, ok := 1, 32, isAlnum
	switch {
	case strings.HasPrefix(s, "&#x"), strings.HasPrefix(s, "&#X"):
		start, most, ok = 3, 7, isHex
	case strings.HasPrefix(s, "&#"):
		start, most, ok = 2, 8, isDecimal
	}
	i := start
	for i < len(s) && i < start+most && ok(s[i]) {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

func isDecimal(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool { return isDecimal(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func isAlnum(c byte) bool { return isDecimal(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// jsonRecord is one decoded JSON object.
type jsonRecord map[string]any

func (m jsonRecord) get(name string) (string, bool) {
	var v any = map[string]any(m)
	for part := range strings.SplitSeq(name, ".") {
		obj, ok := v.(map[string]any)
		if !ok {
			return "", false
		}
		v, ok = lookupFold(obj, part)
		if !ok {
			return "", false
		}
	}
	return jsonString(v)
}

func lookupFold(obj map[string]any, key string) (any, bool) {
	if v, ok := obj[key]; ok {
		return v, true
	}
	for k, v := range obj {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

// jsonString renders a field value as text: strings as they are, numbers
// in their JSON form, an object by its "name" (NewsAPI's source object).
func jsonString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case json.Number:
		return x.String(), true
	case map[string]any:
		if n, ok := lookupFold(x, "name"); ok {
			return jsonString(n)
		}
	case []any:
		if len(x) > 0 {
			return jsonString(x[0])
		}
	}
	return "", false
}

func decodeObject(data []byte) (jsonRecord, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errors.New("the record is null, not an object")
	}
	return m, nil
}

// readJSONLines reads one JSON object per line. A line longer than the
// article limit is skipped without being held in memory.
func readJSONLines(ctx context.Context, r *bufio.Reader, name string, opt *Options, yield yieldFunc) bool {
	max := opt.maxBytes()
	out := emitPair(yield)
	var offset int64
	rec := 0
	var buf []byte
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			yield(doc.Article{}, err)
			return false
		}
		buf = buf[:0]
		start := offset
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = r.ReadSlice('\n')
			offset += int64(len(chunk))
			if !tooLong && int64(len(buf)+len(chunk)) > max+1 {
				// Report at once, then skip the rest of the line unread.
				tooLong = true
				buf = buf[:0]
				rec++
				at := Failure{Input: name, Line: line, Record: rec, Offset: start,
					Reason: fmt.Sprintf("the line is over the article limit of %d bytes", max),
					Hint:   "raise Options.MaxArticleBytes (--max-article-bytes) if it is really one article"}
				if !yield(doc.Article{}, &at) {
					return false
				}
			}
			if !tooLong {
				buf = append(buf, chunk...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return yield(doc.Article{}, readFailure(name, line, rec+1, err))
		}
		at := Failure{Input: name, Line: line, Offset: start}
		if t := bytes.TrimSpace(buf); !tooLong && len(t) > 0 { // a long line was reported above
			rec++
			at.Record = rec
			m, derr := decodeObject(t)
			if derr != nil {
				at.Reason = "invalid JSON: " + derr.Error()
				at.Hint = "fix or remove this line; the other lines are read"
				if !yield(doc.Article{}, &at) {
					return false
				}
			} else if !out(recordArticle(m, &opt.Fields, opt, at)) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// emitPair adapts a (article, failure) pair for emit.
func emitPair(yield yieldFunc) func(doc.Article, *Failure) bool {
	return func(a doc.Article, f *Failure) bool { return emit(a, f, yield) }
}

// readJSONArray reads a JSON array of objects, or a stream of objects, one
// element at a time. Each element is cut out of the input before it is
// decoded (see splitter), so an element over the article limit is never
// held in memory, and an element that is not a valid object is reported
// with its line and the elements after it are read.
func readJSONArray(ctx context.Context, r *bufio.Reader, name string, opt *Options, yield yieldFunc) bool {
	max := opt.maxBytes()
	sp := newSplitter(r, max)
	out := emitPair(yield)
	c, err := sp.skipJSON(false)
	if err == io.EOF {
		return true
	}
	if err != nil {
		return yield(doc.Article{}, readFailure(name, sp.line, 0, err))
	}
	inArray := c == '['
	if inArray {
		sp.next()
	}
	for rec := 1; ; rec++ {
		if err := ctx.Err(); err != nil {
			yield(doc.Article{}, err)
			return false
		}
		c, err := sp.skipJSON(inArray)
		if err == io.EOF {
			if inArray {
				return yield(doc.Article{}, &Failure{Input: name, Line: sp.line, Record: rec, Offset: sp.offset,
					Reason: "the input ends before the JSON array is closed",
					Hint:   "the file is truncated: re-download it; records before this point were read"})
			}
			return true
		}
		if err != nil {
			return yield(doc.Article{}, readFailure(name, sp.line, rec, err))
		}
		if inArray && c == ']' {
			return true
		}
		at := Failure{Input: name, Line: sp.line, Record: rec, Offset: sp.offset}
		if err := sp.jsonValue(); err != nil {
			if err == io.ErrUnexpectedEOF {
				at.Reason = "the input ends inside this record"
				at.Hint = "the file is truncated: re-download it; records before this point were read"
				return yield(doc.Article{}, &at)
			}
			f := readFailure(name, at.Line, rec, err)
			f.Offset = at.Offset
			return yield(doc.Article{}, f)
		}
		if sp.long {
			at.Reason = fmt.Sprintf("the record is over the article limit of %d bytes", max)
			at.Hint = "raise Options.MaxArticleBytes (--max-article-bytes) if it is really one article"
			if !yield(doc.Article{}, &at) {
				return false
			}
			continue
		}
		m, err := decodeObject(sp.buf)
		if err != nil {
			if isSyntax(err) || errors.Is(err, io.ErrUnexpectedEOF) {
				at.Reason = "invalid JSON: " + err.Error()
				at.Hint = "fix or remove this record; the other records are read"
			} else {
				at.Reason = "the element is not a JSON object: " + err.Error()
			}
			if !yield(doc.Article{}, &at) {
				return false
			}
			continue
		}
		if !out(recordArticle(m, &opt.Fields, opt, at)) {
			return false
		}
	}
}

func isSyntax(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se)
}

// csvRecord is one CSV row with its header.
type csvRecord struct {
	cols map[string]int // lower-case column name -> index
	row  []string
}

func (c csvRecord) get(name string) (string, bool) {
	i, ok := c.cols[strings.ToLower(name)]
	if !ok || i >= len(c.row) {
		return "", false
	}
	return c.row[i], true
}

// readCSV reads a CSV (or TSV) file with a header row. Each row is cut out
// of the input before it is parsed (see splitter), so a row over the
// article limit is never held in memory.
func readCSV(ctx context.Context, r *bufio.Reader, name string, opt *Options, yield yieldFunc) bool {
	head, _ := r.Peek(sniffLen)
	first, _, _ := bytes.Cut(head, []byte("\n"))
	comma := byte(',')
	if bytes.Count(first, []byte("\t")) > bytes.Count(first, []byte(",")) {
		comma = '\t'
	}
	max := opt.maxBytes()
	sp := newSplitter(r, max)
	var row []string
	// parse parses the row in sp.buf.
	parse := func() ([]string, error) {
		cr := csv.NewReader(bytes.NewReader(sp.buf))
		cr.Comma = rune(comma)
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		rec, err := cr.Read()
		if err == io.EOF {
			return nil, nil // a blank line
		}
		row = append(row[:0], rec...)
		return row, err
	}
	err := sp.csvRow(comma)
	var header []string
	why := ""
	switch {
	case err == io.EOF:
		why = "the input is empty"
	case err != nil:
		why = errText(err)
	case sp.long:
		why = fmt.Sprintf("the first row is over the article limit of %d bytes", max)
	default:
		header, err = parse()
		header = slices.Clone(header)
		if err != nil {
			why = errText(err)
		} else if len(header) == 0 {
			why = "the first line is blank"
		}
	}
	if why != "" {
		return yield(doc.Article{}, &Failure{Input: name, Line: 1, Offset: 0, Reason: "cannot read the CSV header: " + why,
			Hint: "the first line must name the columns (text, date, title, url, source)"})
	}
	cols := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := cols[h]; !dup {
			cols[h] = i
		}
	}
	rec := csvRecord{cols: cols}
	if _, ok := pickName(rec, opt.Fields.Text, textNames); !ok {
		return yield(doc.Article{}, &Failure{Input: name, Line: 1, Offset: 0,
			Reason: fmt.Sprintf("no text column in the header %q", strings.Join(header, ",")),
			Hint:   "name the text column with Options.Fields.Text (--text-field)"})
	}
	out := emitPair(yield)
	for n := 1; ; {
		if err := ctx.Err(); err != nil {
			yield(doc.Article{}, err)
			return false
		}
		at := Failure{Input: name, Line: sp.line, Record: n, Offset: sp.offset}
		err := sp.csvRow(comma)
		switch {
		case err == io.EOF:
			return true
		case err == io.ErrUnexpectedEOF:
			at.Reason = "the input ends inside a quoted field of this row"
			at.Hint = "check the quoting of this row, or whether the file is truncated"
			return yield(doc.Article{}, &at)
		case err != nil:
			f := readFailure(name, at.Line, n, err)
			f.Offset = at.Offset
			return yield(doc.Article{}, f)
		case sp.long:
			n++
			at.Reason = fmt.Sprintf("the row is over the article limit of %d bytes", max)
			at.Hint = "raise Options.MaxArticleBytes (--max-article-bytes) if it is really one article"
			if !yield(doc.Article{}, &at) {
				return false
			}
			continue
		}
		row, err := parse()
		if row == nil && err == nil {
			continue // a blank line is no record, as in encoding/csv
		}
		n++
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			at.Reason = "bad CSV row: " + err.Error()
			at.Hint = "check the quoting of this row; the other rows are read"
			if !yield(doc.Article{}, &at) {
				return false
			}
			continue
		}
		rec.row = row
		if !out(recordArticle(rec, &opt.Fields, opt, at)) {
			return false
		}
	}
}

func pickName(r csvRecord, name string, guesses []string) (string, bool) {
	if name != "" {
		_, ok := r.cols[strings.ToLower(name)]
		return name, ok
	}
	for _, g := range guesses {
		if _, ok := r.cols[g]; ok {
			return g, true
		}
	}
	return "", false
}
