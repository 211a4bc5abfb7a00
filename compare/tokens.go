package compare

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-reader/parley/compare/lexicon"
)

// token is one word, number or punctuation mark of a claim, with its
// code-point offsets in the document and what the engine derives from it.
type token struct {
	Start, End int    // code points in the document, End exclusive
	Surface    string // as written
	Lower      string // lower case, typographic apostrophes folded
	Lemma      string // dictionary form ("rose" -> "rise")
	Key        string // stem of the lemma: the term used for matching and TF-IDF
	Word       bool   // letters or digits, not punctuation
	Stop       bool   // function word
	Neg        bool   // negation marker: not, n't, no, never, without ...
	Name       bool   // capitalised inside the sentence, or an acronym
	IsNum      bool   // a number, in digits or words
	Num        float64
}

// content reports whether t carries meaning of its own (not a function word,
// not punctuation, not a negation).
func (t *token) content() bool { return t.Word && !t.Stop && !t.Neg }

// tokenize splits r[s.Start:s.End] into tokens.
func tokenize(r []rune, s Span) []token {
	// about one token in five code points, words and punctuation together:
	// grown by append, the slice was a third of a claim's allocations
	out := make([]token, 0, (s.End-s.Start)/5+4)
	i := s.Start
	for i < s.End {
		c := r[i]
		switch {
		case unicode.IsSpace(c):
			i++
			continue
		case unicode.IsDigit(c):
			j := i + 1
			for j < s.End && (unicode.IsDigit(r[j]) || (r[j] == '.' || r[j] == ',' || r[j] == ':') && j+1 < s.End && unicode.IsDigit(r[j+1])) {
				j++
			}
			// ordinal or scale suffix: 65th, 1990s, 5bn
			k := j
			for k < s.End && unicode.IsLetter(r[k]) && k-j < 3 {
				k++
			}
			if k < s.End && isWordRune(r[k]) {
				k = j
			}
			out = append(out, token{Start: i, End: k, Surface: string(r[i:k]), Word: true})
			i = k
			continue
		case isWordRune(c):
			j := i + 1
			for j < s.End {
				if isWordRune(r[j]) {
					j++
					continue
				}
				// internal apostrophe (don't, DPRK's) or acronym dot (U.S.)
				if (r[j] == '\'' || r[j] == '’') && j+1 < s.End && unicode.IsLetter(r[j+1]) {
					j++
					continue
				}
				if r[j] == '.' && j+1 < s.End && unicode.IsLetter(r[j+1]) && j-i == 1 {
					// "U.S", "e.g": single letters joined by dots
					j += 2
					for j+1 < s.End && r[j] == '.' && unicode.IsLetter(r[j+1]) && (j+2 >= s.End || !isWordRune(r[j+2])) {
						j += 2
					}
					if j < s.End && r[j] == '.' {
						j++
					}
					break
				}
				break
			}
			out = append(out, token{Start: i, End: j, Surface: string(r[i:j]), Word: true})
			i = j
			continue
		default:
			out = append(out, token{Start: i, End: i + 1, Surface: string(c)})
			i++
		}
	}
	for k := range out {
		analyse(&out[k], k == 0 || k > 0 && !out[k-1].Word && isSentenceStartPunct(out[k-1].Surface))
	}
	markNumberWords(out)
	markMuch(out)
	markCloseTo(out)
	markYetTo(out)
	markImplicitNegations(out)
	markNamingNo(out)
	return out
}

// markNamingNo unmarks the "no" that names rather than denies: joined by a
// hyphen to the word after it ("a no-confidence motion", "a no-fly zone"),
// or "No" for number before a figure in digits, after a word or with its
// full stop ("the No 2 shaft", "No. 10"; not "No 2 of them agreed").
func markNamingNo(ts []token) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].Lower != "no" {
			continue
		}
		if k+2 < len(ts) && ts[k+1].Surface == "-" && ts[k+2].Word && ts[k].End == ts[k+1].Start && ts[k+1].End == ts[k+2].Start {
			ts[k].Neg = false
		}
		n, dot := k+1, ts[k+1].Surface == "." && ts[k].End == ts[k+1].Start && k+2 < len(ts)
		if dot {
			n++
		}
		if ts[k].Surface == "No" && (dot || k > 0 && ts[k-1].Word) && ts[n].IsNum && unicode.IsDigit([]rune(ts[n].Surface)[0]) {
			ts[k].Neg = false
		}
	}
}

