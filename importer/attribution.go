package importer

import (
	"strings"
	"unicode"
)

// token is a word or a punctuation mark of the text, at runes [s, e).
type token struct {
	s, e  int
	text  string
	lower string
	poss  bool // ends in ’s or 's
}

func (t token) isWord() bool {
	r := []rune(t.text)
	return len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]))
}

func (t token) capital() bool {
	r := []rune(t.text)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// base is the word without a possessive ending.
func (t token) base() string {
	if t.poss {
		r := []rune(t.text)
		return string(r[:len(r)-2])
	}
	return t.text
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

// tokenize splits r[s:e) into words (letters and digits, with inner
// apostrophes, hyphens and dots) and single punctuation marks.
func tokenize(r []rune, s, e int) []token {
	var out []token
	for i := s; i < e; {
		c := r[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case isWordRune(c):
			j := i + 1
			for j < e && (isWordRune(r[j]) || strings.ContainsRune("’'-.", r[j]) && j+1 < e && isWordRune(r[j+1])) {
				j++
			}
			// Keep the final dot of "U.S.".
			if j < e && r[j] == '.' && strings.ContainsRune(string(r[i:j]), '.') {
				j++
			}
			// Keep the apostrophe of a capitalised plural possessive in a
			// name: "the National Nurses' Alliance", "the Dockworkers' and
			// Harbour Staff Union".
			if j < e && (r[j] == '\'' || r[j] == '’') && unicode.IsUpper(c) && (r[j-1] == 's' || r[j-1] == 'S') && (j+1 == e || unicode.IsSpace(r[j+1])) {
				j++
			}
			w := string(r[i:j])
			lw := strings.ToLower(w)
			t := token{s: i, e: j, text: w, lower: lw}
			t.poss = strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s")
			out = append(out, t)
			i = j
		default:
			out = append(out, token{s: i, e: i + 1, text: string(c), lower: string(c)})
			i++
		}
	}
	return out
}

// mention is a way the text names a speaker.
type mention struct {
	name    []string // a person's name: "Mike", "Pompeo"
	role    string   // "US Secretary of State"
	qual    string   // an owner: "DPRK" in "the DPRK’s Foreign Minister"
	head    string   // an organisation or office: "Foreign Ministry"
	loc     string   // "Pyongyang" in "the Foreign Ministry in Pyongyang"
	pronoun string   // "he", "she", "they", "it"
	author  bool     // the article's author ("I")
}

// Word lists for recognising attributions and names.
var (
	speechVerbs = set("said says say told tells tell added adds stated states wrote writes " +
		"explained explains insisted insists argued argues claimed claims noted notes declared " +
		"declares announced announces replied replies responded responds continued continues " +
		"warned warns asked asks tweeted tweets posted remarked commented concluded acknowledged " +
		"admitted maintained asserted stressed emphasised emphasized suggested recalled observed " +
		"described describes reads answered conceded vowed pledged boasted cautioned urged " +
		"complained countered retorted quipped predicted confirmed denied proclaimed released " +
		"issued put")
	auxiliaries = set("has have had is was will would also later then once reportedly previously " +
		"recently just publicly again repeatedly earlier simply further subsequently since " +
		"herself himself itself themselves firmly flatly bluntly angrily only then")
	statementCues = set("statement following follows")
	roleWords     = set("secretary minister president spokesman spokeswoman spokesperson spokespeople " +
		"official officials chairman chairwoman chair chairperson director ambassador envoy " +
		"representative leader chief executive head officer commander general governor mayor " +
		"senator lawmaker analyst expert source sources deputy vice senior foreign state defense " +
		"defence press prime king queen prince premier chancellor delegate negotiator adviser " +
		"advisor aide counsel attorney lawyer judge justice professor editor reporter " +
		"correspondent founder owner manager ceo cfo coo member mp assistant undersecretary " +
		"interior finance trade affairs national security vice-chairman vice-president " +
		"spokesmen economic public relations communications")
	orgWords = set("ministry department office agency council committee commission government " +
		"party company corporation corp inc group bank union association house court police " +
		"army military navy side administration embassy parliament congress senate assembly " +
		"board institute university foundation center centre authority authorities federation " +
		"organization organisation league team campaign coalition alliance movement firm staff " +
		"kcna management delegation cabinet secretariat bureau regime service services newspaper")
	stopCaps = set("this that these those there here when while as if but and or so yet however " +
		"meanwhile it its he she they we i you his her their our my your what which who whom " +
		"where why how not no all some both each every other another such one today yesterday " +
		"monday tuesday wednesday thursday friday saturday sunday in on at after before during " +
		"for from with by to of instead thus then now still also even though although since " +
		"because let do does did is was are were be")
	leadAdverbs = set("meanwhile however later earlier in on at after before during speaking asked " +
		"responding today yesterday then still also separately elsewhere now for but and yet " +
		"instead previously last this thus finally indeed moreover separately overnight")
	pronouns = set("he she they it")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func isAcronym(w string) bool {
	n := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			n++
		case c == '.' || c == '-':
		default:
			return false
		}
	}
	return n >= 2
}

// isNPWord reports a token that can be part of a name or office.
func isNPWord(t token) bool {
	return t.isWord() && (t.capital() && !stopCaps[t.lower] || roleWords[t.lower] || orgWords[t.lower])
}

// parseNP reads a noun phrase naming a speaker from toks[i:]: "the DPRK’s
// Foreign Minister", "US Secretary of State Mike Pompeo", "a spokeswoman
// for the company", "he". It returns the mention and the tokens used.
func parseNP(toks []token, i int) (mention, int) {
	if i >= len(toks) {
		return mention{}, 0
	}
	switch w := toks[i].lower; {
	case pronouns[w]:
		return mention{pronoun: w}, 1
	case w == "i" || w == "we":
		return mention{author: true}, 1
	}
	j := i
	if w := toks[j].lower; w == "the" || w == "a" || w == "an" {
		j++
	}
	begin := j
	for j < len(toks) && j-begin < 14 {
		t := toks[j]
		if isNPWord(t) {
			j++
			continue
		}
		// A lowercase modifier of an office: "opposition leader".
		if t.isWord() && !stopCaps[t.lower] && !speechVerbs[t.lower] && !auxiliaries[t.lower] && j+1 < len(toks) &&
			(roleWords[toks[j+1].lower] || orgWords[toks[j+1].lower]) {
			j++
			continue
		}
		if (t.lower == "of" || t.lower == "for" || t.lower == "in" || t.lower == "at") && j > begin && j+1 < len(toks) {
			k := j + 1
			if w := toks[k].lower; w == "the" && k+1 < len(toks) {
				k++
			}
			if isNPWord(toks[k]) {
				j = k
				continue
			}
			// "a negotiator for the farmers": an office's common-noun complement.
			if k > j+1 && (roleWords[toks[j-1].lower] || orgWords[toks[j-1].lower]) && toks[k].isWord() &&
				!stopCaps[toks[k].lower] && !speechVerbs[toks[k].lower] {
				j = k + 1
				continue
			}
		}
		break
	}
	if j == begin {
		return mention{}, 0
	}
	return interpret(toks[begin:j]), j - i
}

// interpret divides a noun phrase into owner, office, name and place.
func interpret(toks []token) mention {
	var m mention
	words := func(ts []token) string {
		var parts []string
		for _, t := range ts {
			parts = append(parts, t.text)
		}
		return strings.Join(parts, " ")
	}
	for k := len(toks) - 1; k > 0; k-- {
		if (toks[k].lower == "in" || toks[k].lower == "at") && k+1 < len(toks) {
			m.loc = words(toks[k+1:])
			toks = toks[:k]
			break
		}
	}
	// "Mark Lee of the Consumer Safety Council": a name, then its affiliation.
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "of" && toks[k].lower != "for" {
			continue
		}
		if p := interpret(toks[:k]); len(p.name) > 0 {
			aff := toks[k+1:]
			if isDeterminer(aff[0]) {
				aff = aff[1:]
			}
			switch {
			case len(aff) == 0:
			case p.role == "":
				p.role = words(aff)
			default:
				p.role += " " + toks[k].text + " " + words(aff)
			}
			return p
		}
		break
	}
	rest := toks
	for k, t := range toks {
		if t.poss && k+1 < len(toks) {
			var q []string
			for _, u := range toks[:k+1] {
				q = append(q, u.base())
			}
			m.qual = strings.Join(q, " ")
			rest = toks[k+1:]
			break
		}
	}
	n := len(rest)
	for n > 0 {
		t := rest[n-1]
		if !t.capital() || roleWords[t.lower] || orgWords[t.lower] || isAcronym(t.text) || stopCaps[t.lower] {
			break
		}
		if n >= 2 && (rest[n-2].lower == "of" || rest[n-2].lower == "for" || rest[n-2].lower == "the") {
			break
		}
		n--
	}
	for _, t := range rest[n:] {
		m.name = append(m.name, t.base())
	}
	if len(m.name) > 0 {
		role := toks[:len(toks)-len(rest)+n]
		m.role = words(role)
		return m
	}
	m.head = words(rest)
	m.role = m.head
	return m
}

