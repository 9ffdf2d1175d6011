package lexicon_test

import (
	"fmt"
	"strings"

	"dyad/lexicon"
)

func ExampleLexicon_Match() {
	lex, err := lexicon.Default()
	if err != nil {
		panic(err)
	}
	tokens := strings.Fields("Russian Foreign Minister Sergey Lavrov met Antony Blinken")
	day := lexicon.MakeDate(2023, 3, 2)
	for i := 0; i < len(tokens); {
		m, ok := lex.Match(tokens[i:])
		if !ok {
			i++
			continue
		}
		role, _ := m.Entry.CodeOn(day)
		fmt.Printf("%s: %s %s\n", strings.Join(tokens[i:i+m.Len], " "), m.Entry.Kind, role.Code)
		i += m.Len
	}
	// Output:
	// Russian: adjective RUS
	// Foreign Minister: agent GOV
	// Sergey Lavrov: person RUSGOV
	// Antony Blinken: person USAGOV
}
