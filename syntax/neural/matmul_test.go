package neural

import (
	"math/rand/v2"
	"testing"
)

// TestMatmul holds matmul, for shapes that use every tile and the Go
// loop, to a float64 product, and checks that each element is summed the
// same way whichever path computes it: a row's result does not depend on
// the rows around it.
func TestMatmul(t *testing.T) {
	paths := []bool{false} // the Go loop
	if cpuFMA {
		paths = append(paths, true) // and the vector kernels
	}
	defer func() { hasFMA = cpuFMA }()
	for _, hasFMA = range paths {
		testMatmul(t)
	}
}

func testMatmul(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fill := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = r.Float32()*2 - 1
		}
		return v
	}
	for _, sz := range []struct{ m, n, k int }{
		{1, 1, 1}, {1, 16, 3}, {4, 16, 1}, {5, 48, 7}, {7, 800, 328}, {9, 37, 20}, {3, 100, 64}, {13, 256, 400}, {2, 112, 9}, {6, 200, 30}, {4, 8, 5}, {1, 200, 800}, {5, 65, 3},
	} {
		m, n, k := sz.m, sz.n, sz.k
		a, b, c0 := fill(m*k), fill(k*n), fill(m*n)
		for _, add := range []bool{false, true} {
			c := append([]float32(nil), c0...)
			matmul(m, n, k, a, k, b, n, c, n, add)
			for i := range m {
				for j := range n {
					var want float64
					if add {
						want = float64(c0[i*n+j])
					}
					for p := range k {
						want += float64(a[i*k+p]) * float64(b[p*n+j])
					}
					if d := float64(c[i*n+j]) - want; d > 1e-4 || d < -1e-4 {
						t.Fatalf("kernels %v, %dx%dx%d add %v: c[%d][%d] = %v, want %v", hasFMA, m, n, k, add, i, j, c[i*n+j], want)
					}
				}
			}
			// each row alone gives the same bits as in the block
			for i := range m {
				ci := append([]float32(nil), c0[i*n:(i+1)*n]...)
				matmul(1, n, k, a[i*k:], k, b, n, ci, n, add)
				for j := range n {
					if ci[j] != c[i*n+j] {
						t.Fatalf("%dx%dx%d add %v: row %d alone gives c[%d] = %v, in the block %v", m, n, k, add, i, j, ci[j], c[i*n+j])
					}
				}
			}
		}
	}
}

// TestMatvecHalf: with the weights in half precision too, matvecHalf gives
// matmul's bits (the recurrent step of a loaded model reads the halves),
// and halves takes only weights that are exactly halves.
func TestMatvecHalf(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, sz := range []struct{ n, k int }{{800, 200}, {64, 1}, {96, 7}, {32, 5}, {200, 30}} {
		n, k := sz.n, sz.k
		a, b, c0 := make([]float32, k), make([]float32, k*n), make([]float32, n)
		for i := range a {
			a[i] = r.Float32()*2 - 1
		}
		for i := range b {
			b[i] = fromHalf(toHalf(r.Float32()*2 - 1))
		}
		b[0] = fromHalf(1) // a subnormal half widens exactly too
		for i := range c0 {
			c0[i] = r.Float32()
		}
		bh := halves(b)
		if bh == nil {
			t.Fatalf("%dx%d: halves refuses weights that are all halves", n, k)
		}
		want := append([]float32(nil), c0...)
		matmul(1, n, k, a, k, b, n, want, n, true)
		got := append([]float32(nil), c0...)
		matvecHalf(n, k, a, b, bh, got)
		for j := range n {
			if got[j] != want[j] {
				t.Fatalf("%dx%d (half kernel %v): c[%d] = %v, matmul gives %v", n, k, hasHalf, j, got[j], want[j])
			}
		}
		b[len(b)-1] += 1e-6
		if halves(b) != nil {
			t.Fatalf("%dx%d: halves takes a weight that is no half", n, k)
		}
	}
}
