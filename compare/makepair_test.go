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

// TestJoinedPassageClashesOnlyThroughAClaim checks that a passage of two
// claims a reader joins contradicts the other side only where one of its
// claims does on its own: joined, the claims share enough words with the
// other side to ground a negation or an antonym that neither grounds alone.
func TestJoinedPassageClashesOnlyThroughAClaim(t *testing.T) {
	// "The council said it had written to every stallholder" against "no
	// written guarantee that stallholders could come back" was the first
	// case here until the wording model called that claim alone a clash
	for _, tt := range [][2]string{
		{"Members will vote next week on refusing night work until every gate has been checked. The union also wants a worker-elected safety representative on every shift.",
			"A company-appointed safety officer will check every gate at the start of each shift."},
	} {
		r, err := Compare(Document{Meta: Meta{Party: "Council"}, Text: tt[0]}, Document{Meta: Meta{Party: "Traders"}, Text: tt[1]})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Left.Claims) != 2 || len(r.Right.Claims) != 1 {
			t.Fatalf("claims %d / %d, want 2 / 1", len(r.Left.Claims), len(r.Right.Claims))
		}
		for _, ids := range [][]int{{0}, {1}} {
			if p := MakePair(r, ids, []int{0}); p.Relation == Contradict {
				t.Fatalf("%q: claim %v alone contradicts %q; the test needs claims that do not", tt[0], ids, p.Cues)
			}
		}
		if p := MakePair(r, []int{0, 1}, []int{0}); p.Relation == Contradict {
			t.Errorf("%q joined: contradict %q, though neither claim clashes alone", tt[0], p.Cues)
		}
	}
}
