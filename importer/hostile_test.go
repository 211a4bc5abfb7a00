package importer

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The hostile PDFs below are small files built to make a naive reader run
// for minutes or take gigabytes. Each generator takes a size, so that the
// tests use small ones and `PARLEY_HOSTILE_OUT=DIR go test -run
// TestWriteHostileFixtures` writes the sizes the probe used, for measuring
// a whole process.

// deflated compresses b with zlib, as a FlateDecode stream holds it.
func deflated(b []byte) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(b)
	zw.Close()
	return z.Bytes()
}

// rawStream writes a stream object whose data is already encoded.
func (w *pdfWriter) rawStream(dict string, data []byte) int {
	return w.add(fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), dict, data))
}

// onePage writes the catalogue, a page tree of one page with the given
// resources and content (objects 1 to 4).
func onePage(w *pdfWriter, resources string, content []byte) {
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	w.add("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	w.add("<< /Type /Page /Parent 2 0 R /Resources " + resources + " /Contents 4 0 R >>")
	w.stream("", content)
}

// sharedContentPDF has pages pages that all draw one content stream
// showing about textBytes of text: a small file whose text is pages times
// that.
func sharedContentPDF(pages, textBytes int) []byte {
	var c strings.Builder
	c.WriteString("BT /F1 10 Tf 12 TL 72 760 Td\n")
	line := "(Both sides agreed that the talks had been productive and would go on next month.) Tj T*\n"
	for c.Len() < textBytes {
		c.WriteString(line)
	}
	c.WriteString("ET\n")
	w := newPDFWriter()
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	w.add("PAGES")
	font := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	content := w.stream("", []byte(c.String()))
	var kids []string
	for range pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", w.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>", content))))
	}
	pagesObj := fmt.Sprintf("2 0 obj\n<< /Type /Pages /Count %d /Kids [%s] /Resources << /Font << /F1 %d 0 R >> >> >>\nendobj\n", len(kids), strings.Join(kids, " "), font)
	out := w.finish("/Root 1 0 R")
	return bytes.Replace(out, []byte("2 0 obj\nPAGES\nendobj\n"), []byte(pagesObj), 1)
}

// unterminatedLiteralPDF is n object headers, each opening a literal
// string that no parenthesis closes.
func unterminatedLiteralPDF(n int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d 0 obj (\n", i)
	}
	return b.Bytes()
}

// unterminatedHexPDF is n object headers, each opening a hex string that
// only the '>' at the very end of the file closes.
func unterminatedHexPDF(n int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d 0 obj <4142\n", i)
	}
	b.WriteString(">\n")
	return b.Bytes()
}

