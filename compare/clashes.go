package compare

import (
	"math"
	"strings"
)

// Cue families that oppose two accounts of one event without a plain
// negation: one side denies what the other asserts, says the rules were
// kept where the other says they were broken, or says something was done
// at once where the other says it took a long time. Each needs the two
// claims to share what they speak of (aligned words), so that a denial of
// one thing never clashes with a claim about another.

// denialWords deny or dismiss a report: "denies", "rejected reports that".
var denialWords = set("deny", "denies", "denied", "denying", "denial", "refute", "refutes", "refuted",
	"rebut", "rebuts", "rebutted", "false", "untrue", "hoax", "fake", "bogus", "baseless", "unfounded", "groundless", "fabricated",
	"fabrication", "debunk", "debunked", "debunks", "myth", "falsely", "incorrect", "inaccurate")

// denialPhrases deny in several words.
var denialPhrases = set("not true", "no truth", "no evidence", "no basis", "not the case", "never happened", "did not happen",
	"pleaded not guilty", "pleads not guilty", "plead not guilty", "pleading not guilty")

// dismissWords deny only with what they dismiss after them: "rejected
// reports that", "dismissed the claims", "rejects the centre's
// conclusion" (but not "rejected the offer").
var (
	dismissWords = set("dismiss", "dismisses", "dismissed", "reject", "rejects", "rejected", "disputes", "disputed", "dispute")
	reportWords  = set("report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
		"accusations", "suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors", "story", "stories",
		"assertion", "assertions", "that", "speculation", "account", "accounts", "conclusion", "conclusions", "finding",
		"findings")
)

// partDismissed reports whether the dismissing verb at token i dismisses
// only part of what it names: "disputed parts of the findings", "rejects
// some of the claims".
func partDismissed(toks []token, i int) bool {
	w := tokAt(toks, i+1).Lower
	return (w == "parts" || w == "part" || w == "some" || w == "aspects" || w == "elements") && tokAt(toks, i+2).Lower == "of"
}

// concessiveClause reports whether token i stands in a clause that
// "although" or "though" opens, which grants what the sentence goes on to
// say: "Although we dispute the findings, all customers will be repaid".
func concessiveClause(toks []token, i int) bool {
	w := toks[clauseFrom(toks, i)].Lower
	return w == "although" || w == "though"
}

// dismissReach is how many words after a dismissing verb the report it
// dismisses may come: "rejects the inspectors' conclusion that".
const dismissReach = 6

// denialAt returns the token index of a denial in c, or -1: a denial word
// or phrase that is not itself negated ("did not deny").
func denialAt(c *claimInfo) int {
	for i := range c.toks {
		t := &c.toks[i]
		if !t.Word {
			continue
		}
		if denialWords[t.Lower] && !negatedAt(c.toks, i) && !attributive(c.toks, i) && !ruledAt(c.toks, i) && !forgedThing(c.toks, i) && !withheld(c.toks, i) {
			return i
		}
		if dismissWords[t.Lower] && !negatedAt(c.toks, i) && !partDismissed(c.toks, i) && !concessiveClause(c.toks, i) {
			for j := i + 1; j < len(c.toks) && j <= i+dismissReach && !clauseEnd(&c.toks[j]); j++ {
				if reportWords[c.toks[j].Lower] {
					return i
				}
			}
		}
		if i+1 < len(c.toks) {
			two := t.Lower + " " + c.toks[i+1].Lower
			if denialPhrases[two] || i+2 < len(c.toks) && denialPhrases[two+" "+c.toks[i+2].Lower] {
				return i
			}
		}
	}
	return -1
}

// withheld reports whether the denial word at token i withholds a thing
// rather than denies a report: "were denied promotion", "denied them
// entry".
func withheld(toks []token, i int) bool {
	j := i + 1
	if objectPronouns[tokAt(toks, j).Lower] {
		j++
	}
	return toks[i].Lemma == "deny" && withheldThings[tokAt(toks, j).Lemma]
}

// objectPronouns stand for whom a thing is withheld from; withheldThings
// are what may be denied someone.
var (
	objectPronouns = set("them", "him", "her", "us", "me", "it")
	withheldThings = set("promotion", "entry", "access", "permission", "bail", "visa", "licence", "license", "funding",
		"place", "admission", "boarding", "service", "treatment", "parole", "asylum", "leave")
)

// denialAdjectives deny what they are said of ("the reports are false",
// "baseless claims"), but not a thing they describe ("an inaccurate bill",
// "a false alarm").
var denialAdjectives = set("false", "untrue", "fake", "bogus", "baseless", "unfounded", "groundless",
	"fabricated", "incorrect", "inaccurate")

// attributive reports whether the denial adjective at i describes the
// thing named after it rather than a report: a content word follows that
// is neither a report nor another judgement joined by "and".
func attributive(toks []token, i int) bool {
	if !denialAdjectives[toks[i].Lower] || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.Word && n.content() && !reportWords[n.Lower] && !denialWords[n.Lower]
}

// forgeryWords say a thing is forged ("fake reviews", "the banknotes were
// bogus") as often as that a report is untrue.
var forgeryWords = set("fake", "bogus")

// forgedThing reports whether the forgery word at i is said of a thing:
// no report word stands before it in the claim or right after it
// ("reviews it believes were fake", not "reports that the plant leaked
// were fake").
func forgedThing(toks []token, i int) bool {
	if !forgeryWords[toks[i].Lower] {
		return false
	}
	for j := 0; j <= i+1 && j < len(toks); j++ {
		if j != i && reportWords[toks[j].Lower] && toks[j].Lower != "that" {
			return false
		}
	}
	return true
}

// alignedWords counts the content words of x matched in the other claim by
// the same word, a synonym, a broader or narrower word or a close vector.
func alignedWords(ms []wordMatch) int {
	n := 0
	for _, m := range ms {
		switch m.kind {
		case mExact, mSynonym, mGeneral, mSpecific, mRelated:
			n++
		}
	}
	return n
}

