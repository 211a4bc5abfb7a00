package importer

import (
	"container/heap"
	"sort"
)

// spans finds, for a code, the latest of a list of definitions that each
// cover a range of codes (a ToUnicode bfrange, a CID font's /W range),
// without expanding the ranges: its size is that of the list, whatever
// the ranges cover.
type spans struct {
	start, end []int // segment i covers codes start[i] to end[i], inclusive
	def        []int // the definition that wins over segment i
}

// maxCode is the largest code a span may reach; PDF codes have at most
// four bytes.
const maxCode = 1<<32 - 1

// newSpans indexes definitions i = 0, 1, … covering codes lo[i] to hi[i]
// (inclusive); where they overlap the later one wins. Definitions outside
// 0…maxCode or with hi < lo are left out.
func newSpans(lo, hi []int) spans {
	type def struct{ i, lo, hi int }
	var defs []def
	var points []int
	for i := range lo {
		if lo[i] < 0 || hi[i] < lo[i] || hi[i] > maxCode {
			continue
		}
		defs = append(defs, def{i, lo[i], hi[i]})
		points = append(points, lo[i], hi[i]+1)
	}
	sort.Ints(points)
	sort.Slice(defs, func(a, b int) bool { return defs[a].lo < defs[b].lo })
	var s spans
	active := &defHeap{}
	next := 0
	for k, p := range points {
		if k > 0 && p == points[k-1] {
			continue
		}
		for next < len(defs) && defs[next].lo <= p {
			heap.Push(active, [2]int{defs[next].i, defs[next].hi})
			next++
		}
		// Definitions that ended before p never cover a later point.
		for active.Len() > 0 && (*active)[0][1] < p {
			heap.Pop(active)
		}
		if active.Len() == 0 {
			continue
		}
		// The segment runs to the next point.
		end := maxCode
		for _, q := range points[k+1:] {
			if q > p {
				end = q - 1
				break
			}
		}
		winner := (*active)[0][0]
		if n := len(s.def); n > 0 && s.def[n-1] == winner && s.end[n-1] == p-1 {
			s.end[n-1] = end
			continue
		}
		s.start = append(s.start, p)
		s.end = append(s.end, end)
		s.def = append(s.def, winner)
	}
	return s
}

// find returns the definition that covers code, or -1.
func (s spans) find(code int) int {
	i := sort.Search(len(s.start), func(i int) bool { return s.start[i] > code }) - 1
	if i < 0 || code > s.end[i] {
		return -1
	}
	return s.def[i]
}

// defHeap is a max-heap of [definition, end] by definition.
type defHeap [][2]int

func (h defHeap) Len() int           { return len(h) }
func (h defHeap) Less(i, j int) bool { return h[i][0] > h[j][0] }
func (h defHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *defHeap) Push(x any)        { *h = append(*h, x.([2]int)) }
func (h *defHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
