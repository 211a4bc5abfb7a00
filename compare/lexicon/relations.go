package lexicon

import "slices"

// Depth limits of the hypernym searches.
const (
	// maxHyperDepth is how many hypernym levels IsHypernym climbs.
	maxHyperDepth = 10
	// minCousinDepth is how far below the root a common ancestor two levels
	// up must lie for CoHyponyms to count it ("carnivore" for "dog" and
	// "cat", not "abstraction").
	minCousinDepth = 6
)

// senses returns the frequent senses of a lemma, or nil if it is unknown.
func senses(w *wordTable, g *graph, lemma string) list {
	id, ok := w.id(lemma)
	if !ok {
		return ""
	}
	return g.senses.at(id)
}

// posOf returns the part of speech of a synset.
func (g *graph) posOf(s int32) int {
	p := noun
	for p < adv && s >= g.posStart[p+1] {
		p++
	}
	return p
}

// Synonyms returns the other words of the lemma's frequent senses, in
// WordNet order, without duplicates: "wage" gives "pay", "earnings",
// "remuneration", "salary". It returns nil for an unknown lemma.
func Synonyms(lemma string) []string {
	w, g := mustGraph()
	id, ok := w.id(lemma)
	if !ok {
		return nil
	}
	var out []string
	seen := []int32{id}
	ss := g.senses.at(id)
	for k := range ss.len() {
		ms := g.members.at(ss.get(k))
		for n := range ms.len() {
			if m := ms.get(n); !slices.Contains(seen, m) {
				seen = append(seen, m)
				out = append(out, w.word(m))
			}
		}
	}
	return out
}

// Similar reports whether two lemmas are the same word, synonyms (one is in
// a frequent sense of the other) or adjectives of which a frequent sense of
// one is similar to a frequent sense of the other ("damp"/"wet").
func Similar(a, b string) bool {
	if a == b {
		return true
	}
	w, g := mustGraph()
	ia, oka := w.id(a)
	ib, okb := w.id(b)
	if !oka || !okb {
		return false
	}
	return g.similarTo(ia, ib) || g.similarTo(ib, ia)
}

// similarTo reports whether a frequent sense of word a contains word b or is
// similar to a frequent sense of b.
func (g *graph) similarTo(a, b int32) bool {
	sa, sb := g.senses.at(a), g.senses.at(b)
	for k := range sa.len() {
		s := sa.get(k)
		if g.members.at(s).has(b) {
			return true
		}
		sim := g.similar.at(s)
		for n := range sim.len() {
			if sb.has(sim.get(n)) {
				return true
			}
		}
	}
	return false
}

// Antonyms reports whether two lemmas are WordNet antonyms: directly
// ("increase"/"decrease"), through the other words of the antonymous
// synsets, through an adjective similar to one of a pair ("damp"/"dry"), or
// through words derived from a pair ("acceptance"/"rejection").
func Antonyms(a, b string) bool {
	w, g := mustGraph()
	ia, oka := w.id(a)
	ib, okb := w.id(b)
	if !oka || !okb {
		return false
	}
	return g.antonyms.at(ia).sortedHas(ib)
}

// AntonymsOf returns the antonyms the lexicon lists for lemma: the words b
// for which Antonyms(lemma, b) holds.
func AntonymsOf(lemma string) []string {
	w, g := mustGraph()
	id, ok := w.id(lemma)
	if !ok {
		return nil
	}
	as := g.antonyms.at(id)
	out := make([]string, as.len())
	for k := range out {
		out[k] = w.word(as.get(k))
	}
	return out
}

// HasAntonyms reports whether the lexicon lists any antonym of lemma: if
// not, Antonyms is false for it with any other word.
func HasAntonyms(lemma string) bool {
	w, g := mustGraph()
	i, ok := w.id(lemma)
	return ok && g.antonyms.at(i).len() > 0
}

// IsHypernym reports whether specific is a kind of general: whether a
// frequent noun or verb sense of specific has a frequent sense of general
// among its hypernyms or instance hypernyms, at most ten levels up
// ("animal"/"dog", "vehicle"/"car", "city"/"paris"). A word is not its own
// hypernym.
func IsHypernym(general, specific string) bool {
	if general == specific {
		return false
	}
	w, g := mustGraph()
	targets := senses(w, g, general)
	if targets.len() == 0 {
		return false
	}
	ss := senses(w, g, specific)
	for k := range ss.len() {
		if s := ss.get(k); g.posOf(s) <= verb && g.reaches(s, targets, maxHyperDepth) {
			return true
		}
	}
	return false
}

