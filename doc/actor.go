package doc

import "strconv"

// MentionKind says what a mention names.
type MentionKind uint8

const (
	UnknownKind  MentionKind = iota
	Person                   // a named person: "Antony Blinken"
	Country                  // a state: "Russia", "the United States"
	PlaceActor               // a place standing for its government: "Moscow", "the Kremlin"
	Place                    // a place where something happens: "in New Delhi"
	Organization             // "NATO", "Tass", "the State Department"
	Group                    // a role noun or group: "Chinese troops", "protesters"
	Pronoun                  // "he", "him", "they"
	Nominal                  // a definite description: "the top U.S. diplomat"
	Other                    // agreements, events and other named things: "New START"
	Owner                    // a nationality on a thing: "Ukrainian" in "the Ukrainian tanker"; whose it is, not who acts
	mentionKindEnd
)

var mentionKindNames = [...]string{"unknown", "person", "country", "place-as-actor", "place",
	"organization", "group", "pronoun", "nominal", "other", "owner"}

func (k MentionKind) String() string {
	if k < mentionKindEnd {
		return mentionKindNames[k]
	}
	return "MentionKind(" + strconv.Itoa(int(k)) + ")"
}

// Actor is a resolved actor: a CAMEO-style code (ISO 3166 alpha-3 or an
// IGO/NGO/MNC code, then sector codes: USAGOV, RUSMED, IGOUNO) and where the
// resolution came from. The zero Actor is "unknown".
type Actor struct {
	Code  string // "" when unknown
	Name  string // display name: "Antony Blinken", "Russia"
	Entry string // evidence: "people.txt:412" or a rule name such as "coref:surname"
}

// Known reports whether the actor has a code.
func (a Actor) Known() bool { return a.Code != "" }

// Mention is a stretch of text that names or refers to an actor or place.
type Mention struct {
	Span       Span
	Tokens     TokRange
	Head       int32 // index of the head token in Doc.Tokens
	Kind       MentionKind
	Actor      Actor
	Antecedent int32 // index into Doc.Mentions of what this refers back to; -1 for none
	Geo        *GeoRef
}

// GeoRef places a mention on the map.
type GeoRef struct {
	Name     string
	Country  string // ISO 3166 alpha-3
	Lat, Lon float64
	Entry    string // gazetteer evidence
}
