package watch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// state is the content of Options.StatePath.
type state struct {
	Feeds map[string]validators `json:"feeds"`
}

// loadState reads the feeds' validators from Options.StatePath; a missing
// file is an empty state.
func (w *Watcher) loadState() error {
	if w.opt.StatePath == "" {
		return nil
	}
	data, err := os.ReadFile(w.opt.StatePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var s state
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("%s: %v", w.opt.StatePath, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for feed, v := range s.Feeds {
		w.valid[feed] = v
	}
	return nil
}

// saveState writes the validators when they changed, through a temporary
// file and a rename, so that a crash leaves the old file or the new one.
func (w *Watcher) saveState() error {
	w.mu.Lock()
	if w.opt.StatePath == "" || !w.dirty {
		w.mu.Unlock()
		return nil
	}
	s := state{Feeds: make(map[string]validators, len(w.valid))}
	for feed, v := range w.valid {
		s.Feeds[feed] = v
	}
	w.dirty = false
	w.mu.Unlock()
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(w.opt.StatePath), ".watch-state-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), w.opt.StatePath)
}
