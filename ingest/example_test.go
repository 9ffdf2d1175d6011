package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"dyad/ingest"
)

// Articles and failures come from one loop; a bad record does not stop it.
func ExampleReadFrom() {
	input := `{"title": "Talks resume", "date": "2024-04-15", "source": "Wire", "text": "The ministers met."}
{"title": "broken
{"headline": "Aid arrives", "published": "April 16, 2024", "body": "Trucks crossed the border."}
`
	for a, err := range ingest.ReadFrom(context.Background(), strings.NewReader(input), "news.jsonl", ingest.Options{}) {
		if err != nil {
			fmt.Println("failed:", err)
			continue
		}
		fmt.Println(a.ID, a.Published.Format("2006-01-02"), a.Outlet, "|", a.Title)
	}
	// Output:
	// c7925bbb3d71f0ca 2024-04-15 Wire | Talks resume
	// failed: news.jsonl:2: record 2 (byte 96): invalid JSON: unexpected EOF; fix or remove this line; the other lines are read
	// f33b3d742e4c7a6b 2024-04-16  | Aid arrives
}
