//go:build !amd64

package vectors

// dotF32 returns the dot product of a and b, which have the same length.
func dotF32(a, b []float32) float32 { return dotF32Go(a, b) }

// dotI8 returns the dot product of the int8 values in a and b, which have
// the same length.
func dotI8(a, b []byte) int32 { return dotI8Go(a, b) }
