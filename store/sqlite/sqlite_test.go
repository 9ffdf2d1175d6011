package sqlite

import (
	"path/filepath"
	"testing"

	"dyad/store"
	"dyad/store/storetest"
)

func openTemp(t *testing.T) store.Store {
	db, err := Open(filepath.Join(t.TempDir(), "dyad.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, openTemp) }