// skipLead passes over leading adverbials ending in a comma: "Meanwhile,",
// "In a statement on Saturday,", "Speaking to reporters,".
func skipLead(toks []token) int {
	i := 0
	for round := 0; round < 3 && i < len(toks); round++ {
		w := toks[i].lower
		if !leadAdverbs[w] && !strings.HasSuffix(w, "ing") {
			break
		}
		c := -1
		for k := i; k < len(toks) && k < i+14; k++ {
			if toks[k].text == "," {
				c = k
				break
			}
		}
		if c < 0 {
			break
		}
		i = c + 1
	}
	return i
}

// verbAt returns the length of an attribution verb phrase at toks[i:]
// ("said", "has described", "reportedly told"), or 0.
func verbAt(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < 3 && auxiliaries[toks[j].lower] {
		j++
	}
	if j < len(toks) && speechVerbs[toks[j].lower] {
		return j - i + 1
	}
	return 0
}

// appositive reads ", a State Department spokeswoman" after a name into
// the mention's role and returns the tokens used.
func appositive(toks []token, i int, m *mention) int {
	if i+1 >= len(toks) || toks[i].text != "," || len(m.name) == 0 {
		return 0
	}
	a, n := parseNP(toks, i+1)
	if n == 0 || len(a.name) > 0 || a.head == "" || a.pronoun != "" || a.author {
		return 0
	}
	if m.role == "" {
		m.role = a.head
		if a.loc != "" {
			m.role += " in " + a.loc
		}
	}
	return n + 1
}

