package compare

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// quantity is a number in a claim with what it measures: "three clear
// warnings", "5.1 percent", "a quarter of", "£2m", "an hour and a half",
// "28 April", "15:10", or a zero said in words ("no warning", "without a
// single violation"). lo and hi bound the values the claim allows: "more
// than 500" is [500, +Inf), "about 2,000" roughly [1400, 2600].
type quantity struct {
	val    float64
	lo, hi float64
	unit   map[string]bool // keys of the counted words
	head   string          // lemma of the first counted word
	// dim is a measure read apart from its words: "percent", "duration"
	// (val in hours) or "money:" and the currency ("money:pound").
	dim string
	// ofN is N of a share "one in N", whose percent is as rounded as N.
	ofN float64
	// ofWhole marks a percentage that is a share of a whole: "61 per cent
	// of its pilots", "most".
	ofWhole bool
	// per is what a rate is per: "day" in "25 million euros a day", "each"
	// in "600 euros per passenger"; "" for a total.
	per string
	// roles are the content words that say what a figure measures: those
	// next to the phrase in its clause, before and after it ("a fine of 12
	// million euros", "1.1 million pounds on fundraising"); for a length of
	// time, which measures the event its clause tells, all of the clause's.
	roles  []int
	clause [2]int // token range of the phrase's clause, inclusive
	// month is set for a date: the month ("march"), val the day, -1 if
	// none; or a day of the week ("tuesday"), which meets only the same
	// day and never clashes: two reports of one week, written on
	// different days, may name a day apart
	month string
	// timing says what a length of time measures (see timingOf): an
	// offset between events and how long a state lasted never meet.
	timing string
	// shared marks the whole a share takes a part of ("the 180 million
	// dollars" in "a third of the 180 million dollars"): the claim asserts
	// the part (see partOf), not the whole.
	shared bool
	// step is "change" for the size of a change ("rose by 300 million"),
	// "level" for where a measure came to stand ("rose to 1.2 billion",
	// "stands at 950 million"), "before" for where it stood before ("up
	// from 420 pounds"), else "": no two of them meet.
	step string
	// added marks a figure of what is added to a total ("a couple of
	// extra bays", "40 additional officers"): it meets only another such.
	added bool
	// ratio marks a term of a ratio (ratioTerm), merged what things were
	// merged into (mergedInto); andCount is the bare count "and" adds later
	// in the sentence (withEllipsis), -1 if none. quantities sets them.
	ratio, merged bool
	andCount      float64
	time          bool // a time of day; val is in hours
	// halfDay marks a time of day said without am, pm or a part of the
	// day ("three o'clock", "twenty to three"): it may be either.
	halfDay bool
	exact   bool // said as an exact figure
	zero    bool // said as "no X", "without a single X"
	only    bool // said as the one thing there was: "a single surveyor", "the only event"
	// partitive marks a zero said of a part ("none of the complaints"):
	// it presumes the whole and denies only what its clause says of it.
	partitive bool
	// ofKnown marks a count of part of a whole the reader knows ("around
	// 60 of the flats"): below a count of the whole ("all 84 flats") it is
	// no other count of the same, unless the two clauses say one thing of
	// them.
	ofKnown bool
	// derived marks a change in percent worked out from two levels ("from
	// £60 to £85"): it may meet another's figure, never clash with one.
	derived  bool
	from, to int // token range of the phrase, inclusive
	// reached marks an upper bound the figure reaches ("up to 12
	// minutes"): a ceiling below it ("no more than two minutes") clashes.
	reached bool
	// deniedAt is one past the index of the word that turns the bound
	// round ("no less than", "no customer will be more than five miles"),
	// 0 if none: cues quote the figure from there.
	deniedAt int
}

// months maps month names and their abbreviations to themselves; "may"
// only counts next to a number.
var months = set(slices.Concat(monthOrder,
	[]string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})...)

// Words before a number that make it a bound or an estimate.
var (
	lowerBounds = set("more than", "over", "above", "at least", "exceeding", "upwards of", "in excess of", "after", "since")
	upperBounds = set("fewer than", "less than", "under", "below", "at most", "up to", "no more than", "before", "until", "within",
		"as much as", "as many as", "as high as", "as long as", "as far as", "capped at", "limited to", "a maximum of",
		"no higher than", "no greater than", "nowhere near", "nowhere close to")
	// reachedBounds are the upper bounds a figure reaches: "delays of up
	// to 12 minutes" says some delays took 12 minutes.
	reachedBounds = set("up to", "as much as", "as many as", "as high as", "as long as", "as far as")
	estimates     = set("about", "around", "nearly", "almost", "approximately", "roughly", "some", "close to", "closer to", "nearer", "nearer to", "estimated", "circa", "an estimated", "shortly after", "shortly before")
	// shortOf are the estimates that fall short of their figure: "almost
	// two months" is seven weeks, not ten.
	shortOf = set("nearly", "almost", "close to", "just under", "slightly under", "a little under",
		"just below", "slightly below", "slightly less than", "a little less than", "just short of")
	// justOver are the lower bounds that stay close to their figure: "just
	// over eight minutes" is not twelve.
	justOver = set("just over", "slightly over", "a little over", "just above", "slightly above",
		"just more than", "slightly more than", "a little more than", "just after")
)

// roughRanges are numbers said as an order of magnitude or a vague few.
var roughRanges = map[string][2]float64{"dozens": {24, 99}, "scores": {40, 99}, "hundreds": {200, 999},
	"thousands": {2000, 9999}, "millions": {2e6, 9.99e8}, "billions": {2e9, 9.99e11},
	"few": {2, 6}, "couple": {2, 3}, "handful": {2, 8}, "several": {2, 9}, "pair": {2, 2}}

// clockWords after a number make it a time of day.
var clockWords = set("am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "h")

// durationHours gives the length of each unit of time in hours.
var durationHours = map[string]float64{"second": 1.0 / 3600, "minute": 1.0 / 60, "hour": 1, "day": 24,
	"week": 168, "fortnight": 336, "month": 730, "year": 8760, "decade": 87600,
	"sec": 1.0 / 3600, "secs": 1.0 / 3600, "min": 1.0 / 60, "mins": 1.0 / 60, "wk": 168, "wks": 168, "yr": 8760, "yrs": 8760}

// currencies maps the lemmas of currency words and symbols ("£" reads as
// "pound") to one name per currency.
var currencies = map[string]string{"pound": "pound", "sterling": "pound", "quid": "pound", "gbp": "pound",
	"dollar": "dollar", "usd": "dollar", "euro": "euro", "eur": "euro", "yen": "yen", "jpy": "yen"}

// gluedScales are the scale abbreviations written onto a sum of money: "£2m", "$1.5bn".
var gluedScales = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}

// fractionPercent reads a fraction word as a percent: "a quarter of" is 25 percent.
var fractionPercent = map[string]float64{"half": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25,
	"fifth": 20, "fifths": 20, "sixth": 100.0 / 6, "sixths": 100.0 / 6, "eighth": 12.5, "eighths": 12.5, "tenth": 10, "tenths": 10,
	"twentieth": 5, "twentieths": 5, "hundredth": 1, "hundredths": 1}

// vagueShares are shares said in words, as ranges of percents: "most of
// the trees", "a large share of workloads", "the vast majority of
// lectures". Each is read only before "of" or a plural noun.
var vagueShares = map[string][2]float64{
	"most": {50, 100}, "the majority": {50, 100}, "a majority": {50, 100},
	"the vast majority": {75, 100}, "the great majority": {75, 100}, "the overwhelming majority": {75, 100},
	"a minority": {0, 50}, "a small minority": {0, 25}, "a tiny minority": {0, 10},
	"almost all": {85, 100}, "nearly all": {85, 100}, "virtually all": {85, 100},
	"a large share": {25, 100}, "a large proportion": {25, 100}, "a large part": {25, 100},
	"a small share": {0, 20}, "a small proportion": {0, 20}, "a small fraction": {0, 20}, "a tiny fraction": {0, 10},
	"full share": {100, 100},
}

// vagueStarts are the first words of vagueShares.
var vagueStarts = firstWords(vagueShares)

// firstWords returns the first words of the phrases that key m.
func firstWords[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for p := range m {
		first, _, _ := strings.Cut(p, " ")
		out[first] = true
	}
	return out
}

// lowerWords returns the lower-case words of toks, joined by spaces.
func lowerWords(toks []token) string {
	ws := make([]string, len(toks))
	for k := range toks {
		ws[k] = toks[k].Lower
	}
	return strings.Join(ws, " ")
}

// vagueShare reads a share said in words at toks[i] ("most of", "a large
// share of") as a range of percents.
func vagueShare(toks []token, i int) (quantity, bool) {
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		r, ok := vagueShares[lowerWords(toks[i:i+n])]
		if !ok {
			continue
		}
		next := tokAt(toks, i+n)
		if next.Lower != "of" && !(next.content() && next.Lower != next.Lemma && !next.IsNum) {
			return quantity{}, false // "most generous", "a majority vote"
		}
		return quantity{val: (r[0] + r[1]) / 2, lo: r[0], hi: r[1], dim: "percent", head: "percent",
			unit: map[string]bool{"percent": true}, from: i, to: i + n - 1}, true
	}
	return quantity{}, false
}

