package peerdict

import (
	"fmt"
	"io"
	"strings"
)

// AgentFile is a TABARI/PETRARCH agents dictionary (Phoenix.agents.txt,
// PETR.Validate.agents.txt, TABARI Validate.agents).
type AgentFile struct {
	Substitutions []Substitution
	Agents        []AgentRecord
	Warnings      []Warning
}

// Substitution is a "!NAME! = WORD, WORD, ..." line: inside agent phrases,
// "!NAME!" stands for each of the words in turn (CONGRESS!PERSON! is
// CONGRESSMAN, CONGRESSMEN, ...).
type Substitution struct {
	Pos
	Name  string // without the "!"s
	Words []string
}

// AgentPlacement says where an agent code goes relative to the actor code
// it modifies: "[~GOV]" appends (USA + GOV = USAGOV), "[NGO~]" prepends.
type AgentPlacement uint8

const (
	AgentAfter  AgentPlacement = iota // "[~GOV]"
	AgentBefore                       // "[NGO~]"
)

var agentPlacementNames = [...]string{"after", "before"}

func (p AgentPlacement) String() string {
	if int(p) < len(agentPlacementNames) {
		return agentPlacementNames[p]
	}
	return fmt.Sprintf("AgentPlacement(%d)", p)
}

// AgentRecord is one agent line: "PHRASE {PLURAL PLURAL} [~CODE] # comment".
// Without braces PETRARCH forms regular plurals; "{}" says there are none;
// "{A_B C}" lists the plural forms (each a phrase).
type AgentRecord struct {
	Pos
	Phrase       Phrase // may contain "!NAME!" substitution marks, as written
	Plurals      []Phrase
	PluralsGiven bool // braces present: Plurals is the complete list
	Code         string
	Placement    AgentPlacement
	Comment      string
}

// ReadAgents reads an agents dictionary.
func ReadAgents(r io.Reader, name string) (*AgentFile, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	f := &AgentFile{}
	for _, ln := range lines {
		s := ln.text
		if strings.TrimSpace(s) == "" {
			continue
		}
		if commentLine(s, ln.Pos, &f.Warnings) {
			continue
		}
		body, comment := stripComment(s)
		if strings.TrimSpace(body) == "" {
			continue
		}
		if t := strings.TrimSpace(body); strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			sub, err := parseSubstitution(ln.Pos, t)
			if err != nil {
				return nil, err
			}
			f.Substitutions = append(f.Substitutions, sub)
			continue
		}
		sp, e := bracket(body)
		before, inside, after := sp.before, sp.code, sp.after
		if e != "" {
			return nil, &Error{ln.Pos, e}
		}
		if !sp.found {
			f.Warnings = append(f.Warnings, Warning{ln.Pos, fmt.Sprintf("agent line %q has no [~CODE]; skipped", strings.TrimSpace(body))})
			continue
		}
		if sp.warn != "" {
			f.Warnings = append(f.Warnings, Warning{ln.Pos, sp.warn})
		}
		if t := strings.TrimSpace(after); t != "" {
			return nil, &Error{ln.Pos, fmt.Sprintf("text %q after the agent code", t)}
		}
		a := AgentRecord{Pos: ln.Pos, Comment: comment}
		code := strings.Join(strings.Fields(inside), "")
		switch {
		case strings.HasPrefix(code, "~") && len(code) > 1 && !strings.Contains(code[1:], "~"):
			a.Code, a.Placement = code[1:], AgentAfter
		case strings.HasSuffix(code, "~") && len(code) > 1 && !strings.Contains(code[:len(code)-1], "~"):
			a.Code, a.Placement = code[:len(code)-1], AgentBefore
		default:
			return nil, &Error{ln.Pos, fmt.Sprintf("agent code [%s] must be [~CODE] or [CODE~]", inside)}
		}
		phr := before
		if i := strings.IndexByte(before, '{'); i >= 0 {
			j := strings.IndexByte(before[i:], '}')
			if j < 0 {
				return nil, &Error{ln.Pos, "plural list \"{\" without \"}\""}
			}
			if t := strings.TrimSpace(before[i+j+1:]); t != "" {
				return nil, &Error{ln.Pos, fmt.Sprintf("text %q between the plural list and the code", t)}
			}
			a.PluralsGiven = true
			for _, pl := range strings.FieldsFunc(before[i+1:i+j], func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
				a.Plurals = append(a.Plurals, parsePhrase(pl))
			}
			phr = before[:i]
		}
		a.Phrase = parsePhrase(phr)
		if len(a.Phrase.Words) == 0 {
			return nil, &Error{ln.Pos, "agent line has a code but no phrase"}
		}
		f.Agents = append(f.Agents, a)
	}
	for _, a := range f.Agents {
		for _, w := range a.Phrase.Words {
			for _, name := range substitutionMarks(w) {
				if !hasSubstitution(f.Substitutions, name) {
					return nil, &Error{a.Pos, fmt.Sprintf("agent %q uses !%s! which no \"!%s! = ...\" line defines", a.Phrase.String(), name, name)}
				}
			}
		}
	}
	return f, nil
}

func parseSubstitution(p Pos, s string) (Substitution, error) {
	lhs, rhs, _ := strings.Cut(s, "=")
	lhs = strings.TrimSpace(lhs)
	if len(lhs) < 3 || lhs[0] != '!' || lhs[len(lhs)-1] != '!' || strings.Contains(lhs[1:len(lhs)-1], "!") {
		return Substitution{}, &Error{p, fmt.Sprintf("substitution name %q must be !NAME!", lhs)}
	}
	sub := Substitution{Pos: p, Name: lhs[1 : len(lhs)-1]}
	for _, w := range strings.Split(rhs, ",") {
		if w = strings.TrimSpace(w); w != "" {
			sub.Words = append(sub.Words, w)
		}
	}
	if len(sub.Words) == 0 {
		return Substitution{}, &Error{p, fmt.Sprintf("substitution !%s! has no words", sub.Name)}
	}
	return sub, nil
}

// substitutionMarks returns the NAMEs of the "!NAME!" marks in w.
func substitutionMarks(w string) []string {
	var out []string
	for {
		i := strings.IndexByte(w, '!')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(w[i+1:], '!')
		if j < 0 {
			return out
		}
		out = append(out, w[i+1:i+1+j])
		w = w[i+j+2:]
	}
}

func hasSubstitution(subs []Substitution, name string) bool {
	for _, s := range subs {
		if s.Name == name {
			return true
		}
	}
	return false
}
