package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/internal/cases"
)

// ferryCase is a case of three expectations and an omission a side.
func ferryCase() cases.Case {
	c := cases.Case{Name: "ferry"}
	c.Left.Text = "The ferry was cancelled on Monday. The company blamed the storm. Fares will rise in May. The crew were paid in full."
	c.Right.Text = "Passengers said no ferry sailed on Monday. The union blamed staff cuts. Ticket prices go up in spring. The harbour is being dredged."
	c.Expect = []cases.Expectation{
		{Left: "ferry was cancelled", Right: "no ferry sailed", Relation: compare.Agree},
		{Left: "blamed the storm", Right: "blamed staff cuts", Relation: compare.Contradict},
		{Left: "Fares will rise", Right: "Ticket prices go up", Relation: compare.Agree},
	}
	c.Omitted.Left = []string{"crew were paid"}
	c.Omitted.Right = []string{"harbour is being dredged"}
	return c
}

// libraryCase is a case about another event.
func libraryCase() cases.Case {
	c := cases.Case{Name: "library"}
	c.Left.Text = "The library will open on Sundays. Opening hours cost £40,000 a year."
	c.Right.Text = "Readers asked for Sunday opening for years. The council found the money in its reserves."
	c.Expect = []cases.Expectation{{Left: "open on Sundays", Right: "Sunday opening", Relation: compare.Agree}}
	c.Omitted.Left = []string{"cost £40,000 a year"}
	c.Omitted.Right = []string{"found the money"}
	return c
}

// TestCrossCaseListsEveryClaimOmitted checks that a case cut from two
// cases' sides has one to three of their named claims a side, no
// expectation, and every claim listed as never addressed, so that the
// pairing rows of all its candidates count as not counterparts.
func TestCrossCaseListsEveryClaimOmitted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		c, ok := crossCase(ferryCase(), libraryCase(), rng)
		if !ok {
			t.Fatal("no case cut from two cases with named claims")
		}
		if len(c.Expect) != 0 {
			t.Errorf("expectations %v in a case of two events", c.Expect)
		}
		for _, side := range []struct {
			text    string
			omitted []string
			from    string
		}{{c.Left.Text, c.Omitted.Left, ferryCase().Left.Text}, {c.Right.Text, c.Omitted.Right, libraryCase().Right.Text}} {
			claims := compare.Split(side.text)
			if len(claims) < 1 || len(claims) > 3 {
				t.Errorf("%q: %d claims, want one to three", side.text, len(claims))
			}
			for _, cl := range claims {
				if !strings.Contains(side.from, strings.TrimSuffix(cl.Text, ".")) {
					t.Errorf("claim %q is not from its case", cl.Text)
				}
				if !containsAny(cl.Text, side.omitted) {
					t.Errorf("claim %q is not listed as omitted (%q)", cl.Text, side.omitted)
				}
			}
		}
	}
}

// TestKeptCaseKeepsCounterparts checks that a case cut from one case
// keeps the two claims of at least one expectation, keeps exactly the
// expectations whose claims it keeps, and lists as omitted each kept
// claim whose counterpart it left out.
func TestKeptCaseKeepsCounterparts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	c := ferryCase()
	withOmitted := 0
	for range 40 {
		s, ok := keptCase(c, rng)
		if !ok {
			t.Fatal("no case cut from a case with expectations")
		}
		if len(s.Expect) == 0 {
			t.Errorf("%q / %q keeps no expectation", s.Left.Text, s.Right.Text)
		}
		for _, e := range c.Expect {
			inL, inR := strings.Contains(s.Left.Text, e.Left), strings.Contains(s.Right.Text, e.Right)
			kept := slices.ContainsFunc(s.Expect, func(x cases.Expectation) bool { return x.Left == e.Left })
			if kept != (inL && inR) {
				t.Errorf("%q / %q: expectation %q kept %v with its claims in %v, %v", s.Left.Text, s.Right.Text, e.Left, kept, inL, inR)
			}
			if inL && !inR && !slices.Contains(s.Omitted.Left, e.Left) || inR && !inL && !slices.Contains(s.Omitted.Right, e.Right) {
				t.Errorf("%q / %q: a claim whose counterpart was left out is not listed as omitted", s.Left.Text, s.Right.Text)
			}
		}
		if len(s.Omitted.Left)+len(s.Omitted.Right) > 0 {
			withOmitted++
		}
	}
	if withOmitted == 0 {
		t.Error("no cut of 40 has a claim without its counterpart")
	}
}
