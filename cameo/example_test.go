package cameo_test

import (
	"fmt"

	"dyad/cameo"
)

func ExampleParse() {
	c, ok := cameo.Parse("0431")
	fmt.Println(ok)
	c, _ = cameo.Parse("163")
	typ, mode := c.Plover()
	fmt.Println(c, c.Name(), c.Goldstein(), c.Quad(), c.Root(), typ, mode)
	// Output:
	// false
	// 163 Impose embargo, boycott, or sanctions -8 material conflict 16 COERCE restrict
}

func ExampleParseActor() {
	a, err := cameo.ParseActor("USAGOVMIL")
	fmt.Println(a.Country(), a.Sectors(), err)
	_, err = cameo.ParseActor("USAGOX")
	fmt.Println(err)
	// Output:
	// USA [GOV MIL] <nil>
	// actor code "USAGOX": segment 2 "GOX": is not a known country, region, sector, organisation or religion code
}
