package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/parley-reader/parley/compare/stat"
	"github.com/parley-reader/parley/compare/vectors"
)

// matchKind says how a content word of one claim is covered by the other.
type matchKind uint8

const (
	mNone      matchKind = iota
	mExact               // same term (stem of the lemma), or the same number
	mSynonym             // WordNet synonyms
	mGeneral             // the other claim has a more general word (dog -> animal)
	mSpecific            // the other claim has a more specific word
	mCoHyponym           // sister terms: man / woman, dog / cat
	mAntonym             // rise / fall
	mRelated             // close in the word vectors: about the same thing, or its opposite
)

// coverWeight is how much of a word's meaning each kind of match carries.
var coverWeight = [...]float64{mNone: 0, mExact: 1, mSynonym: 0.9, mGeneral: 0.8, mSpecific: 0.6, mCoHyponym: 0.2, mAntonym: 0.2, mRelated: 0.5}

// wordMatch is the best counterpart of one content word in the other claim.
type wordMatch struct {
	other int // content index in the other claim, -1 if none
	kind  matchKind
}

// pairStats is the word-level comparison of two claims, computed once and
// read by the similarity, the classifier and the cues.
type pairStats struct {
	a, b       *claimInfo
	ab, ba     []wordMatch // per content word of a (of b): its counterpart in b (in a)
	idfA, idfB []float64
	idf        idfFunc
	// topical is set when the claims are known to speak of one subject
	// (the aligner paired them), so opposite assessments need no shared word.
	topical bool
	sim     float64 // similarityScore, once simDone
	simDone bool
}

// compareClaims matches the words of a and b, looking as deep into the
// lexicon as d says.
func compareClaims(a, b *claimInfo, idf idfFunc, lx *lexCache, d depth) *pairStats {
	ps := &pairStats{a: a, b: b, idf: idf}
	ps.idfA = weights(a, idf)
	ps.idfB = weights(b, idf)
	ps.ab = matchWords(a, b, lx, d)
	ps.ba = matchWords(b, a, lx, d)
	return ps
}

// weights returns the IDF of each content word of c: those c keeps for its
// comparison, or computed with idf.
func weights(c *claimInfo, idf idfFunc) []float64 {
	if c.w != nil {
		return c.w
	}
	w := make([]float64, len(c.content))
	for n := range c.content {
		w[n] = idf(c.tok(n).Key)
	}
	return w
}

// depth is how far matchWords looks into the lexicon.
type depth uint8

const (
	shallow depth = iota // same words, synonyms and antonyms: a cheap first look
	related              // also hypernyms
	full                 // also sister terms (man / woman)
)

