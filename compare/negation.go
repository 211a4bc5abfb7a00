package compare

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley-reader/parley/compare/lexicon"
)

// negations lists the token indexes of the negation markers of c that negate
// ("cannot but" affirms, "not only" adds).
func negations(c *claimInfo) []int {
	var out []int
	for i := range c.toks {
		t := &c.toks[i]
		if !t.Neg {
			continue
		}
		if i+1 < len(c.toks) {
			next := c.toks[i+1].Lower
			if next == "but" && t.Lower != "anything" || next == "help" || t.Lower == "not" && (next == "only" || next == "just") {
				continue
			}
		}
		if rulesOut(c.toks, i) || boundNotNegation(c.toks, i) || contrastSubject(c.toks, i) || notFarEnough(c.toks, i) || noCharge(c.toks, i) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// noCharge reports whether the "no" at token i says a thing is free ("at
// no charge", "at no extra cost"): the price it denies is what the phrases
// of free against charged compare, not something the other claim asserts.
func noCharge(toks []token, i int) bool {
	if toks[i].Lower != "no" {
		return false
	}
	j := i + 1
	if l := tokAt(toks, j).Lower; l == "extra" || l == "additional" {
		j++
	}
	return costNouns[tokAt(toks, j).Lemma]
}

// chargeDenied reports whether the cost noun at token k is one "at no
// charge" or "at no extra cost" denies: what it costs is nothing. It
// answers a negation of the cost alone ("without paying"); one that denies
// more ("not offered another flight and paid for it") still clashes.
func chargeDenied(toks []token, k int) bool {
	return k >= 1 && noCharge(toks, k-1) || k >= 2 && noCharge(toks, k-2)
}

// chargeVerbs ask a price.
var chargeVerbs = set("bill", "charge", "pay", "invoice")

// freeOfCharge reports whether a claim says a thing costs nothing: "free
// of charge", "free of cost", "for free", "at no cost".
func freeOfCharge(toks []token) bool {
	for i := range toks {
		switch {
		case toks[i].Lower == "free" && (tokAt(toks, i+1).Lower == "of" && costNouns[tokAt(toks, i+2).Lemma] || i > 0 && toks[i-1].Lower == "for"):
			return true
		case noCharge(toks, i):
			return true
		}
	}
	return false
}

// fellToZero reports whether the thing at token k, in its clause, fell to
// nothing: "electricity imports have fallen to zero" says none came.
func fellToZero(toks []token, k int) bool {
	for j := k + 2; j < len(toks) && j <= k+8; j++ {
		if clauseEnd(&toks[j]) {
			return false
		}
		if l := toks[j].Lower; (l == "zero" || l == "nil" || l == "nothing") && toks[j-1].Lower == "to" && fallVerbs[tokAt(toks, j-2).Lemma] {
			return true
		}
	}
	return false
}

// fallVerbs bring a measure down.
var fallVerbs = set("fall", "drop", "decline", "shrink", "dwindle", "plunge", "reduce", "cut", "slump")

// costNouns name a price.
var costNouns = set("charge", "cost", "fee", "expense")

// notFarEnough reports whether the negation at token i judges a measure
// too small, "does not go (nearly) far enough", which grants the measure.
func notFarEnough(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j].Lower == "far" && tokAt(toks, j+1).Lower == "enough" {
			return true
		}
		if !toks[j].Word {
			return false
		}
	}
	return false
}

// contrastSubject reports whether the "not" at token i sets a subject
// aside between commas, before the predicate: in "poachers, not licensed
// fishermen, were the real threat" the fishermen are not said to be
// anything but not the threat, which the rest of the claim says of the
// poachers.
func contrastSubject(toks []token, i int) bool {
	if toks[i].Lower != "not" || tokAt(toks, i-1).Surface != "," {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if !toks[k].Word {
			return toks[k].Surface == "," && auxiliaries[tokAt(toks, k+1).Lower]
		}
	}
	return false
}

// boundNotNegation reports whether the "no" or "not" at token i bounds a
// figure rather than negates: "no more than 700,000 litres", "not later
// than Friday".
func boundNotNegation(toks []token, i int) bool {
	return i+2 < len(toks) && (toks[i].Lower == "no" || toks[i].Lower == "not") && boundComparatives[toks[i+1].Lower] && toks[i+2].Lower == "than"
}

// boundComparatives make a bound with "no ... than".
var boundComparatives = set("more", "less", "fewer", "later", "earlier", "longer", "greater", "higher", "lower")

// rulesOut reports whether the negation at token i negates "rule out"
// ("cannot be ruled out", "did not rule out"): it says a thing may be, and
// denies nothing.
func rulesOut(toks []token, i int) bool {
	j := negatedHead(toks, i)
	return j+1 < len(toks) && toks[j].Lemma == "rule" && toks[j+1].Lower == "out"
}

// negatedHead returns the index of the word the negation at token i
// governs, past any auxiliary, "yet" and the like, and "able to", or
// len(toks).
func negatedHead(toks []token, i int) int {
	j := i + 1
	for j < len(toks) && (auxiliaries[toks[j].Lower] || negatedAdverbs[toks[j].Lower]) {
		j++
	}
	if tokAt(toks, j).Lower == "able" && tokAt(toks, j+1).Lower == "to" {
		j += 2 // "has not been able to verify"
	}
	return j
}

// negatedAdverbs may stand between a negation and the verb it governs:
// "could not yet say", "cannot currently confirm".
var negatedAdverbs = set("yet", "immediately", "currently", "now", "independently")

// transparentNegation reports whether the negation at token i denies what
// a light word after it links to, a cause or a kind: "not a matter of
// sickness", "not the result of a cyberattack", "not due to arson", or the
// clause a verb of belief takes: "does not accept that".
func transparentNegation(toks []token, i int) bool {
	j := negatedHead(toks, i)
	for j < len(toks) && determiners[toks[j].Lower] {
		j++
	}
	return j+1 < len(toks) && (transparentHeads[toks[j].Lemma] && linkWords[toks[j+1].Lower] || thatHeads[toks[j].Lemma] && toks[j+1].Lower == "that")
}

// thatHeads deny, negated, the clause after "that": "does not accept that
// the pillar has been moved".
var thatHeads = set("accept", "believe", "think", "agree", "recognise", "recognize", "concede")

// transparentHeads link a negation to what it denies: "a matter of", "the
// result of", "due to", "caused by", "linked to".
var transparentHeads = set("matter", "result", "consequence", "product", "question", "due", "down", "cause",
	"linked", "related", "connected", "attributable")

// linkWords join a light word to what it names.
var linkWords = set("of", "to", "by", "with")

// negationCues finds a negation on one side of something the other side
// asserts: "refunded" / "have not received any refund".
func negationCues(a, b side) []cue {
	c := negationCue(a, b, true)
	if c == nil || c[0].weak {
		if d := negationCue(b, a, false); d != nil && (c == nil || !d[0].weak) {
			return d
		}
	}
	return c
}

