package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Split is an article divided into the parties it quotes and the author's
// own commentary. Offsets count code points of Text, the NFC-normalised
// text of the article.
type Split struct {
	Speakers   []Speaker `json:"speakers"`
	Commentary []Span    `json:"commentary"`
	Text       string    `json:"text"`
}

// Speaker is one party the article quotes, with the passages in its words.
type Speaker struct {
	Name     string    `json:"name"`
	Role     string    `json:"role"`
	Passages []Passage `json:"passages"`
}

// Passage is a stretch of the text in one speaker's words: [Start, End) in
// code points, and the text itself.
type Passage struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Span is a stretch [Start, End) of the text in code points.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Limits on how far a quotation may run before an unclosed opening mark is
// taken to end with its paragraph.
const (
	maxQuoteParas = 80
	maxQuoteRunes = 60000
)

// SplitArticle finds the speakers an article quotes, the passages in each
// speaker's words and the author's commentary. It recognises attributions
// ("X said", "said X", "according to X", "X released a statement", a lead-in
// paragraph ending in a colon or comma before a block quotation, interview
// labels such as "Q:" and "PUTIN:"), quotations that run over many
// paragraphs, typographic and straight quotation marks, and the author's own
// quotations ("As I wrote at the time,"), which stay commentary. Mentions of
// one speaker ("Pompeo", "US Secretary of State Mike Pompeo") are merged.
func SplitArticle(text string) Split {
	a := newArticle(norm.NFC.String(text))
	a.findQuotes()
	a.findLabels()
	a.attributeQuotes()
	a.enrich()
	return a.result()
}

// article holds the text being split and what has been found in it.
type article struct {
	r        []rune
	paras    []Span // paragraphs, trimmed
	paraOf   []int  // paragraph index of each rune (-1 between paragraphs)
	quotes   []quote
	labelled []bool // paragraphs that open with an interview label
	found    []found
	clusters []*cluster
}

// quote is a quotation: the marks at Open and Close (Close may be the end
// of the paragraph for an unclosed one) and its trimmed content.
type quote struct {
	open, close int
	start, end  int
	unclosed    bool
}

// found is a passage attributed to a cluster (nil for the author).
type found struct {
	span Span
	c    *cluster
}

func newArticle(s string) *article {
	a := &article{r: []rune(s)}
	a.paraOf = make([]int, len(a.r))
	for i := range a.paraOf {
		a.paraOf[i] = -1
	}
	i := 0
	for i < len(a.r) {
		// A paragraph ends at a line that is blank.
		j := i
		for j < len(a.r) {
			if a.r[j] == '\n' && blankLineAfter(a.r, j) {
				break
			}
			j++
		}
		s, e := trimSpan(a.r, i, j)
		if s < e {
			for k := s; k < e; k++ {
				a.paraOf[k] = len(a.paras)
			}
			a.paras = append(a.paras, Span{s, e})
		}
		for j < len(a.r) && unicode.IsSpace(a.r[j]) {
			j++
		}
		i = j
	}
	a.labelled = make([]bool, len(a.paras))
	return a
}

// blankLineAfter reports whether the line after the newline at i is blank.
func blankLineAfter(r []rune, i int) bool {
	for k := i + 1; k < len(r); k++ {
		switch {
		case r[k] == '\n':
			return true
		case !unicode.IsSpace(r[k]):
			return false
		}
	}
	return true
}

func trimSpan(r []rune, s, e int) (int, int) {
	for s < e && unicode.IsSpace(r[s]) {
		s++
	}
	for e > s && unicode.IsSpace(r[e-1]) {
		e--
	}
	return s, e
}

// markKind classifies quotation marks: +1 opens, -1 closes, 0 is not one.
// Straight double quotes are decided by their neighbours.
func (a *article) markKind(i int, open bool) int {
	switch a.r[i] {
	case '“', '„', '«', '‟':
		return 1
	case '”', '»':
		return -1
	case '"':
		prev, next := ' ', ' '
		if i > 0 {
			prev = a.r[i-1]
		}
		if i+1 < len(a.r) {
			next = a.r[i+1]
		}
		before := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/“‘", prev)
		after := unicode.IsSpace(next) || unicode.IsPunct(next) && next != '\'' && next != '‘'
		switch {
		case before && !after:
			return 1
		case after && !before:
			return -1
		case open:
			return -1
		}
		return 1
	}
	return 0
}

