package lexicon

// rule is one of WordNet's detachment rules: a word ending in suffix may be
// an inflection of a lemma of part of speech pos ending in ending.
type rule struct {
	pos            byte
	suffix, ending string
}

// rules are the detachment rules of WordNet's morphy, nouns first, then
// verbs, then adjectives, listed under the last letter of their suffix.
var rules = byLastLetter([]rule{
	{noun, "s", ""}, {noun, "ses", "s"}, {noun, "xes", "x"}, {noun, "zes", "z"},
	{noun, "ches", "ch"}, {noun, "shes", "sh"}, {noun, "men", "man"}, {noun, "ies", "y"},
	{verb, "s", ""}, {verb, "ies", "y"}, {verb, "es", "e"}, {verb, "es", ""},
	{verb, "ed", "e"}, {verb, "ed", ""}, {verb, "ing", "e"}, {verb, "ing", ""},
	{adj, "er", ""}, {adj, "est", ""}, {adj, "er", "e"}, {adj, "est", "e"},
})

func byLastLetter(rs []rule) *[256][]rule {
	var m [256][]rule
	for _, r := range rs {
		last := r.suffix[len(r.suffix)-1]
		m[last] = append(m[last], r)
	}
	return &m
}

// Lemma returns the WordNet lemma of a lowercase English word, as WordNet's
// morphy finds it for nouns, verbs and adjectives: the base forms of the
// exception lists ("held" -> "hold", "women" -> "woman", "better" ->
// "good") and of the detachment rules ("talks" -> "talk") that are WordNet
// lemmas, and the word itself if it is one. With no part of speech to go
// by, it picks the candidate used most in SemCor, a reduced form winning
// ties, so "running" gives "run" but "species" stays. A word WordNet does
// not know is returned unchanged.
func Lemma(word string) string {
	w := mustWords()
	best, bestScore := int32(-1), uint16(0)
	consider := func(id int32) {
		if best < 0 || w.scoreOf(id) > bestScore {
			best, bestScore = id, w.scoreOf(id)
		}
	}
	for _, id := range w.exc[word] {
		consider(id)
	}
	var buf [64]byte
	var endRules []rule
	if word != "" {
		endRules = rules[word[len(word)-1]]
	}
	for _, r := range endRules {
		n := len(word) - len(r.suffix)
		if n <= 0 || n+len(r.ending) > len(buf) || word[n:] != r.suffix {
			continue
		}
		cand := append(append(buf[:0], word[:n]...), r.ending...)
		if id, ok := find(w, cand); ok && w.pos[id]&(1<<r.pos) != 0 {
			consider(id)
		}
	}
	if id, ok := w.id(word); ok && (best < 0 || w.scoreOf(id) > bestScore) {
		return w.word(id)
	}
	if best < 0 {
		return word
	}
	return w.word(best)
}

// Known reports whether word is a WordNet lemma in any part of speech.
func Known(word string) bool {
	_, ok := mustWords().id(word)
	return ok
}

// Adjective reports whether word is a WordNet adjective lemma.
func Adjective(word string) bool {
	w := mustWords()
	id, ok := w.id(word)
	return ok && w.pos[id]&(1<<adj) != 0
}

// VerbInflection reports whether a lowercase English word may be a finite
// inflection of a verb: an irregular form of WordNet's exception lists whose
// base is a verb ("held", "went"), or a third-person or past form by the
// detachment rules ("rejects", "agreed") whose base is a verb. The bare form
// and the -ing form do not count: "release" and "meeting" are more often
// nouns in a heading; nor does an irregular form that is itself a noun
// ("offer").
func VerbInflection(word string) bool {
	w := mustWords()
	self, isWord := w.id(word)
	nominal := isWord && w.pos[self]&(1<<noun) != 0
	for _, id := range w.exc[word] {
		// the lists hold the forms of every part of speech: "offer" is
		// listed as a comparative of "off", but is itself a noun
		if !nominal && w.pos[id]&(1<<verb) != 0 && w.word(id) != word {
			return true
		}
	}
	if word == "" {
		return false
	}
	var buf [64]byte
	for _, r := range rules[word[len(word)-1]] {
		if r.pos != verb || r.suffix == "ing" {
			continue
		}
		n := len(word) - len(r.suffix)
		if n <= 0 || n+len(r.ending) > len(buf) || word[n:] != r.suffix {
			continue
		}
		cand := append(append(buf[:0], word[:n]...), r.ending...)
		if id, ok := find(w, cand); ok && w.pos[id]&(1<<verb) != 0 {
			return true
		}
	}
	return false
}
