package compare

import "strings"

// hedgeWords soften a claim beyond the lexicon's hedges.
var hedgeWords = set("may", "might", "could", "possibly", "perhaps", "maybe", "consider", "considering",
	"possible", "likely", "unlikely", "probably", "seem", "seems", "appear", "appears", "suggest",
	"think", "believe", "hope", "expect", "envisage", "explore")

// modalHedge reports whether c's hedge is a modal verb or adverb of
// possibility ("may be published", "could close", "possibly"), which
// leaves the event itself in doubt, not only its figure.
func modalHedge(c *claimInfo) bool {
	h := c.mk.hedge
	return h >= 0 && possibility[c.toks[h].Lower]
}

// possibility are the hedges that leave an event in doubt.
var possibility = set("may", "might", "could", "possibly", "perhaps", "maybe")

// hedged returns the index of the first hedge word of c, or -1.
func hedged(c *claimInfo) int {
	for i := range c.toks {
		t := &c.toks[i]
		if t.Word && (hedgeWords[t.Lower] || hedgeWords[t.Lemma] || isHedge(t.Lower)) && !isMonth(c.toks, i) && !namedMay(c.toks, i) &&
			(i == 0 || c.toks[i-1].Lower != "as") && !permits(c.toks, i) && !appearedAt(c.toks, i) && // "as planned", "as expected"
			!(t.Lower == "could" && tokAt(c.toks, i+1).Neg) { // "could not use", a firm refusal
			return i
		}
	}
	return -1
}

// namedMay reports whether token i is "May" capitalised inside its
// sentence: a month or a name ("the May shareholder meeting", "Theresa
// May"), never the modal.
func namedMay(toks []token, i int) bool {
	return toks[i].Surface == "May" && i > 0 && toks[i-1].Word
}

// appearedAt reports whether the "appear" at token i says where something
// was seen, not how it seems: "the interview appeared in the paper", "he
// appeared before the court".
func appearedAt(toks []token, i int) bool {
	return toks[i].Lemma == "appear" && placePrepositions[tokAt(toks, i+1).Lower]
}

// placePrepositions after "appear" say where something was seen.
var placePrepositions = set("in", "on", "at", "before", "outside", "inside", "alongside", "onstage", "online")

