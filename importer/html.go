package importer

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"
)

// maxDepth is how deeply nested HTML elements may be before the importer
// flattens them into their text, so hostile markup cannot exhaust the stack.
const maxDepth = 256

// maxReadabilityElems is the element count above which the main-content
// extraction is skipped in favour of the plain walk, which is linear.
const maxReadabilityElems = 60000

// importHTML extracts the main text and metadata of a web page. contentType
// is the HTTP Content-Type header when the page was fetched, else "".
func importHTML(b []byte, contentType string) (Doc, error) {
	s, enc, err := decodeHTML(b, contentType)
	if err != nil {
		return Doc{}, err
	}
	root, err := parseHTML(s)
	if err != nil {
		return Doc{}, err
	}
	elems := limitDepth(root)
	d := htmlMeta(root)
	d.Format, d.Encoding = "html", enc
	removeHidden(root)
	body := findElement(root, atom.Body)
	if body == nil {
		body = root
	}
	d.heading = firstHeading(body)
	whole := joinBlocks(htmlBlocks(body, true))
	d.Text = whole
	if elems <= maxReadabilityElems {
		p := readability.NewParser()
		p.DisableJSONLD = true
		art, err := p.ParseAndMutate(root, nil)
		if err == nil && art.Node != nil {
			main := joinBlocks(htmlBlocks(art.Node, false))
			// Keep the extraction unless it lost most of a short page.
			if utf8.RuneCountInString(main) >= 200 || utf8.RuneCountInString(main)*2 >= utf8.RuneCountInString(whole) {
				d.Text = main
			}
			if d.Title == "" {
				d.Title = clean(art.Title())
			}
			if d.Author == "" {
				d.Author = clean(art.Byline())
			}
			if d.Outlet == "" {
				d.Outlet = clean(art.SiteName())
			}
			if d.Language == "" {
				d.Language = clean(art.Language())
			}
		}
	}
	if d.Text == "" {
		return Doc{}, ErrNoText
	}
	return d, nil
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)`)

// decodeHTML decodes a page: a byte-order mark first, then the charset of
// the Content-Type header, then a <meta> charset in the first 4 KB, else the
// detection of Decode.
func decodeHTML(b []byte, contentType string) (string, string, error) {
	if len(b) > MaxBytes {
		return "", "", ErrTooLarge
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" && !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) && !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		head := b
		if len(head) > 4096 {
			head = head[:4096]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			label = string(m[1])
		}
	}
	if label != "" {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return "", "", fmt.Errorf("%w: the page declares the character set %q, which Parley does not know", ErrEncoding, label)
		}
		name, _ := htmlindex.Name(enc)
		switch name {
		case "utf-8", "utf-16le", "utf-16be":
			// Decode checks these and their byte-order marks itself.
		default:
			if isBinary(b) {
				return "", "", ErrBinary
			}
			d, err := enc.NewDecoder().Bytes(b)
			if err != nil {
				return "", "", fmt.Errorf("%w: the page is not valid %s", ErrEncoding, label)
			}
			return string(d), name, nil
		}
	}
	t, err := Decode(b)
	if err != nil {
		return "", "", err
	}
	return t.Body, t.Encoding, nil
}

// parseHTML parses a page after dropping the tags nested deeper than
// maxDepth: the HTML parser takes time quadratic in the nesting depth, so a
// page of 100,000 nested <div>s would otherwise stall the import. The depth
// is estimated from the tags with the implied closings of p, li, td and their
// kin; text is kept whatever its depth.
func parseHTML(s string) (*html.Node, error) {
	var out strings.Builder
	out.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	var open []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				break
			}
			if n := len(open); n > 0 && (open[n-1] == tag && selfClosing[tag] || open[n-1] == "p" && blockKind(atom.Lookup(name)) != blockInline) {
				open = open[:n-1]
			}
			if len(open) >= maxDepth {
				continue
			}
			open = append(open, tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			k := len(open) - 1
			for k >= 0 && open[k] != tag {
				k--
			}
			if k < 0 {
				if !voidElements[tag] && len(open) >= maxDepth {
					continue
				}
				break
			}
			open = open[:k]
		}
		out.Write(raw)
	}
	root, err := html.Parse(strings.NewReader(out.String()))
	if err != nil {
		return nil, fmt.Errorf("%w: the page cannot be parsed as HTML", ErrCorrupt)
	}
	return root, nil
}

var (
	voidElements = set("area base br col embed hr img input link meta param source track wbr")
	selfClosing  = set("p li td th tr dt dd option")
)

// limitDepth flattens elements nested deeper than maxDepth into their text
// and returns the number of elements in the tree. It does not recurse.
func limitDepth(root *html.Node) int {
	type item struct {
		n     *html.Node
		depth int
	}
	count := 0
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.n.Type == html.ElementNode {
			count++
		}
		if it.depth >= maxDepth && it.n.FirstChild != nil {
			text := textContent(it.n)
			for c := it.n.FirstChild; c != nil; {
				next := c.NextSibling
				it.n.RemoveChild(c)
				c = next
			}
			it.n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return count
}

// textContent is the text of n's subtree without scripts and styles,
// gathered without recursion.
func textContent(n *html.Node) string {
	var sb strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case c.Type == html.TextNode:
			sb.WriteString(c.Data)
			sb.WriteByte(' ')
			continue
		case c.Type == html.ElementNode && dropped(c, false):
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return sb.String()
}

// dropped reports elements whose content is never statement text: code,
// styles, embedded objects, forms' controls, and (when navigation is set)
// the page's navigation and furniture.
func dropped(n *html.Node, navigation bool) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Iframe,
		atom.Object, atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Audio, atom.Video,
		atom.Select, atom.Button, atom.Input, atom.Textarea, atom.Nav, atom.Img, atom.Picture, atom.Map:
		return true
	case atom.Header, atom.Footer, atom.Aside:
		return navigation
	}
	return false
}

// removeHidden deletes scripts, styles and hidden elements from the tree
// before any extraction sees it.
func removeHidden(root *html.Node) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode || c.Type == html.ElementNode && (isHidden(c) || c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript || c.DataAtom == atom.Template) {
				n.RemoveChild(c)
			} else {
				stack = append(stack, c)
			}
			c = next
		}
	}
}

func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// firstHeading is the text of the first h1 under n, else of its first h2,
// white space collapsed.
func firstHeading(n *html.Node) string {
	for _, a := range []atom.Atom{atom.H1, atom.H2} {
		if h := findElement(n, a); h != nil {
			return clean(textContent(h))
		}
	}
	return ""
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return nil
}

// blockKind says how an element breaks the text flow.
func blockKind(a atom.Atom) int {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Ul, atom.Ol, atom.Dl,
		atom.Table, atom.Figure, atom.Figcaption, atom.Header, atom.Footer, atom.Aside,
		atom.Address, atom.Hr, atom.Center, atom.Details, atom.Summary, atom.Caption, atom.Form,
		atom.Fieldset, atom.Body:
		return blockPara
	case atom.Li, atom.Tr, atom.Dt, atom.Dd:
		return blockLine
	case atom.Br:
		return blockBreak
	case atom.Td, atom.Th:
		return blockCell
	}
	return blockInline
}

const (
	blockInline = iota
	blockPara
	blockLine
	blockBreak
	blockCell
)

// htmlSpace maps the white space HTML collapses to plain spaces.
var htmlSpace = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ", "\f", " ")

// htmlBlocks walks n without recursion and returns its text as blocks:
// paragraphs and headings become blocks, list items and table rows lines,
// <br> a line break. With navigation set, page furniture is left out.
func htmlBlocks(n *html.Node, navigation bool) []string {
	var blocks []string
	var cur strings.Builder
	items := 0         // depth of list items: blocks inside them are lines
	pre := 0           // depth of <pre>: line breaks in text are kept
	var counters []int // item numbers of the open lists (0 for <ul>)
	flush := func() {
		if strings.TrimSpace(cur.String()) != "" {
			blocks = append(blocks, cur.String())
		}
		cur.Reset()
	}
	newline := func() {
		if s := cur.String(); s != "" && !strings.HasSuffix(s, "\n") {
			cur.WriteByte('\n')
		}
	}
	type event struct {
		n    *html.Node
		exit bool
	}
	stack := []event{{n, false}}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		c := e.n
		if c.Type == html.TextNode {
			if pre > 0 {
				cur.WriteString(c.Data)
			} else {
				cur.WriteString(htmlSpace.Replace(c.Data))
			}
			continue
		}
		if c.Type != html.ElementNode && c.Type != html.DocumentNode {
			continue
		}
		kind := blockKind(c.DataAtom)
		if !e.exit {
			if c.Type == html.ElementNode && (dropped(c, navigation) || isHidden(c)) {
				continue
			}
			switch {
			case kind == blockPara && items > 0, kind == blockBreak:
				newline()
			case kind == blockPara:
				flush()
			case kind == blockLine:
				newline()
			case kind == blockCell:
				cur.WriteByte('\t')
			}
			switch c.DataAtom {
			case atom.Ol:
				start := 1
				if v, err := strconv.Atoi(attr(c, "start")); err == nil && v >= 0 && v < 1e6 {
					start = v
				}
				counters = append(counters, start)
			case atom.Ul:
				counters = append(counters, 0)
			case atom.Pre:
				pre++
			case atom.Li:
				items++
				if k := len(counters); k > 0 && counters[k-1] > 0 {
					fmt.Fprintf(&cur, "%d. ", counters[k-1])
					counters[k-1]++
				}
			}
			stack = append(stack, event{c, true})
			for k := c.LastChild; k != nil; k = k.PrevSibling {
				stack = append(stack, event{k, false})
			}
			continue
		}
		switch c.DataAtom {
		case atom.Ol, atom.Ul:
			if len(counters) > 0 {
				counters = counters[:len(counters)-1]
			}
		case atom.Li:
			items--
		case atom.Pre:
			pre--
		}
		switch {
		case kind == blockPara && items > 0, kind == blockLine:
			newline()
		case kind == blockPara:
			flush()
		}
	}
	flush()
	return blocks
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// htmlMeta reads the title, author, outlet, address, date and language a
// page declares in its <head> and <html> element.
func htmlMeta(root *html.Node) Doc {
	var d Doc
	var title, ogTitle, canonical, ogURL string
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				d.Language = attr(n, "lang")
			case atom.Title:
				if title == "" {
					title = textContent(n)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					canonical = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "http-equiv"))
				}
				val := clean(attr(n, "content"))
				set := func(p *string) {
					if *p == "" {
						*p = val
					}
				}
				switch key {
				case "og:title", "twitter:title":
					set(&ogTitle)
				case "og:site_name", "application-name":
					set(&d.Outlet)
				case "og:url":
					set(&ogURL)
				case "article:published_time", "datepublished", "date", "dc.date", "dcterms.date", "citation_publication_date", "pubdate":
					set(&d.Date)
				case "author", "article:author", "dc.creator", "byl":
					if !strings.HasPrefix(val, "http") {
						set(&d.Author)
					}
				case "content-language", "og:locale", "dc.language":
					set(&d.Language)
				}
			case atom.Body:
				continue
			}
		}
		for k := n.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	d.Title = clean(firstOf(ogTitle, title))
	d.URL = firstOf(canonical, ogURL)
	d.Author = strings.TrimPrefix(d.Author, "By ")
	return d
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// clean collapses white space in a metadata value.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
