package compare

import (
	"sort"

	"github.com/parley-reader/parley/compare/vectors"
)

// wordVectors is the embedded word-vector table, loaded on first use.
var wordVectors = vectors.Default

// claimInfo is a claim prepared for comparison: its tokens and the terms the
// similarity and the relation cues read.
type claimInfo struct {
	Span
	r       []rune // the document's text
	toks    []token
	content []int          // indexes of content tokens in toks
	tf      map[string]int // term frequency of content keys
	syn     []map[string]bool
	// synBits and keyBit hold, per content word, a bit for each of its
	// synonym keys and the bit of its own key: where a's synBits and b's
	// keyBit share none, b's word is no synonym of a's (matchWords skips
	// the lookup)
	synBits, keyBit []uint64
	ant             []bool   // per content word, whether the lexicon knows an antonym of its lemma
	cat             []uint32 // per content word, the categories its lemma is a kind of (categoriesOf)
	as              assessment
	qs              []quantity
	w               []float64     // IDF of each content word in its comparison, if fixed
	vec             []termWeight  // TF-IDF vector in its comparison, if fixed
	norm            float64       // length of vec
	grams           [2][]uint64   // hashes of word unigrams and bigrams
	tri             []uint64      // hashes of character trigrams of the content words
	wv              []vectors.Vec // word vector of each content word (empty if unknown)
	mean            vectors.Dense // mean vector of the content words, nil if none known
	plain           vectors.Dense // unweighted mean vector of the content words, nil if none known
	// centred is plain less the mean of every claim's plain of its
	// comparison, rescaled to unit length (alignerOf sets it)
	centred vectors.Dense
	mk      marks         // what the cue detectors look for in it alone
	ww      *wordingWords // the words the wording model reads, worked out on first use (wordsOf)
}

// prepare tokenises one claim of a document.
func prepare(r []rune, s Span, lx *lexCache) *claimInfo {
	return fromTokens(r, s, tokenize(r, s), lx)
}

// join prepares the text from claim x to claim y (x before y) as one claim,
// reusing their tokens.
func join(x, y *claimInfo, lx *lexCache) *claimInfo {
	toks := append(append(make([]token, 0, len(x.toks)+len(y.toks)), x.toks...), y.toks...)
	return fromTokens(x.r, Span{x.Start, y.End}, toks, lx)
}

// fromTokens prepares a claim from its tokens.
func fromTokens(r []rune, s Span, toks []token, lx *lexCache) *claimInfo {
	c := &claimInfo{Span: s, r: r, toks: toks, tf: map[string]int{}, ww: new(wordingWords)}
	frame := attribution(c.toks)
	for k := range c.toks {
		t := &c.toks[k]
		if t.content() && !frame[k] {
			c.content = append(c.content, k)
			c.tf[t.Key]++
		}
	}
	c.qs = quantities(c.toks)
	c.as = assess(c.toks, c.qs)
	c.mk = findMarks(c)
	c.syn = make([]map[string]bool, len(c.content))
	for n, k := range c.content {
		c.syn[n] = lx.synonymKeys(c.toks[k].Lower)
		if pv, ok := phrasalVerb(c.toks, k); ok {
			// "set up" is "establish", "called off" "cancel"
			c.syn[n] = union(c.syn[n], lx.synonymKeys(pv))
		}
	}
	c.synBits, c.keyBit, c.ant = make([]uint64, len(c.content)), make([]uint64, len(c.content)), make([]bool, len(c.content))
	c.cat = make([]uint32, len(c.content))
	for n := range c.content {
		t := c.tok(n)
		c.keyBit[n] = keyBit(t.Key)
		for k := range c.syn[n] {
			c.synBits[n] |= keyBit(k)
		}
		c.ant[n] = hasAntonyms(t.Lemma)
		c.cat[n] = lx.categoriesOf(t.Lemma)
	}
	c.grams[0], c.grams[1], c.tri = ngramHashes(c, 1), ngramHashes(c, 2), trigramHashes(c)
	c.wv = make([]vectors.Vec, len(c.content))
	known := make([]vectors.Vec, 0, len(c.content))
	weights := make([]float64, 0, len(c.content))
	for n := range c.content {
		t := c.tok(n)
		if t.IsNum {
			continue
		}
		v, ok := wordVectors().Lookup(t.Lower)
		if !ok {
			v, ok = wordVectors().Lookup(t.Lemma)
		}
		if ok {
			c.wv[n] = v
			known = append(known, v)
			weights = append(weights, backgroundIDF(t.Key))
		}
	}
	// rare words say what a claim is about; common ones ("said", "will")
	// would make every claim's mean alike
	c.mean = vectors.MeanOf(known, weights)
	c.plain = vectors.MeanOf(known, nil)
	return c
}

// keyBit returns the one bit of 64 that stands for a term key in a claim's
// synBits and keyBit.
func keyBit(key string) uint64 {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return 1 << (h % 64)
}

// phrasalVerb returns the phrasal verb the lexicon knows that token k and
// the particle after it make ("set up", "called off" as "call off").
func phrasalVerb(toks []token, k int) (string, bool) {
	if k+1 >= len(toks) || !particles[toks[k+1].Lower] {
		return "", false
	}
	pv := toks[k].Lemma + " " + toks[k+1].Lower
	return pv, known(pv)
}

// particles complete a phrasal verb.
var particles = set("up", "down", "off", "out", "in", "on", "over", "away", "back", "ahead", "through")

// union returns the keys of both sets, in a new set.
func union(a, b map[string]bool) map[string]bool {
	u := make(map[string]bool, len(a)+len(b))
	for k := range a {
		u[k] = true
	}
	for k := range b {
		u[k] = true
	}
	return u
}

// keys returns the distinct content terms of c in sorted order.
func (c *claimInfo) keys() []string {
	ks := make([]string, 0, len(c.tf))
	for k := range c.tf {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// phrase returns the text of tokens i to j (inclusive) as written.
func (c *claimInfo) phrase(i, j int) string {
	if i > j {
		i, j = j, i
	}
	return string(c.r[c.toks[i].Start:c.toks[j].End])
}

// tok returns the n-th content token of c.
func (c *claimInfo) tok(n int) *token { return &c.toks[c.content[n]] }
