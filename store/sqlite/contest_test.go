package sqlite

import (
	"path/filepath"
	"reflect"
	"testing"

	"dyad/store"
	"dyad/store/storetest"
)

// TestContestsRoundTrip: a stored mention reads back with who contests it
// as store.MentionsOf gives it before storing, with a known denier and
// with none.
func TestContestsRoundTrip(t *testing.T) {
	for _, denier := range []int32{4, -1} {
		db, err := Open(filepath.Join(t.TempDir(), "c.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := storetest.Meeting()
		d.Claims[0].Denier = denier
		want := store.MentionsOf(d)[0].Contests
		if err := db.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
		ms, err := db.Mentions(ctx, store.Query{Source: "USAGOV", Target: "RUSGOV"})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 || !reflect.DeepEqual(ms[0].Contests, want) || len(want) != 1 {
			t.Errorf("denier %d: contests %+v, want %+v", denier, ms, want)
		}
		db.Close()
	}
}
