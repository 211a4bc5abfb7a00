package compare

import (
	"strings"
	"unicode"

	"github.com/parley-reader/parley/compare/lexicon"
)

// Split divides text into claims: sentences, and clauses where one sentence
// makes two claims ("Some places a great deal of progress, other places
// there's still more work to be done"). Offsets count code points of text as
// []rune sees it (invalid UTF-8 bytes become U+FFFD, one each), so
// Text == string([]rune(text)[Start:End]). IDs number the claims from 0.
//
// A heading or an attribution line that stands as its own paragraph before
// more text ("Statement by the Ministry of Labour", "Press release", a
// title) is not a claim: Split leaves it out, and the other claims keep
// their offsets. Three or more short one-line paragraphs in a row are a
// list of points and stay claims.
//
// Split does not normalise: Compare passes it NFC text.
func Split(text string) []Claim {
	r := []rune(text)
	heads := headingLines(r)
	var claims []Claim
	for _, s := range sentenceSpans(r) {
		for _, c := range clauseSpans(r, s) {
			c = trimSpan(r, c)
			if c.End <= c.Start || !hasAlnum(r[c.Start:c.End]) || within(c, heads) {
				continue
			}
			claims = append(claims, Claim{ID: len(claims), Start: c.Start, End: c.End, Text: string(r[c.Start:c.End])})
		}
	}
	return claims
}

// within reports whether s lies inside one of spans.
func within(s Span, spans []Span) bool {
	for _, h := range spans {
		if s.Start >= h.Start && s.End <= h.End {
			return true
		}
	}
	return false
}

// maxHeadingWords is the most words a heading line runs to.
const maxHeadingWords = 12

// maxHeadingRun is the most short unpunctuated one-line paragraphs,
// attribution lines aside, that can stand in a row before the body as its
// title and subtitle: a longer run ("Higher wages", "Shorter hours", "Better
// pensions") is a list of points, each a claim.
const maxHeadingRun = 2

// headingLines returns the lines of r that are headings: a paragraph of one
// line that reads as a heading or an attribution (see headingKind), in a
// short run of short unpunctuated one-line paragraphs that a longer
// paragraph follows.
func headingLines(r []rune) []Span {
	type para struct {
		Span
		lines int
	}
	var paras []para
	start, open := 0, false
	for i := 0; i <= len(r); i++ {
		if i < len(r) && r[i] != '\n' && r[i] != '\u2029' {
			continue
		}
		line := Span{start, i}
		start = i + 1
		switch {
		case strings.TrimSpace(string(r[line.Start:line.End])) == "":
			open = false
		case open:
			paras[len(paras)-1].End = line.End
			paras[len(paras)-1].lines++
		default:
			paras = append(paras, para{line, 1})
			open = true
		}
	}
	// kind: 0 a body paragraph, 1 a short line that has no sentence-final
	// punctuation, 2 one that reads as a heading, 3 an attribution line
	kinds := make([]int, len(paras))
	for k, p := range paras {
		if p.lines == 1 {
			kinds[k] = headingKind(r[p.Start:p.End])
		}
	}
	var out []Span
	for k := 0; k < len(paras); {
		if kinds[k] == 0 {
			k++
			continue
		}
		e, plain := k, 0
		for e < len(paras) && kinds[e] != 0 {
			if kinds[e] < 3 {
				plain++
			}
			e++
		}
		if e < len(paras) && plain <= maxHeadingRun {
			for n, p := range paras[k:e] {
				if kinds[k+n] >= 2 {
					out = append(out, p.Span)
				}
			}
		}
		k = e
	}
	return out
}

// headingKind tells how a line reads: 0 as a sentence (with a list marker,
// sentence-final punctuation, or more than maxHeadingWords words), 3 as an
// attribution ("Statement by ...", "Press release"), 2 as a heading (no word
// that shows a finite verb or a clause's subject), 1 as a short line that
// may still be a point of a list ("Union rejects pay offer").
func headingKind(line []rune) int {
	text := strings.TrimSpace(string(line))
	lr := []rune(text)
	if len(lr) == 0 || listMarkerLen(lr, 0) > 0 {
		return 0
	}
	end := len(lr)
	for end > 0 && isCloser(lr[end-1]) {
		end--
	}
	if end > 0 && (isTerminator(lr[end-1]) || lr[end-1] == ',' || lr[end-1] == ';') {
		return 0
	}
	spans := wordSpans(lr, Span{0, len(lr)})
	if len(spans) == 0 || len(spans) > maxHeadingWords {
		return 0
	}
	words := make([]string, len(spans))
	for i, s := range spans {
		words[i] = strings.ToLower(string(lr[s.Start:s.End]))
	}
	if attributionLine(words) {
		return 3
	}
	for i, w := range words {
		w = strings.ReplaceAll(w, "’", "'")
		if w == "may" && i > 0 && unicode.IsUpper(lr[spans[i].Start]) {
			continue // the month
		}
		if headingClauseWords[w] {
			return 1
		}
		w = strings.TrimSuffix(w, "'s")
		if headingClauseWords[w] || strings.HasSuffix(w, "n't") || lexicon.VerbInflection(w) {
			return 1
		}
	}
	return 2
}

