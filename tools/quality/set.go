package main

import "github.com/parley-reader/parley/compare"

// omissionCounts counts where the claims the other side never addresses
// went; Recall is the share that came out unmatched.
type omissionCounts struct {
	Total     int   `json:"total"`
	Unmatched int   `json:"unmatched"`
	Suggested int   `json:"suggested"`
	Paired    int   `json:"paired"`
	Other     int   `json:"other"` // in no list, or no claim holds the text
	Recall    score `json:"recall"`
}

// setResult is the evaluation of a statement set.
type setResult struct {
	Name              string         `json:"name"`
	Path              string         `json:"path"`
	Cases             []*caseResult  `json:"cases"`
	Expectations      int            `json:"expectations"`
	Outcomes          map[string]int `json:"outcomes"`
	FoundRate         score          `json:"found_rate"`
	FoundInterval     [2]score       `json:"found_rate_95"` // bootstrap over cases
	NotLocated        int            `json:"expectations_not_in_a_claim"`
	Confusion         *confusion     `json:"confusion"`
	Relations         map[string]prf `json:"relations"`
	ContradictOnAgree int            `json:"contradict_on_expected_agree"`
	Omissions         omissionCounts `json:"omissions"`
	Claims            claimCounts    `json:"claims"`
	ExpectedClaims    int            `json:"expected_claims"`
	FalseOmissions    int            `json:"false_omissions"`
	ExpectedSuggested int            `json:"expected_suggested"`
	// Contradictions, UnnamedContradictions and ContradictionsOnOmitted
	// sum the cases' (see caseResult).
	Contradictions          int `json:"contradictions"`
	UnnamedContradictions   int `json:"unnamed_contradictions"`
	ContradictionsOnOmitted int `json:"contradictions_on_omitted"`
	NeverRules              int `json:"never_rules"`
	NeverViolations         int `json:"never_violations"`
	Errors                  int `json:"compare_errors"`
	// Given counts the expectations by the relation the engine gives their
	// claims paired by hand: how the relations fare apart from the pairing.
	Given *confusion `json:"given_partner"`
}

// newSetResult sums the results of a set's cases.
func newSetResult(name, path string, cases []*caseResult) *setResult {
	s := &setResult{Name: name, Path: path, Cases: cases, Outcomes: map[string]int{},
		Confusion: newConfusion(relationLabels, predictedLabels), Relations: map[string]prf{},
		Given: newConfusion(relationLabels, relationLabels)}
	for _, o := range outcomes {
		s.Outcomes[o] = 0
	}
	found, total := make([]int, len(cases)), make([]int, len(cases))
	for k, c := range cases {
		if c.Error != "" {
			s.Errors++
		}
		for _, e := range c.Expect {
			s.Expectations++
			total[k]++
			if e.Outcome == outFound {
				found[k]++
			}
			s.Outcomes[e.Outcome]++
			s.Confusion.add(string(e.Expect.Relation), e.Predicted)
			if e.Given != "" {
				s.Given.add(string(e.Expect.Relation), e.Given)
			}
			if c.Error == "" && (len(e.Left) == 0 || len(e.Right) == 0) {
				s.NotLocated++
			}
		}
		for _, o := range c.Omitted {
			s.Omissions.Total++
			switch o.Placement {
			case placeUnmatched:
				s.Omissions.Unmatched++
			case placeSuggested:
				s.Omissions.Suggested++
			case placePaired:
				s.Omissions.Paired++
			default:
				s.Omissions.Other++
			}
		}
		s.Claims = s.Claims.add(c.Claims)
		s.ExpectedClaims += c.ExpectedClaims
		s.FalseOmissions += c.FalseOmissions
		s.ExpectedSuggested += c.ExpectedSuggested
		s.Contradictions += c.Contradictions
		s.UnnamedContradictions += c.UnnamedContradictions
		s.ContradictionsOnOmitted += c.ContradictionsOnOmitted
		s.NeverRules += c.NeverRules
		s.NeverViolations += len(c.Never)
	}
	s.FoundRate = ratio(s.Outcomes[outFound], s.Expectations)
	s.FoundInterval[0], s.FoundInterval[1] = foundInterval(found, total)
	s.Omissions.Recall = ratio(s.Omissions.Unmatched, s.Omissions.Total)
	for _, r := range relationLabels {
		s.Relations[r] = s.Confusion.class(r)
	}
	s.ContradictOnAgree = s.Confusion.at(string(compare.Agree), string(compare.Contradict))
	return s
}
