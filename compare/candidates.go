package compare

import "sort"

// Candidate is a claim of the other side that may be the counterpart of a
// claim, and how alike the two are (0 to 1).
type Candidate struct {
	ID         int
	Similarity float64
}

// Candidates ranks the claims of the other side of r as counterparts of
// the claim id (of the left side when fromLeft, else of the right) and
// returns the k most alike, best first, leaving out claims with nothing in
// common. The claims are judged as MakePair judges them, with the fixed
// background term weights, at the lexicon's shallow depth, so a ranking
// of a few thousand claims is quick enough for a click.
func Candidates(r *Result, fromLeft bool, id, k int) []Candidate {
	own, other := r.Left, r.Right
	if !fromLeft {
		own, other = r.Right, r.Left
	}
	a := passage(own, []int{id})
	if a == nil || k <= 0 {
		return nil
	}
	runes := []rune(other.Text)
	var out []Candidate
	for _, c := range other.Claims {
		b := prepare(runes, Span{c.Start, c.End}, sharedLex)
		if sim := similarityScore(compareClaims(a, b, backgroundIDF, sharedLex, shallow)); sim > 0 {
			out = append(out, Candidate{ID: c.ID, Similarity: sim})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Similarity > out[j].Similarity })
	return out[:min(k, len(out))]
}
