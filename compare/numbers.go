package compare

import (
	"fmt"
	"math"
	"strings"
)

// quantity is a number in a claim with what it counts: "three clear
// warnings", "5.1 percent", "28 April", "15:10", or a zero said in words
// ("no warning", "without a single violation"). lo and hi bound the values
// the claim allows: "more than 500" is [500, +Inf), "about 2,000" roughly
// [1400, 2600].
type quantity struct {
	val      float64
	lo, hi   float64
	unit     map[string]bool // keys of the counted words
	head     string          // lemma of the first counted word
	month    string          // set for a date; val is the day, -1 if none
	time     bool            // a time of day; val is in hours
	exact    bool            // said as an exact figure
	zero     bool            // said as "no X", "without a single X"
	from, to int             // token range of the phrase, inclusive
}

// months maps month names to themselves; "may" only counts next to a number.
var months = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec")

// Words before a number that make it a bound or an estimate.
var (
	lowerBounds = set("more than", "over", "above", "at least", "exceeding", "upwards of", "in excess of", "after", "since")
	upperBounds = set("fewer than", "less than", "under", "below", "at most", "up to", "no more than", "before", "until")
	estimates   = set("about", "around", "nearly", "almost", "approximately", "roughly", "some", "close to", "estimated", "circa", "an estimated", "shortly after", "shortly before")
)

// roughRanges are numbers said as an order of magnitude.
var roughRanges = map[string][2]float64{"dozens": {24, 99}, "scores": {40, 99}, "hundreds": {200, 999},
	"thousands": {2000, 9999}, "millions": {2e6, 9.99e8}, "billions": {2e9, 9.99e11}}

// clockWords after a number make it a time of day.
var clockWords = set("am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "h")

// quantities finds the quantities of a claim.
func quantities(toks []token) []quantity {
	var out []quantity
	for i := range toks {
		t := &toks[i]
		switch {
		case isMonth(toks, i) && t.Name && !(i > 0 && toks[i-1].IsNum) && !(i+1 < len(toks) && toks[i+1].IsNum):
			// a month alone: "in March", "until September"
			out = append(out, quantity{month: t.Lower, val: -1, from: i, to: i})
		case t.IsNum && t.Lower != "one" || t.IsNum && i+1 < len(toks) && toks[i+1].content():
			if q, ok := number(toks, i); ok {
				out = append(out, q)
			}
		case t.Lower == "no" || t.Lower == "without" || t.Lower == "zero" || t.Lower == "none" ||
			t.Neg && i+1 < len(toks) && (toks[i+1].Lower == "a" || toks[i+1].Lower == "one" || toks[i+1].Lower == "any"):
			j := i + 1
			for j < len(toks) && j <= i+3 && (toks[j].Stop || toks[j].Lower == "single" || toks[j].Lower == "one" || toks[j].Lower == "any" || toks[j].Lower == "of") {
				j++
			}
			if j < len(toks) && j <= i+3 && toks[j].content() {
				unit, head, to := unitAfter(toks, j-1)
				if len(unit) > 0 {
					out = append(out, quantity{unit: unit, head: head, zero: true, exact: true, from: i, to: to})
				}
			}
		}
	}
	return out
}

// number reads the quantity whose number is toks[i]: a date, a time of day
// or a count of something, with the bounds the words before it set.
func number(toks []token, i int) (quantity, bool) {
	t := &toks[i]
	q := quantity{val: t.Num, from: i, to: i, exact: true}
	switch {
	case i > 0 && months[toks[i-1].Lower] && toks[i-1].Name:
		q.month, q.from = toks[i-1].Lower, i-1
	case i+1 < len(toks) && months[toks[i+1].Lower]:
		q.month, q.to = toks[i+1].Lower, i+1
	case strings.Contains(t.Lower, ":") || i+1 < len(toks) && clockWords[strings.ReplaceAll(toks[i+1].Lower, ".", "")]:
		q.time = true
		if i+1 < len(toks) && clockWords[strings.ReplaceAll(toks[i+1].Lower, ".", "")] {
			q.to = i + 1
			if strings.HasPrefix(toks[i+1].Lower, "p") && q.val < 12 {
				q.val += 12
			}
		}
	default:
		q.unit, q.head, q.to = unitAfter(toks, i)
		if len(q.unit) == 0 && t.Num >= 1800 && t.Num <= 2100 && t.Num == float64(int(t.Num)) {
			q.unit = map[string]bool{"#year": true}
		}
		if len(q.unit) == 0 {
			return q, false
		}
	}
	q.lo, q.hi = q.val, q.val
	if r, ok := roughRanges[t.Lower]; ok {
		q.lo, q.hi, q.exact = r[0], r[1], false
	}
	spread := 0.3 * q.val
	if q.time {
		spread = 0.5 // hours
	}
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		var ws []string
		for _, p := range toks[i-n : i] {
			ws = append(ws, p.Lower)
		}
		w := strings.Join(ws, " ")
		switch {
		case estimates[w]:
			q.lo, q.hi, q.exact = q.val-spread, q.val+spread, false
		case lowerBounds[w]:
			q.lo, q.hi, q.exact = q.val, math.Inf(1), false
		case upperBounds[w]:
			q.lo, q.hi, q.exact = math.Inf(-1), q.val, false
		default:
			continue
		}
		q.from = i - n
		break
	}
	return q, true
}

