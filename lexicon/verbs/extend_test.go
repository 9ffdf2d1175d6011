package verbs

import (
	"strings"
	"testing"
)

func TestExtendAddsAndReplacesWithoutChangingTheBase(t *testing.T) {
	base, err := Load(strings.NewReader("051 praise obj\n042 visit obj\nrefine 02 04=026\n"), "base.txt")
	if err != nil {
		t.Fatal(err)
	}
	ext, err := base.Extend(strings.NewReader("052 praise obj\n061 glorbify obj\n"), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	code := func(l *Lexicon, lemma string) string {
		ids := l.Verb(lemma)
		if len(ids) != 1 {
			return ""
		}
		p := l.Patterns[ids[0]]
		return p.Code + "@" + p.Loc()
	}
	for _, tc := range []struct {
		l           *Lexicon
		lemma, want string
	}{
		{base, "praise", "051@base.txt:1"},
		{base, "glorbify", ""},
		{ext, "praise", "052@mine.txt:1"},
		{ext, "visit", "042@base.txt:2"},
		{ext, "glorbify", "061@mine.txt:2"},
	} {
		if got := code(tc.l, tc.lemma); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.lemma, got, tc.want)
		}
	}
	if got, _ := ext.Refine("020", "041"); got != "026" {
		t.Errorf("the base's refine table is lost: 020+041 → %s", got)
	}
	if _, err := base.Extend(strings.NewReader("061 a obj\n061 a obj\n"), "dup.txt"); err == nil || !strings.Contains(err.Error(), "dup.txt:2") {
		t.Errorf("duplicate within the extension: %v", err)
	}
}

// obj=* wants an object of any lemma that is never the target: it differs
// from a bare obj, and from a listed one.
func TestAnyObjectThatIsNotTheTarget(t *testing.T) {
	l, err := Load(strings.NewReader("070 provide obj=*\n070 provide obj\n070 provide obj=aid\n"), "v.txt")
	if err != nil {
		t.Fatal(err)
	}
	ids := l.Verb("provide")
	if len(ids) != 3 {
		t.Fatalf("%d patterns, want 3", len(ids))
	}
	// most specific first: listed lemmas, then obj=*, then a bare obj
	got := []string{l.Patterns[ids[0]].Text, l.Patterns[ids[1]].Text, l.Patterns[ids[2]].Text}
	want := []string{"provide obj=aid", "provide obj=*", "provide obj"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("order %v, want %v", got, want)
			break
		}
	}
	if p := l.Patterns[ids[1]]; p.ObjLemmas == nil || len(p.ObjLemmas) != 0 || !p.Obj {
		t.Errorf("obj=*: %+v", p)
	}
	if _, err := Load(strings.NewReader("070 provide obj=*\n070 provide obj=*\n"), "d.txt"); err == nil {
		t.Error("a duplicate obj=* pattern was accepted")
	}
}