// negationCue finds a negation in x of words that y asserts, not negated
// there too: each negation is judged on the words it governs, so "there is
// no boy playing and no man smiling" still denies "the boys are playing",
// whatever else either claim negates. left says x is the left claim. A
// negation that only hints at a clash (weak) gives way to a later one that
// governs a shared word.
func negationCue(x, y side, left bool) []cue {
	var hint []cue
	ny := negations(y.c)
	for _, i := range negations(x.c) {
		from, to, counter, before, head := negationScope(x, y, i)
		counter = slices.DeleteFunc(counter, func(o int) bool {
			return asManner(y.c, y.c.content[o]) || saidOutside(x, y, o, from, to) || compoundPart(y, y.c.content[o]) || counterfactual(y.c.toks, y.c.content[o]) ||
				amongTop(y.c.toks, y.c.content[o]) || titles[strings.TrimSuffix(y.c.toks[y.c.content[o]].Lower, ".")]
		})
		if len(counter) == 0 || head == mAntonym {
			continue // "not dangerous" is "safe"
		}
		if slices.ContainsFunc(counter, func(o int) bool { return endedOrSlight(y.c, y.c.content[o]) }) &&
			!slices.ContainsFunc(x.c.toks[from:min(to+1, len(x.c.toks))], func(t token) bool { return stopWords[t.Lemma] || slightWords[t.Lower] }) {
			continue // "will no longer breed" / "pledged to end its breeding"; not "will not end its breeding"
		}
		if negatedThere(y.c, counter, ny) {
			continue // "did not rise" / "did not increase"
		}
		if conditional(x.c.toks, i) || obligationDenied(x.c.toks, i, y.c.toks) || allConditional(y.c, counter) || allRequested(y.c, counter) || refusedUnless(x.c.toks, i) || negatedComparative(x.c.toks, i) ||
			comparisonDenied(x.c.toks, i, y.c.toks) {
			continue // "we have not breached" / "if it is found to have breached"
		}
		if deniesOtherThing(x, i) {
			continue // "is not playing a guitar" / "is playing a flute"
		}
		if negatedHeadIn(x.c.toks, i, chargeVerbs) && freeOfCharge(y.c.toks) {
			continue // "should not be billed for hospital care" / "hospital treatment free of charge"
		}
		if h := tokAt(x.c.toks, negatedHead(x.c.toks, i)); (affectingVerbs[h.Lower] || h.Lemma == "change" || h.Lemma == "alter") &&
			slices.ContainsFunc(y.c.toks, func(t token) bool { return keepingStates[t.Lemma] }) {
			continue // "her place on the squad is not affected" / "she keeps her squad place"
		}
		if d := degreeDenied(x.c.toks, i); d != "" && !slices.ContainsFunc(y.c.toks, func(t token) bool { return t.Lower == d }) {
			continue // "no one was seriously injured" / "four people suffered minor injuries"
		}
		if keepingDenied(x.c.toks, i) && slices.ContainsFunc(y.c.toks, func(t token) bool { return brokenWords[t.Lower] && t.Lower != "failed" }) {
			continue // "failed to comply with the law" grants "breached the law"
		}
		if grants(x.c.toks, i) {
			continue // "does not dispute that"
		}
		if notSince(x.c.toks, i) && slices.ContainsFunc(counter, func(o int) bool { return tokAt(y.c.toks, y.c.content[o]-1).Lower == "last" }) {
			continue // "had not been seen since 11pm" / "was last seen at 11pm"
		}
		if regretted(x.c.toks, i) {
			continue // "should never have been sent down the street" / "was sent down the street"
		}
		if restrictsSubject(x.c.toks, i) {
			continue // "owners who do not want the kit should be refunded"
		}
		if partitiveNone(x.c, i) && !predicateShared(x, i) {
			continue // "none of the complaints has been upheld" / "230 complaints lodged"
		}
		px := x.c.phrase(from, to)
		for k, o := range counter {
			counter[k] = y.c.content[o]
		}
		sort.Ints(counter)
		lo, hi := counter[0], counter[len(counter)-1]
		if hi-lo > 5 {
			hi = lo
		}
		kind, rel := "negation", Contradict
		if d := degreeNear(y, lo, hi); d >= 0 {
			kind, rel, lo = "degree", Differ, d
		}
		for _, o := range counter {
			if k := inquiryBefore(y.c.toks, o); k >= 0 && !slices.Contains(counter, k) {
				// "had no lasting effect on fish" / "will study its
				// effects": a thing looked into is not said to be so; not
				// "did not test the brakes" / "tested the brakes", which
				// clash over the looking into itself
				kind, rel, lo, hi = "looked into vs stated", Differ, k, o
				break
			}
		}
		py := y.c.phrase(lo, hi)
		// Direct: the negation governs the shared word ("not a knife",
		// "nobody offered"), or the other side asserts it as an action
		// ("refunded"). Otherwise the shared word may be a mere topic; a
		// shared word before the negation always is, unless only a
		// participle follows it ("an apology was not enough" /
		// "apologised on Monday": something else is denied of it).
		verb := isVerbForm(y.c, lo)
		light := !before && transparentNegation(x.c.toks, i)
		if !before && head == mNone && !verb && len(counter) < 2 && !light {
			// "not opposed to the plan" / "support the plan": the negated
			// predicate has no counterpart, only its object has. Two or more
			// shared words after it ("will not lead to any compulsory
			// redundancies") make the predicate a mere link.
			continue
		}
		direct := !before && (firstWordAfter(x.c, i, to) <= 2 || grounds(head) || quantifierNegation(x.c.toks, i) || len(counter) >= 2 ||
			verb || relatedHeadSharedObject(x, i) || light) || before && onlyParticipleAfter(x.c, i)
		framed := false
		if direct && objectOtherThing(x, y, i) {
			// "no parish council had been warned" / "parish councils were
			// contacted": between counterparts the denied thing is theirs
			framed = deniedThing(x, i)
			direct = false
		}
		if datesWithUntil(x.c.toks, i) || contemplated(x.c.toks, i) || negatedHeadIn(x.c.toks, i, knowingVerbs) || toldWhich(x.c.toks, i) ||
			head == mNone && toldOf(x.c.toks, i) ||
			noneBeyond(x.c.toks, i) ||
			head != mExact && head != mSynonym && forDuration(x.c.toks, i) {
			// "is not wearing a hat" / "is wearing sunglasses"; "did not
			// leave until Thursday" / "left on Tuesday" clash over the day;
			// "would consider not renewing" only weighs it; "could not
			// confirm his condition" says nothing of it
			direct, framed = false, false
		}
		if !left {
			px, py = py, px
		}
		c := []cue{{rel: rel, text: quote(kind, px, py), weak: !direct, framed: framed && rel == Contradict}}
		if direct {
			return c
		}
		if hint == nil {
			hint = c
		}
	}
	return hint
}

// amongTop reports whether token k is a superlative that "one of the" or
// "among the" puts its thing among the top of, not at it: "remains one of
// the oldest known" grants that another may be older, as "is no longer the
// oldest" says.
func amongTop(toks []token, k int) bool {
	if !superlative(&toks[k]) || k < 3 || toks[k-1].Lower != "the" {
		return false
	}
	return toks[k-2].Lower == "among" || toks[k-2].Lower == "of" && toks[k-3].Lower == "one"
}

// asManner reports whether token k of c is the participle of a manner
// phrase with "as", which asserts nothing of its own: "will go ahead as
// planned", "as required".
func asManner(c *claimInfo, k int) bool {
	t := &c.toks[k]
	return k > 0 && c.toks[k-1].Lower == "as" && (isVerbForm(c, k) || t.Lower != t.Lemma) && !c.toks[k-1].Name
}

// grants reports whether the negation at token i grants what follows: it
// negates a verb of denial or doubt ("does not dispute that the limit is
// unchanged", "we do not deny that").
func grants(toks []token, i int) bool { return negatedHeadIn(toks, i, doubtVerbs) }

// negatedHeadIn reports whether the verb the negation at token i governs,
// past any auxiliary, is one of verbs (as a lemma).
func negatedHeadIn(toks []token, i int, verbs map[string]bool) bool {
	j := negatedHead(toks, i)
	return j < len(toks) && verbs[toks[j].Lemma]
}

// noneBeyond reports whether the negation at token i denies only more of
// a thing than was given: "were given no further explanation" grants the
// one given. ("No other provider charges this" does deny what another
// claim says of other providers, so "other" stays a denial.)
func noneBeyond(toks []token, i int) bool {
	return (toks[i].Lower == "no" || toks[i].Lower == "none") && tokAt(toks, i+1).Lower == "further"
}

// toldWhich reports whether the negation at token i denies being told or
// shown which, where or how something is ("had not been told where the
// fixed penalty could be paid"): the thing asked about is not denied.
func toldWhich(toks []token, i int) bool {
	j := negatedHead(toks, i)
	if j >= len(toks) || !toldWhichVerbs[toks[j].Lemma] {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if whWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// toldOf reports whether the negation at token i denies being told of a
// thing ("had not been told of any referral"): the telling is denied, not
// the thing.
func toldOf(toks []token, i int) bool {
	j := negatedHead(toks, i)
	if j >= len(toks) || !tellingVerb(&toks[j]) {
		return false
	}
	next := tokAt(toks, j+1).Lower
	return next == "of" || next == "about"
}

// toldWhichVerbs tell or show someone something (unlike informVerbs, which
// tell a party of an event, they take "which" or "how" after them);
// whWords ask which.
var (
	toldWhichVerbs = set("tell", "inform", "explain", "show", "advise", "say", "specify")
	whWords        = set("where", "how", "when", "why", "what", "which", "whether", "who")
)

// knowingVerbs claim knowledge; negated, they claim none ("could not
// confirm his condition", "are not aware of any evidence").
var knowingVerbs = set("confirm", "verify", "know", "establish", "determine", "say", "comment", "aware")

// datesWithUntil reports whether the negation at token i dates an event with
// "until", or "before" a date, rather than denies it: "did not leave until
// two days later" says when they left, "should not have to wait until the
// new year" how long, "not expected before the end of February" when; and
// so does an "Until" the claim opens with ("Until Monday, drivers had no
// access to toilets").
func datesWithUntil(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8 && toks[k].Word; k++ {
		if toks[k].Lower == "until" || toks[k].Lower == "till" || toks[k].Lower == "before" && dateAfter(toks, k) {
			return true
		}
	}
	// "Until Monday, drivers held at the port had no access to toilets":
	// the time put before the clause dates the want
	first := 0
	for first < len(toks) && !toks[first].Word {
		first++
	}
	return first < i && (toks[first].Lower == "until" || toks[first].Lower == "till")
}

// dateAfter reports whether a date or a time of day follows token k
// closely: "not expected before the end of February", "not before 9pm".
// "Not consulted before the decision" denies the consultation.
func dateAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].Word; j++ {
		t := &toks[j]
		if isMonth(toks, j) || weekdays[t.Lower] || seasons[t.Lower] || clockOf(t) || t.IsNum && yearLike(t) || clockWords[t.Lower] {
			return true
		}
	}
	return false
}

