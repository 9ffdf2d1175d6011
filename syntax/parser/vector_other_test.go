//go:build !amd64

package parser

func setAVX2(on bool) bool { return false }
