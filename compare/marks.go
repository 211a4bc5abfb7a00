package compare

// marks are what the cue detectors look for in one claim alone, found once
// when the claim is prepared rather than for every pair it is tried in.
type marks struct {
	denial         int // token index of a denial, -1
	kept, keptRule int // a word saying rules were kept and its rule word, -1
	broken         int // a word saying rules were broken, -1
	told           int // a verb of telling someone, -1
	learned        int // a verb of learning a thing some other way, -1
	untold         int // a negated word of telling, -1
	qualifier      int // a qualifier phrase, -1
	hedge          int // a hedge word, -1
	// concession is where the claim grants the other side's point and
	// conceded how many words grant it (concessionAt), -1 and 0
	concession, conceded int
	negated              bool // whether a negation negates (negations)
	noHarm, harm         int  // a word saying nobody came to harm, and one saying someone did, -1
	above, below         int  // a word putting a thing above or below a reference (levelAt), -1
	// universal, partial, every and onlyPart are the scope words of
	// scopeCues: a word of all or of part (quantifierAt), of all of a thing,
	// and an "only" limiting a count (onlyPartAt), -1
	universal, partial, every, onlyPart int
	causes                              []causeSpan
	prompt, delay                       phraseMark
	// often is how often the claim says a thing happens (frequencyOf),
	// perYear 0 if it does not say
	often frequency
	// more and less are the words comparing an amount up or down, moreWhat
	// and lessWhat the words they compare (comparedAt), -1
	more, moreWhat, less, lessWhat int
	noComment                      bool // whether the claim declines to comment (noComment)
	noDate                         int  // a word saying no date is set (noDateAt), -1
	// phrases holds, per entry of opposedPhrases, the phrase of its x and
	// of its y side found in the claim.
	phrases [][2]phraseMark
}

// phraseMark is a phrase found in a claim, as the cue quotes it.
type phraseMark struct {
	text string
	ok   bool
}

// findMarks finds the marks of a claim whose tokens are set.
func findMarks(c *claimInfo) marks {
	m := marks{denial: denialAt(c), broken: brokenAt(c), qualifier: qualifierAt(c), hedge: hedged(c),
		told: toldAt(c), learned: learnedElsewhereAt(c), untold: untoldAt(c),
		noHarm: noHarmAt(c), harm: harmAt(c), causes: causeSpans(c)}
	m.kept, m.keptRule = keptAt(c)
	m.above, m.below = levelAt(c, aboveWords, higherWords), levelAt(c, belowWords, lesserWords)
	m.universal, m.partial = quantifierAt(c, universalWords), quantifierAt(c, partialWords)
	m.every, m.onlyPart = everyAt(c), onlyPartAt(c)
	m.concession, m.conceded = concessionAt(c)
	m.negated = len(negations(c)) > 0
	m.prompt.text, m.prompt.ok = findPrompt(c)
	m.delay.text, m.delay.ok = findDelay(c)
	m.phrases = findPhrases(c)
	m.often, _ = frequencyOf(c.toks)
	m.more, m.moreWhat = comparedAt(c, moreWords)
	m.less, m.lessWhat = comparedAt(c, lessWords)
	m.noComment = noComment(c.toks)
	m.noDate = noDateAt(c)
	return m
}
