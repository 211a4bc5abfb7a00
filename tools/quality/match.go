package main

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/internal/cases"
)

// Outcomes of an expectation.
const (
	outFound     = "found"          // a pair joins the two claims with the expected relation
	outWrong     = "wrong-relation" // a pair joins them with another relation
	outSuggested = "suggested"      // a suggestion joins them
	outSplit     = "split"          // neither claim is unmatched, but each went to other claims
	outMissed    = "missed"         // one or both claims are unmatched, or no claim holds the text
)

// outcomes lists the outcomes in the order they print.
var outcomes = []string{outFound, outWrong, outSuggested, outSplit, outMissed}

// Predictions for an expectation besides a relation: a suggestion joins
// the claims, or nothing does.
const (
	predSuggestion = "suggestion"
	predNone       = "none"
)

// relationLabels are the relations, the rows of a confusion matrix.
var relationLabels = []string{string(compare.Agree), string(compare.Contradict), string(compare.Differ)}

// predictedLabels are the columns of a statement set's confusion matrix.
var predictedLabels = []string{string(compare.Agree), string(compare.Contradict), string(compare.Differ), predSuggestion, predNone}

// Placements of a claim in a Result.
const (
	placePaired    = "paired"
	placeSuggested = "suggested"
	placeUnmatched = "unmatched"
	placeNowhere   = "in no list"     // the Result breaks its invariant
	placeNotFound  = "not in a claim" // no claim holds the substring
)

// sideView indexes one side of a Result: its claims' folded texts joined by
// spaces, where each claim lies in that text, and where each claim was put.
type sideView struct {
	side   compare.Side
	joined string
	starts []int // byte offset of each claim's folded text in joined
	ends   []int
	place  []string
	pairOf []int // index of the first pair holding the claim, or -1
	suggOf []int // index of the first suggestion holding the claim, or -1
	multi  int   // claims in more than one of pairs, suggestions and unmatched
}

// newSideView indexes side s given the claim IDs of each pair and
// suggestion on that side and its unmatched IDs. IDs out of range are
// ignored.
func newSideView(s compare.Side, pairs, suggs [][]int, unmatched []int) *sideView {
	n := len(s.Claims)
	v := &sideView{side: s, starts: make([]int, n), ends: make([]int, n), place: make([]string, n),
		pairOf: make([]int, n), suggOf: make([]int, n)}
	var b strings.Builder
	for i, c := range s.Claims {
		f := cases.Fold(c.Text)
		if f != "" && b.Len() > 0 {
			b.WriteByte(' ')
		}
		v.starts[i] = b.Len()
		b.WriteString(f)
		v.ends[i] = b.Len()
		v.pairOf[i], v.suggOf[i] = -1, -1
	}
	v.joined = b.String()
	lists := make([]int, n)
	for k, ids := range pairs {
		for _, id := range ids {
			if id >= 0 && id < n && v.pairOf[id] < 0 {
				v.pairOf[id] = k
				lists[id] |= 1
			}
		}
	}
	for k, ids := range suggs {
		for _, id := range ids {
			if id >= 0 && id < n && v.suggOf[id] < 0 {
				v.suggOf[id] = k
				lists[id] |= 2
			}
		}
	}
	for _, id := range unmatched {
		if id >= 0 && id < n {
			lists[id] |= 4
		}
	}
	for i, l := range lists {
		switch {
		case l&1 != 0:
			v.place[i] = placePaired
		case l&2 != 0:
			v.place[i] = placeSuggested
		case l&4 != 0:
			v.place[i] = placeUnmatched
		default:
			v.place[i] = placeNowhere
		}
		if l != 0 && l&(l-1) != 0 {
			v.multi++
		}
	}
	return v
}

// text returns the folded text of the claims with the given IDs, joined by
// spaces, as compare/samples_test.go matches a pair's side.
func (v *sideView) text(ids []int) string {
	var parts []string
	for _, id := range ids {
		if id >= 0 && id < len(v.side.Claims) {
			parts = append(parts, v.side.Claims[id].Text)
		}
	}
	return cases.Fold(strings.Join(parts, " "))
}

