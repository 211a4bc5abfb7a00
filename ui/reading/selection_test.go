package reading

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/parley-reader/parley/compare"
)

// withSuggestion is the sample with a possible counterpart between the two
// claims it leaves unmatched, left 2 and right 1.
func withSuggestion() *Model {
	r := sample()
	r.Unmatched = compare.Unmatched{}
	r.Suggestions = []compare.Suggestion{{Left: []int{2}, Right: []int{1}, Similarity: 0.3}}
	return New(r, fakePairer)
}

func TestSelectPicksAndFocuses(t *testing.T) {
	var s Selection
	if _, ok := s.Current(); ok || s.Focus != Left {
		t.Fatal("the zero selection has a current claim or the focus on the right")
	}
	s.Select(Claim{Right, 3})
	if c, ok := s.Current(); !ok || c != (Claim{Right, 3}) || s.Focus != Right {
		t.Errorf("after Select: current %v %v, focus %v", c, ok, s.Focus)
	}
	s.Show(Claim{Left, 1})
	if c, _ := s.Current(); c != (Claim{Left, 1}) || s.hasPicked[Left] {
		t.Errorf("Show made %v current and picked it: %v", c, s.hasPicked)
	}
	s.Clear()
	if _, ok := s.Current(); ok || !s.hasPicked[Right] {
		t.Error("Clear kept the current claim or dropped the picks")
	}
	s.Reset()
	if _, ok := s.Current(); ok || s.hasPicked[Right] || s.Focus != Left {
		t.Errorf("Reset left %+v", s)
	}
}

func TestPairingByHandAndByConfirming(t *testing.T) {
	m := withSuggestion()
	var s Selection
	if _, _, err := s.Pairing(m); !errors.Is(err, ErrPickBoth) {
		t.Errorf("with nothing picked: %v", err)
	}
	// The suggested claim alone: pairing confirms its possible counterpart.
	s.Select(Claim{Left, 2})
	c, confirm, err := s.Pairing(m)
	if err != nil || !confirm || !reflect.DeepEqual(c, Correction{Kind: Pair, Left: []int{2}, Right: []int{1}}) {
		t.Errorf("confirming: %+v %v %v", c, confirm, err)
	}
	// A claim picked in the other pane first, then the suggested claim:
	// the reader chose one in each pane, so those two are paired.
	s.Reset()
	s.Select(Claim{Right, 3})
	s.Select(Claim{Left, 2})
	c, confirm, err = s.Pairing(m)
	if err != nil || confirm || !reflect.DeepEqual(c, Correction{Kind: Pair, Left: []int{2}, Right: []int{3}}) {
		t.Errorf("by hand: %+v %v %v", c, confirm, err)
	}
	s.Reset()
	s.Select(Claim{Left, 0})
	s.Select(Claim{Right, 2})
	if _, _, err := s.Pairing(m); !errors.Is(err, ErrAlreadyPaired) {
		t.Errorf("pairing a pair again: %v", err)
	}
}

func TestLitClaims(t *testing.T) {
	m := withSuggestion()
	for _, tt := range []struct {
		c    Claim
		side Side
		want []int
	}{
		{Claim{Left, 0}, Right, []int{2}},  // its pair
		{Claim{Right, 1}, Left, []int{2}},  // its possible counterpart
		{Claim{Left, 2}, Left, []int{2}},   // the suggestion's own side
		{Claim{Right, 3}, Right, []int{3}}, // a pair's own side
	} {
		if got := m.Lit(tt.c, tt.side); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Lit(%v, %v) = %v, want %v", tt.c, tt.side, got, tt.want)
		}
	}
	m = New(sample(), fakePairer)
	if got := m.Lit(Claim{Left, 2}, Right); got != nil {
		t.Errorf("an omission lights %v on the other side", got)
	}
	if got := m.Lit(Claim{Left, 2}, Left); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("an omission lights %v on its side", got)
	}
}

func TestRankedCounterpartsFollowTheCurrentClaim(t *testing.T) {
	var s Selection
	c := Claim{Side: Right, ID: 4}
	s.Select(c)
	s.SetRanked(c, []compare.Candidate{{ID: 7, Similarity: 0.5}, {ID: 2, Similarity: 0.3}})
	got, err := s.PairingWith(1)
	if err != nil || !slices.Equal(got.Left, []int{2}) || !slices.Equal(got.Right, []int{4}) || got.Kind != Pair {
		t.Fatalf("pairing the right claim with its second candidate = %+v, %v", got, err)
	}
	if _, err := s.PairingWith(2); err == nil {
		t.Error("a third candidate that does not exist was paired")
	}
	s.Select(Claim{Side: Left, ID: 1})
	if len(s.Ranked()) != 0 {
		t.Error("the candidates of the claim before stay ranked for the new current claim")
	}
}
