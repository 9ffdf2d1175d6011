//go:build !amd64

package neural

// hasFMA is false: matmul runs its Go loop.
var hasFMA = cpuFMA

const cpuFMA = false

// hasHalf is false: matvecHalf multiplies by the float32 weights.
var hasHalf = false

func tile4x16(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int) {
	panic("neural: no vector kernels on this architecture")
}

func tile1x32(k int, a *float32, b *float32, ldb int, c *float32) {
	panic("neural: no vector kernels on this architecture")
}

func tile1x64(k int, a *float32, b *float32, ldb int, c *float32) {
	panic("neural: no vector kernels on this architecture")
}

func tile1x64h(k int, a *float32, b *uint16, ldb int, c *float32) {
	panic("neural: no vector kernels on this architecture")
}

func expsAVX2(v []float32, c *[13]float32, tanh bool) {
	panic("neural: no vector kernels on this architecture")
}

func tile4x8(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int) {
	panic("neural: no vector kernels on this architecture")
}
