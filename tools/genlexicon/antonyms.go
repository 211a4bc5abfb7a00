package main

import (
	"maps"
	"slices"
)

// antonyms expands WordNet's lexical antonym pointers into word pairs:
//
//   - direct: the two words the pointer links;
//   - synset: other words of either synset for which it is a frequent sense;
//   - indirect: words of a satellite adjective synset similar to one head
//     against the words of the opposite head (not satellite against
//     satellite);
//   - derivational: words of one part of speech derivationally related to
//     the two words of a direct pair, in the senses the pointer links and in
//     frequent senses of their own ("accept"/"reject" gives
//     "acceptance"/"rejection").
//
// The result is symmetric and sorted per word.
func antonyms(wn *wordnet, lx *lexicon, freq map[string]map[synKey]bool) [][]int {
	sats := map[synKey][]synKey{}
	for _, ss := range wn.synsets {
		if !ss.satellite {
			continue
		}
		for _, p := range ss.ptrs {
			if p.sym == "&" {
				sats[p.target] = append(sats[p.target], ss.key)
			}
		}
	}
	// frequentWords lists the words of a synset for which it is a frequent sense.
	frequentWords := func(k synKey) []string {
		var out []string
		for _, w := range wn.synsets[k].words {
			if freq[w][k] {
				out = append(out, w)
			}
		}
		return out
	}
	// derived lists the words of part of speech pos derivationally related
	// to word number n of synset k, in one of their frequent senses.
	derived := func(k synKey, n int, pos byte) []string {
		var out []string
		for _, p := range wn.synsets[k].ptrs {
			if p.sym != "+" || p.src != n || p.target.pos != pos {
				continue
			}
			w := wn.synsets[p.target].words[p.tgt-1]
			if freq[w][p.target] {
				out = append(out, w)
			}
		}
		return out
	}

	pairs := make([]map[int]bool, len(lx.words))
	add := func(as, bs []string) {
		for _, a := range as {
			for _, b := range bs {
				i, j := lx.wordID[a], lx.wordID[b]
				if i == j {
					continue
				}
				if pairs[i] == nil {
					pairs[i] = map[int]bool{}
				}
				if pairs[j] == nil {
					pairs[j] = map[int]bool{}
				}
				pairs[i][j], pairs[j][i] = true, true
			}
		}
	}
	for _, ss := range wn.synsets {
		for _, p := range ss.ptrs {
			if p.sym != "!" || p.src == 0 {
				continue
			}
			x, y := ss.words[p.src-1], wn.synsets[p.target].words[p.tgt-1]
			add([]string{x}, []string{y})
			headA, headB := frequentWords(ss.key), frequentWords(p.target)
			allA, allB := headA, headB
			for _, s := range sats[ss.key] {
				allA = append(allA, frequentWords(s)...)
			}
			for _, s := range sats[p.target] {
				allB = append(allB, frequentWords(s)...)
			}
			add(headA, allB)
			add(allA, headB)
			for _, pn := range posNames {
				add(derived(ss.key, p.src, pn.letter), derived(p.target, p.tgt, pn.letter))
			}
		}
	}
	out := make([][]int, len(lx.words))
	for i, m := range pairs {
		out[i] = slices.Sorted(maps.Keys(m))
	}
	return out
}
