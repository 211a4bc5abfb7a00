package reading

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
)

// sample builds a result with claims at known offsets:
// left  0..3: L0 L1 L2 L3; right 0..3: R0 R1 R2 R3
// pairs: L0-R2 contradict, L1-R0 agree, L3-R3 contradict; L2 and R1 unmatched.
func sample() *compare.Result {
	side := func(prefix string) compare.Side {
		s := compare.Side{Document: compare.Document{Meta: compare.Meta{Party: prefix}}}
		var text []string
		for i := 0; i < 4; i++ {
			t := prefix + "—claim " + string(rune('0'+i)) + "."
			start := len([]rune(strings.Join(text, " ")))
			if i > 0 {
				start++
			}
			text = append(text, t)
			s.Claims = append(s.Claims, compare.Claim{ID: i, Start: start, End: start + len([]rune(t)), Text: t})
		}
		s.Text = strings.Join(text, " ")
		return s
	}
	return &compare.Result{
		Left:  side("L"),
		Right: side("R"),
		Pairs: []compare.Pair{
			{Left: []int{0}, Right: []int{2}, Relation: compare.Contradict, Cues: []string{"negation"}},
			{Left: []int{1}, Right: []int{0}, Relation: compare.Agree},
			{Left: []int{3}, Right: []int{3}, Relation: compare.Contradict},
		},
		Unmatched: compare.Unmatched{Left: []int{2}, Right: []int{1}},
	}
}

func fakePairer(r *compare.Result, left, right []int) compare.Pair {
	return compare.Pair{Left: left, Right: right, Relation: compare.Differ, Cues: []string{"computed"}}
}

func TestNavigationOrderAndWrap(t *testing.T) {
	m := New(sample(), fakePairer)
	got, ok := m.Next(Contradictions, Claim{}, false, false)
	if !ok || got != (Claim{Left, 0}) {
		t.Fatalf("first contradiction = %v", got)
	}
	got, _ = m.Next(Contradictions, got, true, false)
	if got != (Claim{Left, 3}) {
		t.Errorf("second contradiction = %v, want left 3", got)
	}
	got, _ = m.Next(Contradictions, got, true, false)
	if got != (Claim{Left, 0}) {
		t.Errorf("after the last contradiction = %v, want wrap to left 0", got)
	}
	got, _ = m.Next(Contradictions, Claim{Left, 0}, true, true)
	if got != (Claim{Left, 3}) {
		t.Errorf("previous from first = %v, want wrap to left 3", got)
	}
	// From the right pane, contradictions come in the right side's order.
	if ts := m.Targets(Contradictions, Right); !reflect.DeepEqual(ts, []Claim{{Right, 2}, {Right, 3}}) {
		t.Errorf("right-side contradictions = %v", ts)
	}
	if _, ok := m.Next(Differences, Claim{}, false, false); ok {
		t.Error("a difference was found where there is none")
	}
}

func TestOmissionsCrossToOtherSide(t *testing.T) {
	m := New(sample(), fakePairer)
	ts := m.Targets(Omissions, Left)
	if !reflect.DeepEqual(ts, []Claim{{Left, 2}, {Right, 1}}) {
		t.Fatalf("omissions from left = %v", ts)
	}
	got, _ := m.Next(Omissions, Claim{Left, 2}, true, false)
	if got != (Claim{Right, 1}) {
		t.Errorf("next omission after left 2 = %v, want right 1", got)
	}
}

