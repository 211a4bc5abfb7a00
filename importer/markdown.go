package importer

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// markdown renders CommonMark with GitHub tables and strikethrough. Raw HTML
// in the source is left out (goldmark's safe default), so no script in a
// Markdown file reaches the text.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// importMarkdown renders a Markdown file to plain text: paragraphs and
// headings as paragraphs, list items as lines, markup gone. A YAML-style
// front matter block (--- … ---) of "key: value" lines fills the metadata.
func importMarkdown(b []byte) (Doc, error) {
	t, err := Decode(b)
	if err != nil {
		return Doc{}, err
	}
	src := strings.ReplaceAll(t.Body, "\r\n", "\n")
	d, body := frontMatter(src)
	var out bytes.Buffer
	if err := markdown.Convert([]byte(body), &out); err != nil {
		return Doc{}, fmt.Errorf("%w: the Markdown cannot be rendered", ErrCorrupt)
	}
	root, err := parseHTML(out.String())
	if err != nil {
		return Doc{}, err
	}
	limitDepth(root)
	d.heading = firstHeading(root)
	d.Text = joinBlocks(htmlBlocks(root, false))
	d.Format, d.Encoding = "markdown", t.Encoding
	return d, nil
}

// frontMatter splits a leading "---" block of "key: value" lines off a
// Markdown source and reads the keys Parley knows.
func frontMatter(src string) (Doc, string) {
	var d Doc
	rest, ok := strings.CutPrefix(src, "---\n")
	if !ok {
		return d, src
	}
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return d, src
	}
	block, body := rest[:end], rest[end+len("\n---"):]
	if i := strings.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = ""
	}
	for _, line := range strings.Split(block, "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), `"'`)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			d.Title = val
		case "author", "by", "byline":
			d.Author = val
		case "party", "speaker", "side":
			d.Party = val
		case "outlet", "source", "publication", "site", "publisher":
			d.Outlet = val
		case "url", "link", "canonical":
			d.URL = val
		case "date", "published", "published_at":
			d.Date = val
		case "lang", "language":
			d.Language = val
		case "translation", "translated", "translator", "note":
			d.Note = val
		}
	}
	return d, body
}
