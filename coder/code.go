package coder

import "dyad/cameo"

// cameoCode turns the digits of a verb pattern's code into a cameo.Code.
// The encoding (10000×digits + value) is cameo's; until the cameo table is
// merged this keeps the coder independent of it.
func cameoCode(s string) cameo.Code {
	if len(s) < 2 || len(s) > 4 {
		return 0
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0
		}
		v = v*10 + int(c-'0')
	}
	return cameo.Code(10000*len(s) + v)
}

// codeDigits is the inverse of cameoCode: "0431" for its Code, "" for 0.
func codeDigits(c cameo.Code) string {
	n := int(c) / 10000
	if n < 2 || n > 4 {
		return ""
	}
	v := int(c) % 10000
	b := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b)
}
