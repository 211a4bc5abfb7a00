package main

import (
	"testing"
)

// TestFitWordingLearnsAWordPair checks that the fit learns that a pair of
// words marks a clash the rules called a difference, and leaves the rules'
// relation where the pair is absent.
func TestFitWordingLearnsAWordPair(t *testing.T) {
	var rows []wordingRow
	for range 20 {
		rows = append(rows,
			wordingRow{[]string{"r:differ", "x:consult|learn"}, 1, true},
			wordingRow{[]string{"r:differ", "x:meet|visit"}, 2, true},
			wordingRow{[]string{"r:agree", "x:meet|visit"}, 0, true})
	}
	w := fitWording(rows)
	if p := wordingProbs(w, []string{"r:differ", "x:consult|learn"}); p[1] < 0.8 {
		t.Errorf("consulted / learned: contradiction %.2f, want at least 0.8", p[1])
	}
	if p := wordingProbs(w, []string{"r:agree", "x:meet|visit"}); p[0] < 0.8 {
		t.Errorf("agreeing meeting: agreement %.2f, want at least 0.8", p[0])
	}
	if _, ok := w["x:never|seen"]; ok {
		t.Error("an input no row has got a weight")
	}
}

// TestFlipThresholds checks that overruling the rules into a contradiction
// needs the probability from which it is right four times in five,
// into an agreement the one from which it is right more often than not,
// and that a contradiction the rules found is never overruled.
func TestFlipThresholds(t *testing.T) {
	var rows []wordingRow
	var probs [][3]float64
	add := func(n int, rule string, label int, p [3]float64) {
		for range n {
			rows = append(rows, wordingRow{[]string{"r:" + rule}, label, true})
			probs = append(probs, p)
		}
	}
	// at 0.9 the model's contradictions are all right, at 0.7 two in three, at 0.5 none
	add(4, "differ", 1, [3]float64{0.05, 0.9, 0.05})
	add(4, "differ", 1, [3]float64{0.1, 0.7, 0.2})
	add(2, "differ", 2, [3]float64{0.1, 0.7, 0.2})
	add(4, "differ", 2, [3]float64{0.2, 0.5, 0.3})
	// agreements: right 3 of 4 at 0.6
	add(3, "differ", 0, [3]float64{0.6, 0.1, 0.3})
	add(1, "differ", 2, [3]float64{0.6, 0.1, 0.3})
	// the rules' contradictions the model doubts
	add(5, "contradict", 2, [3]float64{0.05, 0.05, 0.9})
	flip := flipThresholds(rows, probs)
	if flip[1] <= 0.5 || flip[1] > 0.7 {
		t.Errorf("contradiction threshold %.2f, want above 0.5 and at most 0.7 (8 of 10 right from 0.7)", flip[1])
	}
	if flip[0] > 0.6 {
		t.Errorf("agreement threshold %.2f, want at most 0.6", flip[0])
	}
	for i := len(rows) - 5; i < len(rows); i++ {
		if got := decideWording(probs[i], 1, flip, 0); got != 1 {
			t.Fatalf("a contradiction of the rules became class %d with no demotion", got)
		}
	}
	if got := decideWording([3]float64{0.2, 0.5, 0.3}, 2, flip, 0); got != 2 {
		t.Errorf("a contradiction at 0.5, never right, overruled the rules: class %d", got)
	}
}

// TestDemoteThreshold checks that the rules' contradictions the model
// doubts become differences only up to the probability where doing so is
// still right half the time, and that one the model believes stays.
func TestDemoteThreshold(t *testing.T) {
	var rows []wordingRow
	var probs [][3]float64
	add := func(n, label int, p [3]float64) {
		for range n {
			rows = append(rows, wordingRow{f: []string{"r:contradict"}, label: label, expected: true})
			probs = append(probs, p)
		}
	}
	add(5, 2, [3]float64{0.05, 0.05, 0.9}) // doubted, and differences
	add(6, 1, [3]float64{0.2, 0.3, 0.5})   // doubted less, and clashes
	add(4, 1, [3]float64{0.05, 0.9, 0.05}) // believed
	demote := demoteThreshold(rows, probs)
	if demote <= 0.05 || demote > 0.3 {
		t.Fatalf("demotion below %.2f, want above 0.05 and at most 0.3 (5 of 11 right from 0.31)", demote)
	}
	if got := decideWording(probs[0], 1, [3]float64{1, 1, 1}, demote); got != 2 {
		t.Errorf("a doubted contradiction stayed class %d, want a difference", got)
	}
	if got := decideWording(probs[len(probs)-1], 1, [3]float64{1, 1, 1}, demote); got != 1 {
		t.Errorf("a believed contradiction became class %d", got)
	}
}
