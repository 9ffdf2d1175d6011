//go:build !amd64

package parser

// sumRows is sumRowsGo where there is no vector version.
func sumRows(rows []*row8, s *[rowLen]int32, off uint32) { sumRowsGo(rows, s, off) }
