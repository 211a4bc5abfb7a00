package compare

import (
	"math"
	"testing"
)

func TestFrequencyOf(t *testing.T) {
	for _, c := range []struct {
		text    string
		perYear float64 // 0 for none
	}{
		{"The committee meets every week.", 52},
		{"Bins are collected every two weeks.", 26},
		{"Bins are collected fortnightly.", 26},
		{"The board meets every other month.", 6},
		{"Inspectors visit once a month.", 12},
		{"The ferry sails three times a day.", 3 * 365},
		{"There are two blasts every week.", 104},
		{"The group will convene quarterly.", 4},
		{"The weekly market will move.", 0},         // an adjective, no how-often
		{"The checks do not happen every week.", 0}, // negated
		{"Rents rose by 4 per cent last year.", 0},  // no frequency
		{"The vote passed by 31 votes to 9.", 0},    // no "times a"
	} {
		f, ok := frequencyOf(prepareText(c.text).toks)
		got := 0.0
		if ok {
			got = f.perYear
		}
		if math.Abs(got-c.perYear) > 1e-9 {
			t.Errorf("frequencyOf(%q) = %v a year, want %v", c.text, got, c.perYear)
		}
	}
}

func TestFrequencyCues(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want Relation
	}{
		{"The planning committee meets every week.", "The planning committee meets only once a month.", Contradict},
		{"Drinking water is tested daily.", "Drinking water is tested only once a week.", Contradict},
		{"A joint technical commission will meet every three months.", "A joint technical commission will meet quarterly.", Agree},
		{"The company carries out controlled blasts twice a week.", "There are two controlled blasts every week.", Agree},
	} {
		ps := compareClaims(prepareText(c.a), prepareText(c.b), backgroundIDF, sharedLex, full)
		a := side{c: ps.a, m: ps.ab, qs: ps.a.qs, as: ps.a.as, isLeft: true}
		b := side{c: ps.b, m: ps.ba, qs: ps.b.qs, as: ps.b.as}
		got := Differ
		for _, cu := range frequencyCues(a, b) {
			got = cu.rel
		}
		if got != c.want {
			t.Errorf("frequencyCues(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}
