package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Bounds of a proposed file name, in bytes (file systems count bytes):
// each part, and the name without its extension.
const (
	maxNamePart = 50
	maxName     = 150
)

// FileName proposes a safe file name from parts such as the two parties
// and the kind of file, with the extension ext (".html", or "" for none):
// FileName(".html", "Mike Pompeo, US Secretary of State", "vs", "DPRK
// Foreign Ministry", "handout") is
// "mike-pompeo-us-secretary-of-state-vs-dprk-foreign-ministry-handout.html".
// Letters and digits (of any script) are kept, in lower case; apostrophes
// and dots inside words go ("U.S." is "us"); every other character —
// commas, slashes, colons, quotes, control characters, white space — ends
// a word, and words are joined by single hyphens. Each part is cut, at a
// word where it can be, to 50 bytes and the whole name to 150 bytes before
// the extension, so no part crowds out the others and the name fits every
// file system. A name that would be empty is "parley"; one that Windows
// reserves (con, nul, com1, …) gets "-file" added.
func FileName(ext string, parts ...string) string {
	var words []string
	for _, p := range parts {
		if w := fileWords(p); w != "" {
			words = append(words, cut(w, maxNamePart))
		}
	}
	name := cut(strings.Join(words, "-"), maxName)
	if name == "" {
		name = "parley"
	}
	if reserved[name] {
		name += "-file"
	}
	if e := fileWords(ext); e != "" {
		name += "." + e
	}
	return name
}

// reserved are the names Windows gives devices, whatever the extension.
var reserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true}

// fileWords is s in lower case, its words (letters, digits and marks)
// joined by hyphens.
func fileWords(s string) string {
	s = norm.NFC.String(strings.ToLower(s))
	var b strings.Builder
	gap := false
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			gap = false
			b.WriteRune(r)
		case (r == '\'' || r == '’' || r == '.') && b.Len() > 0 && !gap && i+utf8.RuneLen(r) < len(s):
			// Inside a word: "pompeo's", "u.s." go on as one word.
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				gap = true
			}
		default:
			gap = true
		}
	}
	return b.String()
}

// cut shortens a hyphenated name to at most n bytes, at a hyphen if one
// falls in its second half, else at a character.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if h := strings.LastIndexByte(s[:i+1], '-'); h > n/2 {
		i = h
	}
	return strings.Trim(s[:i], "-")
}