// KindsOf reports which of generals specific is a kind of, bit k for
// generals[k], as IsHypernym tells each: it walks specific's hypernyms
// once for all of them.
func KindsOf(specific string, generals []string) uint64 {
	w, g := mustGraph()
	ss := senses(w, g, specific)
	var up []int32
	for k := range ss.len() {
		if s := ss.get(k); g.posOf(s) <= verb {
			up = g.hypernymsWithin(s, maxHyperDepth, up)
		}
	}
	if len(up) == 0 {
		return 0
	}
	var bits uint64
	for k, general := range generals {
		if general == specific {
			continue
		}
		ts := senses(w, g, general)
		for t := range ts.len() {
			if slices.Contains(up, ts.get(t)) {
				bits |= 1 << k
				break
			}
		}
	}
	return bits
}

// hypernymsWithin appends to dst the hypernyms of synset s at most depth
// levels up, the ones reaches looks at.
func (g *graph) hypernymsWithin(s int32, depth int, dst []int32) []int32 {
	_, dst = g.climb(s, depth, "", dst, true)
	return dst
}

// reaches reports whether one of targets is a hypernym of synset s at most
// depth levels up.
func (g *graph) reaches(s int32, targets list, depth int) bool {
	found, _ := g.climb(s, depth, targets, nil, false)
	return found
}

// climb walks the hypernyms of synset s level by level, at most depth
// levels up: it reports whether one of targets is among them, stopping
// there, and when collect is set appends each to dst once.
func (g *graph) climb(s int32, depth int, targets list, dst []int32, collect bool) (bool, []int32) {
	var buf [2][32]int32
	level := append(buf[0][:0], s)
	for d := 0; d < depth && len(level) > 0; d++ {
		next := buf[(d+1)%2][:0]
		for _, t := range level {
			hs := g.hypers.at(t)
			for k := range hs.len() {
				h := hs.get(k)
				if targets.has(h) {
					return true, dst
				}
				if collect && !slices.Contains(dst, h) {
					dst = append(dst, h)
				}
				if !slices.Contains(next, h) {
					next = append(next, h)
				}
			}
		}
		level = next
	}
	return false, dst
}

// CoHyponyms reports whether two distinct lemmas are co-hyponyms, a cue of
// contradiction: a first or second sense of one and a first or second sense
// of the other, both nouns or both verbs, share a direct hypernym ("man"/
// "woman", "car"/"truck") or, for nouns, a grandparent well down the noun
// hierarchy ("dog"/"cat" under "carnivore"). Synonyms and words of which
// one is a kind of the other are not co-hyponyms.
func CoHyponyms(a, b string) bool {
	if a == b || Similar(a, b) || IsHypernym(a, b) || IsHypernym(b, a) {
		return false
	}
	w, g := mustGraph()
	sa, sb := firstSenses(g, senses(w, g, a)), firstSenses(g, senses(w, g, b))
	for _, x := range sa {
		for _, y := range sb {
			if g.posOf(x) == g.posOf(y) && g.siblings(x, y) {
				return true
			}
		}
	}
	return false
}

// firstSenses returns the first two noun and first two verb senses of a
// sense list.
func firstSenses(g *graph, ss list) []int32 {
	var out []int32
	var count [2]int
	for k := range ss.len() {
		if s, p := ss.get(k), g.posOf(ss.get(k)); p <= verb && count[p] < 2 {
			count[p]++
			out = append(out, s)
		}
	}
	return out
}

// siblings reports whether synsets x and y share a parent, or are nouns
// with a common ancestor at most two levels above each that lies at least
// minCousinDepth levels below the root.
func (g *graph) siblings(x, y int32) bool {
	px, py := g.hypers.at(x), g.hypers.at(y)
	for k := range px.len() {
		if py.has(px.get(k)) {
			return true
		}
	}
	if g.posOf(x) != noun {
		return false
	}
	ax, ay := g.upTwo(x), g.upTwo(y)
	for _, h := range ax {
		if slices.Contains(ay, h) && g.depth(h) >= minCousinDepth {
			return true
		}
	}
	return false
}

// upTwo returns the parents and grandparents of a synset.
func (g *graph) upTwo(s int32) []int32 {
	hs := g.hypers.at(s)
	out := hs.appendTo(nil)
	for k := range hs.len() {
		out = g.hypers.at(hs.get(k)).appendTo(out)
	}
	return out
}

// depth returns the length of the shortest hypernym path from s to a root.
func (g *graph) depth(s int32) int {
	d := 0
	for level := []int32{s}; ; d++ {
		var next []int32
		for _, t := range level {
			h := g.hypers.at(t)
			if h.len() == 0 {
				return d
			}
			next = h.appendTo(next)
		}
		level = next
	}
}
