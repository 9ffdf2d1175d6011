package ingest

import (
	"bufio"
	"io"
)

// splitter cuts the records of a JSON array or a CSV file out of a reader
// before any of them is decoded, so that the article limit bounds what is
// held in memory: a record over the limit is read to its end without being
// kept, and reported by its line and offset; the records after it are read
// as usual.
type splitter struct {
	r      *bufio.Reader
	max    int64 // bytes kept of one record; a longer one is skipped
	offset int64 // of the next byte
	line   int   // 1-based line of the next byte
	buf    []byte
	long   bool // the record being read is over max
}

func newSplitter(r *bufio.Reader, max int64) *splitter {
	return &splitter{r: r, max: max, line: 1}
}

// next reads one byte, keeping it in the record unless it is over max.
func (s *splitter) next() (byte, error) {
	c, err := s.r.ReadByte()
	if err != nil {
		return 0, err
	}
	s.offset++
	if c == '\n' {
		s.line++
	}
	if !s.long {
		if int64(len(s.buf)) >= s.max {
			s.long = true
			s.buf = s.buf[:0]
		} else {
			s.buf = append(s.buf, c)
		}
	}
	return c, nil
}

// peek returns the next byte without reading it.
func (s *splitter) peek() (byte, error) {
	b, err := s.r.Peek(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

// begin starts a record.
func (s *splitter) begin() {
	s.buf, s.long = s.buf[:0], false
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// skipJSON skips white space and, in an array, the commas between
// elements. It returns the next byte, unread, or the read error (io.EOF at
// the end).
func (s *splitter) skipJSON(commas bool) (byte, error) {
	for {
		c, err := s.peek()
		if err != nil {
			return 0, err
		}
		if !isJSONSpace(c) && !(commas && c == ',') && c != 0xef && c != 0xbb && c != 0xbf { // BOM bytes too
			return c, nil
		}
		s.r.ReadByte()
		s.offset++
		if c == '\n' {
			s.line++
		}
	}
}

// jsonValue reads one JSON value into s.buf (unless it is over max): an
// object or array to its matching bracket, a string to its closing quote,
// any other value up to the next delimiter. It checks only what it needs to
// find the end; the value is decoded afterwards. io.ErrUnexpectedEOF means
// the input ends inside the value.
func (s *splitter) jsonValue() error {
	s.begin()
	c, err := s.next()
	if err != nil {
		return err
	}
	depth := 0
	switch c {
	case '{', '[':
		depth = 1
	case '"':
		return s.jsonString()
	case '}', ']':
		return nil // a stray bracket: a one-byte value that fails to decode
	default:
		for {
			c, err := s.peek()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if isJSONSpace(c) || c == ',' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"' {
				return nil
			}
			s.next()
		}
	}
	for depth > 0 {
		c, err := s.next()
		if err != nil {
			return eofInside(err)
		}
		switch c {
		case '"':
			if err := s.jsonString(); err != nil {
				return err
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
	}
	return nil
}

// jsonString reads the rest of a string whose opening quote was read.
func (s *splitter) jsonString() error {
	for esc := false; ; {
		c, err := s.next()
		if err != nil {
			return eofInside(err)
		}
		switch {
		case esc:
			esc = false
		case c == '\\':
			esc = true
		case c == '"':
			return nil
		}
	}
}

func eofInside(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// csvRow reads one CSV row into s.buf (unless it is over max), with its
// newline: the row ends at a newline outside quotes. A field is quoted only
// when it begins with a quote, and "" inside it is a quote, as in
// encoding/csv; after a quoted field's closing quote, anything but the
// separator or the end of the line makes encoding/csv reject the row at the
// end of that line, and the row ends there too. It returns io.EOF when no
// byte is left.
func (s *splitter) csvRow(comma byte) error {
	s.begin()
	const (
		fieldStart = iota
		unquoted
		quoted
		afterQuote // a quote inside a quoted field: its end, or the first of ""
		badLine
	)
	state := fieldStart
	for n := 0; ; n++ {
		c, err := s.next()
		if err == io.EOF && n > 0 {
			if state == quoted {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}
		if c == '\n' && state != quoted {
			return nil
		}
		switch state {
		case fieldStart:
			switch c {
			case '"':
				state = quoted
			case comma:
			default:
				state = unquoted
			}
		case unquoted:
			if c == comma {
				state = fieldStart
			}
		case quoted:
			if c == '"' {
				state = afterQuote
			}
		case afterQuote:
			switch c {
			case '"':
				state = quoted
			case comma:
				state = fieldStart
			case '\r':
			default:
				state = badLine
			}
		}
	}
}