// denialCues: x denies or dismisses what y asserts ("denies ever having
// overstated the revenue" / "inflated the company's revenue").
func denialCues(x, y side) []cue {
	i := x.c.mk.denial
	if i < 0 || y.c.mk.denial >= 0 || y.c.mk.noComment || alignedWords(x.m) < 2 && coverage(y.m, weightsOf(y.c)) < 0.5 || deniedThere(x, i, y) ||
		comparisonDenied(x.c.toks, i, y.c.toks) || deniesAll(y.c) {
		return nil
	}
	px := x.c.phrase(i, phraseEnd(x.c, i, 3))
	py := mainPhrase(y)
	// "no evidence that anyone has lost money" / "some families may never
	// recover what they lost": a possibility is no assertion to deny
	return []cue{{rel: Contradict, text: orient(x, "denial", px, py), weak: modalHedge(y.c) || mannerDisputed(x.c.toks, i) || grantedFirst(x.c, i)}}
}

// grantedFirst reports whether c grants a point before the denial at token
// i ("accepted that the lining was leaking but disputed that it was beyond
// repair"): what it denies is something else, which may or may not be
// what the other claim says.
func grantedFirst(c *claimInfo, i int) bool {
	return c.mk.concession >= 0 && c.mk.concession < i
}

// deniesAll reports whether c denies a thing of every one it speaks of
// ("no conviction had yet been shown to be unsafe", "none of the samples
// was affected"): a denial of the same thing agrees with it.
func deniesAll(c *claimInfo) bool {
	for _, j := range negations(c) {
		if c.toks[j].Lower == "no" && j+1 < len(c.toks) && c.toks[j+1].content() && !c.toks[j+1].IsNum && !anyWords[c.toks[j+1].Lower] ||
			quantifierNegation(c.toks, j) {
			if s := clauseFrom(c.toks, j); j-s <= 3 || c.toks[j-1].Lower == "that" {
				return true
			}
		}
	}
	return false
}

// mannerDisputed reports whether the dismissal at token i disputes only an
// account of how, why or when something happened, not that it did:
// "disputed the university's account of how it happened" grants the
// damage it says happened, and clashes only with a claim of how.
func mannerDisputed(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if reportWords[toks[j].Lower] && tokAt(toks, j+1).Lower == "of" && mannerWords[tokAt(toks, j+2).Lower] {
			return true
		}
	}
	return false
}

// mannerWords ask how, why or when a thing happened.
var mannerWords = set("how", "why", "when", "where")

// noComment reports whether a claim declines to say anything of its own:
// "has declined to comment on reports that she met the contractor".
func noComment(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].Lemma == "comment" && (toks[k-1].Lower == "to" && k >= 2 && (toks[k-2].Lemma == "decline" || toks[k-2].Lemma == "refuse") || toks[k-1].Lower == "no") {
			return true
		}
	}
	return false
}

// ruledAt reports whether a verb of ruling stands just before token i:
// "an answer that was ruled incorrect" reports a ruling, which the speaker
// need not hold.
func ruledAt(toks []token, i int) bool {
	return i > 0 && rulingVerbs[toks[i-1].Lower]
}

// rulingVerbs report someone's ruling on a thing.
var rulingVerbs = set("ruled", "deemed", "judged", "declared", "marked", "adjudged")

// deniedThere reports whether what x denies after its denial at token i
// (the next few words) has a counterpart y negates too: "no evidence of a
// cyber attack" / "rather than any malicious activity" agree.
func deniedThere(x side, i int, y side) bool {
	reach := 5
	if noEvidenceThat(x.c.toks, i) {
		reach = evidenceReach
	}
	for n, m := range x.m {
		k := x.c.content[n]
		if k <= i || k > i+reach || m.other < 0 || m.kind == mNone || m.kind == mCoHyponym || m.kind == mAntonym {
			continue
		}
		if o := y.c.content[m.other]; negatedAt(y.c.toks, o) || shortOfAt(y.c.toks, o) {
			return true
		}
	}
	return false
}

// weightsOf returns c's content word weights, or ones.
func weightsOf(c *claimInfo) []float64 {
	if c.w != nil {
		return c.w
	}
	w := make([]float64, len(c.content))
	for n := range w {
		w[n] = 1
	}
	return w
}

// mainPhrase is the stretch of y from its first to its last word matched in
// the other claim, at most eight words: what the other side speaks of.
func mainPhrase(y side) string {
	first, last := -1, -1
	for n, m := range y.m {
		if m.kind == mNone || m.kind == mCoHyponym {
			continue
		}
		k := y.c.content[n]
		if first < 0 {
			first = k
		}
		last = k
	}
	if first < 0 {
		return y.c.phrase(0, len(y.c.toks)-1)
	}
	if last-first > 8 {
		last = first + 8
	}
	return y.c.phrase(first, last)
}

// keptWords say the rules or limits were kept; brokenWords that they were
// broken.
var (
	keptWords = set("complied", "complies", "comply", "compliant", "compliance", "within", "accordance",
		"met", "meets", "lawful", "lawfully", "legal", "legally", "approved", "permitted", "authorised",
		"authorized", "respected", "honoured", "honored", "observed", "adhered", "passed", "followed", "follows",
		"obeyed", "kept", "keeps")
	brokenWords = set("breach", "breached", "breaches", "breaching", "violate", "violated", "violates",
		"violation", "violations", "broke", "broken", "infringed", "infringement", "illegal", "illegally",
		"unlawful", "unlawfully", "exceeded", "exceeding", "flouted", "contravened", "unauthorised",
		"unauthorized", "ignored", "disregarded", "missed", "failed", "fell", "enforcement", "fined",
		"penalised", "penalized", "prosecuted", "sanctioned")
)

