package compare

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// wordDiff diffs two claims word by word: each distinct word becomes one
// rune (the trick of DiffLinesToRunes), go-diff diffs the runes, and the
// result is mapped back to words and cleaned up for people to read: a run
// of words both claims share is kept when it holds a content word ("was
// cancelled because", "fault"), and joins the changes around it when it
// holds only function words and punctuation ("on", "the"). It returns the
// diff and the code-point spans of the words only a has (deleted) and only
// b has (inserted).
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
	diffs := dmp.DiffMainRunes(ra, rb, false)
	// Each run of the diff as token ranges of a and b; an equal run of
	// function words alone becomes a change on both sides.
	type run struct {
		equal          bool
		a0, a1, b0, b1 int
	}
	var runs []run
	ia, ib := 0, 0
	for i, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			keep := hasContent(a, ia, ia+n) || i == 0 || i == len(diffs)-1
			runs = append(runs, run{equal: keep, a0: ia, a1: ia + n, b0: ib, b1: ib + n})
			ia, ib = ia+n, ib+n
		case diffmatchpatch.DiffDelete:
			runs = append(runs, run{a0: ia, a1: ia + n, b0: ib, b1: ib})
			ia += n
		case diffmatchpatch.DiffInsert:
			runs = append(runs, run{a0: ia, a1: ia, b0: ib, b1: ib + n})
			ib += n
		}
	}
	// Consecutive changes are one: what a has there, then what b has.
	for i := 0; i < len(runs); {
		r := runs[i]
		if r.equal {
			ops = append(ops, DiffOp{Op: "equal", Text: unitText(a, r.a0, r.a1)})
			i++
			continue
		}
		j := i
		for j < len(runs) && !runs[j].equal {
			j++
		}
		a0, a1, b0, b1 := runs[i].a0, runs[j-1].a1, runs[i].b0, runs[j-1].b1
		if a1 > a0 {
			ops = append(ops, DiffOp{Op: "delete", Text: unitText(a, a0, a1)})
			aChanged = append(aChanged, Span{a.toks[a0].Start, a.toks[a1-1].End})
		}
		if b1 > b0 {
			ops = append(ops, DiffOp{Op: "insert", Text: unitText(b, b0, b1)})
			bChanged = append(bChanged, Span{b.toks[b0].Start, b.toks[b1-1].End})
		}
		i = j
	}
	return ops, aChanged, bChanged
}

// hasContent says whether tokens i to j (exclusive) of c hold a word that
// is not a function word.
func hasContent(c *claimInfo, i, j int) bool {
	for k := i; k < j; k++ {
		if t := &c.toks[k]; t.Word && !t.Stop {
			return true
		}
	}
	return false
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
