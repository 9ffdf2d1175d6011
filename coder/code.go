package coder

import "dyad/cameo"

// cameoCode is the cameo.Code of a verb pattern's digits; the verbs loader
// has already checked them against the code book.
func cameoCode(s string) cameo.Code {
	c, _ := cameo.Parse(s)
	return c
}

// codeDigits gives a code's digits ("0431"), "" for the zero Code.
func codeDigits(c cameo.Code) string { return c.String() }
