package compare

import "slices"

// Harm to people: one account says nobody was hurt ("no one was injured",
// "there were no casualties"), the other that someone was ("two workers
// were treated for burns", "a resident was taken to hospital").

// harmWords are the lemmas that say a person came to harm.
var harmWords = set("hurt", "injure", "injured", "harm", "harmed", "kill", "killed", "wound", "wounded",
	"die", "died", "injury", "casualty", "death", "fatality")

// severeHarm before a word of harm limits a denial to grave harm: "came to
// no serious harm", "no lasting injury".
var severeHarm = set("serious", "severe", "major", "lasting", "permanent", "significant", "grave", "critical",
	"life-threatening", "long-term")

// slightHarm words make harm minor: "treated for mild hypothermia", "minor
// cuts", "bruising".
var slightHarm = set("mild", "minor", "slight", "slightly", "superficial", "bruise", "bruising", "graze", "scratch", "checked")

// unharmedWords say a person came to no harm.
var unharmedWords = set("unhurt", "unharmed", "uninjured", "unscathed")

// careWords, beside "treated", say the treatment was for harm: "treated by
// paramedics", "treated in hospital for minor cuts".
var careWords = set("hospital", "paramedic", "medic", "ambulance", "cut", "burn", "bruise", "fracture",
	"hypothermia", "inhalation", "scene", "injury", "shock", "wound")

// noHarmAt returns the index of a word of c saying nobody came to harm
// ("no one was hurt", "no injuries", "escaped unhurt"), or -1.
func noHarmAt(c *claimInfo) int {
	toks := c.toks
	for i := range toks {
		t := &toks[i]
		switch {
		case unharmedWords[t.Lower]:
			return i
		case harmWords[t.Lemma] || harmWords[t.Lower]:
			if (noSubject(toks, i) || negatedAt(toks, i)) && !degreeAdverbs[tokAt(toks, i-1).Lower] {
				return i // not "no one was seriously injured", which grants lesser harm
			}
		case t.Lemma == "hospital" && (noSubject(toks, i) || negatedAt(toks, i)):
			return i // "nobody was taken to hospital"
		}
	}
	return -1
}

// harmAt returns the index of a word of c saying someone came to harm, not
// denied ("no injuries" is one of noSubject's) nor only possible ("a worker was injured", "two were treated by
// paramedics", "one resident was taken to hospital"), or -1.
func harmAt(c *claimInfo) int {
	toks := c.toks
	for i := range toks {
		t := &toks[i]
		var harm bool
		switch {
		case harmWords[t.Lemma] || harmWords[t.Lower]:
			harm = true
		case t.Lemma == "treat" || t.Lower == "treated":
			for k := i + 1; k < len(toks) && k <= i+6 && !clauseEnd(&toks[k]); k++ {
				harm = harm || careWords[toks[k].Lemma]
			}
		case t.Lemma == "hospital" || t.Lower == "hospitalised" || t.Lower == "hospitalized":
			harm = i >= 2 && (toks[i-1].Lower == "to" || toks[i-1].Lower == "in") || t.Lower != "hospital"
		}
		if harm && !noSubject(toks, i) && !negatedAt(toks, i) && !mightHaveBeen(toks, i) {
			return i
		}
	}
	return -1
}

// noSubject reports whether the subject of the word at token i, in its
// clause, counts nobody: "no one on the ground was hurt", "no driver or
// passenger was hurt", "not one passenger was hurt", "none was taken to
// hospital", "no member of the public suffered a serious injury".
func noSubject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if clauseEnd(&toks[k]) {
			return false
		}
		if toks[k].Neg || quantifierNegation(toks, k) {
			return true // "no", "nobody", "not one passenger"
		}
	}
	return false
}

// mightHaveBeen reports whether a word of possibility (possibility,
// "would", "risk") stands a few words before token i, in its clause:
// "could have been killed", "might be hurt".
func mightHaveBeen(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if l := toks[k].Lower; possibility[l] || l == "would" || toks[k].Lemma == "risk" {
			return true
		}
		if clauseEnd(&toks[k]) {
			break
		}
	}
	return false
}

// harmCues finds one claim saying nobody came to harm and the other that
// someone did. Weak unless the claims are paired counterparts: the two may
// speak of different events.
func harmCues(a, b side) []cue {
	for _, xy := range [2][2]side{{a, b}, {b, a}} {
		x, y := xy[0], xy[1]
		i, j := x.c.mk.noHarm, y.c.mk.harm
		if i < 0 || x.c.mk.harm >= 0 || j < 0 || y.c.mk.noHarm >= 0 {
			continue
		}
		if severeHarm[tokAt(x.c.toks, i-1).Lower] && slices.ContainsFunc(y.c.toks, func(t token) bool { return slightHarm[t.Lower] || slightHarm[t.Lemma] }) {
			continue // "came to no serious harm" / "treated for mild hypothermia"
		}
		px := x.c.phrase(max(0, i-3), i)
		py := y.c.phrase(max(0, j-3), phraseEnd(y.c, j, 2))
		return []cue{{rel: Contradict, weak: true, framed: true, text: orient(x, "no one hurt vs someone hurt", px, py)}}
	}
	return nil
}
