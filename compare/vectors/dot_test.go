package vectors

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestDotKernels checks the vector kernels against the Go loops for every
// length up to 131 (each loop and each tail of the kernels), on random
// values and on the extremes of int8.
func TestDotKernels(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 132 {
		qa, qb := make([]byte, n), make([]byte, n)
		fa, fb := make([]float32, n), make([]float32, n)
		for i := range n {
			qa[i], qb[i] = byte(rng.IntN(256)), byte(rng.IntN(256))
			fa[i], fb[i] = float32(rng.NormFloat64()), float32(rng.NormFloat64())
		}
		if got, want := dotI8(qa, qb), dotI8Go(qa, qb); got != want {
			t.Errorf("int8 dot of length %d: %d, want %d", n, got, want)
		}
		for i := range n {
			qa[i], qb[i] = 0x80, 0x80 // -128 * -128, the largest product
		}
		if got, want := dotI8(qa, qb), int32(n*128*128); got != want {
			t.Errorf("int8 dot of %d times -128: %d, want %d", n, got, want)
		}
		var exact float64
		for i := range n {
			exact += float64(fa[i]) * float64(fb[i])
		}
		if got := float64(dotF32(fa, fb)); math.Abs(got-exact) > 1e-4*math.Sqrt(float64(n)+1) {
			t.Errorf("float32 dot of length %d: %v, want %v", n, got, exact)
		}
	}
}
