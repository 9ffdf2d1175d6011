package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goldNews is the shared news folder beside the repository.
var goldNews = filepath.Join("..", "..", "shared", "gold", "news")

func TestGoldNews(t *testing.T) {
	if _, err := os.Stat(goldNews); err != nil {
		t.Skip("../shared/gold/news is absent: the gold news tests need the shared data beside the repository")
	}
	cases := []struct {
		glob       string
		opt        Options
		articles   int
		failures   int
		firstTitle string
		firstDate  time.Time
		firstText  string
	}{
		// 249 rows; the date column is a day, the source column the outlet.
		{"guardian-syria/*.csv", Options{}, 249, 0, "", time.Date(2019, 4, 10, 0, 0, 0, 0, time.UTC), "Baghdad and Washington are in talks"},
		// 21,578 stories, 19,043 with a body: the 2,535 others fail as "no article text".
		{"reuters21578/reut2-*.json.gz", Options{Fields: Fields{ID: "attrs.newid"}}, 19043, 2535, "BAHIA COCOA REVIEW", time.Date(1987, 2, 26, 15, 1, 1, 790e6, time.UTC), "Showers continued throughout the week"},
	}
	for _, c := range cases {
		n, nf := 0, 0
		ids := map[string]bool{}
		var first string
		files, _ := filepath.Glob(filepath.Join(goldNews, c.glob))
		for a, err := range Read(context.Background(), files, c.opt) {
			if err != nil {
				f := err.(*Failure)
				if f.Skipped {
					continue // README.md and the category list
				}
				if !strings.Contains(f.Reason, "no article text") {
					t.Errorf("%s: unexpected failure %v", c.glob, f)
				}
				nf++
				continue
			}
			if n == 0 {
				first = a.Title
				if !a.Published.Equal(c.firstDate) || !strings.HasPrefix(a.Text, c.firstText) {
					t.Errorf("%s: first article %v %q", c.glob, a.Published, a.Text[:60])
				}
			}
			if a.Published.IsZero() {
				t.Errorf("%s: article %s has no date", c.glob, a.ID)
			}
			ids[a.ID] = true
			n++
		}
		if n != c.articles || nf != c.failures || first != c.firstTitle {
			t.Errorf("%s: %d articles, %d failures, first title %q; want %d, %d, %q", c.glob, n, nf, first, c.articles, c.failures, c.firstTitle)
		}
		t.Logf("%s: %d articles (%d distinct texts), %d without text", c.glob, n, len(ids), nf)
	}
}