// attributionLine reports whether words open an attribution or release
// line: "Statement by/of/from ...", "Joint statement ...", "Remarks by
// ...", "Press release", "For immediate release".
func attributionLine(words []string) bool {
	i := 0
	if i < len(words) && (words[i] == "joint" || words[i] == "official" || words[i] == "public") {
		i++
	}
	if i >= len(words) {
		return false
	}
	switch words[i] {
	case "statement", "remarks", "declaration", "communique", "communiqué":
		return i+1 == len(words) || words[i+1] == "by" || words[i+1] == "of" || words[i+1] == "from"
	case "press", "news", "media":
		return i+1 < len(words) && (words[i+1] == "release" || words[i+1] == "statement")
	case "for":
		return i+2 < len(words) && words[i+1] == "immediate" && words[i+2] == "release"
	}
	return false
}

// headingClauseWords show a clause: finite forms of be, have and do, modals, and
// subject pronouns.
var headingClauseWords = set("is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot",
	"i", "we", "he", "she", "they", "it's", "we're", "they're", "i'm", "we've", "they've")

// sentenceSpans returns the sentences of r as consecutive, untrimmed spans.
func sentenceSpans(r []rune) []Span {
	var spans []Span
	start := 0
	cut := func(at int) {
		if at > start {
			spans = append(spans, Span{start, at})
		}
		start = at
	}
	for i := 0; i < len(r); i++ {
		switch c := r[i]; {
		case c == '\n' || c == '\u2029':
			if lineBreakEndsSentence(r, start, i) {
				cut(i + 1)
			}
		case isTerminator(c):
			j := i
			for j < len(r) && isTerminator(r[j]) {
				j++
			}
			for j < len(r) && isCloser(r[j]) {
				j++
			}
			if endsSentence(r, i, j) {
				cut(j)
			}
			i = j - 1
		}
	}
	cut(len(r))
	return spans
}

