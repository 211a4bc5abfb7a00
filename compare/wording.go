package compare

import (
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/parley-reader/parley/compare/stat"
)

// The wording model rereads the rules' verdict on a pair of two parties'
// claims with the words they use. It is a multinomial logistic regression
// fitted by tools/fitweights on the development cases (wording_gen.go).
// Its inputs are the rules' relation, the kinds of their cues and the
// similarity; the negations; the words and the pairs of neighbouring
// words, by whether both claims use them or one ("no action", "only
// from"); the signs of the two claims' assessments; the share of each
// claim's words the other matches; whether their figures share a number;
// and each pair of a word only the left uses with one only the right uses.
// The words and the pairs, function words included, carry over to subjects
// the cases never met ("will" on one side only, "no" against "none"),
// where the pairs of content words do not. It learns, for
// instance, that "offered" on one side against "accepted" on the other
// marks two accounts of one event that clash, where no lexicon links the
// two words. Names and numbers are left out: they belong to one story. It
// overrules the rules only where its probability reaches the threshold the
// fit set for the relation (wordingFlip). A contradiction the rules found
// rests on evidence the reader sees in its cues; the model only makes it a
// possible clash, a difference, where it finds a clash less likely than
// wordingDemote. It reads no agreement into two claims whose words match
// nothing.

// wordingClasses are the relations of the model's weights, in their order.
var wordingClasses = [3]Relation{Agree, Contradict, Differ}

// wordingFeatures names the model's inputs for a pair the rules judged v,
// in order.
func wordingFeatures(ps *pairStats, v Verdict) []string {
	var f []string
	eachWordingInput(ps, v, func(k []byte) { f = append(f, string(k)) })
	slices.Sort(f)
	return f
}

// eachWordingInput calls visit with the name of each of the model's inputs
// for a pair the rules judged v, once each, in a buffer visit must not
// keep.
func eachWordingInput(ps *pairStats, v Verdict, visit func(k []byte)) {
	buf := make([]byte, 0, 64)
	put := func(parts ...string) {
		buf = buf[:0]
		for _, p := range parts {
			buf = append(buf, p...)
		}
		visit(buf)
	}
	put("r:", string(v.Relation))
	var kinds []string
	for _, c := range v.Cues {
		if k := cueKind(c); !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
			put("c:", k)
		}
	}
	put(fmt.Sprintf("s:%.1f", math.Floor(v.Similarity*10)/10))
	wa, wb := wordsOf(ps.a), wordsOf(ps.b)
	eachBySide(wa.bigrams, wb.bigrams, func(g string, both bool) {
		if both {
			put("h:", g)
		} else {
			put("g:", g)
		}
	})
	eachBySide(wa.unigrams, wb.unigrams, func(u string, both bool) {
		if both {
			put("u:", u, ":both")
		} else {
			put("u:", u, ":one")
		}
	})
	put("a:", symmetric(valenceSign(ps.a.as.verdict), valenceSign(ps.b.as.verdict)))
	put(fmt.Sprintf("v:%.1f", math.Floor(min(covered(ps.ab), covered(ps.ba))*5)/5))
	if f := figuresInput(wa.numbers, wb.numbers); f != "" {
		put("f:", f)
	}
	na, nb := wa.negations, wb.negations
	if (len(na) > 0) != (len(nb) > 0) {
		put("n:one side")
	}
	eachBySide(na, nb, func(w string, both bool) {
		if both {
			put("n:", w, ":both")
		} else {
			put("n:", w, ":one")
		}
	})
	eachSharedOrApart(wa.keys, wb.keys, func(string) {}, func(x, y string) {
		put("x:", min(x, y), "|", max(x, y))
	})
}

// eachSharedOrApart calls shared with each item of xa that xb holds too,
// and apart with each pair of an item only xa holds and one only xb
// holds, in the order of xa, then of xb.
func eachSharedOrApart[T comparable](xa, xb []T, shared func(x T), apart func(x, y T)) {
	var onlyB []T
	for _, y := range xb {
		if !slices.Contains(xa, y) {
			onlyB = append(onlyB, y)
		}
	}
	for _, x := range xa {
		if slices.Contains(xb, x) {
			shared(x)
			continue
		}
		for _, y := range onlyB {
			apart(x, y)
		}
	}
}