// rateWords after a figure make it a rate, with what it is per.
var rateWords = map[string]string{"each": "each", "apiece": "each", "hourly": "hour", "daily": "day",
	"weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}

// perHead are the nouns of "a head", "a person": a rate per person.
var perHead = set("head", "person", "passenger", "household", "student", "worker", "capita")

// durationLeads are the words before "a day", "an hour" that make it a
// length of time ("within an hour", "for a week").
var durationLeads = set("within", "for", "in", "after", "over", "under", "than", "least", "about", "nearly",
	"almost", "around", "roughly", "some", "just", "only", "barely", "to", "up", "by", "lasted", "took",
	"last", "lasts", "lasting", "take", "takes", "taking")

// relativeWords after a length of time place it from an event: "nine days later".
var relativeWords = set("later", "ago", "earlier", "afterwards")

// lengthWords may stand between a number and its unit of time: "six
// consecutive days", "20 working days", "three full weeks".
// weekdayCounts among them count only the days of the working week.
var (
	lengthWords   = set("consecutive", "successive", "straight", "full", "whole", "clear", "working", "business", "calendar")
	weekdayCounts = set("working", "business")
)

// measureUnits are units of measure: like money, percents and lengths of
// time they do not say what they measure.
var measureUnits = set("point", "metre", "meter", "kilometre", "kilometer", "km", "mile", "hectare", "acre",
	"tonne", "ton", "kilogram", "kg", "litre", "liter", "gallon", "degree")

// baseUnit is a measure in its dimension's base unit: square metres for
// area, metres for length, kilograms for mass.
type baseUnit struct {
	dim    string
	factor float64
}

// baseUnits are the units of area, length and mass by lemma.
var baseUnits = map[string]baseUnit{"hectare": {"area", 1e4}, "acre": {"area", 4046.86},
	"metre": {"length", 1}, "meter": {"length", 1}, "kilometre": {"length", 1e3}, "kilometer": {"length", 1e3},
	"km": {"length", 1e3}, "mile": {"length", 1609.344}, "foot": {"length", 0.3048}, "feet": {"length", 0.3048},
	"ft": {"length", 0.3048}, "cm": {"length", 0.01}, "mm": {"length", 0.001}, "ha": {"area", 1e4},
	"tonne": {"mass", 1e3}, "kilogram": {"mass", 1}, "kg": {"mass", 1}, "lb": {"mass", 0.4536}, "lbs": {"mass", 0.4536}}

// inBase returns the base unit of a measure: "square metres" and "square
// miles" are areas; basis points are hundredths of percentage points.
func inBase(unit map[string]bool, head string) (baseUnit, bool) {
	if head == "point" {
		// "0.3 percentage points" is "thirty basis points"
		switch {
		case unit["basi"] || unit["basis"]:
			return baseUnit{"points", 0.01}, true
		case unit["percentag"] || unit["percentage"]:
			return baseUnit{"points", 1}, true
		}
	}
	m, ok := baseUnits[head]
	if ok && m.dim == "length" && (unit["squar"] || unit["square"]) {
		m = baseUnit{"area", m.factor * m.factor}
	}
	return m, ok
}

// clauseWords end the clause in which a figure's role is looked for.
var clauseWords = set("and", "but", "or", "while", "whereas", "which", "who", "because", "although", "though", "when", "where")

// roleSkip are content words that say how much or how exactly, not what:
// the role of a figure is looked for past them ("turnout well below 50
// percent").
var roleSkip = set("well", "barely", "nearly", "almost", "roughly", "approximately", "estimated", "around",
	"least", "total", "overall", "first", "last", "past", "next", "further", "additional", "extra",
	"full", "mere", "merely", "fully", "exactly", "precisely", "still", "far", "record", "average")

// levelVerbs say where a measure stands, or came to stand, and not what it
// measures: in "the cost has risen to 1.2 billion" and "costs stand at 950
// million" the figures measure the cost. A figure after "by" is the size of
// a change, and there the verb is its role.
var levelVerbs = set("stand", "reach", "rise", "fall", "climb", "drop", "grow", "increase", "decrease",
	"total", "amount", "hit", "remain", "come")

// delayBy reports whether the "by" before the figure at token from gives
// the length of a delay: "delayed by 40 minutes", "held up a departure
// by 35 minutes".
func delayBy(toks []token, from int) bool {
	for k := from - 2; k >= 0 && k >= from-5; k-- {
		if delayVerbs[toks[k].Lemma] {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// delayVerbs put an event back by a length of time, as lemmas.
var delayVerbs = set("delay", "hold", "postpone", "push", "set", "overrun", "slip")

// stepOf tells a figure starting at token from as the size of a change
// ("by 300 million"), a level a measure stands at ("to 1.2 billion", "at
// 950 million" or straight after a verb of level: "reached 950 million"),
// the level it stood at before ("up from 420 pounds"), or none of them.
func stepOf(toks []token, from int) string {
	k := from - 1
	for k >= 0 && roleSkip[toks[k].Lower] {
		k-- // "by almost", "at around"
	}
	switch {
	case k < 0:
		return ""
	case toks[k].Lower == "by" || addingWords[toks[k].Lower]:
		return "change" // "rose by £12", "adding around £12 a month"
	case toks[k].Lower == "of" && k > 0 && (changeNoun(&toks[k-1]) || toks[k-1].Lemma == "saving"):
		return "change" // "a rise of 6 per cent", "savings of a third"
	case levelVerbs[toks[k].Lemma]:
		return "level"
	case (toks[k].Lower == "to" || toks[k].Lower == "at" || toks[k].Lower == "from") && k > 0 && levelVerbs[toks[k-1].Lemma]:
		return "level" // "rose to", "stood at", "will fall from €42 to €30"
	case toks[k].Lower == "to" && wentUpOrDown(toks, k-1):
		return "level" // "had gone up to £3.45"
	case toks[k].Lower == "to" && broughtTo(toks, k):
		return "level" // "taking the average fee to £212 a month"
	case toks[k].Lower == "from" && k > 0 && (toks[k-1].Lower == "up" || toks[k-1].Lower == "down"),
		toks[k].Lower == "of" && upOrDownFromBefore(toks, k):
		return "before" // "28 cents, down from 32 cents", "up from a previous limit of 38mph": the level before
	}
	return ""
}

// upOrDownFromBefore reports whether "up from" or "down from" stands a few
// words before the "of" at token k, which names what the level measures:
// "up from a previous site limit of".
func upOrDownFromBefore(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-5 && toks[j].Word && !toks[j].IsNum; j-- {
		if toks[j].Lower == "from" {
			return toks[j-1].Lower == "up" || toks[j-1].Lower == "down"
		}
	}
	return false
}

// broughtTo reports whether the "to" at token k ends "taking X to",
// "bringing X to" or "lifting X to": the level X comes to stand at.
func broughtTo(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].Word; j-- {
		if bringingVerbs[toks[j].Lemma] {
			return true
		}
	}
	return false
}

// bringingVerbs take a measure to a level: "taking the total to 40".
var bringingVerbs = set("take", "bring", "lift", "push", "raise", "cut", "reduce", "lower")

// addingWords put a figure as what a change adds.
var addingWords = set("adding", "add", "adds", "added", "extra", "additional")

// changeNounAfter reports whether a word of change (changeNoun) follows
// the figure ending at token to, straight after it or after one word ("a
// 6% rise", "a 6% pay rise").
func changeNounAfter(toks []token, to int) bool {
	for k := to + 1; k < len(toks) && k <= to+2 && toks[k].Word; k++ {
		if changeNoun(&toks[k]) {
			return true
		}
	}
	return false
}

// changeNoun reports whether t names a change in amount: a word of
// changeWords, or "reduction".
func changeNoun(t *token) bool { return changeWords[t.Lemma] || t.Lemma == "reduction" }

// percentChangeAndShare reports whether of two percentages one is a change
// and the other a share of a whole ("a 6% pay rise" / "most cleaners", "an
// 11 per cent pay rise" / "61 per cent of its pilots"): the two are no
// figures of one measure.
func percentChangeAndShare(a, b quantity) bool {
	return a.step == "change" && b.ofWhole && b.step != "change" || b.step == "change" && a.ofWhole && a.step != "change"
}

// wholeShares are the words that make a share of a whole by themselves.
var wholeShares = set("most", "majority", "minority")

// wentUpOrDown reports whether toks[k] is the "up" or "down" of a verb of
// movement: "has gone up", "came down", "moved up".
func wentUpOrDown(toks []token, k int) bool {
	return k > 0 && k < len(toks) && (toks[k].Lower == "up" || toks[k].Lower == "down") && movementVerbs[toks[k-1].Lemma]
}

// movementVerbs with "up" or "down" say a measure changed: "prices went up".
var movementVerbs = set("go", "come", "move", "shoot", "edge", "creep", "put", "push", "drive", "jump")

// quantities finds the quantities of a claim, with their clauses and roles.
func quantities(toks []token) []quantity {
	var out []quantity
	for i := 0; i < len(toks); i++ {
		t, next := &toks[i], tokAt(toks, i+1)
		var q quantity
		ok := false
		share := wholeShareAt(toks, i)
		if nameNumber(toks, i) {
			continue
		}
		switch {
		case isMonth(toks, i) && (t.Name || midMonth(toks, i)) && !(i > 0 && toks[i-1].IsNum) && !next.IsNum:
			// a month alone: "in March", "until September", "mid-June";
			// or with its day before it: "the third of June"
			q, ok = quantity{month: t.Lower, val: -1, from: i, to: i}, true
			if d, at := dayOf(toks, i); d > 0 {
				q.val, q.lo, q.hi, q.from, q.exact = d, d, d, at, true
				if at >= 1 && toks[at-1].Lower == "the" {
					q.from = at - 1
				}
				bound(toks, &q)
			}
		case seasonDate(toks, i):
			// a season, read as the months it spans: "last autumn", "the
			// spring of 2022"
			q, ok = quantity{month: t.Lower, val: -1, from: i, to: i}, true
		case weekdays[t.Lower] && t.Lower != "weekend":
			// a day of the week, read as a date: "on Tuesday"
			q, ok = quantity{month: t.Lower, val: -1, from: i, to: i}, true
		case clockWordsAt(toks, i):
			q, ok = clockPhrase(toks, i), true
		case t.Lower == "the" && (next.Lower == "following" || next.Lower == "next"):
			q, ok = nextDay(toks, i)
			if !ok {
				q, ok = nextMonth(toks, i, out)
			}
		case clockOf(t):
			q, ok = clockTime(toks, i), true
		case timesWords[t.Lower] > 0:
			q, ok = timesAt(toks, i)
		case share > 0:
			q, ok = wholeShare(toks, i, share), true
		case fractionPercent[t.Lower] > 0:
			q, ok = fraction(toks, i)
			if !ok && t.IsNum {
				q, ok = number(toks, i)
			}
		case t.IsNum && fractionPercent[next.Lower] > 0 && !next.IsNum,
			t.IsNum && next.Lower == "-" && fractionPercent[tokAt(toks, i+2).Lower] > 0 && !tokAt(toks, i+2).IsNum:
			// "two thirds", "two-thirds": read at the fraction
		case t.IsNum && (t.Lower != "one" || next.content() || next.Lower == "or" && tokAt(toks, i+2).IsNum || scales[next.Lower] > 0 || oneIn(toks, i) > 0 || halfAfter(toks, i) >= 0 || numberEnd(toks, i) > i):
			q, ok = number(toks, i)
			if !ok {
				q, ok = elided(toks, i, out)
			}
			if !ok {
				q, ok = numberOfAt(toks, i)
			}
			if !ok {
				q, ok = rangedFrom(toks, i)
			}
			if !ok {
				q, ok = rangedTo(toks, i, out)
			}
		case (t.Lower == "a" || t.Lower == "one") && next.Lower == "single":
			q, ok = theOnly(toks, i+1) // "a single meeting"
		case vagueStarts[t.Lower]:
			q, ok = vagueShare(toks, i)
			if !ok && (t.Lower == "a" || t.Lower == "an") {
				q, ok = aLength(toks, i)
			}
		case t.Lower == "a" || t.Lower == "an":
			q, ok = aLength(toks, i)
		case t.Lower == "only" && i > 0 && toks[i-1].Lower == "the":
			q, ok = theOnly(toks, i)
		case t.Lower == "no" || t.Lower == "without" || t.Lower == "zero" || t.Lower == "none" ||
			t.Neg && (next.Lower == "a" || next.Lower == "one" || next.Lower == "any"):
			q, ok = zeroAt(toks, i)
		case t.Neg && next.Word && !next.Stop && (tokAt(toks, i+2).Lower == "any" || tokAt(toks, i+2).Lower == "a" && tokAt(toks, i+3).Lower == "single"):
			// "has not lost a single farm", "did not receive any warning"
			q, ok = zeroAt(toks, i+1)
		}
		if ok {
			for len(out) > 0 && out[len(out)-1].from >= q.from {
				out = out[:len(out)-1] // read again as part of a date: "the twenty-first of May"
			}
			q.partitive = q.partitive || partOfCount(toks, q)
			q.ofKnown = !q.partitive && partOfKnown(toks, q)
			out = append(out, q)
			i = max(i, q.to)
		}
	}
	out = compoundDurations(toks, out)
	out = spells(toks, out)
	for k := range out {
		speed(toks, &out[k])
		oneWay(toks, &out[k])
	}
	attach(toks, out)
	for k := range out {
		out[k].timing = timingOf(toks, out[k])
	}
	out = append(out, spans(toks, out)...)
	out = ranges(toks, out)
	out = append(out, changesBetween(toks, out)...)
	for k := 1; k < len(out); k++ {
		if packs(toks, out[k-1], out[k]) {
			out[k] = packed(out[k-1], out[k])
		}
	}
	for k := 1; k < len(out); k++ {
		if shareOf(toks, out[k-1], out[k]) {
			out[k-1], out[k].shared = partOf(out[k-1], out[k]), true
		}
	}
	for _, q := range out {
		if s, ok := partShare(toks, q); ok {
			out = append(out, s)
		}
		if q.dim == "duration" && q.per == "" && q.val > 0 && tokAt(toks, q.from-1).Lower == "every" {
			out = append(out, everyOf(q))
		}
	}
	for k := range out {
		q := &out[k]
		q.ratio, q.merged, q.andCount = ratioTerm(toks, *q), mergedInto(toks, *q), andCountAfter(toks, *q)
	}
	return out
}

// oneWay halves a distance that a round trip or a return journey covers,
// a few words before it, to the distance one way: "a round trip of more
// than fifty miles" is more than 25 miles away.
func oneWay(toks []token, q *quantity) {
	if q.dim != "length" || q.per != "" {
		return
	}
	for k := max(q.from-roundTripReach, 0); k < q.from; k++ {
		w, next := toks[k].Lower, tokAt(toks, k+1)
		if next.Surface == "-" {
			next = tokAt(toks, k+2)
		}
		if (w == "round" || w == "return") && (next.Lemma == "trip" || next.Lemma == "journey") {
			q.val, q.lo, q.hi = q.val/2, q.lo/2, q.hi/2
			return
		}
	}
}

// roundTripReach is how many words before a distance "round trip" may
// come.
const roundTripReach = 6

// compoundDurations joins a length of time and a smaller one that follows
// it, next to it or after "and" or a comma, into one length: "an hour and
// twenty minutes" is 80 minutes, "two days, six hours" 54 hours.
func compoundDurations(toks []token, qs []quantity) []quantity {
	for k := 1; k < len(qs); k++ {
		a, b := &qs[k-1], qs[k]
		gap := b.from - a.to
		if a.dim != "duration" || b.dim != "duration" || a.per != "" || b.per != "" || a.zero || b.zero ||
			durationHours[b.head] >= durationHours[a.head] ||
			gap != 1 && (gap != 2 || toks[a.to+1].Lower != "and" && toks[a.to+1].Surface != ",") {
			continue
		}
		a.val, a.lo, a.hi, a.to = a.val+b.val, a.lo+b.lo, a.hi+b.hi, b.to
		a.exact = a.exact && b.exact
		qs = append(qs[:k], qs[k+1:]...)
		k--
	}
	return qs
}

// changesBetween returns the size of each change its claim gives as two
// levels of one measure, next to each other in one clause or the level
// before after "down from" or "up from": "cut to 28 cents, down from 32
// cents" and "fell from 32 cents to 28 cents" each cut it by 4 cents.
// Years from and to ("from 2022 to 2024") change nothing.
func changesBetween(toks []token, qs []quantity) []quantity {
	var out []quantity
	for k, p := range qs {
		if !fromLevel(toks, p) {
			continue
		}
		for n, q := range qs {
			if n == k || abs(n-k) > 1 || q.clause != p.clause && p.step != "before" || !sameUnit(p, q) ||
				q.step == "change" || fromLevel(toks, q) || dated(q) || dated(p) || q.time || q.dim == "percent" {
				continue
			}
			d := quantity{val: math.Abs(p.val - q.val), unit: p.unit, head: p.head, dim: p.dim, per: p.per, step: "change", derived: true,
				exact: p.exact && q.exact, from: min(p.from, q.from), to: max(p.to, q.to), clause: p.clause, roles: q.roles}
			d.lo, d.hi = d.val, d.val
			if !d.exact {
				d.lo, d.hi = d.val*0.8, d.val*1.2
			}
			out = append(out, d)
			if p.val > 0 && d.val > 0 {
				// the same change in percent of where it started: "from
				// £60 to £85" is a rise of about 42 per cent
				pc := 100 * d.val / p.val
				out = append(out, quantity{val: pc, lo: pc - 0.5, hi: pc + 0.5, dim: "percent", head: "percent",
					unit: map[string]bool{"percent": true}, step: "change", derived: true, from: d.from, to: d.to, clause: p.clause, roles: q.roles})
			}
			break
		}
	}
	return out
}

// fromLevel reports whether q is where a measure stood before a change:
// "from 32 cents", "down from 32 cents".
func fromLevel(toks []token, q quantity) bool {
	return q.step == "before" || tokAt(toks, q.from-1).Lower == "from" && q.val > 0
}

// speed reads a length an hour ("20 miles an hour", "11 km/h", "80
// kilometres per hour") or a figure in "mph", "kph" or "knots" as a speed
// in metres an hour, so that "11 km/h" and "around 20 miles an hour" are
// two speeds, not two distances.
func speed(toks []token, q *quantity) {
	switch {
	case q.dim == "length" && q.per == "hour":
	case q.dim == "length" && q.per == "" && tokAt(toks, q.to+1).Surface == "/" && hourUnits[tokAt(toks, q.to+2).Lower]:
		q.to += 2 // "11 km/h"
	case q.dim == "" && speedUnits[q.head] > 0:
		m := speedUnits[q.head]
		q.val, q.lo, q.hi = q.val*m, q.lo*m, q.hi*m
	default:
		return
	}
	q.dim, q.per, q.head, q.unit = "speed", "", "speed", map[string]bool{"speed": true}
}

// hourUnits write an hour after a slash: "km/h".
var hourUnits = set("h", "hr", "hour")

// speedUnits are the units of speed written as one word, in metres an hour.
var speedUnits = map[string]float64{"mph": baseUnits["mile"].factor, "kph": baseUnits["km"].factor,
	"kmh": baseUnits["km"].factor, "knot": 1852, "knots": 1852}

// partShare returns the share a count of part of a whole it numbers
// takes, as a percent rounded as the whole is: "6 of the 12 planned buoys"
// is half of them, as "half of the buoys" says.
func partShare(toks []token, q quantity) (quantity, bool) {
	if !q.partitive || q.zero || q.dim != "" || q.val <= 0 {
		return quantity{}, false
	}
	j := wholeOf(toks, q)
	if j < 0 || toks[j].Num <= q.val {
		return quantity{}, false
	}
	n := toks[j].Num
	s := q
	s.val, s.lo, s.hi = 100*q.val/n, 100*q.lo/(n+0.5), 100*q.hi/(n-0.5)
	s.dim, s.head, s.unit, s.ofN, s.partitive, s.ofKnown, s.exact = "percent", "percent", map[string]bool{"percent": true}, n, false, false, false
	// the share is "6 of the 12"; what it is a share of, the counted
	// things, measures it
	s.to, s.roles = j, nil
	for k := j + 1; k <= q.to; k++ {
		if toks[k].content() {
			s.roles = append(s.roles, k)
		}
	}
	s.roles = append(s.roles, q.roles...)
	return s, true
}

// spells reads a count of spells of one length ("two full eight-hour
// shifts", "three 12-hour days") as the time they take together, which may
// also be told as the length of one: "sixteen hours" and "eight-hour
// shifts" both fit. The count itself is then no figure of its own.
func spells(toks []token, out []quantity) []quantity {
	for k, q := range out {
		if q.dim != "duration" || q.to != q.from+2 || toks[q.from+1].Surface != "-" || !tokAt(toks, q.to+1).content() {
			continue
		}
		n := q.from - 1
		for n >= 0 && q.from-n <= 2 && spellWords[toks[n].Lower] {
			n-- // "two full eight-hour shifts"
		}
		if n < 0 || !toks[n].IsNum || toks[n].Num < 2 || toks[n].Num > 50 || toks[n].Num != math.Trunc(toks[n].Num) {
			continue
		}
		each := q.val
		out[k].lo, out[k].hi, out[k].from = each, toks[n].Num*each, n
		return slices.DeleteFunc(out, func(c quantity) bool { return c.from == n && c.to < q.from })
	}
	return out
}

// spellWords may stand between a count of spells and their length.
var spellWords = set("full", "whole", "consecutive", "successive", "straight", "separate", "further", "additional", "extra")

// packs reports whether count a of containers holds figure b of things
// each: "1,500 cases of twelve bottles", "300 boxes of 50 masks". Then b
// counts the things in one container only.
func packs(toks []token, a, b quantity) bool {
	plain := func(q quantity) bool {
		return q.head != "" && q.dim == "" && q.month == "" && !q.time && !q.zero && q.per == "" && q.ofN == 0 && q.step == ""
	}
	return plain(a) && plain(b) && b.from == a.to+2 && toks[a.to+1].Lower == "of" && a.head != b.head
}

// packed is figure b of things each in a containers (see packs) read as the
// count of all the things: "1,500 cases of twelve bottles" is 18,000
// bottles.
func packed(a, b quantity) quantity {
	b.val, b.lo, b.hi = a.val*b.val, a.lo*b.lo, a.hi*b.hi
	b.exact = a.exact && b.exact
	b.from = a.from
	return b
}

// timingOf says what a length of time measures, where its words say:
// "offset" for the time from one event to a later one ("six hours after
// the containers went overboard"), "earlier" for the time back to an
// earlier one ("two days before", "a week ago"), "lasting" for how long
// a state went on ("operated for 26 years"), "window" for the span a
// superlative ranks within ("the highest in a decade", "the first time in
// 26 years") or things are counted in ("within a 12-month period", "in
// the twelve months to March"),
// "notice" for the warning someone was given ("three days' notice"); ""
// otherwise.
func timingOf(toks []token, q quantity) string {
	if q.dim != "duration" {
		return ""
	}
	n := q.to + 1
	if n < len(toks) && pluralPossessive(toks, n) {
		n++ // "three days' notice"
	}
	if tokAt(toks, n).Lower == "written" {
		n++
	}
	if noticeWords[tokAt(toks, n).Lower] {
		return "notice" // "a week's notice", "48 hours' warning", "60 days' written notice"
	}
	if w := tokAt(toks, q.from-1).Lower; w == "every" || w == "each" {
		return "interval" // "an inspection every three months" recurs; it lasts no three months
	}
	if (forBefore(toks, q.from) || lastedBefore(toks, q.from)) && !offsetWords[toks[q.to].Lower] {
		// "for at least nine days before it was taken down", "for only
		// nine days before", "lasted about forty minutes before"
		return "lasting"
	}
	if w := toks[q.to].Lower; offsetWords[w] || offsetWords[tokAt(toks, q.to+1).Lower] {
		if earlierWords[w] || earlierWords[tokAt(toks, q.to+1).Lower] {
			return "earlier"
		}
		return "offset"
	}
	if tookToArrive(toks, q) {
		return "offset" // "it took forty minutes for the first car to arrive"
	}
	if w := tokAt(toks, q.to+1).Lower; (w == "to" || w == "ending" || w == "until") && isMonth(toks, q.to+2) {
		// "in the twelve months to March": the span a figure is counted
		// in, as a company or a regulator reports it
		return "window"
	}
	if p := tokAt(toks, q.from-2).Lower; periodNouns[tokAt(toks, q.to+1).Lemma] && (p == "within" || p == "in") {
		// "three failures within a 12-month period"; not "consulted over
		// a twelve-week period", which lasted that long
		return "window"
	}
	if q.from > 0 && windowWords[toks[q.from-1].Lower] {
		for j := q.from - 2; j >= 0 && j >= q.from-5 && toks[j].Word; j-- {
			if superlative(&toks[j]) {
				return "window"
			}
		}
	}
	if forBefore(toks, q.from) {
		return "lasting"
	}
	return ""
}

// tookToArrive reports whether length of time q is how long something took
// to come or answer, from a "take" just before it to an arriving verb
// after it: "took almost forty minutes for the first police car to
// arrive", "took more than two months to reply". That is the time from
// one event to another, as "eleven minutes later" is.
func tookToArrive(toks []token, q quantity) bool {
	took := false
	for k := q.from - 1; k >= 0 && k >= q.from-3; k-- {
		if toks[k].Lemma == "take" {
			took = true
		}
	}
	if !took {
		return false
	}
	for k := q.to + 1; k < len(toks) && k <= q.to+arriveReach; k++ {
		if toks[k].Lower == "to" && arrivalVerbs[tokAt(toks, k+1).Lemma] {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// arrivalVerbs come or answer, as lemmas; arriveReach is how many words
// after the length of time the arriving verb may come.
var arrivalVerbs = set("arrive", "reach", "respond", "reply", "answer", "attend", "come", "appear", "get", "turn")

const arriveReach = 8

// advance reads the notice of an event as the time back to it: "48 hours
// before the room shut" and "barely a day's warning" measure one thing.
func advance(timing string) string {
	if timing == "notice" {
		return "earlier"
	}
	return timing
}

// noticeWords, after a length of time, make it the notice someone was
// given of an event.
var noticeWords = set("notice", "warning", "notification")

// forBefore reports whether "for" opens the length of time at token k,
// past a word that says it was short: "for nine days", "for only nine
// days".
func forBefore(toks []token, k int) bool {
	if k > 1 && (toks[k-1].Lower == "only" || toks[k-1].Lower == "just" || toks[k-1].Lower == "barely") {
		k--
	}
	return k > 0 && toks[k-1].Lower == "for"
}

// lastedBefore reports whether a form of "last" opens the length of time
// at token k, past words that bound or round it: "lasted about forty
// minutes", "lasts less than an hour".
func lastedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := toks[j].Lower; {
		case w == "lasted" || w == "lasts" || w == "lasting":
			return true
		case !boundWords[w]:
			return false
		}
	}
	return false
}

// periodNouns after a length of time make it a span things are counted
// in: "a 12-month period", "a 24-hour window".
var periodNouns = set("period", "window", "span", "timeframe", "stretch")

// windowWords open the span a superlative ranks within.
var windowWords = set("in", "for", "over")

// superlative reports whether t ranks something first or last: "highest",
// "worst", "first", "most".
func superlative(t *token) bool {
	switch t.Lower {
	case "first", "last", "most", "least", "best", "worst":
		return true
	}
	return len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "est") && t.Lemma != t.Lower
}

// offsetWords after a length of time make it the time between two events.
var offsetWords = set("later", "ago", "earlier", "afterwards", "after", "before")

// earlierWords put an offset before the event it is counted from: "two
// days before the ship set sail" is no "two days later".
var earlierWords = set("ago", "earlier", "before")

// partOf returns the part share p takes of whole q, in q's unit: "a third
// of the 180 million dollars" is about 60 million dollars.
func partOf(p, q quantity) quantity {
	part := q
	part.val, part.lo, part.hi = q.val*p.val/100, q.lo*p.lo/100, q.hi*p.hi/100
	part.exact = false
	part.from = p.from
	return part
}

// shareOf reports whether q is the whole a share p takes a part of: "a
// third of the 180 million dollars", "30 percent of its 2 million".
func shareOf(toks []token, p, q quantity) bool {
	if p.dim != "percent" || p.to >= q.from || dated(q) || q.time || q.dim == "percent" {
		return false // "the second half of 2026"
	}
	of := false
	for j := p.to + 1; j < q.from; j++ {
		switch toks[j].Lower {
		case "of":
			of = true
		case "the", "its", "their", "our", "his", "her", "this", "that":
		default:
			if !possessive(&toks[j]) {
				return false // not "a third of the council's 90 staff"
			}
		}
	}
	return of
}

// tokAt returns toks[k], or an empty token when k is out of range.
func tokAt(toks []token, k int) *token {
	if k >= 0 && k < len(toks) {
		return &toks[k]
	}
	return &token{}
}

// zeroAt reads the zero that the negation toks[i] says of the words after
// it: "no warning", "without a single day".
func zeroAt(toks []token, i int) (quantity, bool) {
	j := i + 1
	for j < len(toks) && j <= i+3 && (toks[j].Stop || toks[j].Lower == "single" || toks[j].Lower == "one" || toks[j].Lower == "any" || toks[j].Lower == "of") {
		j++
	}
	if j >= len(toks) || j > i+3 || !toks[j].content() {
		return quantity{}, false
	}
	unit, head, to := unitAfter(toks, j-1)
	if len(unit) == 0 {
		return quantity{}, false
	}
	q := quantity{unit: unit, head: head, zero: true, exact: true, from: i, to: to,
		partitive: toks[i].Lower == "none" && tokAt(toks, i+1).Lower == "of"}
	if durationHours[head] > 0 {
		q.dim = "duration"
	} else if c := currencies[head]; c != "" {
		q.dim = "money:" + c
	}
	return q, true
}

// plural reports whether t is a plural noun by its form: an inflected word
// ending in "s" ("meetings", not "meeting", which lemmatises to "meet"), in
// "men" ("fishermen") or "children".
func plural(t *token) bool {
	return t.Lower != t.Lemma && (strings.HasSuffix(t.Lower, "s") || strings.HasSuffix(t.Lower, "men") && strings.HasSuffix(t.Lemma, "man") ||
		t.Lower == "children")
}

// clockWordsAt reports whether toks[i] starts a time of day in words:
// "half past ten", "quarter to five", "a quarter past nine",
// "quarter-past-three"; not "from five to two", a change or a span.
func clockWordsAt(toks []token, i int) bool {
	at, ok := clockWordIndexes(toks, i)
	if !ok {
		return false
	}
	t, rel, n := &toks[at[0]], &toks[at[1]], &toks[at[2]]
	past, to := rel.Lower == "past", rel.Lower == "to"
	named := dayTimes[n.Lower] > 0 // "twenty to midnight", "quarter past noon"
	words := minuteWords[t.Lower] && (named || n.IsNum && !unicode.IsDigit([]rune(n.Lower)[0]))
	if words && to && (tokAt(toks, at[0]-1).Lower == "from" || tokAt(toks, at[0]-1).Lower == "between") {
		return false // "cut from five to two" runs from one figure to another
	}
	return (t.Lower == "half" && past || t.Lower == "quarter" && (past || to) || words && (past || to)) &&
		(named || n.IsNum && n.Num >= 1 && n.Num <= 12 && n.Num == math.Trunc(n.Num))
}

// clockWordIndexes returns the indexes of the three words of a time of day
// in words from toks[i] ("quarter", "past", "three"), after an "a" and
// across hyphens.
func clockWordIndexes(toks []token, i int) ([3]int, bool) {
	var at [3]int
	if i < len(toks) && toks[i].Lower == "a" {
		i++
	}
	for k := range at {
		if k > 0 && i < len(toks) && toks[i].Surface == "-" {
			i++
		}
		if i >= len(toks) {
			return at, false
		}
		at[k] = i
		i++
	}
	return at, true
}

// minuteWords say minutes before or after an hour in words: "twenty to
// three", "ten past six".
var minuteWords = set("five", "ten", "twenty")

// clockPhrase reads the time of day in words at toks[i], which
// clockWordsAt accepts, in hours: "half past ten" is 10.5, as "10:30" is;
// "pm" or "in the afternoon" after it puts it after noon.
func clockPhrase(toks []token, i int) quantity {
	at, _ := clockWordIndexes(toks, i)
	t, last := &toks[at[0]], at[2]
	h, m := toks[last].Num, 0.25
	named := dayTimes[toks[last].Lower]
	if named > 0 {
		h = named
	}
	switch {
	case t.Lower == "half":
		m = 0.5
	case t.Lower != "quarter":
		m = t.Num / 60
	}
	if toks[at[1]].Lower == "to" {
		m = -m
	}
	h += m
	q := quantity{val: h, lo: h, hi: h, time: true, exact: true, from: i, to: last}
	if named > 0 {
		return q // noon and midnight need no am or pm
	}
	w := strings.ReplaceAll(tokAt(toks, last+1).Lower, ".", "")
	if clockWords[w] {
		q.to = last + 1
	}
	setHalfDay(&q, strings.HasPrefix(w, "p") || afterNoon(toks, q.to+1), w == "am" || beforeNoon(toks, q.to+1))
	return q
}

// setHalfDay sets the half of the day of a time q said with twelve hours:
// after noon when pm, before when am, either when neither is said.
func setHalfDay(q *quantity, pm, am bool) {
	switch {
	case pm && q.val < 12:
		q.val, q.lo, q.hi = q.val+12, q.val+12, q.val+12
	case !pm && !am && q.val > 0 && q.val < 13: // "a quarter to one" (0.75) may be 12.45pm
		q.halfDay = true
	}
}

// onClock returns time of day q on a twelve-hour clock.
func onClock(q quantity) quantity {
	d := 12 * math.Floor(q.val/12)
	q.val, q.lo, q.hi = q.val-d, q.lo-d, q.hi-d
	return q
}

// partOfDayAfter returns the part of the day said right after a whole
// number from 1 to 12 at toks[i], which makes it a time of day: "morning",
// "afternoon" or "evening" in "four in the morning", "night" in "ten at
// night"; else "".
func partOfDayAfter(toks []token, i int) string {
	n := toks[i].Num
	if n < 1 || n > 12 || n != math.Trunc(n) || strings.ContainsAny(toks[i].Lower, ".,") {
		return ""
	}
	switch p := tokAt(toks, i+3).Lower; {
	case tokAt(toks, i+1).Lower == "in" && tokAt(toks, i+2).Lower == "the" && (p == "morning" || p == "afternoon" || p == "evening"):
		return p
	case tokAt(toks, i+1).Lower == "at" && tokAt(toks, i+2).Lower == "night":
		return "night"
	}
	return ""
}

// beforeNoon reports whether the words from toks[j] put a time of day
// before noon: "in the morning", "on Monday morning", "in the early hours".
func beforeNoon(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+3; k++ {
		switch toks[k].Lower {
		case "morning", "early", "dawn":
			return true
		}
	}
	return false
}

// clockTime reads the time of day in one token at toks[i], which clockOf
// accepts, with the bound the words before it set ("about 3am").
func clockTime(toks []token, i int) quantity {
	h, _ := clockHours(&toks[i])
	q := quantity{val: h, lo: h, hi: h, time: true, exact: true, from: i, to: i}
	bound(toks, &q)
	return q
}

// clockOf reports whether t is a time of day in one token: "6am", "noon".
func clockOf(t *token) bool {
	_, ok := clockHours(t)
	return ok
}

// dayTimes are times of day said in one word, in hours.
var dayTimes = map[string]float64{"noon": 12, "midday": 12, "midnight": 24}

// clockHours reads a time of day glued to its am or pm ("6am", "2.40pm",
// "11.15pm") or said in one word ("noon"), in hours.
func clockHours(t *token) (float64, bool) {
	if h, ok := dayTimes[t.Lower]; ok {
		return h, true
	}
	l := t.Lower
	if !t.IsNum || !(strings.HasSuffix(l, "am") || strings.HasSuffix(l, "pm")) || !unicode.IsDigit([]rune(l)[0]) {
		return 0, false
	}
	h := math.Trunc(t.Num)
	if h < 1 || h > 12 {
		return 0, false
	}
	if _, mm, ok := strings.Cut(strings.TrimRight(l, "apm"), "."); ok {
		v, err := strconv.Atoi(mm)
		if err != nil || len(mm) != 2 || v >= 60 {
			return 0, false
		}
		h += float64(v) / 60
	} else if strings.Contains(l, ":") {
		h = t.Num // parseNumber read the minutes
	}
	if strings.HasSuffix(l, "pm") && h < 12 {
		h += 12
	}
	if strings.HasSuffix(l, "am") && h >= 12 {
		h -= 12
	}
	return h, true
}

// afterNoon reports whether the words from toks[j] put a time of day after
// noon: "in the afternoon", "in the evening", "at night".
func afterNoon(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		switch toks[k].Lower {
		case "afternoon", "evening", "night", "tonight":
			return true
		}
	}
	return false
}

// theOnly reads "the only X" or "a single X" at toks[i] ("only",
// "single") as one X, when X is a singular noun: "the only consultation
// event".
func theOnly(toks []token, i int) (quantity, bool) {
	unit, head, to := unitAfter(toks, i)
	if len(unit) == 0 || plural(&toks[to]) || currencies[head] != "" || durationHours[head] > 0 {
		return quantity{}, false
	}
	return quantity{val: 1, lo: 1, hi: 1, unit: unit, head: head, exact: true, only: true, from: i - 1, to: to}, true
}

// spans reads, from two times of day in qs, the length of time between
// them: "from 11am to 5pm" lasted six hours, "between 9pm and 1am" four.
func spans(toks []token, qs []quantity) []quantity {
	var out []quantity
	for k := 0; k+1 < len(qs); k++ {
		a, b := qs[k], qs[k+1]
		if !a.time || !b.time || !spanLeads[tokAt(toks, a.from-1).Lower] || b.from != a.to+2 || !spanLinks[tokAt(toks, a.to+1).Lower] {
			continue
		}
		twelve := a.halfDay || b.halfDay
		if twelve {
			// "half past eleven" may be at night: the span is the shorter
			a, b = onClock(a), onClock(b)
		}
		q := quantity{val: clockGap(a.val, b.val, twelve), lo: clockGap(a.hi, b.lo, twelve), hi: clockGap(a.lo, b.hi, twelve), exact: a.exact && b.exact,
			dim: "duration", head: "hour", unit: map[string]bool{"hour": true}, timing: "lasting",
			from: a.from - 1, to: b.to, roles: a.roles, clause: a.clause}
		out = append(out, q)
	}
	return out
}

// ranges joins two figures of one unit that a claim gives as the ends of
// a range into one figure that spans them: "between £4,000 and £7,000",
// "ranged from £6,500 to £11,000"; not "fell from £94 to £41", a change.
func ranges(toks []token, qs []quantity) []quantity {
	for k := 0; k+1 < len(qs); k++ {
		a, b := qs[k], qs[k+1]
		lead, link := tokAt(toks, a.from-1).Lower, tokAt(toks, a.to+1).Lower
		ranged := lead == "between" && link == "and" || lead == "from" && link == "to" && rangeWords[tokAt(toks, a.from-2).Lemma]
		if !ranged || b.from != a.to+2 || a.time || b.time || dated(a) || dated(b) || !sameUnit(a, b) || a.hi > b.lo || a.zero || b.zero {
			continue
		}
		qs = append(qs[:k], append([]quantity{spanning(a, b, a.from-1)}, qs[k+2:]...)...)
	}
	return qs
}

// rangeWords say that figures from one to another are a range, not a
// change: "prices ranged from £6,500 to £11,000".
var rangeWords = set("range", "vary", "run")

// spanLeads open a span of time; spanLinks join its two ends.
var (
	spanLeads = set("from", "between")
	spanLinks = set("to", "until", "till", "and")
)

// clockGap returns the hours from time of day a to time of day b, past
// midnight if b is earlier, or on a twelve-hour clock past noon.
func clockGap(a, b float64, twelve bool) float64 {
	if twelve && b < a {
		b += 12
	}
	if b < a {
		b += 24
	}
	return b - a
}

// timesWords count occasions in one word.
var timesWords = map[string]float64{"once": 1, "twice": 2, "thrice": 3}

// everyOf reads a length of time after "every" as how many times a year it
// comes round, besides the interval it is: "every six months" is twice a
// year, as "twice a year" says.
func everyOf(q quantity) quantity {
	n := math.Round(durationHours["year"]/q.val*100) / 100
	return quantity{val: n, lo: n, hi: n, unit: map[string]bool{"time": true}, head: "time", exact: q.exact,
		per: "year", from: q.from - 1, to: q.to, roles: q.roles, clause: q.clause}
}

// timesAt reads "twice a day", "once a week" at toks[i] as a count of
// times with its rate, like "three times a day"; "once" only with a rate
// or as an adverb of its own ("had been interviewed only once", "met
// once in March"), not as the conjunction ("once the work is done").
func timesAt(toks []token, i int) (quantity, bool) {
	n := timesWords[toks[i].Lower]
	q := quantity{val: n, lo: n, hi: n, unit: map[string]bool{"time": true}, head: "time", exact: true, from: i, to: i}
	q.per, q.to = rate(toks, i, false)
	if q.per == "" && n == 1 && !onceCounted(toks, i) {
		return quantity{}, false
	}
	return q, true
}

// onceCounted reports whether the "once" at toks[i] counts an occasion: a
// bound or "only" before it ("only once", "more than once"), or nothing
// but the end of its clause or a phrase of time or place after it
// ("interviewed once.", "met once in March").
func onceCounted(toks []token, i int) bool {
	if onceBounds[tokAt(toks, i-1).Lower] {
		return true
	}
	next := tokAt(toks, i+1)
	return i+1 >= len(toks) || clauseEnd(next) || onceTimes[next.Lower] ||
		next.Lower == "in" && (tokAt(toks, i+2).IsNum || isMonth(toks, i+2))
}

// onceBounds before "once" make it a count; onceTimes after it, opening a
// phrase of time, leave it one ("once in March" too, not "once in power").
var (
	onceBounds = set("only", "just", "exactly", "than", "least")
	onceTimes  = set("since", "during", "last", "this", "over", "between", "before", "previously")
)

// elided reads a figure with no noun of its own, the subject of a verb
// ("Four passengers died and 17 were injured", "Of the thirty homes
// inspected in May, twelve did not meet the standard"), as a count of
// what the last count before it in the claim counts; dates and times
// between them count nothing.
func elided(toks []token, i int, before []quantity) (quantity, bool) {
	if !finiteVerbs[tokAt(toks, i+1).Lower] || toks[i].Num != math.Trunc(toks[i].Num) || tokAt(toks, i-1).content() {
		// a figure after a word of its own names what that word labels:
		// "pupils in Year 11 are affected"
		return quantity{}, false
	}
	for k := len(before) - 1; k >= 0; k-- {
		p := before[k]
		if p.month != "" || p.time || dated(p) {
			continue
		}
		if p.head == "" || p.dim != "" || p.zero || p.per != "" {
			return quantity{}, false
		}
		return halved(toks, figureLike(p, toks[i].Num, i)), true
	}
	return quantity{}, false
}

// rangedFrom reads a figure with no noun of its own before "to" and a
// figure with one, as a figure of what that one measures: as where a
// change starts after "from" ("cut from 80 to 62 buses", "rose from 1.2
// to 1.5 million euros"), else as the low end of a range that runs to it
// ("savings of 25 to 35 per cent", "between 40 and 60 staff", "eleven or
// twelve hours").
func rangedFrom(toks []token, i int) (quantity, bool) {
	prev, next := tokAt(toks, i-1).Lower, tokAt(toks, i+1).Lower
	if !(next == "to" || next == "or" || next == "and" && prev == "between") || !tokAt(toks, i+2).IsNum || tokAt(toks, i+2).Num == 0 {
		return quantity{}, false
	}
	to, ok := number(toks, i+2)
	if !ok || to.month != "" || to.time || dated(to) {
		return quantity{}, false
	}
	n := toks[i].Num * to.val / toks[i+2].Num // the scale word counts for both: "from 1.2 to 1.5 million"
	if prev == "from" {
		return figureLike(to, n, i), true
	}
	if n >= to.val {
		return quantity{}, false
	}
	from := i
	if prev == "between" {
		from = i - 1
	}
	return spanning(quantity{val: n, lo: n}, to, from), true
}

// rangedTo reads a figure with no noun of its own after "from", a figure
// with one and "to" as where that change ends, in the same unit: "cut the
// allowance from seven pounds to five".
func rangedTo(toks []token, i int, before []quantity) (quantity, bool) {
	if len(before) == 0 || tokAt(toks, i-1).Lower != "to" {
		return quantity{}, false
	}
	p := before[len(before)-1]
	if p.to != i-2 || tokAt(toks, p.from-1).Lower != "from" || p.month != "" || p.time || dated(p) || p.head == "" {
		return quantity{}, false
	}
	return halved(toks, figureLike(p, toks[i].Num, i)), true
}

// halved adds the "and a half" after a figure with no unit of its own to
// it, where it is a count, a share or a sum: "from 22 per cent to
// twenty-seven and a half".
func halved(toks []token, q quantity) quantity {
	if k := halfAfter(toks, numberEnd(toks, q.to)); k >= 0 && (q.dim == "" || q.dim == "percent" || strings.HasPrefix(q.dim, "money:")) {
		q.val += 0.5
		q.lo, q.hi, q.to = q.val, q.val, k
	}
	return q
}

// figureLike returns the exact figure n, said at token i, of what like
// measures: its unit, dimension and rate.
func figureLike(like quantity, n float64, i int) quantity {
	return quantity{val: n, lo: n, hi: n, exact: true, unit: like.unit, head: like.head, dim: like.dim, per: like.per, from: i, to: i}
}

// spanning returns the figure of a range from lo to hi, its words starting
// at token from: hi's unit and rate, lo's low end and hi's high end.
func spanning(lo, hi quantity, from int) quantity {
	hi.val, hi.lo, hi.exact, hi.from = (lo.val+hi.val)/2, lo.lo, false, from
	return hi
}

// numberOfAt reads a figure with no noun of its own that "the number of"
// things in its clause is said to be, stand at or reach, as a count of
// them: "the number of pups born on the beach was closer to 40".
func numberOfAt(toks []token, i int) (quantity, bool) {
	if yearLike(&toks[i]) || toks[i].Num != math.Trunc(toks[i].Num) {
		return quantity{}, false
	}
	verb := false
	for k := i - 1; k >= 2 && k >= i-16; k-- {
		t := &toks[k]
		if !t.Word || t.IsNum {
			return quantity{}, false
		}
		if finiteBe[t.Lower] || t.Lower == "be" || levelVerbs[t.Lemma] {
			verb = true
		}
		if t.Lower == "of" && toks[k-1].Lower == "number" && toks[k-2].Lower == "the" && verb {
			n := k + 1
			if n >= i || !toks[n].content() || toks[n].IsNum {
				return quantity{}, false
			}
			q := quantity{val: toks[i].Num, lo: toks[i].Num, hi: toks[i].Num, exact: true,
				unit: map[string]bool{toks[n].Key: true}, head: toks[n].Lemma, from: i, to: i}
			bound(toks, &q)
			return q, true
		}
	}
	return quantity{}, false
}

// finiteVerbs are the forms of "be", "have" and "do" and the modals that
// open a predicate.
var finiteVerbs = union(finiteBe, set("has", "have", "had", "did", "do", "does", "will", "would", "could", "can", "may", "might", "must", "should"))

// number reads the quantity whose number is toks[i]: a date, a time of day
// or a measure, with the bounds the words before it set.
func number(toks []token, i int) (quantity, bool) {
	t := &toks[i]
	q := quantity{val: t.Num, from: i, to: i, exact: true}
	part := partOfDayAfter(toks, i)
	switch {
	case i > 0 && months[toks[i-1].Lower] && toks[i-1].Name:
		q.month, q.from = toks[i-1].Lower, i-1
		if t.Num > 31 {
			q.val, q.exact = -1, false // "November 2023": a month, any day of it
		}
	case i+1 < len(toks) && months[toks[i+1].Lower]:
		q.month, q.to = toks[i+1].Lower, i+1
		if i >= 2 && dayRange[toks[i-1].Lower] && toks[i-2].IsNum && toks[i-2].Num >= 1 && toks[i-2].Num < t.Num {
			// "between 9 and 11 November", "12-13 August": days of a
			// span, which meets any day of the month
			q.val, q.exact, q.from = -1, false, i-2
		}
	case strings.Contains(t.Lower, ":") || i+1 < len(toks) && clockWords[strings.ReplaceAll(toks[i+1].Lower, ".", "")]:
		q.time = true
		if w := strings.ReplaceAll(tokAt(toks, i+1).Lower, ".", ""); clockWords[w] {
			q.to = i + 1
			if _, mm, ok := strings.Cut(t.Lower, "."); ok && len(mm) == 2 {
				q.val = math.Trunc(t.Num) + (t.Num-math.Trunc(t.Num))*100/60 // "6.30 pm"
			}
			if w == "am" || w == "pm" || w == "o'clock" {
				setHalfDay(&q, w == "pm" || afterNoon(toks, i+2), w == "am" || beforeNoon(toks, i+2))
			}
		}
	case part != "":
		// "shortly after four in the morning", "ten at night"
		q.time = true
		q.to = i + 3
		if part == "night" {
			q.to = i + 2
		}
		pm := part == "afternoon" || part == "evening" || part == "night" && t.Num >= 6
		setHalfDay(&q, pm, !pm)
	default:
		if !measure(toks, i, &q) {
			return q, false
		}
	}
	q.lo, q.hi = q.val, q.val
	monthSpread(&q)
	if q.dim == "duration" && q.head == "day" && slices.ContainsFunc(toks[q.from:q.to], func(t token) bool { return weekdayCounts[t.Lower] }) {
		// working days are a week's five, give or take the holidays
		// among them
		q.lo, q.hi, q.exact = q.val-48, q.val+48, false
	}
	if h := durationHours[q.head]; h > 0 && q.dim == "duration" && halfAfter(toks, i) >= 0 {
		// "two and a half weeks" is rounded to the half week: 17 days fits
		q.lo, q.hi, q.exact = q.val-h/4, q.val+h/4, false
	}
	if q.ofN > 0 {
		q.lo, q.hi, q.exact = 100*t.Num/(q.ofN+0.5), 100*t.Num/(q.ofN-0.5), false
	}
	if m, ok := baseUnits[q.head]; ok && m.factor != 1 && q.dim != "" {
		// a converted figure was rounded in its own unit: "12 miles" is "19 km"
		q.lo, q.hi = q.val*0.97, q.val*1.03
	}
	if r, ok := roughRanges[t.Lower]; ok {
		// the unit's and the scale's factor: "hundreds of years",
		// "several hundred people"
		f := q.val / roughBase(t.Lower)
		q.lo, q.hi, q.exact = r[0]*f, r[1]*f, false
		if i >= 2 && q.from == i && toks[i-1].Lower == "of" && roughTimes[toks[i-2].Lower] > 0 && toks[i-2].Stop {
			q.from = i - 2 // "tens of thousands"
		}
	}
	if r, ok := roughRanges[tokAt(toks, i-2).Lower]; ok && i >= 2 && q.from == i && scales[t.Lower] > 0 && toks[i-1].Lower == "of" {
		// "a couple of thousand bags" is two or three thousand, not one
		q.lo, q.hi, q.exact = r[0]*q.val, r[1]*q.val, false
		q.val, q.from = (q.lo+q.hi)/2, i-2
		if i >= 3 && (toks[i-3].Lower == "a" || toks[i-3].Lower == "an") {
			q.from = i - 3
		}
	}
	if i > 0 && q.from == i && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an") && !unicode.IsDigit([]rune(t.Lower)[0]) {
		q.from = i - 1 // "a hundred years", "a dozen"
	}
	bound(toks, &q)
	if q.dim == "" && plusAt(toks, numberEnd(toks, i)) > 0 {
		q.lo, q.hi, q.exact = q.val, math.Inf(1), false
	}
	return q, true
}

// plusAt returns the index of "plus" right after the number ending at
// toks[j], hyphenated or not, when a word follows it that it counts ("the
// 160-plus people"), or -1: not a sum ("160 plus 20").
func plusAt(toks []token, j int) int {
	k := j + 1
	if tokAt(toks, k).Surface == "-" {
		k++
	}
	if tokAt(toks, k).Lower != "plus" || !tokAt(toks, k+1).content() || tokAt(toks, k+1).IsNum {
		return -1
	}
	return k
}

// measure reads what the number at toks[i] measures into q (whose val is
// the number's): its scale words, currency, unit of time, percent or
// counted words, and the rate after them. It reports false when it finds
// no unit, or a scale abbreviation ("10m") with neither a currency nor a
// plural count.
func measure(toks []token, i int, q *quantity) bool {
	t := &toks[i]
	at := func(k int) *token { return tokAt(toks, k) }
	j := numberEnd(toks, i) // the number's last token: "twenty-two", joined by the tokenizer
	if t.Lower == "half" && halfUnit(toks, j) {
		j++ // "half an hour", "half a metre"
	}
	if k := halfAfter(toks, j); k >= 0 {
		q.val, j = q.val+0.5, k // "two and a half", "two-and-a-half-week"
		if e := scaleAfter(toks, j); e > j {
			q.val *= scales[at(e).Lower] // "six and a half thousand", which the tokenizer leaves unscaled
		}
	}
	if _, rough := roughRanges[t.Lower]; rough && at(j+1).Lower == "of" && durationHours[at(j+2).Lemma] > 0 {
		j++ // "a couple of days", "dozens of years"
	}
	abbrev, scaled := false, bareScale(toks, i) // "a hundred and fifty"
	for e := scaleAfter(toks, j); e > j; e = scaleAfter(toks, j) {
		// the tokenizer multiplied the number by it: "12 million", "5 bn",
		// "forty-million", "half a million"
		abbrev = abbrev || len(at(e).Lower) <= 2
		scaled = true
		j = e
	}
	for scaled {
		// the number words the tokenizer added to it: "three hundred and
		// forty", "two thousand five hundred", "a hundred and twenty
		// thousand"
		k := j + 1
		if at(k).Lower == "and" {
			k++
		}
		if !foldedNumberWord(at(k)) {
			break
		}
		end, _ := afterScales(toks, numberEnd(toks, k))
		j = end - 1
	}
	glued := gluedScales[strings.TrimLeftFunc(t.Lower, func(r rune) bool { return unicode.IsDigit(r) || r == '.' || r == ',' })]
	cur := ""
	if p := at(i - 1); strings.ContainsAny(p.Surface, "£$€¥") || p.Lower == "gbp" || p.Lower == "usd" || p.Lower == "eur" || p.Lower == "jpy" {
		cur, q.from = currencies[p.Lemma], i-1
	}
	if k := j + 1; cur == "" && (currencies[at(k).Lemma] != "" || at(k).Surface == "-" && currencies[at(k+1).Lemma] != "") {
		if at(k).Surface == "-" {
			k++ // "a 35,000-pound bonus"
		}
		cur, j = currencies[at(k).Lemma], k
	}
	temp := temperature(toks, j)
	glu := gluedUnit(t)
	if glu == "" && glued == 1e6 && strings.HasSuffix(t.Lower, "m") && extents[at(j+1).Lower] {
		glu = "metre" // "roughly 2m wide": a length, not two million
	}
	switch {
	case gluedPence(t):
		// "36p a litre" is "36 pence a litre"
		inPounds(q)
	case glu != "":
		// "35mph", "12kg", "5km"
		q.unit, q.head = map[string]bool{glu: true}, glu
		if m, ok := baseUnits[glu]; ok {
			q.dim, q.val = m.dim, q.val*m.factor
		}
	case cur != "":
		if glued > 0 {
			q.val *= glued
		}
		q.dim, q.head, q.unit = "money:"+cur, cur, map[string]bool{cur: true}
		if p := at(j + 1); cur == "pound" && currencies[at(j).Lemma] == "pound" && q.val == math.Trunc(q.val) && q.val < 1000 &&
			p.IsNum && p.Num >= 1 && p.Num < 100 && p.Num == math.Trunc(p.Num) && !unicode.IsDigit([]rune(p.Lower)[0]) && !at(j+2).content() {
			q.val += p.Num / 100 // "four pounds fifty" is £4.50
			j++
		}
	case abbrev || glued > 0:
		// a scale without a currency only before a plural count: "1.5m
		// people", not "a 10m wall"
		unit, head, to := unitAfter(toks, j)
		if len(unit) == 0 || toks[to].Lower == toks[to].Lemma {
			return false
		}
		if glued > 0 {
			q.val *= glued
		}
		q.unit, q.head, j = unit, head, to
	case at(j+1).Key == "percent" || at(j+1).Lower == "per" && at(j+2).Lower == "cent":
		if at(j+1).Lower == "per" {
			j++
		}
		j++
		q.dim, q.head, q.unit = "percent", "percent", map[string]bool{"percent": true}
	case durationHours[at(j+1).Lemma] > 0 || at(j+1).Surface == "-" && durationHours[at(j+2).Lemma] > 0 && at(j+3).Surface != "-" ||
		lengthWords[at(j+1).Lower] && durationHours[at(j+2).Lemma] > 0:
		workdays := 1.0
		switch {
		case at(j+1).Surface == "-":
			j++ // "a 30-minute break", not "a 35-year-old"
		case lengthWords[at(j+1).Lower]:
			j++ // "six consecutive days", "20 working days"
			if weekdayCounts[at(j).Lower] {
				workdays = 7.0 / 5
			}
		}
		j++
		u := at(j).Lemma
		h := durationHours[u]
		q.val *= h
		if workdays != 1 && u == "day" {
			q.val *= workdays // "20 working days" are four weeks
		}
		if part, k := partAfter(toks, j); part > 0 {
			q.val, j = q.val+part*h, k // "two hours and a half", "two hours and a quarter"
		}
		q.dim, q.head, q.unit = "duration", u, map[string]bool{u: true}
		if relativeWords[at(j+1).Lower] {
			j++ // "nine days later"
		}
	case temp >= 0:
		if fahrenheit(toks, j, temp) {
			q.val = (q.val - 32) * 5 / 9
		}
		j = temp
		q.dim, q.head, q.unit = "temperature", "degree", map[string]bool{"degree": true}
	case oneIn(toks, j) > 0:
		// "one in fourteen", "one patient in 14", "one out of four": a
		// share, rounded as its whole numbers are
		k := oneIn(toks, j)
		n := toks[k].Num
		q.val, q.dim, q.head, q.unit = 100*t.Num/n, "percent", "percent", map[string]bool{"percent": true}
		q.to, q.ofN = k, n
		return true
	case plusAt(toks, j) > 0:
		// "the 160-plus people", "200 plus staff": at least the figure
		// (number sets the bound), of what follows
		unit, head, to := unitAfter(toks, plusAt(toks, j))
		if len(unit) == 0 {
			return false
		}
		q.unit, q.head, j = unit, head, to
	case at(j+1).Surface == "-" && at(j+2).content() && !at(j+2).IsNum && at(j+3).Surface != "-":
		// "a 2.5-hectare enclosure", "a 12-mile route": the word after the
		// hyphen is the unit, the noun after it what is measured
		u := at(j + 2)
		j += 2
		q.unit, q.head = map[string]bool{u.Key: true}, u.Lemma
		if m, ok := inBase(q.unit, q.head); ok {
			q.dim, q.val = m.dim, q.val*m.factor
		}
	default:
		unit, head, to := unitAfter(toks, j)
		if of := ofBefore(toks, i); len(unit) == 0 && of >= 1 && toks[of-1].content() && !toks[of-1].IsNum && toks[of-1].Lower != toks[of-1].Lemma+"s" {
			// "a crew of 22", "a workforce of around 300": the noun before
			// counts; not "hundreds of 5"
			unit, head, to = map[string]bool{toks[of-1].Key: true}, toks[of-1].Lemma, j
		}
		if yearLike(t) && (len(unit) == 0 || toks[to].Lower == toks[to].Lemma && !strings.Contains(t.Surface, ",") ||
			yearPrepositions[tokAt(toks, i-1).Lower] && !plural(&toks[to]) && !strings.Contains(t.Surface, ",")) {
			// a year, alone or before a noun it dates: "the 2027 budget",
			// "a survey in 2022 fixed the line", not "1900 homes" nor
			// "cut off in 2000 homes"
			unit, head, to = map[string]bool{"#year": true}, "", j
		}
		if len(unit) == 0 && i > 0 && figureVerbs[toks[i-1].Lower] && !at(j+1).content() {
			// "average weekly hours were 42": a bare figure, which only
			// another bare figure said of the same words meets (sameBare)
			q.to = j
			return true
		}
		if n := numberOfBefore(toks, i); len(unit) == 0 && n >= 0 {
			// "put the number of households affected at almost four
			// thousand": the figure counts the households
			unit, head, to = map[string]bool{toks[n].Key: true}, toks[n].Lemma, j
		}
		if len(unit) == 0 && (scaled || strings.Contains(t.Surface, ",") && t.Num >= 1000) {
			// "siphoned almost 1.4 million", "around 900,000": a sum
			// whose currency goes without saying
			q.dim, q.unit = "amount", map[string]bool{"#amount": true}
			break
		}
		if len(unit) == 0 {
			return false
		}
		q.unit, q.head, j = unit, head, to
		if c := currencies[head]; c != "" {
			q.dim = "money:" + c // "millions of pounds"
		} else if head == "penny" && toks[j].Lower == "pence" {
			inPounds(q) // not "341 silver pennies", which are coins
		} else if m, ok := inBase(unit, head); ok {
			q.dim, q.val = m.dim, q.val*m.factor // "12,000 hectares" meets "30,000 acres"
		}
	}
	q.per, q.to = rate(toks, j, strings.HasPrefix(q.dim, "money:"))
	return true
}

// scaleAfter returns the index of the scale word that the tokenizer
// multiplied the number ending at toks[j] by, past the hyphens and the
// "of a" between ("forty-million", "half a million", "quarter-of-a-million"),
// or j.
func scaleAfter(toks []token, j int) int {
	k := j + 1
	for k < len(toks) && k <= j+5 && (toks[k].Surface == "-" || toks[k].Lower == "of" || toks[k].Lower == "a" || toks[k].Lower == "an") {
		k++
	}
	if k < len(toks) && toks[k].Stop && scales[toks[k].Lower] > 0 {
		return k
	}
	return j
}

// halfAfter returns the index of "half" when "and a half" follows toks[j],
// with or without hyphens ("one and a half tonnes", "a two-and-a-half-week
// tour"), or -1.
func halfAfter(toks []token, j int) int {
	k := j
	for _, w := range []string{"and", "a", "half"} {
		k++
		if tokAt(toks, k).Surface == "-" {
			k++
		}
		if tokAt(toks, k).Lower != w {
			return -1
		}
	}
	return k
}

// partAfter returns the part of a unit that "and a half", "and a
// quarter" or "and three quarters" after token j adds ("an hour and three
// quarters"), and the index of its last word; 0 and j when none follows.
func partAfter(toks []token, j int) (float64, int) {
	if k := halfAfter(toks, j); k >= 0 {
		return 0.5, k
	}
	if tokAt(toks, j+1).Lower != "and" {
		return 0, j
	}
	k, part := j+2, 0.25
	switch tokAt(toks, k).Lower {
	case "a":
	case "three":
		part = 0.75
	default:
		return 0, j
	}
	k++
	if tokAt(toks, k).Surface == "-" {
		k++
	}
	if w := tokAt(toks, k).Lower; w != "quarter" && w != "quarters" {
		return 0, j
	}
	return part, k
}

// numberOfBefore returns the index of the noun of "the number of ..." (the
// last of "the number of Sunday passengers") among the ten words before the
// figure at toks[i] in its sentence, or -1.
func numberOfBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if sentenceEnds[toks[k].Surface] || toks[k].Surface == ";" {
			return -1
		}
		if toks[k].Lower == "number" && tokAt(toks, k+1).Lower == "of" {
			n := k + 2
			for n+1 < i && toks[n+1].content() && !toks[n+1].IsNum && toks[n+1].Lower != toks[n+1].Lemma &&
				!strings.HasSuffix(toks[n+1].Lower, "ed") && !strings.HasSuffix(toks[n+1].Lower, "ing") {
				n++ // the last noun of "Sunday passengers"
			}
			if n < i && toks[n].content() && !toks[n].IsNum {
				return n
			}
			return -1
		}
	}
	return -1
}