// locate returns, in ascending order, the IDs of the claims that an
// occurrence of one of the substrings (folded) covers, whole or in part.
func (v *sideView) locate(subs []string) []int {
	seen := map[int]bool{}
	for _, s := range subs {
		f := cases.Fold(s)
		if f == "" {
			continue
		}
		for from := 0; ; {
			k := strings.Index(v.joined[from:], f)
			if k < 0 {
				break
			}
			start := from + k
			end := start + len(f)
			for id := range v.starts {
				if v.starts[id] < end && v.ends[id] > start {
					seen[id] = true
				}
			}
			from = start + 1
		}
	}
	ids := make([]int, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

// placementOf returns where the claims went, the worst first: paired,
// suggested, in no list, then unmatched; placeNotFound when there is none.
func (v *sideView) placementOf(ids []int) string {
	if len(ids) == 0 {
		return placeNotFound
	}
	for _, p := range []string{placePaired, placeSuggested, placeNowhere} {
		for _, id := range ids {
			if v.place[id] == p {
				return p
			}
		}
	}
	return placeUnmatched
}

// expectResult is what the engine did with one expectation.
type expectResult struct {
	Expect    cases.Expectation `json:"expect"`
	Outcome   string            `json:"outcome"`
	Predicted string            `json:"predicted"` // relation of the joining pair, "suggestion" or "none"
	Index     int               `json:"index"`     // the joining pair or suggestion, or -1
	Left      []int             `json:"left_claims"`
	Right     []int             `json:"right_claims"`
	// Given is the relation the engine gives the expectation's claims
	// paired by hand (compare.MakePair), whatever it paired them with: ""
	// when no claim holds one of the texts or the Result has no text.
	Given string `json:"given_partner"`
}

// omissionResult is where a claim the other side never addresses went.
type omissionResult struct {
	Side      string `json:"side"`
	Text      string `json:"text"`
	Claims    []int  `json:"claims"`
	Placement string `json:"placement"`
}

// neverViolation is a pair with a relation a case forbids.
type neverViolation struct {
	Rule  cases.Expectation `json:"rule"`
	Pair  int               `json:"pair"`
	Left  string            `json:"left"`
	Right string            `json:"right"`
}

// claimCounts counts the claims of both sides by placement.
type claimCounts struct {
	Total          int `json:"total"`
	Paired         int `json:"paired"`
	Suggested      int `json:"suggested"`
	Unmatched      int `json:"unmatched"`
	InNoList       int `json:"in_no_list"`
	InSeveralLists int `json:"in_several_lists"`
}

// add sums c and d.
func (c claimCounts) add(d claimCounts) claimCounts {
	return claimCounts{c.Total + d.Total, c.Paired + d.Paired, c.Suggested + d.Suggested,
		c.Unmatched + d.Unmatched, c.InNoList + d.InNoList, c.InSeveralLists + d.InSeveralLists}
}

// caseResult is the evaluation of one case.
type caseResult struct {
	Name       string           `json:"name"`
	File       string           `json:"file,omitempty"`
	Error      string           `json:"error,omitempty"`
	Expect     []expectResult   `json:"expect"`
	Omitted    []omissionResult `json:"omitted"`
	NeverRules int              `json:"never_rules"`
	Never      []neverViolation `json:"never_violations"`
	Claims     claimCounts      `json:"claims"`
	// ExpectedClaims counts the distinct claims an expectation gives a
	// counterpart; FalseOmissions and ExpectedSuggested count those of them
	// that came out unmatched or suggested.
	ExpectedClaims    int `json:"expected_claims"`
	FalseOmissions    int `json:"false_omissions"`
	ExpectedSuggested int `json:"expected_suggested"`
	// Contradictions counts the pairs called contradictions; Unnamed
	// those of them that no expectation names (the cases do not list
	// every relation, so some may be right), and OnOmitted those that join
	// a claim the case says the other side never addresses: wrong for sure.
	Contradictions          int `json:"contradictions"`
	UnnamedContradictions   int `json:"unnamed_contradictions"`
	ContradictionsOnOmitted int `json:"contradictions_on_omitted"`

	res         *compare.Result
	left, right *sideView
}

// pairIDs returns the claim IDs of one side of every pair and suggestion.
func pairIDs(res *compare.Result, left bool) (pairs, suggs [][]int) {
	for _, p := range res.Pairs {
		if left {
			pairs = append(pairs, p.Left)
		} else {
			pairs = append(pairs, p.Right)
		}
	}
	for _, s := range res.Suggestions {
		if left {
			suggs = append(suggs, s.Left)
		} else {
			suggs = append(suggs, s.Right)
		}
	}
	return pairs, suggs
}

// evalCase evaluates the Result of comparing case c. When the comparison
// failed (res is nil), every expectation is missed and the error is kept.
func evalCase(c cases.Case, res *compare.Result, err error) *caseResult {
	cr := &caseResult{Name: c.Name, File: c.File, NeverRules: len(c.Never)}
	if err != nil || res == nil {
		if err != nil {
			cr.Error = err.Error()
		} else {
			cr.Error = "no result"
		}
		for _, e := range c.Expect {
			cr.Expect = append(cr.Expect, expectResult{Expect: e, Outcome: outMissed, Predicted: predNone, Index: -1})
		}
		for _, side := range []struct {
			name string
			subs []string
		}{{"left", c.Omitted.Left}, {"right", c.Omitted.Right}} {
			for _, o := range side.subs {
				cr.Omitted = append(cr.Omitted, omissionResult{Side: side.name, Text: o, Placement: placeNotFound})
			}
		}
		return cr
	}
	cr.res = res
	lp, ls := pairIDs(res, true)
	rp, rs := pairIDs(res, false)
	cr.left = newSideView(res.Left, lp, ls, res.Unmatched.Left)
	cr.right = newSideView(res.Right, rp, rs, res.Unmatched.Right)

	expected := [2]map[int]bool{{}, {}}
	for _, e := range c.Expect {
		m := matchExpectation(e, res, cr.left, cr.right)
		cr.Expect = append(cr.Expect, m)
		for _, id := range m.Left {
			expected[0][id] = true
		}
		for _, id := range m.Right {
			expected[1][id] = true
		}
	}
	for k, v := range []*sideView{cr.left, cr.right} {
		for id := range expected[k] {
			cr.ExpectedClaims++
			switch v.place[id] {
			case placeUnmatched:
				cr.FalseOmissions++
			case placeSuggested:
				cr.ExpectedSuggested++
			}
		}
		cr.Claims = cr.Claims.add(countClaims(v))
	}
	for _, side := range []struct {
		name string
		subs []string
		v    *sideView
	}{{"left", c.Omitted.Left, cr.left}, {"right", c.Omitted.Right, cr.right}} {
		for _, o := range side.subs {
			ids := side.v.locate([]string{o})
			cr.Omitted = append(cr.Omitted, omissionResult{Side: side.name, Text: o, Claims: ids, Placement: side.v.placementOf(ids)})
		}
	}
	for _, rule := range c.Never {
		cr.Never = append(cr.Never, neverViolations(rule, res, cr.left, cr.right)...)
	}
	cr.countContradictions(c)
	return cr
}

// countContradictions counts the case's pairs called contradictions, those
// no expectation names and those that join a claim listed as omitted.
func (cr *caseResult) countContradictions(c cases.Case) {
	omitted := [2]map[int]bool{{}, {}}
	for _, o := range cr.Omitted {
		k := 0
		if o.Side == "right" {
			k = 1
		}
		for _, id := range o.Claims {
			omitted[k][id] = true
		}
	}
	for _, p := range cr.res.Pairs {
		if p.Relation != compare.Contradict {
			continue
		}
		cr.Contradictions++
		lt, rt := cr.left.text(p.Left), cr.right.text(p.Right)
		named := false
		for _, e := range c.Expect {
			if cases.AnyIn(lt, e.Lefts()) && cases.AnyIn(rt, e.Rights()) {
				named = true
				break
			}
		}
		if named {
			continue
		}
		cr.UnnamedContradictions++
		if slices.ContainsFunc(p.Left, func(id int) bool { return omitted[0][id] }) ||
			slices.ContainsFunc(p.Right, func(id int) bool { return omitted[1][id] }) {
			cr.ContradictionsOnOmitted++
		}
	}
}

// countClaims counts the claims of one side by placement.
func countClaims(v *sideView) claimCounts {
	c := claimCounts{Total: len(v.place), InSeveralLists: v.multi}
	for _, p := range v.place {
		switch p {
		case placePaired:
			c.Paired++
		case placeSuggested:
			c.Suggested++
		case placeUnmatched:
			c.Unmatched++
		default:
			c.InNoList++
		}
	}
	return c
}

// matchExpectation classifies what the engine did with expectation e:
// found when a pair whose left claims hold a left substring and whose right
// claims hold a right substring has the expected relation; wrong-relation
// when such pairs exist with other relations only (the first one counts);
// suggested when a suggestion joins them; split when the claims holding the
// substrings are all placed elsewhere (paired or suggested) on both sides;
// missed otherwise.
func matchExpectation(e cases.Expectation, res *compare.Result, l, r *sideView) expectResult {
	lefts, rights := e.Lefts(), e.Rights()
	m := expectResult{Expect: e, Index: -1, Left: l.locate(lefts), Right: r.locate(rights)}
	if len(m.Left) > 0 && len(m.Right) > 0 && res.Left.Text != "" && res.Right.Text != "" {
		m.Given = string(compare.MakePair(res, m.Left, m.Right).Relation)
	}
	for i, p := range res.Pairs {
		if !cases.AnyIn(l.text(p.Left), lefts) || !cases.AnyIn(r.text(p.Right), rights) {
			continue
		}
		if p.Relation == e.Relation {
			m.Outcome, m.Predicted, m.Index = outFound, string(p.Relation), i
			return m
		}
		if m.Index < 0 {
			m.Outcome, m.Predicted, m.Index = outWrong, string(p.Relation), i
		}
	}
	if m.Index >= 0 {
		return m
	}
	for i, s := range res.Suggestions {
		if cases.AnyIn(l.text(s.Left), lefts) && cases.AnyIn(r.text(s.Right), rights) {
			m.Outcome, m.Predicted, m.Index = outSuggested, predSuggestion, i
			return m
		}
	}
	m.Predicted = predNone
	if len(m.Left) > 0 && len(m.Right) > 0 && allPlaced(l, m.Left) && allPlaced(r, m.Right) {
		m.Outcome = outSplit
	} else {
		m.Outcome = outMissed
	}
	return m
}

// allPlaced reports whether every one of the claims is paired or suggested.
func allPlaced(v *sideView, ids []int) bool {
	for _, id := range ids {
		if v.place[id] != placePaired && v.place[id] != placeSuggested {
			return false
		}
	}
	return true
}

// neverViolations returns the pairs with the relation a never rule forbids
// whose left claims hold one of its left substrings and whose right claims
// hold one of its right substrings; a side without substrings matches any
// claim.
func neverViolations(rule cases.Expectation, res *compare.Result, l, r *sideView) []neverViolation {
	var out []neverViolation
	lefts, rights := rule.Lefts(), rule.Rights()
	for i, p := range res.Pairs {
		lt, rt := l.text(p.Left), r.text(p.Right)
		if p.Relation != rule.Relation {
			continue
		}
		if (len(lefts) == 0 || cases.AnyIn(lt, lefts)) && (len(rights) == 0 || cases.AnyIn(rt, rights)) {
			out = append(out, neverViolation{Rule: rule, Pair: i, Left: lt, Right: rt})
		}
	}
	return out
}