// ruleWords name what is kept or broken, as lemmas; one of them must stand
// near a keptWord for it to speak of compliance ("within the permitted
// losses", "met all safety standards", "in accordance with the approved
// method", "in line with national guidance").
var ruleWords = set("rule", "limit", "law", "standard", "regulation", "permit", "permitted",
	"requirement", "agreement", "terms", "condition", "licence", "license", "guideline", "guidance",
	"code", "budget", "ceiling", "cap", "statement", "plan", "procedure", "protocol", "target",
	"threshold", "approved", "inspection", "audit", "test", "check", "review", "registration",
	"level", "minimum", "maximum", "policy", "legislation", "obligation", "advice", "criterion",
	"specification", "norm", "instruction", "order", "contract", "guarantee", "guaranteed", "promise", "pledge",
	"commitment", "undertaking")

// complianceCues: x says the rules were kept, y that they were broken
// ("stayed within the permitted losses" / "breached the league's rules").
// A claim that says both ("over the axle limit though the total load was
// within the legal maximum") tells of two rules, and makes no cue.
func complianceCues(x, y side) []cue {
	k, r := x.c.mk.kept, x.c.mk.keptRule
	if k < 0 {
		return nil
	}
	b := y.c.mk.broken
	if b < 0 || y.c.mk.kept >= 0 || x.c.mk.broken >= 0 || !sharesContent(x, y) {
		return nil
	}
	if l := x.c.toks[k].Lower; l == "line" || l == "keeping" {
		k-- // "in line with"
	}
	px := x.c.phrase(k, max(r, phraseEnd(x.c, k, 2), ruleWithin(x.c.toks, k, 3, floorWords), ruleWithin(x.c.toks, k, 3, ceilingWords)))
	py := y.c.phrase(b, max(phraseEnd(y.c, b, 3), ruleWithin(y.c.toks, b, 3, floorWords), ruleWithin(y.c.toks, b, 3, ceilingWords)))
	return []cue{{rel: Contradict, text: orient(x, "rules kept vs broken", px, py)}}
}

// brokenAt returns the index of the first word of c saying rules were
// broken, not negated, or -1: a word of breach ("breached", "violated"), a
// word of keeping them negated ("did not comply with the limits"), a
// place against a rule ("against the advice in the operating rules",
// "contrary to the licence"), or on the wrong side of a limit ("below the
// minimum", "above the permitted limit").
func brokenAt(c *claimInfo) int {
	for j := range c.toks {
		l := c.toks[j].Lower
		if negatedAt(c.toks, j) {
			if keptWords[l] && l != "approved" && l != "permitted" && ruleWithin(c.toks, j, 6, ruleWords) >= 0 {
				return j // "did not comply with the limits", "were not followed"
			}
			continue
		}
		if brokenWords[l] || againstWords[l] && ruleInPhrase(c.toks, j, 4) && !opposes(c.toks, j) && !comparedAgainst(c.toks, j) ||
			underWords[l] && ruleWithin(c.toks, j, 3, floorWords) >= 0 || overWords[l] && ruleWithin(c.toks, j, 3, ceilingWords) >= 0 {
			return j
		}
	}
	return -1
}

// Words that put something against a rule, under a floor or over a
// ceiling, and the floors and ceilings (as lemmas).
var (
	againstWords = set("against", "contrary", "outside")
	underWords   = set("below", "under", "short")
	overWords    = set("above", "over", "beyond")
	floorWords   = set("minimum", "required", "requirement", "standard", "target")
	ceilingWords = set("limit", "maximum", "cap", "ceiling", "threshold", "permitted")
)

// comparedAgainst reports whether the "against" at token j sets a figure
// beside the figure of a rule, which it compares rather than breaks: "14
// micrograms per litre, against a legal limit of 10".
func comparedAgainst(toks []token, j int) bool {
	if toks[j].Lower != "against" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6 && toks[k].Word; k++ {
		if toks[k].IsNum {
			return true
		}
	}
	return false
}

// opposeVerbs take "against" for a stand taken, not a rule broken: "voted
// against the plan", "campaigned against the policy".
var opposeVerbs = set("vote", "argue", "campaign", "speak", "protest", "lobby", "decide", "rule", "advise",
	"warn", "come", "be", "stand", "oppose", "petition", "march", "appeal")

// opposes reports whether the "against" at token j follows a verb of
// taking a stand (as a lemma), an adverb apart at most.
func opposes(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if opposeVerbs[toks[k].Lemma] || opposeVerbs[toks[k].Lower] {
			return true
		}
		if !toks[k].Word || !strings.HasSuffix(toks[k].Lower, "ly") {
			return false
		}
	}
	return false
}

// isRule reports whether token t, as a lemma or as written, is among the
// words of rules.
func isRule(t *token, rules map[string]bool) bool { return rules[t.Lemma] || rules[t.Lower] }

// ruleInPhrase reports whether a word of rules follows token i within n
// words and before any auxiliary: "outside the permitted hours", "against
// the advice in the rules", but not "an outside architect has checked",
// where "outside" is no preposition.
func ruleInPhrase(toks []token, i, n int) bool {
	for j := i + 1; j < len(toks) && j <= i+n && toks[j].Word && !auxiliaries[toks[j].Lower]; j++ {
		if isRule(&toks[j], ruleWords) {
			return true
		}
	}
	return false
}

// ruleWithin returns the index of a word of rules (lemmas or words) among
// the n words after token i, within its clause, or -1.
func ruleWithin(toks []token, i, n int, rules map[string]bool) int {
	words := 0
	for j := i + 1; j < len(toks) && words < n; j++ {
		t := &toks[j]
		if t.Surface == "-" || t.IsNum {
			continue // the figure of "the 65-decibel limit"
		}
		if !t.Word {
			return -1
		}
		words++
		if isRule(t, rules) {
			return j
		}
	}
	return -1
}

