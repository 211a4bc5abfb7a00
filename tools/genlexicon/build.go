package main

import (
	"maps"
	"slices"
)

// Sense selection: a lemma's first sense in each part of speech is always
// kept; a later one only if it is among the first maxSenses and tagged in
// SemCor at least minTags times and at least 1/tagRatio as often as the first.
const (
	maxSenses = 3
	minTags   = 3
	tagRatio  = 4
)

// lexicon is the processed data, with words and synsets numbered densely.
type lexicon struct {
	words   []string // in hash order, see hashOrder
	buckets []int    // hash bucket per word
	wordID  map[string]int
	posMask []byte // bit i set: lemma exists as posNames[i]
	score   []int  // SemCor tag count summed over all senses

	synsets  []synKey // kept synsets, ordered by part of speech then offset
	posCount [4]int   // number of kept synsets of each part of speech
	synID    map[synKey]int
	members  [][]int // synset -> words
	hypers   [][]int // synset -> hypernyms and instance hypernyms
	similar  [][]int // adjective synset -> similar-to synsets

	senses   [][]int // word -> frequent senses
	antonyms [][]int // word -> antonym words, sorted

	exceptions []exception
}

type exception struct {
	form  string
	bases []string
}

// frequent returns the senses of one lemma and part of speech that pass the
// sense selection rule.
func frequent(ss []sense) []sense {
	out := []sense{ss[0]}
	for i := 1; i < len(ss) && i < maxSenses; i++ {
		if ss[i].tags >= minTags && ss[i].tags*tagRatio >= ss[0].tags {
			out = append(out, ss[i])
		}
	}
	return out
}

func build(wn *wordnet) *lexicon {
	lx := &lexicon{wordID: map[string]int{}, synID: map[synKey]int{}}
	lx.words, lx.buckets = hashOrder(slices.Collect(maps.Keys(wn.senses)))
	for i, w := range lx.words {
		lx.wordID[w] = i
	}
	lx.posMask = make([]byte, len(lx.words))
	lx.score = make([]int, len(lx.words))
	freq := map[string]map[synKey]bool{}
	var freqKeys [][]synKey
	for i, w := range lx.words {
		freq[w] = map[synKey]bool{}
		var keys []synKey
		for p, pn := range posNames {
			ss := wn.senses[w][pn.letter]
			if len(ss) == 0 {
				continue
			}
			lx.posMask[i] |= 1 << p
			for _, s := range ss {
				lx.score[i] += s.tags
			}
			for _, s := range frequent(ss) {
				freq[w][s.key] = true
				keys = append(keys, s.key)
			}
		}
		freqKeys = append(freqKeys, keys)
	}
	lx.keepSynsets(wn, freqKeys)
	for _, keys := range freqKeys {
		lx.senses = append(lx.senses, lx.ids(keys))
	}
	lx.antonyms = antonyms(wn, lx, freq)
	lx.exceptions = exceptions(wn)
	return lx
}

// keepSynsets numbers the synsets reachable from frequent senses through
// hypernym and similar-to pointers and records their relations.
func (lx *lexicon) keepSynsets(wn *wordnet, freqKeys [][]synKey) {
	keep := map[synKey]bool{}
	var visit func(k synKey)
	visit = func(k synKey) {
		if keep[k] {
			return
		}
		keep[k] = true
		for _, p := range wn.synsets[k].ptrs {
			if p.sym == "@" || p.sym == "@i" || p.sym == "&" {
				visit(p.target)
			}
		}
	}
	for _, keys := range freqKeys {
		for _, k := range keys {
			visit(k)
		}
	}
	posOrder := map[byte]int{}
	for i, p := range posNames {
		posOrder[p.letter] = i
	}
	lx.synsets = slices.SortedFunc(maps.Keys(keep), func(a, b synKey) int {
		if a.pos != b.pos {
			return posOrder[a.pos] - posOrder[b.pos]
		}
		return a.off - b.off
	})
	for i, k := range lx.synsets {
		lx.synID[k] = i
		lx.posCount[posOrder[k.pos]]++
	}
	for _, k := range lx.synsets {
		ss := wn.synsets[k]
		var m, h, s []int
		for _, w := range ss.words {
			m = append(m, lx.wordID[w])
		}
		for _, p := range ss.ptrs {
			switch p.sym {
			case "@", "@i":
				h = append(h, lx.synID[p.target])
			case "&":
				s = append(s, lx.synID[p.target])
			}
		}
		lx.members = append(lx.members, m)
		lx.hypers = append(lx.hypers, h)
		lx.similar = append(lx.similar, s)
	}
}

func (lx *lexicon) ids(keys []synKey) []int {
	out := make([]int, len(keys))
	for i, k := range keys {
		out[i] = lx.synID[k]
	}
	return out
}

// exceptions keeps the exception-list entries (nouns, verbs, then
// adjectives) whose base form is a lemma of the same part of speech, merged
// by form.
func exceptions(wn *wordnet) []exception {
	bases := map[string][]string{}
	for _, pn := range posNames[:3] {
		for form, bs := range wn.exceptions[pn.letter] {
			for _, b := range bs {
				if b != form && len(wn.senses[b][pn.letter]) > 0 && !slices.Contains(bases[form], b) {
					bases[form] = append(bases[form], b)
				}
			}
		}
	}
	var out []exception
	for _, form := range slices.Sorted(maps.Keys(bases)) {
		out = append(out, exception{form, bases[form]})
	}
	return out
}
