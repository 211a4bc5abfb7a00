package vectors

import (
	"strings"
	"testing"

	"github.com/parley-reader/parley/assets"
)

// text is a sample of the words Lookup sees.
var text = strings.Fields(`the two sides held talks in pyongyang on friday and saturday
and agreed that the denuclearization of the korean peninsula was progressing
the secretary said the talks were productive while the statement issued later
called the american attitude regrettable and accused the delegation of making
unilateral demands for complete verifiable and irreversible denuclearization
women running better countries statements xyzzyplugh`)

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(assets.Vectors()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup reports the time per word.
func BenchmarkLookup(b *testing.B) {
	tb := Default()
	for b.Loop() {
		for _, w := range text {
			tb.Lookup(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(text)), "ns/word")
}

func BenchmarkCosine(b *testing.B) {
	tb := Default()
	x, _ := tb.Lookup("talks")
	y, _ := tb.Lookup("negotiations")
	for b.Loop() {
		Cosine(x, y)
	}
}

// BenchmarkMean reports the time for a sentence of 16 words.
func BenchmarkMean(b *testing.B) {
	tb := Default()
	for b.Loop() {
		tb.Mean(text[:16])
	}
}
