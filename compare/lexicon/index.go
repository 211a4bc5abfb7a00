package lexicon

import "errors"

// The words come sorted by hash bucket, a bucket being the top bits of the
// word's 32-bit FNV-1a hash, as many bits as it takes to number the words,
// with the step from each word's bucket to the next. The index is where
// each bucket starts, found from the steps in one pass: much faster than
// hashing every word into a Go map or a hash table.

// word returns word number i.
func (w *wordTable) word(i int32) string {
	start := int32(0)
	if i > 0 {
		start = w.ends[i-1]
	}
	return w.text[start:w.ends[i]]
}

// buildIndex builds the index from the bucket steps.
func (w *wordTable) buildIndex(steps string) error {
	n, bits := len(w.ends), 0
	for 1<<bits < n {
		bits++
	}
	w.shift = uint32(32 - bits)
	w.start = make([]int32, 1<<(32-w.shift)+1)
	b, h := 0, 0 // the next bucket to start, the bucket of word i
	for i := range len(steps) {
		h += int(steps[i])
		if h >= len(w.start)-1 {
			return errors.New("hash bucket out of range")
		}
		for ; b <= h; b++ {
			w.start[b] = int32(i)
		}
	}
	for ; b < len(w.start); b++ {
		w.start[b] = int32(n)
	}
	return nil
}

// scoreOf returns the SemCor tag count of word i.
func (w *wordTable) scoreOf(i int32) uint16 {
	return uint16(w.score[2*i]) | uint16(w.score[2*i+1])<<8
}

// id returns the number of a word.
func (w *wordTable) id(word string) (int32, bool) { return find(w, word) }

// find returns the number of a word, taking the word as a string or as bytes
// so that Lemma can look up candidates without allocating.
func find[K string | []byte](w *wordTable, key K) (int32, bool) {
	h := hash(key) >> w.shift
	for i := w.start[h]; i < w.start[h+1]; i++ {
		if w.word(i) == string(key) {
			return i, true
		}
	}
	return 0, false
}

// hash is 32-bit FNV-1a.
func hash[K string | []byte](key K) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return h
}
