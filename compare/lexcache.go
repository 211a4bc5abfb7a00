package compare

import (
	"maps"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// lexCache remembers lexicon answers the engine asks again and again. One
// cache serves the whole process: Classify is called for thousands of pairs.
// It is cut into shards, each under its own lock, by a hash of the words
// asked about, so that the workers of a comparison, filling it at once,
// seldom wait for each other.
type lexCache struct {
	shards [lexShards]lexShard
}

// lexShards is how many shards a lexCache has, a power of two.
const lexShards = 64

// lexShard is the part of a lexCache that holds the words of one hash.
type lexShard struct {
	mu  sync.RWMutex
	syn map[string]synonymSet      // word -> its synonyms
	lk  map[string][2]string       // word -> lemma and key
	rel map[[2]string]wordRel      // lemma pair -> relation other than sister terms
	sis map[[2]string]bool         // lemma pair -> sister terms
	cat map[string]uint32          // lemma -> the categories it is a kind of, a bit each
	ant map[string]map[string]bool // lemma -> its antonyms
	opp map[string]string          // lemma -> the lemma whose antonyms it has (see opposable)
}

// newLexCache returns an empty cache.
func newLexCache() *lexCache {
	lc := &lexCache{}
	for k := range lc.shards {
		lc.shards[k] = lexShard{
			syn: map[string]synonymSet{},
			lk:  map[string][2]string{},
			rel: map[[2]string]wordRel{},
			sis: map[[2]string]bool{},
			cat: map[string]uint32{},
			ant: map[string]map[string]bool{},
			opp: map[string]string{},
		}
	}
	return lc
}

// shard returns the shard that holds the answers about the words ws, by
// their FNV-1a hash.
func (lc *lexCache) shard(ws ...string) *lexShard {
	h := uint32(2166136261)
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * 16777619
		}
		h = (h ^ 0xff) * 16777619
	}
	return &lc.shards[h&(lexShards-1)]
}

// wordRel is how two words relate in the lexicon.
type wordRel uint8

const (
	relNone     wordRel = iota
	relHypernym         // the first is more general than the second
	relHyponym          // the first is more specific than the second
	relAntonym
	relCoHyponym
	relSimilar // adjectives of similar meaning ("damp" / "wet")
)

var sharedLex = newLexCache()

// lemmaKey returns the lemma of a lower-case word and its matching key, the
// Snowball stem of the lemma.
func (lc *lexCache) lemmaKey(w string) (string, string) {
	sh := lc.shard(w)
	v := once(&sh.mu, sh.lk, w, func() [2]string {
		l := lemma(w)
		return [2]string{l, english.Stem(l, true)}
	})
	return v[0], v[1]
}

// synonymKeys returns the matching keys of the synonyms of word l.
func (lc *lexCache) synonymKeys(l string) map[string]bool { return lc.synonymsOf(l).keys }

// synonymWords returns the synonyms of word l as words, not keys.
func (lc *lexCache) synonymWords(l string) map[string]bool { return lc.synonymsOf(l).words }

// synonymSet holds the synonyms of a word as words and as matching keys.
type synonymSet struct{ keys, words map[string]bool }

// synonymsOf returns the synonyms of word l, looked up once.
func (lc *lexCache) synonymsOf(l string) synonymSet {
	sh := lc.shard(l)
	return once(&sh.mu, sh.syn, l, func() synonymSet {
		syns := synonyms(l)
		s := synonymSet{keys: make(map[string]bool, len(syns)), words: make(map[string]bool, len(syns))}
		for _, w := range syns {
			s.words[w] = true
			if w != l && !strings.Contains(w, " ") {
				s.keys[english.Stem(w, true)] = true
			}
		}
		return s
	})
}

// once returns m[k], computing it with f and storing it the first time,
// under mu.
func once[K comparable, V any](mu *sync.RWMutex, m map[K]V, k K, f func() V) V {
	mu.RLock()
	v, ok := m[k]
	mu.RUnlock()
	if ok {
		return v
	}
	v = f()
	mu.Lock()
	m[k] = v
	mu.Unlock()
	return v
}

// lookUpRelation returns how lemma a relates to lemma b, a < b, beyond
// synonymy and sister terms, from the lexicon.
func lookUpRelation(a, b string) wordRel {
	switch {
	case antonyms(a, b):
		return relAntonym
	case isHypernym(a, b):
		return relHypernym
	case isHypernym(b, a):
		return relHyponym
	case similar(a, b):
		return relSimilar
	}
	return relNone
}

// antonymsOf returns the lemmas b for which antonyms(l, b) holds, looked
// up once; a verb of doing again among them only as the verb it repeats
// (see opposable).
func (lc *lexCache) antonymsOf(l string) map[string]bool {
	sh := lc.shard(l)
	return once(&sh.mu, sh.ant, l, func() map[string]bool {
		as := map[string]bool{}
		for _, b := range antonymWords(l) {
			as[b] = true
		}
		maps.Copy(as, stanceOpposites(l))
		return as
	})
}

// opposable is the package's opposable, looked up once: matchWords asks it
// of the same words for every pair of claims.
func (lc *lexCache) opposable(l string) string {
	sh := lc.shard(l)
	return once(&sh.mu, sh.opp, l, func() string { return opposable(l) })
}

// categoriesOf returns the categories lemma l is a kind of, bit k for
// categories[k], as relation tells them, looked up once.
func (lc *lexCache) categoriesOf(l string) uint32 {
	sh := lc.shard(l)
	return once(&sh.mu, sh.cat, l, func() uint32 {
		var bits uint32
		kinds := kindsOf(l, categories)
		for k, g := range categories {
			// relation's answer, the costly tests only where it can be yes
			if kinds&(1<<k) == 0 || g == l || antonyms(min(g, l), max(g, l)) || g > l && isHypernym(l, g) {
				continue
			}
			bits |= 1 << k
		}
		return bits
	})
}

// relation returns how lemma a relates to lemma b beyond synonymy; sister
// terms, the dearest question to the lexicon, only when sisters is set.
func (lc *lexCache) relation(a, b string, sisters bool) wordRel {
	if a == b {
		return relNone
	}
	if a > b {
		// one cache entry per unordered pair
		switch r := lc.relation(b, a, sisters); r {
		case relHypernym:
			return relHyponym
		case relHyponym:
			return relHypernym
		default:
			return r
		}
	}
	k := [2]string{a, b}
	sh := lc.shard(a, b)
	r := once(&sh.mu, sh.rel, k, func() wordRel { return lookUpRelation(a, b) })
	if r != relNone || !sisters {
		return r
	}
	if once(&sh.mu, sh.sis, k, func() bool { return coHyponyms(a, b) }) {
		return relCoHyponym
	}
	return relNone
}