func TestPairByHandTakesClaimsFromOldPairs(t *testing.T) {
	m := New(sample(), fakePairer)
	if err := m.Apply(Correction{Kind: Pair, Left: []int{2}, Right: []int{2}}); err != nil {
		t.Fatal(err)
	}
	p, i, ok := m.PairOf(Claim{Left, 2})
	if !ok || !reflect.DeepEqual(p.Right, []int{2}) || !m.Corrected[i] || p.Cues[0] != "paired by the reader" {
		t.Fatalf("hand pair = %+v (corrected %v)", p, m.Corrected[i])
	}
	// Left 0 lost its partner, so it is now an omission.
	if m.Relation(Claim{Left, 0}) != "" {
		t.Error("left 0 still paired after its partner was taken")
	}
	if !reflect.DeepEqual(m.Result.Unmatched.Left, []int{0}) || !reflect.DeepEqual(m.Result.Unmatched.Right, []int{1}) {
		t.Errorf("unmatched = %+v", m.Result.Unmatched)
	}
	counts, _, omitted := m.Counts()
	if counts[compare.Differ] != 1 || counts[compare.Contradict] != 1 || omitted != 2 {
		t.Errorf("counts = %v, omitted %d", counts, omitted)
	}
}

func TestUnpairAndRelationChange(t *testing.T) {
	m := New(sample(), fakePairer)
	if err := m.Apply(Correction{Kind: Relation, Left: []int{1}, Relation: compare.Contradict}); err != nil {
		t.Fatal(err)
	}
	p, _, _ := m.PairOf(Claim{Right, 0})
	if p.Relation != compare.Contradict || !strings.Contains(p.Cues[0], "Parley said agree") {
		t.Errorf("changed pair = %+v", p)
	}
	if err := m.Apply(Correction{Kind: Unpair, Right: []int{3}}); err != nil {
		t.Fatal(err)
	}
	if m.Relation(Claim{Left, 3}) != "" || m.Relation(Claim{Right, 3}) != "" {
		t.Error("unpaired claims still have a relation")
	}
	// The engine's result is untouched.
	if len(m.engine.Pairs) != 3 || m.engine.Pairs[1].Relation != compare.Agree {
		t.Error("corrections changed the engine's result")
	}
	// Undo by replaying all but the last correction.
	cs := m.Corrections()
	m.SetCorrections(cs[:1])
	if m.Relation(Claim{Left, 3}) != compare.Contradict {
		t.Error("undoing the unpair did not restore the pair")
	}
}

func TestInvalidCorrectionsAreRefused(t *testing.T) {
	m := New(sample(), fakePairer)
	for _, c := range []Correction{
		{Kind: Pair, Left: []int{9}, Right: []int{0}},
		{Kind: Pair, Left: []int{1}},
		{Kind: Relation, Left: []int{1}, Relation: "maybe"},
		{Kind: "merge", Left: []int{1}},
	} {
		if err := m.Apply(c); err == nil {
			t.Errorf("Apply(%+v) accepted", c)
		}
	}
	if len(m.Corrections()) != 0 {
		t.Error("a refused correction was kept")
	}
	if skipped := m.SetCorrections([]Correction{{Kind: Unpair, Left: []int{0}}, {Kind: Pair, Left: []int{42}, Right: []int{0}}}); !slices.Equal(skipped, []int{1}) {
		t.Errorf("SetCorrections skipped %v, want the second", skipped)
	}
}

func TestClaimAtOffsets(t *testing.T) {
	m := New(sample(), fakePairer)
	for _, c := range m.Result.Right.Claims {
		for _, off := range []int{c.Start, c.End - 1} {
			got, ok := m.ClaimAt(Right, off)
			if !ok || got.ID != c.ID {
				t.Errorf("ClaimAt(%d) = %v, %v; want claim %d", off, got.ID, ok, c.ID)
			}
		}
	}
	gap := m.Result.Left.Claims[0].End // the space between claims
	if _, ok := m.ClaimAt(Left, gap); ok {
		t.Error("the space between claims belongs to a claim")
	}
}

// suggested is sample() with L2 and R1, unmatched there, turned into a
// possible counterpart of each other.
func suggested() *compare.Result {
	r := sample()
	r.Suggestions = []compare.Suggestion{{Left: []int{2}, Right: []int{1}, Similarity: 0.31}}
	r.Unmatched = compare.Unmatched{}
	return r
}

