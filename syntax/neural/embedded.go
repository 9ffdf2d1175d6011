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

// Default returns the embedded model, loaded once and shared (dyad parse
// of the EWT test text peaks at 227 MB with it against 172 MB without).
var Default = sync.OnceValues(func() (*Model, error) {
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("embedded neural parser: %w", err)
	}
	return m, nil
})