// eachBySide calls visit with each item of xa and each of xb that xa
// lacks, xa's first, saying whether both hold it.
func eachBySide(xa, xb []string, visit func(x string, both bool)) {
	for _, x := range xa {
		visit(x, slices.Contains(xb, x))
	}
	for _, x := range xb {
		if !slices.Contains(xa, x) {
			visit(x, false)
		}
	}
}

// wordingWords are the words of a claim the wording model reads, by kind,
// worked out once per claim (wordsOf).
type wordingWords struct {
	once                                        sync.Once
	bigrams, unigrams, keys, negations, numbers []string
	keyHashes                                   []uint64 // of keys, for the word-pair model
}

// wordsOf returns the words of c the wording model reads, working them out
// on first use: a claim is judged against several others, from several
// goroutines at once.
func wordsOf(c *claimInfo) *wordingWords {
	w := c.ww
	w.once.Do(func() {
		w.bigrams, w.unigrams, w.keys, w.negations, w.numbers = wordingBigrams(c), wordingUnigrams(c), wordingKeys(c), negationWords(c), numberKeys(c)
		w.keyHashes = make([]uint64, len(w.keys))
		for i, k := range w.keys {
			w.keyHashes[i] = fnv(fnvOffset, k)
		}
	})
	return w
}

// wordingKeys returns the distinct keys of c's content words, numbers left
// out (the figure cues read them).
func wordingKeys(c *claimInfo) []string {
	var out []string
	for _, i := range c.content {
		if t := &c.toks[i]; !t.IsNum && !t.Name && !slices.Contains(out, t.Key) {
			out = append(out, t.Key)
		}
	}
	return out
}