// isTerminator reports whether c can end a sentence.
func isTerminator(c rune) bool {
	switch c {
	case '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCloser reports whether c closes a quotation or bracket.
func isCloser(c rune) bool {
	switch c {
	case '"', '\'', '’', '”', '»', '›', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

// isOpener reports whether c opens a quotation or bracket.
func isOpener(c rune) bool {
	switch c {
	case '"', '\'', '‘', '“', '«', '‹', '(', '[', '{', '「', '『', '„':
		return true
	}
	return false
}

// endsSentence decides whether the terminators r[i:j] (with any closing
// quotes) end a sentence.
func endsSentence(r []rune, i, j int) bool {
	if j < len(r) && !unicode.IsSpace(r[j]) {
		return false // "5.2", "U.S.-made", "example.com"
	}
	if listDot(r, i) {
		return false // the dot of "1. "
	}
	k := j
	for k < len(r) && unicode.IsSpace(r[k]) {
		k++
	}
	if k == len(r) {
		return true
	}
	next := r[k]
	for k < len(r) && isOpener(r[k]) {
		k++
	}
	if k < len(r) {
		next = r[k]
	}
	if unicode.IsLower(next) {
		return false // "p.m. and", "\"Stop!\" he said"
	}
	if r[i] != '.' || j-i > 1 && r[i+1] == '.' {
		return true
	}
	word := wordBefore(r, i)
	nextWord := strings.ToLower(wordAt(r, k))
	lw := strings.ToLower(strings.TrimRight(word, "."))
	switch {
	case lw == "":
		return true
	case titles[lw]:
		return false
	case lw == "no" || lw == "nos" || lw == "art" || lw == "p" || lw == "pp" || lw == "vol" || lw == "fig":
		return !unicode.IsDigit(next)
	case lw == "e.g" || lw == "i.e" || lw == "cf" || lw == "viz":
		return false
	case isAcronym(word) || abbreviations[lw]:
		// "the U.S. This issue": a sentence starter after an acronym ends the sentence.
		return sentenceStarters[nextWord]
	}
	return true
}

// listDot reports whether the dot at r[i] belongs to a list marker ("1. ",
// "b) ") at the start of a line.
func listDot(r []rune, i int) bool {
	k := i
	for k > 0 && i-k < 3 && (unicode.IsDigit(r[k-1]) || unicode.IsLetter(r[k-1])) {
		k--
	}
	m := k
	for m > 0 && k-m < 8 && (r[m-1] == ' ' || r[m-1] == '\t') {
		m--
	}
	if m > 0 && r[m-1] != '\n' {
		return false
	}
	n := listMarkerLen(r, k)
	return n > 0 && i < k+n
}

// wordBefore returns the run of letters and dots that ends at r[i] (exclusive).
func wordBefore(r []rune, i int) string {
	s := i
	for s > 0 && (unicode.IsLetter(r[s-1]) || r[s-1] == '.') {
		s--
	}
	return string(r[s:i])
}

// wordAt returns the run of letters starting at r[k].
func wordAt(r []rune, k int) string {
	e := k
	for e < len(r) && unicode.IsLetter(r[e]) {
		e++
	}
	return string(r[k:e])
}

// isAcronym reports whether w is a single letter or dotted letters ("U.S", "a.m").
func isAcronym(w string) bool {
	w = strings.TrimRight(w, ".")
	if w == "" {
		return false
	}
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if len([]rune(p)) != 1 {
			return false
		}
	}
	return true
}

// titles precede a name and never end a sentence.
var titles = set("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col",
	"sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "messrs", "mme", "mlle", "supt", "insp")

// abbreviations end with a dot but rarely end a sentence.
var abbreviations = set("inc", "ltd", "co", "corp", "jr", "sr", "vs", "etc", "approx", "dept", "est",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", "min", "max", "govt", "intl", "assn", "bros")

// sentenceStarters are words that, capitalised after an abbreviation, begin a new sentence.
var sentenceStarters = set("the", "this", "that", "these", "those", "there", "it", "its", "we", "i",
	"he", "she", "they", "you", "our", "their", "his", "her", "in", "on", "at", "but", "and", "so",
	"if", "as", "for", "a", "an", "what", "when", "while", "after", "before", "since", "however",
	"meanwhile", "then", "nor", "no", "not", "yet", "both", "all", "some", "many", "most", "such")

// lineBreakEndsSentence decides whether the line break at r[i] ends the
// sentence that began at start: a blank line does, so does a break before a
// list item, after a heading or after a colon.
func lineBreakEndsSentence(r []rune, start, i int) bool {
	ls := i
	for ls > start && r[ls-1] != '\n' {
		ls--
	}
	line := strings.TrimSpace(string(r[ls:i]))
	k := i + 1
	for k < len(r) && (r[k] == ' ' || r[k] == '\t' || r[k] == '\r') {
		k++
	}
	if k >= len(r) || r[k] == '\n' || r[k] == '\u2029' || r[i] == '\u2029' {
		return true // blank line or end of text
	}
	if line == "" {
		return false
	}
	if listMarkerLen(r, k) > 0 {
		return true
	}
	last := []rune(line)[len([]rune(line))-1]
	if last == ':' {
		return true
	}
	if isTerminator(last) || last == ',' || last == ';' {
		return false
	}
	// A short line without final punctuation followed by a capital is a heading.
	return len(strings.Fields(line)) <= 10 && (unicode.IsUpper(r[k]) || unicode.IsDigit(r[k]) || isOpener(r[k]))
}

// listMarkerLen returns the length of a list marker ("- ", "• ", "3. ", "b) ")
// at r[k], or 0.
func listMarkerLen(r []rune, k int) int {
	if k >= len(r) {
		return 0
	}
	switch r[k] {
	case '-', '*', '•', '–', '—', '·', '◦', '▪', '‣':
		if k+1 < len(r) && (r[k+1] == ' ' || r[k+1] == '\t') {
			return 2
		}
		return 0
	}
	j := k
	for j < len(r) && j-k < 3 && unicode.IsDigit(r[j]) {
		j++
	}
	if j == k && j < len(r) && unicode.IsLetter(r[j]) && j+1 < len(r) && r[j+1] == ')' {
		j++
	}
	if j > k && j+1 < len(r) && (r[j] == '.' || r[j] == ')') && (r[j+1] == ' ' || r[j+1] == '\t') {
		return j + 2 - k
	}
	return 0
}

// maxClaimWords is the most words a claim runs to: a longer sentence is cut
// at a pause (a comma, a colon, a dash) or, lacking one, between words. It
// keeps the cost of comparing two claims bounded.
const maxClaimWords = 60

// clauseSpans splits sentence s where it makes two claims: at semicolons and
// before a contrastive connector that opens a clause with its own subject;
// a run-on sentence is cut every maxClaimWords words at the latest pause.
func clauseSpans(r []rune, s Span) []Span {
	words := wordSpans(r, s)
	var cuts []int
	lastCut, lastPause := 0, -1 // word indexes
	first := ""
	if len(words) > 0 {
		first = strings.ToLower(string(r[words[0].Start:words[0].End]))
	}
	for w := 1; w < len(words); w++ {
		ws := words[w]
		lower := strings.ToLower(string(r[ws.Start:ws.End]))
		prevEnd := words[w-1].End
		gap := string(r[prevEnd:ws.Start])
		comma := strings.Contains(gap, ",")
		semi := strings.Contains(gap, ";")
		if comma || semi || strings.ContainsAny(gap, ":–—") {
			lastPause = w
		}
		if w-lastCut >= maxClaimWords {
			// a run-on sentence: cut at the last pause, or here
			at := w
			if lastPause > lastCut+maxClaimWords/3 {
				at = lastPause
			}
			cuts = append(cuts, words[at].Start)
			lastCut = at
			continue
		}
		left := w
		right := len(words) - w
		if semi && left >= 3 && right >= 3 {
			cuts = append(cuts, ws.Start)
			lastCut = w
			continue
		}
		if left < 3 || right < 4 {
			continue
		}
		subj := ""
		if w+1 < len(words) {
			subj = string(r[words[w+1].Start:words[w+1].End])
		}
		switch {
		case lower == "but" && !isNegator(string(r[words[w-1].Start:words[w-1].End])) && isSubjectWord(subj),
			// "complicated issues but we made progress"
			comma && (lower == "whereas" || lower == "while" || lower == "although" || lower == "yet") && isSubjectWord(subj),
			comma && first == "some" && (lower == "other" || lower == "others"):
			// "Some places ..., other places ..."
			cuts = append(cuts, ws.Start)
			lastCut = w
		}
	}
	if len(cuts) == 0 {
		return []Span{s}
	}
	var out []Span
	at := s.Start
	for _, c := range cuts {
		out = append(out, Span{at, c})
		at = c
	}
	return append(out, Span{at, s.End})
}

// isSubjectWord reports whether w can open a clause as (part of) its subject.
func isSubjectWord(w string) bool {
	if w == "" {
		return false
	}
	if subjectWords[strings.ToLower(w)] {
		return true
	}
	return unicode.IsUpper([]rune(w)[0])
}

var subjectWords = set("i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "these",
	"those", "the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "some", "many",
	"most", "other", "others", "all", "both", "nobody", "everyone", "none", "no")

// wordSpans lists the runs of letters, digits and apostrophes in s.
func wordSpans(r []rune, s Span) []Span {
	var out []Span
	i := s.Start
	for i < s.End {
		if !isWordRune(r[i]) {
			i++
			continue
		}
		j := i
		for j < s.End && (isWordRune(r[j]) || (r[j] == '\'' || r[j] == '’') && j+1 < s.End && unicode.IsLetter(r[j+1])) {
			j++
		}
		out = append(out, Span{i, j})
		i = j
	}
	return out
}

// isWordRune reports whether c belongs to a word.
func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

// trimSpan removes surrounding white space, list markers, separators left by
// a clause cut, and an opening quotation mark that the claim never closes.
func trimSpan(r []rune, s Span) Span {
	for {
		for s.Start < s.End && unicode.IsSpace(r[s.Start]) {
			s.Start++
		}
		if n := listMarkerLen(r, s.Start); n > 0 && s.Start+n <= s.End {
			s.Start += n
			continue
		}
		break
	}
	for s.End > s.Start && (unicode.IsSpace(r[s.End-1]) || r[s.End-1] == ',' || r[s.End-1] == ';') {
		s.End--
	}
	if s.Start < s.End && isOpener(r[s.Start]) && r[s.Start] != '(' && r[s.Start] != '[' {
		if !containsCloser(r[s.Start+1 : s.End]) {
			s.Start++
			for s.Start < s.End && unicode.IsSpace(r[s.Start]) {
				s.Start++
			}
		}
	}
	return s
}

// containsCloser reports whether r holds a closing quotation mark that is not
// an apostrophe inside a word.
func containsCloser(r []rune) bool {
	for i, c := range r {
		if c == '”' || c == '»' || c == '"' {
			return true
		}
		if (c == '’' || c == '\'') && (i+1 == len(r) || !unicode.IsLetter(r[i+1])) {
			return true
		}
	}
	return false
}

// hasAlnum reports whether r holds a letter or a digit.
func hasAlnum(r []rune) bool {
	for _, c := range r {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// set builds a lookup table from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