// gluedUnit returns the unit written onto the number t ("35mph", "12kg"),
// or "".
func gluedUnit(t *token) string {
	l := t.Lower
	k := strings.IndexFunc(l, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
	if k <= 0 || !gluedUnits[l[k:]] {
		return ""
	}
	return l[k:]
}

// extents say which way a length runs: "2m wide", "a 10m high wall".
var extents = set("wide", "long", "high", "deep", "tall", "thick", "across", "away", "apart", "below", "above")

// gluedUnits are the units of measure written onto their figure. "m" is
// left out: "£2m" is a sum, "a 10m wall" a length.
var gluedUnits = set("mph", "kph", "kmh", "km", "kg", "cm", "mm", "ml", "mg", "ha", "ft", "lb", "lbs",
	"kw", "mw", "gw", "kwh", "mwh", "gwh", "db")

// gluedPence reports whether t is a sum in pence written with its "p":
// "36p", "4.5p".
func gluedPence(t *token) bool {
	l := t.Lower
	return len(l) > 1 && l[len(l)-1] == 'p' && strings.IndexFunc(l[:len(l)-1], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0
}

// inPounds reads a sum in pence as the sum in pounds it is: "420 pence a
// share" is "£4.20 a share".
func inPounds(q *quantity) {
	q.val /= 100
	q.dim, q.head, q.unit = "money:pound", "pound", map[string]bool{"pound": true}
}

// yearPrepositions put a year after them: "in 2022", "since 1998".
var yearPrepositions = set("in", "since", "during", "until", "by", "from")

// yearLike reports whether t is a whole number a year could be.
func yearLike(t *token) bool { return t.Num >= 1800 && t.Num <= 2100 && t.Num == math.Trunc(t.Num) }

// temperature returns the last token of a temperature whose number ends
// at toks[j] ("27C", "27°C", "34 degrees", "80 degrees Fahrenheit"), or
// -1.
func temperature(toks []token, j int) int {
	at := func(k int) *token { return tokAt(toks, k) }
	s := toks[j].Surface
	if last := s[len(s)-1]; (last == 'C' || last == 'F') && len(s) > 1 && unicode.IsDigit(rune(s[len(s)-2])) {
		return j
	}
	k := j + 1
	if at(k).Surface == "°" {
		if u := at(k + 1).Surface; u == "C" || u == "F" {
			return k + 1
		}
		return k
	}
	if at(k).Lemma != "degree" {
		return -1
	}
	if scaleNames[at(k+1).Lower] || at(k+1).Surface == "C" || at(k+1).Surface == "F" {
		return k + 1
	}
	return k
}

// scaleNames name a temperature scale.
var scaleNames = set("celsius", "centigrade", "fahrenheit")

// fahrenheit reports whether the temperature from toks[j] to toks[k] is
// in degrees Fahrenheit.
func fahrenheit(toks []token, j, k int) bool {
	for n := j; n <= k; n++ {
		s := toks[n].Surface
		if strings.EqualFold(s, "fahrenheit") || s == "F" || strings.HasSuffix(s, "F") && n == j {
			return true
		}
	}
	return false
}

// rate reads what a figure ending at toks[j] is per: a unit of time ("a
// day", "per year", "every month", "daily"), or one of a kind, which it
// calls "each" ("each", "a head", "per passenger", and after a sum of
// money, for which money is true, "a share"). It returns that and the
// figure's new last token.
func rate(toks []token, j int, money bool) (string, int) {
	if j+1 >= len(toks) {
		return "", j
	}
	w := toks[j+1].Lower
	if u := tokAt(toks, j+2); w == "each" && durationHours[u.Lemma] > 0 && u.Lower == u.Lemma {
		return u.Lemma, j + 2 // "four hundred people each year"
	}
	if p, ok := rateWords[w]; ok {
		return p, j + 1
	}
	if !money && (w == "from" || w == "for" || w == "in") && j+3 < len(toks) && (toks[j+2].Lower == "each" || toks[j+2].Lower == "every") {
		// "five scientists from each country", "two officers in every
		// car", "three sessions in each week": one of a kind, or a unit
		// of time; not a sum ("£500 for each offence" is the fine)
		u := &toks[j+3]
		switch {
		case durationHours[u.Lemma] > 0 && u.Lower == u.Lemma:
			return u.Lemma, j + 3
		case u.content() && !u.IsNum:
			return "each", j + 3
		}
	}
	if j+2 >= len(toks) || w != "a" && w != "an" && w != "per" && w != "every" {
		return "", j
	}
	u := &toks[j+2]
	switch {
	case durationHours[u.Lemma] > 0 && u.Lower == u.Lemma && !(j+3 < len(toks) && relativeWords[toks[j+3].Lower]):
		// not "a year ago"
		return u.Lemma, j + 2
	case u.Lower == "annum":
		return "year", j + 2
	case perHead[u.Lemma] || measureUnits[u.Lemma] || (money || w != "a" && w != "an") && u.content() && !u.IsNum && u.Lower == u.Lemma && durationHours[u.Lemma] == 0:
		// "per passenger", "36 pence a litre", "£4.20 a share"
		return "each", j + 2
	}
	return "", j
}

// rateLater finds a rate of time said later in a figure's clause, from
// token from to token to: "over 100 kittiwakes could be killed by the
// turbines every year", "3,000 tonnes of octopus a year". It returns the
// unit of time, or "".
func rateLater(toks []token, from, to int) string {
	for k := from; k+1 <= to; k++ {
		w, u := toks[k].Lower, &toks[k+1]
		if (w == "every" || w == "each" || w == "per") && durationHours[u.Lemma] > 0 && u.Lower == u.Lemma {
			return u.Lemma
		}
		if p, ok := rateWords[w]; ok && p != "each" && k == to {
			return p // "... killed annually"
		}
		if of := ofAt(toks, from); (w == "a" || w == "an") && of > 0 && k > of+1 && k <= of+3 && durationHours[u.Lemma] > 0 && u.Lower == u.Lemma &&
			!relativeWords[tokAt(toks, k+2).Lower] && !slices.ContainsFunc(toks[of+1:k], func(t token) bool { return !t.content() || t.IsNum }) {
			return u.Lemma // "3,000 tonnes of octopus a year", "£600 worth of tickets a week"
		}
		if p := periodicAdjectives[u.Lower]; p != "" && k > from && k+2 <= to && determiners[w] &&
			billPrepositions[toks[k-1].Lower] && toks[k+2].Word {
			return p // "add about 95 crowns to the monthly repayment"
		}
	}
	return ""
}

// ofAt returns the index of the "of" that opens what a figure ending
// before token from is of ("of octopus", "worth of tickets"), or -1.
func ofAt(toks []token, from int) int {
	switch {
	case tokAt(toks, from).Lower == "of":
		return from
	case tokAt(toks, from).Lower == "worth" && tokAt(toks, from+1).Lower == "of":
		return from + 1
	}
	return -1
}

// sumPeriod reads the period a sum of money at q pays for from a periodic
// adjective before it in its clause, toks[s..], on what it pays ("the
// annual saving at £18,000", "the yearly fee is £260"): the sum is a rate,
// as "£60,000 a year" is. It returns the unit of time, or "".
func sumPeriod(toks []token, q quantity, s int) string {
	for k := s; k+1 < q.from; k++ {
		if p := periodicAdjectives[toks[k].Lower]; p != "" && toks[k+1].content() && !toks[k+1].IsNum {
			return p
		}
	}
	return ""
}

// periodicAdjectives name the period of a recurring amount ("the monthly
// repayment", "an annual fee"); billPrepositions put a figure on one
// before them ("to", "off", "on", "from" the monthly bill).
var (
	periodicAdjectives = map[string]string{"hourly": "hour", "daily": "day", "weekly": "week",
		"monthly": "month", "annual": "year", "yearly": "year"}
	billPrepositions = set("to", "off", "on", "from")
)

// monthSpread widens a length of time in months to the days a month may
// have, 28 to 31: "a month and a half" may be the six weeks the other side
// gives.
func monthSpread(q *quantity) {
	if q.dim == "duration" && q.head == "month" && q.lo == q.hi {
		q.lo, q.hi = monthRange(q.val)
	}
}

// monthRange returns the least and the most a length of time of v hours,
// said in months, may be: its months of 28 to 31 days.
func monthRange(v float64) (lo, hi float64) {
	months := v / durationHours["month"]
	return months * 28 * 24, months * 31 * 24
}

// aLength reads "an hour", "a week and a half" at the article toks[i] as a
// length of time: with "and a half", or when the words around it say it is
// one ("within an hour", "for a week", "a day later", "a day before"); and
// "a metre", "a mile" as one of a measure.
func aLength(toks []token, i int) (quantity, bool) {
	j := i + 1
	if lengthWords[tokAt(toks, j).Lower] && !weekdayCounts[tokAt(toks, j).Lower] && durationHours[tokAt(toks, j+1).Lemma] > 0 {
		j++ // "a full week before", "a whole day"
	}
	if j >= len(toks) || toks[j].Lower != toks[j].Lemma && toks[j].Lower != toks[j].Lemma+"'s" || toks[j].Lemma == "second" {
		return quantity{}, false // "a fortnight's notice" is a length
	}
	h := durationHours[toks[j].Lemma]
	if m, ok := baseUnits[toks[j].Lemma]; ok && h == 0 && toks[j].Lower == toks[j].Lemma && measureUnits[toks[j].Lemma] {
		// "barely a metre of pavement", "about a mile away"
		val, to := m.factor, j
		if k := halfAfter(toks, j); k >= 0 {
			val, to = 1.5*m.factor, k // "a mile and a half"
		}
		q := quantity{val: val, lo: val, hi: val, exact: true, dim: m.dim, head: toks[j].Lemma,
			unit: map[string]bool{toks[j].Key: true}, from: i, to: to}
		if m.factor != 1 {
			q.lo, q.hi = q.val*0.97, q.val*1.03
		}
		bound(toks, &q)
		return q, true
	}
	if h == 0 {
		return quantity{}, false
	}
	val := h
	unit := &toks[j]
	part, end := partAfter(toks, j)
	if part > 0 {
		val, j = (1+part)*h, end
	}
	rel := j+1 < len(toks) && relativeWords[toks[j+1].Lower]
	event := j+1 < len(toks) && (toks[j+1].Lower == "before" || toks[j+1].Lower == "after")
	poss := unit.Lower != unit.Lemma // "a week's notice"
	// "an hour and twenty minutes": compoundDurations adds the minutes
	smaller := durationHours[tokAt(toks, j+3).Lemma]
	compound := tokAt(toks, j+1).Lower == "and" && tokAt(toks, j+2).IsNum && smaller > 0 && smaller < h
	if part == 0 && !rel && !event && !poss && !compound && (i == 0 || !durationLeads[toks[i-1].Lower]) {
		return quantity{}, false
	}
	if rel {
		j++
	}
	u := unit.Lemma
	q := quantity{val: val, lo: val, hi: val, exact: true, dim: "duration", head: u, unit: map[string]bool{u: true}, from: i, to: j}
	monthSpread(&q)
	bound(toks, &q)
	return q, true
}

// ordinalHalves before "half" make it one part of a span of time or a
// match: "the first half of the year", "the second half".
var ordinalHalves = set("first", "second", "latter", "former")

// fraction reads the fraction word toks[i] as a percent where it says a
// proportion: "a quarter of", "two thirds of", "half of", "by a third", "by
// half".
func fraction(toks []token, i int) (quantity, bool) {
	t := &toks[i]
	f := fractionPercent[t.Lower]
	from := i
	p := i - 1
	if p >= 1 && toks[p].Lower == "-" && toks[p-1].IsNum {
		p-- // "two-thirds"
	}
	switch {
	case p >= 0 && (toks[p].Lower == "a" || toks[p].Lower == "an" || toks[p].Lower == "one"):
		from = p
	case p >= 0 && toks[p].IsNum && toks[p].Num >= 2 && toks[p].Num <= 9 && toks[p].Num == math.Trunc(toks[p].Num) && strings.HasSuffix(t.Lower, "s"):
		f, from = f*toks[p].Num, p
	case t.Lower != "half":
		return quantity{}, false
	case p >= 0 && ordinalHalves[toks[p].Lower]:
		return quantity{}, false // "in the first half of the year" is a time, no share
	}
	if t.Lower == "half" && halfUnit(toks, i) {
		return quantity{}, false // "held up by half an hour" is a length, which measure reads
	}
	by := from - 1
	for by >= 0 && (boundWords[toks[by].Lower] || toks[by].Lower == "no" || toks[by].Lower == "not") {
		by-- // "by about a third", "by no more than a quarter"
	}
	next := tokAt(toks, i+1).Lower
	// "by a third", "a third of the staff", and a share of people already
	// named standing as a subject: "more than a third had paid fees";
	// "half the cost"; a change by a share: "a cut of more than a third",
	// "a quarter more"
	changeBy := by >= 1 && toks[by].Lower == "of" && changeNoun(&toks[by-1])
	if !(by >= 0 && toks[by].Lower == "by" || changeBy || next == "of" || auxiliaries[next] || reportingVerbs[next] ||
		t.Lower == "half" && partitiveDets[next] || next == "more" || next == "less") {
		return quantity{}, false
	}
	if h := durationHours[tokAt(toks, i+3).Lemma]; h > 0 && tokAt(toks, i+1).Lower == "of" && (tokAt(toks, i+2).Lower == "a" || tokAt(toks, i+2).Lower == "an") {
		// "a quarter of an hour", "three quarters of an hour": a length
		u := toks[i+3].Lemma
		q := quantity{val: f / 100 * h, dim: "duration", head: u, unit: map[string]bool{u: true}, exact: true, from: from, to: i + 3}
		q.lo, q.hi = q.val, q.val
		bound(toks, &q)
		return q, true
	}
	q := quantity{val: f, lo: f, hi: f, exact: true, dim: "percent", head: "percent", unit: map[string]bool{"percent": true}, from: from, to: i}
	if f != math.Trunc(f) {
		// "a third" allows 31.8 to 34.8 percent
		q.lo, q.hi, q.exact = f-1.5, f+1.5, false
	}
	bound(toks, &q)
	return q, true
}

// halfUnit reports whether the "half" at toks[i] is half of one unit of
// time or measure: "half an hour", "half a metre".
func halfUnit(toks []token, i int) bool {
	a, u := tokAt(toks, i+1).Lower, tokAt(toks, i+2).Lemma
	return (a == "a" || a == "an") && (durationHours[u] > 0 || measureUnits[u])
}

// wholeShareAt returns the percent of a whole that the words at toks[i]
// give one party, or 0: "shared equally", "split fifty-fifty", "in equal
// shares" give each of two half; "the full cost", "paid for in full", "the
// entire bill" all of it.
func wholeShareAt(toks []token, i int) float64 {
	t, next := &toks[i], tokAt(toks, i+1)
	switch {
	case t.Lower == "equally" || t.Lower == "evenly":
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if splitVerbs[toks[k].Lemma] {
				return 50
			}
		}
	case t.Lower == "equal" && (next.Lower == "shares" || next.Lower == "parts"),
		(t.Lower == "fifty" || t.Lower == "50") && next.Surface == "-" && tokAt(toks, i+2).Lower == t.Lower:
		return 50
	case t.Lower == "full" && i > 0 && toks[i-1].Lower == "in" && i > 1 && paidVerbs[toks[i-2].Lemma],
		t.Lower == "full" && i > 2 && toks[i-1].Lower == "in" && toks[i-2].Lower == "for" && paidVerbs[toks[i-3].Lemma],
		(t.Lower == "full" || t.Lower == "entire" || t.Lower == "whole") && i > 0 && toks[i-1].Lower == "the" && costWords[next.Lemma]:
		return 100
	}
	return 0
}

// wholeShare reads share f, which wholeShareAt finds at toks[i], as a
// percent.
func wholeShare(toks []token, i int, f float64) quantity {
	from, to := i, i // "equally"
	switch toks[i].Lower {
	case "equal", "fifty", "50":
		to = i + 2 // "equal shares", "fifty-fifty"
	case "full", "entire", "whole":
		if toks[i-1].Lower == "the" {
			to = i + 1 // "the full cost"
		} else {
			from = i - 1 // "in full"
		}
	}
	return quantity{val: f, lo: f, hi: f, exact: true, dim: "percent", head: "percent", unit: map[string]bool{"percent": true},
		ofWhole: true, from: from, to: to}
}

// splitVerbs divide a whole between parties, paidVerbs pay it, as lemmas;
// costWords name what is paid.
var (
	splitVerbs = set("share", "split", "divide", "fund", "bear", "pay", "meet", "cover")
	paidVerbs  = set("pay", "fund", "refund", "cover", "repay", "reimburse", "compensate", "settle")
	costWords  = set("cost", "bill", "price", "amount", "sum", "fee", "expense")
)

// boundWords bound or round a figure: "by about a third", "by more than
// half".
var boundWords = set("about", "around", "roughly", "nearly", "almost", "approximately", "some", "just",
	"over", "under", "more", "less", "than", "up", "to", "well")

// bound narrows or widens q by the words before q.from: a bound ("more
// than", "within", "up to") or an estimate, which the phrase then takes in:
// a fifth either side for "about", up to a fifth below for "nearly" and
// up to three twentieths above for "just over" ("a little over twenty
// miles" may be 23, "just over eight minutes" is not "almost 12"), half an
// hour either side for a time of day.
func bound(toks []token, q *quantity) {
	spread := 0.2 * q.val
	if q.time {
		spread = 0.5 // hours
	}
	start := q.from
	for start > 0 && quoteMarks[toks[start-1].Surface] {
		start-- // had spent "nowhere near" £300,000
	}
	for n := 3; n >= 1; n-- {
		if start-n < 0 {
			continue
		}
		w := lowerWords(toks[start-n : start])
		switch {
		case shortOf[w] && !q.time:
			q.lo, q.hi, q.exact = q.val-spread, q.val, false
		case justOver[w] && !q.time:
			q.lo, q.hi, q.exact = q.val, q.val+0.75*spread, false
		case estimates[w]:
			q.lo, q.hi, q.exact = q.val-spread, q.val+spread, false
		case (w == "until" || w == "till") && negatedBefore(toks, start-n):
			// "did not leave until two days later" left then
		case w == "up to" && wentUpOrDown(toks, start-n):
			return // "had gone up to £3.45" came to stand there: no bound
		case lowerBounds[w] || upperBounds[w]:
			neg := negatedBound(toks, start-n, w)
			margin := 0.0
			if neg < 0 && (start-n > 0 && toks[start-n-1].Lower == "well" || strings.HasPrefix(w, "nowhere")) && !q.time {
				margin = 0.1 * math.Abs(q.val) // "well over £100,000", "nowhere near £300,000" are clear of it
			}
			lo, hi := q.val, q.val
			if q.dim == "duration" && q.head == "month" {
				lo, hi = monthRange(q.val) // "at least three months" may be twelve weeks
			}
			if lowerBounds[w] != (neg >= 0) {
				q.lo, q.hi, q.exact = lo+margin, math.Inf(1), false
			} else {
				q.lo, q.hi, q.exact = math.Inf(-1), hi-margin, false
				q.reached = reachedBounds[w]
			}
			q.deniedAt = neg + 1
		default:
			continue
		}
		q.from = start - n
		return
	}
}

// negatedBound returns the index of the word that turns the bound w,
// which starts at token k, round, or -1: "no less than one kilometre" is
// at least one kilometre; "no customer will be more than five miles away"
// and "gusts never rose above 35mph" are at most five miles and 35mph. A
// negated verb leaves the bound of a span it lasted as it is ("was not
// contacted for more than a week"), and bounds in time ("before",
// "after", "since") are never turned.
func negatedBound(toks []token, k int, w string) int {
	if !flippableBounds[w] || k == 0 {
		return -1
	}
	switch toks[k-1].Lower {
	case "no", "not":
		return k - 1
	case "for", "in", "during", "after", "since", "by":
		return -1
	}
	if k >= 2 && toks[k-1].content() && !toks[k-1].IsNum && (toks[k-2].Neg || toks[k-2].Lower == "never") {
		return k - 2 // "gusts never rose above 35mph", "did not go over 40"
	}
	return deniedFrom(toks, k)
}

// deniedFrom returns the index of the word before token k in its clause
// that denies a subject or object ("no customer", "nobody"), or -1.
func deniedFrom(toks []token, k int) int {
	for j := k - 1; j >= 0 && toks[j].Word; j-- {
		if noneWords[toks[j].Lower] {
			return j
		}
	}
	return -1
}

// noneWords deny a subject or object: "no customer", "none of the staff".
var noneWords = set("no", "none", "nobody", "nothing", "neither")

// flippableBounds are the bounds a negation turns round.
var flippableBounds = set("more than", "over", "above", "exceeding", "in excess of", "upwards of",
	"fewer than", "less than", "under", "below", "within")

// negatedBefore reports whether a negation stands before token k in its
// clause: "not informed of the arrest until 15 October".
func negatedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && toks[j].Word; j-- {
		if toks[j].Neg || toks[j].Lower == "no" || toks[j].Lower == "nobody" || toks[j].Lower == "nothing" {
			return true
		}
	}
	return false
}

