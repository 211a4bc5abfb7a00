package importer

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// bigDOCX is a Word document of paragraphs (numbered ones, one list, if
// list is set) holding about n bytes of text.
func bigDOCX(t testing.TB, n int, list bool) []byte {
	var b strings.Builder
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	// Words drawn at random, so that the archive does not pack the text
	// by more than a zip bomb would.
	words := strings.Fields("both sides agreed that the talks had been productive and would go on next month in Busan " +
		"regrettable gangster-like demands denuclearisation progress central issues Pompeo delegation")
	rng := rand.New(rand.NewPCG(7, 7))
	for text := 0; text < n; {
		var para strings.Builder
		for para.Len() < 100 {
			para.WriteString(words[rng.IntN(len(words))])
			para.WriteByte(' ')
		}
		text += para.Len()
		b.WriteString("<w:p>")
		if list {
			b.WriteString(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		}
		fmt.Fprintf(&b, "<w:r><w:t>%s</w:t></w:r></w:p>", para.String())
	}
	b.WriteString("</w:body></w:document>")
	return makeZip(t, "word/document.xml", b.String())
}

// TestDOCXTextIsCapped: a Word document of 9 MB of text (a small file) is
// refused at MaxText, and reading it costs a bounded multiple of that.
func TestDOCXTextIsCapped(t *testing.T) {
	b := bigDOCX(t, 9<<20, false)
	var err error
	got := allocated(func() { _, err = ImportBytes("long.docx", b) })
	if !errors.Is(err, ErrTooMuchText) || !strings.Contains(err.Error(), "8 MB of text") {
		t.Errorf("error = %v, want ErrTooMuchText naming 8 MB", err)
	}
	if limit := uint64(24 * MaxText); got > limit {
		t.Errorf("a %d-byte document allocated %d MB, want at most %d MB", len(b), got>>20, limit>>20)
	}
}

// TestDOCXLongListIsLinear: each item of a numbered list used to be added
// to its block by copying the block, so a list of n items cost n² bytes.
func TestDOCXLongListIsLinear(t *testing.T) {
	const n = 300 << 10
	b := bigDOCX(t, n, true)
	var d Doc
	var err error
	got := allocated(func() { d, err = ImportBytes("list.docx", b) })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(d.Text, "\n\n") != 0 || strings.Count(d.Text, "\n") < 2900 {
		t.Errorf("the list is not one block of lines: %d lines, %d paragraph breaks", strings.Count(d.Text, "\n"), strings.Count(d.Text, "\n\n"))
	}
	if limit := uint64(64 * n); got > limit {
		t.Errorf("a list of %d KB allocated %d MB, want at most %d MB", n>>10, got>>20, limit>>20)
	}
}

// TestPlainTextIsCapped: a text file of more than MaxText is refused with
// a sentence naming the limit.
func TestPlainTextIsCapped(t *testing.T) {
	b := []byte(strings.Repeat("We made progress on almost all of the central issues. ", (9<<20)/54))
	_, err := ImportBytes("long.txt", b)
	if !errors.Is(err, ErrTooMuchText) || !strings.Contains(err.Error(), "more than 8 MB of text") {
		t.Errorf("error = %v, want ErrTooMuchText naming 8 MB", err)
	}
}

// TestMetadataIsClipped: a page whose author field held 20,000 characters
// kept the window from appearing for 28 s (it measures the header on the
// main thread). What a file says about itself is clipped to MaxMetaLen
// code points, an address that long is dropped, and the text is untouched.
func TestMetadataIsClipped(t *testing.T) {
	long := strings.Repeat("Ministry of Foreign Affairs ", 1000)
	page := `<!DOCTYPE html><html><head><title>` + long + `</title><meta name="author" content="` + long + `">` +
		`<link rel="canonical" href="https://example.org/` + strings.Repeat("a", 5000) + `"></head>` +
		`<body><p>We made progress on almost all of the central issues.</p></body></html>`
	d, err := ImportBytes("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"title": d.Title, "author": d.Author} {
		if n := len([]rune(v)); n > MaxMetaLen || !strings.HasSuffix(v, "…") {
			t.Errorf("%s: %d characters ending %q, want at most %d ending with …", name, n, v[max(0, len(v)-10):], MaxMetaLen)
		}
	}
	if d.URL != "" {
		t.Errorf("an address of %d bytes was kept", len(d.URL))
	}
	if d.Text != "We made progress on almost all of the central issues." {
		t.Errorf("text = %q", d.Text)
	}
}

// TestImportStopsWhenCancelled: a long import stops when its context is
// cancelled (the window's Cancel), for the formats that take long.
func TestImportStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	o := Options{Context: ctx}
	for name, b := range map[string][]byte{
		"book.pdf":  sharedContentPDF(3, 100<<10),
		"long.docx": bigDOCX(t, 100<<10, false),
	} {
		if _, err := o.ImportBytes(name, b); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: %v, want context.Canceled", name, err)
		}
	}
}
