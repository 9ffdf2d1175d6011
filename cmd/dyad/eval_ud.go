package main

import (
	"errors"
	"io"
)

// runEvalUD is not built yet.
func runEvalUD(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
