package compare

import "fmt"

// concessionWords grant the other side's point in a reply: "Starting
// salaries have indeed gone up", "we acknowledge that work", "the force
// confirmed that eleven people had been arrested".
var concessionWords = set("indeed", "admittedly", "acknowledge", "acknowledges", "acknowledged",
	"concede", "concedes", "conceded", "admit", "admits", "admitted", "granted", "confirm", "confirms", "confirmed")

// confirmWords grant a point only as a verb of reporting ("the force
// confirmed that", "..., Solberg confirmed"), not with an object of their
// own: "analysis of the B sample has confirmed the original result".
var confirmWords = set("confirm", "confirms", "confirmed")

// reports reports whether the verb at token i reports a clause rather
// than takes an object: "that" follows it, or nothing does in its clause,
// or a clause with "that" left out ("confirmed it had been fined", "the
// company had been fined"), not a noun phrase alone ("confirmed the
// original result.").
func reports(toks []token, i int) bool {
	n := tokAt(toks, i+1)
	if n.Lower == "that" || !n.Word {
		return true
	}
	if !determiners[n.Lower] {
		return true
	}
	k := i + 2
	for k < len(toks) && k <= i+4 && toks[k].Word && !auxiliaries[toks[k].Lower] {
		k++
	}
	return k < len(toks) && auxiliaries[toks[k].Lower]
}

// concessionLeads grant a point with the clause after them: "we accept
// that", "it is true that", "we do not dispute that".
var concessionLeads = set("accept that", "accepts that", "accepted that", "agree that", "agrees that", "agreed that",
	"recognise that", "recognises that", "recognised that", "recognize that", "recognizes that", "recognized that", "true that", "not dispute", "not disputed",
	"no dispute")

// concessionAt returns the index of the first word of c granting a point
// and the number of its words, or -1, 0. "Admitted to hospital" grants
// nothing, and neither does a negated grant ("we do not accept that") or
// one only asked for ("would require Oduna to acknowledge").
func concessionAt(c *claimInfo) (int, int) {
	for i := range c.toks {
		t := &c.toks[i]
		if !t.Word {
			continue
		}
		if concessionWords[t.Lower] && !negatedAt(c.toks, i) && !(i+1 < len(c.toks) && c.toks[i+1].Lower == "to") && !unreal(c.toks, i) &&
			!qualifiesNoun(c.toks, i) && (!confirmWords[t.Lower] || reports(c.toks, i)) && !comparedWith(c.toks, i) && !grantedThing(c.toks, i) {
			return i, 1
		}
		if i+1 < len(c.toks) && concessionLeads[t.Lower+" "+c.toks[i+1].Lower] && (t.Lower == "not" || t.Lower == "no" || !negatedAt(c.toks, i)) &&
			!(t.Lemma == "agree" && jointSubject(c.toks, i)) {
			return i, 2
		}
		if welcomeWords[t.Lower] && !negatedAt(c.toks, i) && welcomedAct(c.toks, i) && !qualifiedAfter(c.toks, i) {
			return i, 1
		}
	}
	return -1, 0
}

// welcomeWords welcome what the other side did or plans: "welcomed the
// decision to refer the case", which grants that it was decided.
var welcomeWords = set("welcome", "welcomes", "welcomed", "welcoming")

// welcomedAct reports whether the welcome at token i takes a thing done or
// planned as its object, past a determiner or a possessive ("welcomed the
// offer", "welcomed Velmora's offer"), not people ("welcomed the
// minister", "welcomed guests") nor an invitation ("are welcome to").
func welcomedAct(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k].Word; k++ {
		t := &toks[k]
		switch {
		case k == i+1 && t.Lower == "to":
			return false
		case t.Stop || possessive(t):
			continue
		case t.Name || isPeople(t.Lemma):
			return false
		case t.content():
			return k > i+1 // "welcomed the offer", not "welcomed guests"
		}
	}
	return false
}

// qualifiedAfter reports whether a "but" or "although" follows token i in
// its claim: "welcomed the decision to double the fund, but 2 million
// pounds will not go far" grants the decision and disputes its worth.
func qualifiedAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		if l := toks[k].Lower; l == "but" || l == "although" || l == "though" || l == "however" {
			return true
		}
	}
	return false
}

// jointSubject reports whether the parties themselves, together, stand
// just before the verb at token i: "They also agreed that paramedics may
// treat patients", "the two ministers agreed that" report what both sides
// settled, which grants neither side's point.
func jointSubject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].Word; k-- {
		if jointWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// jointWords name both parties at once.
var jointWords = set("they", "both", "two", "sides", "ministers", "parties", "governments", "delegations", "leaders", "countries")

// grantedThing reports whether the "granted" at token i is a thing given,
// not a point: "visas had been granted", "a warrant granted by
// magistrates"; "Granted, the figures have risen" grants the point.
func grantedThing(toks []token, i int) bool {
	if toks[i].Lower != "granted" {
		return false
	}
	n := tokAt(toks, i+1)
	return i > 0 && toks[i-1].Word && n.Lower != "that" && n.Surface != ","
}

// concessionCues: one of two claims paired as counterparts grants the
// other's point ("Starting salaries have indeed gone up" / "Starting
// salaries have risen by 20 percent"), which agrees with it whatever it
// adds.
func concessionCues(a, b *claimInfo) []cue {
	for _, c := range []*claimInfo{a, b} {
		if i := c.mk.concession; i >= 0 {
			return []cue{{rel: Agree, text: fmt.Sprintf("conceded: %q", c.phrase(i, i+c.mk.conceded-1))}}
		}
	}
	return nil
}

// comparedWith reports whether the word at token i is what a comparison
// measures against, "than" a few words before it: in "far higher than the
// company has admitted" the speaker disputes the admission, granting
// nothing.
func comparedWith(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].Word; j-- {
		if toks[j].Lower == "than" {
			return true
		}
	}
	return false
}

// qualifiesNoun reports whether the word at token i qualifies the noun after
// a determiner or a number rather than being a verb: "any confirmed cases",
// "two admitted errors" grant nothing.
func qualifiesNoun(toks []token, i int) bool {
	return i > 0 && (determiners[toks[i-1].Lower] || toks[i-1].IsNum)
}

// unreal reports whether the verb at token i is only wanted or supposed: an
// infinitive or a modal's verb ("to acknowledge", "would concede").
func unreal(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch toks[j].Lower {
		case "to", "would", "could", "should", "must", "might", "may", "will":
			return true
		}
	}
	return false
}
