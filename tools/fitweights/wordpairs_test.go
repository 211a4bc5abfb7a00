package main

import (
	"math"
	"testing"
)

// TestFitWordPairsLearnsCounterpartWords checks that the fit gives a word
// pair found in counterparts a positive weight, one found in other
// candidates a negative one, and none to a slot seen in too few candidates.
func TestFitWordPairsLearnsCounterpartWords(t *testing.T) {
	var rows []wordPairRow
	for range 30 {
		rows = append(rows, wordPairRow{[]uint32{5, 9}, 1}, wordPairRow{[]uint32{7, 9}, 0}, wordPairRow{[]uint32{7}, 0})
	}
	rows = append(rows, wordPairRow{[]uint32{11}, 1})
	w, bias := fitWordPairs(rows)
	if w[5] <= 0.5 {
		t.Errorf("counterparts' pair: weight %.2f, want above 0.5", w[5])
	}
	if w[7] >= -0.5 {
		t.Errorf("other candidates' pair: weight %.2f, want below -0.5", w[7])
	}
	if w[11] != 0 {
		t.Errorf("a slot seen once got weight %.2f", w[11])
	}
	if bias >= 0 {
		t.Errorf("intercept %.2f with a third of the candidates counterparts, want below 0", bias)
	}
}

// TestWordPairAUC checks the share of (counterpart, other) pairs put in
// order, and that without other candidates there is none.
func TestWordPairAUC(t *testing.T) {
	rows := []wordPairRow{{nil, 1}, {nil, 0}, {nil, 1}, {nil, 0}}
	if got := wordPairAUC(rows, []float64{2, 1, 0.5, 0}); got != 0.75 {
		t.Errorf("AUC %.3f, want 0.75", got)
	}
	if got := wordPairAUC(rows[:1], []float64{1}); !math.IsNaN(got) {
		t.Errorf("AUC without other candidates %.3f, want NaN", got)
	}
}