// unitAfter collects the content words right after token i (up to two, up to
// a function word or punctuation): what the number counts.
func unitAfter(toks []token, i int) (map[string]bool, string, int) {
	unit := map[string]bool{}
	head := ""
	to := i
	j := i + 1
	if _, rough := roughRanges[toks[i].Lower]; rough && j+1 < len(toks) && toks[j].Lower == "of" {
		j++ // "dozens of protesters"
	}
	for ; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		if !t.content() || t.IsNum {
			break
		}
		unit[t.Key] = true
		if head == "" {
			head = t.Lemma
		}
		to = j
		if t.Key == "percent" || t.Lower != t.Lemma && strings.HasSuffix(t.Lower, "s") || t.Lower == "people" {
			break // the counted noun ends the unit: "three clear warnings"
		}
	}
	return unit, head, to
}

// isMonth reports whether toks[i] names a month: "May" in "3 May", "in
// May", "May 3" is no modal verb.
func isMonth(toks []token, i int) bool {
	t := &toks[i]
	if !months[t.Lower] {
		return false
	}
	return t.Lower != "may" || i > 0 && (toks[i-1].IsNum || dateWords[toks[i-1].Lower]) || i+1 < len(toks) && toks[i+1].IsNum
}

// dateWords before "May" make it the month.
var dateWords = set("in", "on", "by", "until", "till", "since", "from", "of", "early", "late", "mid", "before", "after")

// sameUnit reports whether two quantities count the same thing: a shared
// word, or words of which one is a kind of the other ("people",
// "protesters").
func sameUnit(a, b quantity) bool {
	if a.month != "" || b.month != "" {
		return a.month != "" && b.month != ""
	}
	if a.time || b.time {
		return a.time && b.time
	}
	for k := range a.unit {
		if b.unit[k] {
			return true
		}
	}
	if a.head == "" || b.head == "" {
		return false
	}
	r := sharedLex.relation(a.head, b.head, false)
	return r == relHypernym || r == relHyponym
}

// disjoint reports whether no value satisfies both quantities: "more than
// 500" and "fewer than 200", "three" and "dozens", "15:10" and "4 pm".
func disjoint(a, b quantity) bool {
	return a.hi < b.lo || b.hi < a.lo
}

// quantityCues compares the numbers, dates, times and counts of the two
// claims.
func quantityCues(a, b side) []cue {
	var out []cue
	for _, qa := range a.qs {
		var same, fits, clash *quantity
		for k := range b.qs {
			qb := &b.qs[k]
			if !sameUnit(qa, *qb) {
				continue
			}
			switch {
			case qa.month != "":
				// a month without a day agrees with any day of it
				if qa.month == qb.month && (qa.val == qb.val || qa.val < 0 || qb.val < 0) {
					same = qb
				} else if clash == nil {
					clash = qb
				}
			case qa.exact && qb.exact && qa.lo == qb.lo:
				same = qb
			case disjoint(qa, *qb):
				if clash == nil {
					clash = qb
				}
			default:
				fits = qb
			}
		}
		pa := a.c.phrase(qa.from, qa.to)
		switch {
		case same != nil:
			out = append(out, cue{rel: Agree, text: fmt.Sprintf("same facts: %q", pa)})
		case fits != nil:
			out = append(out, cue{rel: Agree, text: quote("compatible figures", pa, b.c.phrase(fits.from, fits.to))})
		case clash == nil:
		case qa.month != "" || qa.unit["#year"]:
			out = append(out, cue{rel: Contradict, text: quote("different date", pa, b.c.phrase(clash.from, clash.to))})
		case qa.time:
			out = append(out, cue{rel: Contradict, text: quote("different time", pa, b.c.phrase(clash.from, clash.to))})
		case qa.zero || clash.zero:
			out = append(out, cue{rel: Contradict, text: quote("quantity", pa, b.c.phrase(clash.from, clash.to))})
		default:
			out = append(out, cue{rel: Contradict, text: quote("different number", pa, b.c.phrase(clash.from, clash.to))})
		}
	}
	return out
}