// markImplicitNegations marks the verbs that deny the action after them
// ("refused to release", "failed to stop"), "ruled" of "ruled out"
// ("has ruled out an appeal"), "zero" before a plural noun,
// which says "no" ("zero cases"), and the last word of "rather
// than" and "instead of", which deny the alternative after them ("brought
// together at its other factory rather than sent overseas").
func markImplicitNegations(ts []token) {
	for k := 0; k+1 < len(ts); k++ {
		if implicitNegators[ts[k].Lemma] && ts[k+1].Lower == "to" || ts[k].Lower == "anything" && ts[k+1].Lower == "but" {
			ts[k].Neg = true // "refused to", "anything but sudden"
		}
		if ts[k].Lemma == "rule" && ts[k+1].Lower == "out" && !negatedAt(ts, k) {
			ts[k].Neg = true // "has ruled out an appeal" will not appeal; not "did not rule out"
		}
		if ts[k].Lower == "zero" && ts[k+1].Word && plural(&ts[k+1]) && ts[k+1].Lower != "hours" && (k == 0 || ts[k-1].Lower != "net") {
			ts[k].Neg = true // "zero cases were recorded" is "no cases"; not "zero-hours contracts"
		}
		if (ts[k].Lower == "rather" && ts[k+1].Lower == "than" || ts[k].Lower == "instead" && ts[k+1].Lower == "of") && k+2 < len(ts) && verbForm(&ts[k+2]) {
			ts[k+1].Neg = true // "rather than sent overseas", not "rather than the county"
		}
	}
}

// verbForm reports whether t is a participle: a word ending in -ed or -ing
// whose lemma is another word ("sent" is too, by the lexicon's inflections).
func verbForm(t *token) bool {
	return edOrIng(t) || t.Lower != t.Lemma && lexicon.VerbInflection(t.Lower)
}

// edOrIng reports whether t ends in -ed or -ing and its lemma is another
// word ("refunded", "holding").
func edOrIng(t *token) bool {
	return t.Lower != t.Lemma && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing"))
}

// implicitNegators deny the verb that follows them with "to".
var implicitNegators = set("refuse", "fail", "decline", "neglect", "omit", "unable")

// isSentenceStartPunct reports whether a token before a word leaves that word
// sentence-initial (an opening quote or bracket, a list dash).
func isSentenceStartPunct(s string) bool {
	r := []rune(s)
	return len(r) == 1 && (isOpener(r[0]) || r[0] == '-' || r[0] == '•')
}

// analyse fills the derived fields of t.
func analyse(t *token, initial bool) {
	lower := foldApostrophes(strings.ToLower(t.Surface))
	t.Lower = lower
	switch t.Surface {
	case "%":
		t.Word, t.Lower, t.Lemma, t.Key = true, "percent", "percent", "percent"
		return
	case "$", "€", "£", "¥":
		t.Word = true
		t.Lower = map[string]string{"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}[t.Surface]
		t.Lemma, t.Key = t.Lower, t.Lower
		return
	}
	if !t.Word {
		return
	}
	rs := []rune(t.Surface)
	if unicode.IsDigit(rs[0]) {
		if v, ok := parseNumber(lower); ok {
			t.IsNum, t.Num = true, v
		}
		t.Lemma, t.Key = lower, numberKey(lower, t.IsNum, t.Num)
		return
	}
	base := lower
	switch {
	case base == "cannot" || base == "can't":
		base, t.Neg = "can", true
	case base == "won't":
		base, t.Neg = "will", true
	case base == "shan't":
		base, t.Neg = "shall", true
	case strings.HasSuffix(base, "n't"):
		base, t.Neg = strings.TrimSuffix(base, "n't"), true
	}
	for _, suf := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(base, suf) && len(base) > len(suf) {
			base = strings.TrimSuffix(base, suf)
			break
		}
	}
	base = strings.TrimSuffix(base, "'")
	if negators[base] {
		t.Neg = true
	}
	t.Stop = stopwords[base] && !isAllCaps(rs) && !strings.Contains(base, ".")
	t.Name = !initial && unicode.IsUpper(rs[0]) || isAllCaps(rs)
	if strings.Contains(base, ".") {
		base = strings.ReplaceAll(base, ".", "")
	}
	if base == "people" {
		base = "person" // the plural of "person"; WordNet's "people" is a nation
	}
	t.Lemma, t.Key = sharedLex.lemmaKey(base)
	if v, ok := numberWords[base]; ok {
		t.IsNum, t.Num = true, v
		t.Key = numberKey("", true, v)
	}
}

