package assets

import _ "embed"

//go:embed vectors/glove100.bin
var vectors []byte

// Vectors returns the word-vector table that package compare/vectors reads;
// assets/vectors/README.md describes it and where it comes from. The bytes
// are shared: callers must not modify them.
func Vectors() []byte { return vectors }