// afterAttribution reads an attribution that follows a quotation: "said
// X", "X said", "according to X".
func afterAttribution(toks []token) (mention, bool) {
	i := 0
	for i < len(toks) && !toks[i].isWord() {
		i++
	}
	if i >= len(toks) {
		return mention{}, false
	}
	if m, ok := accordingTo(toks[i:]); ok && m.pronoun == "" {
		return m, true
	}
	if v := verbAt(toks, i); v > 0 {
		if m, n := parseNP(toks, i+v); n > 0 {
			appositive(toks, i+v+n, &m)
			return m, true
		}
	}
	if m, n := parseNP(toks, i); n > 0 {
		j := i + n
		j += appositive(toks, j, &m)
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if v := verbAt(toks, j); v > 0 && len(toks)-(j+v) <= 12 {
			return m, true
		}
	}
	return mention{}, false
}

// accordingTo finds "according to X" in toks.
func accordingTo(toks []token) (mention, bool) {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "according" && toks[k+1].lower == "to" {
			if m, n := parseNP(toks, k+2); n > 0 {
				return m, true
			}
		}
	}
	return mention{}, false
}

// beforeAttribution reads an attribution that leads into a quotation: "X
// said:", "According to X:", "X has described the meetings in the following
// way,", "As I wrote at the time,". A lead-in that ends in neither a colon,
// a comma nor a verb of saying is not one.
func beforeAttribution(toks []token, long bool) (mention, bool) {
	for k, t := range toks {
		if (t.text == "I" || t.lower == "we") && k+1 < len(toks) && verbAt(toks, k+1) > 0 {
			return mention{author: true}, true
		}
	}
	last := toks[len(toks)-1]
	ends := last.text == ":" || last.text == "," || speechVerbs[last.lower]
	if !ends || !long && last.text != ":" {
		return mention{}, false
	}
	if m, ok := accordingTo(toks); ok {
		return m, true
	}
	cue := false
	for _, t := range toks {
		if speechVerbs[t.lower] || statementCues[t.lower] {
			cue = true
		}
	}
	i := skipLead(toks)
	m, n := parseNP(toks, i)
	if n > 0 && !m.author {
		j := i + n
		j += appositive(toks, j, &m)
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if verbAt(toks, j) > 0 || cue || last.text == ":" && j == len(toks)-1 {
			return m, true
		}
	}
	// "Said Pompeo:" and "In his words, said the minister:".
	for k := range toks {
		if v := verbAt(toks, k); v > 0 {
			if m, n := parseNP(toks, k+v); n > 0 && !m.author {
				return m, true
			}
		}
	}
	return mention{}, false
}