// keptAt returns the index of a word saying rules were kept and of the rule
// word within six words after it ("passed its most recent fire safety
// inspection", "in line with national guidance"), or -1, -1. A breach just
// before it undoes it (see breachBefore).
func keptAt(c *claimInfo) (int, int) {
	for i := range c.toks {
		if !kept(c.toks, i) || negatedAt(c.toks, i) || breachBefore(c.toks, i) {
			continue
		}
		for j := i; j < len(c.toks) && j <= i+6; j++ {
			if isRule(&c.toks[j], ruleWords) && (j > i || c.toks[i].Lower == "permitted" || c.toks[i].Lower == "approved") {
				return i, j
			}
		}
	}
	return -1, -1
}

// breachBefore reports whether a word of breach or a place beyond a limit
// stands among the three words before token i ("exceeding the permitted
// limit", "well over the permitted limit").
func breachBefore(toks []token, i int) bool {
	for j := max(i-3, 0); j < i; j++ {
		if l := toks[j].Lower; brokenWords[l] || overWords[l] || underWords[l] || againstWords[l] {
			return true
		}
	}
	return false
}

// kept reports whether token i says rules were kept: a keptWord, "line"
// and "keeping" in "in line with", "in keeping with", or the right side of
// a limit ("above the minimum", "below the permitted limit"). "Legal" and
// "lawful" before a noun speak of the law, not of keeping it: "legal
// advice", "lawful authority".
func kept(toks []token, i int) bool {
	if keptWords[toks[i].Lower] {
		n := tokAt(toks, i+1)
		return !(toks[i].Lower == "legal" || toks[i].Lower == "lawful") || !n.Word || !n.content() || n.IsNum
	}
	if underWords[toks[i].Lower] && toks[i].Lower != "short" && ruleWithin(toks, i, 3, ceilingWords) >= 0 ||
		overWords[toks[i].Lower] && toks[i].Lower != "beyond" && ruleWithin(toks, i, 3, floorWords) >= 0 {
		return true
	}
	l := toks[i].Lower
	return (l == "line" || l == "keeping") && i > 0 && toks[i-1].Lower == "in" && i+1 < len(toks) && toks[i+1].Lower == "with"
}

// promptPhrases say something was done at once.
var promptPhrases = set("immediately", "promptly", "at once", "straight away", "straightaway",
	"right away", "without delay", "as soon as", "swiftly", "instantly", "quickly", "within minutes",
	"within hours", "the same day", "on the day", "within an hour", "in advance", "well ahead", "ahead of time", "on time",
	"before the deadline", "ahead of the deadline", "by the deadline", "within the deadline")

// latePhrases say that time passed first: "six hours after", "nine days
// later", "only after", "for almost an hour after", "eight months before
// notifying us".
var lateWords = set("later", "after", "afterwards", "before", "until", "delay", "delayed", "waited", "belatedly", "late")

// timelinessCues: x says something was done at once, y that it took a
// stretch of time ("notified the coastguard immediately" / "some six hours
// after the containers went overboard"). A claim that says both ("noticed
// the damage two days later and alerted the contractor the same day")
// tells two steps, and makes no cue.
func timelinessCues(x, y side) []cue {
	if !x.c.mk.prompt.ok || !y.c.mk.delay.ok || y.c.mk.prompt.ok || x.c.mk.delay.ok || !sharesContent(x, y) || fitsLimit(x.c, y.c) {
		return nil
	}
	px, py := x.c.mk.prompt.text, y.c.mk.delay.text
	return []cue{{rel: Contradict, text: orient(x, "at once vs after a delay", px, py)}}
}

// fitsLimit reports whether a length of time claim b gives may fit within a
// time limit claim a sets ("completed within eight weeks" / "would take
// about two months", "within an hour" / "less than sixty minutes after"):
// then b's time taken is no delay against a's limit.
func fitsLimit(a, b *claimInfo) bool {
	for _, qa := range a.qs {
		if qa.dim != "duration" || !math.IsInf(qa.lo, -1) || math.IsInf(qa.hi, 1) {
			continue
		}
		for _, qb := range b.qs {
			if qb.dim == "duration" && (!math.IsInf(qb.lo, -1) && qb.lo <= qa.hi || math.IsInf(qb.lo, -1) && math.Min(qb.hi, leastOf(qb)) <= qa.hi) {
				return true
			}
		}
	}
	return false
}

// findPrompt finds a phrase saying something was done at once, not
// negated, and returns it.
func findPrompt(c *claimInfo) (string, bool) {
	for i := range c.toks {
		if !c.toks[i].Word || !promptStarts[c.toks[i].Lower] || negatedAt(c.toks, i) || negatedComparison(c.toks, i) {
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(c.toks) {
				continue
			}
			if promptPhrases[lowerWords(c.toks[i:i+n])] {
				return c.phrase(i, i+n-1), true
			}
		}
		// "within 24 hours", "within the required timeframe"
		if c.toks[i].Lower == "within" {
			for j := i + 1; j < len(c.toks) && j <= i+3; j++ {
				if durations[c.toks[j].Key] || timeLimits[c.toks[j].Lower] {
					return c.phrase(i, j), true
				}
			}
		}
	}
	return "", false
}

// negatedComparison reports whether token i stands in "as ... as" after a
// negation earlier in its clause: "was not escalated to a senior doctor as
// quickly as it should have been" says it was slow.
func negatedComparison(toks []token, i int) bool {
	if i == 0 || toks[i-1].Lower != "as" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-10; j-- {
		if toks[j].Surface == "," || toks[j].Surface == ";" {
			return false
		}
		if toks[j].Neg {
			return true
		}
	}
	return false
}

// promptStarts are the first words of the prompt phrases, and "within".
var promptStarts = union(set("within"), firstWords(promptPhrases))

// timeLimits name a time allowed for something.
var timeLimits = set("time", "timeframe", "deadline", "period", "limit", "timescale", "timetable")

