package peerdict

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Load times of the largest peer files:
// go test ./lexicon/peerdict -run XXX -bench . -benchmem
func benchFile(b *testing.B, name string, read func(*bytes.Reader) error) {
	data, err := os.ReadFile(filepath.Join(peers, name))
	if err != nil {
		b.Skipf("peer file absent: %v", err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := read(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadActorsCountries(b *testing.B) {
	benchFile(b, "petrarch2/Phoenix.Countries.actors.txt", func(r *bytes.Reader) error {
		_, err := ReadActors(r, "countries")
		return err
	})
}

func BenchmarkReadVerbsTABARI(b *testing.B) {
	benchFile(b, "TABARI-Code/CAMEO.091003.master.verbs", func(r *bytes.Reader) error {
		_, err := ReadVerbs(r, "cameo.verbs")
		return err
	})
}

func BenchmarkReadVerbsPETR2(b *testing.B) {
	benchFile(b, "petrarch2/CAMEO.2.0.txt", func(r *bytes.Reader) error {
		_, err := ReadVerbs(r, "CAMEO.2.0.txt")
		return err
	})
}
