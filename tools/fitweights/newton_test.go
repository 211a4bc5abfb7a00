package main

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/parley-reader/parley/compare/stat"
)

// TestLogisticNewtonMatchesDescent checks that Newton's method reaches the
// weights gradient descent reaches on the same penalised objective (the
// two-class form of logistic with twice the penalty), and that they tell
// the classes apart as the model that drew the labels does.
func TestLogisticNewtonMatchesDescent(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	truth := []float64{-1, 2, -1.5, 0}
	var x [][]float64
	var y []int
	for range 2000 {
		row := []float64{1, rng.NormFloat64(), rng.NormFloat64() * 3, rng.Float64()}
		label := 0
		if rng.Float64() < stat.Sigmoid(stat.Dot(truth, row)) {
			label = 1
		}
		x, y = append(x, row), append(y, label)
	}
	gd := logistic(x, y, 2, 0.1, 3000)
	newton := logisticNewton(x, y, 0.05)
	for i := range newton {
		if want := gd[1][i] - gd[0][i]; math.Abs(newton[i]-want) > 1e-3 {
			t.Errorf("weight %d: Newton %.5f, gradient descent %.5f", i, newton[i], want)
		}
	}
	if newton[1] <= 0 || newton[2] >= 0 {
		t.Errorf("weights %v: want the signs of %v", newton, truth)
	}
}