// cluster gathers the mentions of one speaker.
type cluster struct {
	ms   []mention
	keys map[string]bool // mentions already held, so repeats are not kept
}

// add keeps m unless the cluster holds the same mention already.
func (c *cluster) add(m mention) {
	k := strings.Join(m.name, " ") + "|" + m.role + "|" + m.qual + "|" + m.head + "|" + m.loc + "|" + m.pronoun
	if c.keys == nil {
		c.keys = map[string]bool{}
	}
	if !c.keys[k] {
		c.keys[k] = true
		c.ms = append(c.ms, m)
	}
}

func (c *cluster) person() bool {
	for _, m := range c.ms {
		if len(m.name) > 0 {
			return true
		}
	}
	return false
}

// display chooses the speaker's name and role from its mentions: the
// fullest personal name and the longest role, or for an organisation its
// owner and office ("DPRK Foreign Ministry").
func (c *cluster) display() (string, string) {
	var name []string
	role, qual, loc := "", "", ""
	for _, m := range c.ms {
		if len(m.name) > len(name) {
			name = m.name
		}
		if len(name) == 0 || len(m.name) > 0 {
			if len(m.role) > len(role) {
				role = m.role
			}
		}
		if qual == "" {
			qual = m.qual
		}
		if loc == "" {
			loc = m.loc
		}
	}
	if len(name) > 0 {
		return strings.Join(name, " "), role
	}
	head := c.ms[0].head
	role = c.ms[0].role
	switch {
	case head == "":
		return "Unnamed speaker", role
	case qual != "" && !strings.Contains(head, qual):
		return qual + " " + head, role
	case loc != "":
		return head + " in " + loc, role
	}
	return head, role
}

// cluster returns the speaker m refers to, starting a new one if none fits.
func (a *article) cluster(m mention) *cluster {
	for _, c := range a.clusters {
		for _, o := range c.ms {
			if sameSpeaker(m, o) {
				c.add(m)
				return c
			}
		}
	}
	c := &cluster{}
	c.add(m)
	a.clusters = append(a.clusters, c)
	return c
}