// findQuotes pairs quotation marks. A quotation may run over paragraphs; a
// new paragraph opening with a mark inside a quotation continues it (the
// typographic convention). An opening mark that is never closed ends with
// its paragraph.
func (a *article) findQuotes() {
	i := 0
	for i < len(a.r) {
		k := a.markKind(i, false)
		if k != 1 || a.paraOf[i] < 0 {
			i++
			continue
		}
		start, para := i, a.paraOf[i]
		depth := 1
		closed := -1
		for j := i + 1; j < len(a.r) && depth > 0; j++ {
			if p := a.paraOf[j]; p-para > maxQuoteParas || j-start > maxQuoteRunes {
				break
			}
			switch a.markKind(j, true) {
			case 1:
				if !a.atParaStart(j) {
					depth++
				}
			case -1:
				depth--
				if depth == 0 {
					closed = j
				}
			}
		}
		q := quote{open: start, close: closed}
		if closed < 0 {
			q.close, q.unclosed = a.paras[para].End, true
		}
		q.start, q.end = trimSpan(a.r, q.open+1, q.close)
		if q.start < q.end {
			a.quotes = append(a.quotes, q)
		}
		i = q.close + 1
	}
}

// atParaStart reports whether only white space precedes i in its paragraph.
func (a *article) atParaStart(i int) bool {
	p := a.paraOf[i]
	return p >= 0 && a.paras[p].Start == i
}

