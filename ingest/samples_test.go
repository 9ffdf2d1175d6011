package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestSamples reads the repository's samples folder, what a newcomer codes
// first: six .txt articles with sidecars, three JSON Lines, and a README
// that is skipped with a note.
func TestSamples(t *testing.T) {
	var got []string
	for a, err := range Read(context.Background(), []string{filepath.Join("..", "samples")}, Options{}) {
		if err != nil {
			got = append(got, "note: "+filepath.Base(strings.SplitN(err.Error(), ":", 2)[0]))
			continue
		}
		if a.URL == "" || len(a.Text) < 200 {
			t.Errorf("%s: url %q, %d bytes of text", a.Title, a.URL, len(a.Text))
		}
		got = append(got, a.Published.Format("2006-01-02 15:04")+" "+a.Outlet+" | "+a.Title)
	}
	want := []string{
		"note: README.md",
		"2024-01-23 00:00 dyad samples | UN aid convoy crosses into northwest Syria",
		"2024-02-14 00:00 dyad samples | Deadly exchange of fire on Armenia-Azerbaijan border",
		"2024-06-01 00:00 dyad samples | Sudan's warring sides agree to week-long ceasefire",
		"2024-04-15 00:00 dyad samples | India and China agree to resume border talks",
		"2024-05-12 00:00 dyad samples | Police disperse protest against foreign funding law in Tbilisi",
		"2024-03-07 00:00 dyad samples | U.S. threatens Iran with sanctions over missile transfers",
		"2024-03-20 00:00 dyad samples wire | Japan and South Korea hold first security talks in five years",
		"2024-04-02 00:00 dyad samples wire | Kenya to send police to Haiti, president says",
		"2024-05-28 14:30 dyad samples wire | Poland expels Russian diplomat over sabotage plot",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("samples:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
