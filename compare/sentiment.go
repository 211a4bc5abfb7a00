package compare

import (
	"bufio"
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	vader "github.com/jonreiter/govader/data"
)

// evaluationLexicon maps a lower-case word to its valence, from -4 (very
// negative) to +4 (very positive). It is the VADER lexicon (Hutto and
// Gilbert 2014, MIT licence, as embedded by github.com/jonreiter/govader)
// with evaluationExtra on top; it loads on first use.
var evaluationLexicon = sync.OnceValue(func() map[string]float64 {
	m := make(map[string]float64, 7600)
	raw, err := vader.Asset("rawdata/vaderLexicon.txt")
	if err == nil {
		sc := bufio.NewScanner(bytes.NewReader(raw))
		for sc.Scan() {
			word, rest, ok := strings.Cut(sc.Text(), "\t")
			if !ok {
				continue
			}
			v, _, _ := strings.Cut(rest, "\t")
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				m[word] = f
			}
		}
	}
	for w, v := range evaluationExtra {
		m[w] = v
	}
	return m
})

// evaluationExtra adds words of diplomatic and official assessment that VADER,
// built from social-media text, lacks or rates as neutral.
var evaluationExtra = map[string]float64{
	"apprehensive": -1.8, "complicated": -0.6, "constructive": 1.5, "balanced": 1.2,
	"unbalanced": -1.2, "productive": 1.8, "unproductive": -1.8, "fruitful": 1.8,
	"fruitless": -1.8, "breakthrough": 2.0, "setback": -1.8, "deadlock": -1.6,
	"stalemate": -1.5, "impasse": -1.6, "stalled": -1.4, "gangster": -2.2,
	"unilateral": -0.8, "regretful": -1.9, "substantive": 1.2, "candid": 0.6,
	"cordial": 1.5, "disappointing": -2.2, "unacceptable": -2.2, "acceptable": 1.0,
	"successful": 2.4, "unsuccessful": -2.0, "progress": 1.8, "flawed": -1.6,
	"inadequate": -1.7, "insufficient": -1.5, "sufficient": 0.8, "excellent": 3.0,
	"dangerous": -2.1, "worrying": -1.8, "alarming": -2.0, "encouraging": 1.8,
	"promising": 1.6, "positive": 2.0, "negative": -2.0, "damaged": -1.9, "disappointed": -2.0,
	"meaningful": 1.4, "meaningless": -1.9, "fair": 1.3, "unfair": -2.0, "bleak": -2.0,
	"rosy": 1.5, "on track": 1.2, "stable": 0.8, "unstable": -1.5, "volatile": -1.2,
	"thorough": 1.2, "rigorous": 1.2, "disproportionate": -1.6, "proportionate": 1.0, "sham": -2.0,
	"counterproductive": -1.8,
}

// problemNouns name a trouble with what the word before them names: "a
// safety issue", "quality concerns".
var problemNouns = set("issue", "concern", "risk", "problem", "fear", "question", "failure", "breach", "scare")

// boosters strengthen the evaluative word after them; dampers weaken it.
var boosters = map[string]float64{"so": 0.293, "very": 0.293, "highly": 0.293, "extremely": 0.293,
	"fatally": 0.293, "really": 0.293, "deeply": 0.293, "totally": 0.293, "utterly": 0.293,
	"completely": 0.293, "most": 0.293, "truly": 0.293, "particularly": 0.293, "total": 0.293,
	"complete": 0.293, "utter": 0.293, "absolute": 0.293, "real": 0.293, "major": 0.293,
	"almost": -0.293, "slightly": -0.293, "somewhat": -0.293, "partly": -0.293, "barely": -0.293}

// assessment is how a claim rates what it speaks of: the compound score of
// its predicative evaluations, evaluative words the claim says something is
// or made ("were so naive", "was a fair outcome", "made progress"), as
// opposed to evaluative words that only name things ("the danger of war").
type assessment struct {
	verdict float64 // VADER-style compound score in [-1, 1]
	word    int     // index in toks of the strongest predicative evaluation, -1 if none
}