// words counts the words in [s, e).
func (a *article) words(s, e int) int {
	n, in := 0, false
	for k := s; k < e; k++ {
		w := unicode.IsLetter(a.r[k]) || unicode.IsDigit(a.r[k])
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// sentenceStart finds where the sentence containing i begins, not before
// lo.
func (a *article) sentenceStart(i, lo int) int {
	for k := i - 1; k > lo; k-- {
		if a.isSentenceEnd(k) {
			return skipSpace(a.r, k+1, i)
		}
	}
	return lo
}

// isSentenceEnd reports a full stop, question or exclamation mark at k that
// ends a sentence: followed by space and not closing an abbreviation.
func (a *article) isSentenceEnd(k int) bool {
	c := a.r[k]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if k+1 < len(a.r) && !unicode.IsSpace(a.r[k+1]) && !isCloseMark(a.r[k+1]) {
		return false
	}
	if c == '.' {
		w := k
		for w > 0 && (unicode.IsLetter(a.r[w-1]) || a.r[w-1] == '.') {
			w--
		}
		word := string(a.r[w:k])
		if abbreviations[strings.ToLower(word)] || len([]rune(word)) == 1 && unicode.IsUpper(a.r[w]) || strings.Contains(word, ".") {
			return false
		}
	}
	return true
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true,
	"prof": true, "jr": true, "sr": true, "no": true, "vs": true, "etc": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "rev": true, "hon": true, "sgt": true, "adm": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true}

func isCloseMark(c rune) bool {
	return c == '”' || c == '"' || c == '’' || c == '»' || c == ')'
}

func skipSpace(r []rune, i, lim int) int {
	for i < lim && unicode.IsSpace(r[i]) {
		i++
	}
	return i
}

// sentenceEnd finds where the sentence from i ends: a sentence end, the
// next opening quotation mark or the end of the paragraph.
func (a *article) sentenceEnd(i, hi int) int {
	for k := i; k < hi; k++ {
		if a.isSentenceEnd(k) {
			return k + 1
		}
		if k > i && a.markKind(k, false) == 1 {
			return k
		}
	}
	return hi
}

// attributeQuotes decides for each quotation whose words it holds.
func (a *article) attributeQuotes() {
	var last *cluster // speaker of the previous attributed quotation
	lastPara := -2
	for qi, q := range a.quotes {
		p := a.paraOf[q.open]
		if a.labelled[p] {
			continue
		}
		m, ok := a.attribution(qi)
		switch {
		case ok && m.author:
			a.found = append(a.found, found{span: Span{q.start, q.end}})
			last, lastPara = nil, a.paraOf[q.end-1]
			continue
		case ok && m.pronoun != "":
			c := a.resolvePronoun(m.pronoun, q.open, last)
			if c == nil {
				continue
			}
			a.addFound(q, c)
			last = c
		case ok:
			c := a.cluster(m)
			a.addFound(q, c)
			last = c
		case last != nil && a.words(q.start, q.end) >= 6 && (p == lastPara || p == lastPara+1 && a.atParaStart(q.open)):
			// An unattributed quotation right after another continues it.
			a.addFound(q, last)
		default:
			continue
		}
		lastPara = a.paraOf[q.end-1]
	}
}

func (a *article) addFound(q quote, c *cluster) {
	s, e := q.start, q.end
	for e > s && strings.ContainsRune(",;:", a.r[e-1]) {
		e--
	}
	s, e = trimSpan(a.r, s, e)
	if s < e {
		a.found = append(a.found, found{span: Span{s, e}, c: c})
	}
}

// attribution looks for the speaker of quotation qi: after it in the same
// sentence ("…,” said X), before it in the same sentence (X said: “…”), or
// in a lead-in paragraph that ends in a colon or comma.
func (a *article) attribution(qi int) (mention, bool) {
	q := a.quotes[qi]
	p := a.paraOf[q.open]
	para := a.paras[p]
	long := a.words(q.start, q.end) >= 4
	if !q.unclosed && a.paraOf[q.close] >= 0 {
		hi := a.paras[a.paraOf[q.close]].End
		if qi+1 < len(a.quotes) && a.quotes[qi+1].open < hi {
			hi = a.quotes[qi+1].open
		}
		after := tokenize(a.r, q.close+1, a.sentenceEnd(q.close+1, hi))
		if m, ok := afterAttribution(after); ok {
			return m, true
		}
	}
	lo := para.Start
	if qi > 0 && a.quotes[qi-1].close < q.open && a.quotes[qi-1].close >= lo {
		lo = a.quotes[qi-1].close + 1
		// “…,” he said, “…” — the attribution between two quotations.
		if between := tokenize(a.r, lo, q.open); len(between) > 0 && len(between) < 12 {
			if m, ok := afterAttribution(between); ok {
				return m, true
			}
		}
	}
	s := a.sentenceStart(q.open, lo)
	if s == para.Start {
		s = a.skipDateline(s)
	}
	before := tokenize(a.r, s, q.open)
	if len(before) > 0 {
		return beforeAttribution(before, long)
	}
	if !a.atParaStart(q.open) || p == 0 || !long {
		return mention{}, false
	}
	prev := a.paras[p-1]
	if !strings.ContainsRune(":,", a.r[prev.End-1]) {
		return mention{}, false
	}
	s = a.sentenceStart(prev.End-1, prev.Start)
	if s == prev.Start {
		s = a.skipDateline(s)
	}
	return beforeAttribution(tokenize(a.r, s, prev.End), true)
}

// dateline matches a news dateline such as "SEOUL, July 7 (Yonhap) —" or
// "WASHINGTON, March 3, 2024 --".
var dateline = regexp.MustCompile(`^[A-Z][A-Z.'’ -]{2,}(?:, [A-Z][\p{L}.'’ -]+)*` +
	`(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?))?` +
	`\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--?)\s*`)

// skipDateline passes over a news dateline at s.
func (a *article) skipDateline(s int) int {
	head := string(a.r[s:min(len(a.r), s+160)])
	if m := dateline.FindStringIndex(head); m != nil {
		return s + utf8.RuneCountInString(head[:m[1]])
	}
	return s
}

// resolvePronoun finds who "he", "she", "they" or "it" refers to: the last
// speaker of the right kind, else the last person named before pos.
func (a *article) resolvePronoun(p string, pos int, last *cluster) *cluster {
	person := p == "he" || p == "she"
	if last != nil && last.person() == person {
		return last
	}
	for i := len(a.found) - 1; i >= 0; i-- {
		if c := a.found[i].c; c != nil && c.person() == person {
			return c
		}
	}
	if person {
		lo := pos - 600
		if lo < 0 {
			lo = 0
		}
		toks := tokenize(a.r, lo, pos)
		for i := len(toks) - 1; i >= 0; i-- {
			if m, n := parseNP(toks, i); n > 0 && len(m.name) >= 2 && (i == 0 || !isNPWord(toks[i-1])) {
				return a.cluster(m)
			}
		}
	}
	return last
}

// findLabels recognises interviews: paragraphs that open with a speaker's
// label ("Q:", "A:", "LAVROV:", "Mike Pompeo:"). Each labelled paragraph,
// and the unlabelled ones up to the next label, are the labelled speaker's.
func (a *article) findLabels() {
	type lab struct {
		para       int
		label      string
		start, end int // the passage
	}
	var labs []lab
	distinct := map[string]bool{}
	for p, sp := range a.paras {
		k := sp.Start
		for k < sp.End && k-sp.Start <= 40 && a.r[k] != ':' && a.r[k] != '\n' {
			k++
		}
		if k >= sp.End || a.r[k] != ':' || k == sp.Start {
			continue
		}
		label := strings.TrimSpace(string(a.r[sp.Start:k]))
		toks := tokenize(a.r, sp.Start, k)
		if len(toks) == 0 || len(toks) > 4 || notLabels[strings.ToLower(label)] {
			continue
		}
		ok := true
		for _, t := range toks {
			if !t.isWord() || !t.capital() {
				ok = false
			}
		}
		s, e := trimSpan(a.r, k+1, sp.End)
		if !ok || s >= e {
			continue
		}
		labs = append(labs, lab{para: p, label: label, start: s, end: e})
		distinct[strings.ToLower(label)] = true
	}
	if len(labs) < 2 || len(distinct) < 2 {
		return
	}
	interviewee := mention{name: []string{"Interviewee"}}
	if m, ok := a.intervieweeNamed(a.paras[labs[0].para].Start); ok {
		interviewee = m
	}
	for i, l := range labs {
		var c *cluster
		switch strings.ToLower(l.label) {
		case "q", "question", "interviewer":
			c = a.cluster(mention{head: "Interviewer", role: "interviewer"})
		case "a", "answer":
			c = a.cluster(interviewee)
		default:
			toks := tokenize(a.r, a.paras[l.para].Start, l.start)
			for k, t := range toks {
				if isAcronym(t.text) && len(t.text) > 3 {
					toks[k].text = string([]rune(t.text)[:1]) + strings.ToLower(string([]rune(t.text)[1:]))
				}
			}
			m, n := parseNP(toks, 0)
			if n == 0 || m.author || m.pronoun != "" {
				continue
			}
			c = a.cluster(m)
		}
		a.labelled[l.para] = true
		a.found = append(a.found, found{span: Span{l.start, l.end}, c: c})
		// Unlabelled paragraphs up to the next label continue the answer.
		if i+1 < len(labs) {
			for p := l.para + 1; p < labs[i+1].para; p++ {
				a.labelled[p] = true
				a.found = append(a.found, found{span: a.paras[p], c: c})
			}
		}
	}
}

var notLabels = map[string]bool{"note": true, "update": true, "editor's note": true, "editor’s note": true,
	"photo": true, "source": true, "sources": true, "read more": true, "related": true,
	"correction": true, "disclaimer": true, "see also": true, "tags": true, "share": true,
	"warning": true, "caption": true, "image": true, "video": true, "watch": true, "listen": true}

// intervieweeNamed finds "an interview with X" or "spoke to X" before pos.
func (a *article) intervieweeNamed(pos int) (mention, bool) {
	toks := tokenize(a.r, 0, pos)
	for i := range toks {
		w := toks[i].lower
		if (w == "with" || w == "to" || w == "interviewed") && i > 0 &&
			(toks[i-1].lower == "interview" || toks[i-1].lower == "spoke" || toks[i-1].lower == "talked" || w == "interviewed") {
			if m, n := parseNP(toks, i+1); n > 0 && m.pronoun == "" {
				return m, true
			}
		}
	}
	return mention{}, false
}

// result builds the Split: clusters with passages, in order of their first
// passage, and commentary for everything else.
func (a *article) result() Split {
	out := Split{Speakers: []Speaker{}, Commentary: []Span{}, Text: string(a.r)}
	sort.SliceStable(a.found, func(i, j int) bool { return a.found[i].span.Start < a.found[j].span.Start })
	index := map[*cluster]int{}
	var covered []Span
	for _, f := range a.found {
		if f.c == nil {
			continue
		}
		if n := len(covered); n > 0 && f.span.Start < covered[n-1].End {
			continue // overlaps an earlier passage
		}
		covered = append(covered, f.span)
		i, ok := index[f.c]
		if !ok {
			i = len(out.Speakers)
			index[f.c] = i
			name, role := f.c.display()
			out.Speakers = append(out.Speakers, Speaker{Name: name, Role: role, Passages: []Passage{}})
		}
		out.Speakers[i].Passages = append(out.Speakers[i].Passages,
			Passage{Start: f.span.Start, End: f.span.End, Text: string(a.r[f.span.Start:f.span.End])})
	}
	ci := 0
	for _, p := range a.paras {
		pos := p.Start
		for pos < p.End {
			for ci < len(covered) && covered[ci].End <= pos {
				ci++
			}
			end := p.End
			if ci < len(covered) && covered[ci].Start < end {
				end = covered[ci].Start
			}
			if end > pos {
				a.addCommentary(&out, pos, end)
			}
			if ci < len(covered) && covered[ci].Start < p.End {
				pos = covered[ci].End
			} else {
				pos = p.End
			}
		}
	}
	return out
}

// addCommentary adds [s, e) as commentary, trimmed of white space, quotation
// marks and joining punctuation, if anything worded is left.
func (a *article) addCommentary(out *Split, s, e int) {
	trim := func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("“”„«»\"", c)
	}
	for s < e && (trim(a.r[s]) || strings.ContainsRune(",;:", a.r[s])) {
		s++
	}
	for e > s && trim(a.r[e-1]) {
		e--
	}
	if a.words(s, e) > 0 {
		out.Commentary = append(out.Commentary, Span{s, e})
	}
}

// Markdown renders the split for reading: a section per speaker with its
// role and passages as block quotes (with their code-point offsets), then
// the commentary. text is the text the split was made from.
func (s Split) Markdown(text string) string {
	r := []rune(norm.NFC.String(text))
	var b strings.Builder
	if len(s.Speakers) == 0 {
		b.WriteString("No quoted speakers were found.\n\n")
	}
	for _, sp := range s.Speakers {
		b.WriteString("## " + sp.Name)
		if sp.Role != "" && sp.Role != sp.Name {
			b.WriteString(" (" + sp.Role + ")")
		}
		b.WriteString("\n\n")
		for _, p := range sp.Passages {
			blockQuote(&b, p.Text)
			fmt.Fprintf(&b, "*Code points %d–%d.*\n\n", p.Start, p.End)
		}
	}
	if len(s.Commentary) > 0 {
		b.WriteString("## Commentary\n\n")
		for _, c := range s.Commentary {
			if c.Start >= 0 && c.Start < c.End && c.End <= len(r) {
				b.WriteString(strings.TrimSpace(string(r[c.Start:c.End])) + "\n\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// blockQuote writes text as a Markdown block quote, paragraph by paragraph.
func blockQuote(b *strings.Builder, text string) {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			b.WriteString(">\n")
		} else {
			b.WriteString("> " + line + "\n")
		}
	}
	b.WriteString("\n")
}
