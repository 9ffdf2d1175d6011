package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"dyad/doc"
)

// Format is an input format.
type Format uint8

const (
	Auto      Format = iota // sniff from the first bytes
	Text                    // one plain-text article per file
	HTML                    // one web page per file
	Feed                    // RSS or Atom
	WARC                    // WARC file of crawled responses
	JSONLines               // one JSON object per line
	JSONArray               // a JSON array of objects (or a stream of objects)
	CSV                     // comma- or tab-separated, with a header row
	formatEnd
)

var formatNames = [...]string{"auto", "text", "html", "feed", "warc", "jsonl", "json", "csv"}

func (f Format) String() string {
	if f < formatEnd {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ParseFormat reads a format name as String writes it.
func ParseFormat(s string) (Format, bool) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), true
		}
	}
	return Auto, false
}

// sniffLen is how much of an input is looked at to find its format.
const sniffLen = 4096

// readStream reads one input, decompressing gzip, and dispatches on its format.
func readStream(ctx context.Context, r io.Reader, name string, opt *Options, yield yieldFunc) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return yield(doc.Article{}, &Failure{Input: name, Offset: -1, Reason: "cannot read: " + errText(err)})
	}
	inner := name
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return yield(doc.Article{}, &Failure{Input: name, Offset: 0, Reason: "not a valid gzip stream: " + err.Error(),
				Hint: "re-download or recompress the file"})
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
		inner = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
	}
	head, err = br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return yield(doc.Article{}, readFailure(name, 0, 0, err))
	}
	format, why := opt.Format, ""
	if format == Auto {
		format, why = sniff(head, inner, &opt.Fields)
	}
	switch format {
	case Text:
		return readText(ctx, br, name, opt, yield)
	case HTML:
		a, f := readHTML(ctx, br, "", "", time.Time{}, opt, Failure{Input: name, Offset: -1})
		return emit(a, f, yield)
	case Feed:
		return readFeed(ctx, br, name, opt, yield)
	case WARC:
		return readWARC(ctx, br, name, opt, yield)
	case JSONLines:
		return readJSONLines(ctx, br, name, opt, yield)
	case JSONArray:
		return readJSONArray(ctx, br, name, opt, yield)
	case CSV:
		return readCSV(ctx, br, name, opt, yield)
	}
	return yield(doc.Article{}, &Failure{Input: name, Offset: -1, Skipped: true, Reason: why})
}

func emit(a doc.Article, f *Failure, yield yieldFunc) bool {
	if f != nil {
		return yield(doc.Article{}, f)
	}
	return yield(a, nil)
}

// readFailure turns a read error in the middle of an input into a Failure;
// a truncated gzip stream is the usual cause.
func readFailure(name string, line, record int, err error) *Failure {
	f := &Failure{Input: name, Line: line, Record: record, Offset: -1, Reason: "cannot read further: " + errText(err)}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		f.Reason = "the input ends early or is corrupt (" + err.Error() + ")"
		f.Hint = "the file is truncated: re-download or recompress it; records before this point were read"
	}
	return f
}

// notArticleExt are extensions of files that hold no article even when
// their content is text.
var notArticleExt = map[string]string{
	".md": "Markdown documentation", ".markdown": "Markdown documentation", ".rst": "reStructuredText documentation",
	".yaml": "configuration", ".yml": "configuration", ".toml": "configuration", ".ini": "configuration",
	".go": "source code", ".py": "source code", ".js": "source code", ".css": "a style sheet", ".sh": "a script",
	".sql": "source code", ".db": "a database", ".sqlite": "a database", ".wal": "a database log",
}

var notArticleBase = []string{"readme", "license", "licence", "changelog", "copying", "notice", "authors", "makefile"}

// forceFormat says how to read a file sniff set aside: the commands name
// the input format with different flags (dyad code's --format is its output).
const forceFormat = "name its format to read it anyway (dyad ingest --format text; dyad code or parse --input text)"

// sniff finds the format of an input from its first bytes; the name only
// breaks ties. For inputs that are no article source it returns Auto and
// the reason, naming what the input looks like.
func sniff(head []byte, name string, fields *Fields) (Format, string) {
	if len(bytes.TrimSpace(head)) == 0 {
		return Auto, "empty input"
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return WARC, ""
	}
	ext := strings.ToLower(filepath.Ext(name))
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	ctype := http.DetectContentType(head)
	if !strings.HasPrefix(ctype, "text/") && !strings.Contains(ctype, "json") && !strings.Contains(ctype, "xml") {
		if ctype == "application/octet-stream" {
			ctype = "binary data"
		}
		return Auto, "not text (" + ctype + ")"
	}
	if what, ok := notArticleExt[ext]; ok {
		return Auto, "looks like " + what + ", not an article (extension " + ext + "); " + forceFormat
	}
	for _, b := range notArticleBase {
		if base == b {
			return Auto, "looks like a project file (" + filepath.Base(name) + "), not an article; " + forceFormat
		}
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch t[0] {
	case '<':
		low := bytes.ToLower(t)
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(low, []byte(tag)) {
				return Feed, ""
			}
		}
		if bytes.HasPrefix(low, []byte("<?xml")) && !bytes.Contains(low, []byte("<html")) {
			return Auto, "XML that is neither RSS, Atom nor XHTML"
		}
		return HTML, ""
	case '[':
		return JSONArray, ""
	case '{':
		// One object per line if the first line is a whole object;
		// otherwise a stream of (pretty-printed) objects.
		line, _, _ := bytes.Cut(t, []byte("\n"))
		if bytes.HasSuffix(bytes.TrimSpace(line), []byte("}")) {
			return JSONLines, ""
		}
		return JSONArray, ""
	}
	if ext == ".csv" || ext == ".tsv" || looksLikeCSVHeader(t, fields) {
		return CSV, ""
	}
	if ext == ".json" || ext == ".jsonl" || ext == ".ndjson" {
		return Auto, "has a JSON extension but does not start with { or ["
	}
	return Text, ""
}

// looksLikeCSVHeader reports whether the first line is a header naming a
// text column.
func looksLikeCSVHeader(t []byte, fields *Fields) bool {
	line, _, _ := bytes.Cut(t, []byte("\n"))
	sep := ","
	if bytes.Count(line, []byte("\t")) > bytes.Count(line, []byte(",")) {
		sep = "\t"
	}
	names := strings.Split(strings.TrimSpace(string(line)), sep)
	if len(names) < 2 {
		return false
	}
	for _, n := range names {
		n = strings.ToLower(strings.Trim(strings.TrimSpace(n), `"`))
		if fields.Text != "" && n == strings.ToLower(fields.Text) {
			return true
		}
		for _, c := range textNames {
			if n == c {
				return true
			}
		}
	}
	return false
}
