// Package cameo is the event ontology: CAMEO event codes with their names,
// Goldstein scores and quad classes, the PLOVER types and modes with the
// crosswalk from CAMEO, and the grammar of CAMEO actor codes. It holds facts
// only and does no I/O.
package cameo

// Code is a CAMEO event code. The zero Code is "no code".
// (The table of codes lives in codes.go.)
type Code uint16

// Quad is the CAMEO quad class.
type Quad uint8

const (
	NoQuad              Quad = iota // no event / neutral
	VerbalCooperation               // 1
	MaterialCooperation             // 2
	VerbalConflict                  // 3
	MaterialConflict                // 4
)

// PloverType is one of the 16 PLOVER event types. NoPlover for CAMEO 01 and 02.
type PloverType uint8

// PloverMode is a PLOVER mode within a type.
type PloverMode uint8