// isAllCaps reports whether rs has two or more letters, all upper case (DPRK, ICBM).
func isAllCaps(rs []rune) bool {
	n := 0
	for _, c := range rs {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n >= 2
}

// foldApostrophes turns typographic apostrophes and quotes into ASCII ones.
func foldApostrophes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return quoteFolder.Replace(s)
		}
	}
	return s // ASCII has none
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "“", "\"", "”", "\"")

// parseNumber reads "200,000", "5.2", "15:10" (as 15.1667), "65th", "1990s".
func parseNumber(s string) (float64, bool) {
	s = strings.TrimRightFunc(s, unicode.IsLetter)
	if h, m, ok := strings.Cut(s, ":"); ok {
		hv, err1 := strconv.Atoi(h)
		mv, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil {
			return 0, false
		}
		return float64(hv) + float64(mv)/60, true
	}
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// numberKey is the matching term of a number: its value, so "three" and "3" meet.
func numberKey(lower string, isNum bool, v float64) string {
	if !isNum {
		return lower
	}
	return "#" + strconv.FormatFloat(v, 'g', -1, 64)
}

// markMuch makes function words of "a great deal" and "a good deal":
// they say "much", not anything great or good, or a deal.
func markMuch(ts []token) {
	for k := 1; k+1 < len(ts); k++ {
		if (ts[k].Lower == "great" || ts[k].Lower == "good") && ts[k+1].Lower == "deal" && (ts[k-1].Lower == "a" || ts[k-1].Lower == "an") {
			ts[k].Stop, ts[k+1].Stop = true, true
		}
	}
}

// fractionOf returns the fraction and the index of a fraction word that
// takes a part of the scale word after token n: "half a", "a quarter of a",
// "quarter-of-a"; else 0, -1.
func fractionOf(ts []token, n int) (float64, int) {
	if n >= 1 && ts[n].Surface == "-" {
		n--
	}
	if n < 1 || ts[n].Lower != "a" && ts[n].Lower != "an" {
		return 0, -1
	}
	k := n - 1
	for k > 0 && (ts[k].Surface == "-" || ts[k].Lower == "of") {
		k--
	}
	w := ts[k].Lower
	if p, ok := fractionPercent[w]; ok && !strings.HasSuffix(w, "s") && (k < n-1 || w == "half") {
		return p / 100, k
	}
	return 0, -1
}

// markCloseTo makes "close" of "close to" before a figure a function word:
// "close to a hundred million pounds" says about how much, and closes
// nothing.
func markCloseTo(ts []token) {
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].Lower != "close" || ts[k+1].Lower != "to" {
			continue
		}
		n := k + 2
		if ts[n].Lower == "a" || ts[n].Lower == "an" {
			n++
		}
		if n < len(ts) && (ts[n].IsNum || fractionPercent[ts[n].Lower] > 0) {
			ts[k].Stop = true
		}
	}
}

// markYetTo makes "yet" of "has yet to", "are yet to" a negation: "the
// company has yet to offer any apology" has offered none.
func markYetTo(ts []token) {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k].Lower == "yet" && ts[k+1].Lower == "to" && yetToLeads[ts[k-1].Lower] {
			ts[k].Neg = true
		}
	}
}

// yetToLeads are the verbs before "yet to".
var yetToLeads = set("has", "have", "had", "is", "are", "was", "were")