// findDelay finds a stretch of time before an action: a duration followed
// by a word of lateness ("six hours after", "nine days later", "for almost
// an hour after", "eight months before") or after a verb of taking ("took
// more than four hours"), or "delayed", "waited", "until the next day",
// "missed the deadline".
func findDelay(c *claimInfo) (string, bool) {
	for i := range c.toks {
		t := &c.toks[i]
		if !durations[t.Key] {
			continue
		}
		// "took more than four hours", "lasted nine days"
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if tookWords[c.toks[j].Lemma] && !negatedAt(c.toks, j) {
				return c.phrase(j, i), true
			}
		}
		if k := negatedFor(c.toks, i); k >= 0 {
			return c.phrase(k, i), true // "no substantive reply for almost three weeks"
		}
		for j := i + 1; j < len(c.toks) && j <= i+2; j++ {
			if lateWords[c.toks[j].Lower] {
				from := i
				for from > 0 && i-from < 3 && c.toks[from-1].Word && (c.toks[from-1].IsNum || c.toks[from-1].Stop || estimates[c.toks[from-1].Lower] || c.toks[from-1].Lower == "some" || c.toks[from-1].Lower == "least") {
					from--
				}
				return c.phrase(from, j), true
			}
		}
	}
	for i := range c.toks {
		if l := c.toks[i].Lower; (l == "delayed" || l == "waited" || l == "belatedly") && !negatedAt(c.toks, i) {
			return c.phrase(i, phraseEnd(c, i, 2)), true
		}
		// "missed the deadline", "after the deadline"
		if l := c.toks[i].Lemma; (l == "miss" || l == "after" || l == "past") && !negatedAt(c.toks, i) {
			for j := i + 1; j < len(c.toks) && j <= i+3; j++ {
				if c.toks[j].Lemma == "deadline" {
					return c.phrase(i, j), true
				}
			}
		}
		// "at the last minute", "the evening before the march"
		if i+2 < len(c.toks) && lastMinute[c.toks[i].Lower+" "+c.toks[i+1].Lower+" "+c.toks[i+2].Lower] {
			return c.phrase(i, i+2), true
		}
		// "not until the following morning", "until the next day"
		if c.toks[i].Lower == "until" {
			for j := i + 1; j < len(c.toks) && j <= i+3; j++ {
				if laterDays[c.toks[j].Lower] {
					return c.phrase(i, phraseEnd(c, j-1, 2)), true
				}
			}
		}
	}
	return "", false
}

