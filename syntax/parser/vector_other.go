//go:build !amd64

package parser

// sumRows is sumRowsGo where there is no vector version.
func sumRows(rows []*row8, s *[rowLen]int32, off uint32) { sumRowsGo(rows, s, off) }

// resolveHomes is resolveHomesGo where there is no vector version.
func resolveHomes(feats, home []uint64, slow *[maxFeats / 64]uint64) {
	resolveHomesGo(feats, home, slow)
}

// hasAVX2 is false: there is no vector code here.
const hasAVX2 = false