// forDuration reports whether "for" and a length of time follow the
// negation at token i: "was not acted on for around eight months" says how
// long nothing was done, which "waited eight months" grants; where the
// other claim has the negated verb itself or a synonym ("has not been
// repaired for two years" / "was repaired last month") the negation still
// denies.
func forDuration(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6 && toks[k].Word; k++ {
		if toks[k].Lower != "for" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].Word; j++ {
			if durationHours[toks[j].Lemma] > 0 {
				return true
			}
		}
	}
	return false
}

// weekdays and seasons name times of the week and of the year.
var (
	weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend")
	seasons  = set("spring", "summer", "autumn", "winter", "fall")
)

// obligationDenied reports whether the negation at token i denies a need
// or a duty, not the thing needed ("customers do not need to take any
// action", "is not required to publish", "will not have to pay"), and the
// other claim, other, asserts no need of its own ("would need
// administrator credentials" clashes with "does not need to log in").
func obligationDenied(toks []token, i int, other []token) bool {
	j := negatedHead(toks, i)
	h := tokAt(toks, j)
	if h.Lemma != "need" && !((h.Lemma == "have" || h.Lemma == "require" || h.Lemma == "oblige") && tokAt(toks, j+1).Lower == "to") {
		return false
	}
	for k := range other {
		if needWords[other[k].Lemma] {
			return false
		}
	}
	return true
}

// needWords assert a need or a duty.
var needWords = set("need", "require", "must", "oblige", "necessary")

// contemplated reports whether the negation at token i is only weighed
// or threatened: "would consider not renewing", "threatened not to pay".
func contemplated(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if contemplating[toks[j].Lemma] {
			return true
		}
	}
	return false
}

// counterfactual reports whether the verb at token k follows a modal
// perfect ("should have alerted", "could have been avoided"), which says
// it did not happen.
func counterfactual(toks []token, k int) bool {
	j := k - 1
	if tokAt(toks, j).Lower == "been" {
		j--
	}
	if tokAt(toks, j).Lower != "have" {
		return false
	}
	m := tokAt(toks, j-1).Lower
	return perfectModals[m] || m == "to" && tokAt(toks, j-2).Lower == "ought"
}

// regretted reports whether the negation at token i sits in a regret for
// what was done, "should not have" or "ought never to have" and a
// participle, which grants that it happened.
func regretted(toks []token, i int) bool {
	m, h := tokAt(toks, i-1).Lower, i+1
	if m == "ought" && tokAt(toks, h).Lower == "to" {
		h++
	}
	v := tokAt(toks, h+1)
	return (m == "should" || m == "ought") && tokAt(toks, h).Lower == "have" && (v.Lower == "been" || participle(v))
}

// perfectModals with "have" and a participle tell what did not happen.
var perfectModals = set("should", "could", "would", "might", "must")

// contemplating are verbs that weigh an action without taking it.
var contemplating = set("consider", "contemplate", "threaten", "weigh")

// doubtVerbs deny, doubt or oppose what follows them, as do their nouns;
// negated, they grant it ("not against the programme", "do not dispute
// that", "had no objection to electronic records").
var doubtVerbs = set("dispute", "deny", "contest", "question", "challenge", "doubt", "refute", "against", "oppose",
	"opposed", "object", "objection", "opposition", "denial")

// partitiveNone reports whether the negation at token i is "none of": it
// presumes the things it names and denies only what is said of them.
func partitiveNone(c *claimInfo, i int) bool {
	return c.toks[i].Lower == "none" && i+1 < len(c.toks) && c.toks[i+1].Lower == "of"
}

// predicateShared reports whether a word of what "none of" at token i says
// of the things it names (the words from the first verb after them on) has
// its counterpart (the same word, a synonym, a more general or specific
// one) in the other claim: "held dangerous goods" / "carrying hazardous
// chemicals", but not "ballot stuffing" in "none of the complaints of
// ballot stuffing received so far has been substantiated".
func predicateShared(x side, i int) bool {
	toks := x.c.toks
	j := i + 2
	for j < len(toks) && toks[j].Word && !auxiliaries[toks[j].Lower] && !lexicon.VerbInflection(toks[j].Lower) &&
		!(isVerbForm(x.c, j) && !toks[j-1].content()) {
		j++
	}
	for n, k := range x.c.content {
		if k >= j && n < len(x.m) && grounds(x.m[n].kind) {
			return true
		}
	}
	return false
}

// relatedHeadSharedObject reports whether the predicate a negation at token
// i governs is close to a word of the other claim (in the word vectors) and
// its object, right after it, is shared: "have not received a dividend" /
// "paid ... in dividends" deny the same transfer.
func relatedHeadSharedObject(x side, i int) bool {
	content := contentIndex(x.c)
	toks := x.c.toks
	head := -1
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if !toks[j].Word {
			return false
		}
		n, ok := content[j]
		if !ok || lightVerbs[toks[j].Lemma] {
			continue
		}
		if head < 0 {
			if x.m[n].kind != mRelated {
				return false
			}
			head = j
			continue
		}
		return j-head <= 3 && grounds(x.m[n].kind)
	}
	return false
}

// deniesOtherThing reports whether the few words a negation at token i
// governs name a thing the other claim replaces with a sister thing
// ("guitar" for "flute"): it denies the one, not the other. Times are no
// things: "still without heating a full week after" / "heating back by
// Thursday morning".
func deniesOtherThing(x side, i int) bool {
	content := contentIndex(x.c)
	words := 0
	for j := i + 1; j < len(x.c.toks) && words < 4; j++ {
		if !x.c.toks[j].Word {
			break
		}
		words++
		if n, ok := content[j]; ok && x.m[n].kind == mCoHyponym && !timeWord(&x.c.toks[j]) {
			return true
		}
	}
	return false
}

// converseIn reports whether claim c has a verb that is the converse of
// lemma l: "no note had been received" denies the note "delivered".
func converseIn(c *claimInfo, l string) bool {
	for k := range c.toks {
		if converse(c.toks[k].Lemma, l) {
			return true
		}
	}
	return false
}