// markNumberWords joins a compound number word ("twenty-two": its first
// word becomes 22, its last a function word), applies scale words ("5
// million", "two thousand", "twenty-two million", "two hundred thousand")
// to the number before them, and a rough multiple to the plural scale word
// it counts ("tens of thousands").
func markNumberWords(ts []token) {
	for k := 0; k+1 < len(ts); k++ {
		if (ts[k].Lower == "double" || ts[k].Lower == "triple") && ts[k+1].Surface == "-" {
			_, key := sharedLex.lemmaKey(ts[k].Lower)
			ts[k].IsNum, ts[k].Num, ts[k].Key = false, 0, key // "double-deck buses" counts nothing
		}
	}
	for k := 1; k < len(ts); k++ {
		v, ok := vagueCounts[ts[k].Lower]
		if ok && ts[k-1].Lower == "a" && (k < 2 || ts[k-2].Lower != "quite") && (ts[k].Lower == "few" || tokAt(ts, k+1).Lower == "of") {
			// "a few minutes", "a couple of days", "a handful of
			// respondents", "a pair of swimmers"; not "quite a few", "a
			// couple", "a handful"
			ts[k].IsNum, ts[k].Num, ts[k].Key = true, v, numberKey("", true, v)
		}
	}
	for k := 0; k+2 < len(ts); k++ {
		if compoundNumber(ts, k) {
			ts[k].Num += ts[k+2].Num
			ts[k].Key = numberKey("", true, ts[k].Num)
			ts[k+2].IsNum, ts[k+2].Num, ts[k+2].Stop = false, 0, true
		}
	}
	var owner []int // owner[k] is the number the scale word ts[k] multiplied, from 1
	foldSpokenDecimals(ts)
	for k := 1; k < len(ts); k++ {
		m, ok := scales[ts[k].Lower]
		if !ok {
			continue
		}
		n := decimalStart(ts, k-1) // "one point eight million" multiplies 1.8
		if owner != nil && owner[n] > 0 && scales[ts[n].Lower] < m {
			n = owner[n] - 1 // "two hundred thousand": thousand multiplies two hundred
		}
		if n >= 1 && ts[n].Surface == "-" && ts[n-1].IsNum {
			n-- // "forty-million-dollar", "40-million"
		}
		if n >= 2 && numberEnd(ts, n-2) == n {
			n -= 2 // "twenty-two million"
		}
		if f, at := fractionOf(ts, n); at >= 0 {
			// "half a million", "a quarter of a million"
			n, ts[at].IsNum, ts[at].Num = at, true, f
		}
		if !ts[n].IsNum {
			continue
		}
		ts[n].Num *= m
		ts[n].Key = numberKey("", true, ts[n].Num)
		ts[k].Stop = true
		if owner == nil {
			owner = make([]int, len(ts))
		}
		owner[k] = n + 1
	}
	for k := 2; k < len(ts); k++ {
		// "tens of thousands", "hundreds of millions": the plural scale
		// counts, in a range as many times wider
		f, ok := roughTimes[ts[k-2].Lower]
		if ok && ts[k-1].Lower == "of" && roughScales[ts[k].Lower] > 0 && roughScales[ts[k].Lower] > f && ts[k].IsNum {
			ts[k].Num *= f
			ts[k].Key = numberKey("", true, ts[k].Num)
			ts[k-2].IsNum, ts[k-2].Num, ts[k-2].Stop = false, 0, true
		}
	}
	for k := range ts {
		if ts[k].IsNum && (smallNumberWord(&ts[k]) || bareScale(ts, k)) {
			foldNumberWords(ts, k)
		}
	}
}

// bareScale reports whether ts[k] is a scale word counted once: "a
// hundred", "a thousand", "another hundred and eighty thousand".
func bareScale(ts []token, k int) bool {
	return k > 0 && (ts[k-1].Lower == "a" || ts[k-1].Lower == "another") && ts[k].IsNum && !ts[k].Stop && scales[ts[k].Lower] > 0
}

