package main

import (
	"errors"
	"io"
)

// runParse is not built yet.
func runParse(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