// type0PDF is one page showing a few two-byte codes in a Type0 font with
// the given descendant font entries and ToUnicode CMap.
func type0PDF(descendant string, cmap []byte) []byte {
	w := newPDFWriter()
	onePage(w, "<< /Font << /F0 5 0 R >> >>", []byte("BT /F0 12 Tf 72 700 Td <000100020003> Tj ET"))
	w.add("<< /Type /Font /Subtype /Type0 /BaseFont /Batang /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
	w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Batang " + descendant + " >>")
	w.rawStream("/Filter /FlateDecode", deflated(cmap))
	return w.finish("/Root 1 0 R")
}

// bfrangePDF has a ToUnicode CMap of n ranges, each over every two-byte
// code.
func bfrangePDF(n int) []byte {
	var c strings.Builder
	c.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	for i := 0; i < n; i += 100 {
		k := min(100, n-i)
		fmt.Fprintf(&c, "%d beginbfrange\n", k)
		for range k {
			c.WriteString("<0000> <FFFF> <0041>\n")
		}
		c.WriteString("endbfrange\n")
	}
	c.WriteString("endcmap CMapName currentdict /CMap defineresource pop end end\n")
	return type0PDF("/DW 1000", []byte(c.String()))
}

// cidWidthsPDF has a CID font whose /W array holds n ranges of 65,536
// codes each, one after the other.
func cidWidthsPDF(n int) []byte {
	var ws strings.Builder
	for i := range n {
		fmt.Fprintf(&ws, "%d %d 500 ", i*65536, i*65536+65535)
	}
	cmap := "/CIDInit /ProcSet findresource begin begincmap 1 beginbfchar <0001> <0041> endbfchar endcmap end"
	return type0PDF("/DW 1000 /W ["+ws.String()+"]", []byte(cmap))
}

// formFanoutPDF has a page that draws a form which draws itself fanout
// times, so that drawing it to the nesting limit means fanout^depth forms.
func formFanoutPDF(fanout int) []byte {
	w := newPDFWriter()
	onePage(w, "<< /XObject << /X 5 0 R >> /Font << /F1 6 0 R >> >>", []byte("BT /F1 12 Tf 72 700 Td (Start) Tj ET /X Do"))
	form := "BT /F1 12 Tf (x) Tj ET " + strings.Repeat("/X Do ", fanout)
	w.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> /Font << /F1 6 0 R >> >>", []byte(form))
	w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	return w.finish("/Root 1 0 R")
}

// decodeSpikePDF has a page whose content is parts references to one
// stream that inflates to just under the one-stream limit.
func decodeSpikePDF(parts int) []byte {
	w := newPDFWriter()
	w.add("<< /Type /Catalog /Pages 2 0 R >>")
	w.add("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	refs := strings.Repeat("4 0 R ", parts)
	w.add("<< /Type /Page /Parent 2 0 R /Contents [" + refs + "] >>")
	w.rawStream("/Filter /FlateDecode", deflated(bytes.Repeat([]byte(" "), maxStreamBytes-1)))
	return w.finish("/Root 1 0 R")
}

// fontBombPDF has n fonts whose ToUnicode CMaps are one stream that
// inflates past the one-stream limit: each refusal must count.
func fontBombPDF(n int) []byte {
	w := newPDFWriter()
	var fonts, content strings.Builder
	for i := range n {
		fmt.Fprintf(&fonts, "/F%d %d 0 R ", i, 6+i)
		fmt.Fprintf(&content, "BT /F%d 12 Tf 72 700 Td (a) Tj ET\n", i)
	}
	onePage(w, "<< /Font << "+fonts.String()+">> >>", []byte(content.String()))
	w.rawStream("/Filter /FlateDecode", deflated(bytes.Repeat([]byte(" "), maxStreamBytes+1)))
	for range n {
		w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>")
	}
	return w.finish("/Root 1 0 R")
}

// hostileSeeds are the hostile shapes at sizes small enough for fuzzing.
func hostileSeeds() [][]byte {
	return [][]byte{
		unterminatedLiteralPDF(20),
		unterminatedHexPDF(20),
		bfrangePDF(3),
		cidWidthsPDF(3),
		formFanoutPDF(3),
		sharedContentPDF(3, 200),
	}
}

// TestWriteFuzzSeeds writes hostileSeeds into testdata/fuzz/FuzzPDF when
// PARLEY_WRITE_SEEDS is set, so that the committed corpus keeps them.
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("PARLEY_WRITE_SEEDS") == "" {
		t.Skip("set PARLEY_WRITE_SEEDS to write the corpus")
	}
	for i, b := range hostileSeeds() {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b)
		name := filepath.Join("testdata", "fuzz", "FuzzPDF", fmt.Sprintf("hostile-%d", i))
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// allocated returns the bytes f allocates on the heap: a measure of the
// work it does that does not depend on the machine's speed.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestWriteHostileFixtures writes the hostile PDFs at the probe's sizes
// into $PARLEY_HOSTILE_OUT, for measuring a whole process. Without the
// variable it does nothing.
func TestWriteHostileFixtures(t *testing.T) {
	dir := os.Getenv("PARLEY_HOSTILE_OUT")
	if dir == "" {
		t.Skip("set PARLEY_HOSTILE_OUT to write the fixtures")
	}
	for name, b := range map[string][]byte{
		"shared-content.pdf":       sharedContentPDF(200, 60<<20),
		"unterminated-literal.pdf": unterminatedLiteralPDF(40000),
		"unterminated-hex.pdf":     unterminatedHexPDF(100000),
		"bfrange.pdf":              bfrangePDF(20000),
		"cid-widths.pdf":           cidWidthsPDF(2000),
		"form-fanout.pdf":          formFanoutPDF(10),
		"decode-spike.pdf":         decodeSpikePDF(16),
		"font-bomb.pdf":            fontBombPDF(60),
		"long-text.docx":           bigDOCX(t, 40<<20, false),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", name, len(b))
	}
}

// TestPDFOpenStringsAreReadOnce: a string left open at each object header
// used to copy (or scan) the rest of the file for every header, so a file
// of n headers cost n² bytes. Now each byte is read for one object.
func TestPDFOpenStringsAreReadOnce(t *testing.T) {
	for name, b := range map[string][]byte{
		"literal": unterminatedLiteralPDF(10000),
		"hex":     unterminatedHexPDF(10000),
	} {
		t.Run(name, func(t *testing.T) {
			var err error
			got := allocated(func() { _, err = ImportBytes(name+".pdf", b) })
			if err == nil {
				t.Fatal("a PDF of open strings was imported")
			}
			if limit := uint64(64 * len(b)); got > limit {
				t.Errorf("reading %d bytes allocated %d MB, want at most %d MB", len(b), got>>20, limit>>20)
			}
		})
	}
}

// TestPDFCMapRangesAreNotExpanded: 200 bfranges over all 65,536 two-byte
// codes used to build 13 million strings; ranges are now looked up as
// ranges, and still decode.
func TestPDFCMapRangesAreNotExpanded(t *testing.T) {
	b := bfrangePDF(200)
	var d Doc
	var err error
	got := allocated(func() { d, err = ImportBytes("bfrange.pdf", b) })
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "BCD" {
		t.Errorf("text = %q, want BCD (codes 1 to 3 of a range starting at A)", d.Text)
	}
	if got > 8<<20 {
		t.Errorf("a %d-byte PDF allocated %d MB, want at most 8 MB", len(b), got>>20)
	}
}

// TestPDFWidthRangesAreNotExpanded: 40 /W ranges of 65,536 codes each used
// to fill a map of 2.6 million widths.
func TestPDFWidthRangesAreNotExpanded(t *testing.T) {
	b := cidWidthsPDF(40)
	var d Doc
	var err error
	got := allocated(func() { d, err = ImportBytes("widths.pdf", b) })
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "A" {
		t.Errorf("text = %q, want A", d.Text)
	}
	if got > 8<<20 {
		t.Errorf("a %d-byte PDF allocated %d MB, want at most 8 MB", len(b), got>>20)
	}
}

// TestPDFFormFanOutIsBounded: a form that draws itself six times, to the
// nesting limit of eight, asks for 1.7 million forms. It is refused at
// maxFormCalls with a sentence that says why (it used to decode the form
// for every drawing, for tens of seconds, and then blame unpacking).
func TestPDFFormFanOutIsBounded(t *testing.T) {
	b := formFanoutPDF(6)
	var err error
	got := allocated(func() { _, err = ImportBytes("forms.pdf", b) })
	if !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), fmt.Sprint(maxFormCalls)) {
		t.Errorf("error = %v, want ErrTooComplex naming the limit of %d forms", err, maxFormCalls)
	}
	if got > 256<<20 {
		t.Errorf("a %d-byte PDF allocated %d MB, want at most 256 MB", len(b), got>>20)
	}
}