// assess rates a claim's tokens the way VADER does: word valences, boosted by
// intensifiers, flipped by a negation up to three words before, words after
// "but" weighing more than those before it; only predicative evaluations
// count ("worth" before one of the claim's figures qs is none), and a
// hypothetical claim counts half.
func assess(toks []token, qs []quantity) assessment {
	lex := evaluationLexicon()
	vals := make([]float64, len(toks))
	for i := range toks {
		t := &toks[i]
		counter := i >= 2 && toks[i-1].Surface == "-" && toks[i-2].Lower == "counter"
		at := i
		if counter {
			at = i - 2 // "counter-productive"
		}
		if !t.Word || t.Neg || t.IsNum || !(predicative(toks, at) || ratesEvent(toks, i) || attitude(toks, i)) || progressive(toks, i) || passive(toks, i) ||
			disposition(toks, i) || certainty[t.Lower] || asWell(toks, i) || worthFigure(toks, qs, i) {
			continue
		}
		v, ok := lex[t.Lower]
		if !ok {
			v, ok = lex[t.Lemma]
		}
		if counter {
			v, ok = lex["counter"+t.Lower]
		}
		if !ok || boosters[t.Lower] != 0 {
			continue
		}
		if i > 0 {
			if b := boosters[toks[i-1].Lower]; b != 0 {
				v += math.Copysign(b, v)
			}
		}
		if noneSubject(toks, i) {
			continue // "nobody was hurt", "no one on the ground was hurt" count people, rate nothing
		}
		if negatedAt(toks, i) {
			v *= -0.74
		}
		vals[i] = v
	}
	for i := range toks {
		if toks[i].Lower == "but" || toks[i].Lower == "however" {
			for j := range vals {
				if j < i {
					vals[j] *= 0.5
				} else if j > i {
					vals[j] *= 1.5
				}
			}
			break
		}
	}
	sum, best, bestAbs := 0.0, -1, 0.0
	for i, v := range vals {
		sum += v
		if math.Abs(v) > bestAbs {
			best, bestAbs = i, math.Abs(v)
		}
	}
	if hypothetical(toks) {
		sum /= 2
	}
	return assessment{verdict: sum / math.Sqrt(sum*sum+15), word: best}
}

// hypothetical reports whether a claim is a condition or a supposition ("If
// both sides reneged, the summit would be meaningless"): it rates what might
// be, not what happened.
func hypothetical(toks []token) bool {
	for i := range toks {
		switch toks[i].Lower {
		case "if", "unless", "should", "suppose", "supposing", "otherwise":
			return true
		}
	}
	return false
}

// predicative reports whether the evaluative word toks[i] is predicated of
// something: right after an intensifier, or after a copula or a verb of
// achievement with at most articles, negations and intensifiers between.
func predicative(toks []token, i int) bool {
	if problemNouns[tokAt(toks, i+1).Lemma] {
		return false // "there was no safety issue" rates an issue, not safety
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		switch {
		case predicators[t.Lower] && !t.Name:
			return true // not "the Riverside Sounds festival"
		case boosters[t.Lower] > 0 && j == i-1:
			return true // "so regretful"
		case t.Lower == "as" && describedAs(toks, j):
			return true // "described the talks as constructive"
		case quoteMarks[t.Surface] && namedBefore(toks, j):
			return true // "called the talks “disappointing”"
		case t.Neg || t.Lower == "a" || t.Lower == "an" || boosters[t.Lower] != 0 || quoteMarks[t.Surface]:
			continue // "was not fair", "was a fair", "is not very good", "as \"fair\""
		case (t.Lower == "and" || t.Lower == "but" || t.Surface == ",") && j > 0 && toks[j-1].Word && predicative(toks, j-1):
			return true // "described as warm and constructive", "firm but fair"
		case frequencyWords[t.Lower]:
			continue // "at times difficult"
		}
		return false
	}
	return false
}

// asWell reports whether toks[i] is the "well" of "as well" or "as well
// as", which adds a thing and rates none, or a "well" that says how far
// ("well under £200"), which rates nothing either.
func asWell(toks []token, i int) bool {
	if toks[i].Lower != "well" {
		return false
	}
	next := tokAt(toks, i+1)
	// "well under £200", "well above the limit", "well over a thousand":
	// "well" says how far, not how good
	return i > 0 && toks[i-1].Lower == "as" || degreeAfterWell[next.Lower] || next.IsNum
}

// degreeAfterWell follow a "well" that says how far: "well under", "well
// before".
var degreeAfterWell = set("under", "over", "below", "above", "beyond", "short", "ahead", "behind", "before",
	"after", "within", "into", "past", "outside", "inside", "more", "less")

// quoteMarks open or close a quotation: an evaluation quoted is still
// predicated ("described it as \"a warm exchange\"").
var quoteMarks = set("\"", "“", "”", "'", "‘", "’")

// frequencyWords say how often an evaluation holds: "at times
// difficult", "often tense".
var frequencyWords = set("at", "times", "sometimes", "often", "occasionally", "increasingly", "largely", "mostly")

