package reading

import (
	"errors"

	"github.com/parley-reader/parley/compare"
)

// Selection is where the reader is in a comparison: the current claim, the
// claim last picked in each pane (to pair by hand) and the pane that has
// the focus. The zero Selection has nothing current or picked, and the
// focus on the left.
type Selection struct {
	// Focus is the pane that keys and notes apply to.
	Focus Side

	current    Claim
	hasCurrent bool
	picked     [2]int
	hasPicked  [2]bool
	before     Side                // the side of the claim current before this one
	hasBefore  bool                // whether a claim was current before this one
	ranked     []compare.Candidate // the best counterparts of the current claim
	rankedFor  Claim               // the claim ranked is for
}

// Ranked returns the claims of the other pane ranked as counterparts of
// the current claim, best first, once SetRanked has given them.
func (s *Selection) Ranked() []compare.Candidate {
	if !s.hasCurrent || s.rankedFor != s.current {
		return nil
	}
	return s.ranked
}

// SetRanked keeps the ranked counterparts of claim c; they are shown while
// c is current.
func (s *Selection) SetRanked(c Claim, ranked []compare.Candidate) {
	s.rankedFor, s.ranked = c, ranked
}

// PairingWith is the correction that pairs the current claim with the
// claim of the other pane ranked n-th (from 0).
func (s *Selection) PairingWith(n int) (Correction, error) {
	ranked := s.Ranked()
	if n < 0 || n >= len(ranked) {
		return Correction{}, ErrNoCandidate
	}
	c := Correction{Kind: Pair, Left: []int{s.current.ID}, Right: []int{ranked[n].ID}}
	if s.current.Side == Right {
		c.Left, c.Right = c.Right, c.Left
	}
	return c, nil
}

// Current returns the current claim, if there is one.
func (s *Selection) Current() (Claim, bool) { return s.current, s.hasCurrent }

// Select makes a claim current as the reader chose it: it is also the
// claim picked in its pane, and its pane takes the focus.
func (s *Selection) Select(c Claim) {
	s.before, s.hasBefore = s.current.Side, s.hasCurrent
	s.current, s.hasCurrent, s.Focus = c, true, c.Side
	s.picked[c.Side], s.hasPicked[c.Side] = c.ID, true
}

// Show makes a claim current without picking it (the reader went to a
// note on it).
func (s *Selection) Show(c Claim) {
	s.current, s.hasCurrent, s.Focus = c, true, c.Side
}

// Clear leaves no claim current; the picks stay.
func (s *Selection) Clear() { s.hasCurrent = false }

// Reset forgets the current claim and the picks, as a new comparison
// opens; the focus stays.
func (s *Selection) Reset() { *s = Selection{Focus: s.Focus} }

// Errors of Pairing, worded for the reader.
var (
	ErrPickBoth      = errors.New("to pair by hand, click a claim in each pane, then press Ctrl+Shift+P")
	ErrAlreadyPaired = errors.New("these two claims are already a pair")
	ErrNoCandidate   = errors.New("the other side has no such candidate for this claim")
)

// Pairing is the correction that pairing makes now. When the current claim
// is in a possible counterpart and the claim chosen just before it was not
// in the other pane, it confirms that possible counterpart (confirm is
// true); otherwise it pairs the claims last picked in each pane.
func (s *Selection) Pairing(m *Model) (c Correction, confirm bool, err error) {
	if sg, ok := m.OpenSuggestion(s.current); ok && s.hasCurrent && (!s.hasBefore || s.before == s.current.Side) {
		return Correction{Kind: Pair, Left: sg.Left, Right: sg.Right}, true, nil
	}
	if !s.hasPicked[Left] || !s.hasPicked[Right] {
		return Correction{}, false, ErrPickBoth
	}
	l, r := s.picked[Left], s.picked[Right]
	if p, _, ok := m.PairOf(Claim{Side: Left, ID: l}); ok && len(p.Right) == 1 && p.Right[0] == r {
		return Correction{}, false, ErrAlreadyPaired
	}
	return Correction{Kind: Pair, Left: []int{l}, Right: []int{r}}, false, nil
}

// OpenSuggestion returns the first possible counterpart of a claim that is
// in no pair.
func (m *Model) OpenSuggestion(c Claim) (compare.Suggestion, bool) {
	if _, _, paired := m.PairOf(c); paired {
		return compare.Suggestion{}, false
	}
	if ss := m.SuggestionsOf(c); len(ss) > 0 {
		return ss[0], true
	}
	return compare.Suggestion{}, false
}

// Lit returns the claims on one side that are lit with claim c: those of
// its pair, else those of its possible counterpart, else c alone on its
// own side.
func (m *Model) Lit(c Claim, side Side) []int {
	if p, _, ok := m.PairOf(c); ok {
		if side == Left {
			return p.Left
		}
		return p.Right
	}
	if s, ok := m.OpenSuggestion(c); ok {
		if side == Left {
			return s.Left
		}
		return s.Right
	}
	if c.Side == side {
		return []int{c.ID}
	}
	return nil
}