// matchWords finds, for each content word of a, its best counterpart in b:
// first the same word or a synonym; failing those, a word related in the
// lexicon, looked for among b's words that have no such counterpart in a
// either (to spare the lexicon), or among all at depth full.
func matchWords(a, b *claimInfo, lx *lexCache, d depth) []wordMatch {
	out := make([]wordMatch, len(a.content))
	freeB := make([]bool, len(b.content))
	for m := range freeB {
		freeB[m] = true
	}
	for n := range a.content {
		ta := a.tok(n)
		out[n] = wordMatch{other: -1}
		for m := range b.content {
			tb := b.tok(m)
			k := mNone
			switch {
			case ta.Key == tb.Key || ta.Lemma == tb.Lemma:
				k = mExact
			case ta.IsNum || tb.IsNum:
			case a.synBits[n]&b.keyBit[m] != 0 && a.syn[n][tb.Key] && synonymWord(a, n, tb, lx) ||
				b.synBits[m]&a.keyBit[n] != 0 && b.syn[m][ta.Key] && synonymWord(b, m, ta, lx) || sameFamily(ta.Key, tb.Key):
				k = mSynonym
			}
			if k == mNone {
				continue
			}
			freeB[m] = false
			if out[n].kind == mNone || better(k, out[n].kind) {
				out[n] = wordMatch{other: m, kind: k}
			}
		}
	}
	var undoneB []string // the verb each word of b denies with "un", read once a word of a needs it
	for n := range a.content {
		ta := a.tok(n)
		if out[n].kind != mNone || ta.IsNum || d == shallow && !a.ant[n] {
			continue
		}
		if undoneB == nil {
			undoneB = make([]string, len(b.content))
			for m := range b.content {
				undoneB[m] = undoneVerb(b.tok(m).Lower)
			}
		}
		undoneA := undoneVerb(ta.Lower)
		var opposites map[string]bool
		if d == shallow {
			opposites = lx.antonymsOf(ta.Lemma)
		}
		for m := range b.content {
			tb := b.tok(m)
			if !freeB[m] && d != full || tb.IsNum {
				continue
			}
			var rel wordRel
			switch {
			case negatedBy(ta.Lower, tb.Lower) || negatedBy(tb.Lower, ta.Lower) ||
				undoneA != "" && undoneA == tb.Lemma && !nounForm(b, b.content[m]) || undoneB[m] != "" && undoneB[m] == ta.Lemma && !nounForm(a, a.content[n]):
				// "unsafe" / "safe", "unpaid" / "paid", "unpaid" / "pays";
				// not "unchanged" / "the change", which names an event
				rel = relAntonym
			case d == shallow:
				if opposites[tb.Lemma] || strings.HasPrefix(tb.Lemma, "re") && opposites[lx.opposable(tb.Lemma)] {
					rel = relAntonym
				}
			case bareVerb(a, a.content[n]) && nounForm(b, b.content[m]) || nounForm(a, a.content[n]) && bareVerb(b, b.content[m]):
				// the lexicon knows no parts of speech: "could not reach
				// them" is no kind of "four locations"
			default:
				rel = lx.relation(ta.Lemma, tb.Lemma, d == full)
				if rel == relNone && (ta.Lower != ta.Lemma || tb.Lower != tb.Lemma) {
					rel = lx.relation(ta.Lower, tb.Lower, d == full) // "talks" is a kind of "discussion"
				}
			}
			k := mNone
			switch rel {
			case relHypernym:
				k = mSpecific // a's word is more general; b's is more specific
			case relHyponym:
				k = mGeneral
			case relAntonym:
				k = mAntonym
			case relCoHyponym:
				k = mCoHyponym
			case relSimilar:
				k = mSynonym
			}
			if k != mNone && (out[n].kind == mNone || better(k, out[n].kind)) {
				out[n] = wordMatch{other: m, kind: k}
			}
		}
	}
	// the word vectors: the closest word of b to each word of a that the
	// lexicon leaves alone
	for n := range a.content {
		if out[n].kind != mNone || a.tok(n).IsNum {
			continue
		}
		best, bc := -1, relatedCosine
		for m := range b.content {
			// an unknown word's zero vector has cosine 0 with any other
			if c := vectors.Cosine(a.wv[n], b.wv[m]); c >= bc {
				best, bc = m, c
			}
		}
		if best >= 0 {
			out[n] = wordMatch{other: best, kind: mRelated}
		}
	}
	return out
}

// synonymWord reports whether t is itself a synonym of content word n of c,
// not only a word whose stem one shares: "triggered" has "activate" among
// its synonyms, whose stem "activity" shares.
func synonymWord(c *claimInfo, n int, t *token, lx *lexCache) bool {
	w := c.tok(n)
	if s := lx.synonymWords(w.Lower); s[t.Lemma] || s[t.Lower] {
		return true
	}
	k := c.content[n]
	if k+1 < len(c.toks) && particles[c.toks[k+1].Lower] {
		if s := lx.synonymWords(w.Lemma + " " + c.toks[k+1].Lower); s[t.Lemma] || s[t.Lower] {
			return true
		}
	}
	return false
}

// bareVerb reports whether token k of c is a verb by its place: after a
// modal, "to" or "did", or a negation after one ("could not reach").
func bareVerb(c *claimInfo, k int) bool {
	j := k - 1
	if j >= 0 && c.toks[j].Neg {
		j--
	}
	return j >= 0 && verbOpeners[c.toks[j].Lower]
}

// verbOpeners are the words after which comes a verb's bare form.
var verbOpeners = set("can", "could", "will", "would", "shall", "should", "must", "may", "might", "to", "did", "does", "do")

