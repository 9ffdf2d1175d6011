package neural

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// embedded is the shipped model: see model/README.md.
//
//go:embed model/neural.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loaded once and shared (about 60 MB
// of memory once loaded, most of it the pretrained vectors).
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded neural parser: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}
