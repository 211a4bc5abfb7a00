package compare

import (
	"strings"

	"github.com/parley-reader/parley/compare/lexicon"
)

// The engine's lexical knowledge comes from package lexicon (WordNet 3.1):
// these wrappers are the only place the engine calls it.

// lemma returns the dictionary form of a lower-case word.
func lemma(w string) string { return lexicon.Lemma(w) }

// synonyms returns the synonyms of a word: those of its lemma and, when the
// word is an inflected form with senses of its own ("talks"), of the word.
func synonyms(w string) []string {
	l := lexicon.Lemma(w)
	out := lexicon.Synonyms(l)
	if l != w {
		out = append(out, lexicon.Synonyms(w)...)
	}
	return out
}

// known reports whether a lower-case word or phrase is a WordNet lemma.
func known(w string) bool { return lexicon.Known(w) }

// antonyms reports whether two lemmas are antonyms.
func antonyms(a, b string) bool {
	return lexicon.Antonyms(opposable(a), opposable(b)) || stanceOpposites(a)[b]
}

// negatedBy reports whether word w is word base with a prefix that negates
// it: "unsafe" / "safe", "unpaid" / "paid", "incorrect" / "correct",
// "disproportionate" / "proportionate". Un- negates any word of four
// letters or more; in-, im-, il-, ir-, dis- and non- only adjectives that
// are no verb's participle ("informed" is no "formed", "disappointed" no
// "appointed"), and not those whose prefix strengthens ("invaluable") or
// names another thing ("inpatient").
func negatedBy(w, base string) bool {
	if len(base) < 4 || len(w) <= len(base) || w[len(w)-len(base):] != base {
		return false
	}
	switch w[:len(w)-len(base)] {
	case "un":
		return w != "unless" && known(base)
	case "in", "im", "il", "ir", "dis", "non":
		return lexicon.Adjective(base) && lexicon.Adjective(w) && !prefixFalseFriends[w] &&
			!strings.HasSuffix(base, "ed") && !strings.HasSuffix(base, "ing")
	}
	return false
}

// undoneVerb returns, when w is "un" and a participle of a verb the
// lexicon knows, that verb's lemma ("unpaid" denies "pay", "unanswered"
// "answer"), else "".
func undoneVerb(w string) string {
	if len(w) < 6 || !strings.HasPrefix(w, "un") || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "id") || strings.HasSuffix(w, "en")) {
		return ""
	}
	if v := lemma(w[2:]); len(v) >= 3 && known(v) {
		return v
	}
	return ""
}

// prefixFalseFriends are adjectives whose negating-looking prefix does not
// negate the adjective they end in.
var prefixFalseFriends = set("invaluable", "inflammable", "infamous", "inpatient", "impassive", "disinterested")

// opposable returns the lemma whose antonyms a lemma has: the lemma itself,
// or for a verb of doing again that the lexicon files under the verb it
// repeats and gives no antonyms of its own, that verb ("reopen" is to
// open again, and "shut" is its opposite too).
func opposable(l string) string {
	if strings.HasPrefix(l, "re") && len(l) > 4 && !lexicon.HasAntonyms(l) && lexicon.HasAntonyms(l[2:]) && isHypernym(l[2:], l) {
		return l[2:]
	}
	return l
}

// kindsOf reports which of generals lemma l is a kind of, bit k for
// generals[k], as isHypernym tells each.
func kindsOf(l string, generals []string) uint64 { return lexicon.KindsOf(l, generals) }

// antonymWords returns the antonyms the lexicon lists for lemma l, those of
// the verb it repeats for a verb of doing again (see opposable).
func antonymWords(l string) []string { return lexicon.AntonymsOf(opposable(l)) }

// supportWords and opposeWords take the two stands on a proposal, which
// the lexicon does not set against each other: "58% supported the
// proposal" / "most had opposed the scheme".
var (
	supportWords = set("support", "back", "favour", "favor", "endorse")
	opposeWords  = set("oppose", "object", "resist")
)

// stanceOpposites returns the stand opposite to the one lemma l takes on a
// proposal, nil if it takes none.
func stanceOpposites(l string) map[string]bool {
	switch {
	case supportWords[l]:
		return opposeWords
	case opposeWords[l]:
		return supportWords
	}
	return nil
}

// hasAntonyms reports whether the lexicon knows any antonym of a lemma.
func hasAntonyms(lemma string) bool {
	return lexicon.HasAntonyms(opposable(lemma)) || stanceOpposites(lemma) != nil
}

// similar reports whether two lemmas are synonyms or similar adjectives.
func similar(a, b string) bool { return lexicon.Similar(a, b) }

// isHypernym reports whether general is a hypernym of specific.
func isHypernym(general, specific string) bool { return lexicon.IsHypernym(general, specific) }

// coHyponyms reports whether a and b are sister terms (man/woman, dog/cat).
func coHyponyms(a, b string) bool { return lexicon.CoHyponyms(a, b) }

// isHedge reports whether a lower-case word hedges a claim: an epistemic
// hedge of the hedges list ("possibly", "suggests", "presumably"), not one of
// its boosters, quantifiers or firm modals.
func isHedge(w string) bool { return lexicon.IsHedge(w) && !notEpistemic[w] }

// notEpistemic are words of the hedges list that do not soften a claim's
// certainty, or that the engine reads as firm words or quantifiers.
var notEpistemic = set("a bit", "about", "actually", "almost", "always", "around", "basically", "bunch",
	"can", "certain", "certainly", "clear", "clearly", "consistent with", "couple", "definite",
	"definitely", "diagnostic", "effectively", "fairly", "few", "find", "finds", "found",
	"frequently", "generally", "largely", "like", "little", "mainly", "many", "most", "mostly",
	"much", "must", "necessarily", "occasionally", "often", "overall", "partially", "practically",
	"pretty", "quite", "rare", "rarely", "rather", "read", "really", "roughly", "say", "says",
	"seldom", "several", "should", "so far", "some", "somebody", "someone", "something",
	"sometimes", "somewhat", "somewhere", "surely", "understand", "understands", "understood",
	"usually", "virtually", "will", "would", "at least", "more or less", "approximately")