func TestSuggestedClaimsAreNotOmissions(t *testing.T) {
	m := New(suggested(), fakePairer)
	if len(m.Result.Unmatched.Left)+len(m.Result.Unmatched.Right) != 0 {
		t.Errorf("suggested claims listed as not addressed: %+v", m.Result.Unmatched)
	}
	counts, suggestions, omitted := m.Counts()
	if suggestions != 1 || omitted != 0 || counts[compare.Contradict] != 2 {
		t.Errorf("counts = %v, %d suggestions, %d omitted; want 1 suggestion, 0 omitted", counts, suggestions, omitted)
	}
	if ts := m.Targets(Omissions, Left); len(ts) != 0 {
		t.Errorf("omissions = %v, want none", ts)
	}
	if ts := m.Targets(Suggestions, Left); !reflect.DeepEqual(ts, []Claim{{Left, 2}}) {
		t.Errorf("suggestions from the left = %v, want left 2 once", ts)
	}
	if ts := m.Targets(Suggestions, Right); !reflect.DeepEqual(ts, []Claim{{Right, 1}}) {
		t.Errorf("suggestions from the right = %v, want right 1 once", ts)
	}
	if got, ok := m.Next(Suggestions, Claim{Left, 0}, true, false); !ok || got != (Claim{Left, 2}) {
		t.Errorf("next suggestion = %v, %v", got, ok)
	}
	for _, c := range []Claim{{Left, 2}, {Right, 1}} {
		if s := m.SuggestionsOf(c); len(s) != 1 || s[0].Similarity != 0.31 {
			t.Errorf("SuggestionsOf(%v) = %+v", c, s)
		}
		if m.Relation(c) != "" {
			t.Errorf("suggested claim %v has a relation", c)
		}
	}
	if s := m.SuggestionsOf(Claim{Left, 0}); len(s) != 0 {
		t.Errorf("a paired claim has suggestions %+v", s)
	}
	if Suggestions.String() != "possible counterparts" {
		t.Errorf("Suggestions.String() = %q", Suggestions.String())
	}
}

func TestPairingSuggestedClaimsConfirmsIt(t *testing.T) {
	m := New(suggested(), fakePairer)
	if err := m.Apply(Correction{Kind: Pair, Left: []int{2}, Right: []int{1}}); err != nil {
		t.Fatal(err)
	}
	// Another correction rebuilds the model; the confirmation survives it.
	if err := m.Apply(Correction{Kind: Relation, Left: []int{1}, Relation: compare.Contradict}); err != nil {
		t.Fatal(err)
	}
	p, i, ok := m.PairOf(Claim{Left, 2})
	if !ok || !reflect.DeepEqual(p.Right, []int{1}) || !m.Corrected[i] {
		t.Fatalf("confirmed suggestion = %+v, %v", p, ok)
	}
	if _, n, _ := m.Counts(); n != 0 || len(m.Result.Suggestions) != 0 || len(m.SuggestionsOf(Claim{Right, 1})) != 0 {
		t.Errorf("the confirmed suggestion is still suggested: %+v", m.Result.Suggestions)
	}
	if ts := m.Targets(Suggestions, Left); len(ts) != 0 {
		t.Errorf("suggestion targets after confirming = %v", ts)
	}
	// Undoing both corrections brings the suggestion back.
	m.SetCorrections(nil)
	if _, n, _ := m.Counts(); n != 1 {
		t.Errorf("after undo, %d suggestions, want 1", n)
	}
}