// foldNumberWords adds to the number word ts[k], scaled by a hundred or
// more, the smaller number words after its scale ("three hundred and
// forty", "two thousand five hundred", "a hundred and fifty"), which become
// function words.
func foldNumberWords(ts []token, k int) {
	p, scale := afterScales(ts, numberEnd(ts, k))
	if scale == 0 && bareScale(ts, k) {
		scale = ts[k].Num // "a hundred and fifty"
	}
	for scale >= 100 {
		q := p
		if tokAt(ts, q).Lower == "and" {
			q++
		}
		if q >= len(ts) || !ts[q].IsNum || !smallNumberWord(&ts[q]) {
			return
		}
		end := numberEnd(ts, q)
		base := numberWords[ts[q].Lower] + numberWords[ts[end].Lower]*float64(min(1, end-q))
		if base >= scale {
			return
		}
		if f := ts[q].Num / base; f > scale {
			// a larger scale after it takes the whole: "five hundred and
			// fifty million" is 550 million
			ts[k].Num = (ts[k].Num + base) * f
		} else {
			ts[k].Num += ts[q].Num
		}
		ts[k].Key = numberKey("", true, ts[k].Num)
		ts[q].IsNum, ts[q].Num, ts[q].Stop, ts[q].Key = false, 0, true, ts[q].Lower
		p, scale = afterScales(ts, end)
	}
}

// numberEnd returns the last token of the number word ts[k]: the unit word
// the tokenizer joined to it ("twenty-two") or the last digit read out
// after its point ("one point eight"), else k. ts[k] may itself be folded
// into a number before it ("three hundred and forty-two").
func numberEnd(ts []token, k int) int {
	if k+2 < len(ts) && ts[k+1].Surface == "-" && foldedNumberWord(&ts[k+2]) && tensAndUnit(&ts[k], &ts[k+2]) {
		return k + 2
	}
	if k+2 < len(ts) && ts[k+1].Lower == "point" && ts[k+1].Stop && foldedDigit(&ts[k+2]) {
		j := k + 2
		for j+1 < len(ts) && foldedDigit(&ts[j+1]) {
			j++
		}
		return j
	}
	return k
}

// foldedDigit reports whether t is a digit word foldSpokenDecimals added
// to the number before it.
func foldedDigit(t *token) bool { return t.Stop && !t.IsNum && digitWord(t) }

// decimalStart returns the whole number whose digits read out after its
// point end at ts[n] ("one point eight"), or n.
func decimalStart(ts []token, n int) int {
	j := n
	for j > 0 && foldedDigit(&ts[j]) {
		j--
	}
	if j < n && j > 0 && ts[j].Lower == "point" && numberEnd(ts, j-1) == n {
		return j - 1
	}
	return n
}

// afterScales returns the index after the scale words applied to the
// number ending at ts[end] ("hundred", "thousand"), and the last of their
// factors, 0 if none.
func afterScales(ts []token, end int) (int, float64) {
	p, scale := end+1, 0.0
	for p < len(ts) && ts[p].Stop && scales[ts[p].Lower] > 0 {
		scale = scales[ts[p].Lower]
		p++
	}
	return p, scale
}

// smallNumberWord reports whether t is a number word from one to ninety
// ("forty", "five"), not written in digits.
func smallNumberWord(t *token) bool {
	v := numberWords[t.Lower]
	return v >= 1 && v <= 90 && v == math.Trunc(v) && t.Lower != "twice" && t.Lower != "double" && t.Lower != "triple" && t.Lower != "dozen"
}

// foldedNumberWord reports whether t is a number word that
// foldNumberWords or the tokenizer joined to the number before it.
func foldedNumberWord(t *token) bool {
	return t.Stop && !t.IsNum && smallNumberWord(t)
}