// wordingBigrams returns the distinct pairs of neighbouring words of c,
// function words and negations included, by their keys.
func wordingBigrams(c *claimInfo) []string {
	var out []string
	prev := ""
	for i := range c.toks {
		t := &c.toks[i]
		if !t.Word {
			prev = ""
			continue
		}
		k := bigramKey(t)
		if prev != "" {
			if g := prev + "_" + k; !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
		prev = k
	}
	return out
}

// wordingUnigrams returns the distinct words of c, function words and
// negations included, by their keys, names and numbers left out.
func wordingUnigrams(c *claimInfo) []string {
	var out []string
	for i := range c.toks {
		t := &c.toks[i]
		if !t.Word || t.IsNum || t.Name || t.Key == "" {
			continue
		}
		if !slices.Contains(out, t.Key) {
			out = append(out, t.Key)
		}
	}
	return out
}

// valenceSign names the sign of an assessment's verdict: "+", "-", or "0"
// for none or a slight one.
func valenceSign(verdict float64) string {
	switch {
	case verdict > 0.05:
		return "+"
	case verdict < -0.05:
		return "-"
	}
	return "0"
}

// symmetric joins two signs in one order whichever side each is from.
func symmetric(x, y string) string {
	if y < x {
		x, y = y, x
	}
	return x + "|" + y
}

// covered returns the share of a claim's content words that the other
// claim matches in any way, from the claim's matches ms; 0 for no words.
func covered(ms []wordMatch) float64 {
	if len(ms) == 0 {
		return 0
	}
	n := 0
	for _, m := range ms {
		if m.kind != mNone {
			n++
		}
	}
	return float64(n) / float64(len(ms))
}

// figuresInput names how the figures of the pair meet, from the keys of
// the numbers of each claim: "shared" when both claims have a number and
// one is the same, "other" when both have numbers and none is, "one side"
// when only one has any, and "" when neither has.
func figuresInput(na, nb []string) string {
	switch {
	case len(na) > 0 && len(nb) > 0 && slices.ContainsFunc(na, func(k string) bool { return slices.Contains(nb, k) }):
		return "shared"
	case len(na) > 0 && len(nb) > 0:
		return "other"
	case len(na) > 0 || len(nb) > 0:
		return "one side"
	}
	return ""
}

// numberKeys returns the keys of c's content words that are numbers.
func numberKeys(c *claimInfo) []string {
	var out []string
	for _, i := range c.content {
		if t := &c.toks[i]; t.IsNum {
			out = append(out, t.Key)
		}
	}
	return out
}

// negationWords returns the distinct negation markers of c, "n't" for every
// contracted one.
func negationWords(c *claimInfo) []string {
	var out []string
	for _, t := range c.toks {
		if !t.Neg {
			continue
		}
		w := t.Lower
		if strings.HasSuffix(w, "n't") {
			w = "n't"
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// wordingWeights are the wording model's weights of each input for agree,
// contradict and differ (see wordingTable); they parse on first use.
var wordingWeights = sync.OnceValue(func() *weightIndex {
	return parseWordingTable(wordingTable)
})

// weightIndex finds an input's weights by an open-addressing hash table
// over the inputs: every process that compares reads the table's more than
// 100,000 lines first, and filling it takes half the time a Go map does.
// Each slot keeps the top half of its input's hash beside the input's
// index, so that a probe passes the inputs it does not want, most of all
// those the table lacks, without reading their keys.
type weightIndex struct {
	seed  maphash.Seed
	keys  []string
	w     [][3]float32
	slots []uint64 // the hash's top 32 bits, then 1 + an index into keys and w; 0 when free; a power of two long
}

// slotOf packs a hash and an index into a slot.
func slotOf(h uint64, i int) uint64 { return h&^0xffffffff | uint64(i+1) }

// slotIndex returns the index into keys and w that used slot s holds.
func slotIndex(s uint64) int { return int(s&0xffffffff) - 1 }

// sameHash reports whether slot s holds an input whose hash has the top
// half of h.
func sameHash(s, h uint64) bool { return s&^0xffffffff == h&^0xffffffff }

// find returns the weights of input k, and false when the table lacks it.
func (x *weightIndex) find(k []byte) ([3]float32, bool) {
	h := maphash.Bytes(x.seed, k)
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return [3]float32{}, false
		}
		if j := slotIndex(s); sameHash(s, h) && x.keys[j] == string(k) {
			return x.w[j], true
		}
	}
}

// get is find for a string.
func (x *weightIndex) get(k string) ([3]float32, bool) { return x.find([]byte(k)) }

// len returns the number of inputs.
func (x *weightIndex) len() int { return len(x.keys) }

// add sets the weights of input k, which must stay unchanged.
func (x *weightIndex) add(k string, w [3]float32) {
	h := maphash.String(x.seed, k)
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			x.keys, x.w = append(x.keys, k), append(x.w, w)
			x.slots[i] = slotOf(h, len(x.keys)-1)
			return
		}
		if j := slotIndex(s); sameHash(s, h) && x.keys[j] == k {
			x.w[j] = w
			return
		}
	}
}

// parseWordingTable reads lines of an input and its three weights in
// ten-thousandths, tab-separated; a malformed line is skipped. The keys
// share the table's memory.
func parseWordingTable(t string) *weightIndex {
	n := strings.Count(t, "\n") + 1
	size := 1
	for size < 2*n {
		size *= 2
	}
	x := &weightIndex{seed: maphash.MakeSeed(), keys: make([]string, 0, n), w: make([][3]float32, 0, n), slots: make([]uint64, size)}
	for len(t) > 0 {
		line := t
		if i := strings.IndexByte(t, '\n'); i >= 0 {
			line, t = t[:i], t[i+1:]
		} else {
			t = ""
		}
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			continue
		}
		key, rest := line[:tab], line[tab+1:]
		var w [3]float32
		ok := true
		for c := range w {
			field, more := rest, false
			if i := strings.IndexByte(rest, '\t'); i >= 0 {
				field, rest, more = rest[:i], rest[i+1:], true
			}
			n, err := strconv.Atoi(field)
			if err != nil || more != (c < 2) {
				ok = false
				break
			}
			w[c] = float32(n) / 1e4
		}
		if ok {
			x.add(key, w)
		}
	}
	return x
}

