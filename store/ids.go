package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"dyad/cameo"
	"dyad/doc"
)

// MentionID is the stable ID of one event mention: the first 16 hex digits
// of SHA-256 over the article ID, sentence index, source code, target code
// and CAMEO code. The same event coded twice from the same article gets the
// same ID, so rewrites are idempotent.
func MentionID(articleID string, sentence int32, source, target, code string) string {
	return hash16(articleID, strconv.Itoa(int(sentence)), source, target, code)
}

// EventID is the stable ID of a clustered event: day, source, target, code,
// negation and modality.
func EventID(day time.Time, source, target, code string, negated bool, modality doc.Modality) string {
	d := ""
	if !day.IsZero() {
		d = day.UTC().Format("2006-01-02")
	}
	return hash16(d, source, target, code, strconv.FormatBool(negated), modality.String())
}

func hash16(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// CodeString is the digits of a CAMEO code as stored ("" for no code).
func CodeString(c cameo.Code) string {
	if c == 0 {
		return ""
	}
	return c.String()
}

// CodeClass gives the quad class and PLOVER type name of a code ("" for
// CAMEO 01, which has no PLOVER type).
func CodeClass(c cameo.Code) (quad int, plover string) {
	if c == 0 {
		return 0, ""
	}
	t, _ := c.Plover()
	if t != 0 {
		plover = t.String()
	}
	return int(c.Quad()), plover
}

// Day is t truncated to its UTC day; zero stays zero.
func Day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
