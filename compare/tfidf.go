package compare

import (
	"bufio"
	"math"
	"strconv"
	"strings"
	"sync"
)

// idfFunc returns the inverse document frequency of a term key.
type idfFunc func(key string) float64

// background is the IDF table fitted at development time (see idfTable);
// it parses on first use.
var background = sync.OnceValue(func() map[string]float64 {
	m := make(map[string]float64, 16000)
	sc := bufio.NewScanner(strings.NewReader(idfTable))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		if df, err := strconv.Atoi(v); err == nil {
			m[k] = idfOf(idfDocs, df)
		}
	}
	return m
})

// idfOf is the smoothed inverse document frequency of a term found in df of
// n documents.
func idfOf(n, df int) float64 {
	return math.Log(float64(n+1)/float64(df+1)) + 1
}

// backgroundIDF is the IDF learnt from the training sentences; unseen terms
// are as rare as the rarest.
func backgroundIDF(key string) float64 {
	if v, ok := background()[key]; ok {
		return v
	}
	return idfOf(idfDocs, 0)
}

// BuildIDF counts, for each term, how many of the texts contain it. It is
// what tools/fitweights stores as the background table.
func BuildIDF(texts []string) (docs int, df map[string]int) {
	df = map[string]int{}
	for _, t := range texts {
		r := []rune(t)
		seen := map[string]bool{}
		for _, tok := range tokenize(r, Span{0, len(r)}) {
			if tok.content() && !seen[tok.Key] {
				seen[tok.Key] = true
				df[tok.Key]++
			}
		}
	}
	return len(texts), df
}

// documentIDF blends the background IDF with the IDF among the n claims of
// the two documents being compared, whose claim frequencies dl and dr
// give, so that a term both documents repeat in every claim (their shared
// topic) weighs less than a detail.
func documentIDF(n int, dl, dr map[string]int) idfFunc {
	df := make(map[string]int, len(dl)+len(dr))
	for _, d := range []map[string]int{dl, dr} {
		for k, f := range d {
			df[k] += f
		}
	}
	idf := make(map[string]float64, len(df))
	for k, f := range df {
		idf[k] = (backgroundIDF(k) + idfOf(n, f)) / 2
	}
	unseen := idfOf(n, 0)
	return func(key string) float64 {
		if v, ok := idf[key]; ok {
			return v
		}
		return (backgroundIDF(key) + unseen) / 2
	}
}
