package coder_test

import (
	"slices"
	"testing"
)

// TestEarlierOfficeHolders: a person named in older news is coded with the
// office the dictionary gives them on the article's date (people.txt, the
// holders of 1975-2000), not with a country guessed from the sentence
// ("Washington", "Ottawa"); the same names in a later article are former
// office holders (ELI). Made-up sentences; events as SRC>TGT:CODE.
func TestEarlierOfficeHolders(t *testing.T) {
	cases := []struct {
		date string
		text string
		want []string
	}{
		{"1987-05-01", "Prime Minister Yasuhiro Nakasone rejected demands from Washington to cut tariffs on rice.", []string{"JPNGOV>USA:120"}},
		{"1987-05-01", "Chancellor Helmut Kohl praised President Francois Mitterrand.", []string{"DEUGOV>FRAGOV:051"}},
		{"1987-05-01", "Vice President George Bush met Foreign Secretary Joe Clark in Ottawa.", []string{"USAGOV>CANGOV:040"}},
		{"1987-05-01", "Foreign Minister Eduard Shevardnadze criticised NATO.", []string{"SUNGOV>IGOWSTNAT:110"}},
		{"1987-05-01", "Treasury Secretary James Baker urged Japan to stimulate its economy.", []string{"USAGOV>JPN:020"}},
		{"1987-05-01", "Finance Minister Nigel Lawson met Karl Otto Poehl in Bonn.", []string{"GBRGOV>DEUGOV:040"}},
		{"1987-05-01", "Shimon Peres met George Shultz in Washington.", []string{"ISRGOV>USAGOV:040"}},
		{"2023-06-01", "Shimon Peres met George Shultz in Washington.", []string{"ISRELI>USAELI:040"}},
	}
	p := pipeline(t)
	for _, tc := range cases {
		t.Run(tc.date+" "+tc.text, func(t *testing.T) {
			d := codeNewsOn(t, p, tc.text, tc.date)
			var got []string
			for i := range d.Events {
				got = append(got, dyadOf(&d.Events[i]))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}
