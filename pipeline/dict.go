package pipeline

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"

	"dyad/actor"
	"dyad/cameo"
	"dyad/doc"
	"dyad/lexicon/peerdict"
	"dyad/lexicon/peerlex"
	"dyad/lexicon/verbs"
	"dyad/syntax/lemma"
)

// A --dict folder extends the embedded dictionaries with a researcher's
// own, in dyad's format or in the peers' (PETRARCH, TABARI). Each file is
// classified by its name, the way the peers name theirs:
//
//	*.actors, *.actors.txt    peer actors    (TABARI: word stems; PETRARCH .txt: whole words)
//	*.agents, *.agents.txt    peer agents
//	*.verbs, *.verbs.txt      verb patterns, dyad's format or the peers' (recognised by their "---" lines)
//	*.txt                     dyad's actor dictionaries (lexicon/FORMAT.md)
//
// Entries of the folder take over embedded ones: a user's actor phrase wins
// over an embedded phrase of the same length, a user's verb pattern replaces
// the embedded pattern of the same form. Files dyad cannot use (discards,
// issues, options, projects) are refused with an error, not skipped, so a
// user never believes a file was applied that was not. Hidden files and
// README/LICENSE/NOTICE files are documentation and are passed over.

// dicts is a --dict folder loaded once: every worker's pipeline shares it.
type dicts struct {
	actors actor.Lexicon
	verbs  *verbs.Lexicon
}

var (
	dictMu    sync.Mutex
	dictCache = map[string]*dicts{}
)

// loadDicts loads dir on top of the embedded models, once per process.
func loadDicts(dir string, m models) (*dicts, error) {
	dictMu.Lock()
	defer dictMu.Unlock()
	if d, ok := dictCache[dir]; ok {
		return d, nil
	}
	d, err := readDicts(os.DirFS(dir), dir, m)
	if err != nil {
		return nil, fmt.Errorf("--dict %s: %w", dir, err)
	}
	dictCache[dir] = d
	return d, nil
}

// dictFiles sorts a folder's files by what they hold.
type dictFiles struct {
	own, peerActors, peerAgents, verbs []string
}

func classify(fsys fs.FS) (dictFiles, error) {
	var f dictFiles
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return f, err
	}
	for _, e := range ents {
		name := e.Name()
		lower := strings.ToLower(name)
		switch {
		case e.IsDir(), strings.HasPrefix(name, "."),
			strings.HasPrefix(lower, "readme"), strings.HasPrefix(lower, "license"), strings.HasPrefix(lower, "notice"):
			continue
		case strings.HasSuffix(lower, ".actors") || strings.HasSuffix(lower, ".actors.txt"):
			f.peerActors = append(f.peerActors, name)
		case strings.HasSuffix(lower, ".agents") || strings.HasSuffix(lower, ".agents.txt"):
			f.peerAgents = append(f.peerAgents, name)
		case strings.HasSuffix(lower, ".verbs") || strings.HasSuffix(lower, ".verbs.txt") || lower == "verbs.txt":
			f.verbs = append(f.verbs, name)
		case strings.Contains(lower, "discard") || strings.Contains(lower, "issue") ||
			strings.HasSuffix(lower, ".options") || strings.HasSuffix(lower, ".project"):
			return f, fmt.Errorf("%s: dyad does not apply the peers' discards, issues, options or project files; take it out of the folder", name)
		case strings.HasSuffix(lower, ".txt"):
			f.own = append(f.own, name)
		default:
			return f, fmt.Errorf("%s: not a dictionary dyad reads; name dyad's dictionaries *.txt, peer files *.actors, *.agents or *.verbs (.txt)", name)
		}
	}
	if len(f.own)+len(f.peerActors)+len(f.peerAgents)+len(f.verbs) == 0 {
		return f, fmt.Errorf("no dictionary files (*.txt, *.actors, *.agents, *.verbs)")
	}
	return f, nil
}

