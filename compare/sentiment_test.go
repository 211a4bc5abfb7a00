package compare

import "testing"

// TestAssess checks the sign of a claim's verdict on what it speaks of.
func TestAssess(t *testing.T) {
	tests := []struct {
		text string
		sign int // +1 positive, -1 negative, 0 no verdict
	}{
		{"We made progress on almost all of the issues.", 1},
		{"The results of the talks can't but be so apprehensive.", -1},
		{"Our hopes were so naive as to be foolish.", -1},
		{"The deal was a fair outcome.", 1},
		{"The deal was not fair.", -1},
		{"They spoke of the danger of war.", 0},
		{"Prices rose in March.", 0},
		{"It will cover exchange-rate margins as well as upfront fees.", 0},
		{"The typical charge was well under £200, the council said.", 0},
		{"Attendance was well above the target.", 0},
		{"The union has been clear that members will not accept the offer.", 0},
		{"The Riverside Sounds festival drew 38,000 visitors.", 0},
		{"Nobody was hurt during the incident, a spokesperson said, and no passenger needed treatment.", 0},
		{"No one was injured.", 0},
		{"Customers were charged twice for one visit.", 0},
		{"Keepers were given no warning before the crop was treated.", 0},
		{"We were so disappointed by the decision.", -1},
		{"The offer follows several months of constructive talks with the unions.", 1},
		{"It was a regrettable meeting.", -1},
		{"The ministry regrets that the discussion produced nothing of substance.", -1},
		{"The council condemned the raid on the market.", -1},
		{"The museum welcomes about 1.5 million visitors a year.", 0},
		{"It is too early to regret anything.", 0},
		{"The dangerous road was closed for a week.", 0},
		{"She is free to talk about her experience.", 0},
		{"Staff were happy to help the families.", 0},
		{"We are confident this was a small, organised group.", 0},
		{"Interest rates were cut in March.", 0},
		{"The company said the pay offer is worth 5 percent a year.", 0},
		{"The company said its offer is worth about £2 million.", 0},
		{"The offer is worth having.", 1},
		{"The talks were happy and productive.", 1},
		{"Inspectors agreed that there was no safety issue.", 0},
	}
	for _, tt := range tests {
		r := []rune(tt.text)
		toks := tokenize(r, Span{0, len(r)})
		a := assess(toks, quantities(toks))
		got := 0
		switch {
		case a.verdict >= assessmentThreshold:
			got = 1
		case a.verdict <= -assessmentThreshold:
			got = -1
		}
		if got != tt.sign {
			t.Errorf("assess(%q) = %.2f, want sign %d", tt.text, a.verdict, tt.sign)
		}
	}
}

// TestHypotheticalHalves checks that a condition rates half as strongly.
func TestHypotheticalHalves(t *testing.T) {
	plain := []rune("The summit would be meaningless.")
	cond := []rune("If both sides reneged, the summit would be meaningless.")
	pt, ct := tokenize(plain, Span{0, len(plain)}), tokenize(cond, Span{0, len(cond)})
	p := assess(pt, quantities(pt)).verdict
	c := assess(ct, quantities(ct)).verdict
	if !(c < 0 && c > p) {
		t.Errorf("conditional verdict %.2f, plain %.2f: want a weaker negative", c, p)
	}
}
