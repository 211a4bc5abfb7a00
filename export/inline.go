package export

import (
	"html"
	"html/template"
	"regexp"
	"strings"
)

// inlineHTML renders the Markdown of a note's body as HTML: strong (**x**,
// __x__), emphasis (*x*, _x_), struck (~~x~~) and code (`x`) spans,
// backslash escapes, and line breaks; a heading line is strong, a list
// item's marker a bullet, a quotation's ">" dropped. A link or an image
// keeps only its words, so the HTML refers to nothing outside itself; any
// other markup, and every character of the text, is escaped, so no markup
// a note holds reaches the page.
func inlineHTML(s string) template.HTML {
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n"), "\n")
	for i, l := range lines {
		l = strings.TrimLeft(l, " ")
		for strings.HasPrefix(l, ">") {
			l = strings.TrimLeft(l[1:], " ")
		}
		switch {
		case mdHeading.MatchString(l):
			l = "**" + strings.TrimRight(mdHeading.ReplaceAllString(l, ""), "# ") + "**"
		case mdBullet.MatchString(l):
			l = "• " + mdBullet.ReplaceAllString(l, "")
		}
		lines[i] = l
	}
	var b strings.Builder
	renderInline(&b, strings.Join(lines, "\n"))
	return template.HTML(b.String())
}

var (
	mdHeading = regexp.MustCompile(`^#{1,6}\s+`)
	mdBullet  = regexp.MustCompile(`^[-*+]\s+`)
)

const mdPunct = "\\`*_{}[]()#+-.!~|<>\"'"

// renderInline writes s as HTML.
func renderInline(b *strings.Builder, s string) {
	plain := 0 // start of the text not yet written
	flush := func(end int) {
		b.WriteString(html.EscapeString(s[plain:end]))
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(mdPunct, s[i+1]) >= 0:
			flush(i)
			b.WriteString(html.EscapeString(s[i+1 : i+2]))
			i += 2
			plain = i
			continue
		case c == '\n':
			flush(i)
			b.WriteString("<br>")
			i++
			plain = i
			continue
		case c == '`':
			n := run(s, i, '`')
			if j := strings.Index(s[i+n:], s[i:i+n]); j >= 0 {
				flush(i)
				b.WriteString("<code>" + html.EscapeString(strings.TrimSpace(s[i+n:i+n+j])) + "</code>")
				i += n + j + n
				plain = i
				continue
			}
			i += n
			continue
		case c == '*' || c == '_' || c == '~':
			n := min(run(s, i, c), 2)
			if c == '~' && n != 2 {
				i++
				continue
			}
			if j, ok := closer(s, i, n); ok {
				flush(i)
				tag := map[byte][3]string{'*': {"", "em", "strong"}, '_': {"", "em", "strong"}, '~': {"", "", "del"}}[c][n]
				b.WriteString("<" + tag + ">")
				renderInline(b, s[i+n:j])
				b.WriteString("</" + tag + ">")
				i = j + n
				plain = i
				continue
			}
			i += run(s, i, c)
			continue
		case c == '[' || c == '!' && i+1 < len(s) && s[i+1] == '[':
			open := i
			if c == '!' {
				open++
			}
			if end, next, ok := link(s, open); ok {
				flush(i)
				renderInline(b, s[open+1:end])
				i = next
				plain = i
				continue
			}
		}
		i++
	}
	flush(len(s))
}

// run is the length of the run of c at s[i:].
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// closer finds where the emphasis opened by n delimiters at s[i] closes: a
// run of at least n of the same delimiter after a non-blank, whose last n
// close it. It fails when the opener is followed by a blank, and for _
// inside a word (snake_case) either way.
func closer(s string, i, n int) (int, bool) {
	c := s[i]
	if i+n >= len(s) || isBlank(s[i+n]) || c == '_' && i > 0 && isWordByte(s[i-1]) {
		return 0, false
	}
	for k := i + n + 1; k < len(s); k++ {
		if s[k] == '\n' && k+1 < len(s) && s[k+1] == '\n' {
			return 0, false // emphasis does not cross paragraphs
		}
		if s[k] != c {
			continue
		}
		m := run(s, k, c)
		if m >= n && !isBlank(s[k-1]) && !(c == '_' && k+m < len(s) && isWordByte(s[k+m])) {
			return k + m - n, true
		}
		k += m - 1
	}
	return 0, false
}

// link reads [words](address) at s[open], returning the end of the words
// and the index after the link.
func link(s string, open int) (end, next int, ok bool) {
	depth := 0
	for k := open; k < len(s); k++ {
		switch s[k] {
		case '\\':
			k++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if k+1 >= len(s) || s[k+1] != '(' {
					return 0, 0, false
				}
				if j := strings.IndexByte(s[k+1:], ')'); j >= 0 && !strings.Contains(s[k+1:k+1+j], "\n") {
					return k, k + 1 + j + 1, true
				}
				return 0, 0, false
			}
		case '\n':
			if k+1 < len(s) && s[k+1] == '\n' {
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