// nextDay reads "the following morning", "the next day" at toks[i] ("the")
// as a length of time after the event the clause tells: a day, or from 8
// to 36 hours for a part of the next day.
func nextDay(toks []token, i int) (quantity, bool) {
	if i+2 >= len(toks) || toks[i].Lower != "the" || toks[i+1].Lower != "following" && toks[i+1].Lower != "next" {
		return quantity{}, false
	}
	part := toks[i+2].Lower
	q := quantity{val: 24, lo: 24, hi: 24, exact: true, dim: "duration", head: "day", unit: map[string]bool{"day": true},
		from: i, to: i + 2, timing: "offset"}
	switch part {
	case "day":
	case "morning", "afternoon", "evening", "night":
		q.lo, q.hi, q.exact = 8, 36, false
	default:
		return quantity{}, false
	}
	return q, true
}

// nextMonth reads "the following month", "the next month" at toks[i]
// ("the") as the month after the last month the claim names before it:
// "received complaints in March and suspended him the following month"
// dates the suspension in April.
func nextMonth(toks []token, i int, before []quantity) (quantity, bool) {
	if tokAt(toks, i+2).Lower != "month" {
		return quantity{}, false
	}
	for k := len(before) - 1; k >= 0; k-- {
		if n := slices.Index(monthOrder, before[k].month); n >= 0 {
			return quantity{month: monthOrder[(n+1)%len(monthOrder)], val: -1, from: i, to: i + 2}, true
		}
	}
	return quantity{}, false
}

