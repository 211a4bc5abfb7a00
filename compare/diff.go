package compare

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// wordDiff diffs two claims word by word: each distinct word becomes one
// rune (the trick of DiffLinesToRunes), go-diff diffs the runes, and the
// result is mapped back to words and cleaned up for people to read. It
// returns the diff and the code-point spans of the words only a has
// (deleted) and only b has (inserted).
func wordDiff(a, b *claimInfo) (ops []DiffOp, aChanged, bChanged []Span) {
	codes := map[string]rune{}
	encode := func(c *claimInfo) []rune {
		out := make([]rune, len(c.toks))
		for k := range c.toks {
			key := c.toks[k].Lower
			r, ok := codes[key]
			if !ok {
				r = codeRune(len(codes))
				codes[key] = r
			}
			out[k] = r
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	ia, ib := 0, 0
	for _, d := range diffs {
		n := len([]rune(d.Text))
		var text string
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			text = unitText(a, ia, ia+n)
			ia, ib = ia+n, ib+n
			ops = append(ops, DiffOp{Op: "equal", Text: text})
		case diffmatchpatch.DiffDelete:
			text = unitText(a, ia, ia+n)
			aChanged = append(aChanged, Span{a.toks[ia].Start, a.toks[ia+n-1].End})
			ia += n
			ops = append(ops, DiffOp{Op: "delete", Text: text})
		case diffmatchpatch.DiffInsert:
			text = unitText(b, ib, ib+n)
			bChanged = append(bChanged, Span{b.toks[ib].Start, b.toks[ib+n-1].End})
			ib += n
			ops = append(ops, DiffOp{Op: "insert", Text: text})
		}
	}
	return ops, aChanged, bChanged
}

// codeRune returns the n-th rune used to stand for a word: private-use
// code points, then the supplementary private-use plane.
func codeRune(n int) rune {
	if n < 0xF8FF-0xE000 {
		return rune(0xE000 + n)
	}
	return rune(0xF0000 + n)
}

// unitText is the text of tokens i to j (exclusive) of c, each with the
// white space that follows it inside the claim.
func unitText(c *claimInfo, i, j int) string {
	if i >= j {
		return ""
	}
	var sb strings.Builder
	for k := i; k < j; k++ {
		t := &c.toks[k]
		sb.WriteString(string(c.r[t.Start:t.End]))
		if k+1 < len(c.toks) {
			gap := c.r[t.End:c.toks[k+1].Start]
			if len(gap) > 3 {
				// claims joined across other text: a space stands for it
				gap = []rune(" ")
			}
			sb.WriteString(string(gap))
		}
	}
	return sb.String()
}
