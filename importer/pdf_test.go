package importer

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// pdfWriter writes small PDFs for tests: numbered objects, Flate streams,
// a cross-reference table and a trailer.
type pdfWriter struct {
	buf     bytes.Buffer
	offsets []int
}

func newPDFWriter() *pdfWriter {
	w := &pdfWriter{}
	w.buf.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	return w
}

// add writes object number len(offsets)+1 and returns its number.
func (w *pdfWriter) add(body string) int {
	w.offsets = append(w.offsets, w.buf.Len())
	n := len(w.offsets)
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", n, body)
	return n
}

// stream writes a Flate-compressed stream object with extra dictionary
// entries.
func (w *pdfWriter) stream(dict string, data []byte) int {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(data)
	zw.Close()
	return w.add(fmt.Sprintf("<< /Length %d /Filter /FlateDecode %s >>\nstream\n%s\nendstream", z.Len(), dict, z.Bytes()))
}

func (w *pdfWriter) finish(trailer string) []byte {
	xref := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", len(w.offsets)+1)
	for _, o := range w.offsets {
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", len(w.offsets)+1, trailer, xref)
	return w.buf.Bytes()
}

// pdfLiteral escapes s as a PDF literal string in Windows-1252.
func pdfLiteral(s string) string {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	return "(" + r.Replace(string(b)) + ")"
}

// textPDF builds a PDF whose pages hold paragraphs of lines in Helvetica,
// a blank line's leading between paragraphs.
func textPDF(pages [][][]string) []byte {
	w := newPDFWriter()
	w.add("<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>")
	w.add("PAGES")
	font := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	var kids []string
	for _, paras := range pages {
		var c strings.Builder
		c.WriteString("BT /F1 11 Tf 14 TL 72 760 Td\n")
		for _, para := range paras {
			for _, line := range para {
				fmt.Fprintf(&c, "%s Tj T*\n", pdfLiteral(line))
			}
			c.WriteString("T*\n")
		}
		c.WriteString("ET\n")
		content := w.stream("", []byte(c.String()))
		kids = append(kids, fmt.Sprintf("%d 0 R", w.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>", content))))
	}
	// The page tree, with the font resources inherited by every page.
	pagesObj := fmt.Sprintf("2 0 obj\n<< /Type /Pages /Count %d /Kids [%s] /Resources << /Font << /F1 %d 0 R >> >> >>\nendobj\n", len(kids), strings.Join(kids, " "), font)
	info := w.add("<< /Title (Statement on the talks) /Author <FEFF004400500052004B> /CreationDate (D:20180707093000+09'00') >>")
	out := w.finish(fmt.Sprintf("/Root 1 0 R /Info %d 0 R", info))
	return bytes.Replace(out, []byte("2 0 obj\nPAGES\nendobj\n"), []byte(pagesObj), 1)
}

func TestImportPDF(t *testing.T) {
	b := textPDF([][][]string{
		{{"It was, however, so regretful to mention what the", "U.S. side had shown in its attitude — “gangster-like”."}, {"We expected a constructive proposal. Café."}},
		{{"The results of the talks can’t but be so apprehensive."}},
	})
	var progress []int
	d, err := Options{Progress: func(done, total int) { progress = append(progress, done, total) }}.ImportBytes("statement.pdf", b)
	if err != nil {
		t.Fatal(err)
	}
	want := "It was, however, so regretful to mention what the U.S. side had shown in its attitude — “gangster-like”.\n\n" +
		"We expected a constructive proposal. Café.\n\n" +
		"The results of the talks can’t but be so apprehensive."
	if d.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", d.Text, want)
	}
	if d.Title != "Statement on the talks" || d.Author != "DPRK" || d.Date != "2018-07-07" || d.Language != "en-GB" || d.Format != "pdf" {
		t.Errorf("metadata = %+v", d)
	}
	if fmt.Sprint(progress) != "[1 2 2 2]" {
		t.Errorf("progress calls = %v, want [1 2 2 2]", progress)
	}
}

// TestImportPDFType0 covers a composite font with two-byte codes mapped by
// a ToUnicode CMap, TJ kerning with word gaps, objects inside an object
// stream, and a text matrix set with Tm.
func TestImportPDFType0(t *testing.T) {
	cmap := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <D55C> <0002> <AD6D> endbfchar
1 beginbfrange <0010> <0012> <0061> endbfrange
1 beginbfrange <0020> <0021> [<201C> <201D>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	w := newPDFWriter()
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	// Object 2 (the page tree) and 3 (the page) live in an object stream.
	tree := "<< /Type /Pages /Count 1 /Kids [3 0 R] >>"
	page := "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F0 6 0 R >> >> /Contents 5 0 R >>"
	header := fmt.Sprintf("2 0 3 %d ", len(tree)+1)
	w.offsets = append(w.offsets, 0, 0) // numbers 2 and 3 are in the stream
	w.stream(fmt.Sprintf("/Type /ObjStm /N 2 /First %d", len(header)), []byte(header+tree+" "+page))
	w.stream("", []byte("BT /F0 12 Tf 1 0 0 1 72 700 Tm [<00010002>] TJ 0 -20 Td [<0020> 120 <00100011> -400 <0012> <0021>] TJ ET"))
	w.add("<< /Type /Font /Subtype /Type0 /BaseFont /Batang /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>")
	w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Batang /DW 1000 /W [1 [500 500] 16 18 500] >>")
	w.stream("", []byte(cmap))
	d, err := ImportBytes("korean.pdf", w.finish("/Root 1 0 R"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "한국\n\n“ab c”" && d.Text != "한국 “ab c”" {
		t.Errorf("text = %q", d.Text)
	}
}

func TestImportPDFRefusals(t *testing.T) {
	scan := newPDFWriter()
	scan.add("<< /Type /Catalog /Pages 2 0 R >>")
	scan.add("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	scan.add("<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
	scan.stream("", []byte("q 612 0 0 792 0 0 cm /Im1 Do Q"))
	scan.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0x80})

	enc := newPDFWriter()
	enc.add("<< /Type /Catalog /Pages 2 0 R >>")
	enc.add("<< /Type /Pages /Count 0 /Kids [] >>")
	enc.add("<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>")

	tests := []struct {
		name string
		in   []byte
		err  error
		says string
	}{
		{"scan", scan.finish("/Root 1 0 R"), ErrNoTextLayer, "this PDF has no text layer (it is probably a scan)"},
		{"encrypted", enc.finish("/Root 1 0 R /Encrypt 3 0 R"), ErrEncrypted, "password"},
		{"garbage", []byte("%PDF-1.4\nthis is not a PDF at all\n%%EOF"), ErrCorrupt, "damaged"},
		{"truncated", textPDF([][][]string{{{"Some text"}}})[:200], ErrCorrupt, "damaged"},
		{"stream bomb", bombPDF(), ErrZipBomb, "unpacks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ImportBytes(tt.name+".pdf", tt.in)
			if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error = %v, want %v saying %q", err, tt.err, tt.says)
			}
		})
	}
}

// bombPDF has a content stream that inflates to more than the stream limit.
func bombPDF() []byte {
	w := newPDFWriter()
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	w.add("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	w.add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
	w.stream("", make([]byte, maxStreamBytes+1))
	return w.finish("/Root 1 0 R")
}

func FuzzPDF(f *testing.F) {
	f.Add(textPDF([][][]string{{{"Hello “world”", "second line"}, {"para"}}}))
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]>>endobj 3 0 obj<</Type/Page/Contents 4 0 R>>endobj 4 0 obj<</Length 30>>stream\nBT (abc) Tj [(d) -300 (e)] TJ ET\nendstream endobj trailer<</Root 1 0 R>>"))
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/ObjStm/N 1/First 4>>stream\n2 0 <</Type/Catalog>>\nendstream endobj"))
	// The hostile shapes, small: open strings at every header, CMap and
	// width ranges over every code, forms drawing themselves, one stream
	// drawn by many pages. testdata/fuzz/FuzzPDF holds them too.
	for _, b := range hostileSeeds() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ImportBytes("f.pdf", b)
		if err != nil {
			return
		}
		checkDocText(t, d.Text)
		if len(d.Text) > MaxText {
			t.Fatalf("%d bytes of text, more than MaxText", len(d.Text))
		}
	})
}