// nameNumber reports whether the number word at toks[i] ends a name, in
// capitals after a capitalised word: "Division One", "Formula One".
func nameNumber(toks []token, i int) bool {
	t := &toks[i]
	return t.IsNum && t.Name && !unicode.IsDigit([]rune(t.Surface)[0]) && i > 0 && toks[i-1].Word && toks[i-1].Name && !toks[i-1].IsNum
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
	} else if j+2 < len(toks) && toks[j].Lower == "of" && partitiveDets[toks[j+1].Lower] {
		j += 2 // "seven of our members"
		if possessive(&toks[j]) && j+1 < len(toks) && toks[j+1].IsNum {
			j++ // "42 of the site's 110 plots"
		}
		k := j + 1
		for toks[j].IsNum && k < len(toks) && scales[toks[k].Lower] > 0 {
			k++ // "6,000 of its 2.2 million customers"
		}
		if toks[j].IsNum && k < len(toks) && toks[k].content() && !toks[k].IsNum {
			j = k // "six of the twelve turnstiles": the part counts turnstiles
		}
	}
	end := max(i+3, j+1)
	for ; j < len(toks) && j <= end; j++ {
		t := &toks[j]
		if t.Surface == "-" && j > i+1 && j+1 < len(toks) && toks[j+1].Word && !toks[j+1].IsNum && toks[j-1].Word {
			// a hyphenated modifier: "drop-in sessions", "full-time staff"
			j++
			end += 2
			continue
		}
		if !t.content() || t.IsNum && !nameNumber(toks, j) {
			break
		}
		unit[t.Key] = true
		head = t.Lemma // the last word, the noun: "traditional owners" counts owners
		to = j
		if t.Key == "percent" || plural(t) || t.Lower == "people" {
			break // the counted noun ends the unit: "three clear warnings"
		}
	}
	return unit, head, to
}

// ofBefore returns the index of the "of" before the number at toks[i],
// past the words that bound or round it ("of around 300", "of more than
// 5,000"), or -1.
func ofBefore(toks []token, i int) int {
	k := i - 1
	for k >= 0 && boundWords[toks[k].Lower] {
		k--
	}
	if k >= 0 && toks[k].Lower == "of" {
		return k
	}
	return -1
}

// partOfCount reports whether q counts a part of a whole it names with a
// number: "six of the twelve turnstiles".
func partOfCount(toks []token, q quantity) bool { return wholeOf(toks, q) >= 0 }

// partOfKnown reports whether q counts a part of a whole the reader knows,
// named without a number: "around 60 of the flats".
func partOfKnown(toks []token, q quantity) bool {
	return q.dim == "" && partAfterOf(toks, q) >= 0 && toks[q.to].content() && !toks[q.to].IsNum
}

// partAfterOf returns the index of the first word after "of" and a determiner
// within q ("twelve" in "six of the twelve turnstiles", "flats" in "60 of
// the flats"), or -1 when q counts no part of a whole.
func partAfterOf(toks []token, q quantity) int {
	j := q.from + 1
	for j < q.to && toks[j].Lower != "of" {
		j++
	}
	if j+2 > q.to || toks[j].Lower != "of" || !partitiveDets[toks[j+1].Lower] {
		return -1
	}
	return j + 2
}

// wholeOf returns the index of the number of the whole that q counts a
// part of ("twelve" in "six of the twelve turnstiles", "38" in "31 of the
// market's 38 traders"), or -1.
func wholeOf(toks []token, q quantity) int {
	k := partAfterOf(toks, q)
	if k < 0 {
		return -1
	}
	if k < q.to && possessive(&toks[k]) {
		k++ // "31 of the market's 38 traders"
	}
	if !toks[k].IsNum {
		return -1
	}
	return k
}

// possessive reports whether t is a noun in the possessive: "site's",
// "members'".
func possessive(t *token) bool {
	return t.Word && len(t.Lower) > 2 && (strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Lower, "s'"))
}

// partitiveDets are the words between "of" and the noun a number counts a
// part of: "seven of our members", "two of the pilots".
var partitiveDets = set("the", "our", "their", "its", "his", "her", "my", "your", "these", "those")

// oneIn returns the index of N in a share "one in N", "one patient in N" or
// "one out of N" whose first number ends at toks[j], or -1. N must exceed
// the first number.
func oneIn(toks []token, j int) int {
	at := func(k int) *token { return tokAt(toks, k) }
	k := j + 1
	if at(k).content() && !at(k).IsNum && at(k+1).Lower == "in" {
		k++ // "one patient in"
	}
	switch {
	case at(k).Lower == "in" && at(k+1).Lower == "every":
		k += 2 // "three in every five"
	case at(k).Lower == "in":
		k++
	case at(k).Lower == "out" && at(k+1).Lower == "of":
		k += 2
	default:
		return -1
	}
	if !at(k).IsNum || at(k).Num <= toks[j].Num || at(k).Num < 2 || at(k+1).Key == "percent" || durationHours[at(k+1).Lemma] > 0 || months[at(k+1).Lower] {
		return -1
	}
	return k
}

// pluralPossessive reports whether toks[k] is the apostrophe of a plural
// possessive ("14 days' notice", "the workers' union"), which ends no
// clause.
func pluralPossessive(toks []token, k int) bool {
	t := &toks[k]
	return (t.Surface == "'" || t.Surface == "’") && k > 0 && strings.HasSuffix(toks[k-1].Lower, "s") && tokAt(toks, k+1).content()
}

