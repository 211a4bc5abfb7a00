package compare

import (
	"fmt"
	"math"
)

// frequency is how often a claim says a thing happens, as times a year,
// with the tokens that say it.
type frequency struct {
	perYear  float64
	from, to int
}

// periodsPerYear are the units a frequency counts in, as lemmas, with how
// many of each a year holds.
var periodsPerYear = map[string]float64{"hour": 8760, "day": 365, "night": 365, "week": 52, "fortnight": 26,
	"month": 12, "quarter": 4, "year": 1}

// frequencyAdverbs say how often in one word, with the period they count
// in: "tested daily", "meets weekly".
var frequencyAdverbs = map[string]string{"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
	"fortnightly": "fortnight", "monthly": "month", "quarterly": "quarter", "annually": "year", "yearly": "year"}

// frequencyOf returns the first frequency a claim gives that is not
// negated, if any: "every week", "every two weeks", "every other month",
// "two blasts every week", "once a month", "three times a year",
// "fortnightly" after a verb ("collected fortnightly"; not "a weekly
// market").
func frequencyOf(toks []token) (frequency, bool) {
	for i := range toks {
		t := &toks[i]
		if negatedAt(toks, i) {
			continue // "once a term, not every two weeks"
		}
		switch {
		case t.Lower == "every":
			j, n, other := i+1, 1.0, false
			times := 1.0
			if i >= 1 && plural(&toks[i-1]) {
				// "two blasts every week", "two controlled blasts every week"
				for k := i - 2; k >= 0 && k >= i-4 && toks[k].Word; k-- {
					if toks[k].IsNum {
						times = toks[k].Num
						break
					}
				}
			}
			switch {
			case tokAt(toks, j).Lower == "other":
				j, n, other = j+1, 2, true
			case tokAt(toks, j).IsNum && tokAt(toks, j).Num > 1:
				j, n = j+1, tokAt(toks, j).Num
			}
			if p := periodsPerYear[tokAt(toks, j).Lemma]; p > 0 && (n == 1 || other || tokAt(toks, j).Lower != tokAt(toks, j).Lemma) {
				return frequency{perYear: times * p / n, from: i, to: j}, true
			}
		case frequencyAdverbs[t.Lower] != "":
			if next := tokAt(toks, i+1); !next.Word || !next.content() {
				return frequency{perYear: periodsPerYear[frequencyAdverbs[t.Lower]], from: i, to: i}, true
			}
		case timesWords[t.Lower] > 0 || t.IsNum && t.Num >= 1 && tokAt(toks, i+1).Lower == "times":
			n, j := timesWords[t.Lower], i+1
			if n == 0 {
				n, j = t.Num, i+2
			}
			if a := tokAt(toks, j).Lower; a == "a" || a == "an" || a == "per" || a == "each" || a == "every" {
				if p := periodsPerYear[tokAt(toks, j+1).Lemma]; p > 0 {
					return frequency{perYear: n * p, from: i, to: j + 1}, true
				}
			}
		}
	}
	return frequency{}, false
}

// frequencyRatio is how far apart two frequencies must be to differ: "every
// four weeks" is "monthly".
const frequencyRatio = 1.2

// frequencyCues: two claims that share what they speak of say how often it
// happens; the same (within frequencyRatio) agrees, else they clash ("the
// committee meets every week" / "meets only once a month").
func frequencyCues(a, b side) []cue {
	fa, fb := a.c.mk.often, b.c.mk.often
	if fa.perYear == 0 || fb.perYear == 0 || !sharesContent(a, b) {
		return nil
	}
	pa, pb := a.c.phrase(fa.from, fa.to), b.c.phrase(fb.from, fb.to)
	if math.Max(fa.perYear, fb.perYear) <= frequencyRatio*math.Min(fa.perYear, fb.perYear) {
		return []cue{{rel: Agree, text: fmt.Sprintf("same facts: %q / %q", pa, pb)}}
	}
	return []cue{{rel: Contradict, text: quote("how often", pa, pb)}}
}
