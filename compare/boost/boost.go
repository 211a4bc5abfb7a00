// Package boost fits and applies gradient-boosted decision trees for a
// yes-or-no question: a sum of small trees over numeric features gives the
// log-odds of yes. The comparison engine applies the trees its development
// tools fit, with the same code.
package boost

import (
	"math"
	"slices"
	"sort"

	"github.com/parley-reader/parley/compare/stat"
)

// Tree is one tree of a Model, complete to a fixed depth: inner node k
// (0-based, breadth first, children 2k+1 and 2k+2) sends x to its right
// child when x[Feature[k]] > Threshold[k]; the leaves, left to right, hold
// what the tree adds to the log-odds. A node that does not split has an
// infinite threshold, so that everything goes left.
type Tree struct {
	Feature   []int
	Threshold []float64
	Leaf      []float64
}

// Model is a fitted sum of trees.
type Model struct {
	Base  float64 // log-odds before any tree
	Trees []Tree
}

// LogOdds returns the model's log-odds that the answer for features x is
// yes.
func (m *Model) LogOdds(x []float64) float64 {
	z := m.Base
	for t := range m.Trees {
		tr := &m.Trees[t]
		k := 0
		for k < len(tr.Feature) {
			if x[tr.Feature[k]] > tr.Threshold[k] {
				k = 2*k + 2
			} else {
				k = 2*k + 1
			}
		}
		z += tr.Leaf[k-len(tr.Feature)]
	}
	return z
}

// Prob returns the model's probability that the answer for features x is
// yes.
func (m *Model) Prob(x []float64) float64 { return stat.Sigmoid(m.LogOdds(x)) }

// Options set how Fit grows its trees.
type Options struct {
	Trees    int     // how many trees
	Depth    int     // the depth of each tree
	Rate     float64 // the learning rate each tree's leaves are scaled by
	MinLeaf  int     // the fewest rows a leaf may hold
	L2       float64 // the penalty on leaf values
	MaxBins  int     // the most thresholds tried per feature, at most 255
	MinSplit float64 // the least gain in log-likelihood a split must make
}

// Fit fits a model of log-odds that y[i] is 1 from features x[i] (every
// row as long as the first) by gradient boosting with Newton steps on the
// logistic loss, from the log-odds of the share of ones. Thresholds are
// tried between the distinct values of each feature, or between quantiles
// of them when there are more than opt.MaxBins. The same rows give the
// same model.
func Fit(x [][]float64, y []int, opt Options) *Model {
	n := len(x)
	if n == 0 {
		return &Model{}
	}
	d := len(x[0])
	cuts := make([][]float64, d)
	bins := make([][]uint8, d)
	for f := range d {
		cuts[f], bins[f] = binFeature(x, f, min(opt.MaxBins, 255))
	}
	pos := 0
	for _, v := range y {
		pos += v
	}
	mean := (float64(pos) + 0.5) / (float64(n) + 1)
	m := &Model{Base: math.Log(mean / (1 - mean))}
	z := make([]float64, n)
	for i := range z {
		z[i] = m.Base
	}
	g, h := make([]float64, n), make([]float64, n)
	rows := make([]int, n)
	g0 := &grower{bins: bins, cuts: cuts, g: g, h: h, opt: opt}
	for range opt.Trees {
		for i := range n {
			p := stat.Sigmoid(z[i])
			g[i], h[i] = p-float64(y[i]), max(p*(1-p), 1e-12)
		}
		for i := range rows {
			rows[i] = i
		}
		tr := g0.grow(rows)
		for i := range n {
			z[i] += tr.leafOf(bins, i)
		}
		m.Trees = append(m.Trees, tr.Tree)
	}
	return m
}

// binFeature returns the thresholds tried for feature f and each row's bin:
// the number of thresholds the row's value lies above.
func binFeature(x [][]float64, f, maxBins int) ([]float64, []uint8) {
	vals := make([]float64, len(x))
	for i, row := range x {
		vals[i] = row[f]
	}
	sorted := slices.Clone(vals)
	slices.Sort(sorted)
	distinct := slices.Compact(sorted)
	var cuts []float64
	if len(distinct)-1 <= maxBins {
		for k := 0; k+1 < len(distinct); k++ {
			cuts = append(cuts, (distinct[k]+distinct[k+1])/2)
		}
	} else {
		all := slices.Clone(vals)
		slices.Sort(all)
		for q := 1; q <= maxBins; q++ {
			i := q * len(all) / (maxBins + 1)
			k := sort.SearchFloat64s(distinct, all[i])
			if k+1 < len(distinct) {
				c := (distinct[k] + distinct[k+1]) / 2
				if len(cuts) == 0 || c > cuts[len(cuts)-1] {
					cuts = append(cuts, c)
				}
			}
		}
	}
	b := make([]uint8, len(x))
	for i, v := range vals {
		b[i] = uint8(sort.SearchFloat64s(cuts, v))
	}
	return cuts, b
}