func TestRejectingSuggestionLeavesClaimsNotAddressed(t *testing.T) {
	m := New(suggested(), fakePairer)
	if err := m.Apply(Correction{Kind: Reject, Left: []int{2}, Right: []int{1}}); err != nil {
		t.Fatal(err)
	}
	if err := m.Apply(Correction{Kind: Unpair, Right: []int{3}}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Result.Unmatched.Left, []int{2, 3}) || !reflect.DeepEqual(m.Result.Unmatched.Right, []int{1, 3}) {
		t.Errorf("unmatched after reject and unpair = %+v", m.Result.Unmatched)
	}
	if _, n, omitted := m.Counts(); n != 0 || omitted != 4 {
		t.Errorf("counts: %d suggestions, %d omitted; want 0 and 4", n, omitted)
	}
	if _, ok := m.Next(Suggestions, Claim{}, false, false); ok {
		t.Error("a rejected suggestion is still visited")
	}
	if cs := m.Corrections(); len(cs) != 2 || cs[0].Kind != Reject {
		t.Errorf("corrections = %+v", cs)
	}
	// Undo the unpair, then the reject: the suggestion is back.
	m.SetCorrections(m.Corrections()[:1])
	if len(m.Result.Unmatched.Left) != 1 {
		t.Errorf("after undoing the unpair, unmatched = %+v", m.Result.Unmatched)
	}
	m.SetCorrections(nil)
	if len(m.Result.Suggestions) != 1 || len(m.Result.Unmatched.Left) != 0 {
		t.Errorf("after undoing the reject: suggestions %+v, unmatched %+v", m.Result.Suggestions, m.Result.Unmatched)
	}
	if err := m.Apply(Correction{Kind: Reject, Left: []int{2}}); err == nil {
		t.Error("a reject without a claim on each side was accepted")
	}
}

func TestSuggestionBesideAPair(t *testing.T) {
	// L0 is paired with R2 and may also be the counterpart of R1.
	r := sample()
	r.Suggestions = []compare.Suggestion{{Left: []int{0}, Right: []int{1}, Similarity: 0.4}}
	r.Unmatched = compare.Unmatched{Left: []int{2}}
	m := New(r, fakePairer)
	if m.Relation(Claim{Left, 0}) != compare.Contradict || len(m.SuggestionsOf(Claim{Left, 0})) != 1 {
		t.Error("left 0 should keep its pair and be the other end of the suggestion")
	}
	if !reflect.DeepEqual(m.Result.Unmatched.Right, []int(nil)) || !reflect.DeepEqual(m.Result.Unmatched.Left, []int{2}) {
		t.Errorf("unmatched = %+v, want left 2 only", m.Result.Unmatched)
	}
	// Navigation lands on the claim that shows the suggestion, not on the paired one.
	if ts := m.Targets(Suggestions, Left); !reflect.DeepEqual(ts, []Claim{{Right, 1}}) {
		t.Errorf("suggestion targets = %v, want right 1", ts)
	}
	// Once every claim of the suggestion is paired, it drops out.
	if err := m.Apply(Correction{Kind: Pair, Left: []int{2}, Right: []int{1}}); err != nil {
		t.Fatal(err)
	}
	if len(m.Result.Suggestions) != 0 {
		t.Errorf("suggestions after pairing both ends = %+v", m.Result.Suggestions)
	}
}

func TestSourcesOutliveCorrections(t *testing.T) {
	m := New(sample(), fakePairer)
	text := m.Side(Right).Text
	m.SetSource(Right, compare.Meta{Party: "R, edited", Outlet: "Gazette"})
	if err := m.Apply(Correction{Kind: Pair, Left: []int{2}, Right: []int{1}}); err != nil {
		t.Fatal(err)
	}
	s := m.Side(Right)
	if s.Party != "R, edited" || s.Outlet != "Gazette" || s.Text != text {
		t.Errorf("after a correction the right side is %q / %q / %q", s.Party, s.Outlet, s.Text)
	}
	m.SetCorrections(nil)
	if m.Result.Right.Party != "R, edited" || m.Result.Left.Party != "L" {
		t.Errorf("after an undo the parties are %q and %q", m.Result.Left.Party, m.Result.Right.Party)
	}
}
