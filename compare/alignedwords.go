package compare

// WordLink is a content word of one claim and its closest counterpart in
// the other, with how they relate, for a reader: "same word", "synonym",
// "more general", "more specific", "sister term", "opposite" or "related".
type WordLink struct {
	Left, Right string
	How         string
}

// linkNames names each kind of match for a reader.
var linkNames = [...]string{mExact: "same word", mSynonym: "synonym", mGeneral: "more general", mSpecific: "more specific",
	mCoHyponym: "sister term", mAntonym: "opposite", mRelated: "related"}

// AlignedWords returns, in the order of a's words, each content word of a
// that has a counterpart in b, as the engine aligns them. Safe for
// concurrent use.
func AlignedWords(a, b string) []WordLink {
	ca, cb := prepareText(a), prepareText(b)
	var out []WordLink
	for n, m := range matchWords(ca, cb, sharedLex, full) {
		if m.other < 0 || m.kind == mNone {
			continue
		}
		out = append(out, WordLink{Left: ca.tok(n).Surface, Right: cb.tok(m.other).Surface, How: linkNames[m.kind]})
	}
	return out
}