// objectOtherThing reports whether the negated predicate at token i is
// shared but the first content word after it, its object, is not: the
// negation may deny that object only. y is the other claim.
func objectOtherThing(x, y side, i int) bool {
	// "not throwing anything": a negated "any" denies every object, the
	// other claim's too
	content := contentIndex(x.c)
	seenHead, passive := false, false
	verb := -1 // the predicate's verb after a subject "no" denies: "no permit has yet been issued"
	for j := i + 1; j < len(x.c.toks) && j <= i+6; j++ {
		if !x.c.toks[j].Word {
			passive = false // the clause of the passive ends
			if seenHead && x.c.toks[j].Surface == "," && tokAt(x.c.toks, i-1).Surface == "," {
				return false // "higher bills, not lower ones, because ...": a correction's object ends at its comma
			}
		}
		n, ok := content[j]
		if !ok || lightVerbs[x.c.toks[j].Lemma] || anyWords[x.c.toks[j].Lower] || timeAdverbs[x.c.toks[j].Lower] || j == verb ||
			x.c.toks[j].Lower == "ones" {
			continue // "higher bills, not lower ones": "ones" stands for the noun before
		}
		if passive && tokAt(x.c.toks, j-1).Lower != "by" {
			continue // "had not been consulted in advance": a passive has no object, only its agent
		}
		if !seenHead {
			passive = beForms[tokAt(x.c.toks, j-1).Lower] && isVerbForm(x.c, j)
			if !grounds(x.m[n].kind) {
				return false
			}
			if v := predicateVerb(x.c, content, j, i+12); x.c.toks[i].Lower == "no" && v >= 0 && !groundedVerb(x, content, v) &&
				!findingVerbs[x.c.toks[v].Lemma] && !attainingVerbs[x.c.toks[v].Lemma] && !performingVerbs[x.c.toks[v].Lemma] &&
				!converseIn(y.c, x.c.toks[v].Lemma) {
				// "no survey evidence of nesting birds has been shared
				// with us" / "surveys recorded birds nesting": the verb
				// of its own is what is denied
				return true
			} else if x.c.toks[i].Lower == "no" && v >= 0 && !grounds(x.m[content[v]].kind) {
				verb = v
			}
			seenHead = true
			continue
		}
		if x.c.toks[i].Lower == "no" && x.m[n].kind == mRelated {
			// "no hotel rooms" / "hotel accommodation": after "no" the
			// words make one noun phrase, whose shared first word is
			// denied with it
			return false
		}
		if timeWord(&x.c.toks[j]) {
			continue // "not inspected for more than three weeks": a time, not an object
		}
		if possessive(&x.c.toks[j]) && tokAt(x.c.toks, j+1).content() {
			continue // "did not show the ticket's numbers": the numbers are the object
		}
		if tokAt(x.c.toks, j-1).Lower == "any" && kindNouns[x.c.toks[j].Lemma] {
			continue // "no agreement of any kind": the kind is every kind
		}
		if x.c.toks[i].Lower != "no" && tokAt(x.c.toks, j-1).Lower == "to" && !grounds(x.m[n].kind) && x.c.toks[j].Lower == x.c.toks[j].Lemma {
			continue // "had not agreed to pay any share": a verb the predicate goes on with, before its object
		}
		if grounds(x.m[n].kind) {
			return false
		}
		// a shared word later in the predicate still grounds the negation:
		// "no pupil at Fernbridge is on a part-time timetable" / "pupils
		// placed on reduced timetables"
		return !sharedInPredicate(x, content, j, i+12)
	}
	return false
}

// findingVerbs say a thing was there to be found, kept or used; after "no"
// they deny the thing itself: "no new safety signals were identified", "no
// non-organic feed had ever been kept on the premises".
var findingVerbs = set("identify", "find", "detect", "report", "record", "see", "observe", "discover", "note",
	"register", "log", "spot", "uncover", "keep", "store", "stock", "hold", "contain", "use")

// kindNouns after "of any" widen what a negation denies to every kind of
// it.
var kindNouns = set("kind", "sort", "type", "form", "description")

// performingVerbs carry out what the noun before them names: "no
// consultation was carried out" denies the consultation.
var performingVerbs = set("carry", "conduct", "undertake", "perform", "hold", "stage", "run", "organise", "organize")

// attainingVerbs bring a thing about or hand it out; after "no" they deny
// the thing itself: "no agreement of any kind was reached" denies the
// agreement another claim says the talks produced, "no permit has yet been
// issued" the permits it says were granted.
var attainingVerbs = set("reach", "achieve", "produce", "make", "secure", "strike", "conclude", "win", "obtain", "gain",
	"issue", "grant", "award")

// predicateStart returns the first token of the predicate after token j:
// past the first auxiliary and those after it, before token limit; or -1.
func predicateStart(c *claimInfo, j, limit int) int {
	k := j + 1
	for k < len(c.toks) && k <= limit && !auxiliaries[c.toks[k].Lower] {
		if newClause(c.toks, k) {
			// "no compulsory redundancies, and every keeper will be
			// offered": the next clause's verb is not the subject's
			return -1
		}
		k++
	}
	if k >= len(c.toks) || k > limit {
		return -1
	}
	for k < len(c.toks) && (auxiliaries[c.toks[k].Lower] || timeAdverbs[c.toks[k].Lower]) {
		k++
	}
	return k
}

// newClause reports whether token k starts a new clause: a semicolon or
// colon, or "and" or "but" after a comma.
func newClause(toks []token, k int) bool {
	switch toks[k].Lower {
	case ";", ":":
		return true
	case "and", "but":
		return k > 0 && toks[k-1].Lower == ","
	}
	return false
}

// timeAdverbs stand between an auxiliary and its verb: "has ever been
// shared", "has yet been issued".
var timeAdverbs = set("ever", "yet", "already", "still")

// groundedVerb reports whether the verb at token v, or one joined to it
// by "or" or "and" ("has been signed or reached"), grounds a negation.
func groundedVerb(x side, content map[int]int, v int) bool {
	for {
		if grounds(x.m[content[v]].kind) {
			return true
		}
		if l := tokAt(x.c.toks, v+1).Lower; l != "or" && l != "and" {
			return false
		}
		if _, ok := content[v+2]; !ok || !isVerbForm(x.c, v+2) && !participle(&x.c.toks[v+2]) {
			return false
		}
		v += 2
	}
}

// predicateVerb returns the content verb that opens the predicate after
// token j ("has ever been shared"), or -1.
func predicateVerb(c *claimInfo, content map[int]int, j, limit int) int {
	k := predicateStart(c, j, limit)
	if _, ok := content[k]; ok && (isVerbForm(c, k) || participle(&c.toks[k]) || passiveBase(c.toks, k)) {
		return k
	}
	return -1
}

// passiveBase reports whether token k is a participle spelt as its verb's
// base form after a form of "be": "will be cut", "has been shut".
func passiveBase(toks []token, k int) bool {
	t := &toks[k]
	return k > 0 && (toks[k-1].Lower == "be" || toks[k-1].Lower == "been" || toks[k-1].Lower == "being") && t.Lower == t.Lemma && sameBaseAndPast[t.Lower]
}

// sameBaseAndPast are verbs whose participle is spelt as their base form.
var sameBaseAndPast = set("cut", "shut", "put", "set", "hit", "let", "cost", "hurt", "spread", "quit", "split", "bid", "cast", "burst", "upset", "broadcast", "forecast", "reset", "shed")

// participle reports whether t, after an auxiliary, is an irregular verb
// form: "had lost", "was taken", not "are students".
func participle(t *token) bool {
	return t.Lower != t.Lemma && !strings.HasSuffix(t.Lower, "s")
}

// sharedInPredicate reports whether the predicate after token j, before
// token limit and within the clause, has a word whose counterpart is the
// same word, a synonym, a more general or specific one.
func sharedInPredicate(x side, content map[int]int, j, limit int) bool {
	k := predicateStart(x.c, j, limit)
	for ; k >= 0 && k < len(x.c.toks) && k <= limit && !clauseBreak(x.c, j, k); k++ {
		if m, ok := content[k]; ok && grounds(x.m[m].kind) && !x.c.toks[k].Name {
			return true
		}
	}
	return false
}

// timeWord reports whether a token is a figure or a unit of time, words of
// a time adjunct rather than of an object.
func timeWord(t *token) bool {
	return t.IsNum || durationHours[t.Lemma] > 0 || weekdays[t.Lower] || seasons[t.Lower]
}

// withdrawnAt reports whether a verb that takes a thing away or withholds
// it governs token k, among the three words before it: "had withdrawn
// press seats" says, as "would no longer receive press tickets" does, that
// there are none.
func withdrawnAt(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].Word; j-- {
		if (withdrawVerbs[toks[j].Lemma] || refusalVerbs[toks[j].Lemma]) && (toks[j].Lower != toks[j].Lemma || j > 0 && (auxiliaries[toks[j-1].Lower] || toks[j-1].Lower == "to")) && !negatedAt(toks, j) {
			return true
		}
	}
	return closedAfter(toks, k) || requestRefused(toks, k)
}

// requestRefused reports whether the thing at token k is what a refused
// request asked for: "rejected a request for a second recount", "turned
// down its bid for a new licence".
func requestRefused(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && toks[j].Word; j-- {
		t := &toks[j]
		switch {
		case (refusalVerbs[t.Lemma] || t.Lemma == "reject" || t.Lemma == "decline" || t.Lemma == "turn" && tokAt(toks, j+1).Lower == "down") && !negatedAt(toks, j):
			return j+1 < k && slices.ContainsFunc(toks[j+1:k], func(u token) bool { return requestNouns[u.Lemma] })
		case !requestPath[t.Lower] && !requestNouns[t.Lemma]:
			return false
		}
	}
	return false
}

// requestNouns ask for something; requestPath are the words between a
// refusing verb, the request and what it asks for.
var (
	requestNouns = set("request", "bid", "call", "application", "demand", "appeal", "proposal", "plea", "claim")
	requestPath  = set("a", "an", "the", "its", "their", "his", "her", "down", "for", "second", "another", "further", "new", "fresh", "formal")
)