// describedAs reports whether the "as" at toks[j] gives what a verb of
// description says something is: "described its talks as constructive",
// "dismissed the report as flawed", "is regarded as fair".
func describedAs(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-12 && toks[k].Surface != "," && toks[k].Surface != ";"; k-- {
		if describers[toks[k].Lemma] || describers[toks[k].Lower] {
			return true
		}
	}
	return false
}

// namedBefore reports whether the quotation opening at toks[j] is what a
// verb of naming, inflected as verbs are, calls its object in the same
// clause: "called Tuesday's talks with Arvenia “disappointing”",
// "labelled the plan “reckless”"; not "a call for “urgent” action".
func namedBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8 && toks[k].Surface != "," && toks[k].Surface != ";"; k-- {
		if namers[toks[k].Lemma] && toks[k].Lower != toks[k].Lemma {
			return true
		}
	}
	return false
}

// namers are verbs that give their object a name or a label.
var namers = set("call", "label", "term", "brand", "dub")

// describers are verbs that say what something is taken to be.
var describers = set("describe", "characterise", "characterize", "regard", "consider", "see", "view",
	"judge", "deem", "dismiss", "brand", "hail", "portray", "present", "rate", "assess")

// progressive reports whether token i is the "-ing" form of a verb after
// "is" or "are" ("two dogs are fighting"): an action, not an assessment.
func progressive(toks []token, i int) bool {
	t := &toks[i]
	if !strings.HasSuffix(t.Lower, "ing") || t.Lower == t.Lemma {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch toks[j].Lower {
		case "is", "are", "was", "were", "'s", "be":
			return true
		}
	}
	return false
}

// predicators introduce an evaluation of the subject.
var predicators = set("is", "are", "was", "were", "be", "been", "being", "seem", "seems", "seemed",
	"remain", "remains", "remained", "become", "became", "proved", "prove", "look", "looks",
	"looked", "sound", "sounds", "sounded", "made", "make", "makes", "making", "achieved",
	"achieve", "achieves", "too", "'s", "s")

// negatedAt reports whether a negation governs toks[i]: a negation marker up
// to three words before it, not "cannot but" (which affirms), and no clause
// break between.
func negatedAt(toks []token, i int) bool {
	words := 0
	for j := i - 1; j >= 0 && words < 3; j-- {
		t := &toks[j]
		if !t.Word {
			if t.Surface == "," || t.Surface == ";" {
				return false
			}
			continue
		}
		words++
		if negatorAt(toks, j) {
			return true
		}
	}
	return invertedNegation(toks, i)
}

// negatorAt reports whether toks[j] negates what follows it: a negation
// marker, not "cannot but" or "cannot help" (which affirm), or "rather
// than".
func negatorAt(toks []token, j int) bool {
	t := &toks[j]
	if t.Neg && !(j+1 < len(toks) && (toks[j+1].Lower == "but" && t.Lower != "anything" || toks[j+1].Lower == "help")) {
		return true
	}
	return t.Lower == "than" && j > 0 && toks[j-1].Lower == "rather"
}

// invertedNegation reports whether the clause of token i opens with a
// negative time and an inverted verb: "At no point was tap water unsafe",
// "at no time were patients at risk".
func invertedNegation(toks []token, i int) bool {
	for j := i - 1; j >= 2 && j >= i-invertedReach; j-- {
		if toks[j].Surface == "," || toks[j].Surface == ";" {
			return false
		}
		if auxiliaries[toks[j].Lower] && anyTime[toks[j-1].Lower] && toks[j-2].Lower == "no" && tokAt(toks, j-3).Lower == "at" {
			return true
		}
	}
	return false
}

// invertedReach is how far before a word the inverted verb of a negative
// time may stand: "at no point was the water in the tap unsafe".
const invertedReach = 8

// noneSubject reports whether the negation of the word at i is a subject
// that names nobody ("nobody was hurt", "no one was injured", "none of them
// was harmed"): of an evaluative word it says how many, not how good or
// bad; of an antonym ("None of those patients will lose") it negates it.
func noneSubject(toks []token, i int) bool { return noneSubjectWithin(toks, i, 6) }

// noneSubjectWithin is noneSubject with the negation at most reach tokens
// before the word.
func noneSubjectWithin(toks []token, i, reach int) bool {
	for j := i - 1; j >= 0 && j >= i-reach; j-- {
		switch {
		case quantifierNegation(toks, j) && toks[j].Lower != "nothing":
			return true
		case toks[j].Surface == "," || toks[j].Surface == ";":
			return false
		}
	}
	return false
}

// assessmentKind names the opposite-assessment cue.
const assessmentKind = "opposite assessments of the same event"

// assessmentThreshold is the compound score an assessment must reach to count.
const assessmentThreshold = 0.2

