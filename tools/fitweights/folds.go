package main

import (
	"math/rand/v2"
	"path/filepath"

	"github.com/parley-reader/parley/internal/cases"
)

// rowsByFolder returns the rows rowsOf gives each case of cs and the fold
// of each row. A fold holds whole folders, the nth folder met in fold n mod
// folds: the cases of one folder share a writer and a field, so folds by
// case would let a model see a held-out case's wording in its neighbours.
func rowsByFolder[R any](cs []cases.Case, folds int, rowsOf func(cases.Case) ([]R, error)) ([]R, []int, error) {
	var rows []R
	var fold []int
	sets := map[string]int{}
	for _, c := range cs {
		rs, err := rowsOf(c)
		if err != nil {
			return nil, nil, err
		}
		rows = append(rows, rs...)
		d := filepath.Dir(c.File)
		if _, ok := sets[d]; !ok {
			sets[d] = len(sets)
		}
		for range rs {
			fold = append(fold, sets[d]%folds)
		}
	}
	return rows, fold, nil
}

// crossFit fits a model with fit on the rows outside each fold and calls
// held with it for each row of the fold, by index.
func crossFit[R, M any](rows []R, fold []int, folds int, fit func([]R) M, held func(m M, i int)) {
	for k := range folds {
		var train []R
		for i, r := range rows {
			if fold[i] != k {
				train = append(train, r)
			}
		}
		m := fit(train)
		for i := range rows {
			if fold[i] == k {
				held(m, i)
			}
		}
	}
}

// eachShuffled calls visit with every index below n, epochs times, in an
// order shuffled anew each epoch from a seed that is the epoch's number.
func eachShuffled(n, epochs int, visit func(i int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for epoch := range epochs {
		rng := rand.New(rand.NewPCG(1, uint64(epoch)))
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			visit(i)
		}
	}
}