// closedAfter reports whether the thing at token k is the subject of a
// passive that shuts or takes it away, in its clause: "the laundry room on
// the ground floor has been closed" says, as "had no use of the laundry"
// does, that it cannot be used.
func closedAfter(toks []token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+8; j++ {
		if !toks[j].Word || clauseWords[toks[j].Lower] {
			return false
		}
		if beForms[toks[j].Lower] {
			n := j + 1
			if toks[n].Lower == "been" || toks[n].Lower == "being" {
				n++
			}
			v := tokAt(toks, n)
			return (withdrawVerbs[v.Lemma] || shutVerbs[v.Lemma]) && !negatedAt(toks, n)
		}
	}
	return false
}

// shutVerbs shut a place or a service, beside withdrawVerbs.
var shutVerbs = set("close", "shut", "halt", "stop", "disconnect")

// withdrawVerbs take away or call off what they govern.
// After an auxiliary or "to", their base form is a verb ("would block
// social media"), not a noun ("a block of flats").
var withdrawVerbs = set("withdraw", "cancel", "scrap", "revoke", "suspend", "remove", "ban", "axe", "abolish", "abandon", "strip",
	"block", "bar")

// refusalVerbs withhold what they govern as their object ("refused them
// promotion", "denied that any deal had been struck"); not as their
// subject: "the request was refused" was made.
var refusalVerbs = set("refuse", "deny", "withhold")

// compoundPart reports whether token k of x is the first part of a
// hyphenated modifier whose second part the other claim does not share
// ("case-management software", "a one-off"): it names no thing of its own
// that a negation could deny. "interest-free" still says there is no
// interest, and "non-organic" and "age-verification" shared whole stay.
func compoundPart(x side, k int) bool {
	toks := x.c.toks
	if tokAt(toks, k+1).Surface != "-" || !tokAt(toks, k+2).Word || freeOf(toks, k) {
		return false
	}
	return !groundedAt(x, k+2)
}

// saidOutside reports whether y's content word o, which a word of x in the
// negation's scope from..to matches, is itself a word of x outside that
// scope: x asserts it there, and the negation denies something else ("left
// without running water after the main burst" denies no burst main,
// however the lexicon relates "water" to "main").
func saidOutside(x, y side, o, from, to int) bool {
	m := y.m[o]
	if m.kind != mExact {
		return false
	}
	k := x.c.content[m.other]
	return k < from || k > to
}

// negatedThere reports whether one of c's negations (token indexes neg)
// governs one of its content words counter: it stands at most eight tokens
// before the word, in the same clause, or just after it as the negation of
// its verb; or the word is the first half of a compound in "-free", or c's
// denial stands at most eight tokens before it in the same clause.
func negatedThere(c *claimInfo, counter, neg []int) bool {
	for _, n := range counter {
		k := c.content[n]
		if freeOf(c.toks, k) || len(counter) == 1 && chargeDenied(c.toks, k) || fellToZero(c.toks, k) || withdrawnAt(c.toks, k) && !withdrawerCountered(c, counter, k) || shortOfAt(c.toks, k) || ofZero(c.toks, k) ||
			absentFrom(c.toks, k) || k > 0 && c.toks[k-1].Lower == "beyond" || privativeNear(c, counter, k) {
			// "interest-free" is without interest; "withdrew press seats"
			// gives none; "beyond repair" is no repair; "broken
			// weighbridges" are no working ones
			return true
		}
		for _, i := range neg {
			if i < k && (k-i <= 8 || k-i <= evidenceReach && noEvidenceThat(c.toks, i)) && !clauseBreak(c, i, k) || k < i && subjectOfNegated(c, k, i) || deniedPredicate(c, i, k) {
				return true
			}
		}
		if d := c.mk.denial; d >= 0 && d < k && k-d <= 8 && !clauseBreak(c, d, k) {
			return true // "police deny that officers used batons" / "officers did not use batons"
		}
	}
	return false
}

// notSince reports whether the negation at token i denies a thing since a
// time, a few words on in its clause: "had not been seen since 11pm",
// which is when it was last seen.
func notSince(toks []token, i int) bool { return ruleWithin(toks, i, sinceReach, sinceWords) >= 0 }

// sinceReach is how many words after a negation notSince looks for
// "since".
const sinceReach = 5

// sinceWords date a state from a time.
var sinceWords = set("since")

// privativeNear reports whether a word before the thing at token k, or
// after it past "was", "had been" and the like, says the thing is missing
// or does not work, and is not itself one of the counterparts: "had
// broken weighbridges", "the letter remains unanswered", "still awaiting
// a reply". Such a claim grants what the other side negates ("did not
// have working weighbridges", "had not responded").
func privativeNear(c *claimInfo, counter []int, k int) bool {
	privative := func(j int) bool {
		t := tokAt(c.toks, j)
		return (privativeWords[t.Lower] || t.Lower == "left" && tokAt(c.toks, j+1).Lower == "out") &&
			!slices.ContainsFunc(counter, func(n int) bool { return c.content[n] == j })
	}
	if isVerbForm(c, k) {
		return false // "had been reported faulty" says nothing is missing
	}
	if privative(k-1) || privative(k-2) && c.toks[k-1].Word {
		return true // "broken weighbridges", "awaiting a reply"
	}
	for j := k + 1; j < len(c.toks) && j <= k+3; j++ {
		if privative(j) {
			return true // "the leaflet was left out", "the letter remains unanswered"
		}
		if w := c.toks[j].Lower; !beForms[w] && !linkingVerbs[w] {
			return false
		}
	}
	return false
}

// linkingVerbs join a thing to what is said of it, with the forms of "be":
// "had been", "remains", "is still".
var linkingVerbs = set("has", "have", "had", "remain", "remains", "remained", "still")

// privativeWords say a thing is missing, lacking or broken.
var privativeWords = set("broken", "missing", "faulty", "defective", "absent", "lacking", "lacked", "lacks", "awaiting",
	"omitted", "unavailable", "unanswered")

// absentFrom reports whether token k names what someone was absent from:
// "was absent from the public meeting" did not attend it.
func absentFrom(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4 && toks[j].Word; j-- {
		if toks[j].Lower == "from" {
			return absentWords[toks[j-1].Lower]
		}
	}
	return false
}

// absentWords before "from" say someone was not at a thing.
var absentWords = set("absent", "missing", "away")

// ofZero reports whether token k is a thing said to be zero after it: "a
// mark of zero" gives no marks.
func ofZero(toks []token, k int) bool {
	return tokAt(toks, k+1).Lower == "of" && (tokAt(toks, k+2).Lower == "zero" || tokAt(toks, k+2).Lower == "nil")
}

// keepingStates say a thing stays as it was.
var keepingStates = set("keep", "retain", "remain", "stay", "unchanged", "unaffected", "preserve", "continue")

// degreeDenied returns the adverb of degree the negation at token i denies
// with its verb ("no one was seriously injured", "was not badly damaged"),
// or "": it denies only so much of the thing, not the thing.
func degreeDenied(toks []token, i int) string {
	for j := i + 1; j < len(toks) && j <= i+4 && toks[j].Word; j++ {
		if degreeAdverbs[toks[j].Lower] {
			return toks[j].Lower
		}
		if toks[j].content() && !auxiliaries[toks[j].Lower] && toks[j].Lower != "one" {
			return ""
		}
	}
	return ""
}

// degreeAdverbs say how much a thing was so.
var degreeAdverbs = set("seriously", "badly", "severely", "critically", "significantly", "substantially", "materially",
	"greatly", "heavily", "gravely")

// keepingDenied reports whether the negation at token i denies that rules
// were kept: "failed to comply with", "did not meet the standard".
func keepingDenied(toks []token, i int) bool {
	h := tokAt(toks, negatedHead(toks, i))
	if toks[i].Lower == "failed" || toks[i].Lower == "fails" || toks[i].Lemma == "fail" {
		h = tokAt(toks, i+2) // "failed to comply"
	}
	return keptWords[h.Lower] || keepingVerbs[h.Lemma]
}

// keepingVerbs keep a rule, as lemmas.
var keepingVerbs = set("comply", "meet", "follow", "obey", "keep", "adhere", "observe", "respect", "honour", "honor", "abide")

// withdrawerCountered reports whether the verb that withdraws token k of c
// is itself among the content words counter, which the other claim's
// negation governs: "did not cancel any operations" denies the cancelling
// of "cancelled operations", not the operations.
func withdrawerCountered(c *claimInfo, counter []int, k int) bool {
	for _, n := range counter {
		j := c.content[n]
		if j < k && j >= k-3 && (withdrawVerbs[c.toks[j].Lemma] || refusalVerbs[c.toks[j].Lemma]) {
			return true
		}
	}
	return false
}

