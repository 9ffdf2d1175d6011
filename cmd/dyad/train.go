package main

import (
	"errors"
	"io"
)

// runTrain is not built yet.
func runTrain(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
