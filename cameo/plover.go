package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed plover.tsv
var ploverTSV string

// The 16 PLOVER event types (PLOVER manual, draft 0.8, 2021).
const (
	NoPlover PloverType = iota
	PloverAgree
	PloverConsult
	PloverSupport
	PloverConcede
	PloverCooperate
	PloverAid
	PloverRetreat
	PloverRequest
	PloverAccuse
	PloverReject
	PloverThreaten
	PloverProtest
	PloverSanction
	PloverMobilize
	PloverCoerce
	PloverAssault
	ploverEnd
)

var ploverNames = [...]string{"", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// String is the type's PLOVER name in capitals ("CONSULT"); "" for NoPlover.
func (t PloverType) String() string {
	if t < ploverEnd {
		return ploverNames[t]
	}
	return "PloverType(" + strconv.Itoa(int(t)) + ")"
}

// ParsePloverType reads a PLOVER type name, in any case.
func ParsePloverType(s string) (PloverType, bool) {
	for t := PloverAgree; t < ploverEnd; t++ {
		if strings.EqualFold(s, ploverNames[t]) {
			return t, true
		}
	}
	return NoPlover, false
}

// Quad is the type's quad class as the manual's chapter on the type gives
// it. (The manual's summary table of quads puts SANCTION under verbal
// conflict, against its own SANCTION chapter; we follow the chapter.)
func (t PloverType) Quad() Quad {
	switch {
	case t == NoPlover || t >= ploverEnd:
		return NoQuad
	case t <= PloverConcede:
		return VerbalCooperation
	case t <= PloverRetreat:
		return MaterialCooperation
	case t <= PloverThreaten:
		return VerbalConflict
	default:
		return MaterialConflict
	}
}

// The PLOVER modes, each named as in the manual's tables.
const (
	NoMode PloverMode = iota
	ModeVisit
	ModeThirdParty
	ModeMultilateral
	ModePhone
	ModeWithdraw
	ModeRelease
	ModeDisarm
	ModeCeasefire
	ModeAccess
	ModeResign
	ModeAssist
	ModeChange
	ModeYield
	ModeMeet
	ModeDisapprove
	ModeInvestigate
	ModeAllege
	ModeRestrict
	ModeArrest
	ModeRelations
	ModeExpel
	ModeTerritory
	ModeViolence
	ModeDemo
	ModeRiot
	ModeStrike
	ModeHunger
	ModeBoycott
	ModeObstruct
	ModeVandalize
	ModeConvict
	ModeDiscontinue
	ModeTroops
	ModeWeapons
	ModePolice
	ModeMilitia
	ModeSeize
	ModeCensor
	ModeCurfew
	ModeMartialLaw
	ModeDeport
	ModeWithhold
	ModeMisinformation
	ModeCyber
	ModeAbduct
	ModeBeat
	ModeTorture
	ModeSexual
	ModeTargeted
	ModeDestroy
	ModePrimitive
	ModeFirearms
	ModeExplosives
	ModeSuicideAttack
	ModeAerial
	ModeDrone
	ModeHeavyWeapons
	ModeCrowdControl
	ModeUnconventional
	modeEnd
)

var modeNames = [...]string{"", "visit", "third-party", "multilateral", "phone", "withdraw", "release",
	"disarm", "ceasefire", "access", "resign", "assist", "change", "yield", "meet", "disapprove",
	"investigate", "allege", "restrict", "arrest", "relations", "expel", "territory", "violence", "demo",
	"riot", "strike", "hunger", "boycott", "obstruct", "vandalize", "convict", "discontinue", "troops",
	"weapons", "police", "militia", "seize", "censor", "curfew", "martial-law", "deport", "withhold",
	"misinformation", "cyber", "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
	"firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
	"unconventional"}

// String is the mode's name as the manual writes it ("third-party"); "" for NoMode.
func (m PloverMode) String() string {
	if m < modeEnd {
		return modeNames[m]
	}
	return "PloverMode(" + strconv.Itoa(int(m)) + ")"
}

// ParsePloverMode reads a mode name, in any case.
func ParsePloverMode(s string) (PloverMode, bool) {
	for m := ModeVisit; m < modeEnd; m++ {
		if strings.EqualFold(s, modeNames[m]) {
			return m, true
		}
	}
	return NoMode, false
}

// typeModes lists the modes the manual allows for each type. AGREE, SUPPORT,
// CONCEDE, COOPERATE and AID have none. REQUEST and REJECT share theirs.
var typeModes = [ploverEnd][]PloverMode{
	PloverConsult:  {ModeVisit, ModeThirdParty, ModeMultilateral, ModePhone},
	PloverRetreat:  {ModeWithdraw, ModeRelease, ModeDisarm, ModeCeasefire, ModeAccess, ModeResign},
	PloverRequest:  {ModeAssist, ModeChange, ModeYield, ModeMeet},
	PloverAccuse:   {ModeDisapprove, ModeInvestigate, ModeAllege},
	PloverReject:   {ModeAssist, ModeChange, ModeYield, ModeMeet},
	PloverThreaten: {ModeRestrict, ModeArrest, ModeRelations, ModeExpel, ModeTerritory, ModeViolence},
	PloverProtest:  {ModeDemo, ModeRiot, ModeStrike, ModeHunger, ModeBoycott, ModeObstruct, ModeVandalize},
	PloverSanction: {ModeConvict, ModeExpel, ModeWithdraw, ModeDiscontinue},
	PloverMobilize: {ModeTroops, ModeWeapons, ModePolice, ModeMilitia},
	PloverCoerce: {ModeSeize, ModeRestrict, ModeCensor, ModeCurfew, ModeMartialLaw, ModeArrest, ModeDeport,
		ModeWithhold, ModeMisinformation, ModeCyber},
	PloverAssault: {ModeAbduct, ModeBeat, ModeTorture, ModeSexual, ModeTargeted, ModeDestroy, ModePrimitive,
		ModeFirearms, ModeExplosives, ModeSuicideAttack, ModeAerial, ModeDrone, ModeHeavyWeapons,
		ModeCrowdControl, ModeUnconventional},
}

// Modes lists the modes the type allows; the slice is shared: do not modify it.
func (t PloverType) Modes() []PloverMode {
	if t < ploverEnd {
		return typeModes[t]
	}
	return nil
}

// HasMode reports whether m is a mode of t. NoMode belongs to every type.
func (t PloverType) HasMode(m PloverMode) bool {
	if m == NoMode {
		return t > NoPlover && t < ploverEnd
	}
	for _, x := range t.Modes() {
		if x == m {
			return true
		}
	}
	return false
}

func loadPlover(src string) error {
	lineNo := 0
	for line := range strings.Lines(src) {
		lineNo++
		line = strings.TrimRight(line, "\r\n")
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimRight(line, "\t ")
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("line %d: %d fields, want 3 (code, type, mode)", lineNo, len(f))
		}
		c, ok := Parse(f[0])
		if !ok {
			return fmt.Errorf("line %d: %q is not a code in codes.tsv", lineNo, f[0])
		}
		r := c.row()
		if r.plover != NoPlover {
			return fmt.Errorf("line %d: code %s mapped twice", lineNo, f[0])
		}
		t, ok := ParsePloverType(f[1])
		if !ok {
			return fmt.Errorf("line %d: %q is not a PLOVER type", lineNo, f[1])
		}
		m := NoMode
		if f[2] != "-" {
			if m, ok = ParsePloverMode(f[2]); !ok {
				return fmt.Errorf("line %d: %q is not a PLOVER mode", lineNo, f[2])
			}
			if !t.HasMode(m) {
				return fmt.Errorf("line %d: %q is not a mode of %s", lineNo, f[2], t)
			}
		}
		r.plover, r.mode = t, m
	}
	return nil
}