// noEvidenceThat reports whether the negation at token i opens "no
// evidence that", "no sign that", whose clause, however long, is what it
// denies: "found no evidence that the performance of the engines had been
// altered" says they had not been.
func noEvidenceThat(toks []token, i int) bool {
	return toks[i].Lower == "no" && evidenceNouns[tokAt(toks, i+1).Lemma] && tokAt(toks, i+2).Lower == "that"
}

// evidenceReach is how many tokens after "no evidence that" its denial
// reaches: the whole clause it opens.
const evidenceReach = 14

// evidenceNouns are what a finding rests on.
var evidenceNouns = set("evidence", "sign", "indication", "proof", "suggestion", "record")

// deniedPredicate reports whether token k stands in the predicate of a
// clause whose subject a "no" (or "nobody", "none") at token i opens, past
// an aside between commas or a relative clause: "no mining of any kind,
// including exploration, will take place" denies the taking place, "none
// of the members who contacted us had their accounts closed" the closing.
func deniedPredicate(c *claimInfo, i, k int) bool {
	toks := c.toks
	if k <= i || toks[i].Lower != "no" && !quantifierNegators[toks[i].Lower] || i > 0 && !clauseOpeners[toks[i-1].Lower] {
		return false
	}
	aside, relative := false, false
	for j := i + 1; j < k; j++ {
		switch l := toks[j].Lower; {
		case l == ",":
			aside = !aside
		case aside:
		case l == ";" || l == ":" || l == "and" || l == "but":
			return false
		case (l == "who" || l == "which") && j > i+1:
			relative = true // "none of the members who contacted the alliance had ...": past the relative clause
		case relative && isVerbForm(c, j):
			relative = false
		case relative:
		case auxiliaries[l] || isVerbForm(c, j):
			return k-j <= 4 && !clauseBreak(c, j, k)
		}
	}
	return false
}

// clauseOpeners are the words after which a clause, and its subject,
// begins.
var clauseOpeners = set("that", ",", ";", ":", "and", "but", "because", "while", "although", "though", "as", "so", "since", "when", "where")

// freeOf reports whether token k is the first half of a compound in
// "-free" ("interest-free", "smoke-free"), which says its thing is absent.
func freeOf(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].Surface == "-" && toks[k+2].Lower == "free"
}

// conditional reports whether token k stands in a clause of condition: "if"
// or "unless" before it in its clause.
func conditional(toks []token, k int) bool { return conditionAt(toks, k) >= 0 }

// conditionAt returns the index of the "if" or "unless" that opens the
// clause of condition token k stands in, or -1.
func conditionAt(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		switch toks[j].Lower {
		case ",", ";":
			return -1
		case "if", "unless":
			return j
		}
	}
	return -1
}

// refusedUnless reports whether the negation at token i refuses on a
// condition its clause goes on to state: "will not attend further talks
// unless lorries are allowed back", "cannot plant trees without their
// landlord's permission". It says what would have to happen first, and
// denies no plan or fact the other side gives.
func refusedUnless(toks []token, i int) bool {
	modal := modalVerbs[toks[i].Key] || i > 0 && modalVerbs[toks[i-1].Lower] // "cannot", "won't", "will not"
	for j := i + 1; j < len(toks) && j <= i+12; j++ {
		switch l := toks[j].Lower; {
		case sentenceEnds[l] || l == ";":
			return false
		case l == "unless" || l == "without" && modal:
			return true
		}
	}
	return false
}

// negatedComparative reports whether the negation at token i qualifies a
// comparison ("has no better chance than", "were no lower than in 2022"):
// it says the two are alike, and denies nothing.
func negatedComparative(toks []token, i int) bool {
	return i+1 < len(toks) && thanAfter(toks, i+1, 4) >= 0
}

// comparisonDenied reports whether what the negation or denial at token i
// denies is a comparison ("no evidence that the quality of care was lower
// than elsewhere") and the other claim makes none: "as good as anywhere"
// says the same, and only "worse than elsewhere" would clash.
func comparisonDenied(toks []token, i int, other []token) bool {
	found := false
	for j := i + 1; j < len(toks) && j <= i+14 && !sentenceEnds[toks[j].Surface] && toks[j].Surface != ";" && !found; j++ {
		t := thanAfter(toks, j, 2)
		found = t >= 0 && !tokAt(toks, t+1).IsNum // not a bound: "for more than two years"
	}
	return found && !slices.ContainsFunc(other, func(t token) bool { return t.Lower == "than" })
}

// thanAfter returns the index of the "than" among the n words after the
// comparative at token j ("lower than", "better chance than"), or -1.
func thanAfter(toks []token, j, n int) int {
	if !comparatives[toks[j].Lower] {
		return -1
	}
	for t := j + 1; t < len(toks) && t <= j+n; t++ {
		if toks[t].Lower == "than" {
			return t
		}
	}
	return -1
}

// shortOfAt reports whether "fell short of" stands among the six words
// before token k, in its clause: "oil that fell short of what our label
// promised" says as "not" would that the label was not met.
func shortOfAt(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].Word; j-- {
		if fallShort(toks, j) && tokAt(toks, j+2).Lower == "of" {
			return true
		}
	}
	return false
}

// comparatives compare one thing with another.
var comparatives = set("better", "worse", "more", "less", "fewer", "higher", "lower", "greater", "bigger", "smaller",
	"larger", "longer", "shorter", "faster", "slower", "safer", "cheaper", "earlier", "later", "different")

// modalVerbs before a negation make it a refusal or an inability: "will
// not", "can't", "would not".
var modalVerbs = set("will", "would", "can", "could", "shall")

// allConditional reports whether every content word counter of c stands in
// a clause of condition.
func allConditional(c *claimInfo, counter []int) bool {
	for _, n := range counter {
		if !conditional(c.toks, c.content[n]) {
			return false
		}
	}
	return true
}

// allRequested reports whether every content word counter indexes in c is
// what someone asks for ("has asked the park authority to publish the full
// report"): a request asserts nothing a negation could deny.
func allRequested(c *claimInfo, counter []int) bool {
	for _, n := range counter {
		if !requested(c.toks, c.content[n]) {
			return false
		}
	}
	return true
}

// requested reports whether token k stands in the infinitive after a verb
// of asking and its object: "asked the authority to publish", "urged
// ministers to act", "wants the council to reopen".
func requested(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].Word; j-- {
		if toks[j].Lower != "to" {
			continue
		}
		for v := j - 1; v >= 0 && v >= j-4 && toks[v].Word; v-- {
			if askingVerbs[toks[v].Lemma] {
				return true
			}
		}
		return false
	}
	return false
}

// askingVerbs ask someone to do a thing.
var askingVerbs = set("ask", "urge", "demand", "want", "press", "request", "invite", "call")

// inquiryBefore returns the index of a verb of inquiry that looks into
// token k, function words apart ("study its effects", "investigate the
// cause"), or -1.
func inquiryBefore(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if inquiryVerbs[toks[j].Lemma] {
			return j
		}
		if !toks[j].Word || !toks[j].Stop {
			return -1
		}
	}
	return -1
}

// inquiryVerbs look into a thing, as lemmas.
var inquiryVerbs = set("study", "examine", "investigate", "assess", "review", "evaluate", "explore", "research",
	"test", "probe")

// subjectOfNegated reports whether token k is the subject of the verb the
// negation at token i denies: only function words stand between them, at
// most three ("a senior doctor was not called"), or the noun that ends
// k's phrase and up to three function words ("two kennel assistant posts
// had not been filled").
func subjectOfNegated(c *claimInfo, k, i int) bool {
	if i-k > 4 {
		return false
	}
	head := false // one noun may close the phrase: "kennel assistant posts had not been filled"
	for j := k + 1; j < i; j++ {
		t := &c.toks[j]
		switch {
		case !t.Word:
			return false
		case t.Stop:
		case !head && j == k+1 && !isVerbForm(c, j) && !t.IsNum:
			head = true
		default:
			return false
		}
	}
	return i-k <= 3 || head
}

// frontedTopic returns the token range of a topic put before the clause
// the negation at token i opens ("On dual citizenship, no agreement was
// reached"; "As for the pensions, nothing was settled"), or -1.
func frontedTopic(toks []token, i int) (lo, hi int) {
	if i < 3 || toks[i-1].Lower != "," {
		return -1, -1
	}
	start := i - 2
	for start > 0 && toks[start-1].Word {
		start--
	}
	if start > 0 && toks[start-1].Lower != "," && toks[start-1].Lower != ";" {
		return -1, -1
	}
	for n := 4; n >= 1; n-- {
		if start+n <= i-2 && topicOpeners[lowerWords(toks[start:start+n])] {
			return start + n, i - 2
		}
	}
	return -1, -1
}