// nounForm reports whether token k of c is a noun by its place: after a
// determiner or a number ("four locations", "the reach").
func nounForm(c *claimInfo, k int) bool {
	return k > 0 && (determiners[c.toks[k-1].Lower] || c.toks[k-1].IsNum)
}

// relatedCosine is the least cosine of two words' vectors for them to be
// related: about the same thing ("injured" / "hurt"), or its opposite.
const relatedCosine = 0.6

// sameFamily reports whether two stems are of one word family, one the
// other with a short ending more ("injur" / "injuri", "notifi" / "notif"):
// what a stemmer leaves of a verb and its noun.
func sameFamily(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) >= 5 && len(y)-len(x) <= 2 && strings.HasPrefix(y, x)
}

// better reports whether match kind k covers more meaning than j.
func better(k, j matchKind) bool { return coverWeight[k] > coverWeight[j] }

// coverage is the IDF-weighted share of a's content covered by b, each word
// counted by its kind of match; only counts kinds listed when any are given.
func coverage(ms []wordMatch, w []float64, kinds ...matchKind) float64 {
	var num, den float64
	for n, m := range ms {
		den += w[n]
		if len(kinds) == 0 {
			num += w[n] * coverWeight[m.kind]
			continue
		}
		for _, k := range kinds {
			if m.kind == k {
				num += w[n]
			}
		}
	}
	if den == 0 {
		return 0
	}
	return num / den
}

// cosine is the TF-IDF cosine of the two claims' content terms.
func cosine(a, b *claimInfo, idf idfFunc) float64 {
	va, na := a.vector(idf)
	vb, nb := b.vector(idf)
	if na == 0 || nb == 0 {
		return 0
	}
	dot, i, j := 0.0, 0, 0
	for i < len(va) && j < len(vb) {
		switch {
		case va[i].key == vb[j].key:
			dot += va[i].w * vb[j].w
			i++
			j++
		case va[i].key < vb[j].key:
			i++
		default:
			j++
		}
	}
	return dot / (na * nb)
}

// termWeight is one term of a TF-IDF vector.
type termWeight struct {
	key string
	w   float64
}

// vector returns c's TF-IDF vector, sorted by term, and its length: the
// one c keeps for its comparison, or computed with idf.
func (c *claimInfo) vector(idf idfFunc) ([]termWeight, float64) {
	if c.vec != nil {
		return c.vec, c.norm
	}
	return tfidf(c, idf)
}

// tfidf computes c's TF-IDF vector, sorted by term, and its length.
func tfidf(c *claimInfo, idf idfFunc) ([]termWeight, float64) {
	v := make([]termWeight, 0, len(c.tf))
	n := 0.0
	for _, k := range c.keys() {
		w := float64(c.tf[k]) * idf(k)
		v = append(v, termWeight{k, w})
		n += w * w
	}
	return v, math.Sqrt(n)
}

// simFeatureNames name the similarity features, in order.
var simFeatureNames = []string{"bias", "cosine", "cover_min", "cover_max",
	"exact_min", "word_dice", "bigram_dice", "trigram_dice", "numbers_same", "numbers_differ",
	"names_jaccard", "length_gap", "antonym", "negation_gap", "cover_product", "no_content"}

// simFeatures computes the inputs of the similarity regression. They are
// symmetric: swapping the claims changes none of them.
func simFeatures(ps *pairStats) []float64 {
	a, b := ps.a, ps.b
	cab := coverage(ps.ab, ps.idfA)
	cba := coverage(ps.ba, ps.idfB)
	eab := coverage(ps.ab, ps.idfA, mExact)
	eba := coverage(ps.ba, ps.idfB, mExact)
	same, differ := numberAgreement(a, b)
	la, lb := float64(len(a.content)), float64(len(b.content))
	gap := 0.0
	if la+lb > 0 {
		gap = math.Abs(la-lb) / (la + lb)
	}
	noContent := 0.0
	if la == 0 || lb == 0 {
		noContent = 1
	}
	return []float64{1, cosine(a, b, ps.idf), math.Min(cab, cba), math.Max(cab, cba),
		math.Min(eab, eba), wordDice(a, b, 1), wordDice(a, b, 2), trigramDice(a, b), same, differ,
		namesJaccard(a, b), gap, b2f(hasKind(ps.ab, mAntonym)), b2f(negCount(a) != negCount(b)),
		cab * cba, noContent}
}

