package compare

import "slices"

// A cause a claim gives for what happened: "the collapse was caused by
// strong winds", "blamed the delays on a staff shortage", "the cracks are
// consistent with blast vibration". Two parties who name different causes
// of the same event contradict each other; two who name the same one in
// different words ("a faulty software update" / "an error in a routine
// update") agree on it.

// causeSpan is the tokens naming a cause, from and to inclusive, whether
// the claim denies it ("not because of any fault", "rather than
// investment"), and the tokens naming what it caused, effect[0] to
// effect[1] inclusive: the words of the clause before the cause ("the
// delays were caused by"), or the object of "blamed" and "attributed" ("blamed
// the cuts on").
type causeSpan struct {
	from, to int
	denied   bool
	effect   [2]int
}

// causeAfter are the words after which, with the word that follows them,
// a claim names a cause: "caused by", "due to", "stemmed from".
var causeAfter = map[string]string{
	"caused": "by", "triggered": "by", "sparked": "by", "prompted": "by",
	"due": "to", "owing": "to", "down": "to", "pointed": "to", "points": "to", "point": "to",
	"result": "of", "because": "of", "consistent": "with",
	"resulted": "from", "results": "from", "stemmed": "from", "stems": "from", "stem": "from",
	"stemming": "from", "lay": "with", "lies": "with", "lie": "with", "rests": "with", "rested": "with",
	"originated": "in", "originates": "in",
}

// causeVerbs name a cause in their object, or after "to" or "on" a few
// words on: "attributed the fall to", "blamed the cuts on", "blamed the
// new software".
var causeVerbs = map[string]string{"attributed": "to", "attributes": "to", "attribute": "to",
	"blamed": "on", "blames": "on", "linked": "to", "links": "to"}

// faultNouns, with "be" and a word of faultPlaces after them, say where a
// fault lay: "the fault was in the encoding equipment", "the problem was
// with the contractor's software".
var (
	faultNouns  = set("fault", "problem", "error", "failure", "blame", "responsibility")
	faultPlaces = set("in", "with")
)

// causeAdverbs returns how many words from toks[i] say how much of the
// cause the next words name: "caused above all by", "attributes largely
// to".
func causeAdverbs(toks []token, i int) int {
	n := 0
	for n < 3 && (shareOfCause[tokAt(toks, i+n).Lower] || quoteMarks[tokAt(toks, i+n).Surface]) {
		n++
	}
	return n
}

// shareOfCause are the words that say how much of an effect a cause
// explains.
var shareOfCause = set("mainly", "largely", "mostly", "partly", "primarily", "chiefly", "principally", "entirely",
	"wholly", "solely", "above", "all", "in", "part", "directly", "ultimately")

// causeNouns name a cause as a noun: "the main driver of delay was",
// "were the most likely cause".
var causeNouns = set("cause", "source", "driver", "reason", "culprit")

// causeNounAt reads a cause named by the noun at toks[i], the complement
// or the subject of "be": "the main driver of delay was the complexity of
// cases" names the complexity, "sparks from a passing locomotive were the
// most likely cause of the blaze" the sparks. What it caused is the words
// after "of", if any.
func causeNounAt(toks []token, i int) (causeSpan, bool) {
	if !causeNouns[toks[i].Lemma] || toks[i].Lower != toks[i].Lemma {
		return causeSpan{}, false
	}
	effect := [2]int{i + 1, i} // none
	k := i + 1
	for quoteMarks[tokAt(toks, k).Surface] {
		k++ // a "far more likely source" of the fire
	}
	if tokAt(toks, k).Lower == "of" {
		effect[0] = k + 1
		for k+1 < len(toks) && k+1 <= i+8 && !clauseEnd(&toks[k+1]) && !beForms[toks[k+1].Lower] && !causeStops[toks[k+1].Lower] {
			k++
		}
		effect[1] = k
	}
	if k == i+1 || quoteMarks[tokAt(toks, k).Surface] {
		k-- // no "of": k+1 is the word after the noun
	}
	if beForms[tokAt(toks, k+1).Lower] {
		// "the cause of the fire was a barbecue"
		start, end := k+2, k+2
		for end+1 < len(toks) && end+1 <= start+7 && !clauseEnd(&toks[end+1]) && !causeStops[toks[end+1].Lower] {
			end++
		}
		if start >= len(toks) || !toks[start].Word || unknownCause[toks[start].Lower] {
			return causeSpan{}, false // "the cause was unclear" names none
		}
		return causeSpan{from: start, to: end, denied: negatedAt(toks, k+2), effect: effect}, true
	}
	j := i - 1
	for j >= 0 && (causeDegree[toks[j].Lower] || quoteMarks[toks[j].Surface]) {
		j--
	}
	if j < 1 || !beForms[toks[j].Lower] {
		return causeSpan{}, false
	}
	from := clauseFrom(toks, j)
	for k := j - 1; k > from; k-- {
		if reportingVerbs[toks[k].Lower] || toks[k].Lower == "that" {
			from = k + 1 // "residents said sparks from a locomotive were"
			break
		}
	}
	if from >= j || quoteMarks[toks[from].Surface] {
		return causeSpan{}, false
	}
	return causeSpan{from: from, to: j - 1, denied: negatedAt(toks, j+1), effect: effect}, true
}