// assessmentCues: one side rates the event well, the other badly ("made
// progress" / "so regretful").
func assessmentCues(a, b side) []cue {
	sa, sb := a.as, b.as
	if sa.word < 0 || sb.word < 0 || sa.verdict*sb.verdict >= 0 ||
		math.Abs(sa.verdict) < assessmentThreshold || math.Abs(sb.verdict) < assessmentThreshold {
		return nil
	}
	return []cue{{rel: Contradict, text: quote(assessmentKind, evalPhrase(a.c, sa.word), evalPhrase(b.c, sb.word))}}
}

// worthFigure reports whether toks[i] is a "worth" that gives a value,
// one of the figures qs of its claim right after it ("is worth 5 percent",
// "worth about £2m"): it rates nothing.
func worthFigure(toks []token, qs []quantity, i int) bool {
	return toks[i].Lower == "worth" && slices.ContainsFunc(qs, func(q quantity) bool { return q.from == i+1 })
}

// evalPhrase is the evaluative word with the word that frames it ("made
// progress", "so regretful", "not fair").
func evalPhrase(c *claimInfo, i int) string {
	from := i
	if i > 0 {
		p := &c.toks[i-1]
		if p.Word && (boosters[p.Lower] != 0 || p.Neg || predicators[p.Lower] || !p.Stop && !p.IsNum) {
			from = i - 1
		}
	}
	if negatedAt(c.toks, i) {
		for from > 0 && i-from < 4 && !c.toks[from].Neg {
			from--
		}
	}
	return c.phrase(from, i)
}

// disposition reports whether the word at token i says what someone may
// or will do, with "to" or "of" after it ("is free to talk about her
// experience", "happy to help", "free of charge"), rather than rating
// anything.
func disposition(toks []token, i int) bool {
	n := tokAt(toks, i+1).Lower
	return dispositions[toks[i].Lower] && (n == "to" || n == "of")
}

// dispositions are the words of disposition.
var dispositions = set("free", "happy", "glad", "pleased", "willing", "keen", "eager", "ready", "welcome", "able")

// certainty words say how sure someone is of what follows ("we are
// confident this was a small group", "is certain the figures are right",
// "has been clear that it will not accept"), not how good or bad anything
// is.
var certainty = set("confident", "sure", "certain", "convinced", "unsure", "uncertain", "clear")

// passive reports whether token i is a verb's past participle right after
// a form of "be" ("customers were charged", "the crop was treated"): an
// event told in the passive, not an evaluation, though the word may rate
// things elsewhere ("so disappointed" still does).
func passive(toks []token, i int) bool {
	t := &toks[i]
	if i == 0 || !sameFormParticiples[t.Lower] && (!strings.HasSuffix(t.Lower, "ed") || t.Lower == t.Lemma) {
		return false
	}
	return beForms[toks[i-1].Lower]
}

// sameFormParticiples are past participles written as their verb: "rates
// were cut", "the town was hit".
var sameFormParticiples = set("cut", "hit", "hurt", "shut", "put", "set", "let", "spread", "split", "cost", "quit",
	"burst", "cast", "upset")

// attitude reports whether token i is an inflected verb by which a party
// rates what it names: "Belmark regrets that the discussion produced
// nothing", "the union condemned the raid". Not "welcome", which also
// receives guests ("welcomes 1.5 million visitors a year").
func attitude(toks []token, i int) bool {
	t := &toks[i]
	return attitudeVerbs[t.Lemma] && t.Lower != t.Lemma && tokAt(toks, i-1).Lower != "to"
}

// attitudeVerbs rate what their object or clause names.
var attitudeVerbs = set("regret", "deplore", "condemn", "praise", "applaud", "criticise", "criticize",
	"lament", "commend", "denounce", "decry", "celebrate")

// ratesEvent reports whether the word at token i qualifies a meeting or
// exchange named right after it ("several months of constructive talks",
// "a frank exchange"): said of the event the two accounts tell, it rates
// it, as a predicate would; not in a comparison ("as productive talks
// often do", "like any fruitful meeting").
func ratesEvent(toks []token, i int) bool {
	n := tokAt(toks, i+1)
	if !eventNouns[n.Lemma] && !eventNouns[n.Lower] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j].Lower == "as" || toks[j].Lower == "like" {
			return false
		}
	}
	return true
}

// eventNouns name meetings and exchanges between parties, and the air
// they were held in ("a warm and constructive atmosphere", "in a cordial
// spirit").
var eventNouns = set("talks", "talk", "meeting", "exchange", "discussion", "negotiation", "negotiations", "dialogue",
	"visit", "summit", "session", "consultation", "conversation", "relationship", "relations", "atmosphere",
	"spirit", "tone", "mood", "climate")
