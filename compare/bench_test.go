package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkCompareSeed compares the built-in sample statements.
func BenchmarkCompareSeed(b *testing.B) {
	l, r := sampleDocs(b)
	if _, err := Compare(l, r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(l, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompare compares synthetic documents of n sentences each: STS
// Benchmark training sentences in a fixed shuffled order, the first
// sentences of the pairs on the left and the second ones on the right, so
// that many claims have a counterpart somewhere on the other side.
func BenchmarkCompare(b *testing.B) {
	rows := readRows(b, "stsb/sts-train.csv")
	var as, bs []string
	for _, row := range rows {
		if len(row) >= 7 {
			as, bs = append(as, sentence(row[5])), append(bs, sentence(row[6]))
		}
	}
	for _, n := range []int{500, 5000, 20000} {
		left, right := syntheticDoc(as, n, 1), syntheticDoc(bs, n, 2)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compare(Document{Text: left}, Document{Text: right}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkClassify classifies one sentence pair.
func BenchmarkClassify(b *testing.B) {
	Classify("warm up", "the tables")
	b.ReportAllocs()
	for b.Loop() {
		Classify("Two doctors perform surgery on a patient.", "Two surgeons are having lunch.")
	}
}

// sentence trims s and gives it a full stop if it has none.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

// syntheticDoc joins n sentences drawn in a shuffled order fixed by seed,
// going round the list again when n is larger.
func syntheticDoc(sentences []string, n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 42))
	var sb strings.Builder
	for written := 0; written < n; {
		for _, i := range rng.Perm(len(sentences)) {
			if written == n {
				break
			}
			sb.WriteString(sentences[i])
			sb.WriteString(" ")
			written++
		}
	}
	return sb.String()
}
