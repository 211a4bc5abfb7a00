package vectors

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/parley-reader/parley/assets"
)

// The table is written by tools/genvectors in little-endian numbers:
// "PLVT"; the version (4 bytes, 1); the word count n and the dimension d
// (4 bytes each); n word lengths (1 byte each); the words back to back, in
// strictly increasing byte order; n scales (float32); n rows of d int8
// components. Row i times scale i is word i's vector, of unit length.
//
// Load copies the words (a few hundred kilobytes) into one string and finds
// them by binary search, which loads in a quarter of the time of filling a
// map (0.65 ms against 2.3 ms); the rows stay in the bytes given.

const (
	magic      = "PLVT"
	version    = 1
	headerSize = 16
	maxDims    = 4096 // keeps a dot product of int8 rows within int32
)

// Table maps words to their vectors.
type Table struct {
	dims   int
	text   string    // the words back to back
	ends   []int32   // word i is text[ends[i-1]:ends[i]]
	scales []float32 // per row
	rows   []byte    // row i is rows[i*dims:(i+1)*dims], int8 components
}

// Vec is a word's vector: int8 components, held as bytes, times a scale.
// The zero Vec has no components.
type Vec struct {
	q     []byte
	scale float32
}

// Dense is a vector of float32 components.
type Dense []float32

// Load parses a table in the format written by tools/genvectors. The table
// keeps the int8 rows of b, which must not change afterwards.
func Load(b []byte) (*Table, error) {
	if len(b) < headerSize || string(b[:4]) != magic {
		return nil, errors.New("vector table: not a vector table")
	}
	if len(b) > math.MaxInt32 {
		return nil, errors.New("vector table: larger than 2 GB")
	}
	if v := binary.LittleEndian.Uint32(b[4:]); v != version {
		return nil, fmt.Errorf("vector table: version %d, want %d", v, version)
	}
	n := uint64(binary.LittleEndian.Uint32(b[8:]))
	dims := uint64(binary.LittleEndian.Uint32(b[12:]))
	if n == 0 || dims == 0 || dims > maxDims {
		return nil, fmt.Errorf("vector table: %d words of %d dimensions", n, dims)
	}
	b = b[headerSize:]
	if uint64(len(b)) < n {
		return nil, errors.New("vector table: truncated in the word lengths")
	}
	lens, b := b[:n], b[n:]
	t := &Table{dims: int(dims), ends: make([]int32, n)}
	end := 0
	for i, l := range lens {
		if l == 0 {
			return nil, fmt.Errorf("vector table: word %d is empty", i)
		}
		end += int(l)
		if end > len(b) {
			return nil, errors.New("vector table: truncated in the words")
		}
		t.ends[i] = int32(end)
	}
	t.text, b = string(b[:end]), b[end:]
	if want := n * (4 + dims); uint64(len(b)) < want {
		return nil, errors.New("vector table: truncated in the scales and rows")
	} else if uint64(len(b)) > want {
		return nil, fmt.Errorf("vector table: %d bytes after the rows", uint64(len(b))-want)
	}
	for i := 1; i < len(t.ends); i++ {
		if t.word(i-1) >= t.word(i) {
			return nil, fmt.Errorf("vector table: word %d (%q) out of order", i, t.word(i))
		}
	}
	t.scales = make([]float32, n)
	for i := range t.scales {
		s := math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		if !(s > 0 && s <= math.MaxFloat32) {
			return nil, fmt.Errorf("vector table: scale of %q is %v", t.word(i), s)
		}
		t.scales[i] = s
	}
	t.rows = b[4*n:]
	return t, nil
}

var loadDefault = sync.OnceValue(func() *Table {
	t, err := Load(assets.Vectors())
	if err != nil {
		panic("vectors: embedded table: " + err.Error())
	}
	return t
})

// Default returns the embedded table, loading it on first use. It panics
// if the embedded table is corrupt.
func Default() *Table { return loadDefault() }

// Len returns the number of words in the table.
func (t *Table) Len() int { return len(t.ends) }

// word returns word number i.
func (t *Table) word(i int) string {
	start := int32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.text[start:t.ends[i]]
}