// negatedFor returns the index of the negation of a stretch of time that
// ends at token i with "for" ("received no reply for almost three weeks",
// "was not contacted for nine days"): a wait, as "waited" says. -1 if
// there is none in the clause.
func negatedFor(toks []token, i int) int {
	k := i - 1
	for k >= 0 && (toks[k].IsNum || toks[k].Stop && toks[k].Lower != "for" || estimates[toks[k].Lower] || lowerBounds[toks[k].Lower]) {
		k--
	}
	if k < 0 || toks[k].Lower != "for" {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-6 && !clauseEnd(&toks[j]); j-- {
		if toks[j].Neg {
			return j
		}
	}
	return -1
}

// tookWords before a length of time say how long something took.
var tookWords = set("take", "last", "need", "require", "wait", "spend")

// lastMinute are notice given late, as three words.
var lastMinute = set("the last minute", "the evening before", "the night before", "the day before", "hours before the")

// laterDays after "until" put an action on another day.
var laterDays = set("following", "next", "tomorrow", "later")

// orderCues finds x putting an event before something that y puts it
// after, the two naming that something alike: "residents were warned
// before the flood" / "residents were warned only after the flood". The
// cue is firm when what comes before the two words meets too (the event
// ordered); otherwise two events may be ordered against one ("the alarm
// sounded before the fire reached the stairwell" / "residents left after
// it") and the cue only hints.
func orderCues(x, y side) []cue {
	for i := range x.c.toks {
		if !beforeWords[x.c.toks[i].Lower] || negatedAt(x.c.toks, i) || hasWordIn(x.c, afterWords) {
			continue
		}
		for k := range y.c.toks {
			if !afterWords[y.c.toks[k].Lower] || negatedAt(y.c.toks, k) || hasWordIn(y.c, beforeWords) {
				continue
			}
			ex, ey := phraseEnd(x.c, i, 6), phraseEnd(y.c, k, 6)
			if !metBetween(x, i+1, ex, y, k+1, ey, groundedMatch) || countedIn(x.c, i+1, ex) != countedIn(y.c, k+1, ey) {
				// "halted after 11 of the 15 heats" / "abandoned before
				// all heats had been run": two points of one series
				continue
			}
			event := metBetween(x, 0, i-1, y, 0, k-1, groundedMatch)
			return []cue{{rel: Contradict, weak: !event,
				text: orient(x, "before vs after", x.c.phrase(i, ex), y.c.phrase(k, ey))}}
		}
	}
	return nil
}

// countedIn returns the figures and the words of a whole ("all", "every")
// among tokens from..to of c, in order: how much of a thing a phrase
// names.
func countedIn(c *claimInfo, from, to int) string {
	var b strings.Builder
	for k := from; k <= to && k < len(c.toks); k++ {
		if t := &c.toks[k]; t.IsNum || wholeWords[t.Lower] {
			b.WriteString(t.Lower)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// wholeWords name the whole of a thing.
var wholeWords = set("all", "every", "whole", "entire")

// beforeWords and afterWords order one event against another.
var (
	beforeWords = set("before", "ahead")
	afterWords  = set("after")
)

// hasWordIn reports whether a word of c is one of words.
func hasWordIn(c *claimInfo, words map[string]bool) bool {
	for k := range c.toks {
		if words[c.toks[k].Lower] {
			return true
		}
	}
	return false
}

// metBetween reports whether a content word of x's tokens from to to,
// with its match accepted by ok, has that counterpart among y's tokens
// from fromY to toY.
func metBetween(x side, from, to int, y side, fromY, toY int, ok func(n int, m wordMatch) bool) bool {
	for n, k := range x.c.content {
		if k < from || k > to || n >= len(x.m) || !ok(n, x.m[n]) {
			continue
		}
		if o := y.c.content[x.m[n].other]; o >= fromY && o <= toY {
			return true
		}
	}
	return false
}

// groundedMatch accepts a match by the same word, a synonym, a more
// general or specific one.
func groundedMatch(_ int, m wordMatch) bool { return grounds(m.kind) }

// insideWords and outsideWords put a thing on either side of a bound.
var (
	insideWords  = set("within", "inside")
	outsideWords = set("outside", "beyond")
)

// placeCues: x puts a thing inside a bound that y puts it outside of
// ("dispersed well within the plant boundary" / "measured outside the
// plant's perimeter"): the words after the two prepositions, up to four,
// share a word that is no figure, time or rule ("within the limit" keeps a
// rule, "within 24 hours" is a time). Weak unless the claims are paired
// counterparts.
func placeCues(x, y side) []cue {
	for i := range x.c.toks {
		if !insideWords[x.c.toks[i].Lower] || negatedAt(x.c.toks, i) {
			continue
		}
		for j := range y.c.toks {
			if outsideWords[y.c.toks[j].Lower] && !negatedAt(y.c.toks, j) && boundShared(x, i, y, j) {
				return []cue{{rel: Contradict, weak: true, framed: true,
					text: orient(x, "inside vs outside", x.c.phrase(i, phraseEnd(x.c, i, 3)), y.c.phrase(j, phraseEnd(y.c, j, 3)))}}
			}
		}
	}
	return nil
}

// boundShared reports whether a content word of x within four tokens after
// token i, no figure, time or rule word, is matched to a word of y within
// four tokens after token j.
func boundShared(x side, i int, y side, j int) bool {
	return metBetween(x, i+1, i+4, y, j+1, j+4, func(n int, m wordMatch) bool {
		t := x.c.tok(n)
		return m.kind != mNone && m.kind != mCoHyponym && !timeWord(t) && !ruleWords[t.Lemma] && !ceilingWords[t.Lemma] &&
			!floorWords[t.Lemma]
	})
}

// informVerbs tell someone of a thing, or ask them of it, as lemmas: "we
// informed the family", "staff were told in person", "wrote to every
// resident", "residents were consulted".
var informVerbs = set("tell", "inform", "notify", "alert", "brief", "warn", "write", "consult")

// pressWords are those a party tells what it says in public: "told
// reporters", "told the BBC" attribute a claim, they inform no party of it.
var pressWords = set("reporter", "journalist", "press", "media", "newspaper", "radio", "television",
	"broadcaster", "parliament", "lawmaker", "mp", "conference")

// tellingVerb reports whether t is a verb of telling in the past or as a
// participle ("told", "informed"), not in the present ("warns that" says
// what a party says now).
func tellingVerb(t *token) bool { return informVerbs[t.Lemma] && t.Lower != t.Lemma+"s" }

// learnVerbs come to know of a thing, as lemmas.
var learnVerbs = set("learn", "hear", "discover", "find")

// toldAt returns the index of a verb of c telling someone of a thing
// (tellingVerb), or of a message sent or received ("every family received
// a letter", "were sent an email"), not negated, or -1; not "told
// reporters".
func toldAt(c *claimInfo) int {
	for i := range c.toks {
		t := &c.toks[i]
		told := tellingVerb(t) && (t.Lemma != "write" || tokAt(c.toks, i+1).Lower == "to") &&
			!pressWords[tokAt(c.toks, i+1).Lemma] && !pressWords[tokAt(c.toks, i+2).Lemma]
		sent := messageVerbs[t.Lemma] && t.Lower != t.Lemma && messageWithin(c.toks, i)
		v := heardAt(c.toks, i)
		if (told || sent || consultedAt(c.toks, i) || v >= 0) && !negatedAt(c.toks, i) && !refusedAt(c.toks, i) &&
			(v < 0 || !negatedAt(c.toks, v)) && !noneSubjectWithin(c.toks, i, toldSubjectReach) {
			return i
		}
	}
	return -1
}

// toldSubjectReach is how far before a verb of telling a subject naming
// nobody may stand: "no one at the Ardley care home was told".
const toldSubjectReach = 10

// messageVerbs send, give or receive a message, as lemmas; messageWords
// are the messages.
var (
	messageVerbs = set("receive", "send", "get", "give")
	messageWords = set("letter", "email", "e-mail", "text", "message", "notice", "notification", "warning",
		"alert", "call", "leaflet")
)

// messageWithin reports whether a message (messageWords), not negated, is
// the object of the verb at token i, five tokens on at most: "received a
// letter", "were sent a written notice", "were given 72 hours' notice".
func messageWithin(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && (toks[k].Word || apostrophe(&toks[k])); k++ {
		if messageWords[toks[k].Lemma] {
			return !negatedAt(toks, k)
		}
	}
	return false
}

// apostrophe reports whether t is an apostrophe standing alone: "72
// hours' notice".
func apostrophe(t *token) bool { return t.Surface == "'" || t.Surface == "’" }

// heardAt returns, when toks[i] is a word of hearing a party out, the
// index of the word a negation of it would stand before, else -1: meeting
// the party ("met the tenants' association twice", "sat down with us",
// "held four meetings with", "had never been invited to any meeting"),
// discussing a thing with it, or asking its view ("asked for their views",
// "nobody asked us what we thought"); not "met the agreed standard".
func heardAt(toks []token, i int) int {
	t := &toks[i]
	lemma := t.Lemma
	if t.Lower == "meeting" || t.Lower == "meetings" {
		lemma = "meeting" // the noun, which the lemmatiser takes for the verb
	}
	switch lemma {
	case "meet":
		if t.Lower != "meets" && partyAfter(toks, i) {
			return i
		}
	case "sit":
		if tokAt(toks, i+1).Lower == "down" && tokAt(toks, i+2).Lower == "with" {
			return i
		}
	case "ask":
		if wordAfter(toks, i, func(t *token) bool { return viewWords[t.Lemma] }) {
			return i
		}
	case "discuss":
		// "discussed the change with the passenger watchdog"
		if wordAfter(toks, i, func(t *token) bool { return t.Lower == "with" }) {
			return i
		}
	case "meeting", "session", "evening":
		// "held four meetings with union representatives", "invited to
		// two drop-in sessions", "held two open evenings": the holding
		// is what a negation denies
		for k := i - 1; k >= 0 && k >= i-4 && toks[k].Word; k-- {
			if heldWords[toks[k].Lower] {
				return k
			}
		}
	}
	return -1
}

// wordAfter reports whether one of the five words after token i, before
// any other token, satisfies match.
func wordAfter(toks []token, i int, match func(*token) bool) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k].Word; k++ {
		if match(&toks[k]) {
			return true
		}
	}
	return false
}

// heldWords before a meeting say it took place with the party: "held",
// "invited to", "attended", "a review that included meetings with".
var heldWords = set("held", "hold", "holds", "invited", "attended", "included", "including")

// viewWords are what a party asked for its view gives: "asked for their
// views", "asked us what we thought".
var viewWords = set("view", "opinion", "input", "feedback", "thought", "think", "comment")

// partyAfter reports whether a party, people or a body of them, is the
// object of the verb at toks[i], within three words: "met union
// representatives", "met the organisers twice".
func partyAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Word; k++ {
		if toks[k].Stop || possessive(&toks[k]) {
			continue
		}
		if isPeople(toks[k].Lemma) || bodies[toks[k].Lemma] {
			return true
		}
	}
	return false
}

// bodies are parties made of people, or a pronoun for one: "met the
// tenants' association", "met us twice".
var bodies = set("association", "union", "council", "committee", "club", "forum", "group", "board", "federation", "guild",
	"society", "fleet", "delegation", "government", "ministry", "authority", "trust", "school", "company", "charity", "us", "them")

// refusedAt reports whether the verb at toks[i] is refused: "refused to
// meet", "declined to meet".
func refusedAt(toks []token, i int) bool {
	return tokAt(toks, i-1).Lower == "to" && refuseWords[tokAt(toks, i-2).Lemma]
}

// refuseWords turn down what follows them with "to", as lemmas.
var refuseWords = set("refuse", "decline")

// consultedAt reports whether toks[i] is the noun "consultation" said as
// done: "after consultation with conservation groups", "held four
// consultation meetings"; not "a consultation will open".
func consultedAt(toks []token, i int) bool {
	if toks[i].Lower != "consultation" && toks[i].Lower != "consultations" {
		return false
	}
	next, prev := tokAt(toks, i+1).Lemma, tokAt(toks, i-1).Lower
	return next == "with" || next == "meeting" || prev == "after" || prev == "following"
}

// learnedElsewhereAt returns the index of a verb of c saying someone came
// to know of a thing late or by another way than being told: "only
// learned of it", "first heard of the plan", "learned of the sale from a
// newspaper report"; or -1.
func learnedElsewhereAt(c *claimInfo) int {
	for i := range c.toks {
		t := &c.toks[i]
		if !learnVerbs[t.Lemma] || t.Lemma == "find" && tokAt(c.toks, i+1).Lower != "out" || negatedAt(c.toks, i) {
			continue
		}
		if p := tokAt(c.toks, i-1).Lower; p == "first" || p == "only" {
			return i
		}
		if soonAfter(c.toks, i, func(t *token) bool { return t.Lower == "from" || t.Lower == "only" || t.Lower == "through" }) {
			return i
		}
	}
	return -1
}

// passiveAt reports whether the verb at token i is passive: a form of
// "be" one or two words before it ("was informed", "were not told").
func passiveAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if beForms[toks[k].Lower] {
			return true
		}
		if !toks[k].Word {
			break
		}
	}
	return false
}

