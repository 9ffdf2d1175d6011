package actor

import (
	"strings"
	"testing"
)

func TestScoreEntities(t *testing.T) {
	d := resolved(t, docTitles, "2023-03-10")
	gold := `{"entities": [
		{"text": "Antony Blinken", "actor": "USAGOV", "also_as": ["he", "the top U.S. diplomat"]},
		{"text": "Sergey Lavrov", "actor": "RUS", "also_as": ["Lavrov", "him", "the foreign minister"]},
		{"text": "Moscow", "actor": "RUSGOV"},
		{"text": "New START", "actor": null},
		{"text": "Geneva", "actor": null},
		{"text": "Nowhere", "actor": null},
		{"text": "Antony Blinken", "actor": "USA", "also_as": ["its"]},
		{"text": "Antony Blinken", "actor": "USA", "also_as": ["Tony"]},
		{"text": "Lavrov", "actor": "USA"}
	]}`
	want, err := ReadEntities(strings.NewReader(gold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	scores, right := ScoreEntities(d, want)
	wantRight := []bool{true, true, false, true, true, true, false, false, false}
	for i, s := range scores {
		if s.Right != wantRight[i] {
			t.Errorf("entity %d %q: right=%v (%s), want %v", i, s.Entity.Text, s.Right, s.Why, wantRight[i])
		}
	}
	if right != 5 {
		t.Errorf("right = %d, want 5", right)
	}
	if _, err := ReadEntities(strings.NewReader(`{"events": []}`), "x.json"); err == nil {
		t.Error("a file without entities was accepted")
	}
}