// unknownCause after "the cause was" name no cause.
var unknownCause = set("unclear", "unknown", "uncertain", "undetermined", "disputed", "contested", "still", "not",
	"yet", "being", "under", "never", "a", "an")

// causeDegree are the words between "be" and a cause noun: "was the most
// likely cause", "was a far more likely source".
var causeDegree = set("the", "a", "an", "most", "more", "far", "likely", "probable", "main", "real", "primary",
	"chief", "biggest", "principal", "only", "sole", "single", "likeliest", "underlying", "root", "direct", "true")

// causeSpans returns the causes claim c names, in order.
func causeSpans(c *claimInfo) []causeSpan {
	var out []causeSpan
	toks := c.toks
	for i := 0; i < len(toks); i++ {
		w := toks[i].Lower
		start := -1
		var effect [2]int
		object := false // a verb names the effect as its object; else it is the clause before
		adverbs := 0
		if causeAfter[w] != "" || causeVerbs[w] != "" {
			adverbs = causeAdverbs(toks, i+1)
		}
		if next, ok := causeAfter[w]; ok && tokAt(toks, i+1+adverbs).Lower == next {
			start = i + 2 + adverbs
			if w == "down" && !beForms[tokAt(toks, i-1).Lower] || w == "due" && scheduleVerbs[tokAt(toks, i+2).Lower] {
				continue // "was down to", not "cut down to"; not "due to begin"
			}
		} else if w == "because" && tokAt(toks, i+1).Word {
			start = i + 1 // "cancelled because the crew had run out of hours"
		} else if prep, ok := causeVerbs[w]; ok {
			// "blamed the cuts on sickness", "attributed it to the snow";
			// "blamed the new software" names the cause as the object;
			// "was attributed to the snow" after a passive, where
			// "linked to" with no object before it tells only a link
			if prep == "on" {
				start = i + 1
			}
			for k := i + 1; k < len(toks) && k <= i+6 && !clauseEnd(&toks[k]); k++ {
				if toks[k].Lower == prep {
					start = k + 1
					if k > i+1+adverbs {
						effect, object = [2]int{i + 1, k - 1}, true
					} else if w == "linked" || w == "links" {
						start = -1 // "illness linked to its products" tells a link, not a cause
					}
					break
				}
			}
		} else if faultNouns[w] && beForms[tokAt(toks, i+1).Lower] && faultPlaces[tokAt(toks, i+2).Lower] {
			// "the fault was in its own encoding equipment": the fault is
			// what was caused
			start, effect, object = i+2, [2]int{i, i}, true
		} else if s, ok := causeNounAt(toks, i); ok {
			out = append(out, s)
			i = max(i, s.to, s.effect[1])
			continue
		}
		if start < 0 || start >= len(toks) {
			continue
		}
		if !object {
			effect = [2]int{clauseFrom(toks, i), i - 1}
			if effect[0] > 0 && toks[effect[0]-1].Lower == "which" {
				// "the fall in the level, which Varnia attributes to": the
				// noun the relative clause follows
				effect[0] = clauseFrom(toks, effect[0]-1)
			}
		}
		end := start
		for end+1 < len(toks) && end+1 <= start+7 && !clauseEnd(&toks[end+1]) && !causeStops[toks[end+1].Lower] {
			end++
		}
		out = append(out, causeSpan{from: start, to: end, denied: negatedAt(toks, i) && !effectNegated(toks, i), effect: effect})
		i = end
	}
	return append(out, ratherThanCauses(toks, out)...)
}

// effectNegated reports whether a content word, the effect, stands between
// the cause word at token i and the negation before it, which then denies
// the effect rather than the cause: in "the alarm did not activate because
// of a failed card" the card caused the failure; "was not because of" and
// "not because of" deny the cause.
func effectNegated(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &toks[j]
		if t.Neg {
			return false
		}
		if t.Word && t.content() && !auxiliaries[t.Lower] && !beForms[t.Lower] {
			return true
		}
	}
	return false
}

// scheduleVerbs are the verbs after which "due to" tells a plan, not a
// cause: "was due to begin", "is due to be".
var scheduleVerbs = set("be", "begin", "start", "open", "close", "arrive", "finish", "end", "report", "meet",
	"expire", "resume", "return", "take", "run", "launch", "publish", "complete", "leave", "land", "depart",
	"go", "come", "hold", "sit", "give", "make", "reopen", "restart", "appear", "retire")

// clauseFrom returns the first token of the clause holding token i.
func clauseFrom(toks []token, i int) int {
	for k := i - 1; k >= 0; k-- {
		if clauseEnd(&toks[k]) || toks[k].Lower == "which" || toks[k].Lower == "who" {
			return k + 1
		}
	}
	return 0
}

