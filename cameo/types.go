// Package cameo is the event ontology: CAMEO event codes with their names,
// Goldstein scores and quad classes, the PLOVER types and modes with the
// crosswalk from CAMEO, and the grammar of CAMEO actor codes. It holds facts
// only and does no I/O other than reading its own embedded tables.
package cameo

import "strconv"

// Code is a CAMEO event code. The zero Code is "no code".
//
// A Code encodes its digits so that it can be written as a constant and read
// back without a table: Code = 10000*len(digits) + value(digits). "04" is
// 20004, "042" is 30042 and "0431" is 40431. Only codes in the CAMEO table
// (codes.tsv) are Valid; Parse accepts no others.
type Code uint16

// Quad is the CAMEO quad class, numbered as GDELT numbers it.
type Quad uint8

const (
	NoQuad              Quad = iota // no code
	VerbalCooperation               // 1: roots 01-05
	MaterialCooperation             // 2: roots 06-09
	VerbalConflict                  // 3: roots 10-14
	MaterialConflict                // 4: roots 15-20
	quadEnd
)

var quadNames = [...]string{"none", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func (q Quad) String() string {
	if q < quadEnd {
		return quadNames[q]
	}
	return "Quad(" + strconv.Itoa(int(q)) + ")"
}

// PloverType is one of the 16 PLOVER event types. NoPlover for CAMEO 01.
type PloverType uint8

// PloverMode is a PLOVER mode: how an event of a type was carried out. Some
// modes belong to several types ("restrict" to THREATEN and COERCE); a type
// lists the modes it allows (PloverType.Modes). NoMode is "unspecified".
type PloverMode uint8
