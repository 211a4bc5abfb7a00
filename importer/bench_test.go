package importer

import (
	"fmt"
	"strings"
	"testing"
)

// bigPage builds a deterministic news page of about n bytes: navigation,
// an article of paragraphs with links and emphasis, and a sidebar.
func bigPage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Long read</title>` +
		`<meta property="og:site_name" content="Example"><script>var x = 1;</script></head><body>` +
		`<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav><article><h1>Long read</h1>`)
	for i := 0; b.Len() < n-2000; i++ {
		fmt.Fprintf(&b, `<p>Paragraph %d: “We made progress,” said the <a href="/p/%d">minister</a>, but the other side `+
			`called the talks <em>regrettable</em> and said the proposals of one side ran counter to the spirit `+
			`of the summit — 한국어 text, café, naïve.</p>`, i, i)
		if i%50 == 0 {
			fmt.Fprintf(&b, `<div class="ad"><script>track(%d)</script><span>Advertisement</span></div>`, i)
		}
	}
	b.WriteString(`</article><aside><ul><li>Related</li></ul></aside><footer>© Example</footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkImportHTML5MB(b *testing.B) {
	page := bigPage(5 << 20)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		d, err := ImportBytes("big.html", page)
		if err != nil || !strings.Contains(d.Text, "Paragraph 9000:") {
			b.Fatalf("import failed: %v (%d bytes of text)", err, len(d.Text))
		}
	}
}

func BenchmarkImportPDF300Pages(b *testing.B) {
	var pages [][][]string
	for p := 0; p < 300; p++ {
		var paras [][]string
		for q := 0; q < 9; q++ {
			var lines []string
			for l := 0; l < 5; l++ {
				lines = append(lines, fmt.Sprintf("Page %d, paragraph %d, line %d: the U.S. side “made progress” — café.", p+1, q+1, l+1))
			}
			paras = append(paras, lines)
		}
		pages = append(pages, paras)
	}
	pdf := textPDF(pages)
	b.SetBytes(int64(len(pdf)))
	for b.Loop() {
		d, err := ImportBytes("book.pdf", pdf)
		if err != nil || !strings.Contains(d.Text, "Page 300, paragraph 9, line 5") {
			b.Fatalf("import failed: %v", err)
		}
	}
}

func BenchmarkSplitArticle(b *testing.B) {
	text := strings.Repeat("The minister spoke. “We made progress in every element of our discussions,” said Mike Pompeo, US Secretary of State. Analysts were unconvinced.\n\n", 2000)
	for b.Loop() {
		SplitArticle(text)
	}
}
