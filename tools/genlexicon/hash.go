package main

import (
	"cmp"
	"hash/fnv"
	"slices"
)

// hashOrder sorts words by hash bucket, then alphabetically, so that
// package lexicon can index them in one sequential pass, and returns each
// word's bucket. A word's bucket is the top bits of its 32-bit FNV-1a hash,
// as many bits as it takes to number the words.
func hashOrder(words []string) ([]string, []int) {
	bits := 0
	for 1<<bits < len(words) {
		bits++
	}
	bucket := map[string]int{}
	for _, w := range words {
		h := fnv.New32a()
		h.Write([]byte(w))
		bucket[w] = int(h.Sum32() >> (32 - bits))
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(bucket[a], bucket[b]), cmp.Compare(a, b))
	})
	buckets := make([]int, len(words))
	for i, w := range words {
		buckets[i] = bucket[w]
	}
	return words, buckets
}
