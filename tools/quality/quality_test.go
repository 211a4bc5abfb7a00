package main

import (
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/internal/cases"
)

func near(a score, b float64) bool { return math.Abs(float64(a)-b) < 1e-9 }

func TestRatioPRF(t *testing.T) {
	if ratio(1, 0).defined() || ratio(3, 4) != 0.75 {
		t.Errorf("ratio: %v %v", ratio(1, 0), ratio(3, 4))
	}
	p := newPRF(2, 4, 3)
	if !near(p.Precision, 0.5) || !near(p.Recall, 2.0/3) || !near(p.F1, 4.0/7) {
		t.Errorf("newPRF(2, 4, 3) = %+v", p)
	}
	// F1 is 0, not undefined, when nothing is predicted but there is gold.
	p = newPRF(0, 0, 5)
	if p.Precision.defined() || !near(p.Recall, 0) || !near(p.F1, 0) {
		t.Errorf("newPRF(0, 0, 5) = %+v", p)
	}
	if s := score(math.NaN()).String(); s != "-" {
		t.Errorf("NaN prints %q", s)
	}
	b, err := json.Marshal(struct{ A, B score }{score(math.NaN()), 0.123456})
	if err != nil || string(b) != `{"A":null,"B":0.1235}` {
		t.Errorf("score JSON = %s, %v", b, err)
	}
}

func TestConfusion(t *testing.T) {
	c := newConfusion([]string{"a", "b"}, []string{"a", "b", "none"})
	for _, gp := range [][2]string{{"a", "a"}, {"a", "a"}, {"a", "b"}, {"b", "a"}, {"b", "b"}, {"b", "none"}} {
		c.add(gp[0], gp[1])
	}
	if c.total() != 6 || c.correct() != 3 || c.at("b", "none") != 1 {
		t.Errorf("total %d correct %d", c.total(), c.correct())
	}
	a := c.class("a")
	if a.TP != 2 || a.Predicted != 3 || a.Gold != 3 || !near(a.Precision, 2.0/3) || !near(a.Recall, 2.0/3) {
		t.Errorf("class a = %+v", a)
	}
	b := c.class("b")
	if !near(b.Precision, 0.5) || !near(b.Recall, 1.0/3) || !near(b.F1, 0.4) {
		t.Errorf("class b = %+v", b)
	}
	j, _ := json.Marshal(c)
	if string(j) != `{"a":{"a":2,"b":1,"none":0},"b":{"a":1,"b":1,"none":1}}` {
		t.Errorf("JSON %s", j)
	}
}

func TestPearson(t *testing.T) {
	if r := pearson([]float64{1, 2, 3}, []float64{2, 4, 6}); !near(r, 1) {
		t.Errorf("perfect: %v", r)
	}
	if r := pearson([]float64{1, 2, 3}, []float64{3, 2, 1}); !near(r, -1) {
		t.Errorf("inverse: %v", r)
	}
	// By hand: deviations (-1.5 -0.5 0.5 1.5) and (-1.75 0.25 1.25 0.25):
	// sum of products 3.5, sums of squares 5 and 4.75.
	if r := pearson([]float64{1, 2, 3, 4}, []float64{2, 4, 5, 4}); !near(r, 3.5/math.Sqrt(5*4.75)) {
		t.Errorf("by hand: %v", r)
	}
	if pearson([]float64{1, 1}, []float64{1, 2}).defined() || pearson([]float64{1}, []float64{1}).defined() {
		t.Error("a constant series or a single value has no correlation")
	}
}

// handResult builds a Result: L0-R0 contradict, L1-R1 agree, L3-R5 and
// L4-R3 differ, a suggestion L2-R2, and R4 unmatched.
func handResult() *compare.Result {
	side := func(texts ...string) compare.Side {
		var s compare.Side
		for i, t := range texts {
			s.Claims = append(s.Claims, compare.Claim{ID: i, Text: t})
		}
		return s
	}
	return &compare.Result{
		Left: side("We refunded the full amount on 3 May.", "The parcel was delivered on 28 April.",
			"The customer was offered a replacement.", "We apologise for the delay.", "We thank our staff."),
		Right: side("I have not received any refund.", "The parcel arrived on 2 May.", "Nobody ever offered me a replacement.",
			"Their support line never answered.", "I’ll go to court.", "The weather was bad."),
		Pairs: []compare.Pair{
			{Left: []int{0}, Right: []int{0}, Relation: compare.Contradict, Cues: []string{"negation"}},
			{Left: []int{1}, Right: []int{1}, Relation: compare.Agree},
			{Left: []int{3}, Right: []int{5}, Relation: compare.Differ},
			{Left: []int{4}, Right: []int{3}, Relation: compare.Differ},
		},
		Suggestions: []compare.Suggestion{{Left: []int{2}, Right: []int{2}, Similarity: 0.2}},
		Unmatched:   compare.Unmatched{Right: []int{4}},
	}
}

