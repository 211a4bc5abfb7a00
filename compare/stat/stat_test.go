package stat

import (
	"math"
	"testing"
)

func TestSoftmax(t *testing.T) {
	p := Softmax([]float64{1000, 1000, 1000 - math.Log(2)})
	if math.Abs(p[0]-0.4) > 1e-12 || math.Abs(p[1]-0.4) > 1e-12 || math.Abs(p[2]-0.2) > 1e-12 {
		t.Errorf("Softmax = %v, want [0.4 0.4 0.2] without overflow", p)
	}
}

func TestSigmoid(t *testing.T) {
	if Sigmoid(0) != 0.5 || Sigmoid(40) < 0.999999 || Sigmoid(-40) > 1e-6 {
		t.Errorf("Sigmoid(0, 40, -40) = %v %v %v", Sigmoid(0), Sigmoid(40), Sigmoid(-40))
	}
}

func TestPearson(t *testing.T) {
	if r := Pearson([]float64{1, 2, 3}, []float64{2, 4, 6}); math.Abs(r-1) > 1e-12 {
		t.Errorf("Pearson of a line = %v, want 1", r)
	}
	if r := Pearson([]float64{1, 2, 3}, []float64{3, 2, 1}); math.Abs(r+1) > 1e-12 {
		t.Errorf("Pearson of a falling line = %v, want -1", r)
	}
	for _, c := range [][2][]float64{{{1, 1}, {1, 2}}, {{1}, {1}}, {{1, 2}, {1}}} {
		if r := Pearson(c[0], c[1]); !math.IsNaN(r) {
			t.Errorf("Pearson(%v, %v) = %v, want NaN", c[0], c[1], r)
		}
	}
}

func TestDot(t *testing.T) {
	if d := Dot([]float64{1, 2, 3}, []float64{4, 5}); d != 14 {
		t.Errorf("Dot = %v, want 14 over the shorter slice", d)
	}
}
