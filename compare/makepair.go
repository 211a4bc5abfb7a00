package compare

import "sort"

// MakePair judges claims a reader paired by hand: their similarity,
// relation, cues and word diff, as Compare judges the pairs it finds. left
// and right are claim ids of r's two sides; several claims on one side are
// read as one passage, which contradicts the other side only where one of
// its claims does. Term weights come from the fixed background table,
// so the cost is that of the claims alone.
func MakePair(r *Result, left, right []int) Pair {
	p := Pair{Left: left, Right: right, Cues: []string{}}
	ps, joined, members := handPair(r, left, right)
	if ps == nil {
		return p
	}
	_, v := judgePassages(ps, joined, members, backgroundIDF, sharedLex, full)
	p.Similarity, p.Relation, p.Cues = v.Similarity, v.Relation, v.Cues
	p.Diff, p.LeftChanged, p.RightChanged = wordDiff(ps.a, ps.b)
	return p
}

// handPair compares the claims with the ids left and right of r's two
// sides as a pair a reader made: whether a side joins several claims, and
// the claims of each side on their own. ps is nil when a side names no
// claim.
func handPair(r *Result, left, right []int) (ps *pairStats, joined bool, claims func() (as, bs []*claimInfo)) {
	a, b := passage(r.Left, left), passage(r.Right, right)
	if a == nil || b == nil {
		return nil, false, nil
	}
	ps = compareClaims(a, b, backgroundIDF, sharedLex, full)
	ps.topical = true
	return ps, len(left)+len(right) > 2, func() (as, bs []*claimInfo) {
		return members(r.Left, left), members(r.Right, right)
	}
}

// members prepares each of the claims with the given ids on its own.
func members(s Side, ids []int) []*claimInfo {
	var out []*claimInfo
	for _, id := range ids {
		if c := passage(s, []int{id}); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// passage prepares the claims with the given ids, in text order, as one
// claim; nil when none of them exists.
func passage(s Side, ids []int) *claimInfo {
	var spans []Span
	for _, id := range ids {
		for _, c := range s.Claims {
			if c.ID == id {
				spans = append(spans, Span{c.Start, c.End})
			}
		}
	}
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	runes := []rune(s.Text)
	ci := prepare(runes, spans[0], sharedLex)
	for _, sp := range spans[1:] {
		ci = join(ci, prepare(runes, sp, sharedLex), sharedLex)
	}
	return ci
}