// TestPDFDecodingIsAccounted: a page of sixteen references to a stream
// that inflates to just under the one-stream limit used to be unpacked
// and joined into one buffer (2 GB before refusing). Each part is now
// decoded in its turn and counted, and the file refused at the total.
func TestPDFDecodingIsAccounted(t *testing.T) {
	if testing.Short() {
		t.Skip("unpacks 256 MB")
	}
	b := decodeSpikePDF(16)
	var err error
	got := allocated(func() { _, err = ImportBytes("spike.pdf", b) })
	if !errors.Is(err, ErrZipBomb) || !strings.Contains(err.Error(), fmt.Sprintf("%d MB", maxDecodedTotal>>20)) {
		t.Errorf("error = %v, want ErrZipBomb naming %d MB", err, maxDecodedTotal>>20)
	}
	if limit := uint64(2 * maxDecodedTotal); got > limit {
		t.Errorf("a %d-byte PDF allocated %d MB, want at most %d MB", len(b), got>>20, limit>>20)
	}
}

// TestPDFFailedStreamsAreNotRetried: sixty fonts sharing one ToUnicode
// stream that unpacks past the limit used to unpack it sixty times.
func TestPDFFailedStreamsAreNotRetried(t *testing.T) {
	b := fontBombPDF(60)
	var err error
	got := allocated(func() { _, err = ImportBytes("fonts.pdf", b) })
	if err != nil {
		t.Fatal(err)
	}
	if limit := uint64(3 * maxStreamBytes); got > limit {
		t.Errorf("a %d-byte PDF allocated %d MB, want at most %d MB", len(b), got>>20, limit>>20)
	}
}

// TestPDFTextIsCapped: twenty pages drawing one content stream of 1 MB of
// text yield 20 MB of text from a small file; the import stops at
// MaxText and says so.
func TestPDFTextIsCapped(t *testing.T) {
	b := sharedContentPDF(20, 1<<20)
	var err error
	got := allocated(func() { _, err = ImportBytes("shared.pdf", b) })
	if !errors.Is(err, ErrTooMuchText) || !strings.Contains(err.Error(), fmt.Sprintf("%d MB of text", MaxText>>20)) {
		t.Errorf("error = %v, want ErrTooMuchText naming %d MB", err, MaxText>>20)
	}
	if limit := uint64(40 * MaxText); got > limit {
		t.Errorf("a %d-byte PDF allocated %d MB, want at most %d MB", len(b), got>>20, limit>>20)
	}
}

// BenchmarkHostilePDF reads each hostile shape at a size the tests use;
// with -benchmem it shows the bytes each costs.
func BenchmarkHostilePDF(b *testing.B) {
	for _, c := range []struct {
		name string
		pdf  []byte
	}{
		{"open-literals", unterminatedLiteralPDF(10000)},
		{"open-hex", unterminatedHexPDF(10000)},
		{"cmap-ranges", bfrangePDF(200)},
		{"width-ranges", cidWidthsPDF(40)},
		{"form-fan-out", formFanoutPDF(10)},
		{"shared-content", sharedContentPDF(20, 1<<20)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.pdf)))
			for b.Loop() {
				ImportBytes(c.name+".pdf", c.pdf)
			}
		})
	}
}
