package compare

import (
	_ "embed"

	"github.com/parley-reader/parley/compare/stat"
)

// The word-pair model is the pairing's last stage. A logistic regression,
// fitted by tools/fitweights -wordpairs on the candidates of the
// development cases, reads each pair of content words of which one claim
// uses the first and the other claim the second but not the first ("hour" /
// "minute", "fine" / "penalty", "hurt" / "injured", "close" / "shut"), and
// each content word both use, and learns which of them two parties' words
// for one point are. Its log-odds, without its intercept, are added to the
// pairing model's. The inputs are hashed into wordPairBits bits; the
// weights are stored as signed bytes in 1/wordPairScale units.
//
//go:embed wordpairs.bin
var wordPairTable string

const (
	wordPairBits  = 22
	wordPairScale = 32
	wordPairMask  = 1<<wordPairBits - 1
)

// mix64 scrambles the bits of z (the finaliser of SplitMix64).
func mix64(z uint64) uint64 {
	z ^= z >> 30
	z *= 0xbf58476d1ce4e5b9
	z ^= z >> 27
	z *= 0x94d049bb133111eb
	return z ^ z>>31
}

// eachWordPair calls visit with the slot of each of the word-pair model's
// inputs for claims a and b: each word both use, and each pair of a word
// only a uses with one only b uses, in either order.
func eachWordPair(a, b *claimInfo, visit func(slot uint32)) {
	eachSharedOrApart(wordsOf(a).keyHashes, wordsOf(b).keyHashes, func(x uint64) {
		visit(uint32(mix64(x^0x9e3779b97f4a7c15) & wordPairMask))
	}, func(x, y uint64) {
		visit(uint32(mix64(min(x, y)^mix64(max(x, y))) & wordPairMask))
	})
}

// wordPairLogOdds returns what the word-pair model adds to the log-odds
// that claims a and b are counterparts.
func wordPairLogOdds(a, b *claimInfo) float64 {
	z := 0
	eachWordPair(a, b, func(s uint32) { z += int(int8(wordPairTable[s])) })
	return float64(z) / wordPairScale
}

// withWordPairs returns the pairing probability p of claims a and b with
// the word-pair model's log-odds added.
func withWordPairs(p float64, a, b *claimInfo) float64 {
	return stat.Sigmoid(logit(p) + wordPairLogOdds(a, b))
}
