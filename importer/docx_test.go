package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

const docxBody = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Statement of the Foreign Ministry</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">We expected that the </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>U.S. side</w:t></w:r><w:r><w:t xml:space="preserve"> would bring a “constructive” proposal — 한국어.</w:t></w:r></w:p>
<w:p><w:r><w:t>Item</w:t><w:tab/><w:t>Value</w:t><w:br/><w:t>Next line</w:t></w:r></w:p>
<w:p><w:r><w:delText>DELETED-TEXT</w:delText><w:instrText>FIELD-CODE</w:instrText></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>first point</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>second point</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell text</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p/>
<w:p><w:r><w:t>Cafe&#x301; &amp; the end.</w:t></w:r></w:p>
</w:body></w:document>`

const docxCoreXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Talks statement</dc:title><dc:creator>DPRK Foreign Ministry</dc:creator><dc:language>en-GB</dc:language>
<dc:description>Translated from Korean by KCNA</dc:description>
<dcterms:created xsi:type="dcterms:W3CDTF">2018-07-07T09:00:00Z</dcterms:created>
</cp:coreProperties>`

// makeZip builds an archive of name/content pairs.
func makeZip(t testing.TB, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestImportDOCX(t *testing.T) {
	b := makeZip(t, "[Content_Types].xml", "<Types/>", "word/document.xml", docxBody, "docProps/core.xml", docxCoreXML)
	d, err := ImportBytes("statement.docx", b)
	if err != nil {
		t.Fatal(err)
	}
	want := "Statement of the Foreign Ministry\n\n" +
		"We expected that the U.S. side would bring a “constructive” proposal — 한국어.\n\n" +
		"Item\tValue\nNext line\n\n" +
		"first point\nsecond point\n\n" +
		"cell text\n\n" +
		"Café & the end."
	if d.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", d.Text, want)
	}
	if d.Title != "Talks statement" || d.Author != "DPRK Foreign Ministry" || d.Language != "en-GB" ||
		d.Date != "2018-07-07T09:00:00Z" || d.Note != "Translated from Korean by KCNA" || d.Format != "docx" {
		t.Errorf("metadata = %+v", d)
	}
}

func TestImportDOCXRefusals(t *testing.T) {
	var many []string
	for i := 0; i <= maxZipEntries; i++ {
		many = append(many, fmt.Sprintf("f%d", i), "")
	}
	bomb := makeZip(t, "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>"+strings.Repeat(" ", 4<<20)+"</w:t></w:r></w:p></w:body></w:document>")

	var liar bytes.Buffer
	zw := zip.NewWriter(&liar)
	w, _ := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store, CompressedSize64: 4, UncompressedSize64: 1 << 40})
	w.Write([]byte("abcd"))
	zw.Close()

	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"ratio bomb", bomb, ErrZipBomb},
		{"too many entries", makeZip(t, many...), ErrZipBomb},
		{"lying sizes", liar.Bytes(), ErrZipBomb},
		{"zip without document", makeZip(t, "readme.txt", "hello"), ErrMismatch},
		{"broken xml", makeZip(t, "word/document.xml", "<w:document><w:body><w:p><w:t>x</w:body>"), ErrCorrupt},
		{"no text", makeZip(t, "word/document.xml", "<w:document><w:body><w:p/></w:body></w:document>"), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ImportBytes("x.docx", tt.in)
			if !errors.Is(err, tt.err) {
				t.Errorf("error = %v, want %v", err, tt.err)
			}
		})
	}
}

func FuzzDOCX(f *testing.F) {
	f.Add(makeZip(f, "word/document.xml", docxBody, "docProps/core.xml", docxCoreXML))
	f.Add(makeZip(f, "word/document.xml", "<w:p><w:t>a</w:t><w:tab/><w:br/></w:p>"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ImportBytes("f.docx", b)
		if err != nil {
			return
		}
		checkDocText(t, d.Text)
	})
}
