package main

import (
	"errors"
	"io"
)

// runTrainParser is not built yet.
func runTrainParser(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