// Lookup returns the vector of a word, and false if the table lacks it.
func (t *Table) Lookup(word string) (Vec, bool) {
	lo, hi := 0, len(t.ends) // the word is at lo or absent
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.word(m) < word {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t.ends) || t.word(lo) != word {
		return Vec{}, false
	}
	return Vec{q: t.rows[lo*t.dims : (lo+1)*t.dims], scale: t.scales[lo]}, true
}

// Similarity returns the cosine of the vectors of two words, and false if
// the table lacks either.
func (t *Table) Similarity(a, b string) (float64, bool) {
	va, ok := t.Lookup(a)
	if !ok {
		return 0, false
	}
	vb, ok := t.Lookup(b)
	if !ok {
		return 0, false
	}
	return Cosine(va, vb), true
}

// Cosine returns the cosine of two vectors, between -1 and 1; it is 0 if
// they have different numbers of components.
func Cosine(a, b Vec) float64 {
	if len(a.q) != len(b.q) {
		return 0
	}
	dot := dotI8(a.q, b.q[:len(a.q)])
	return max(-1, min(1, float64(dot)*float64(a.scale)*float64(b.scale)))
}

// Mean returns the mean of the vectors of the words the table knows,
// scaled to unit length, and how many of the words it knows; with none, it
// returns nil and 0. Repeated words count each time.
func (t *Table) Mean(words []string) (Dense, int) {
	return t.WeightedMean(words, nil)
}

// WeightedMean returns the mean of the vectors of the words the table
// knows, each counted by its weight, scaled to unit length, and how many
// of the words it knows; with none, it returns nil and 0. weights runs
// parallel to words; nil counts every word alike.
func (t *Table) WeightedMean(words []string, weights []float64) (Dense, int) {
	var vs []Vec
	var ws []float64
	for i, w := range words {
		if v, ok := t.Lookup(w); ok {
			vs = append(vs, v)
			if weights != nil {
				ws = append(ws, weights[i])
			}
		}
	}
	return MeanOf(vs, ws), len(vs)
}

// MeanOf returns the mean of vectors already looked up, each counted by
// its weight (every one alike when weights is nil), scaled to unit length;
// nil when vs is empty. weights runs parallel to vs.
func MeanOf(vs []Vec, weights []float64) Dense {
	if len(vs) == 0 {
		return nil
	}
	sum := make(Dense, len(vs[0].q))
	for i, v := range vs {
		f := v.scale
		if weights != nil {
			f = float32(weights[i]) * v.scale
		}
		for j, q := range v.q {
			sum[j] += float32(int8(q)) * f
		}
	}
	if norm := sum.norm(); norm > 0 {
		for j := range sum {
			sum[j] = float32(float64(sum[j]) / norm)
		}
	}
	return sum
}

// norm returns the length of v.
func (v Dense) norm() float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

// Dot returns the dot product of two vectors, which is their cosine when
// both have unit length (as Mean and WeightedMean return them); it is 0 if
// they have different numbers of components.
func Dot(a, b Dense) float64 {
	if len(a) != len(b) {
		return 0
	}
	return float64(dotF32(a, b[:len(a)]))
}

// dotF32Go is dotF32 in Go, for processors without the vector kernels.
func dotF32Go(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// dotI8Go is dotI8 in Go, for processors without the vector kernels.
func dotI8Go(qa, qb []byte) int32 {
	qb = qb[:len(qa)]
	var d0, d1, d2, d3 int32
	i := 0
	for ; i+4 <= len(qa); i += 4 {
		d0 += int32(int8(qa[i])) * int32(int8(qb[i]))
		d1 += int32(int8(qa[i+1])) * int32(int8(qb[i+1]))
		d2 += int32(int8(qa[i+2])) * int32(int8(qb[i+2]))
		d3 += int32(int8(qa[i+3])) * int32(int8(qb[i+3]))
	}
	for ; i < len(qa); i++ {
		d0 += int32(int8(qa[i])) * int32(int8(qb[i]))
	}
	return d0 + d1 + d2 + d3
}

// DenseCosine returns the cosine of two vectors, between -1 and 1; it is 0
// if either is zero or they have different numbers of components.
func DenseCosine(a, b Dense) float64 {
	if len(a) != len(b) {
		return 0
	}
	na, nb := a.norm(), b.norm()
	if na == 0 || nb == 0 {
		return 0
	}
	var dot float64
	for i, x := range a {
		dot += float64(x) * float64(b[i])
	}
	return max(-1, min(1, dot/(na*nb)))
}
