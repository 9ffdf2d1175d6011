package peerlex

import (
	"strings"
	"testing"

	"dyad/lexicon/peerdict"
)

// dyadLines is the converted dictionary without its comments.
func dyadLines(v *Verbs) string {
	var out []string
	for _, l := range strings.Split(v.Text, "\n") {
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestConvertVerbs(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		opt    Options
		want   string   // converted lines
		skips  []string // "line: reason prefix"
		codes  []string // peer code of each converted pattern, in order
		prefix string
	}{
		{
			name: "PETRARCH block: verb code, object, oblique target, synonym set, code pair",
			in: "&FRUIT\n+GREEN APPLES\n+PEARS\n\n" +
				"--- PLANT [051] ---\nPLANT\nSOW\n" +
				"- * TREES [052]\n- * WITH + [053]\n- * &FRUIT IN + [054]\n- $ * + [055:056]\n",
			opt: Options{OpaqueCodes: true},
			want: "010 plant\n010 plant obj=tree\n010 plant with:T\n010 plant in:T obj=apple|pear\n010 plant obj\n" +
				"010 sow\n010 sow obj=tree\n010 sow with:T\n010 sow in:T obj=apple|pear\n010 sow obj",
			codes: []string{"051", "052", "053", "054", "055:056", "051", "052", "053", "054", "055:056"},
		},
		{
			name: "CAMEO codes kept unless opaque; others neutral",
			in:   "--- GREET [043] ---\nGREET\n- * WARMLY [999]\n",
			want: "043 greet\n010 greet obj=warmly",
		},
		{
			name: "what has no dependency form is skipped with its reason",
			in: "--- WAVE [---] ---\nWAVE\nKLM_+WAVE [051]\n" +
				"- NOT * [052]\n- * + [---]\n- % * [053]\n- * (TO +) [054]\n- * + TO [055]\n- + * [056]\n- * [05X]\n- * FOR [057]\n- * AT + [058]\n",
			want: "010 wave\n054 wave to:T\n010 wave at:T", // the bare verb: only its patterns code (Match); ( ) only groups
			skips: []string{
				"4: words before the verb (auxiliaries",
				"5: code [---] codes no event",
				"6: compound actor",
				"8: preposition TO without a noun or actor",
				"9: a target before the verb",
				"10: code [05X] is not a numeric",
				"11: preposition FOR without",
				"3: words before the verb word (KLM_WAVE)", // KLM_+WAVE alone, then its patterns
				"4: words before the verb word", "5: code [---]", "6: words before the verb word",
				"7: words before the verb word", "8: words before the verb word", "9: words before the verb word",
				"10: code [05X]", "11: words before the verb word", "12: words before the verb word",
			},
			codes: []string{"---", "054", "058"},
		},
		{
			name:  "TABARI alternatives give one pattern each",
			in:    "PAUSE [---]\n- * { TALKS | TRADE { DEALS | PACTS } } [167]\n",
			opt:   Options{OpaqueCodes: true},
			want:  "010 pause\n010 pause obj=talk\n010 pause obj=deal\n010 pause obj=pact",
			codes: []string{"---", "167", "167", "167"},
		},
		{
			name:  "an inflected peer verb also triggers on its lemma",
			in:    "--- SOUGHT [102] ---\nSOUGHT\n",
			opt:   Options{VerbLemma: func(w string) string { return map[string]string{"sought": "seek"}[w] }},
			want:  "102 sought\n102 seek",
			codes: []string{"102", "102"},
		},
		{
			name:  "noun triggers: a TABARI verb word also codes as a noun, and its gerund; a multi-word verb does not",
			in:    "PARADE [017]\n- ANTI- + * [111]\nCARRY_OUT [182]\n",
			opt:   Options{OpaqueCodes: true, NounTriggers: true},
			want:  "010 n:parade\n010 n:parading\n010 n:paradement\n010 parade\n010 carry+out\n010 carrye+out",
			skips: []string{"2: words before the verb"},
			codes: []string{"017", "017", "017", "017", "182", "182"},
		},
		{
			name: "noun triggers: a TABARI stem also codes as the nouns it begins; one written exact (BAN=) does not",
			in:   "RESUM [065]\nBAN= [172]\n",
			opt:  Options{OpaqueCodes: true, NounTriggers: true},
			want: "010 n:resum\n010 n:resuming\n010 n:resume\n010 n:resumtion\n010 n:resumption\n010 n:resumation\n010 n:resumment\n010 n:resumal\n" +
				"010 resum\n010 resume\n010 n:ban\n010 n:baning\n010 n:bane\n010 ban\n010 bane",
		},
		{
			name:  "a TABARI verb's irregular forms trigger too; a multi-word form does not",
			in:    "BREAK [195]\n{ BROKE_ BROKEN_DOWN_ }\n- * TIES [196]\n",
			opt:   Options{OpaqueCodes: true},
			want:  "010 break\n010 breake\n010 broke\n010 break obj=tie\n010 breake obj=tie\n010 broke obj=tie",
			codes: []string{"195", "195", "195", "196", "196", "196"},
		},
		{
			name:  "two patterns with one dependency form: the first is kept",
			in:    "--- SIGN [057] ---\nSIGN\n- * NEW TREATY [058]\n- * OLD TREATY [059]\n",
			opt:   Options{OpaqueCodes: true},
			want:  "010 sign\n010 sign obj=treaty",
			skips: []string{"4: same dependency pattern as an earlier one (sign obj=treaty)"},
			codes: []string{"057", "058"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := peerdict.ReadVerbs(strings.NewReader(tc.in), "t.verbs")
			if err != nil {
				t.Fatal(err)
			}
			v, err := ConvertVerbs(f, "t.verbs (converted)", tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := dyadLines(v); got != tc.want {
				t.Errorf("converted\n%s\nwant\n%s", got, tc.want)
			}
			var skips []string
			for _, s := range v.Skipped {
				skips = append(skips, s.Pos.String()+": "+s.Reason)
			}
			if len(skips) != len(tc.skips) {
				t.Fatalf("skipped\n%s\nwant %d", strings.Join(skips, "\n"), len(tc.skips))
			}
			for i, s := range tc.skips {
				if !strings.HasPrefix(skips[i], "t.verbs:"+s) {
					t.Errorf("skip %d = %q, want prefix t.verbs:%s", i, skips[i], s)
				}
			}
			if tc.codes != nil {
				if len(v.Lex.Patterns) != len(tc.codes) {
					t.Fatalf("%d patterns, want %d", len(v.Lex.Patterns), len(tc.codes))
				}
				for i, want := range tc.codes {
					got, ok := v.PeerCode(v.Lex.Patterns[i].Ref)
					if !ok || got != want {
						t.Errorf("pattern %d (%s): peer code %q %v, want %q", i, v.Lex.Patterns[i].Ref, got, ok, want)
					}
				}
			}
		})
	}
}

func TestPeerCodeUnknownRef(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("--- MEET [031] ---\nMEET\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "c", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := v.PeerCode("verbs.txt:12 meet with:T"); ok {
		t.Errorf("a pattern of another dictionary gave peer code %q", c)
	}
	if c, ok := v.PeerCode(v.Lex.Patterns[0].Ref + " (refine verbs.txt:3)"); ok {
		t.Errorf("a refined pattern gave peer code %q", c)
	}
}

// TestExpandGroupsJoined: a TABARI group joined to the word before it
// ("APPLY_{ GENEVA | INTERNATIONAL }") joins each alternative to it; a
// group written apart does not.
func TestExpandGroupsJoined(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"* APPLY_{ GENEVA | INTERNATIONAL } CONVENTIONS", "APPLY _GENEVA CONVENTIONS|APPLY _INTERNATIONAL CONVENTIONS"},
		{"* APPLY { GENEVA | INTERNATIONAL } CONVENTIONS", "APPLY GENEVA CONVENTIONS|APPLY INTERNATIONAL CONVENTIONS"},
	} {
		f, err := peerdict.ReadVerbs(strings.NewReader("APPLY  [101]\n- "+tc.in+"  [151]\n"), "v.verbs")
		if err != nil {
			t.Fatal(err)
		}
		ps := f.Patterns()
		if len(ps) != 2 || ps[1].Pattern == nil {
			t.Fatalf("%s: read %d patterns", tc.in, len(ps))
		}
		toks := ps[1].Pattern
		var alts []string
		for _, a := range expandGroups(toks) {
			var ws []string
			for _, tk := range a[1:] {
				w := tk.Text
				if tk.Joined {
					w = "_" + w
				}
				ws = append(ws, w)
			}
			alts = append(alts, strings.Join(ws, " "))
		}
		if g := strings.Join(alts, "|"); g != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, g, tc.want)
		}
	}
}
