package compare

import (
	"math"
	"testing"
)

// FuzzQuantities checks that any text's quantities lie within its tokens,
// inside their clauses, with bounds in order, that its frequency lies
// within its tokens and is a positive number of times a year, and that
// comparing two texts' figures does not fail.
func FuzzQuantities(f *testing.F) {
	for _, s := range [][2]string{
		{"a fine of 12 million euros", "a fine of 20 million euros"},
		{"costing 25 million euros a day", "25 million euros in total"},
		{"within 24 hours", "nine days later"},
		{"90 minutes", "an hour and a half"},
		{"£2m", "2 million pounds"},
		{"$1.5bn - €20m, 5 bn", "twenty-two and a half"},
		{"half an hour", "by a third, two thirds of"},
		{"a", "an hour and a"},
		{"twenty-", "3 per"},
		{"dozens of years", "no more than 5 people per"},
		{"the following morning, the next", "did not leave until two days later, the next day"},
		{"at around 2.40pm, twenty to three", "from noon, 12pm, 6.30 pm, 11:45am, three o'clock in the morning"},
		{"only 6 of the 12 planned buoys, 42 of the site's 110 plots", "half of the buoys, 41 of the 380 people"},
		{"a quarter-of-a-million-dollar prize, the forty-million-dollar fund", "half a million pounds, two dozen of its shops, a-"},
		{"by the end of June, until the end of december, the of end by May", "before July, before January, before"},
		{"two blasts every week, every other month, every", "once a, 3 times per, fortnightly."},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ca, cb := prepareText(a), prepareText(b)
		for _, c := range []*claimInfo{ca, cb} {
			for _, q := range c.qs {
				if q.from < 0 || q.from > q.to || q.to >= len(c.toks) {
					t.Fatalf("quantity at %d-%d of %d tokens", q.from, q.to, len(c.toks))
				}
				if q.clause[0] > q.from || q.clause[1] < q.to {
					t.Fatalf("quantity at %d-%d outside its clause %v", q.from, q.to, q.clause)
				}
				for _, k := range q.roles {
					if k < q.clause[0] || k > q.clause[1] || k >= q.from && k <= q.to {
						t.Fatalf("role %d of quantity at %d-%d in clause %v", k, q.from, q.to, q.clause)
					}
				}
				if !q.zero && q.month == "" && (q.lo > q.hi || math.IsNaN(q.lo) || math.IsNaN(q.hi)) {
					t.Fatalf("bounds [%v, %v] of %q", q.lo, q.hi, c.phrase(q.from, q.to))
				}
				_ = c.phrase(q.from, q.to)
			}
			if fr, ok := frequencyOf(c.toks); ok && (fr.from < 0 || fr.from > fr.to || fr.to >= len(c.toks) || !(fr.perYear > 0) || math.IsInf(fr.perYear, 0)) {
				t.Fatalf("frequency %v a year at %d-%d of %d tokens", fr.perYear, fr.from, fr.to, len(c.toks))
			}
		}
		ps := compareClaims(ca, cb, backgroundIDF, sharedLex, shallow)
		quantityCues(side{c: ps.a, m: ps.ab, qs: ps.a.qs, isLeft: true}, side{c: ps.b, m: ps.ba, qs: ps.b.qs})
	})
}