func TestEvalCase(t *testing.T) {
	c := cases.Case{Name: "hand", Expect: []cases.Expectation{
		{Left: "refunded the full amount", Right: "not received", Relation: compare.Contradict},
		{Left: "delivered on 28 April", Right: "arrived on 2 May", Relation: compare.Contradict},
		{Left: "offered a replacement", RightAny: []string{"elsewhere", "Nobody ever offered"}, Relation: compare.Contradict},
		{Left: "the delay", Right: "never answered", Relation: compare.Differ},
		{LeftAny: []string{"thank our staff"}, Right: "I'll go to court", Relation: compare.Agree},
		{Left: "refunded", Right: "not received", Relation: compare.Agree},
		{Left: "not in the text", Right: "refund", Relation: compare.Agree},
	}, Never: []cases.Expectation{
		{LeftAny: []string{"refunded"}, Relation: compare.Contradict},
		{LeftAny: []string{"refunded"}, RightAny: []string{"weather"}, Relation: compare.Contradict},
	}}
	c.Omitted.Left = []string{"thank our staff"}
	c.Omitted.Right = []string{"go to court", "weather", "not in the text", "Nobody ever"}
	cr := evalCase(c, handResult(), nil)

	want := []struct {
		outcome, predicted string
		index              int
	}{
		{outFound, "contradict", 0},
		{outWrong, "agree", 1},
		{outSuggested, predSuggestion, 0},
		{outSplit, predNone, -1},
		{outMissed, predNone, -1},
		{outWrong, "contradict", 0},
		{outMissed, predNone, -1},
	}
	for i, w := range want {
		got := cr.Expect[i]
		if got.Outcome != w.outcome || got.Predicted != w.predicted || got.Index != w.index {
			t.Errorf("expectation %d (%s): got %s/%s/%d, want %s/%s/%d", i, got.Expect,
				got.Outcome, got.Predicted, got.Index, w.outcome, w.predicted, w.index)
		}
	}
	if !reflect.DeepEqual(cr.Expect[4].Right, []int{4}) || len(cr.Expect[6].Left) != 0 {
		t.Errorf("located claims: %v, %v", cr.Expect[4].Right, cr.Expect[6].Left)
	}

	var places []string
	for _, o := range cr.Omitted {
		places = append(places, o.Placement)
	}
	if want := []string{placePaired, placeUnmatched, placePaired, placeNotFound, placeSuggested}; !reflect.DeepEqual(places, want) {
		t.Errorf("omissions %v, want %v", places, want)
	}
	if len(cr.Never) != 1 || cr.Never[0].Pair != 0 {
		t.Errorf("never violations %+v", cr.Never)
	}
	if want := (claimCounts{Total: 11, Paired: 8, Suggested: 2, Unmatched: 1}); cr.Claims != want {
		t.Errorf("claims %+v, want %+v", cr.Claims, want)
	}
	// Expected claims: L0-L4 and R0-R4; R4 is unmatched, L2 and R2 suggested.
	if cr.ExpectedClaims != 10 || cr.FalseOmissions != 1 || cr.ExpectedSuggested != 2 {
		t.Errorf("expected claims %d, false omissions %d, suggested %d", cr.ExpectedClaims, cr.FalseOmissions, cr.ExpectedSuggested)
	}

	if cr.Contradictions != 1 || cr.UnnamedContradictions != 0 || cr.ContradictionsOnOmitted != 0 {
		t.Errorf("contradictions %d, unnamed %d, on omitted %d; want 1, 0, 0", cr.Contradictions, cr.UnnamedContradictions, cr.ContradictionsOnOmitted)
	}
	// "the delay" against the weather, and the thanks to staff against the
	// support line: contradictions no expectation names, each joining a
	// claim listed as never addressed.
	wrong := handResult()
	wrong.Pairs[2].Relation, wrong.Pairs[3].Relation = compare.Contradict, compare.Contradict
	if w := newSetResult("wrong", "", []*caseResult{evalCase(c, wrong, nil)}); w.Contradictions != 3 || w.UnnamedContradictions != 2 || w.ContradictionsOnOmitted != 2 {
		t.Errorf("contradictions %d, unnamed %d, on omitted %d; want 3, 2, 2", w.Contradictions, w.UnnamedContradictions, w.ContradictionsOnOmitted)
	}

	s := newSetResult("hand", "", []*caseResult{cr})
	if s.Expectations != 7 || s.Outcomes[outFound] != 1 || !near(s.FoundRate, 1.0/7) || s.NotLocated != 1 {
		t.Errorf("set: %d expectations, outcomes %v, rate %v, not located %d", s.Expectations, s.Outcomes, s.FoundRate, s.NotLocated)
	}
	if s.ContradictOnAgree != 1 {
		t.Errorf("contradict on agree %d, want 1", s.ContradictOnAgree)
	}
	// Contradict predicted for E0 (contradict) and E5 (agree); expected for E0-E2.
	if c := s.Relations["contradict"]; !near(c.Precision, 0.5) || !near(c.Recall, 1.0/3) {
		t.Errorf("contradict %+v", c)
	}
	if d := s.Relations["differ"]; d.Precision.defined() || !near(d.Recall, 0) {
		t.Errorf("differ %+v", d)
	}
	if s.Omissions.Unmatched != 1 || s.Omissions.Paired != 2 || s.Omissions.Suggested != 1 || s.Omissions.Other != 1 || !near(s.Omissions.Recall, 0.2) {
		t.Errorf("omissions %+v", s.Omissions)
	}
	if s.NeverRules != 2 || s.NeverViolations != 1 {
		t.Errorf("never %d rules, %d violations", s.NeverRules, s.NeverViolations)
	}
}

