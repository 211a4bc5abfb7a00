package main

import (
	"fmt"
	"math"
)

// scoresRow returns a statement set's row of the Scores table in a blind
// set's README, for the engine named engine: expectations found, each
// relation's recall (found of expected) and precision, contradictions on
// an expected agreement, contradictions no expectation names (of all the
// engine called), omitted claims left unmatched (of those the cases list)
// and claims an expectation pairs that came out unmatched (of all such
// claims; and how many were offered as possible counterparts).
func scoresRow(engine string, s *setResult) string {
	rel := func(r string) string {
		p := s.Relations[r]
		prec := "-"
		if !math.IsNaN(float64(p.Precision)) {
			prec = fmt.Sprintf("%.3f", float64(p.Precision))
		}
		return fmt.Sprintf("%d/%d, %s", p.TP, p.Gold, prec)
	}
	found := s.Outcomes[outFound]
	rate := "-"
	if s.Expectations > 0 {
		rate = fmt.Sprintf("%.3f", float64(found)/float64(s.Expectations))
	}
	return fmt.Sprintf("| %s | %d/%d = %s | %s | %s | %s | %d | %d of %d | %d of %d | %d of %d (%d suggested) |",
		engine, found, s.Expectations, rate, rel("agree"), rel("contradict"), rel("differ"),
		s.ContradictOnAgree, s.UnnamedContradictions, s.Contradictions, s.Omissions.Unmatched, s.Omissions.Total,
		s.FalseOmissions, s.ExpectedClaims, s.ExpectedSuggested)
}