// learnedFrom reports whether the verb of learning at token i names the
// way the news came ("learned of the sale from a newspaper report",
// "heard through a neighbour", "heard about the cuts on a news website",
// "first heard about the charge when it was announced").
func learnedFrom(toks []token, i int) bool {
	return soonAfter(toks, i, func(t *token) bool {
		return t.Lower == "from" || t.Lower == "through" || t.Lower == "via" || mediaWords[t.Lemma] || publicWords[t.Lower]
	})
}

// publicWords make news public: one who first heard of a thing "when it
// was announced" heard it with everyone else.
var publicWords = set("announced", "announcement", "published", "publicly", "public")

// soonAfter reports whether a word among the learnedReach after token i,
// before a punctuation mark other than an apostrophe, satisfies match.
func soonAfter(toks []token, i int, match func(*token) bool) bool {
	for k := i + 1; k < len(toks) && k <= i+learnedReach; k++ {
		if match(&toks[k]) {
			return true
		}
		if !toks[k].Word && !apostrophe(&toks[k]) {
			return false
		}
	}
	return false
}

// mediaWords are where news is read or heard: "first heard about the cuts
// on a local news website".
var mediaWords = set("website", "site", "radio", "television", "tv", "news", "newspaper", "paper", "media",
	"facebook", "twitter", "internet", "online", "press", "bulletin", "broadcast", "post")

// learnedReach is how many words after a verb of learning its source may
// come: "learned of the missed audits from".
const learnedReach = 8

// untoldAt returns the index of a negated word of telling in c, a verb
// (tellingVerb) or a noun ("were never told", "received no warning", "no
// notice was given"), or a verb whose subject names nobody ("no one at
// the home was told"), or -1; "write" only as "write to" ("without the
// written consent" tells no one).
func untoldAt(c *claimInfo) int {
	for i := range c.toks {
		t := &c.toks[i]
		v := heardAt(c.toks, i)
		telling := tellingVerb(t) && (t.Lemma != "write" || tokAt(c.toks, i+1).Lower == "to") || v >= 0
		if (telling || informNouns[t.Lemma]) && (negatedAt(c.toks, i) || v >= 0 && negatedAt(c.toks, v) ||
			telling && (refusedAt(c.toks, i) || noneSubjectWithin(c.toks, i, toldSubjectReach))) {
			return i
		}
	}
	return -1
}