// similarityScore is the fitted similarity of a prepared pair, in [0,1].
// It is computed once per pair: the aligner, the signals and the judge all
// read it.
func similarityScore(ps *pairStats) float64 {
	if !ps.simDone {
		ps.sim, ps.simDone = math.Max(0, math.Min(1, stat.Dot(simWeights, simFeatures(ps)))), true
	}
	return ps.sim
}

// numberAgreement reports whether both claims give numbers and all agree
// (same) and whether one gives a number the other contradicts (differ).
func numberAgreement(a, b *claimInfo) (same, differ float64) {
	na, nb := numbers(a), numbers(b)
	if len(na) == 0 || len(nb) == 0 {
		return 0, 0
	}
	miss := 0
	for v := range na {
		if !nb[v] {
			miss++
		}
	}
	for v := range nb {
		if !na[v] {
			miss++
		}
	}
	if miss == 0 {
		return 1, 0
	}
	return 0, 1
}

// numbers returns the set of number values in c.
func numbers(c *claimInfo) map[float64]bool {
	s := map[float64]bool{}
	for _, t := range c.toks {
		if t.IsNum {
			s[t.Num] = true
		}
	}
	return s
}

// wordDice is the Dice overlap of the n-grams (n is 1 or 2) of all words
// (function words included) of the two claims.
func wordDice(a, b *claimInfo, n int) float64 {
	return dice(a.grams[n-1], b.grams[n-1])
}

// trigramDice is the Dice overlap of the character trigrams of the content
// words: it forgives spelling variants.
func trigramDice(a, b *claimInfo) float64 {
	return dice(a.tri, b.tri)
}

// dice is the Dice coefficient of two sorted multisets of hashes.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	common, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// ngramHashes returns the sorted hashes of the word n-grams of c, words
// lemmatised, each n-gram as often as it occurs.
func ngramHashes(c *claimInfo, n int) []uint64 {
	ws := make([]string, 0, len(c.toks))
	for _, t := range c.toks {
		if t.Word {
			ws = append(ws, t.Key)
		}
	}
	out := make([]uint64, 0, max(0, len(ws)-n+1))
	for i := 0; i+n <= len(ws); i++ {
		h := fnvOffset
		for _, w := range ws[i : i+n] {
			h = fnv(h, w)
			h = fnv(h, " ")
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return out
}

// trigramHashes returns the sorted, distinct hashes of the character
// trigrams of c's content words.
func trigramHashes(c *claimInfo) []uint64 {
	size := 0
	for n := range c.content {
		size += len(c.tok(n).Lower)
	}
	out := make([]uint64, 0, size)
	for n := range c.content {
		w := []rune(" " + c.tok(n).Lower + " ")
		for i := 0; i+3 <= len(w); i++ {
			out = append(out, fnv(fnvOffset, string(w[i:i+3])))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// FNV-1a, 64 bits.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// fnv hashes s onto h.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// namesJaccard is the overlap of capitalised names and acronyms.
func namesJaccard(a, b *claimInfo) float64 {
	na, nb := names(a), names(b)
	if len(na) == 0 && len(nb) == 0 {
		return 0
	}
	common := 0
	for k := range na {
		if nb[k] {
			common++
		}
	}
	return float64(common) / float64(len(na)+len(nb)-common)
}

// names returns the keys of the names in c.
func names(c *claimInfo) map[string]bool {
	s := map[string]bool{}
	for n := range c.content {
		if t := c.tok(n); t.Name {
			s[t.Key] = true
		}
	}
	return s
}

// hasKind reports whether any match is of kind k.
func hasKind(ms []wordMatch, k matchKind) bool {
	for _, m := range ms {
		if m.kind == k {
			return true
		}
	}
	return false
}

// negCount counts the negation markers of c.
func negCount(c *claimInfo) int {
	n := 0
	for _, t := range c.toks {
		if t.Neg {
			n++
		}
	}
	return n
}

// b2f turns a truth value into 0 or 1.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