// causeStops end a cause's words: what follows them says something else
// ("caused by the storm rather than the design", "due to a fault which").
var causeStops = set("rather", "not", "which", "who", "that", "and", "but", "while", "whereas", "instead", "said", "says", "according")

// clauseEnd reports whether t ends a clause.
func clauseEnd(t *token) bool {
	return t.Surface == "," || t.Surface == ";" || t.Surface == "." || t.Surface == ":" || t.Surface == "!" || t.Surface == "?"
}

// ratherThanCauses returns the causes denied after a named one: "caused by
// winds rather than any fault", "stemmed from staff cuts, not from any
// surge".
func ratherThanCauses(toks []token, named []causeSpan) []causeSpan {
	var out []causeSpan
	for _, s := range named {
		k := s.to + 1
		for k < len(toks) && (toks[k].Surface == "," || toks[k].Lower == "and") {
			k++
		}
		switch {
		case tokAt(toks, k).Lower == "rather" && tokAt(toks, k+1).Lower == "than":
			k += 2
		case tokAt(toks, k).Neg:
			k++
		default:
			continue
		}
		for k < len(toks) && (toks[k].Lower == "to" || toks[k].Lower == "from" || toks[k].Lower == "by" || toks[k].Lower == "because" || toks[k].Lower == "of") {
			k++
		}
		end := k
		for end+1 < len(toks) && end+1 <= k+7 && !clauseEnd(&toks[end+1]) && !causeStops[toks[end+1].Lower] {
			end++
		}
		if k < len(toks) {
			out = append(out, causeSpan{from: k, to: end, denied: true, effect: s.effect})
		}
	}
	return out
}

// causeCues finds a claim denying the cause the other gives ("caused by a
// rise in applications" / "not from any surge in demand"), or two claims
// naming different causes of one event: each
// names a cause it does not deny, the words of what they caused meet ("the
// delays", "the cracking"), and no word of one cause has a counterpart in
// the other. Weak unless the claims are paired
// counterparts: two causes of one effect may both be true, and the two
// claims may speak of different effects.
func causeCues(a, b side) []cue {
	ca, cb := a.c.mk.causes, b.c.mk.causes
	for _, xy := range [2][2]side{{a, b}, {b, a}} {
		x, y := xy[0], xy[1]
		cx, cy := ca, cb
		if !x.isLeft {
			cx, cy = cb, ca
		}
		for _, s := range stated(cx) {
			for _, d := range cy {
				if d.denied && causesMeet(x, y, s, d) {
					return []cue{{rel: Contradict, weak: true, framed: true,
						text: orient(x, "cause denied", x.c.phrase(s.from, s.to), y.c.phrase(d.from, d.to))}}
				}
			}
		}
	}
	sa, sb := stated(ca), stated(cb)
	if len(sa) == 0 || len(sb) == 0 {
		return nil
	}
	same := false
	for _, x := range sa {
		for _, y := range sb {
			// two counterparts that each name "the most likely cause"
			// and no effect speak of the event they share
			same = same || effectsMeet(a, b, x, y) || x.effect[1] < x.effect[0] && y.effect[1] < y.effect[0]
		}
	}
	if !same {
		return nil
	}
	for _, x := range sa {
		for _, y := range sb {
			if causesMeet(a, b, x, y) || causesMeet(b, a, y, x) {
				return nil
			}
		}
	}
	x, y := sa[0], sb[0]
	return []cue{{rel: Contradict, weak: true, framed: true,
		text: quote("different causes", a.c.phrase(x.from, x.to), b.c.phrase(y.from, y.to))}}
}

// stated returns the causes of cs not denied.
func stated(cs []causeSpan) []causeSpan {
	return slices.DeleteFunc(slices.Clone(cs), func(c causeSpan) bool { return c.denied })
}

// causesMeet reports whether a content word of x's cause cx has its
// counterpart in y's cause cy: the same word, a synonym, a broader or
// narrower one, or one close in the word vectors.
func causesMeet(x, y side, cx, cy causeSpan) bool {
	for n, m := range x.m {
		if k := x.c.content[n]; k < cx.from || k > cx.to || m.kind == mNone || m.kind == mAntonym || m.kind == mCoHyponym {
			continue
		}
		if k := y.c.content[m.other]; k >= cy.from && k <= cy.to {
			return true
		}
	}
	return false
}

// effectsMeet reports whether a content word of what x's cause cx caused
// has its counterpart (the same word, a synonym, a broader or narrower one)
// in what y's cause cy caused: the two causes are of one effect.
func effectsMeet(x, y side, cx, cy causeSpan) bool {
	for n, m := range x.m {
		if k := x.c.content[n]; k < cx.effect[0] || k > cx.effect[1] || !grounds(m.kind) {
			continue
		}
		if k := y.c.content[m.other]; k >= cy.effect[0] && k <= cy.effect[1] {
			return true
		}
	}
	return false
}
