package importer

import (
	"math/rand/v2"
	"testing"
)

// TestSpansAgreeWithExpansion checks the span index against expanding
// every definition into a map, the later overwriting the earlier.
func TestSpansAgreeWithExpansion(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		n := rng.IntN(12)
		lo, hi := make([]int, n), make([]int, n)
		want := map[int]int{}
		for i := range n {
			lo[i] = rng.IntN(40) - 2
			hi[i] = lo[i] + rng.IntN(12) - 2
			if lo[i] < 0 || hi[i] < lo[i] {
				continue
			}
			for c := lo[i]; c <= hi[i]; c++ {
				want[c] = i
			}
		}
		s := newSpans(lo, hi)
		for c := -3; c < 60; c++ {
			w, ok := want[c]
			if !ok {
				w = -1
			}
			if got := s.find(c); got != w {
				t.Fatalf("round %d: code %d: definition %d, want %d (lo %v hi %v)", round, c, got, w, lo, hi)
			}
		}
	}
}
