package compare

// reportingVerbs introduce what a speaker says without saying anything
// of their own: "the union said", "it added".
var reportingVerbs = set("said", "says", "say", "stated", "states", "added", "adds", "explained",
	"explains", "noted", "notes", "argued", "argues", "insisted", "insists", "maintained",
	"maintains", "stressed", "stresses", "wrote", "writes")

// reportingThat introduce a report only with "that" after them or at a
// clause's end ("it confirmed that", "the force confirmed.", "the union
// warned."); otherwise they are the claim ("confirmed the figures", "told
// the truth", "warned residents").
var reportingThat = set("confirmed", "confirms", "told", "tells", "warned", "warns", "cautioned", "cautions")

// attribution marks the tokens of toks that only say who speaks: a
// speaker and a reporting verb before or after the reported clause ("The
// union said it ...", "..., the force said."), "according to" and its
// speaker, and a leading "Citing ...,". Two parties' claims are worded in
// each party's voice, so what frames them is no part of what they say.
// A negated verb ("did not say") is the claim and stays.
func attribution(toks []token) []bool {
	mark := make([]bool, len(toks))
	for i := range toks {
		t := &toks[i]
		switch {
		case reportingVerbs[t.Lower] || reportingThat[t.Lower]:
			attributeSpeaker(toks, i, mark)
		case t.Lower == "according" && i+1 < len(toks) && toks[i+1].Lower == "to":
			attributeAccording(toks, i, mark)
		case t.Lower == "citing" && clauseStart(toks, i):
			if end, ok := phraseTo(toks, i+1, 8); ok && end < len(toks) && toks[end].Surface == "," {
				markRange(mark, i, end)
			}
		}
	}
	return mark
}

// attributeSpeaker marks the reporting verb at i with its speaker, the
// words since the clause began, when they are few and the verb frames a
// clause: "that" or more words after it, or the clause's end.
func attributeSpeaker(toks []token, i int, mark []bool) {
	if negatedAt(toks, i) || i > 0 && beForms[toks[i-1].Lower] || addsObject(toks, i) {
		return
	}
	from, skip := speakerStart(toks, i)
	words := 0
	for k := from; k < i; k++ {
		if k >= skip.Start && k < skip.End {
			continue
		}
		if toks[k].Word {
			words++
		}
		if toks[k].Neg || reportingVerbs[toks[k].Lower] || reportingThat[toks[k].Lower] {
			return
		}
	}
	if words == 0 || words > 6 {
		return
	}
	end := i + 1
	ends := end >= len(toks) || !toks[end].Word
	if reportingThat[toks[i].Lower] {
		// "told members that", "confirmed to the Courier that": the
		// hearer goes with the verb
		if k := thatWithin(toks, end, 4); k >= 0 {
			end = k
		} else if !ends {
			return
		}
	}
	end = statementPhrase(toks, end)
	if end < len(toks) && toks[end].Lower == "that" {
		end++
	}
	if skip.End > skip.Start {
		markRange(mark, from, skip.Start)
		markRange(mark, skip.End, end)
		return
	}
	markRange(mark, from, end)
}

// beForms are the forms of "be" that make a verb after them passive: "will
// be added", "was said" say what was done, not who speaks.
var beForms = set("be", "been", "being", "is", "are", "was", "were")

// addsObject reports whether the "add" at i takes an object ("has added
// storm storage at 35 sites") rather than a report ("added that", "added
// it would appeal", "it added.").
func addsObject(toks []token, i int) bool {
	if toks[i].Lemma != "add" || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.Word && next.Lower != "that" && !subjectPronouns[next.Lower]
}

// subjectPronouns open a reported clause straight after a verb of saying.
var subjectPronouns = set("i", "we", "you", "he", "she", "it", "they", "there", "this")

// speakerStart returns where the clause before the verb at i begins: after
// the previous comma, semicolon or colon, or at the claim's start; and a
// relative clause set off by commas inside it ("Civil Liberties Watch,
// which had observers there, said"), which is no part of the speaker.
func speakerStart(toks []token, i int) (int, Span) {
	k := i - 1
	for k >= 0 && !boundary(toks[k]) {
		k--
	}
	if k >= 0 && k == i-1 {
		j := k - 1
		for j >= 0 && !boundary(toks[j]) {
			j--
		}
		if j >= 0 && j+1 < len(toks) && (toks[j+1].Lower == "which" || toks[j+1].Lower == "who") {
			skip := Span{j, k + 1}
			k = j - 1
			for k >= 0 && !boundary(toks[k]) {
				k--
			}
			return k + 1, skip
		}
	}
	return k + 1, Span{}
}

// thatWithin returns the index of "that" within max words from from,
// before any boundary, or -1.
func thatWithin(toks []token, from, max int) int {
	words := 0
	for k := from; k < len(toks) && !boundary(toks[k]) && words <= max; k++ {
		if toks[k].Lower == "that" {
			return k
		}
		if toks[k].Word {
			words++
		}
	}
	return -1
}

// boundary reports whether t ends a clause or phrase before a speaker.
func boundary(t token) bool {
	switch t.Surface {
	case ",", ";", ":", "(", ")", "\"", "“", "”":
		return true
	}
	return false
}

// clauseStart reports whether token i opens the claim or follows a
// boundary.
func clauseStart(toks []token, i int) bool { return i == 0 || boundary(toks[i-1]) }

// attributeAccording marks "according to" at i and its speaker, up to
// the next boundary or the claim's end, when the speaker is short.
func attributeAccording(toks []token, i int, mark []bool) {
	if end, ok := phraseTo(toks, i+2, 6); ok {
		markRange(mark, i, end)
	}
}

// phraseTo returns the index of the first boundary or the end of toks at
// or after from, and whether the words before it number 1 to max.
func phraseTo(toks []token, from, max int) (int, bool) {
	words := 0
	k := from
	for ; k < len(toks) && !boundary(toks[k]) && toks[k].Surface != "."; k++ {
		if toks[k].Word {
			words++
		}
	}
	return k, words >= 1 && words <= max
}

// statementPhrase returns the end of "in a statement" (or "in its
// statement", "in a written statement") at from, or from.
func statementPhrase(toks []token, from int) int {
	if from >= len(toks) || toks[from].Lower != "in" {
		return from
	}
	for k := from + 1; k < len(toks) && k <= from+3; k++ {
		switch toks[k].Lower {
		case "statement", "interview", "letter", "release":
			return k + 1
		}
	}
	return from
}

// markRange marks tokens from to end, end exclusive.
func markRange(mark []bool, from, end int) {
	for k := from; k < end && k < len(mark); k++ {
		mark[k] = true
	}
}