// topicOpeners put a topic before the clause that speaks of it.
var topicOpeners = set("on", "as for", "as to", "regarding", "concerning", "on the question of", "on the issue of",
	"on the matter of", "with regard to", "in relation to")

// clauseBreak reports whether a comma, semicolon or "and"/"but" lies
// between tokens i and k.
func clauseBreak(c *claimInfo, i, k int) bool {
	for j := i + 1; j < k; j++ {
		switch c.toks[j].Lower {
		case ",", ";", "and", "but", ":":
			return true
		}
	}
	return false
}

// onlyParticipleAfter reports whether the claim ends with one participle
// after the negation at token i, with at most "at any point" or "at all"
// after it: "quotas were not discussed", "kettling was not used at any
// point" say the subject was absent altogether.
func onlyParticipleAfter(c *claimInfo, i int) bool {
	if negatedInRelative(c.toks, i) {
		return false // "a sum the agency has not disclosed": the agency's act, not the sum's
	}
	k := i + 1
	for k < len(c.toks) && !c.toks[k].Word {
		k++
	}
	if k == len(c.toks) || !isVerbForm(c, k) {
		return false
	}
	for j := k + 1; j < len(c.toks); j++ {
		if t := &c.toks[j]; t.Word && !t.Stop && !anyTime[t.Lower] {
			return false
		}
	}
	return true
}

// negatedInRelative reports whether the negation at token i stands in a
// relative clause without its pronoun, whose own subject follows the noun
// it tells of: "a sum the agency has not disclosed", "the money we have
// not received". In "the grid supply never failed" the noun is the
// subject.
func negatedInRelative(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (auxiliaries[toks[k].Lower] || clauseAdverbs[toks[k].Lower]) {
		k--
	}
	for j := k; j >= 1 && j >= k-3; j-- {
		if determiners[toks[j].Lower] || subjectPronouns[toks[j].Lower] {
			p := &toks[j-1]
			return p.Word && !p.Stop && !p.Neg && !p.IsNum && !edOrIng(p)
		}
	}
	return false
}

// clauseAdverbs stand between a subject and its negated verb: "have still
// not", "has also not".
var clauseAdverbs = set("still", "yet", "also", "ever", "really", "simply")

// anyTime are the words of "at any point", "at all", "at any stage": they
// make a negation total without naming anything.
var anyTime = set("any", "point", "time", "stage", "all", "whatsoever", "ever")

// firstWordAfter counts the words from the negation at token i to token to.
func firstWordAfter(c *claimInfo, i, to int) int {
	if to <= i {
		return 100
	}
	n := 0
	for k := i + 1; k <= to; k++ {
		if c.toks[k].Word {
			n++
		}
	}
	return n
}

// isVerbForm reports whether token k of c looks like an inflected verb: a
// past or present participle ("refunded", "holding") with no article or
// possessive before it ("the meeting" is a noun).
func isVerbForm(c *claimInfo, k int) bool {
	return edOrIng(&c.toks[k]) && (k == 0 || !determiners[c.toks[k-1].Lower])
}

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "his", "her", "their", "our", "my", "your", "its", "this",
	"that", "these", "those", "every", "each", "any", "no", "some")

// negationScope returns the phrase a negation at token i of x covers (from
// an auxiliary before it to the last word it governs) and the token indexes
// of the other claim y's words (content indexes) that match words in it,
// not two loose verbs (looseVerbMatch); before
// is set when those are words before the negation, the negated predicate's
// subject; head is how the first content word after the negation, the
// negated predicate, is matched in the other claim.
func negationScope(x, y side, i int) (from, to int, counter []int, before bool, head matchKind) {
	toks := x.c.toks
	from, to = i, i
	if i > 0 && auxiliaries[toks[i-1].Lower] {
		from = i - 1
	}
	content := contentIndex(x.c)
	words := 0
	head = mNone
	seenHead, headVerb := false, false
	assured := false // the negated head is a word of assurance
	// "no one on the ground was hurt": the place narrows who is counted,
	// the predicate after it is what is denied
	zeroSubject, restricting := quantifierNegation(toks, i), false
	start := i + 1
	if zeroSubject && toks[i].Lower == "no" {
		start = i + 2 // past "one" of "no one"
	}
	reach := 6
	if transparentNegation(toks, i) {
		reach = 8 // past "accept that"
	}
	for j := start; j < len(toks) && words < reach; j++ {
		if !toks[j].Word {
			if toks[j].Surface != "-" {
				break
			}
			continue
		}
		if !seenHead && zeroSubject && (restricting || subjectPreps[toks[j].Lower]) {
			restricting = !auxiliaries[toks[j].Lower]
			if restricting {
				continue
			}
		}
		words++
		if seenHead && !grounds(head) && headVerb && (topicPreps[toks[j].Lower] || complementStarts[toks[j].Lower]) {
			// "were never properly consulted about the phone pouch
			// scheme": the consulting is denied, the scheme only its topic
			break
		}
		if seenHead && (boundPreps[toks[j].Lower] || clauseLinks[toks[j].Lower]) {
			// "no harmful substances above safe levels": the level bounds
			// what is denied; "without running water after the main
			// burst": the burst is no part of it
			break
		}
		if seenHead && !headVerb && toks[j].Lower == "and" && j+1 < len(toks) && (strings.HasSuffix(toks[j+1].Lower, "ed") || irregularPast(&toks[j+1])) {
			// "went ahead without amplification and finished without
			// incident": the verb after "and" is the subject's, not denied
			break
		}
		if assured && toks[j].Lower == "that" {
			// "no guarantee that hourly trains would return" leaves the
			// trains' return open rather than denying it
			break
		}
		n, ok := content[j]
		if !ok {
			continue
		}
		k := x.m[n].kind
		if !seenHead && !lightVerbs[toks[j].Lemma] && !(strings.HasSuffix(toks[j].Lower, "ly") && j+1 < len(toks) && isVerbForm(x.c, j+1)) {
			// "never properly consulted": the head is the verb after the adverb
			seenHead, head, headVerb = true, k, isVerbForm(x.c, j) || irregularPast(&toks[j])
			assured = assuranceWords[toks[j].Lemma]
		}
		if grounds(k) && !toks[j].Name && !compoundPart(x, j) && !titles[strings.TrimSuffix(toks[j].Lower, ".")] && !slices.Contains(counter, x.m[n].other) &&
			!looseVerbMatch(x, y, n) {
			to = j
			counter = append(counter, x.m[n].other)
		}
	}
	if len(counter) == 0 {
		// "on dual citizenship, no agreement was reached": the topic put
		// before the clause is what it denies
		lo, hi := frontedTopic(toks, i)
		for j := lo; lo >= 0 && j <= hi; j++ {
			if n, ok := content[j]; ok && grounds(x.m[n].kind) && !toks[j].IsNum && !slices.Contains(counter, x.m[n].other) {
				counter = append(counter, x.m[n].other)
			}
		}
		if len(counter) > 0 {
			from, to = lo, i
			for to+1 < len(toks) && to-i < 4 && toks[to+1].Word {
				to++
			}
		}
	}
	if len(counter) == 0 && (toks[i].Lower == "not" || toks[i].Lower == "never" || strings.HasSuffix(toks[i].Lower, "n't")) {
		// "quotas were not discussed": the negated predicate's subject.
		before = true
		words = 0
		for j := i - 1; j >= 0 && words < 8; j-- {
			if !toks[j].Word || toks[j].Lower == "and" || toks[j].Lower == "but" {
				break // the subject is looked for in the negation's own clause
			}
			words++
			if n, ok := content[j]; ok && grounds(x.m[n].kind) && !toks[j].IsNum && !slices.Contains(counter, x.m[n].other) {
				from = j
				counter = append(counter, x.m[n].other)
			}
		}
		if len(counter) > 0 {
			to = i
			for to+1 < len(toks) && to-i < 2 && toks[to+1].Word {
				to++
			}
		}
	}
	return from, to, counter, before, head
}

// assuranceWords, negated, leave open what they would have assured: "no
// guarantee that", "no promise that".
var assuranceWords = set("guarantee", "assurance", "promise", "commitment", "certainty", "undertaking", "pledge")

// boundPreps open a bound on what a negation denies: "no substances above
// safe levels" denies the substances, not the levels.
var boundPreps = set("above", "below", "beyond", "over", "under", "exceeding")

// irregularPast reports whether t is an irregular past form of a verb
// ("told", "given"), which isVerbForm does not tell.
func irregularPast(t *token) bool {
	return participle(t) && !strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lower, "ed")
}