// sameSpeaker decides whether two mentions name one speaker: the same
// surname, an office that is the person's role, or organisations sharing
// their head nouns.
func sameSpeaker(a, b mention) bool {
	switch {
	case len(a.name) > 0 && len(b.name) > 0:
		la, lb := strings.ToLower(a.name[len(a.name)-1]), strings.ToLower(b.name[len(b.name)-1])
		if la != lb {
			return false
		}
		return len(a.name) == 1 || len(b.name) == 1 || strings.EqualFold(a.name[0], b.name[0])
	case len(a.name) > 0 || len(b.name) > 0:
		if len(b.name) > 0 {
			a, b = b, a
		}
		hs := stems(b.head)
		if len(hs) == 0 {
			return false
		}
		rs := stems(a.role)
		for s := range hs {
			if !rs[s] {
				return false
			}
		}
		return true
	}
	if a.head == "" || b.head == "" {
		return false
	}
	sa, sb := stems(a.head), stems(b.head)
	shared := 0
	for s := range sa {
		if sb[s] {
			shared++
		}
	}
	ha, hb := lastStem(a.head), lastStem(b.head)
	if ha != hb {
		return false
	}
	if shared >= 2 {
		return true
	}
	return (a.qual == "" || b.qual == "" || strings.EqualFold(a.qual, b.qual)) &&
		(a.loc == "" || b.loc == "" || strings.EqualFold(a.loc, b.loc))
}

// stems returns the crude stems of the content words of s.
func stems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(w)
		if w == "of" || w == "the" || w == "for" || w == "and" || w == "a" || w == "an" {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

func lastStem(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return stem(strings.ToLower(f[len(f)-1]))
}

// stem strips plural and agent endings so "Minister", "Ministry" and
// "ministries" meet.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		w = strings.TrimSuffix(w, "ies")
	} else if strings.HasSuffix(w, "s") && len(w) > 3 {
		w = strings.TrimSuffix(w, "s")
	}
	for _, suf := range []string{"ry", "er", "y"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// enrich adds to each speaker the fuller mentions the commentary makes of
// it ("US Secretary of State Mike Pompeo" for "Pompeo", "the DPRK’s Foreign
// Minister" for "the Foreign Ministry"), without creating speakers.
func (a *article) enrich() {
	if len(a.clusters) == 0 {
		return
	}
	qi := 0
	for p, sp := range a.paras {
		for qi < len(a.quotes) && a.quotes[qi].close < sp.Start {
			qi++
		}
		if a.labelled[p] {
			continue
		}
		for _, seg := range a.outsideQuotes(sp, qi) {
			toks := tokenize(a.r, seg.Start, seg.End)
			for i := 0; i < len(toks); i++ {
				if i > 0 && (isNPWord(toks[i-1]) || isDeterminer(toks[i-1])) || !isNPWord(toks[i]) && !isDeterminer(toks[i]) {
					continue
				}
				m, n := parseNP(toks, i)
				if n == 0 {
					continue
				}
				i += n - 1
				if m.pronoun != "" || m.author || len(m.name) < 2 && m.qual == "" && m.role == "" {
					continue
				}
				a.addMention(m)
			}
		}
	}
}

// addMention adds m to the first speaker it names, if any.
func (a *article) addMention(m mention) {
	for _, c := range a.clusters {
		for _, o := range c.ms {
			if sameSpeaker(m, o) {
				c.add(m)
				return
			}
		}
	}
}

func isDeterminer(t token) bool {
	return t.lower == "the" || t.lower == "a" || t.lower == "an"
}

// outsideQuotes returns the parts of paragraph sp outside quotations,
// looking at the quotations from index qi on.
func (a *article) outsideQuotes(sp Span, qi int) []Span {
	var out []Span
	pos := sp.Start
	for _, q := range a.quotes[qi:] {
		if q.open >= sp.End {
			break
		}
		if q.close < pos {
			continue
		}
		if q.open > pos {
			out = append(out, Span{pos, q.open})
		}
		pos = q.close + 1
	}
	if pos < sp.End {
		out = append(out, Span{pos, sp.End})
	}
	return out
}