// permits reports whether the "may" at token i grants leave up to a limit
// rather than hedges: "the site may use no more than 700,000 litres a day".
func permits(toks []token, i int) bool {
	if toks[i].Lower != "may" {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+4 && toks[k].Word; k++ {
		if w := toks[k].Lower + " " + toks[k+1].Lower; w == "no more" || w == "up to" || w == "at most" || w == "not more" || w == "not exceed" {
			return true
		}
	}
	return false
}

// hedgeWindow is how near a hedge must be to the words it softens.
const hedgeWindow = 4

// hedgesShared reports whether a word the other claim shares stands at
// most hedgeWindow tokens after the hedge at token h of x, in its clause:
// the hedge softens what both claims speak of, not a side remark.
func hedgesShared(x side, h int) bool {
	for n, m := range x.m {
		if k := x.c.content[n]; m.kind != mNone && m.kind != mCoHyponym && k > h && k-h <= hedgeWindow && !clauseBreak(x.c, h, k) {
			return true
		}
	}
	return false
}

// firmWords commit to an action.
var firmWords = set("will", "shall", "must", "ready", "definitely", "certainly", "committed", "pledge",
	"guarantee", "determined")

// hedgeCues: one side hedges what the other states firmly ("may consider" /
// "will withdraw").
func hedgeCues(a, b side) []cue {
	ha, hb := a.c.mk.hedge, b.c.mk.hedge
	if ha >= 0 == (hb >= 0) || !sharesContent(a, b) {
		return nil
	}
	x, y, hx := a, b, ha
	if hb >= 0 {
		x, y, hx = b, a, hb
	}
	if !hedgesShared(x, hx) {
		return nil
	}
	px := x.c.phrase(hx, contentAfter(x.c, hx))
	fy := -1
	for i := range y.c.toks {
		if firmWords[y.c.toks[i].Lower] {
			fy = i
			break
		}
	}
	if fy < 0 {
		// the firm side's first content word matched by the hedged side
		for n, m := range y.m {
			if m.kind != mNone && m.kind != mCoHyponym {
				fy = y.c.content[n]
				break
			}
		}
	}
	if fy < 0 {
		return nil
	}
	py := y.c.phrase(fy, contentAfter(y.c, fy))
	return []cue{{rel: Differ, text: orient(x, "hedged vs firm", px, py)}}
}

// universal and partial quantifiers.
var (
	universalWords = set("all", "every", "entire", "whole", "full", "fully", "completely", "total", "each")
	partialWords   = set("partial", "partially", "some", "partly", "few", "several", "limited")
)

// scopeCues: one side speaks of all, the other of part ("all our troops" /
// "a partial withdrawal").
func scopeCues(a, b side) []cue {
	ua, pa, da, oa := a.c.mk.universal, a.c.mk.partial, a.c.mk.every, a.c.mk.onlyPart
	ub, pb, db, ob := b.c.mk.universal, b.c.mk.partial, b.c.mk.every, b.c.mk.onlyPart
	switch {
	case da >= 0 && oa < 0 && ob >= 0 && ub < 0 && oftenAt(a.c.toks, da) == oftenAt(b.c.toks, ob) && sharesContent(a, b):
		return []cue{{rel: Contradict, text: quote(onlyPartKind, a.c.phrase(da, phraseEnd(a.c, da, 2)), b.c.phrase(ob, phraseEnd(b.c, ob, 3)))}}
	case db >= 0 && ob < 0 && oa >= 0 && ua < 0 && oftenAt(b.c.toks, db) == oftenAt(a.c.toks, oa) && sharesContent(a, b):
		return []cue{{rel: Contradict, text: quote(onlyPartKind, a.c.phrase(oa, phraseEnd(a.c, oa, 3)), b.c.phrase(db, phraseEnd(b.c, db, 2)))}}
	case ua >= 0 && oa < 0 && ob >= 0 && ub < 0 && wholly(a.c.toks, ua) && sharesContent(a, b):
		// "repaid its debt in full" / "only part of its debt has been repaid"
		return []cue{{rel: Contradict, text: quote(onlyPartKind, a.c.phrase(ua, phraseEnd(a.c, ua, 2)), b.c.phrase(ob, phraseEnd(b.c, ob, 3)))}}
	case ub >= 0 && ob < 0 && oa >= 0 && ua < 0 && wholly(b.c.toks, ub) && sharesContent(a, b):
		return []cue{{rel: Contradict, text: quote(onlyPartKind, a.c.phrase(oa, phraseEnd(a.c, oa, 3)), b.c.phrase(ub, phraseEnd(b.c, ub, 2)))}}
	case ua >= 0 && pa < 0 && pb >= 0 && ub < 0 && sharesContent(a, b):
		if exceptions(a, b) {
			return []cue{{rel: Contradict, text: quote(exceptionsKind, a.c.phrase(ua, phraseEnd(a.c, ua, 2)), b.c.phrase(pb, phraseEnd(b.c, pb, 4)))}}
		}
		return []cue{{rel: Differ, text: quote("all vs part", a.c.phrase(ua, phraseEnd(a.c, ua, 2)), b.c.phrase(pb, phraseEnd(b.c, pb, 1)))}}
	case ub >= 0 && pb < 0 && pa >= 0 && ua < 0 && sharesContent(a, b):
		if exceptions(b, a) {
			return []cue{{rel: Contradict, text: quote(exceptionsKind, a.c.phrase(pa, phraseEnd(a.c, pa, 4)), b.c.phrase(ub, phraseEnd(b.c, ub, 2)))}}
		}
		return []cue{{rel: Differ, text: quote("part vs all", a.c.phrase(pa, phraseEnd(a.c, pa, 1)), b.c.phrase(ub, phraseEnd(b.c, ub, 2)))}}
	}
	return nil
}

// wholly reports whether the universal word at token i says a thing was
// done or had in whole: "fully", "completely", "entirely", "all", "in
// full"; not "each of", "the full council" or "a total of".
func wholly(toks []token, i int) bool {
	switch toks[i].Lower {
	case "fully", "completely", "entirely", "all":
		return true
	case "full":
		return i > 0 && toks[i-1].Lower == "in"
	}
	return false
}

// exceptionsKind names the cue of a claim about all against some that
// were not: "every customer was contacted within 48 hours" / "some had
// heard nothing for four days".
const exceptionsKind = "all vs exceptions"

// exceptions reports whether the claim of part, p, negates what it says
// of its part, against the claim of all, u, which does not: the part are
// exceptions to the rule ("several members had still not received
// handling fees" against "all handling fees had been paid"). On the
// statement cases of make quality, 38 of the 48 pairs with a cue of all
// against part were expected to contradict.
func exceptions(u, p side) bool {
	return p.c.mk.negated && !u.c.mk.negated
}

// onlyPartKind names the cue of a claim about all against one that only
// part is so: "available at every Lumen cinema" / "available at only a
// handful of Lumen sites".
const onlyPartKind = "all vs only part"

// everyWords say of a thing that all of it is so: "every cinema", "the
// whole network".
var everyWords = union(wholeWords, set("full"))

// everyAt returns the index of the first word of c among everyWords that
// says all of a thing is so, or -1: not "full" of a body's or a job's name
// ("the full council", "full-time staff").
func everyAt(c *claimInfo) int {
	for i := range c.toks {
		t := &c.toks[i]
		if !everyWords[t.Lower] || figureWord(c.toks, i) ||
			t.Lower == "full" && (fullNames[tokAt(c.toks, i+1).Lemma] || tokAt(c.toks, i+1).Surface == "-") {
			continue
		}
		return i
	}
	return -1
}

// fullNames follow "full" in the name of a body or a kind of work.
var fullNames = set("council", "board", "court", "bench", "house", "session", "meeting", "time", "cabinet", "committee")

// oftenAt reports whether the scope word at token i says how often, with a
// length of time among the next words: "every day", "every two weeks",
// "only twice a week".
func oftenAt(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4 && toks[j].Word; j++ {
		if durationHours[toks[j].Lemma] > 0 {
			return true
		}
	}
	return false
}

// onlyPartAt returns the index of an "only" that limits a count or a part
// ("only twelve bays", "only a handful of", "only some"), or -1; not a
// length of time ("only six weeks to respond").
func onlyPartAt(c *claimInfo) int {
	for i := range c.toks {
		if c.toks[i].Lower != "only" {
			continue
		}
		j := i + 1
		if tokAt(c.toks, j).Lower == "a" {
			j++
		}
		if t := tokAt(c.toks, j); (t.IsNum || partialWords[t.Lower] || smallParts[t.Lower]) && durationHours[tokAt(c.toks, j+1).Lemma] == 0 {
			return i
		}
	}
	return -1
}

// smallParts name a small part of a whole.
var smallParts = set("handful", "minority", "fraction", "few", "small", "part")

// quantifierAt returns the index of the first word of c in words, or -1.
func quantifierAt(c *claimInfo, words map[string]bool) int {
	for i := range c.toks {
		if words[c.toks[i].Lower] && !figureWord(c.toks, i) {
			return i
		}
	}
	return -1
}

// figureWord reports whether the quantifier at token i goes with a figure
// after it, which it rounds or sums rather than sets a scope: "some 2,400
// million crowns", "loans which total 2.4 billion crowns".
func figureWord(toks []token, i int) bool {
	l := toks[i].Lower
	return (l == "some" || l == "total") && tokAt(toks, i+1).IsNum
}

// qualifierPhrases narrow a claim to part of what it says: a condition, an
// exception, a degree short of the whole.
var qualifierPhrases = set("only for", "only if", "only when", "but only", "in principle", "subject to",
	"provided that", "unless", "except", "substantially", "largely", "mostly", "broadly", "so-called",
	"conditional on", "conditional upon", "on condition")

// qualifierAt returns the token index of a qualifier phrase in c, or -1.
func qualifierAt(c *claimInfo) int {
	for i := range c.toks {
		if !c.toks[i].Word {
			continue
		}
		if qualifierPhrases[c.toks[i].Lower] {
			return i
		}
		if i+1 < len(c.toks) && qualifierPhrases[c.toks[i].Lower+" "+c.toks[i+1].Lower] {
			return i
		}
		if c.toks[i].Lower == "so" && i+2 < len(c.toks) && c.toks[i+2].Lower == "called" {
			return i // "so-called", which the tokenizer splits
		}
	}
	return -1
}

// qualifierCues: one side qualifies what the other states without
// condition ("rise by a quarter, but only for shows ..." / "will rise by
// 25 percent"; "agreed in principle" / "agreed").
func qualifierCues(a, b side) []cue {
	qa, qb := a.c.mk.qualifier, b.c.mk.qualifier
	if qa >= 0 == (qb >= 0) || !sharesContent(a, b) {
		return nil
	}
	x, y, q := a, b, qa
	if qb >= 0 {
		x, y, q = b, a, qb
	}
	px := x.c.phrase(q, phraseEnd(x.c, q, 3))
	return []cue{{rel: Differ, text: orient(x, "qualified vs unqualified", px, mainPhrase(y))}}
}

// conditionalCues: one side only supposes what the other states, a word
// both share standing in a clause of condition on one side alone ("if the
// company is found to have breached its licence" / "we have not breached
// our licence").
func conditionalCues(a, b side) []cue {
	return oneSidedCue(a, b, supposedShared(a), supposedShared(b), supposedKind)
}

// supposedKind is the kind of the cue of a claim only supposed.
const supposedKind = "supposed vs stated"

// oneSidedCue returns a difference of the given kind when exactly one of
// two claims has, at token ia of a or ib of b (-1 where it has none), a word
// that keeps it from stating what the other states: its phrase from there
// against what the other speaks of.
func oneSidedCue(a, b side, ia, ib int, kind string) []cue {
	if ia >= 0 == (ib >= 0) {
		return nil
	}
	x, y, i := a, b, ia
	if ib >= 0 {
		x, y, i = b, a, ib
	}
	return []cue{{rel: Differ, text: orient(x, kind, x.c.phrase(i, phraseEnd(x.c, i, 4)), mainPhrase(y))}}
}

// askedCue: of two claims paired as counterparts, one asks for something
// ("the association wants the increase frozen") and the other states what
// is ("the increase applies to all 212 homes"). A demand says what should
// be, so it contradicts no statement of what is: Compare reports their
// clash as this difference.
func askedCue(a, b side) []cue {
	return oneSidedCue(a, b, askedAt(a.c.toks), askedAt(b.c.toks), "asked for vs stated")
}

// askedAt returns the index of a verb of asking that is not negated
// ("wants", "is calling for", "urged"), or -1; -1 too for a claim of two
// sentences, whose clash may lie in the one that asks nothing. "Insisted"
// asserts as often as it asks, and counts as neither; "the documents the
// council asked for had been handed in" asks nothing.
func askedAt(toks []token) int {
	for j := 0; j+1 < len(toks); j++ {
		if sentenceEnds[toks[j].Surface] {
			return -1
		}
	}
	for j := range toks {
		t := &toks[j]
		next, after := tokAt(toks, j+1), tokAt(toks, j+2)
		asking := demandVerbs[t.Lemma] && t.Lemma != "insist" && t.Lower != "demand" && t.Lower != "demands" ||
			askingFor[t.Lemma] && (next.Lower == "for" || next.Lower == "on") && after.Word && !auxiliaries[after.Lower]
		if asking && !negatedAt(toks, j) && !describesNoun(toks, j) {
			return j
		}
	}
	return -1
}

// describesNoun reports whether the verb of wanting at j, in "-ing",
// follows a noun it describes: "students seeking counselling are waiting"
// asks for nothing, "the union is seeking a rise" does. A document calling
// for something ("a petition calling for the home to be saved") still
// reports a demand.
func describesNoun(toks []token, j int) bool {
	return j > 0 && demandVerbs[toks[j].Lemma] && strings.HasSuffix(toks[j].Lower, "ing") && toks[j-1].content() && !toks[j-1].IsNum
}

// sentenceEnds end a sentence.
var sentenceEnds = set(".", "!", "?")

// askingFor are the verbs that ask with "for" or "on" after them: "called
// for", "calls on", "pressed for".
var askingFor = set("call", "ask", "push", "press", "appeal")

// supposedShared returns the index of the "if" or "unless" whose clause holds
// a word of x that the other claim shares, or -1.
func supposedShared(x side) int {
	for n, m := range x.m {
		if m.kind == mNone || m.kind == mCoHyponym {
			continue
		}
		if i := conditionAt(x.c.toks, x.c.content[n]); i >= 0 {
			return i
		}
	}
	return -1
}