// grower grows one tree on binned features and the rows' gradients and
// hessians.
type grower struct {
	bins [][]uint8
	cuts [][]float64
	g, h []float64
	opt  Options
}

// grownTree is a tree with each inner node's split in bins, to place the
// training rows in it.
type grownTree struct {
	Tree
	bin []int // row goes right when its bin of Feature[k] > bin[k]
}

// leafOf returns the leaf value of training row i.
func (t *grownTree) leafOf(bins [][]uint8, i int) float64 {
	k := 0
	for k < len(t.Feature) {
		if int(bins[t.Feature[k]][i]) > t.bin[k] {
			k = 2*k + 2
		} else {
			k = 2*k + 1
		}
	}
	return t.Leaf[k-len(t.Feature)]
}

// grow grows a tree of depth opt.Depth over rows, breadth first.
func (gr *grower) grow(rows []int) *grownTree {
	inner := 1<<gr.opt.Depth - 1
	t := &grownTree{Tree: Tree{Feature: make([]int, inner), Threshold: make([]float64, inner), Leaf: make([]float64, inner+1)},
		bin: make([]int, inner)}
	nodes := [][]int{rows}
	for k := range inner {
		rs := nodes[k]
		f, b, ok := gr.bestSplit(rs)
		if !ok {
			t.Threshold[k], t.bin[k] = math.Inf(1), math.MaxInt
			nodes = append(nodes, rs, nil)
			continue
		}
		t.Feature[k], t.Threshold[k], t.bin[k] = f, gr.cuts[f][b], b
		var l, r []int
		for _, i := range rs {
			if int(gr.bins[f][i]) > b {
				r = append(r, i)
			} else {
				l = append(l, i)
			}
		}
		nodes = append(nodes, l, r)
	}
	for k := range inner + 1 {
		G, H := 0.0, 0.0
		for _, i := range nodes[inner+k] {
			G += gr.g[i]
			H += gr.h[i]
		}
		if len(nodes[inner+k]) > 0 {
			t.Leaf[k] = -gr.opt.Rate * G / (H + gr.opt.L2)
		}
	}
	return t
}

// bestSplit returns the feature and bin of the split of rows that gains
// most, if one gains at least opt.MinSplit and leaves opt.MinLeaf rows on
// each side.
func (gr *grower) bestSplit(rows []int) (feature, bin int, ok bool) {
	if len(rows) < 2*gr.opt.MinLeaf {
		return 0, 0, false
	}
	G, H := 0.0, 0.0
	for _, i := range rows {
		G += gr.g[i]
		H += gr.h[i]
	}
	parent := G * G / (H + gr.opt.L2)
	best := gr.opt.MinSplit
	var hg, hh [256]float64
	var hc [256]int
	for f, fb := range gr.bins {
		nb := len(gr.cuts[f]) + 1
		if nb < 2 {
			continue
		}
		clear(hg[:nb])
		clear(hh[:nb])
		clear(hc[:nb])
		for _, i := range rows {
			b := fb[i]
			hg[b] += gr.g[i]
			hh[b] += gr.h[i]
			hc[b]++
		}
		gl, hl, cl := 0.0, 0.0, 0
		for b := range nb - 1 {
			gl, hl, cl = gl+hg[b], hl+hh[b], cl+hc[b]
			if cl < gr.opt.MinLeaf {
				continue
			}
			if len(rows)-cl < gr.opt.MinLeaf {
				break
			}
			gain := (gl*gl/(hl+gr.opt.L2) + (G-gl)*(G-gl)/(H-hl+gr.opt.L2) - parent) / 2
			if gain > best {
				best, feature, bin, ok = gain, f, b, true
			}
		}
	}
	return feature, bin, ok
}
