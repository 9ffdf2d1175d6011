package watch

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseFeedList(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		err      string
	}{
		{"comments and blanks", "# news\n\nhttps://a.example/rss\n  http://b.example/atom.xml  # world desk\n",
			[]string{"https://a.example/rss", "http://b.example/atom.xml"}, ""},
		{"duplicate kept once", "https://a.example/rss\nhttps://a.example/rss\n", []string{"https://a.example/rss"}, ""},
		{"not a URL", "https://a.example/rss\nfeeds.txt\n", nil, "list.txt:2: \"feeds.txt\" is not an http(s) URL"},
		{"ftp", "ftp://a.example/rss\n", nil, "list.txt:1:"},
		{"two on a line", "https://a.example/rss https://b.example/rss\n", nil, "list.txt:1: \"https://a.example/rss https://b.example/rss\" is not one URL"},
		{"empty", "# nothing yet\n\n", nil, "list.txt: no feed URLs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFeedList(strings.NewReader(tt.in), "list.txt")
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("err = %v, want prefix %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
