package parser

// setAVX2 sets whether the vector code runs (when the CPU has it) and
// returns the setting before.
func setAVX2(on bool) (was bool) {
	was = hasAVX2
	hasAVX2 = on && cpuAVX2
	return was
}
