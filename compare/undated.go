package compare

// noDateAt returns the index of a word of c saying no date is set for a
// thing: "no date for the reopening has been set", "no date had yet been
// set for signing", "with a start date still to be settled", "too early
// to set a date"; or -1.
func noDateAt(c *claimInfo) int {
	toks := c.toks
	for i := range toks {
		if !dateNouns[toks[i].Lemma] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if toks[k].Lower == "no" {
				return i // "no date", "no firm date"
			}
			if !dateModifiers[toks[k].Lower] {
				break
			}
		}
		for k := i + 1; k < len(toks) && k <= i+6 && toks[k].Word; k++ {
			w := toks[k].Lower
			if (w == "yet" || w == "still") && tokAt(toks, k+1).Lower == "to" {
				return i // "a date still to be settled"
			}
			if toks[k].Neg && setVerbWithin(toks, k) {
				return i // "the date has not been set"
			}
		}
		if k := i - 1; k >= 2 && (toks[k].Lower == "a" || toks[k].Lower == "the") && setVerbs[toks[k-1].Lemma] && toks[k-2].Lower == "to" &&
			tokAt(toks, k-3).Lower == "early" {
			return i // "too early to set a date"
		}
	}
	return -1
}

// setVerbWithin reports whether a verb setting a date follows the
// negation at toks[k] within three words: "has not yet been set".
func setVerbWithin(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Word; j++ {
		if setVerbs[toks[j].Lemma] {
			return true
		}
	}
	return false
}

// dateNouns name when a thing is to happen; dateModifiers may stand
// between "no" and one; setVerbs fix one, as lemmas.
var (
	dateNouns     = set("date", "timetable", "timeline", "timeframe")
	dateModifiers = set("firm", "fixed", "set", "new", "start", "final", "agreed", "specific")
	setVerbs      = set("set", "fix", "agree", "decide", "confirm", "settle", "announce", "name", "give")
)

// undatedCues: x dates a thing, y says no date is set for it ("a formal
// agreement would be signed in June" / "no date had yet been set for
// signing", "the market will reopen on 6 September" / "No date for the
// reopening has been set"); a season ("signed at a ceremony in the
// autumn") sets no date, nor does a date only expected ("expects a first
// flight before the end of June"). A claim that gives a date of its own,
// or says both, speaks of more than one thing. Claims that share no
// content word may date two things, unless paired as counterparts.
func undatedCues(x, y side) []cue {
	j := y.c.mk.noDate
	if j < 0 || x.c.mk.noDate >= 0 || x.c.mk.hedge >= 0 || datedIn(y.c) {
		return nil
	}
	for _, q := range x.c.qs {
		if dated(q) && !weekdays[q.month] && seasonMonths[q.month] == nil {
			alone := !sharesContent(x, y)
			py := y.c.phrase(max(0, j-1), phraseEnd(y.c, j, 4))
			return []cue{{rel: Contradict, weak: alone, framed: alone, text: orient(x, "dated vs no date", x.c.phrase(q.from, q.to), py)}}
		}
	}
	return nil
}

// datedIn reports whether claim c gives a date: a month or a season, a
// day of a month, or a year.
func datedIn(c *claimInfo) bool {
	for _, q := range c.qs {
		if dated(q) && !weekdays[q.month] {
			return true
		}
	}
	return false
}