// selfLearner reports whether the word of learning or of not being told
// at token j has the speaking party for its subject or object: a first
// person ("nobody sat down with us", "we were never asked") or "it" or
// "they" just before it ("it had only learned of the plan").
func selfLearner(toks []token, j int) bool {
	for k := max(0, j-4); k < len(toks) && k <= j+3; k++ {
		switch l := toks[k].Lower; {
		case firstPersons[l]:
			return true
		case k < j && k >= j-3 && (l == "it" || l == "they"):
			return true
		}
	}
	return false
}

// firstPersons are the words a party uses of itself.
var firstPersons = set("we", "us", "our", "i", "me", "my")

// informNouns are what one party gives another to tell it of a thing, or
// has with it: "no contact with the government".
var informNouns = set("warning", "notice", "notification", "word", "consultation", "contact")

// informedCues: x says someone was told of a thing, y that they learned
// of it late or some other way, or were not told ("informed the family
// on Saturday morning" / "the family only learned of his death on
// Sunday", "told every member of staff in person" / "learned of the plan
// from a press release", "were told of our plans well in advance" /
// "received no warning of the decision"). Unless the two share what was
// told, the cue is weak.
func informedCues(x, y side) []cue {
	i, j := x.c.mk.told, y.c.mk.learned
	if j < 0 {
		j = y.c.mk.untold
	}
	if i < 0 || j < 0 || x.c.mk.learned >= 0 || x.c.mk.untold >= 0 {
		return nil
	}
	if j == y.c.mk.learned && y.c.mk.told >= 0 {
		// "learned of the closure from the hotel and informed the
		// organiser the next morning" / "was told about the move by
		// phone": y passes on what it learned, as x says it was told
		return nil
	}
	if j == y.c.mk.learned && y.c.mk.untold < 0 && passiveAt(x.c.toks, i) && !learnedFrom(y.c.toks, j) {
		// "was informed of the incident in mid-June" / "first learned of
		// the incident on 14 June": both say when one party learned of it
		return nil
	}
	px := x.c.phrase(i, phraseEnd(x.c, i, 3))
	py := y.c.phrase(max(0, j-1), phraseEnd(y.c, j, 4))
	// claims that share nothing besides the telling may tell of two
	// things, unless paired as counterparts ("Tenants were told in person
	// last year" / "The families learned of the plans from a newspaper
	// report"); but one that names whom it told ("told the regulator at
	// once" / "residents first heard of the leak") tells another party,
	// unless the other side speaks of itself as the one not told ("held
	// four meetings with union representatives" / "nobody sat down with
	// us")
	alone := !sharesBesides(x, i)
	if alone && !passiveAt(x.c.toks, i) && !selfLearner(y.c.toks, j) {
		return nil
	}
	return []cue{{rel: Contradict, weak: alone, framed: alone, text: orient(x, "told vs not told", px, py)}}
}

// sharesBesides reports whether a content word of x other than token i
// has a counterpart in the other claim (the same word, a synonym, a
// broader or narrower one).
func sharesBesides(x side, i int) bool {
	for n, m := range x.m {
		if x.c.content[n] != i && grounds(m.kind) {
			return true
		}
	}
	return false
}

// levelCues: x puts something above a reference, y below the same one
// ("an offer above the current rate of inflation" / "an offer well below
// inflation"): the reference is named by words that match on both sides
// and is no figure, which the quantities compare. A claim that says both
// speaks of two things.
func levelCues(x, y side) []cue {
	ox, ux := x.c.mk.above, x.c.mk.below
	oy, uy := y.c.mk.above, y.c.mk.below
	if ox < 0 || uy < 0 || ux >= 0 || oy >= 0 {
		return nil
	}
	cx := contentIndex(x.c)
	for k := ox + 1; k < len(x.c.toks) && k <= ox+5 && x.c.toks[k].Word && !x.c.toks[k].IsNum; k++ {
		n, ok := cx[k]
		if !ok || !grounds(x.m[n].kind) || x.c.toks[k].Stop {
			continue
		}
		if j := y.c.content[x.m[n].other]; j > uy && j <= uy+5 && !levelBreak(y.c.toks, uy, j) {
			px := x.c.phrase(ox, k)
			py := y.c.phrase(uy, j)
			return []cue{{rel: Contradict, text: orient(x, "above vs below", px, py)}}
		}
	}
	return nil
}

// Words that put something above or below a level.
var (
	aboveWords = set("above", "exceeding", "exceeds", "exceeded", "outstripping")
	belowWords = set("below", "beneath")
)

// levelAt returns the index of the first word of c among words, or among
// comparatives before "than", not negated and not before a figure (the
// quantities read "above 35 knots"), or -1.
func levelAt(c *claimInfo, words, comparatives map[string]bool) int {
	for i := range c.toks {
		w := words[c.toks[i].Lower] || comparatives[c.toks[i].Lower] && tokAt(c.toks, i+1).Lower == "than"
		if w && !negatedAt(c.toks, i) && !tokAt(c.toks, i+1).IsNum && !tokAt(c.toks, i+2).IsNum {
			return i
		}
	}
	return -1
}

// Comparatives that put something above or below a level with "than":
// "rents higher than for comparable workshops" / "rents below market
// levels for comparable space".
var (
	higherWords = set("higher", "greater", "dearer", "costlier")
	lesserWords = set("lower", "cheaper", "smaller")
)

// levelBreak reports whether punctuation ends the phrase between tokens i
// and j.
func levelBreak(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !toks[k].Word {
			return true
		}
	}
	return false
}
