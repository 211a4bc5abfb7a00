package lexicon

// IsHedge reports whether a lowercase word or phrase, words separated by
// single spaces, is on the hedges list ("may", "possibly", "perhaps",
// "kind of"). The list is broad: it also holds boosters such as "clearly"
// and quantifiers such as "some".
func IsHedge(word string) bool {
	h, err := loadHedges()
	if err != nil {
		panic(err)
	}
	return h[word]
}