// foldSpokenDecimals adds to a whole number the digit words read out after
// its "point" ("one point eight", "two point five six"), which become
// function words (numberEnd and decimalStart find them again). "At one
// point eight people left" is no decimal.
func foldSpokenDecimals(ts []token) {
	for k := 0; k+2 < len(ts); k++ {
		if !ts[k].IsNum || ts[k].Num != math.Trunc(ts[k].Num) || ts[k+1].Lower != "point" || !ts[k+2].IsNum || !digitWord(&ts[k+2]) ||
			k > 0 && ts[k-1].Lower == "at" {
			continue
		}
		frac, scale := 0.0, 1.0
		j := k + 1
		for ; j+1 < len(ts) && ts[j+1].IsNum && digitWord(&ts[j+1]); j++ {
			scale /= 10
			frac += numberWords[ts[j+1].Lower] * scale
		}
		ts[k].Num += frac
		ts[k].Key = numberKey("", true, ts[k].Num)
		for f := k + 1; f <= j; f++ {
			ts[f].IsNum, ts[f].Num, ts[f].Stop = false, 0, true
		}
		k = j
	}
}

// digitWord reports whether t is a digit written in words: "zero" to
// "nine".
func digitWord(t *token) bool {
	v, ok := numberWords[t.Lower]
	return ok && v >= 0 && v <= 9 && v == math.Trunc(v)
}

// compoundNumber reports whether ts[k:k+3] is a tens word, a hyphen and a
// unit word: "twenty-two".
func compoundNumber(ts []token, k int) bool {
	return ts[k].IsNum && ts[k+2].IsNum && ts[k+1].Surface == "-" && tensAndUnit(&ts[k], &ts[k+2])
}

// tensAndUnit reports whether t is a tens word ("twenty") and u a unit word
// ("two").
func tensAndUnit(t, u *token) bool {
	tens, v := numberWords[t.Lower], numberWords[u.Lower]
	return tens >= 20 && tens <= 90 && int(tens)%10 == 0 && v >= 1 && v <= 9
}

var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3, "dozen": 12}

var numberWords = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
	"million": 1e6, "billion": 1e9, "half": 0.5, "twice": 2, "double": 2, "triple": 3,
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9,
	"several": 5}

// roughScales are the plural scale words a rough multiple ("tens of",
// "hundreds of") may count, by their factor.
var roughScales = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}

// roughTimes are the rough multiples of a plural scale word, by the factor
// they widen its range by: "tens of thousands" is 20,000 to 99,999.
var roughTimes = map[string]float64{"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3}

// vagueCounts are the numbers of "a few", "a couple of", "a handful of"
// and "a pair of", read only after "a" (roughRanges gives their bounds).
var vagueCounts = map[string]float64{"few": 3, "couple": 2, "handful": 5, "pair": 2}

// roughBase returns the number a rough word stands for as a token, before
// any scale word multiplies it: "several" is 5 in "several hundred".
func roughBase(w string) float64 {
	if v, ok := vagueCounts[w]; ok {
		return v
	}
	return numberWords[w]
}

// negators mark a negation.
var negators = set("not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without",
	"nowhere", "noone", "cannot")

// isNegator reports whether the word w is a negation marker.
func isNegator(w string) bool {
	w = foldApostrophes(strings.ToLower(w))
	return negators[w] || strings.HasSuffix(w, "n't")
}

// stopwords are function words that carry no claim of their own. Negations,
// quantifiers and modal verbs are kept out: the relation cues read them.
var stopwords = set("a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "of", "at", "by",
	"for", "with", "about", "against", "between", "into", "through", "during", "before", "after",
	"above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again",
	"further", "once", "here", "there", "when", "where", "why", "how", "both", "each", "other",
	"such", "own", "same", "than", "too", "very", "s", "t", "just", "now", "i", "me", "my",
	"myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "he", "him",
	"his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them",
	"their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these",
	"those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
	"having", "do", "does", "did", "doing", "would", "should", "could", "shall", "will", "can",
	"also", "while", "because", "until", "towards", "toward", "upon", "per", "via", "whether",
	"onto", "within", "among", "along", "across", "behind", "beyond", "around", "since", "yet",
	"however", "therefore", "thus", "which", "whose", "any", "an", "ll", "ve", "re", "d", "m",
	"get", "got", "'s", "let", "us", "one's", "said", "says", "say", "all", "some", "every", "many",
	"much", "more", "most", "few", "several", "another", "only", "even", "still", "ever",
	"already", "whole", "either", "done", "make", "made", "makes", "making", "pm", "o'clock")