// wordingProbs returns the model's probabilities of agree, contradict and
// differ for a pair the rules judged v.
func wordingProbs(ps *pairStats, v Verdict) [3]float64 {
	weights := wordingWeights()
	var s [3]float64
	eachWordingInput(ps, v, func(k []byte) {
		if w, ok := weights.find(k); ok {
			for c := range s {
				s[c] += float64(w[c])
			}
		}
	})
	return [3]float64(stat.Softmax(s[:]))
}

// reread returns the relation the wording model gives a pair the rules
// judged v, and the words that weighed most for it against v's relation:
// v's relation and no words when the model keeps it. A contradiction the
// rules found stands unless the model gives it a probability below
// wordingDemote; then the pair differs, its clash only possible.
func reread(ps *pairStats, v Verdict) (Relation, []string) {
	p := wordingProbs(ps, v)
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	if v.Relation == Contradict {
		if p[1] >= wordingDemote {
			return v.Relation, nil
		}
		best = 2
	}
	rel := wordingClasses[best]
	if rel == v.Relation || v.Relation != Contradict && p[best] < wordingFlip[best] || rel == Agree && !matchesAny(ps) {
		return v.Relation, nil
	}
	old := slices.Index(wordingClasses[:], v.Relation)
	weights := wordingWeights()
	f := wordingFeatures(ps, v)
	type weighed struct {
		text string
		w    float32
	}
	var ws []weighed
	for _, k := range f {
		w, ok := weights.get(k)
		if !ok {
			continue
		}
		if d := w[best] - w[old]; d > 0 {
			ws = append(ws, weighed{wordingText(ps, k), d})
		}
	}
	slices.SortStableFunc(ws, func(x, y weighed) int {
		switch {
		case x.w > y.w:
			return -1
		case x.w < y.w:
			return 1
		}
		return strings.Compare(x.text, y.text)
	})
	var why []string
	for _, w := range ws {
		if len(why) == 3 {
			break
		}
		if w.text != "" && !slices.Contains(why, w.text) {
			why = append(why, w.text)
		}
	}
	return rel, why
}

// matchesAny reports whether a word of one claim of the pair matches one of
// the other in any way (the same word, a lexicon relation or closeness in
// the word vectors): two claims that share nothing are not read as saying
// the same thing, however their wording leans.
func matchesAny(ps *pairStats) bool {
	return slices.ContainsFunc(ps.ab, func(m wordMatch) bool { return m.kind != mNone }) ||
		slices.ContainsFunc(ps.ba, func(m wordMatch) bool { return m.kind != mNone })
}

// wordingText quotes the words of the feature k as the pair writes them.
func wordingText(ps *pairStats, k string) string {
	body := k[2:]
	switch k[0] {
	case 'x':
		// a pair of words one side each says something to a reader only
		// when the two stand for each other in the alignment ("ballot" /
		// "vote"); "club" / "past" says nothing
		x, y, _ := strings.Cut(body, "|")
		if !aligned(ps, x, y) {
			x, y = y, x
		}
		if !aligned(ps, x, y) {
			return ""
		}
		return fmt.Sprintf("%q / %q", surfaceOf(ps.a, x), surfaceOf(ps.b, y))
	case 'n':
		w, _, _ := strings.Cut(body, ":")
		if w == "one side" {
			return ""
		}
		return fmt.Sprintf("%q", w)
	case 'u':
		// a word says something to a reader when it carries content
		// ("refused"); "the" or "will" says nothing alone
		w, _, _ := strings.Cut(body, ":")
		if s := surfaceOf(ps.a, w); s != "" {
			return fmt.Sprintf("%q", s)
		}
		if s := surfaceOf(ps.b, w); s != "" {
			return fmt.Sprintf("%q", s)
		}
		return ""
	case 'g', 'h':
		// a pair of neighbouring words says something to a reader only
		// with a negation in it ("no action"); "that the" says nothing
		x, y, _ := strings.Cut(body, "_")
		if !isNegator(x) && !isNegator(y) {
			return ""
		}
		if s := bigramSurface(ps.a, body); s != "" {
			return fmt.Sprintf("%q", s)
		}
		if s := bigramSurface(ps.b, body); s != "" {
			return fmt.Sprintf("%q", s)
		}
		return ""
	}
	return "" // the rules' relation, cues and similarity are no words of the pair
}

