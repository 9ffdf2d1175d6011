package eval

import "strings"

// RunTabari codes the suite's standard records (those before FINAL-01)
// with code and scores them. A record that only changes options (it has
// OPTION commands and neither expected events nor a mark) is not a test
// and is not scored; a record marked {+++}, {---} or {###}, or without
// expected events, passes when nothing is coded. Records are grouped into
// categories by their id without its last "-" part ("DEMO-01" → "DEMO").
func RunTabari(s *TabariSuite, code PeerCodeFunc) *PeerResult {
	res := &PeerResult{}
	for i := range s.Records {
		r := &s.Records[i]
		if !r.Standard || len(r.OptionCommands) > 0 && len(r.Expected) == 0 && r.Mark == TabariNoMark {
			continue
		}
		cat := r.ID
		if k := strings.LastIndexByte(cat, '-'); k > 0 {
			cat = cat[:k]
		}
		res.score(code, PeerFailure{ID: r.ID, Category: cat, Line: r.Line, Text: r.Text, Want: r.Triples()}, r.Date, r.Options)
	}
	return res
}
