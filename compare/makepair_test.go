package compare

import (
	"strings"
	"testing"
)

func TestMakePairJudgesAHandPair(t *testing.T) {
	res, err := Compare(
		Document{Meta: Meta{Party: "Police"}, Text: "The officer gave three clear warnings before using the taser. Body camera footage will be passed on."},
		Document{Meta: Meta{Party: "Witness"}, Text: "I filmed the whole thing on my phone. No warning was given before the officer fired the taser."})
	if err != nil {
		t.Fatal(err)
	}
	// Pair the warnings claim with the filming claim by hand, then with its
	// true counterpart.
	p := MakePair(res, []int{0}, []int{0})
	if len(p.Diff) == 0 || p.Relation == "" {
		t.Errorf("a hand pair of unrelated claims = %+v", p)
	}
	p = MakePair(res, []int{0}, []int{1})
	if p.Relation != Contradict || len(p.Cues) == 0 {
		t.Errorf("warnings / no warning paired by hand = %+v, want a contradiction with cues", p)
	}
	left := []rune(res.Left.Text)
	for _, s := range p.LeftChanged {
		if s.Start < res.Left.Claims[0].Start || s.End > res.Left.Claims[0].End {
			t.Errorf("changed span [%d,%d) is outside the paired claim", s.Start, s.End)
		}
	}
	var joined strings.Builder
	for _, op := range p.Diff {
		if op.Op != "insert" {
			joined.WriteString(op.Text)
		}
	}
	if !strings.Contains(joined.String(), "warnings") || len(left) == 0 {
		t.Errorf("the diff does not spell the left claim: %q", joined.String())
	}
	// Unknown ids make an empty judgement, not a panic.
	if p := MakePair(res, []int{42}, []int{1}); p.Relation != "" {
		t.Errorf("a pair with an unknown claim = %+v", p)
	}
}