// bigramSurface returns the two neighbouring words of c whose keys make
// the bigram g (wordingBigrams), as written; "" when none do.
func bigramSurface(c *claimInfo, g string) string {
	var prev *token
	for i := range c.toks {
		t := &c.toks[i]
		if !t.Word {
			prev = nil
			continue
		}
		if prev != nil && bigramKey(prev)+"_"+bigramKey(t) == g {
			return prev.Surface + " " + t.Surface
		}
		prev = t
	}
	return ""
}

// bigramKey is a word's part in a bigram: its key, "#" for a number.
func bigramKey(t *token) string {
	if t.Key == "" || t.IsNum {
		return "#"
	}
	if t.Name {
		return "@"
	}
	return t.Key
}

// aligned reports whether a content word of ps.a with key x and one of
// ps.b with key y are each other's counterpart, one way or the other, in
// the word alignment of the pair, by a relation of the lexicon (synonyms,
// a more general or specific word, sister terms, antonyms); closeness in
// the word vectors alone ("earnings" / "taken") is too loose to show a
// reader.
func aligned(ps *pairStats, x, y string) bool {
	lexical := func(k matchKind) bool { return k != mNone && k != mRelated }
	for n, i := range ps.a.content {
		if m := ps.ab[n]; ps.a.toks[i].Key == x && m.other >= 0 && lexical(m.kind) && ps.b.toks[ps.b.content[m.other]].Key == y {
			return true
		}
	}
	for n, i := range ps.b.content {
		if m := ps.ba[n]; ps.b.toks[i].Key == y && m.other >= 0 && lexical(m.kind) && ps.a.toks[ps.a.content[m.other]].Key == x {
			return true
		}
	}
	return false
}

// surfaceOf returns the first of c's content words whose key is k, as
// written; "" when none is.
func surfaceOf(c *claimInfo, k string) string {
	for _, i := range c.content {
		if c.toks[i].Key == k {
			return c.toks[i].Surface
		}
	}
	return ""
}

// wordingCue words the model's reason for the relation it gave.
func wordingCue(rel Relation, why []string) cue {
	kind := map[Relation]string{Agree: "wording that often marks one account", Contradict: "wording that often marks a clash",
		Differ: "wording that often marks a different point"}[rel]
	if len(why) == 0 {
		return cue{rel: rel, text: kind}
	}
	return cue{rel: rel, text: kind + ": " + strings.Join(why, ", ")}
}

// overrule gives the verdict on a pair judged j whose relation the wording
// model changed to rel for the words why: the rules' cues for rel where
// they have some, after the model's own.
func overrule(ps *pairStats, j weighing, v Verdict, rel Relation, why []string) Verdict {
	cues := []cue{wordingCue(rel, why)}
	switch rel {
	case Agree:
		cues = append(cues, agreeCues(ps, append(slices.Clone(j.granted), j.cues...))...)
	case Differ:
		cues = append(cues, asDifferences(weakened(j.cues, Contradict))...)
		cues = append(cues, detailCues(ps)...)
	case Contradict:
		cues = append(cues, j.cues...)
	}
	return Verdict{Relation: rel, Similarity: v.Similarity, Cues: cueTexts(cues, rel)}
}

// WordingFeatures returns the inputs of the wording model for the claims
// with the ids left and right of r's two sides, paired by hand and judged
// by the rules alone, as tools/fitweights fits the model on them; nil when
// a side names no claim.
func WordingFeatures(r *Result, left, right []int) []string {
	ps, joined, members := handPair(r, left, right)
	if ps == nil {
		return nil
	}
	_, v := judgeRules(ps, joined, members, backgroundIDF, sharedLex, full)
	return wordingFeatures(ps, v)
}
