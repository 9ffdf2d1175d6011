package eval

import (
	"strings"
	"testing"
	"time"
)

// tinyTabari is a hand-written suite in TABARI's Validate.text format: an
// option-only record (not scored), a passed record, a wrong one, a
// no-event mark, and a record after FINAL-01 (not standard).
const tinyTabari = `
200101  OPT-Modify
Turning something on.
/*\n---
\n{ OPTION: SET: CONVERT AGENT = TRUE } */

200101  ALPHA-01
Aland praised Bland.
/*\n---
\n{ AAA / BBB / 042 } */

200101  ALPHA-02
Aland scolded Bland.
/*\n---
\n{ AAA / BBB / 111 } */

200101  BETA-01
Nothing happened.
/*\n---
\n{---} */

200101  FINAL-01
The end.
/*\n{+++} */

200101  AFTER-01
Aland praised Bland.
/*\n{ AAA / BBB / 042 } */
`

func TestRunTabari(t *testing.T) {
	s, err := ReadTabariSuite(strings.NewReader(tinyTabari), "tiny.text", nil)
	if err != nil {
		t.Fatal(err)
	}
	var coded []string
	opts := map[string]string{}
	code := func(text string, date time.Time, options map[string]string) ([]Triple, error) {
		coded = append(coded, text)
		opts[text] = options["SET: CONVERT AGENT"]
		switch text {
		case "Aland praised Bland.":
			return []Triple{{"AAA", "BBB", "042"}}, nil
		case "Aland scolded Bland.":
			return []Triple{{"AAA", "BBB", "112"}}, nil
		}
		return nil, nil
	}
	res := RunTabari(s, code)
	if want := (PeerScore{Records: 3, Passed: 2, ActorRight: 3}); res.PeerScore != want {
		t.Errorf("total %+v, want %+v", res.PeerScore, want)
	}
	if got := *res.Categories["ALPHA"]; got != (PeerScore{2, 1, 2}) {
		t.Errorf("ALPHA %+v, want {2 1 2}", got)
	}
	if len(res.Failures) != 1 || res.Failures[0].ID != "ALPHA-02" {
		t.Errorf("failures %+v, want ALPHA-02", res.Failures)
	}
	if strings.Join(coded, "|") != "Aland praised Bland.|Aland scolded Bland.|Nothing happened." {
		t.Errorf("coded %q: want the three standard test records", coded)
	}
	if opts["Aland praised Bland."] != "TRUE" {
		t.Errorf("option state %q: the OPTION record's command should be in force", opts)
	}
}
