package compare

import "container/heap"

// edge is a possible pair of a left claim (row) and a right claim (column)
// worth weight w > 0 when taken.
type edge struct {
	row, col int
	w        float64
}

// assign returns the one-to-one pairing of rows and columns that maximises
// the total weight of the edges it takes; a row or column may stay alone.
// It is the shortest-augmenting-path method of Jonker and Volgenant on a
// sparse graph: rows enter one at a time, each with a private "stay alone"
// column of cost 0, and a Dijkstra search over reduced costs finds the
// cheapest way to seat it, so the pairing is optimal after every row. The
// search stops at the first free column, so on the sparse candidate graphs
// of two documents it touches few nodes. It returns, per row, the column
// taken or -1. Edges must have positive weight; ties are broken by index.
func assign(rows, cols int, edges []edge) []int {
	adj := make([][]edge, rows)
	for _, e := range edges {
		if e.w > 0 {
			adj[e.row] = append(adj[e.row], e)
		}
	}
	// Columns 0..cols-1 are the right claims; cols+r is row r's own
	// "stay alone" column.
	n := cols + rows
	v := make([]float64, n)      // column potentials
	colRow := make([]int, n)     // row seated in each column, -1 if free
	rowCol := make([]int, rows)  // column of each row
	dist := make([]float64, n)   // tentative distances of this search
	pred := make([]int, n)       // row from which each column was reached
	state := make([]uint8, n)    // 0 unseen, 1 in the heap, 2 scanned
	touched := make([]int, 0, 8) // columns whose state this search set
	for c := range colRow {
		colRow[c] = -1
	}
	var h colHeap
	for r := range rows {
		h.reset(dist)
		touched = touched[:0]
		// relax offers the columns of row rr, reached at distance d0 with
		// rr's reduced costs.
		relax := func(rr int, d0, ur float64) {
			try := func(c int, cost float64) {
				d := d0 + cost - ur - v[c]
				switch state[c] {
				case 0:
					state[c], dist[c], pred[c] = 1, d, rr
					touched = append(touched, c)
					heap.Push(&h, c)
				case 1:
					if d < dist[c] {
						dist[c], pred[c] = d, rr
						heap.Fix(&h, h.pos(c))
					}
				}
			}
			for _, e := range adj[rr] {
				try(e.col, -e.w)
			}
			try(cols+rr, 0)
		}
		// The row potential of a row seated in column c is cost(rr, c) - v[c],
		// so that its seat has reduced cost 0; a new row has potential 0
		// against its free own column.
		relax(r, 0, 0)
		end := -1
		var scanned []int
		for h.Len() > 0 {
			c := heap.Pop(&h).(int)
			state[c] = 2
			if colRow[c] < 0 {
				end = c
				break
			}
			scanned = append(scanned, c)
			rr := colRow[c]
			relax(rr, dist[c], cost(adj[rr], cols, rr, c)-v[c])
		}
		// Potentials: every scanned column moves by how much closer it was
		// than the free column found, which keeps reduced costs
		// non-negative and seated edges at zero.
		for _, c := range scanned {
			v[c] += dist[c] - dist[end]
		}
		for c := end; ; {
			rr := pred[c]
			prev := -1
			if rr != r {
				prev = rowCol[rr]
			}
			colRow[c], rowCol[rr] = rr, c
			if rr == r {
				break
			}
			c = prev
		}
		for _, c := range touched {
			state[c] = 0
		}
	}
	out := make([]int, rows)
	for r, c := range rowCol {
		out[r] = -1
		if c < cols {
			out[r] = c
		}
	}
	return out
}

// cost is the cost of seating row r in column c: minus the edge's weight,
// or 0 for the row's own "stay alone" column.
func cost(adj []edge, cols, r, c int) float64 {
	if c == cols+r {
		return 0
	}
	for _, e := range adj {
		if e.col == c {
			return -e.w
		}
	}
	panic("assign: seated on a column without an edge")
}

// colHeap is a min-heap of columns by distance, ties by column index.
type colHeap struct {
	cols  []int
	where []int // position of each column in cols
	dist  []float64
}

func (h *colHeap) reset(dist []float64) {
	h.cols, h.dist = h.cols[:0], dist
	if h.where == nil {
		h.where = make([]int, len(dist))
	}
}

func (h *colHeap) pos(c int) int { return h.where[c] }
func (h *colHeap) Len() int      { return len(h.cols) }
func (h *colHeap) Less(i, j int) bool {
	a, b := h.cols[i], h.cols[j]
	if h.dist[a] != h.dist[b] {
		return h.dist[a] < h.dist[b]
	}
	return a < b
}
func (h *colHeap) Swap(i, j int) {
	h.cols[i], h.cols[j] = h.cols[j], h.cols[i]
	h.where[h.cols[i]], h.where[h.cols[j]] = i, j
}
func (h *colHeap) Push(x any) {
	h.where[x.(int)] = len(h.cols)
	h.cols = append(h.cols, x.(int))
}
func (h *colHeap) Pop() any {
	c := h.cols[len(h.cols)-1]
	h.cols = h.cols[:len(h.cols)-1]
	return c
}