func TestEvalCaseError(t *testing.T) {
	c := cases.Case{Name: "empty", Expect: []cases.Expectation{{Left: "a", Right: "b", Relation: compare.Agree}}}
	cr := evalCase(c, nil, errors.New("boom"))
	s := newSetResult("x", "", []*caseResult{cr})
	if cr.Error != "boom" || s.Errors != 1 || s.Outcomes[outMissed] != 1 || s.Confusion.at("agree", predNone) != 1 {
		t.Errorf("case %+v set %+v", cr, s)
	}
}

func TestLocate(t *testing.T) {
	v := newSideView(handResult().Left, nil, nil, nil)
	if got := v.locate([]string{"3 May. The parcel"}); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("a substring across two claims: %v", got)
	}
	if got := v.locate([]string{"We ", "absent"}); !reflect.DeepEqual(got, []int{0, 3, 4}) {
		t.Errorf("every occurrence: %v", got)
	}
	if got := v.placementOf(nil); got != placeNotFound {
		t.Errorf("no claim: %s", got)
	}
	if v.place[0] != placeNowhere {
		t.Errorf("a claim in no list: %s", v.place[0])
	}
}

func TestReadData(t *testing.T) {
	dir := t.TempDir()
	snli := filepath.Join(dir, "snli.tsv")
	sts := filepath.Join(dir, "sts.csv")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A header, a pair, one without gold, one with an extra column, an
	// unknown label and a line too short.
	write(snli, "gold_label\tsentence1\tsentence2\n"+
		"contradiction\tA\tB\n-\tC\tD\nneutral\tE\tF\textra\nweird\tG\tH\nentailment\tI\n")
	// A pair, one with source columns, a score that is no number and a line
	// too short.
	write(sts, "g\tf\ty\t1\t4.5\tA\tB\n"+
		"g\tf\ty\t2\t3\tC\tD\tsource\tsource\n"+
		"g\tf\ty\t3\tx\tE\tF\n"+
		"short\n")
	pairs, skipped, malformed, err := readSNLI(snli)
	if err != nil || skipped != 1 || malformed != 2 || len(pairs) != 2 || pairs[0].Gold != "contradict" || pairs[1].Gold != "differ" || pairs[1].B != "F" {
		t.Errorf("SNLI: %+v skipped %d malformed %d %v", pairs, skipped, malformed, err)
	}
	sp, malformed, err := readSTS(sts)
	if err != nil || malformed != 2 || len(sp) != 2 || sp[1].Score != 3 || sp[1].B != "D" {
		t.Errorf("STS: %+v malformed %d %v", sp, malformed, err)
	}
	if _, _, _, err := readSNLI(filepath.Join(dir, "absent.tsv")); err == nil {
		t.Error("a missing file is an error")
	}
	if _, err := readDir("x", dir); err == nil {
		t.Error("a folder without cases is an error")
	}
	r := evalSNLI(pairs, []compare.Verdict{{Relation: compare.Contradict, Similarity: 0.5}, {Relation: compare.Agree, Similarity: 2}})
	if !near(r.Accuracy, 0.5) || len(r.errors) != 1 || r.OutOfRange != 1 {
		t.Errorf("SNLI result %+v", r)
	}
}

func TestFlags(t *testing.T) {
	var v verbosity
	var d dirList
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(&v, "v", "")
	fs.Var(&d, "cases", "")
	if err := fs.Parse([]string{"-v", "-cases", "a,b", "-cases", "c"}); err != nil || v != 1 || !reflect.DeepEqual([]string(d), []string{"a", "b", "c"}) {
		t.Errorf("v %d cases %v err %v", v, d, err)
	}
	if err := fs.Parse([]string{"-v=2"}); err != nil || v != 2 {
		t.Errorf("-v=2: %d %v", v, err)
	}
}

