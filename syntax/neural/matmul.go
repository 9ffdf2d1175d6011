package neural

// matmul sets C to A·B, or adds A·B to C when add: A is m×k, B k×n and C
// m×n, row-major with row strides lda, ldb and ldc. It is every matrix
// product of the package: the forward pass's over weights kept transposed
// for it (inferWeights), the backward pass's through mulAT and mulBT.
//
// Every element of C is summed over k in order, one multiply-add at a
// time, whichever path computes it, so a sentence's scores do not depend
// on how its rows fall into tiles. With AVX2 and FMA the tiles are 4×16,
// 4×8, 1×64 and 1×32 (kernels in matmul_amd64.s); elsewhere, and for the
// last n%8 columns, the loop below.
func matmul(m, n, k int, a []float32, lda int, b []float32, ldb int, c []float32, ldc int, add bool) {
	if m == 0 || n == 0 {
		return
	}
	_ = a[(m-1)*lda+k-1]
	_ = b[(k-1)*ldb+n-1]
	_ = c[(m-1)*ldc+n-1]
	if !add {
		for i := range m {
			clear(c[i*ldc : i*ldc+n])
		}
	}
	if k == 0 {
		return
	}
	done := 0 // columns the kernels did
	if hasFMA {
		n16 := n &^ 15
		done = n &^ 7
		m4 := m &^ 3
		// column blocks outside, so that a block of B (k×16) stays in
		// the cache for all of A's rows
		for j := 0; j < n16; j += 16 {
			for i := 0; i < m4; i += 4 {
				tile4x16(k, &a[i*lda], lda, &b[j], ldb, &c[i*ldc+j], ldc)
			}
		}
		if n16 < done {
			for i := 0; i < m4; i += 4 {
				tile4x8(k, &a[i*lda], lda, &b[n16], ldb, &c[i*ldc+n16], ldc)
			}
		}
		for i := m4; i < m; i++ {
			j := 0
			for ; j+64 <= n16; j += 64 {
				tile1x64(k, &a[i*lda], &b[j], ldb, &c[i*ldc+j])
			}
			for ; j+32 <= n16; j += 32 {
				tile1x32(k, &a[i*lda], &b[j], ldb, &c[i*ldc+j])
			}
			for ; j < n16; j += 16 {
				tile4x16(k, &a[i*lda], 0, &b[j], ldb, &c[i*ldc+j], 0)
			}
			if j < done {
				tile4x8(k, &a[i*lda], 0, &b[j], ldb, &c[i*ldc+j], 0)
			}
		}
	}
	if done == n {
		return
	}
	for i := range m {
		ar := a[i*lda : i*lda+k]
		cr := c[i*ldc+done : i*ldc+n]
		for j := range cr {
			s := cr[j]
			for p, v := range ar {
				s += v * b[p*ldb+done+j]
			}
			cr[j] = s
		}
	}
}

// matvecHalf adds a·B to c: a is 1×k, B k×n (row stride n), given as
// float32 in b and, when every element is a half-precision number, as
// halves in bh (else nil). The 64-column blocks then read the halves: the
// LSTM's recurrent step reads all of its weights for one row, and half the
// bytes stay in the cache where the whole do not. The sums are matmul's,
// a half widening to float32 exactly.
func matvecHalf(n, k int, a, b []float32, bh []uint16, c []float32) {
	j := 0
	if bh != nil && hasHalf && k > 0 {
		_ = a[k-1]
		_ = bh[(k-1)*n+n-1]
		_ = c[n-1]
		for ; j+64 <= n; j += 64 {
			tile1x64h(k, &a[0], &bh[j], n, &c[j])
		}
	}
	if j < n {
		matmul(1, n-j, k, a, k, b[j:], n, c[j:], n, true)
	}
}

// transpose returns the transpose of the rows×cols matrix w.
func transpose(w []float32, rows, cols int) []float32 {
	return transposeInto(nil, w, rows, cols)
}

// transposeInto writes the transpose of the rows×cols matrix w into dst,
// grown as needed, and returns it.
func transposeInto(dst, w []float32, rows, cols int) []float32 {
	dst = grow(dst, rows*cols)
	for i := range rows {
		for j := range cols {
			dst[j*rows+i] = w[i*cols+j]
		}
	}
	return dst
}

// mulAT sets C to Aᵀ·B, or adds it when add: A is stored k×m, B k×n, C
// m×n; Aᵀ goes through sc.tr.
func (sc *scratch) mulAT(m, n, k int, a, b, c []float32, add bool) {
	sc.tr = transposeInto(sc.tr, a, k, m)
	matmul(m, n, k, sc.tr, k, b, n, c, n, add)
}

// mulBT sets C to A·Bᵀ, or adds it when add: A is m×k, B stored n×k, C
// m×n; Bᵀ goes through sc.tr.
func (sc *scratch) mulBT(m, n, k int, a, b, c []float32, add bool) {
	sc.tr = transposeInto(sc.tr, b, n, k)
	matmul(m, n, k, a, k, sc.tr, n, c, n, add)
}
