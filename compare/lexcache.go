package compare

import (
	"maps"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// lexCache remembers lexicon answers the engine asks again and again. One
// cache serves the whole process: Classify is called for thousands of pairs.
type lexCache struct {
	mu  sync.RWMutex
	syn map[string]synonymSet      // word -> its synonyms
	lk  map[string][2]string       // word -> lemma and key
	rel map[[2]string]wordRel      // lemma pair -> relation other than sister terms
	sis map[[2]string]bool         // lemma pair -> sister terms
	cat map[string]uint32          // lemma -> the categories it is a kind of, a bit each
	ant map[string]map[string]bool // lemma -> its antonyms
	opp map[string]string          // lemma -> the lemma whose antonyms it has (see opposable)
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

var sharedLex = &lexCache{
	syn: map[string]synonymSet{},
	rel: map[[2]string]wordRel{},
	sis: map[[2]string]bool{},
	lk:  map[string][2]string{},
	cat: map[string]uint32{},
	ant: map[string]map[string]bool{},
	opp: map[string]string{},
}

// lemmaKey returns the lemma of a lower-case word and its matching key, the
// Snowball stem of the lemma.
func (lc *lexCache) lemmaKey(w string) (string, string) {
	lc.mu.RLock()
	v, ok := lc.lk[w]
	lc.mu.RUnlock()
	if ok {
		return v[0], v[1]
	}
	l := lemma(w)
	v = [2]string{l, english.Stem(l, true)}
	lc.mu.Lock()
	lc.lk[w] = v
	lc.mu.Unlock()
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
	return once(&lc.mu, lc.syn, l, func() synonymSet {
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
	return once(&lc.mu, lc.ant, l, func() map[string]bool {
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
	return once(&lc.mu, lc.opp, l, func() string { return opposable(l) })
}

// categoriesOf returns the categories lemma l is a kind of, bit k for
// categories[k], as relation tells them, looked up once.
func (lc *lexCache) categoriesOf(l string) uint32 {
	return once(&lc.mu, lc.cat, l, func() uint32 {
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
	lc.mu.RLock()
	r, ok := lc.rel[k]
	sis, sok := lc.sis[k]
	lc.mu.RUnlock()
	if !ok {
		r = lookUpRelation(a, b)
		lc.mu.Lock()
		lc.rel[k] = r
		lc.mu.Unlock()
	}
	if r != relNone || !sisters {
		return r
	}
	if !sok {
		sis = coHyponyms(a, b)
		lc.mu.Lock()
		lc.sis[k] = sis
		lc.mu.Unlock()
	}
	if sis {
		return relCoHyponym
	}
	return relNone
}