// attach sets the clause of each quantity and its roles: the nearest
// content word before the phrase in its clause and the first after it, or
// for a length of time every content word of the clause, passing over
// numbers, other quantities and the words of roleSkip.
func attach(toks []token, qs []quantity) {
	inQty := make([]bool, len(toks))
	for _, q := range qs {
		for k := q.from; k <= q.to; k++ {
			inQty[k] = true
		}
	}
	ends := func(k int) bool {
		t := &toks[k]
		return !t.Word && t.Surface != "-" && !pluralPossessive(toks, k) || clauseWords[t.Lower]
	}
	for n := range qs {
		q := &qs[n]
		q.step = stepOf(toks, q.from)
		if q.step == "change" && q.dim == "duration" && delayBy(toks, q.from) {
			q.step = "" // "held up a departure by 35 minutes" is a delay that long
		}
		if q.step == "" && changeNounAfter(toks, q.to) {
			q.step = "change" // "a 6% pay rise", "an 11 per cent increase"
		}
		q.added = slices.ContainsFunc(toks[q.from:q.to+1], func(t token) bool { return incrementWords[t.Lower] })
		q.ofWhole = q.dim == "percent" && (tokAt(toks, q.to+1).Lower == "of" || wholeShares[toks[q.from].Lower])
		if w := tokAt(toks, q.to+1).Lower; q.step == "" && (w == "less" || w == "more" || w == "fewer") && !tokAt(toks, q.to+2).IsNum &&
			tokAt(toks, q.to+2).Lower != "than" {
			q.step = "change" // "€12 less for every hectare", not "12 more than"
		}
		role := func(t *token, k int) bool {
			return t.content() && !t.IsNum && !inQty[k] && !roleSkip[t.Lower] && (q.step == "change" || !levelVerbs[t.Lemma])
		}
		s, e := q.from, q.to
		for s > 0 && !ends(s-1) {
			s--
		}
		for e+1 < len(toks) && !ends(e+1) {
			e++
		}
		q.clause = [2]int{s, e}
		if q.per == "" && !q.time && q.month == "" && q.dim != "duration" && q.dim != "percent" {
			q.per = rateLater(toks, q.to+1, e)
		}
		if q.per == "" && strings.HasPrefix(q.dim, "money:") {
			q.per = sumPeriod(toks, *q, s)
		}
		if q.dim == "duration" {
			for k := s; k <= e; k++ {
				if role(&toks[k], k) && !lastingVerbs[toks[k].Lemma] {
					q.roles = append(q.roles, k)
				}
			}
			continue
		}
		for k := q.from - 1; k >= s; k-- {
			if role(&toks[k], k) {
				q.roles = append(q.roles, k)
				break
			}
		}
		for k := q.to + 1; k <= e; k++ {
			if role(&toks[k], k) {
				q.roles = append(q.roles, k)
				break
			}
		}
	}
}

// incrementWords in a figure's phrase make it what is added to a total.
var incrementWords = set("extra", "additional", "new", "replacement")

// isMonth reports whether toks[i] names a month: "May" in "3 May", "in
// May", "May 3" is no modal verb.
func isMonth(toks []token, i int) bool {
	t := &toks[i]
	if !months[t.Lower] {
		return false
	}
	return t.Lower != "may" || i > 0 && (toks[i-1].IsNum || dateWords[toks[i-1].Lower]) || i+1 < len(toks) && toks[i+1].IsNum
}

// dayRange joins the first day of a span of days to the last.
var dayRange = set("and", "to", "-", "–", "until", "till")

// midMonth reports whether the month at toks[i] is written after "mid-",
// which leaves it no capital of a name: "mid-June".
func midMonth(toks []token, i int) bool {
	return i >= 2 && toks[i-1].Surface == "-" && toks[i-2].Lower == "mid" && toks[i].Surface != toks[i].Lower
}

// dayOf returns the day an ordinal before "of" gives the month at toks[i]
// ("the third of June", "the twenty-third of April", "the 3rd of June")
// and the index of the ordinal's first token; 0 when there is none.
func dayOf(toks []token, i int) (day float64, at int) {
	if i < 2 || toks[i-1].Lower != "of" {
		return 0, 0
	}
	at = i - 2
	d := &toks[at]
	if n, ok := ordinalDays[d.Lower]; ok {
		// the tens of a compound ordinal: "twenty-third", "thirty-first"
		if tens := numberWords[tokAt(toks, at-2).Lower]; n < 10 && tens >= 20 && tens+n <= 31 && tokAt(toks, at-1).Lower == "-" {
			n, at = tens+n, at-2
		}
		return n, at
	}
	if d.IsNum && d.Num >= 1 && d.Num <= 31 && d.Num == math.Trunc(d.Num) && strings.IndexFunc(d.Lower, unicode.IsLetter) > 0 {
		return d.Num, at // "3rd"
	}
	return 0, 0
}

// ordinalDays are the ordinals that name a day of the month in words.
var ordinalDays = map[string]float64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30}

// dateWords before "May" make it the month.
var dateWords = set("in", "on", "by", "until", "till", "since", "from", "of", "early", "late", "mid", "before", "after")

