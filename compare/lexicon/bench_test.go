package lexicon

import (
	"strings"
	"testing"
)

// text is a sample of the words Lemma sees.
var text = strings.Fields(`the two sides held talks in pyongyang on friday and saturday
and agreed that the denuclearization of the korean peninsula was progressing
the secretary said the talks were productive while the statement issued later
called the american attitude regrettable and accused the delegation of making
unilateral demands for complete verifiable and irreversible denuclearization
women running better countries statements`)

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		w, err := readWords()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := decodeGraph(len(w.ends)); err != nil {
			b.Fatal(err)
		}
		if _, err := readHedges(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadWords(b *testing.B) {
	for b.Loop() {
		if _, err := readWords(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLemma reports the time per word.
func BenchmarkLemma(b *testing.B) {
	Lemma("")
	for b.Loop() {
		for _, w := range text {
			Lemma(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(text)), "ns/word")
}

func BenchmarkSynonyms(b *testing.B) {
	Synonyms("")
	for b.Loop() {
		Synonyms("wage")
		Synonyms("run")
	}
}

func BenchmarkAntonyms(b *testing.B) {
	Antonyms("", "")
	for b.Loop() {
		Antonyms("rise", "fall")
		Antonyms("dog", "cat")
	}
}

func BenchmarkIsHypernym(b *testing.B) {
	IsHypernym("", "")
	for b.Loop() {
		IsHypernym("animal", "dog")
		IsHypernym("vehicle", "dog")
	}
}

func BenchmarkCoHyponyms(b *testing.B) {
	CoHyponyms("", "")
	for b.Loop() {
		CoHyponyms("dog", "cat")
		CoHyponyms("talk", "meeting")
	}
}
