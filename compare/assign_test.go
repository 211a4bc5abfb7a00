package compare

import (
	"math"
	"math/rand/v2"
	"testing"
)

// bestTotal is the largest total weight of a one-to-one pairing, by
// trying every choice for each row.
func bestTotal(rows, cols int, w [][]float64) float64 {
	used := make([]bool, cols)
	var rec func(r int) float64
	rec = func(r int) float64 {
		if r == rows {
			return 0
		}
		best := rec(r + 1) // row r stays alone
		for c := range cols {
			if !used[c] && w[r][c] > 0 {
				used[c] = true
				best = math.Max(best, w[r][c]+rec(r+1))
				used[c] = false
			}
		}
		return best
	}
	return rec(0)
}

// TestAssignOptimal checks assign against exhaustive search on random
// sparse graphs: the pairing is one-to-one, uses only offered edges and
// reaches the best total weight.
func TestAssignOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 400 {
		rows, cols := 1+rng.IntN(6), 1+rng.IntN(6)
		w := make([][]float64, rows)
		var edges []edge
		for r := range rows {
			w[r] = make([]float64, cols)
			for c := range cols {
				if rng.Float64() < 0.5 {
					w[r][c] = math.Round(rng.Float64()*100) / 10
					edges = append(edges, edge{r, c, w[r][c]})
				}
			}
		}
		got := assign(rows, cols, edges)
		total := 0.0
		seen := map[int]bool{}
		for r, c := range got {
			if c < 0 {
				continue
			}
			if seen[c] {
				t.Fatalf("trial %d: column %d taken twice: %v", trial, c, got)
			}
			seen[c] = true
			if w[r][c] <= 0 {
				t.Fatalf("trial %d: row %d seated on column %d without an edge", trial, r, c)
			}
			total += w[r][c]
		}
		if want := bestTotal(rows, cols, w); math.Abs(total-want) > 1e-9 {
			t.Fatalf("trial %d: total %v, best is %v (weights %v, got %v)", trial, total, want, w, got)
		}
	}
}

// TestAssignGlobal shows the difference from taking the best pair first:
// the strongest pair gives way when two good pairs together are worth more.
func TestAssignGlobal(t *testing.T) {
	got := assign(2, 2, []edge{{0, 0, 0.9}, {0, 1, 0.8}, {1, 0, 0.7}})
	if got[0] != 1 || got[1] != 0 {
		t.Errorf("assign = %v, want [1 0]", got)
	}
}

// BenchmarkAssign pairs 5,000 rows and columns, each row with eight
// candidate columns.
func BenchmarkAssign(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	const n = 5000
	var edges []edge
	for r := range n {
		for range 8 {
			edges = append(edges, edge{r, rng.IntN(n), rng.Float64()})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		assign(n, n, edges)
	}
}
