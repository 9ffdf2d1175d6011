package neural

import "golang.org/x/sys/cpu"

// hasFMA says whether matmul runs its AVX2 and FMA kernels: cpuFMA, but
// for tests.
var hasFMA = cpuFMA

var cpuFMA = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// hasHalf says whether matvecHalf reads half-precision weights
// (tile1x64h): with FMA, the F16C conversions.
var hasHalf = cpuFMA && cpu.X86.HasF16C

// tile4x16 adds A·B to the 4×16 tile C: A is 4×k (row stride lda), B k×16
// (row stride ldb), C row stride ldc, strides in elements. With lda and
// ldc 0 it computes one row four times over, to the same sums.
//
//go:noescape
func tile4x16(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)

// tile1x32 adds a·B to the 32 elements at c: a is 1×k, B k×32 (row stride
// ldb).
//
//go:noescape
func tile1x32(k int, a *float32, b *float32, ldb int, c *float32)

// tile1x64 adds a·B to the 64 elements at c: a is 1×k, B k×64 (row stride
// ldb). Eight accumulators keep both FMA units busy, where tile1x32's four
// wait on each other.
//
//go:noescape
func tile1x64(k int, a *float32, b *float32, ldb int, c *float32)

// tile1x64h is tile1x64 for B in half precision (row stride ldb halves).
//
//go:noescape
func tile1x64h(k int, a *float32, b *uint16, ldb int, c *float32)

// expsAVX2 is exps for len(v) a multiple of 8.
//
//go:noescape
func expsAVX2(v []float32, c *[13]float32, tanh bool)

// tile4x8 is tile4x16 for 8 columns.
//
//go:noescape
func tile4x8(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)
