package peerdict

import (
	"fmt"
	"io"
	"strings"
)

// DiscardRecord is a line of a discards file (Phoenix.discards.txt,
// PETR.Validate.discards.txt): a phrase whose presence discards the
// sentence, or with a leading "+" the whole story (sports, weather and
// other news that reads like politics).
type DiscardRecord struct {
	Pos
	Phrase  Phrase
	Story   bool // "+PHRASE": discard the story, not only the sentence
	Comment string
}

// DiscardFile is a discards dictionary.
type DiscardFile struct {
	Discards []DiscardRecord
	Warnings []Warning
}

// ReadDiscards reads a discards dictionary. Phrases keep their case as
// written (the files mix "Manchester United" and "BASEBALL"); matching is
// case-insensitive in PETRARCH.
func ReadDiscards(r io.Reader, name string) (*DiscardFile, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	f := &DiscardFile{}
	for _, ln := range lines {
		if strings.TrimSpace(ln.text) == "" {
			continue
		}
		if commentLine(ln.text, ln.Pos, &f.Warnings) {
			continue
		}
		body, comment := stripComment(ln.text)
		body = strings.TrimSpace(body)
		if body == "" {
			continue
		}
		d := DiscardRecord{Pos: ln.Pos, Comment: comment}
		if body[0] == '+' {
			d.Story, body = true, body[1:]
		}
		if strings.ContainsAny(body, "[]{}") {
			return nil, &Error{ln.Pos, fmt.Sprintf("discard line %.40q contains a bracket; discard lines are PHRASE or +PHRASE (is this a discards file?)", body)}
		}
		d.Phrase = parsePhrase(body)
		if len(d.Phrase.Words) == 0 {
			return nil, &Error{ln.Pos, "discard line \"+\" has no phrase"}
		}
		f.Discards = append(f.Discards, d)
	}
	return f, nil
}
