package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/actor"
	"dyad/doc"
	"dyad/eval"
	"dyad/lexicon/peerdict"
)

// BenchmarkActorsPetrarch measures the actor stage on the PETRARCH-2
// validation suite's ACTOR, AGENT(S) and COMPOUND records, with the suite's
// own actor and agent dictionaries: for every expected event, is its source
// code, and its target code, the code of some mention in the sentence
// (exact), or at least its country (first three letters)? Codes the suite
// writes for non-actors ("---GOV", "###", quoted text) are not scored.
// This scores actors only, not events. Run:
//
//	go test ./cmd/dyad -run XXX -bench ActorsPetrarch -benchtime 1x
func BenchmarkActorsPetrarch(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "peers", "petrarch2")
	f, err := os.Open(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("the PETRARCH suite is absent (%v): it lives in ../shared beside the repository", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	suite, err := eval.ReadPetrarchSuite(f, "PETR.UnitTest.records.xml")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	lex := peerLexicon(b, dir, suite.Environment.Actorfile, suite.Environment.Agentfile)
	r := actor.New(lex)
	var codes, exact, country int
	var misses []string
	for i := 0; i < b.N; i++ {
		codes, exact, country, misses = 0, 0, 0, misses[:0]
		for _, rec := range suite.Records {
			switch rec.Category {
			case "ACTOR", "AGENT", "AGENTS", "COMPOUND":
			default:
				continue
			}
			if !rec.Evaluated {
				continue
			}
			d := doc.New(doc.Article{Text: rec.Text, Published: rec.Date})
			if err := parseOnly(b, d); err != nil {
				b.Fatal(err)
			}
			if err := r.Annotate(d); err != nil {
				b.Fatal(err)
			}
			for _, ev := range rec.Expected {
				for _, want := range []string{ev.Source, ev.Target} {
					if want == "" || strings.ContainsAny(want, "-#\"'") {
						continue
					}
					codes++
					ex, co := false, false
					for _, m := range d.Mentions {
						ex = ex || m.Actor.Code == want
						co = co || len(m.Actor.Code) >= 3 && len(want) >= 3 && m.Actor.Code[:3] == want[:3]
					}
					if ex {
						exact++
					} else {
						var got []string
						for _, m := range d.Mentions {
							got = append(got, d.Text(m.Span)+"="+m.Actor.Code)
						}
						misses = append(misses, rec.ID+" want "+want+" got "+strings.Join(got, ", "))
					}
					if co {
						country++
					}
				}
			}
		}
	}
	// DYAD_MISSES=FILE lists the codes not found, for auditing
	if name := os.Getenv("DYAD_MISSES"); name != "" {
		if err := os.WriteFile(name, []byte(strings.Join(misses, "\n")+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(codes), "codes")
	b.ReportMetric(100*float64(exact)/float64(codes), "%exact")
	b.ReportMetric(100*float64(country)/float64(codes), "%country")
}

func peerLexicon(b *testing.B, dir, actorFile, agentFile string) actor.Lexicon {
	af, err := os.Open(filepath.Join(dir, actorFile))
	if err != nil {
		b.Fatal(err)
	}
	defer af.Close()
	actors, err := peerdict.ReadActors(af, actorFile)
	if err != nil {
		b.Fatal(err)
	}
	gf, err := os.Open(filepath.Join(dir, agentFile))
	if err != nil {
		b.Fatal(err)
	}
	defer gf.Close()
	agents, err := peerdict.ReadAgents(gf, agentFile)
	if err != nil {
		b.Fatal(err)
	}
	return actor.FromPeer(actors.Entries(), agents.Entries(), actor.WholeWords)
}
