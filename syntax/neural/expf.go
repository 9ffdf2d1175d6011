package neural

import "math"

// expf is e^x in float32 arithmetic (Cephes' expf: x = n·ln 2 + f with
// |f| ≤ ln 2 / 2, a degree-6 polynomial for e^f, n added to the exponent),
// within 2e-7 of math.Exp relatively for x in [-87, 88], and clamped there.
// The LSTM cells take their sigmoids and tanhs from it: math.Exp and
// math.Tanh in float64 were a fifth of a parse.
func expf(x float32) float32 {
	x = min(max(x, -87), 88)
	// n = round(x / ln 2): adding 1.5·2^23 rounds to an integer
	t := x*expLog2E + expShifter
	n := t - expShifter
	f := x - n*expLn2Hi - n*expLn2Lo
	z := f * f
	p := ((((expC0*f+expC1)*f+expC2)*f+expC3)*f+expC4)*f + expC5
	p = p*z + f + 1
	return math.Float32frombits(math.Float32bits(p) + uint32(int32(n))<<23)
}

const (
	expLog2E   float32 = math.Log2E
	expShifter float32 = 1.5 * (1 << 23)
	expLn2Hi   float32 = 0.693359375 // ln 2 in two parts
	expLn2Lo   float32 = -2.12194440e-4
	expC0      float32 = 1.9875691500e-4
	expC1      float32 = 1.3981999507e-3
	expC2      float32 = 8.3334519073e-3
	expC3      float32 = 4.1665795894e-2
	expC4      float32 = 1.6666665459e-1
	expC5      float32 = 5.0000001201e-1
)

// expConsts are expf's constants for expsAVX2.
var expConsts = [13]float32{-87, 88, expLog2E, expShifter, expLn2Hi, expLn2Lo, expC0, expC1, expC2, expC3, expC4, expC5, 1}

func sigmoidf(x float32) float32 { return 1 / (1 + expf(-x)) }

func tanhf(x float32) float32 { return 1 - 2/(expf(2*x)+1) }

// sigmoids sets v[i] to sigmoidf(v[i]), and tanhs to tanhf(v[i]): with
// AVX2, eight at a time to the same bits.
func sigmoids(v []float32) { exps(v, false) }
func tanhs(v []float32)    { exps(v, true) }

func exps(v []float32, tanh bool) {
	n := 0
	if hasFMA {
		n = len(v) &^ 7
		expsAVX2(v[:n], &expConsts, tanh)
	}
	for i := n; i < len(v); i++ {
		if tanh {
			v[i] = tanhf(v[i])
		} else {
			v[i] = sigmoidf(v[i])
		}
	}
}