// topicPreps give what an act is about: "consulted about", "comment on".
var topicPreps = set("about", "on", "regarding", "concerning")

// complementStarts open the clause a verb of saying or knowing reports:
// "nobody ever told them they could claim" denies the telling only.
var complementStarts = set("that", "they", "he", "she", "we", "it", "you", "i")

// subjectPreps open a place or group that narrows a subject: "no one on
// the ground", "nobody at the school"; not "none of the crew", the very
// people counted.
var subjectPreps = set("on", "at", "in", "inside", "near", "aboard")

// clauseLinks open a time or a cause beside what a negation denies.
var clauseLinks = set("after", "before", "because", "since", "until", "when", "while", "following", "during")

// quantifierNegators deny the whole predicate that follows them ("no one
// was taken to hospital", "nobody made an announcement"), not only its
// first word.
var quantifierNegators = set("nobody", "none", "nothing", "noone", "no-one")

// restrictsSubject reports whether the negation at token i stands in a
// relative clause that picks out whom the claim is about, its head a plural
// or "anyone" before "who" ("owners who do not want the safety kit should
// be refunded", "anyone who has not been contacted"), or in a "without"
// after a plural subject ("retailers without a machine are paid"): the
// claim says what is due to them, not that the thing is not so.
func restrictsSubject(toks []token, i int) bool {
	if toks[i].Lower == "without" && i > 0 && clauseFrom(toks, i) >= i-3 {
		// "retailers without a machine are paid a fee": the subject's
		// kind, before its verb
		h := &toks[i-1]
		for k := i + 1; k < len(toks) && k <= i+4 && toks[k].Word; k++ {
			if auxiliaries[toks[k].Lower] {
				return h.Lower != h.Lemma && !h.Stop
			}
		}
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].Lower == "who" {
			h := &toks[k-1]
			return h.Lower == "anyone" || h.Lower == "those" || h.Lower != h.Lemma && !h.Stop
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// quantifierNegation reports whether the negation at token i is a
// quantifier ("nobody", "none", "no one").
func quantifierNegation(toks []token, i int) bool {
	l := toks[i].Lower
	return quantifierNegators[l] || l == "no" && i+1 < len(toks) && toks[i+1].Lower == "one"
}

// lightVerbs carry little meaning of their own: in "did not make a profit"
// the negated predicate is "profit".
var lightVerbs = set("make", "take", "have", "give", "do", "get", "go", "come", "put", "hold", "keep")

// looseVerbs have so many senses that the lexicon ties them to one another
// in senses the claims do not share: "has not returned to work" / "was
// taken to hospital", "cannot take that risk" / "we accept".
var looseVerbs = union(lightVerbs, set("return", "meet", "accept", "run", "turn", "set", "see", "find", "carry",
	"bring", "leave", "stand", "raise", "pass", "draw"))

// looseVerbMatch reports whether content word n of x and its counterpart in
// y are two different loose verbs.
func looseVerbMatch(x, y side, n int) bool {
	m := x.m[n]
	return m.kind != mExact && m.other >= 0 && looseVerbs[x.c.tok(n).Lemma] && looseVerbs[y.c.tok(m.other).Lemma]
}

// grounds reports whether a match of kind k ties a negated word to the
// other claim firmly enough to ground a contradiction: the same word, a
// synonym, a broader or narrower one. Sister terms and antonyms are other
// things, and words close only in the vectors ("set", "next" and "held")
// too loosely tied.
func grounds(k matchKind) bool {
	switch k {
	case mExact, mSynonym, mGeneral, mSpecific:
		return true
	}
	return false
}

// groundedAt reports whether token k of x is a content word the other
// claim matches firmly enough to ground a contradiction (see grounds); false
// for k < 0 and for a token that is no content word.
func groundedAt(x side, k int) bool {
	m, ok := matchAt(x, k)
	return ok && grounds(m.kind)
}

// matchAt returns the match in the other claim of token k of x, and false
// for k < 0 and for a token that is no content word.
func matchAt(x side, k int) (wordMatch, bool) {
	if k < 0 {
		return wordMatch{}, false
	}
	n, ok := slices.BinarySearch(x.c.content, k)
	if !ok || n >= len(x.m) {
		return wordMatch{}, false
	}
	return x.m[n], true
}

// contentIndex maps token index to content index.
func contentIndex(c *claimInfo) map[int]int {
	m := make(map[int]int, len(c.content))
	for n, k := range c.content {
		m[k] = n
	}
	return m
}

// auxiliaries carry a negation: "have not", "was never".
var auxiliaries = set("have", "has", "had", "do", "does", "did", "is", "are", "was", "were", "will",
	"would", "can", "could", "should", "shall", "may", "might", "must", "be", "been", "am")

// degreeWords say an action was late or partial rather than absent.
var degreeWords = set("delay", "delays", "delayed", "late", "belated", "slow", "slowly", "partly",
	"partially", "partial", "incomplete", "incompletely", "tardy")

// degreeNear returns the index of a degree word up to three tokens before
// token k of y's claim ("delay in answering") or opening the predicate
// after token hi ("payments may have been delayed"), or -1. A degree word
// the other claim shares is what both speak of, not a degree: "the delays
// were caused by the strike" / "the delays were not caused by the strike".
func degreeNear(y side, k, hi int) int {
	c := y.c
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if !degreeWords[c.toks[j].Lower] {
			continue
		}
		if groundedAt(y, j) {
			continue
		}
		return j
	}
	// or its predicate after it: "some overtime payments may have been
	// delayed" / "have not received overtime pay"
	j := hi + 1
	for j < len(c.toks) && auxiliaries[c.toks[j].Lower] {
		j++
	}
	if j > hi+1 && j < len(c.toks) && degreeWords[c.toks[j].Lower] {
		if !groundedAt(y, j) {
			return j
		}
	}
	return -1
}

// anyWords are the indefinites a negation extends to everything: "is not
// throwing anything", "did not see anyone".
var anyWords = set("anything", "anyone", "anybody", "any", "anywhere")

// deniedThing reports whether the negation at token i is "no", "none of",
// "nobody" or "no one" heading a noun phrase whose head, the last content
// word before the phrase ends, has its counterpart in the other claim (the
// same word or a synonym): "no parish council had been warned", "none of
// the bats appeared on the list". Not after a preposition ("with no
// venue", "at no cost"), and not where the phrase picks out some of the
// things only ("no other branch", "none of those patients", "no new
// learners").
func deniedThing(x side, i int) bool {
	toks := x.c.toks
	switch l := toks[i].Lower; {
	case l == "nobody" || l == "no" && tokAt(toks, i+1).Lower == "one":
		return true
	case l != "no" && !partitiveNone(x.c, i):
		return false
	}
	if i > 0 && (relativePreps[toks[i-1].Lower] || placePrepositions[toks[i-1].Lower] || topicPreps[toks[i-1].Lower]) {
		return false
	}
	j := i + 1
	if partitiveNone(x.c, i) {
		j++
	}
	content := contentIndex(x.c)
	head := -1
	for ; j < len(toks) && toks[j].Word && !auxiliaries[toks[j].Lower] && !nounPhraseEnds[toks[j].Lower]; j++ {
		if restrictive[toks[j].Lower] {
			return false
		}
		if n, ok := content[j]; ok {
			head = n
		}
	}
	return head >= 0 && (x.m[head].kind == mExact || x.m[head].kind == mSynonym)
}

// nounPhraseEnds end the noun phrase after "no": "no survey evidence of
// nesting birds", "no plans to reopen talks".
var nounPhraseEnds = set("of", "to", "for", "in", "on", "at", "about", "from", "with", "by", "that", "who", "which", "whose", "than")

// restrictive words pick out some of the things a noun names: "no other
// branch", "none of those patients".
var restrictive = set("other", "those", "these", "new", "further", "more", "additional", "such")

// endedOrSlight reports whether a word of ending or of slightness stands
// up to three words before token k, in its phrase: what ends or is slight
// is denied as much as by a negation ("pledged to end its breeding
// programme" / "will no longer breed", "only a negligible impact on
// prices" / "no measurable effect on prices").
func endedOrSlight(c *claimInfo, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if t := &c.toks[j]; !t.Word || t.Lower == "and" || t.Lower == "or" {
			return false
		} else if stopWords[t.Lemma] || slightWords[t.Lower] {
			return true
		}
	}
	return false
}

// slightWords make what they qualify next to nothing.
var slightWords = set("negligible", "minimal", "marginal", "slight", "insignificant", "nominal", "minuscule")
