package main

import (
	"errors"
	"io"
)

// runTrainTagger is not built yet.
func runTrainTagger(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