func readDicts(fsys fs.FS, dir string, m models) (*dicts, error) {
	files, err := classify(fsys)
	if err != nil {
		return nil, err
	}
	d := &dicts{actors: m.actors, verbs: m.verbs}
	if len(files.own) > 0 {
		lex, err := m.lex.Extend(only{fsys, files.own}, ".")
		if err != nil {
			return nil, err
		}
		d.actors = actor.FromLexicon(lex)
	}
	if len(files.peerActors)+len(files.peerAgents) > 0 {
		peer, err := readPeerActors(fsys, files)
		if err != nil {
			return nil, err
		}
		d.actors = layered{peer, d.actors}
	}
	for _, name := range files.verbs {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		text := string(data)
		if peerVerbFile(data) {
			if text, err = convertPeerVerbs(data, name); err != nil {
				return nil, err
			}
			name += " (converted)"
		}
		if d.verbs, err = d.verbs.Extend(strings.NewReader(text), path.Join(dir, name)); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// readPeerActors reads the folder's peer actor and agent files into one
// lexicon. TABARI's files (no .txt) match words by stem, as TABARI does;
// PETRARCH's match whole words. A folder holds one peer's files.
func readPeerActors(fsys fs.FS, files dictFiles) (actor.Lexicon, error) {
	matching := actor.WholeWords
	for _, n := range append(append([]string(nil), files.peerActors...), files.peerAgents...) {
		if !strings.HasSuffix(strings.ToLower(n), ".txt") {
			matching = actor.Stems
		}
	}
	var actors []peerdict.ActorEntry
	for _, name := range files.peerActors {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		f, err := peerdict.ReadActors(bytes.NewReader(data), name)
		if err != nil {
			return nil, err
		}
		actors = append(actors, f.Entries()...)
	}
	var agents []peerdict.AgentEntry
	for _, name := range files.peerAgents {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		f, err := peerdict.ReadAgents(bytes.NewReader(data), name)
		if err != nil {
			return nil, err
		}
		agents = append(agents, f.Entries()...)
	}
	return actor.FromPeer(actors, agents, matching), nil
}

// peerVerbFile tells a PETRARCH or TABARI verb file from one in dyad's
// format: theirs open each verb block with a "---" line, which dyad's
// format (CODE TRIGGER ARGS) never has.
func peerVerbFile(data []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if strings.HasPrefix(strings.TrimSpace(sc.Text()), "---") {
			return true
		}
	}
	return false
}

// convertPeerVerbs turns a peer verb file into dyad's pattern format,
// keeping the patterns whose peer code is a CAMEO event code: a pattern
// coded in another scheme (WEIS "903") or with no code of its own ("---",
// which the peers resolve through patterns dyad does not use here) would
// otherwise be coded as something it is not.
func convertPeerVerbs(data []byte, name string) (string, error) {
	vf, err := peerdict.ReadVerbs(bytes.NewReader(data), name)
	if err != nil {
		return "", err
	}
	lt, err := lemma.Default()
	if err != nil {
		return "", err
	}
	pv, err := peerlex.ConvertVerbs(vf, name, peerlex.Options{
		VerbLemma: func(w string) string { return lt.Lemma(w, doc.VERB, doc.NoXPOS) }})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	kept := 0
	for _, line := range strings.Split(pv.Text, "\n") {
		code, rest, _ := strings.Cut(line, " ")
		// a converted line: "CODE TRIGGER ARGS  # file:line [PEERCODE]"
		i := strings.LastIndex(rest, "[")
		if i < 0 || !strings.HasSuffix(rest, "]") {
			continue
		}
		if peer := strings.TrimSpace(rest[i+1 : len(rest)-1]); peer != code {
			continue
		}
		if _, ok := cameo.Parse(code); !ok {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
		kept++
	}
	if kept == 0 {
		return "", fmt.Errorf("%s: no pattern with a CAMEO event code to add (%d converted, %d skipped)", name, pv.Converted, len(pv.Skipped))
	}
	return b.String(), nil
}

// layered looks a phrase up in each lexicon and keeps the longest match;
// on a tie the earlier lexicon (the user's) wins.
type layered []actor.Lexicon

func (l layered) Lookup(words []string, i int) (*actor.Entry, int) {
	var best *actor.Entry
	n := 0
	for _, x := range l {
		if e, k := x.Lookup(words, i); e != nil && k > n {
			best, n = e, k
		}
	}
	return best, n
}

// only is a folder seen through a list of its files, so that the lexicon
// loader reads dyad's own files and not the peers' .txt files beside them.
type only struct {
	fsys  fs.FS
	names []string
}

func (o only) Open(name string) (fs.File, error) { return o.fsys.Open(name) }

func (o only) ReadDir(name string) ([]fs.DirEntry, error) {
	ents, err := fs.ReadDir(o.fsys, name)
	if err != nil {
		return nil, err
	}
	var out []fs.DirEntry
	for _, e := range ents {
		if i := sort.SearchStrings(o.names, e.Name()); i < len(o.names) && o.names[i] == e.Name() {
			out = append(out, e)
		}
	}
	return out, nil
}