// TestFoundInterval checks the bootstrap interval of the found rate: it
// holds the rate, is a point when every case scores alike, and is the same
// on every run.
func TestFoundInterval(t *testing.T) {
	lo, hi := foundInterval([]int{7, 7, 7}, []int{7, 7, 7})
	if lo != 1 || hi != 1 {
		t.Errorf("all found: interval %v-%v, want 1-1", lo, hi)
	}
	found, total := []int{1, 5, 2, 6, 0, 4, 3, 7, 2, 5}, []int{7, 7, 7, 7, 7, 7, 7, 7, 7, 7}
	lo, hi = foundInterval(found, total)
	if !(lo < 0.5 && 0.5 < hi) || hi-lo < 0.1 || lo < 0 || hi > 1 {
		t.Errorf("mixed cases, rate 0.5: interval %v-%v", lo, hi)
	}
	if lo2, hi2 := foundInterval(found, total); lo2 != lo || hi2 != hi {
		t.Errorf("a second run gave %v-%v, the first %v-%v", lo2, hi2, lo, hi)
	}
	if lo, hi := foundInterval(nil, nil); lo.defined() || hi.defined() {
		t.Errorf("no cases: interval %v-%v, want undefined", lo, hi)
	}
}

// museum compares two accounts of a museum, one saying it was closed on
// Monday and the other open, both giving the ticket price, and returns the
// comparison with a case expecting the clash, the price agreed, and the
// closing against the price agreed (which no pairing finds).
func museum(t *testing.T) (*compare.Result, cases.Case) {
	t.Helper()
	left := "The museum was closed on Monday. Tickets cost five pounds."
	right := "Tickets cost five pounds. The museum was open on Monday."
	res, err := compare.Compare(compare.Document{Text: left}, compare.Document{Text: right})
	if err != nil {
		t.Fatal(err)
	}
	return res, cases.Case{Name: "museum", Expect: []cases.Expectation{
		{Left: "closed on Monday", Right: "open on Monday", Relation: compare.Contradict},
		{Left: "Tickets cost", Right: "Tickets cost", Relation: compare.Agree},
		{Left: "closed on Monday", Right: "Tickets cost", Relation: compare.Agree},
	}}
}

// TestGivenPartner checks that each expectation carries the relation the
// engine gives its two claims paired by hand, whatever the engine paired
// them with, and that a set counts those relations apart from what it
// found: a real comparison, where a claim with no counterpart named is
// given one.
func TestGivenPartner(t *testing.T) {
	res, c := museum(t)
	c.Expect = append(c.Expect, cases.Expectation{Left: "not in the text", Right: "Tickets cost", Relation: compare.Agree})
	cr := evalCase(c, res, nil)
	for i, want := range []string{"contradict", "agree"} {
		if e := cr.Expect[i]; e.Outcome != outFound || e.Given != want {
			t.Errorf("expectation %d: outcome %s, given %q; want found, %q", i, e.Outcome, e.Given, want)
		}
	}
	if e := cr.Expect[2]; e.Outcome == outFound || e.Given == "" || e.Given == "agree" {
		t.Errorf("closed museum against the ticket price: outcome %s, given %q; want not found and a relation other than agree", e.Outcome, e.Given)
	}
	if e := cr.Expect[3]; e.Given != "" {
		t.Errorf("a text no claim holds is given %q", e.Given)
	}
	s := newSetResult("museum", "", []*caseResult{cr})
	if s.Given.total() != 3 || s.Given.correct() != 2 || s.Given.at("agree", cr.Expect[2].Given) != 1 {
		t.Errorf("given: %d of %d right", s.Given.correct(), s.Given.total())
	}
	// a Result without text, built by hand, gives no relation
	if hand := evalCase(c, handResult(), nil); hand.Expect[0].Given != "" {
		t.Errorf("hand-built result given %q", hand.Expect[0].Given)
	}
}

// TestScoresRow checks the row a blind set's README gets for a real
// comparison: the contradiction and the ticket price are found, the
// closed museum against the ticket price is not (an agreement expected,
// none given), so two of three expectations are found, agreements are
// found once of twice with no false one, no difference is expected or
// called (a dash for its precision), the one contradiction is the
// expected one, and none of the four claims an expectation names is
// left unmatched.
func TestScoresRow(t *testing.T) {
	res, c := museum(t)
	s := newSetResult("museum", "", []*caseResult{evalCase(c, res, nil)})
	want := "| abc1234 | 2/3 = 0.667 | 1/2, 1.000 | 1/1, 1.000 | 0/0, - | 0 | 0 of 1 | 0 of 0 | 0 of 4 (0 suggested) |"
	if got := scoresRow("abc1234", s); got != want {
		t.Errorf("scores row\n got %s\nwant %s", got, want)
	}
}
