package main

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/internal/cases"
)

// crossCase returns a small case of one to three claims of a's left side
// against one to three of b's right side, two cases about different
// events: nothing in it is a counterpart, and every claim is listed as
// never addressed. Such pairs of short statements teach the pairing model
// that two claims are not counterparts merely for being each other's only
// candidate. The claims are those the cases name, chosen by rng; false
// when a side names none.
func crossCase(a, b cases.Case, rng *rand.Rand) (cases.Case, bool) {
	l := pickNamed(rng, compare.Split(a.Left.Text), namedSubs(a, true))
	r := pickNamed(rng, compare.Split(b.Right.Text), namedSubs(b, false))
	if len(l) == 0 || len(r) == 0 {
		return cases.Case{}, false
	}
	c := cases.Case{Name: a.Name + " against " + b.Name, File: a.File,
		Left: cases.Party{Party: a.Left.Party, Text: joinClaims(l)}, Right: cases.Party{Party: b.Right.Party, Text: joinClaims(r)}}
	for _, cl := range l {
		c.Omitted.Left = append(c.Omitted.Left, strings.TrimSpace(cl.Text))
	}
	for _, cl := range r {
		c.Omitted.Right = append(c.Omitted.Right, strings.TrimSpace(cl.Text))
	}
	return c, true
}

// keptCase returns a small case of the claims of one or two of c's
// expectations, with up to one other claim c names a side, chosen by rng:
// short statements about one event, whose counterparts the trees must
// still pair. An expectation whose claims are both kept stays; a kept
// claim whose counterpart is not goes to the omitted of its side. False
// when c has no expectation whose claims the split finds.
func keptCase(c cases.Case, rng *rand.Rand) (cases.Case, bool) {
	if len(c.Expect) == 0 {
		return cases.Case{}, false
	}
	left, right := compare.Split(c.Left.Text), compare.Split(c.Right.Text)
	es := slices.Clone(c.Expect)
	rng.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
	var idxL, idxR []int
	for _, e := range es[:min(len(es), 1+rng.IntN(2))] {
		idxL = append(idxL, holding(left, e.Lefts())...)
		idxR = append(idxR, holding(right, e.Rights())...)
	}
	if more := holding(left, namedSubs(c, true)); len(more) > 0 && rng.IntN(2) == 0 {
		idxL = append(idxL, more[rng.IntN(len(more))])
	}
	if more := holding(right, namedSubs(c, false)); len(more) > 0 && rng.IntN(2) == 0 {
		idxR = append(idxR, more[rng.IntN(len(more))])
	}
	l, r := inOrder(left, idxL), inOrder(right, idxR)
	if len(l) == 0 || len(r) == 0 {
		return cases.Case{}, false
	}
	sub := cases.Case{Name: c.Name + " (cut)", File: c.File, Left: cases.Party{Party: c.Left.Party, Text: joinClaims(l)},
		Right: cases.Party{Party: c.Right.Party, Text: joinClaims(r)}}
	for _, e := range c.Expect {
		inL, inR := containsAny(sub.Left.Text, e.Lefts()), containsAny(sub.Right.Text, e.Rights())
		switch {
		case inL && inR:
			sub.Expect = append(sub.Expect, e)
		case inL:
			sub.Omitted.Left = append(sub.Omitted.Left, e.Lefts()...)
		case inR:
			sub.Omitted.Right = append(sub.Omitted.Right, e.Rights()...)
		}
	}
	sub.Omitted.Left = append(sub.Omitted.Left, within(sub.Left.Text, c.Omitted.Left)...)
	sub.Omitted.Right = append(sub.Omitted.Right, within(sub.Right.Text, c.Omitted.Right)...)
	return sub, true
}

// within returns the substrings of subs that text holds.
func within(text string, subs []string) []string {
	return slices.DeleteFunc(slices.Clone(subs), func(s string) bool { return !containsAny(text, []string{s}) })
}

// holding returns the indexes of the claims of a split that hold one of
// subs, in order (the ids named gives them).
func holding(claims []compare.Claim, subs []string) []int {
	return slices.Sorted(maps.Keys(named(claims, subs)))
}

// inOrder returns the claims at the indexes idx, each once, in text order.
func inOrder(claims []compare.Claim, idx []int) []compare.Claim {
	idx = slices.Clone(idx)
	slices.Sort(idx)
	idx = slices.Compact(idx)
	out := make([]compare.Claim, len(idx))
	for k, i := range idx {
		out[k] = claims[i]
	}
	return out
}

// namedSubs returns the substrings by which c names claims of one side, in
// its expectations and omissions.
func namedSubs(c cases.Case, left bool) []string {
	var subs []string
	for _, e := range c.Expect {
		if left {
			subs = append(subs, e.Lefts()...)
		} else {
			subs = append(subs, e.Rights()...)
		}
	}
	if left {
		return append(subs, c.Omitted.Left...)
	}
	return append(subs, c.Omitted.Right...)
}

// pickNamed returns one to three of the claims that hold one of subs,
// chosen by rng, in text order.
func pickNamed(rng *rand.Rand, claims []compare.Claim, subs []string) []compare.Claim {
	idx := holding(claims, subs)
	rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	return inOrder(claims, idx[:min(len(idx), 1+rng.IntN(3))])
}

// joinClaims writes claims as one text, each ending as a sentence.
func joinClaims(claims []compare.Claim) string {
	parts := make([]string, len(claims))
	for k, c := range claims {
		t := strings.TrimSpace(c.Text)
		if !strings.ContainsAny(t[len(t)-1:], ".!?\"'”’") {
			t += "."
		}
		parts[k] = t
	}
	return strings.Join(parts, " ")
}
