package vectors

import "golang.org/x/sys/cpu"

// hasAVX2 reports whether the processor runs the AVX2 and FMA kernels.
var hasAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// dotF32AVX2 returns the dot product of the n float32 values at a and b.
//
//go:noescape
func dotF32AVX2(a, b *float32, n int) float32

// dotI8AVX2 returns the dot product of the n int8 values at a and b.
//
//go:noescape
func dotI8AVX2(a, b *byte, n int) int32

// dotF32 returns the dot product of a and b, which have the same length.
func dotF32(a, b []float32) float32 {
	if hasAVX2 && len(a) > 0 {
		return dotF32AVX2(&a[0], &b[0], len(a))
	}
	return dotF32Go(a, b)
}

// dotI8 returns the dot product of the int8 values in a and b, which have
// the same length.
func dotI8(a, b []byte) int32 {
	if hasAVX2 && len(a) > 0 {
		return dotI8AVX2(&a[0], &b[0], len(a))
	}
	return dotI8Go(a, b)
}
