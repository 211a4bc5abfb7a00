package importer

import (
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds of a party's name: longer, a candidate is more likely a sentence
// than a name, and is not taken; a name kept is cut to maxPartyLen code
// points, at a word.
const (
	maxPartyWords = 14
	maxPartyLen   = 80
)

// findParty finds whom a document speaks for in what the document says of
// itself, strongest sign first:
//
//  1. an attribution in its first heading, its title or its first lines:
//     "Statement by the Ministry of Foreign Affairs on …", "Remarks of
//     President X at …", "The DPRK Foreign Ministry's statement on …",
//     "Foreign Ministry: Press release";
//  2. a heading, title segment or short first line that names an office
//     or organisation, or a person by office: "Ministry of Foreign Affairs
//     of Japan", "Office of the Press Secretary", "Secretary of State Mike
//     Pompeo" (a page title's segments are tried each: "Briefing | US
//     Department of State");
//  3. the speaker of a first sentence of the form "X said …" (a dateline
//     such as "WASHINGTON (Reuters) -" passed over): "Foreign Ministry
//     spokesperson Zhao Lijian said on Monday …" gives "Zhao Lijian";
//  4. the site or publication, when it is an office or organisation by
//     the test of 2.
//
// It returns "" when none applies; the author and the file name are the
// caller's fallbacks (Doc.Document).
func findParty(d Doc) string {
	lines := leadLines(d.Text, 3)
	var heads []string
	for _, h := range []string{d.heading, d.Title} {
		if h = clean(prefix(h, 1600)); h != "" {
			heads = append(heads, h)
		}
	}
	for _, s := range append(append([]string(nil), heads...), lines...) {
		if p := statementBy(s); p != "" {
			return p
		}
	}
	short := heads
	for i, l := range lines {
		if i < 2 && len(strings.Fields(l)) <= 12 && !strings.ContainsAny(l[len(l)-1:], ".?!") {
			short = append(short, l)
		}
	}
	for _, s := range short {
		for _, seg := range segments(s) {
			if p := officeName(seg); p != "" {
				return p
			}
		}
	}
	for _, s := range append(append([]string(nil), heads...), lines[:min(len(lines), 1)]...) {
		if p := saidBy(s); p != "" {
			return p
		}
	}
	for _, seg := range segments(clean(d.Outlet)) {
		if p := officeName(seg); p != "" {
			return p
		}
	}
	return ""
}

// leadLines returns the first n non-blank lines of text, trimmed, each cut
// to its first 1,600 bytes (an attribution comes first).
func leadLines(text string, n int) []string {
	var out []string
	for len(out) < n && text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = clean(prefix(line, 1600)); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// prefix is s cut to at most n bytes, without a broken character at its
// end.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "")
}

// segments splits a title at the separators titles use between their
// parts: "Briefing | US Department of State — Press".
func segments(s string) []string {
	var out []string
	for _, p := range titleSeparators.Split(s, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var titleSeparators = regexp.MustCompile(`\s+[|–—-]\s+|\s*[|:·•]\s+`)

// The forms of an attribution that heads a statement.
var (
	// "Statement by X", "Press remarks of X", "Joint statement issued by X".
	statementByRe = regexp.MustCompile(`(?i)^(?:(?:a|the|joint|official|full|press|opening|closing|written|video|keynote|prepared|public|formal|new)\s+)*` +
		`(?:statements?|remarks|speech|address|declaration|communiqu[eé]|press\s+release|news\s+release|message|letter|interview|testimony|` +
		`briefing|comments?|answers?|reply|response|op-ed|editorial|commentary|notice|announcement|readout|transcript)` +
		`\s+(?:(?:issued|made|delivered|given|released|published|written|read)\s+)?(?:by|of|from)\s+(.+)$`)
	// "X's statement on …", "X’s remarks".
	possessiveRe = regexp.MustCompile(`(?i)^(.+?)['’]s?\s+(?:(?:press|official|joint|new)\s+)?(?:statement|remarks|speech|address|declaration|press\s+release|message|letter|comments|answers|reply|response|readout)\b`)
	// "X: Statement on …", "X – Press release".
	labelRe = regexp.MustCompile(`(?i)^(.+?)\s*(?:[:|]|\s[–—-])\s+(?:(?:press|official|joint)\s+)?(?:statement|remarks|press\s+release|news\s+release|communiqu[eé]|declaration|readout)\b`)
	// Where the name in an attribution ends: "… on the talks", "… at the
	// summit", "…, 7 July", "… (translation)".
	partyEnd = regexp.MustCompile(`(?i)\s+(?:on|at|about|regarding|concerning|following|after|upon|over|before|during|with|as|to|dated|in\s+(?:response|reply|connection|regard|relation))\s+|\s+of\s+\d|\s*[,:;(\[|"“”–—]|\s+-\s+|\.\s|\.$`)
)

// statementBy reads the party of an attribution that heads a statement.
func statementBy(s string) string {
	for _, re := range []*regexp.Regexp{statementByRe, possessiveRe, labelRe} {
		if m := re.FindStringSubmatch(s); m != nil {
			name := m[1]
			if loc := partyEnd.FindStringIndex(name); loc != nil {
				name = name[:loc[0]]
			}
			if p := partyName(name); p != "" {
				return p
			}
		}
	}
	return ""
}

// officeName returns s as a party when it is a name and nothing more: an
// office or organisation ("Ministry of Foreign Affairs of Japan", "DPRK
// Foreign Ministry", "White House") or a person with an office
// ("Secretary of State Mike Pompeo"), not a headline in title case
// ("Trade Talks Collapse").
func officeName(s string) string {
	r := []rune(s)
	toks := tokenize(r, 0, len(r))
	for len(toks) > 0 && !toks[len(toks)-1].isWord() {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || len(toks) > maxPartyWords {
		return ""
	}
	m, n := parseNP(toks, 0)
	if n != len(toks) || m.pronoun != "" || m.author {
		return ""
	}
	// The head noun is the word before the first "of", "for" or "in", or
	// the last word.
	words := toks
	if isDeterminer(words[0]) {
		words = words[1:]
	}
	head := len(words) - 1
	for k, t := range words {
		if k > 0 && (t.lower == "of" || t.lower == "for" || t.lower == "in") {
			head = k - 1
			break
		}
	}
	if orgWords[words[head].lower] && anyCapital(words) {
		// An organisation, whatever names follow its head ("Union of Rail
		// Workers").
		return partyName(s)
	}
	if len(m.name) > 0 {
		// A person: only with an office ("Secretary of State Mike Pompeo").
		if len(m.name) > 3 || !isOffice(headWord(strings.Fields(m.role))) {
			return ""
		}
		return partyName(s)
	}
	if !orgWords[words[head].lower] && !roleWords[words[head].lower] || !anyCapital(words) {
		return ""
	}
	return partyName(s)
}

// saidBy returns the speaker of a sentence "X said …", after any dateline
// (split.go).
func saidBy(s string) string {
	s = dateline.ReplaceAllString(s, "")
	r := []rune(s)
	toks := tokenize(r, 0, len(r))
	if len(toks) == 0 {
		return ""
	}
	i := skipLead(toks)
	m, n := parseNP(toks, i)
	if n == 0 || m.pronoun != "" || m.author || !anyCapital(toks[i:i+n]) {
		return ""
	}
	j := i + n
	j += appositive(toks, j, &m)
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	for k := j; j < len(toks) && j-k < 3 && auxiliaries[toks[j].lower]; j++ {
	}
	if j >= len(toks) || !sayingVerbs[toks[j].lower] {
		return ""
	}
	c := &cluster{}
	c.add(m)
	name, _ := c.display()
	if name == "Unnamed speaker" {
		return ""
	}
	return partyName(name)
}

// sayingVerbs are the verbs of saying that make a first sentence an
// attribution: fewer than attribution.go's speechVerbs, which read
// attributions around quotations ("concluded", "put", "released" there).
var sayingVerbs = set("said says stated states declared declares announced announces told tells insisted insists " +
	"claimed claims warned warns argued argues wrote writes tweeted asserted asserts maintained maintains stressed " +
	"stresses emphasised emphasized noted notes explained explains reiterated reiterates affirmed affirms")

// headWord is the head noun of a role: the word before its first "of",
// "for" or "to", else its last word ("Secretary" of "Secretary of State").
func headWord(words []string) string {
	for k, w := range words {
		if lw := strings.ToLower(w); k > 0 && (lw == "of" || lw == "for" || lw == "to") {
			return words[k-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// roleModifiers are the words of roleWords that qualify an office
// ("foreign", "trade") rather than name one.
var roleModifiers = set("vice senior foreign state defense defence press prime interior finance trade affairs national " +
	"security economic public relations communications deputy source sources general chief executive")

// isOffice reports a word that names an office a person holds.
func isOffice(w string) bool {
	w = strings.ToLower(w)
	return roleWords[w] && !roleModifiers[w]
}

// anyCapital reports a token that is capitalised and not a stop word: a
// name, not "the ministry".
func anyCapital(toks []token) bool {
	for _, t := range toks {
		if t.isWord() && t.capital() && !stopCaps[t.lower] {
			return true
		}
	}
	return false
}

// partyName tidies a candidate party: white space collapsed, a leading
// article and trailing punctuation gone, all-capital words put in title
// case ("MINISTRY OF FOREIGN AFFAIRS OF THE DPRK" is "Ministry of Foreign
// Affairs of the DPRK"), cut to maxPartyLen at a word. It is "" for what
// is not a name: no capital letter, or more than maxPartyWords words.
func partyName(s string) string {
	s = strings.TrimFunc(clean(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' && r != '.' })
	s = strings.TrimRight(s, ". ")
	for _, a := range []string{"the ", "The ", "THE "} {
		s = strings.TrimPrefix(s, a)
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxPartyWords || !strings.ContainsFunc(s, unicode.IsUpper) {
		return ""
	}
	if !strings.ContainsFunc(s, unicode.IsLower) {
		for i, w := range words {
			words[i] = titleWord(w, i == 0)
		}
		s = strings.Join(words, " ")
	}
	return clipWords(s, maxPartyLen)
}

// titleWord puts a word of an all-capital name in title case: short
// function words in lower case, other words of up to four letters kept as
// the acronyms they most often are (DPRK, USA, NATO).
func titleWord(w string, first bool) string {
	lw := strings.ToLower(w)
	switch {
	case !first && (lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "in" || lw == "on" || lw == "to" || lw == "at"):
		return lw
	case utf8.RuneCountInString(w) <= 4:
		return w
	}
	r := []rune(lw)
	r[0] = unicode.ToUpper(r[0])
	for k := 1; k < len(r); k++ {
		if r[k-1] == '-' || r[k-1] == '\'' || r[k-1] == '’' {
			r[k] = unicode.ToUpper(r[k])
		}
	}
	return string(r)
}

// clipWords cuts s to at most n code points at a word, ending it with an
// ellipsis when it cut.
func clipWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-–—") + "…"
}

// fileParty is the party a file name gives: the name without its folder
// and extension, underscores and hyphens as spaces ("kcna_statement.md"
// is "kcna statement").
func fileParty(name string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	return clipWords(clean(strings.NewReplacer("_", " ", "-", " ").Replace(base)), maxPartyLen)
}

// placeholderAuthors are the authors word processors and sites fill in
// when nobody set one.
var placeholderAuthors = map[string]bool{"user": true, "admin": true, "administrator": true, "author": true, "owner": true,
	"unknown": true, "anonymous": true, "microsoft office user": true, "windows user": true, "python-docx": true,
	"apache poi": true, "webmaster": true, "guest": true, "default": true}

// authorParty is the author as a party: "" for a placeholder ("Microsoft
// Office User", "Administrator") or an address, else tidied and cut to
// maxPartyLen.
func authorParty(a string) string {
	a = strings.TrimSpace(strings.TrimPrefix(clean(a), "By "))
	la := strings.ToLower(a)
	if a == "" || placeholderAuthors[la] || strings.Contains(a, "://") || strings.Contains(a, "@") {
		return ""
	}
	return clipWords(a, maxPartyLen)
}
