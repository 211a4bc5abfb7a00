package compare

// moreWords and lessWords compare an amount, and are function words the
// lexicon's antonyms never see: "more patients", "fewer patients", "costs
// less than".
var (
	moreWords = set("more", "greater")
	lessWords = set("fewer", "less")
)

// comparedAt returns the index of the first word of c among words that is
// no bound on a figure ("more than 300", "no more than"), nor "more or
// less", and what it compares: the content word right after it, or after
// "than" when "than" follows; -1, -1 if none.
func comparedAt(c *claimInfo, words map[string]bool) (i, what int) {
	for i := range c.toks {
		t := &c.toks[i]
		if !words[t.Lower] || negatedAt(c.toks, i) || tokAt(c.toks, i+1).Lower == "or" {
			continue
		}
		j := i + 1
		if tokAt(c.toks, j).Lower == "than" {
			j++
			for j < len(c.toks) && c.toks[j].Word && !c.toks[j].content() {
				j++ // "than the old contract"
			}
		}
		if j < len(c.toks) && c.toks[j].IsNum || tokAt(c.toks, i-1).IsNum {
			continue // a bound or a difference of a figure
		}
		if j < len(c.toks) && c.toks[j].Word && c.toks[j].content() {
			return i, j
		}
	}
	return -1, -1
}

// comparativeCues: x says there is more of a thing, y less of it, comparing
// the same thing ("more patients were treated this year than last" /
// "fewer patients were treated this year"; "costs more than the old
// contract" / "costs less than the old contract"). Weak but between
// counterparts, as the two may compare for different groups.
func comparativeCues(x, y side) []cue {
	i, wx := x.c.mk.more, x.c.mk.moreWhat
	j, wy := y.c.mk.less, y.c.mk.lessWhat
	if i < 0 || j < 0 {
		return nil
	}
	m, ok := matchAt(x, wx)
	if !ok || !grounds(m.kind) || y.c.content[m.other] != wy {
		return nil
	}
	return []cue{{rel: Contradict, weak: true, framed: true,
		text: orient(x, "more vs less", x.c.phrase(i, wx), y.c.phrase(j, wy))}}
}
