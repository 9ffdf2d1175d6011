package neural

import (
	"math"
	"testing"
)

// TestExpf holds expf, sigmoidf and tanhf to math's functions over the
// range the LSTM cells see and beyond, where they saturate.
func TestExpf(t *testing.T) {
	var worstExp, worstSig, worstTanh float64
	for i := -200000; i <= 200000; i++ {
		x := float32(i) / 2000 // -100 .. 100 in steps of 1/2000
		if x >= -87 && x <= 88 {
			want := math.Exp(float64(x))
			worstExp = max(worstExp, math.Abs(float64(expf(x))-want)/want)
		}
		worstSig = max(worstSig, math.Abs(float64(sigmoidf(x))-1/(1+math.Exp(-float64(x)))))
		worstTanh = max(worstTanh, math.Abs(float64(tanhf(x))-math.Tanh(float64(x))))
	}
	if worstExp > 3e-7 || worstSig > 2e-7 || worstTanh > 4e-7 {
		t.Errorf("worst errors: exp %.3g (relative), sigmoid %.3g, tanh %.3g", worstExp, worstSig, worstTanh)
	}
	t.Logf("worst errors: exp %.3g (relative), sigmoid %.3g, tanh %.3g", worstExp, worstSig, worstTanh)
}

// TestExps checks that sigmoids and tanhs give sigmoidf's and tanhf's bits,
// on both paths, over values from -100 to 100, zeros and the clamps.
func TestExps(t *testing.T) {
	var in []float32
	for i := -20000; i <= 20000; i++ {
		in = append(in, float32(i)/200+float32(i%7)/1e5)
	}
	in = append(in, 0, float32(math.Copysign(0, -1)), -87, 88, -44, 44, 1e-30, -1e-30, 1e30, -1e30)
	paths := []bool{false}
	if cpuFMA {
		paths = append(paths, true)
	}
	defer func() { hasFMA = cpuFMA }()
	for _, hasFMA = range paths {
		for _, tanh := range []bool{false, true} {
			v := append([]float32(nil), in...)
			f, name := sigmoidf, "sigmoid"
			if tanh {
				tanhs(v)
				f, name = tanhf, "tanh"
			} else {
				sigmoids(v)
			}
			for i, x := range in {
				if math.Float32bits(v[i]) != math.Float32bits(f(x)) {
					t.Fatalf("vector %v: %s(%g) = %g, want %g", hasFMA, name, x, v[i], f(x))
				}
			}
		}
	}
}