// sameUnit reports whether two quantities count the same thing: the same
// measure (percents, lengths of time, sums in one currency), a shared
// word, or words of which one is a kind of the other ("people",
// "protesters").
func sameUnit(a, b quantity) bool {
	if a.month != "" || b.month != "" {
		return a.month != "" && b.month != "" && weekdays[a.month] == weekdays[b.month]
	}
	if a.time || b.time {
		return a.time && b.time
	}
	if a.dim != "" || b.dim != "" {
		return a.dim == b.dim
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

// figureVerbs before a figure with no unit say what it is the value of:
// "hours were 42", "the toll stood at 12".
var figureVerbs = set("was", "were", "is", "are", "at", "reached", "totalled", "totaled", "hit", "numbered")

// sameBare reports whether two bare figures, with no unit, count the same
// thing: two or more words of qa's clause have their counterparts (the same
// word, a synonym, a more general or specific one) in qb's clause ("average
// weekly hours at the studio were 42" / "average weekly hours at the studio
// were 51").
func sameBare(x side, qa quantity, y side, qb quantity) bool {
	return bare(qa) && bare(qb) && saidOfBoth(x, qa, qa.clause[1], y, qb, qb.clause[1]) >= 2
}

// saidOfBoth counts the words of qa's clause, up to token endA and outside
// the figure, that have their counterpart (the same word, a synonym, a more
// general or specific one) in qb's clause up to token endB, outside its
// figure: what the two clauses say alike of what the figures count.
func saidOfBoth(x side, qa quantity, endA int, y side, qb quantity, endB int) int {
	n := 0
	for i, k := range x.c.content {
		if k < qa.clause[0] || k > endA || k >= qa.from && k <= qa.to || i >= len(x.m) || !grounds(x.m[i].kind) {
			continue
		}
		if o := y.c.content[x.m[i].other]; o >= qb.clause[0] && o <= endB && (o < qb.from || o > qb.to) {
			n++
		}
	}
	return n
}

// dateRole says what a date q marks, by the preposition before it: "start"
// for the start of a state that goes on ("hardest to obtain since
// September", "from March"), "" for when a thing happens, by or at it ("back
// to normal by the end of January", "not until March", "in June"). The
// start of a state and the time of an event are dates of two events, which
// do not clash.
func dateRole(toks []token, q quantity) string {
	for j := q.from - 1; j >= 0 && j >= q.from-4; j-- {
		switch w := toks[j].Lower; {
		case w == "since" || w == "from":
			return "start"
		case !dateLeads[w]:
			return ""
		}
	}
	return ""
}

// seasonMonths map each season to its months (of the northern year).
var seasonMonths = map[string][]string{
	"spring": {"march", "april", "may"}, "summer": {"june", "july", "august"},
	"autumn": {"september", "october", "november"}, "winter": {"december", "january", "february"},
}

// seasonDate reports whether the season at toks[i] dates something: after
// "the", "this", "last", "next", "in", "early", "late" or "mid", and not
// the season of a school year ("the summer term").
func seasonDate(toks []token, i int) bool {
	if seasonMonths[toks[i].Lower] == nil {
		return false
	}
	switch tokAt(toks, i+1).Lower {
	case "term", "semester", "school", "half":
		return false
	}
	return i > 0 && seasonLeads[toks[i-1].Lower]
}

// seasonLeads come before a season that dates something.
var seasonLeads = set("the", "this", "last", "next", "in", "early", "late", "mid", "-")

// seasonMeets reports whether one of a and b is a season and the other a
// month in it.
func seasonMeets(a, b string) bool {
	return slices.Contains(seasonMonths[a], b) || slices.Contains(seasonMonths[b], a)
}

// monthOrder lists the months in order.
var monthOrder = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// sameDeadline reports whether two months named as deadlines set the same
// one: "by the end of June" and "before July" both end with June.
func sameDeadline(at []token, qa quantity, bt []token, qb quantity) bool {
	da, db := lastMonth(at, qa), lastMonth(bt, qb)
	return da != "" && da == db
}

// lastMonth returns the last month a deadline given as a month allows
// ("before July": June; "by the end of June": June), or "" when q is no
// month named as a deadline.
func lastMonth(toks []token, q quantity) string {
	m := slices.Index(monthOrder, q.month)
	if m < 0 || q.val >= 0 {
		return ""
	}
	j := q.from - 1
	switch {
	case tokAt(toks, j).Lower == "before":
		return monthOrder[(m+11)%12]
	case tokAt(toks, j).Lower == "of" && tokAt(toks, j-1).Lower == "end" && tokAt(toks, j-2).Lower == "the" &&
		(tokAt(toks, j-3).Lower == "by" || tokAt(toks, j-3).Lower == "until"):
		return q.month
	}
	return ""
}

// dateLeads stand between a date and its preposition: "by the end of
// January", "since early March".
var dateLeads = set("the", "of", "end", "start", "beginning", "middle", "early", "late", "mid", "-")

// dated reports whether q is a date: a month, a day of one, or a year.
func dated(q quantity) bool { return q.month != "" || q.unit["#year"] }

// bare reports whether q is a figure alone: no unit, measure or date.
func bare(q quantity) bool {
	return len(q.unit) == 0 && q.head == "" && q.dim == "" && q.month == "" && !q.time && !q.zero
}

// measured reports whether q is a measure, whose unit does not say what it
// measures: a sum of money, a percent, a length of time or a unit of
// measure.
func measured(q quantity) bool {
	return !q.zero && (q.dim != "" || measureUnits[q.head])
}

// sameRole reports whether qa of x and qb of y measure the same thing: a
// role word of either is matched to a word of the other's clause, or one
// of them has no role word.
func sameRole(x side, qa quantity, y side, qb quantity) bool {
	if len(qa.roles) == 0 || len(qb.roles) == 0 {
		return true
	}
	return roleMet(x, qa, y, qb) || roleMet(y, qb, x, qa)
}

// typicalAgainstSome reports whether one of two figures gives the usual
// case (an average, what is typical) and the other only some cases or an
// extreme one ("on some days", "as little as", "at peak times"): a
// difference of the kind two accounts give of one thing, not a clash.
func typicalAgainstSome(at []token, qa quantity, bt []token, qb quantity) bool {
	ta, sa := clauseHas(at, qa, typicalWords), clauseHas(at, qa, someWords) || extremeBound(at, qa)
	tb, sb := clauseHas(bt, qb, typicalWords), clauseHas(bt, qb, someWords) || extremeBound(bt, qb)
	return ta && !sa && sb && !tb || tb && !sb && sa && !ta
}

// extremeBound reports whether "as little as", "as much as" or the like
// stands before figure q: the figure is the extreme, not the usual.
func extremeBound(toks []token, q quantity) bool {
	for k := q.from; k >= 2 && k >= q.from-3; k-- {
		if toks[k].Lower == "as" && extremeWords[toks[k-1].Lower] && toks[k-2].Lower == "as" {
			return true
		}
	}
	return false
}

// extremeWords make "as ... as" before a figure its extreme: "as little
// as 40p", "as long as six hours".
var extremeWords = set("little", "much", "long", "high", "low", "few", "many")

// clauseHas reports whether a word of words stands in q's clause, outside
// the figure itself: "some" in "some 11,000" rounds the figure.
func clauseHas(toks []token, q quantity, words map[string]bool) bool {
	for k := q.clause[0]; k <= q.clause[1] && k < len(toks); k++ {
		if (k < q.from || k > q.to) && words[toks[k].Lower] && !tokAt(toks, k+1).IsNum {
			return true
		}
	}
	return false
}

// complementary reports whether figures qa of x and qb of y are the two
// parts of one whole: shares that add up to all of it where one of them
// is what is taken off or left ("80 per cent of the market rate" / "a 20%
// discount"), or sums that add up to a total both claims give ("paid
// £62,000 of the £118,000 contract" / "owed £56,000 under the £118,000
// contract").
func complementary(x side, qa quantity, y side, qb quantity) bool {
	if !qa.exact && !nearFigure(qa) || !qb.exact && !nearFigure(qb) {
		return false
	}
	if qa.dim == "percent" && qb.dim == "percent" {
		return math.Abs(qa.val+qb.val-100) <= 1 && (clauseHas(x.c.toks, qa, remainderWords) || clauseHas(y.c.toks, qb, remainderWords))
	}
	for _, ta := range x.qs {
		for _, tb := range y.qs {
			if sameUnit(ta, qa) && sameUnit(tb, qb) && sameUnit(ta, tb) && ta.exact && tb.exact && sameValue(ta, tb) &&
				ta.val > qa.val && tb.val > qb.val && math.Abs(qa.val+qb.val-ta.val) <= 0.02*ta.val {
				return true
			}
		}
	}
	return false
}

// remainderIn returns, when q is what is left between two figures of x
// or of a whole once x's share of it is taken, the words of x that give
// it: "fell about 600 million crowns short of its goal" / "raised 1.4
// billion crowns against a target of 2 billion", "5.6 million euros" /
// "meet 60 per cent of the estimated 14 million euro cost", "ten miles an
// hour below the limit" / "a 50mph limit when the signs showed 60mph".
// A gap between two figures counts where q's clause in y calls it one
// (gapAt: "short", "a rise", "extra"), x gives them as from and to or
// one as a share of the other ("60 per cent of the 14 million euro
// cost"); "eight classrooms, including two rooms" leaves no six
// classrooms.
// Dates, times, lengths of time and shares are left out: two of them
// often lie one small figure apart by chance.
func remainderIn(x side, y *claimInfo, q quantity) string {
	if !leftover(q) {
		return ""
	}
	near := func(d float64) bool { return d > 0 && math.Abs(d-q.val) <= 0.02*math.Max(d, q.val) }
	for _, w := range x.qs {
		if w.step != "change" && sameUnit(w, q) && sameValue(w, q) {
			return "" // x gives q itself
		}
	}
	for _, w := range x.qs {
		if !leftover(w) || w.val <= q.val || !sameUnit(w, q) && !valueNouns[w.head] {
			continue
		}
		for _, t := range x.qs {
			switch {
			case !sameUnit(w, q):
				if sameUnit(t, q) && t.val < w.val && !sameValue(t, q) && near(w.val-t.val) && t.clause == w.clause {
					return figuresPhrase(x.c, w, t) // "raised 1.4 billion crowns against a target of 2 billion"
				}
			case t.dim == "percent" && !t.derived && t.step == "" && nearFigure(t) && t.val > 0 && t.val < 100 &&
				(t.to < w.from || t.from > w.to) && (near(w.val*t.val/100) || near(w.val*(100-t.val)/100)):
				return figuresPhrase(x.c, t, w)
			case leftover(t) && sameUnit(t, q) && t.val < w.val && !sameValue(t, q) && near(w.val-t.val) &&
				(gapAt(y.toks, q) || (t.step == "before") != (w.step == "before") || t.from <= w.from && w.to <= t.to):
				return figuresPhrase(x.c, w, t)
			}
		}
	}
	return ""
}

// gapAt reports whether q's clause in toks names a gap between two
// figures: a word of change ("a £7 rise") or of what is short, over or
// left ("fell 600 million short", "the overspend", "eight extra").
func gapAt(toks []token, q quantity) bool {
	for k := q.clause[0]; k <= q.clause[1] && k < len(toks); k++ {
		if !toks[k].IsNum && (betweenWords[toks[k].Lemma] || changeNoun(&toks[k])) {
			return true
		}
	}
	return false
}

// betweenWords name what lies between two figures, as lemmas.
var betweenWords = set("short", "shortfall", "less", "more", "few", "extra", "additional", "below", "above", "overspend",
	"overrun", "go", "lose", "gap", "difference", "remainder", "rest", "balance", "remaining", "saving", "discount", "under",
	"leave", "unspent", "unused", "spare", "outstanding")

// valueNouns name what a figure after "of" is the value of, not what it
// counts: "a target of 2 billion" is 2 billion of what the clause counts
// elsewhere.
var valueNouns = set("target", "goal", "total", "budget", "cap", "limit", "ceiling", "figure", "sum")

// leftover reports whether q may be a figure left between two others: a
// sum or a count near its value, no date, time, length of time or share.
func leftover(q quantity) bool {
	return nearFigure(q) && !q.zero && !q.time && !dated(q) && q.dim != "duration" && q.dim != "percent" && !q.derived && q.val > 0
}

// figuresPhrase returns the words of c that give figures p and q, in the
// order said.
func figuresPhrase(c *claimInfo, p, q quantity) string {
	if q.from < p.from {
		p, q = q, p
	}
	return figurePhrase(c, p) + " … " + figurePhrase(c, q)
}

// remainderWords name the part taken off a whole or left of it.
var remainderWords = set("discount", "discounted", "off", "remaining", "remainder", "rest", "balance", "outstanding")

// lengthAndChange reports whether one of two lengths of time is a change
// and the other a length: "will run for four weeks this year" / "had been
// cut by six weeks" measure two things.
func lengthAndChange(a, b quantity) bool {
	return a.dim == "duration" && b.dim == "duration" && (a.step == "change") != (b.step == "change")
}

// typicalWords give the usual case: an average, a typical figure.
var typicalWords = set("average", "averaged", "averages", "typical", "typically", "usually", "normally", "mean",
	"median", "overall", "generally")

// someWords give some cases, or an extreme one, rather than the usual.
var someWords = set("some", "several", "sometimes", "occasionally", "peak", "worst", "longest",
	"highest", "lowest", "shortest")

// predicateMet reports whether a verb form of either quantity's clause
// ("injured", "upheld") has its counterpart (the same word, a synonym, a
// more general or specific one) in the other's clause: "none of the
// complaints has been substantiated" says nothing of "230 complaints
// lodged".
func predicateMet(x side, qa quantity, y side, qb quantity) bool {
	return verbMet(x, qa, y, qb, false) || verbMet(y, qb, x, qa, false)
}

// verbsMet is predicateMet between verb forms only, an infinitive
// among them: "disciplined" / "to discipline", not "tracking data" / "the
// trackers".
func verbsMet(x side, qa quantity, y side, qb quantity) bool {
	return verbMet(x, qa, y, qb, true) || verbMet(y, qb, x, qa, true)
}

// hasVerb reports whether q's clause has a verb form of its own, outside
// the figure ("120 nurses recruited"); "186 passengers were on board" and
// "there were around 180 passengers" say nothing of the people counted
// that the other could fail to meet.
func hasVerb(c *claimInfo, q quantity) bool {
	for _, k := range c.content {
		if k >= q.clause[0] && k <= q.clause[1] && (k < q.from || k > q.to) && isVerbForm(c, k) {
			return true
		}
	}
	return false
}

// verbMet is predicateMet one way: from the verb forms of qx's clause;
// with verbs, to verb forms only.
func verbMet(x side, qx quantity, y side, qy quantity, verbs bool) bool {
	for n, k := range x.c.content {
		if k < qx.clause[0] || k > qx.clause[1] || k >= qx.from && k <= qx.to || n >= len(x.m) || !isVerbForm(x.c, k) ||
			k > 0 && x.c.toks[k-1].content() && (strings.HasSuffix(x.c.toks[k].Lower, "ing") || k > qx.to) {
			// "ballot stuffing" is a noun, "nurses recruited from
			// overseas" a noun the verb form describes; "negotiators
			// closed eleven chapters" has the verb before the figure
			continue
		}
		if m := x.m[n]; grounds(m.kind) {
			if o := y.c.content[m.other]; o >= qy.clause[0] && o <= qy.clause[1] && (!verbs || isVerbForm(y.c, o) || tokAt(y.c.toks, o-1).Lower == "to") {
				return true
			}
		}
	}
	return false
}

// roleMet reports whether a role word of qx has its counterpart in y (the
// same word, a synonym, a more general or specific one, an antonym) within
// qy's clause. A word y repeats counts wherever it stands, not only where
// the word matching placed it: in "a protection zone of about two miles
// and a surveillance zone of roughly six miles" both figures are of a
// zone.
func roleMet(x side, qx quantity, y side, qy quantity) bool {
	for _, k := range qx.roles {
		m, ok := matchAt(x, k)
		if !ok {
			continue
		}
		if m.kind == mNone || m.kind == mCoHyponym {
			continue
		}
		if o := y.c.content[m.other]; o >= qy.clause[0] && o <= qy.clause[1] {
			return true
		}
		if m.kind == mExact && repeatedIn(y.c, y.c.toks[y.c.content[m.other]].Key, qy.clause) {
			return true
		}
	}
	return false
}

// repeatedIn reports whether a content word of c with term key key stands
// within the token range clause.
func repeatedIn(c *claimInfo, key string, clause [2]int) bool {
	for _, k := range c.content {
		if k >= clause[0] && k <= clause[1] && c.toks[k].Key == key {
			return true
		}
	}
	return false
}

// sameDateKind is the kind of the cue of two claims giving the same date.
const sameDateKind = "same date"

// Kinds of the cues of countsOf.
const (
	peopleCountKind = "different number of people"
	countKind       = "different count"
)

// nearCount is the least vector similarity of two counted nouns that name
// one kind of thing in different words ("reports" / "complaints" 0.64,
// "reports" / "incidents" 0.53; "reports" / "sales" 0.46).
const nearCount = 0.5

// countsOf returns the kind of cue when qa of x and qb of y count one kind
// of thing in different words, with figures no value satisfies both, in
// clauses that say the same thing of them (a word of qa's clause outside the
// figure has a counterpart, the same word, a synonym, a more general or
// specific one, in qb's clause: "injuries" / "injured", "of damp"); else "".
// People are counted by their roles ("three workers", "seven of our
// members"); other things by nouns close in meaning ("212 reports" / "over
// 500 complaints"). Words that sort things apart (man / woman, dog / cat,
// sister terms) never count as one kind.
func countsOf(x side, qa quantity, y side, qb quantity) string {
	if !counts(x, qa, y, qb) || !disjoint(qa, qb) {
		return ""
	}
	if isPeople(qa.head) != isPeople(qb.head) && (eventOf(x.c, qa, qb.head) || eventOf(y.c, qb, qa.head)) {
		// "14 arrests" / "40 people detained": what befell them says the
		// two count the same people
		return peopleCountKind
	}
	if sortsApart(qa.head, qb.head) {
		return "" // "men" / "women" sort people apart; kinds of each other are sameUnit's
	}
	kind := kindCounted(qa, qb)
	if kind == "" {
		return ""
	}
	if saidOfBoth(x, qa, reach(x.c, qa), y, qb, reach(y.c, qb)) == 0 {
		return ""
	}
	return kind
}

// noneAgainstSome reports whether one of qa and qb says no people by
// their role had a thing done and the other that some did, the same thing
// in the same or kindred words: "No engineer has been disciplined" / "used
// to discipline at least five of our members". Weak as countsOf's cue is,
// as the two may be different people.
func noneAgainstSome(x side, qa quantity, y side, qb quantity) bool {
	if qa.zero == qb.zero || qa.head == "" || qb.head == "" || !isPeople(qa.head) || !isPeople(qb.head) || sortsApart(qa.head, qb.head) {
		return false
	}
	some := qa
	if some.zero {
		some = qb
	}
	return some.val > 0 && some.dim == "" && some.per == "" && verbsMet(x, qa, y, qb)
}

// sortsApart reports whether the lexicon relates two counted nouns as
// anything but words of similar meaning ("volumes" / "books"): sister
// terms sort things apart (men / women), and kinds of each other are
// sameUnit's.
func sortsApart(a, b string) bool {
	r := sharedLex.relation(a, b, true)
	return r != relNone && r != relSimilar
}

// kindCounted returns peopleCountKind when qa and qb both count people, by
// their roles ("workers", "members"), countKind when they count one kind
// of thing in nouns close in meaning ("reports" / "complaints"), else "".
func kindCounted(qa, qb quantity) string {
	switch {
	case isPeople(qa.head) && isPeople(qb.head):
		return peopleCountKind
	case measureUnits[qa.head] || measureUnits[qb.head] || isPeople(qa.head) || isPeople(qb.head):
		return ""
	case occasions[qa.head] || occasions[qb.head]:
		// times count occasions ("closed on 400 occasions" / "fewer than
		// 150 times"), not what a noun near "time" counts ("wrote twice"
		// / "four generations")
		if occasions[qa.head] && occasions[qb.head] {
			return countKind
		}
		return ""
	}
	if s, ok := wordVectors().Similarity(qa.head, qb.head); ok && s >= nearCount {
		return countKind
	}
	return ""
}

// occasions are the nouns that count times something happened.
var occasions = set("time", "occasion", "instance")

// apart reports whether two figures that may both hold, neither an open
// bound, a date, a time or a length of time, still name values more than
// a tenth apart: "around 1,800 overnight stays" / "roughly 1,500", "14
// hearings" / "about a dozen hearings" give different figures a reader
// weighs, not the same one.
func apart(a, b quantity) bool {
	if math.IsInf(a.lo, 0) || math.IsInf(a.hi, 0) || math.IsInf(b.lo, 0) || math.IsInf(b.hi, 0) || a.val == 0 || b.val == 0 ||
		a.time || b.time || a.dim == "duration" || b.dim == "duration" || dated(a) || dated(b) {
		return false
	}
	return math.Abs(a.val-b.val) > 0.1*math.Max(math.Abs(a.val), math.Abs(b.val))
}

// boundApart reports whether two figures that may both hold, one of them
// an open bound, name points more than a fifth apart: "up to three hours" /
// "an average of ninety minutes", "more than 2,000 responses" / "3,150
// responses" give two figures, a maximum and a typical case, or a floor
// and a count, not one. Dates and times of day are left to their own
// reading.
func boundApart(a, b quantity) bool {
	if nearFigure(a) && nearFigure(b) || a.val <= 0 || b.val <= 0 || a.time || b.time || dated(a) || dated(b) {
		return false
	}
	return math.Max(a.val, b.val) > boundRatio*math.Min(a.val, b.val)
}

// roughIn reports whether figure q is said as a vague few or an order of
// magnitude ("several weeks", "dozens of homes"): no bound a point is
// measured from.
func roughIn(toks []token, q quantity) bool {
	for k := q.from; k <= q.to && k < len(toks); k++ {
		if _, ok := roughRanges[toks[k].Lower]; ok {
			return true
		}
	}
	return false
}

// complementShares reports whether qa of claim a and qb of claim b are
// shares of a whole that may make it up together, and exactly one of the
// two clauses is negated: "one in five ships is fitted" and "most ships
// could not plug in" count the two parts of one fleet.
func complementShares(a *claimInfo, qa quantity, b *claimInfo, qb quantity) bool {
	share := func(q quantity) bool { return q.dim == "percent" && (q.ofWhole || q.ofN > 0) }
	if !share(qa) || !share(qb) || qa.lo > 100-qb.lo || qa.hi < 100-qb.hi {
		return false
	}
	return negatedClause(a, qa) != negatedClause(b, qb)
}

// negatedClause reports whether a negation of c stands in the clause of q.
func negatedClause(c *claimInfo, q quantity) bool {
	return slices.ContainsFunc(negations(c), func(i int) bool { return i >= q.clause[0] && i <= q.clause[1] })
}

// boundRatio is how far apart boundApart's points must be. Among the
// expected pairs of the statement cases whose figures the cues found
// compatible, with an open bound on one side, those with points a fifth
// or more apart were 9 agreements, 22 differences and 14 contradictions;
// those closer, 74 agreements against 24. Points exactly a fifth apart
// ("around 1.2 million" / "more than a million") still meet.
const boundRatio = 1.2

// inNumbers reports whether a figure is said with a number, not only
// words of quantity ("most", "nearly all").
func inNumbers(toks []token, q quantity) bool {
	for k := q.from; k <= q.to && k < len(toks); k++ {
		if toks[k].IsNum {
			return true
		}
	}
	return false
}

// counts reports whether qa of x and qb of y are both plain counts of
// things named by a noun: no sum, share, rate, date or time, and no tally.
func counts(x side, qa quantity, y side, qb quantity) bool {
	return !qa.zero && !qb.zero && qa.per == "" && qb.per == "" && qa.dim == "" && qb.dim == "" && qa.month == "" && qb.month == "" &&
		!qa.time && !qb.time && qa.head != "" && qb.head != "" && !tally(x.c.toks, qa) && !tally(y.c.toks, qb)
}

// countsAlike reports whether qa of x and qb of y count one kind of thing
// in different words with figures that may be the same, in clauses that
// say the same thing of them: "around 60 staff" / "about 60 workers",
// "some 40 reports" / "about 40 complaints". People are one kind by their
// roles, other things by nouns close in meaning; words that sort things
// apart (men / women) never are. People and what they did are one count
// too ("3,000 signatures" / "signed by 3,000 people").
func countsAlike(x side, qa quantity, y side, qb quantity) bool {
	if !counts(x, qa, y, qb) || disjoint(qa, qb) || sortsApart(qa.head, qb.head) {
		return false
	}
	if isPeople(qa.head) != isPeople(qb.head) && (eventOf(x.c, qa, qb.head) || eventOf(y.c, qb, qa.head)) {
		return true // "3,400 responses" / "three and a half thousand people responded"
	}
	return kindCounted(qa, qb) != "" && saidOfBoth(x, qa, reach(x.c, qa), y, qb, reach(y.c, qb)) > 0
}

// contribution reports whether sum q is what a party puts towards a
// whole rather than the whole: "will contribute $4 million towards joint
// spraying", "has set aside £600,000", "offered to raise £50,000 towards
// the cost" against "a joint fund of roughly ten million dollars" or
// "would cost an estimated £2.3 million". Sums apart, the two are
// different figures.
func contribution(toks []token, q quantity) bool {
	if !strings.HasPrefix(q.dim, "money:") {
		return false
	}
	for k := q.from - 1; k >= 0 && k >= q.from-4 && toks[k].Word; k-- {
		if contributeVerbs[toks[k].Lemma] || toks[k].Lower == "aside" {
			return true
		}
	}
	for k := q.to + 1; k < len(toks) && k <= q.to+3 && toks[k].Word; k++ {
		if toks[k].Lower == "towards" || toks[k].Lower == "toward" {
			return true
		}
	}
	return false
}

// contributeVerbs put a sum towards a whole, as lemmas.
var contributeVerbs = set("contribute", "donate", "allocate", "earmark", "commit", "pledge", "grant")

// runningBelow reports whether count q, in toks, is said as counted so far
// ("has so far identified", "to date", "thus far") and stands below
// figure o.
func runningBelow(toks []token, q, o quantity) bool {
	if q.dim != "" || q.month != "" || q.time || q.hi >= o.lo {
		return false
	}
	for k := q.clause[0]; k <= q.clause[1] && k+1 < len(toks); k++ {
		w, next := toks[k].Lower, toks[k+1].Lower
		if (w == "so" || w == "thus") && next == "far" || w == "to" && next == "date" {
			return true
		}
	}
	return false
}

// closeCounts reports whether qa of x and qb of y count things with
// figures that may be the same and lie within a tenth of each other, one of
// them uncommon (see uncommonFigure), or with one floor of a hundred or
// more, whatever nouns count them: "Officers searched 412 people" / "more
// than four hundred festival-goers were searched", "around 6,200 customers
// had holidays booked" / "more than six thousand bookings". Two parties'
// accounts of one event rarely land this near for two different things.
func closeCounts(x side, qa quantity, y side, qb quantity) bool {
	if !counts(x, qa, y, qb) || disjoint(qa, qb) || sortsApart(qa.head, qb.head) {
		return false
	}
	if qa.lo == qb.lo && qa.hi == qb.hi && math.IsInf(qa.hi, 1) && qa.lo >= 100 {
		return true // "more than 300 letting agents" / "over three hundred agencies": one floor
	}
	return (uncommonFigure(qa) || uncommonFigure(qb)) && math.Abs(qa.val-qb.val) <= 0.1*math.Max(qa.val, qb.val)
}

// sameFigure reports whether qa and qb give one uncommon figure, whatever
// words count or measure it: "about 120,000" / "roughly 120,000 of the
// locks", "450 jobs" / "up to 450 roles", "£4.2m" / "the 4.2 million pounds
// spent", "58 pupils" / "fifty-eight children". A figure above ten with
// two significant figures or more rarely comes back in two accounts'
// claims for two different things; a round one ("fines of up to 2 million
// euros" / "a fund of 2 million euros") or a small one may. Dates,
// times, shares, rates and sums against counts never count.
func sameFigure(qa, qb quantity) bool {
	if qa.val != qb.val || qb.zero || qa.per != qb.per || disjoint(qa, qb) || !uncommonFigure(qa) || !uncommonFigure(qb) {
		return false
	}
	return qa.dim == qb.dim || countLike(qa) && countLike(qb)
}

// restated reports whether qa and qb give one figure in two forms that
// meet once converted: "around 340 hectares" / "some 850 acres", "about
// 40 per cent" / "two in five". One party restating the other's figure in
// its own units rarely lands on it by chance; lengths of time ("28 days" /
// "four weeks") and sums of money do.
func restated(qa, qb quantity) bool {
	if qa.zero || qb.zero || qa.per != qb.per || qa.dim != qb.dim || disjoint(qa, qb) {
		return false
	}
	if qa.dim == "percent" {
		return (qa.ofN > 0) != (qb.ofN > 0)
	}
	ua, okA := baseUnits[qa.head]
	ub, okB := baseUnits[qb.head]
	return okA && okB && ua.factor != ub.factor
}

// uncommonFigure reports whether q is a figure above ten with two
// significant figures or more, not a date or a time: "120,000", "58",
// "£4.2m", but not "300", "2 million" or "2019".
func uncommonFigure(q quantity) bool {
	if q.val < 11 || q.zero || q.month != "" || q.time || q.unit["#year"] {
		return false
	}
	lead := q.val / math.Pow(10, math.Floor(math.Log10(q.val))-1)
	return math.Mod(lead, 10) != 0
}

// countLike reports whether q counts things: a bare figure or one with the
// noun it counts.
func countLike(q quantity) bool { return q.dim == "" || q.dim == "amount" }

// andCountAfter returns the bare count that "and" adds to figure q later
// in its sentence, the noun left out ("eleven people were arrested for
// obstruction and two for assault" counts thirteen), or -1.
func andCountAfter(toks []token, q quantity) float64 {
	for k := q.to + 1; k+1 < len(toks) && !sentenceEnds[toks[k].Surface]; k++ {
		n := &toks[k+1]
		if toks[k].Lower == "and" && n.IsNum && n.Num == math.Trunc(n.Num) && !tokAt(toks, k+2).content() {
			return n.Num
		}
	}
	return -1
}

// ratioTerm reports whether figure q is a term of a ratio: "one adult to
// five children", "one member of staff for every five", "a ratio of 1:8".
func ratioTerm(toks []token, q quantity) bool {
	if tokAt(toks, q.from-1).Lower == "every" && tokAt(toks, q.from-2).Lower == "for" {
		return true
	}
	if tokAt(toks, q.from-1).Lower != "to" {
		return false
	}
	for k := q.from - 2; k >= 0 && k >= q.from-6; k-- {
		if l := toks[k].Lower; l == "ratio" || l == "one" || toks[k].IsNum && toks[k].Num == 1 {
			return true
		}
	}
	return false
}

// mergedInto reports whether figure q counts what things were merged into
// ("have been combined into a single unit", "merged into one trust").
func mergedInto(toks []token, q quantity) bool {
	if tokAt(toks, q.from-1).Lower != "into" {
		return false
	}
	return slices.ContainsFunc(toks[:q.from], func(t token) bool { return mergeVerbs[t.Lemma] })
}

// mergeVerbs make one thing of several.
var mergeVerbs = set("combine", "merge", "amalgamate", "consolidate", "fold", "fuse", "unite")

// scoredAgainst reports whether q is the first figure of a score ("31
// votes to 9") whose second figure is o's value.
func scoredAgainst(toks []token, q, o quantity) bool {
	return tally(toks, q) && tokAt(toks, q.to+2).Num == o.val
}

// tally reports whether q is the first figure of a tally or a score ("31
// votes to 24"), which counts no single kind of thing.
func tally(toks []token, q quantity) bool {
	return tokAt(toks, q.to+1).Lower == "to" && tokAt(toks, q.to+2).IsNum
}

// reach returns the last token of what a clause says of the things q
// counts: the end of q's clause, or of the claim when a relative clause
// follows q ("31 incidents in which a lid came off").
func reach(c *claimInfo, q quantity) int {
	next, after := tokAt(c.toks, q.to+1).Lower, tokAt(c.toks, q.to+2).Lower
	if relatives[next] || next == "in" && after == "which" {
		return len(c.toks) - 1
	}
	return q.clause[1]
}

// relatives open a relative clause.
var relatives = set("which", "that", "who", "whom", "whose", "where", "when")

// eventOf reports whether a verb form right after the people q counts,
// not an "-ing" form, names what event counts ("40 people detained" for
// "arrests", "three workers injured" for "injuries"): the same lemma or a
// word vector at nearCount or closer.
func eventOf(c *claimInfo, q quantity, event string) bool {
	verbs := []int{q.to + 1, q.to + 2}
	if by := q.from - 1; tokAt(c.toks, by).Lower == "by" {
		verbs = append(verbs, by-1) // "a petition signed by 3,000 people"
	}
	for _, k := range verbs {
		if k < 0 || k >= len(c.toks) {
			continue
		}
		t := &c.toks[k]
		if !t.content() || t.Lower == t.Lemma || strings.HasSuffix(t.Lower, "ing") {
			continue // "31 councillors asking" did nothing that befell them
		}
		if t.Lemma == event || derived(t.Lemma, event) {
			return true
		}
		if s, ok := wordVectors().Similarity(t.Lemma, event); ok && s >= nearCount {
			return true
		}
	}
	return false
}

// derived reports whether a verb and a noun look derived one from the
// other: one starts with the whole of the other, four letters or more
// ("sign" / "signature", "complain" / "complaint"), or the two share their
// first six ("respond" / "response").
func derived(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 4 && strings.HasPrefix(b, a) {
		return true
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	return n >= 6
}

// isPeople reports whether a counted noun names people.
func isPeople(head string) bool {
	return peopleGroups[head] || isHypernym("person", head)
}

// peopleGroups count people without naming each a person: "a workforce of
// around 300", "a crowd of 5,000".
var peopleGroups = set("people", "person", "staff", "personnel", "workforce", "crew", "crowd", "membership")

// peopleByRole reports whether one of two counted nouns names people in
// general ("people", "staff", "crowd") and the other people by a role or
// kind ("guests", "workers").
func peopleByRole(a, b string) bool {
	return peopleGroups[a] != peopleGroups[b] && isPeople(a) && isPeople(b)
}

// countsPart reports whether the people q counts in c may be a part of
// those the other side counts, or those a part of them: c counts people
// besides ("212 passengers and 31 crew"), names them beside the count
// ("its pilot and 14 passengers"), or says whom the count includes
// ("fifteen people, including the pilot").
func countsPart(c *claimInfo, q quantity) bool {
	for _, o := range c.qs {
		if o.from != q.from && o.head != "" && o.dim == "" && isPeople(o.head) {
			return true
		}
	}
	if tokAt(c.toks, q.from-1).Lower == "and" && isPeople(tokAt(c.toks, q.from-2).Lemma) {
		return true
	}
	for k := q.to + 1; k <= q.to+3 && k < len(c.toks); k++ {
		if w := c.toks[k].Lower; w == "including" || w == "plus" {
			return true
		}
	}
	return false
}

// subset reports whether one count is of a narrower kind than the other
// and no larger ("two blond girls" / "four people"): the few may be among
// the many.
func subset(a, b quantity) bool {
	if a.dim != "" || b.dim != "" || a.head == "" || b.head == "" || a.head == b.head || a.zero || b.zero {
		return false
	}
	switch sharedLex.relation(a.head, b.head, false) {
	case relHyponym: // a's kind is the narrower
		return a.lo <= b.hi
	case relHypernym:
		return b.lo <= a.hi
	}
	return false
}

// disjoint reports whether no value satisfies both quantities: "more than
// 500" and "fewer than 200", "three" and "dozens", "15:10" and "4 pm".
func disjoint(a, b quantity) bool {
	if a.time && b.time && (a.lo < smallHours || b.lo < smallHours) && !math.IsInf(math.Min(a.lo, b.lo), -1) {
		// the clock turns at midnight: "midnight" (24) is "00:00", and
		// "1.15am" may be "after midnight" of the night before
		lo, hi := a, b
		if b.lo < a.lo {
			lo, hi = b, a
		}
		lo.lo, lo.hi = lo.lo+24, lo.hi+24
		if !(lo.hi < hi.lo || hi.hi < lo.lo) {
			return false
		}
	}
	return a.hi < b.lo || b.hi < a.lo || belowReached(a, b) || belowReached(b, a)
}

// smallHours ends the hours after midnight that may belong to the night
// before.
const smallHours = 6

// belowReached reports whether a reaches a figure above the ceiling b
// sets: "added up to 12 minutes" / "no more than two minutes". A month
// reached may be as short as 28 days: "kept for up to a month" does not
// pass "deleted within 30 days".
func belowReached(a, b quantity) bool {
	return a.reached && !b.reached && math.IsInf(b.lo, -1) && b.hi < leastOf(a)
}

// leastOf returns the shortest reading of q's figure: its value, or for a
// length in months, months of 28 days ("a month" may be four weeks).
func leastOf(q quantity) float64 {
	if q.dim == "duration" && q.head == "month" {
		lo, _ := monthRange(q.val)
		return lo
	}
	return q.val
}

// sameValue reports whether two exact figures are equal, up to rounding:
// "90 minutes" and "1.5 hours".
func sameValue(a, b quantity) bool {
	x, y := a.lo, b.lo
	if a.exact && b.exact {
		x, y = a.val, b.val // "a month and a half" spans 42 to 46.5 days, but is not six weeks
	}
	return math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}

// roundedTo reports whether the whole figure a is b rounded, b given to
// decimals and within 2 per cent of it: "30 euros" / "29.99 euros", "a 30
// per cent rise" / "29.6 per cent"; not "3 days" / "2.5 days".
func roundedTo(a, b quantity) bool {
	return a.val == math.Trunc(a.val) && b.val != math.Trunc(b.val) && math.Round(b.val) == a.val &&
		math.Abs(a.val-b.val) <= 0.02*math.Abs(a.val)
}

// demanded reports whether a verb of asking governs figure q: "the group
// wants each passenger to receive £350", "is demanding a refund of half";
// not "students seeking counselling are waiting five weeks", where a verb
// of its own stands between.
func demanded(toks []token, q quantity) bool {
	for j := q.from - 1; j >= 0 && j >= q.from-10; j-- {
		t := &toks[j]
		if t.Surface == "." || t.Surface == ";" || finiteBe[t.Lower] {
			return false
		}
		if demandVerbs[t.Lemma] || (t.Lemma == "call" || t.Lemma == "ask" || t.Lemma == "push") && tokAt(toks, j+1).Lower == "for" {
			return true
		}
	}
	return false
}

// finiteBe are the forms of "be" that make a clause's verb.
var finiteBe = set("is", "are", "was", "were")

// demandVerbs ask for what their object names.
var demandVerbs = set("want", "demand", "seek", "urge", "insist")

// metElsewhere reports whether a figure of as other than qa gives qb: then
// qb is accounted for, and qa is no other figure for it ("around 18,000
// people held tickets, about 4,000 of whom were camping" / "some 18,000 of
// us bought tickets"; "risen to £212 million, an increase of about £9
// million" / "climbed by roughly nine million pounds").
func metElsewhere(as []quantity, qa, qb quantity) bool {
	for _, q := range as {
		if q.from != qa.from && q.per == qb.per && (sameFigure(q, qb) || q.exact && qb.exact && sameUnit(q, qb) && sameValue(q, qb) ||
			!q.exact && !qb.exact && q.dim != "" && q.dim == qb.dim && !disjoint(q, qb)) {
			return true
		}
	}
	return false
}

// metFigures reports, for each figure of b, whether a gives the same exact
// figure of the same unit, or about it, or the same date: such a figure is
// accounted for, and a's other figures of that unit do not clash with it
// ("stood at 5.4 per cent, up from 5.1 per cent" / "climbing to 5.4 per
// cent": 5.1 is the earlier value, not another count of the same; "voted
// 84% in favour on a turnout of 71%" / "more than four in five backed
// it": a bound that a figure close to it meets; "met on 9 February and
// will meet again in April" / "met on 9 February"; a month
// meets any day of it: "strikes on 14 October and in November" / "action
// starting in mid-October").
func metFigures(as, bs []quantity) []bool {
	met := make([]bool, len(bs))
	for k, qb := range bs {
		for _, qa := range as {
			if qa.month == "" && qb.month == "" && sameUnit(qa, qb) && (qa.exact && qb.exact && sameValue(qa, qb) ||
				(qa.exact || qb.exact) && nearFigure(qa) && (nearFigure(qb) || nearBound(qa, qb)) && !qa.time && !qb.time && !disjoint(qa, qb)) ||
				qa.month != "" && qa.month == qb.month && (qa.val == qb.val || qa.val < 0 || qb.val < 0) || seasonMeets(qa.month, qb.month) {
				met[k] = true
			}
		}
	}
	return met
}

// sumsTo reports whether count qa and another count of x's claim, joined
// to it by "and", add up to count qb: "162 passengers and six crew" make
// "168 people".
func sumsTo(x side, qa, qb quantity) bool {
	if qa.dim != "" || qb.dim != "" || !qa.exact || !qb.exact {
		return false
	}
	for _, w := range x.qs {
		if w.from == qa.from || w.dim != "" || !w.exact || qa.val+w.val != qb.val {
			continue
		}
		lo, hi := min(qa.to, w.to), max(qa.from, w.from)
		if hi > lo && hi-lo <= 3 && slices.ContainsFunc(x.c.toks[lo:hi], func(t token) bool { return t.Lower == "and" }) {
			return true
		}
	}
	return false
}

// nearBound reports whether figure a lies within a quarter of the figure
// of b, an open bound: "84%" is near "more than four in five", but "212
// babies" is not near "at least five babies", nor "14.2%" near "fewer than
// one in three".
func nearBound(a, b quantity) bool {
	return math.Abs(a.val-b.val) <= 0.25*math.Abs(b.val)
}

// nearFigure reports whether q is exact or about a figure ("some 320", "a
// third"), not an open bound ("fewer than one in three", "more than 300").
func nearFigure(q quantity) bool {
	return q.exact || q.hi-q.lo <= 0.5*math.Abs(q.val)
}

// sizeOf returns the index of the noun that q sizes where q is a count
// joined by a hyphen to its own noun before that one ("the 180-seat
// chamber", "a 12-bed ward"), else -1.
func sizeOf(toks []token, q quantity) int {
	if q.dim == "" && q.month == "" && !q.time && q.to == q.from+2 && toks[q.from+1].Surface == "-" &&
		tokAt(toks, q.to+1).content() && !tokAt(toks, q.to+1).IsNum {
		return q.to + 1
	}
	return -1
}

// quantityCues compares the numbers, dates, times and measures of the two
// claims. Figures of one unit that measure the same thing (the same rate:
// per day, per person or none; for measures, the same role, see sameRole)
// agree when their values meet and contradict when no value satisfies
// both. A rate against a total, or measures of different things whose
// values clash, make a difference ("different figures"); measures of
// different things whose values meet make no cue.
func quantityCues(a, b side) []cue {
	var out []cue
	met := metFigures(a.qs, b.qs)
	leftOver := make([]bool, len(b.qs)) // b's figures that a's figures leave between them
	for k, qb := range b.qs {
		if w := remainderIn(a, b.c, qb); w != "" {
			leftOver[k] = true
			out = append(out, cue{rel: Agree, text: quote("compatible figures", w, figurePhrase(b.c, qb))})
		}
	}
	for _, qa := range a.qs {
		if w := remainderIn(b, a.c, qa); w != "" {
			out = append(out, cue{rel: Agree, text: quote("compatible figures", figurePhrase(a.c, qa), w)})
			continue
		}
		var same, fits, clash, other *quantity
		var people, alike *quantity
		part := false       // fits is a part of qa's whole or the whole of its part
		looseClash := false // clash is of two offsets whose clauses share nothing
		var peopleKind string
		for k := range b.qs {
			qb := &b.qs[k]
			qa := qa
			if qa.time && qb.time && (qa.halfDay || qb.halfDay) {
				// "twenty to three" may be "2.40pm"
				qa = onClock(qa)
				f := onClock(*qb)
				qb = &f
			}
			if leftOver[k] || qa.shared || qb.shared || (qa.derived || qb.derived) && disjoint(qa, *qb) ||
				qa.timing != "" && qb.timing != "" && advance(qa.timing) != advance(qb.timing) ||
				qa.timing == "window" || qb.timing == "window" ||
				qa.step == "before" && metElsewhere(a.qs, qa, *qb) || qb.step == "before" && metElsewhere(b.qs, *qb, qa) {
				// "for 26 years" / "some six hours after"; "the highest in a
				// decade"; "45mph, up from 38mph" / "raised the limit to
				// 45mph": the level before a change the other side's
				// figure meets is no other figure for it
				continue
			}
			if sa, sb := sizeOf(a.c.toks, qa), sizeOf(b.c.toks, *qb); sa >= 0 != (sb >= 0) && !groundedAt(a, sa) && !groundedAt(b, sb) {
				// "the 180-seat chamber" / "a majority of three seats":
				// the size of a thing the other side does not name
				// counts nothing it tells of; not "a 12-bed ward" / "the
				// ward has 20 beds"
				continue
			}
			if sumsTo(a, qa, *qb) {
				// "162 passengers and six crew" / "all 168 people on board"
				if alike == nil {
					alike = qb
				}
				continue
			}
			if !sameUnit(qa, *qb) && !sameBare(a, qa, b, *qb) {
				if people == nil && !met[k] {
					if peopleKind = countsOf(a, qa, b, *qb); peopleKind != "" {
						people = qb
					} else if noneAgainstSome(a, qa, b, *qb) {
						people, peopleKind = qb, peopleCountKind
					}
				}
				if alike == nil && (countsAlike(a, qa, b, *qb) || sameFigure(qa, *qb) || restated(qa, *qb) || closeCounts(a, qa, b, *qb)) {
					alike = qb
				}
				continue
			}
			if (qa.per == "each") != (qb.per == "each") && (qa.exact && qb.exact && sameValue(qa, *qb) || !disjoint(qa, *qb)) {
				// "a yearly charge of £260 per household" / "£260 a year
				// for each home": one sum, each side naming one of its
				// rates; "one named visitor per patient" / "a single
				// nominated visitor": one figure, one side saying whose
				fits = qb
				continue
			}
			// two parties' notice of an event is one length of time,
			// whatever each calls it ("a week's notice" / "less than a
			// day's warning" / "told only three days before")
			notice := (qa.timing == "notice" || qb.timing == "notice") && advance(qa.timing) == advance(qb.timing)
			if qa.per != qb.per || qa.step != "" && qb.step != "" && qa.step != qb.step || qa.added != qb.added || percentChangeAndShare(qa, *qb) || lengthAndChange(qa, *qb) ||
				contribution(a.c.toks, qa) != contribution(b.c.toks, *qb) && disjoint(qa, *qb) ||
				(measured(qa) || measured(*qb)) && !notice && !sameRole(a, qa, b, *qb) ||
				(qa.partitive || qb.partitive || qa.ofKnown && qa.hi < qb.lo || qb.ofKnown && qb.hi < qa.lo) && !predicateMet(a, qa, b, *qb) {
				if other == nil && !metElsewhere(a.qs, qa, *qb) && (qa.per != qb.per || disjoint(qa, *qb)) {
					other = qb
				}
				if alike == nil && (sameFigure(qa, *qb) || restated(qa, *qb)) {
					alike = qb
				}
				continue
			}
			switch {
			case qa.month != "":
				// a month without a day agrees with any day of it
				if qa.month == qb.month && (qa.val == qb.val || qa.val < 0 || qb.val < 0) ||
					sameDeadline(a.c.toks, qa, b.c.toks, *qb) || seasonMeets(qa.month, qb.month) {
					same = qb
				} else if clash == nil && !met[k] && !weekdays[qa.month] && (seasonMonths[qa.month] == nil) == (seasonMonths[qb.month] == nil) &&
					dateRole(a.c.toks, qa) == dateRole(b.c.toks, *qb) && saidOfOne(a, qa, b, *qb) {
					clash = qb
				}
			case qa.exact && qb.exact && (sameValue(qa, *qb) || roundedTo(qa, *qb) || roundedTo(*qb, qa)):
				same = qb
			case subset(qa, *qb) && disjoint(qa, *qb) && peopleByRole(qa.head, qb.head) &&
				!countsPart(a.c, qa) && !countsPart(b.c, *qb):
				// "64 people fell ill" / "41 guests fell ill": people by
				// their role are the people counted, weakly as in countsOf;
				// not "212 passengers and 31 crew" / "243 people"
				if people == nil {
					people, peopleKind = qb, peopleCountKind
				}
			case subset(qa, *qb) && !qa.only && !qb.only:
				fits, part = qb, true // "two girls" among "four people", but no two engineers are "a single surveyor"
			case disjoint(qa, *qb) && complementary(a, qa, b, *qb):
				// "rents at 80 per cent of the market rate" / "a 20%
				// discount on private rents", "paid £62,000 of the
				// £118,000 contract" / "owed £56,000 under the £118,000
				// contract": two parts that make one whole
				if alike == nil {
					alike = qb
				}
			case disjoint(qa, *qb) && demanded(a.c.toks, qa) != demanded(b.c.toks, *qb):
				// "wants each passenger to receive £350" / "will offer a £100
				// voucher": what one side asks for is no fact the other denies
				if other == nil {
					other = qb
				}
			case disjoint(qa, *qb) && (runningBelow(a.c.toks, qa, *qb) || runningBelow(b.c.toks, *qb, qa)):
				// "has so far identified 31 models with money owing" /
				// "forty-six models have come forward": a count still
				// running may yet reach the other
				if other == nil {
					other = qb
				}
			case disjoint(qa, *qb) && typicalAgainstSome(a.c.toks, qa, b.c.toks, *qb):
				// "average waiting times were 11 minutes" / "waits of more
				// than an hour on some days": the usual case and an extreme
				// one, both of which may hold
				if other == nil {
					other = qb
				}
			case disjoint(qa, *qb) && (qa.zero || qb.zero) && hasVerb(a.c, qa) && hasVerb(b.c, *qb) && !predicateMet(a, qa, b, *qb):
				// "no driver was charged on the basis of a roadside test"
				// / "at least two of the drivers had been suspended":
				// none of them had one thing done, some another
				if other == nil {
					other = qb
				}
			case disjoint(qa, *qb) && (qa.andCount >= 0 && qa.val+qa.andCount == qb.val || qb.andCount >= 0 && qb.val+qb.andCount == qa.val):
				// "eleven people were arrested for obstruction and two
				// for assault" / "thirteen people were detained"
				if alike == nil {
					alike = qb
				}
			case disjoint(qa, *qb) && qa.ratio != qb.ratio:
				// "a ratio of one adult to five children" / "the parents of
				// 38 children": a term of a ratio counts no group
				if other == nil {
					other = qb
				}
			case disjoint(qa, *qb) && (qa.merged || qb.merged):
				// "combined into a single unit" / "the merger of the two
				// wards": what the parts became, not how many they were
				if other == nil {
					other = qb
				}
			case disjoint(qa, *qb) && complementShares(a.c, qa, b.c, *qb):
				// "four of the seven courtrooms cannot be reached" /
				// "three of the seven are step-free": one side counts the
				// share the other leaves out
				if alike == nil {
					alike = qb
				}
			case disjoint(qa, *qb) && (scoredAgainst(a.c.toks, qa, *qb) || scoredAgainst(b.c.toks, *qb, qa)):
				// "backed it by 31 votes to 9" / "nine voting against": a
				// score gives two counts, the other side may name either
			case disjoint(qa, *qb):
				// a figure the claim gives besides qa meets qb ("suspended
				// for ninety days ... received over three years" / "over
				// the past three years"): qb is accounted for
				if clash == nil && !met[k] && !metElsewhere(a.qs, qa, *qb) && (!(dated(qa) || qa.dim == "duration" || qa.time) || notice || saidOfOne(a, qa, b, *qb)) {
					clash = qb
				} else if clash == nil && !met[k] && qa.timing == "offset" && qb.timing == "offset" {
					// "on scene eleven minutes later" / "took almost forty
					// minutes for the first police car to arrive": the two
					// times to one event, unless they count to two
					clash, looseClash = qb, true
				}
			case counts(a, qa, b, *qb) && isPeople(qa.head) && !predicateMet(a, qa, b, *qb) && (hasVerb(a.c, qa) || hasVerb(b.c, *qb)) &&
				!sameFigure(qa, *qb):
				// "120 nurses recruited" / "roughly 140 nurses who left":
				// people counted for two different things; not "about
				// 12,000 workers travelled" / "twelve thousand took part"
			default:
				fits = qb
			}
		}
		pa := figurePhrase(a.c, qa)
		switch {
		case same != nil && dated(qa):
			out = append(out, cue{rel: Agree, text: fmt.Sprintf("%s: %q", sameDateKind, pa)})
		case same != nil:
			out = append(out, cue{rel: Agree, text: fmt.Sprintf("same facts: %q", pa)})
		case fits != nil && (!part && apart(qa, *fits) || boundApart(qa, *fits) && !roughIn(a.c.toks, qa) && !roughIn(b.c.toks, *fits)) &&
			inNumbers(a.c.toks, qa) && inNumbers(b.c.toks, *fits):
			out = append(out, cue{rel: Differ, text: quote("different figures", pa, figurePhrase(b.c, *fits))})
		case fits != nil:
			out = append(out, cue{rel: Agree, text: quote("compatible figures", pa, figurePhrase(b.c, *fits))})
		case clash == nil && other == nil && alike != nil && sameFigure(qa, *alike):
			// "14 licensed growers" / "all fourteen of its member
			// businesses ... employ around 60 people": the one figure both
			// give is what they count alike
			out = append(out, cue{rel: Agree, text: quote("compatible figures", pa, figurePhrase(b.c, *alike))})
		case clash == nil && other == nil && people != nil:
			// two parties' counts of the people an event befell, by their
			// roles ("workers", "members"), or of one kind of thing in
			// different words ("reports", "complaints"): weak, as the two
			// may count different things, unless the claims are paired
			// counterparts
			out = append(out, cue{rel: Contradict, weak: true, framed: true,
				text: quote(peopleKind, pa, figurePhrase(b.c, *people))})
		case clash == nil && other != nil:
			out = append(out, cue{rel: Differ, text: quote("different figures", pa, figurePhrase(b.c, *other))})
		case alike != nil && (clash == nil || !disjoint(qa, *alike)):
			// a figure that meets qa is its counterpart, in other words,
			// and a third one does not clash with it: "1,450 children are
			// waiting" / "close to one and a half thousand young patients
			// are waiting, and 300 children have waited more than a year"
			out = append(out, cue{rel: Agree, text: quote("compatible figures", pa, figurePhrase(b.c, *alike))})
		case clash == nil:
		case dated(qa):
			out = append(out, cue{rel: Contradict, text: quote("different date", pa, figurePhrase(b.c, *clash))})
		case qa.zero || clash.zero:
			out = append(out, cue{rel: Contradict, text: quote("quantity", pa, figurePhrase(b.c, *clash))})
		case qa.time || qa.dim == "duration":
			out = append(out, cue{rel: Contradict, weak: looseClash, framed: looseClash, text: quote("different time", pa, figurePhrase(b.c, *clash))})
		default:
			out = append(out, cue{rel: Contradict, text: quote("different number", pa, figurePhrase(b.c, *clash))})
		}
	}
	return out
}

// figurePhrase returns the words of c that give figure q, from the word
// that turned its bound round if one did.
func figurePhrase(c *claimInfo, q quantity) string {
	if q.deniedAt > 0 {
		return c.phrase(q.deniedAt-1, q.to)
	}
	return c.phrase(q.from, q.to)
}

// saidOfOne reports whether two dates or lengths of time may be said of
// one thing: a word of either's clause, outside the figure, has a
// counterpart in the other's clause, or one clause says nothing besides
// its figure. "Drug use has fallen since March" and "the library had been
// closed since July" date two events; so do "without an incident for
// eleven years" and "a public meeting within a month".
func saidOfOne(a side, qa quantity, b side, qb quantity) bool {
	return alone(a.c, qa) || alone(b.c, qb) || clauseShared(a, qa, b, qb) || clauseShared(b, qb, a, qa)
}

// alone reports whether q's clause holds no content word besides q.
func alone(c *claimInfo, q quantity) bool {
	for _, k := range c.content {
		if k >= q.clause[0] && k <= q.clause[1] && (k < q.from || k > q.to) && !(q.dim == "duration" && lastingVerbs[c.toks[k].Lemma]) {
			return false
		}
	}
	return true
}

// lastingVerbs say only how long their subject went on: "the containment
// lasted just under two hours" gives the length of what the claim is about.
var lastingVerbs = set("last", "take")

// clauseShared reports whether a content word of qx's clause, outside the
// figure, has a counterpart in qy's clause, outside its figure.
func clauseShared(x side, qx quantity, y side, qy quantity) bool {
	for n, k := range x.c.content {
		if k < qx.clause[0] || k > qx.clause[1] || k >= qx.from && k <= qx.to || n >= len(x.m) {
			continue
		}
		m := x.m[n]
		if !grounds(m.kind) {
			continue
		}
		if o := y.c.content[m.other]; o >= qy.clause[0] && o <= qy.clause[1] && (o < qy.from || o > qy.to) {
			return true
		}
	}
	return false
}
