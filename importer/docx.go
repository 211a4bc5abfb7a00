package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits that keep a hostile .docx from exhausting memory.
const (
	maxZipEntries = 2000     // files in the archive
	maxZipPart    = 64 << 20 // unpacked bytes of one part that is read
	maxZipTotal   = 256 << 20
	maxZipRatio   = 200 // unpacked to packed, beyond the first 1 MB of a part
)

// importDOCX reads the text of a Word document (word/document.xml) and the
// title, author, date and language of docProps/core.xml.
func importDOCX(b []byte, o Options) (Doc, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Doc{}, fmt.Errorf("%w: it is not a valid Word document (%v)", ErrCorrupt, err)
	}
	if len(zr.File) > maxZipEntries {
		return Doc{}, fmt.Errorf("%w: it holds %d files", ErrZipBomb, len(zr.File))
	}
	var total uint64
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		total += f.UncompressedSize64
		parts[f.Name] = f
	}
	if total > maxZipTotal {
		return Doc{}, fmt.Errorf("%w: it claims %d MB unpacked", ErrZipBomb, total>>20)
	}
	main := parts["word/document.xml"]
	if main == nil {
		return Doc{}, fmt.Errorf("%w: it is a zip archive without word/document.xml, so not a Word document", ErrMismatch)
	}
	body, err := readPart(main)
	if err != nil {
		return Doc{}, err
	}
	text, err := docxText(body, o)
	if err != nil {
		return Doc{}, err
	}
	d := Doc{Text: text, Format: "docx", Encoding: "UTF-8"}
	if core := parts["docProps/core.xml"]; core != nil {
		if cb, err := readPart(core); err == nil {
			docxCore(cb, &d)
		}
	}
	return d, nil
}

// readPart unpacks one part of the archive, refusing parts that unpack to
// more than the limits whatever their headers claim.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: cannot open %s in the archive (%v)", ErrCorrupt, f.Name, err)
	}
	defer rc.Close()
	// Stop reading as soon as either limit is passed.
	limit := min(uint64(maxZipPart), maxZipRatio*(f.CompressedSize64+1)+1<<20)
	b, err := io.ReadAll(io.LimitReader(rc, int64(limit)+1))
	if uint64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %s unpacks to more than %d MB, or %d times its packed size", ErrZipBomb, f.Name, maxZipPart>>20, maxZipRatio)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: cannot unpack %s (%v)", ErrCorrupt, f.Name, err)
	}
	return b, nil
}

// docxText walks WordprocessingML: each w:p is a paragraph, w:t text, w:tab
// a tab, w:br and w:cr line breaks. Deleted text (w:delText), field codes and
// footnote references are left out. Numbered or bulleted paragraphs next to
// each other form one block of lines. It stops with ErrTooMuchText as soon
// as the text passes MaxText.
func docxText(b []byte, o Options) (string, error) {
	ctx := o.context()
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	var blocks []string
	var list []string // the lines of the list being read
	var para strings.Builder
	inText, listItem := false, false
	depth, size := 0, 0
	endList := func() {
		if len(list) > 0 {
			blocks = append(blocks, strings.Join(list, "\n"))
			list = list[:0]
		}
	}
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return "", err
			}
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%w: the document's XML is broken (%v)", ErrCorrupt, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 10000 {
				return "", fmt.Errorf("%w: the document's XML is nested too deeply", ErrCorrupt)
			}
			switch t.Name.Local {
			case "p":
				para.Reset()
				listItem = false
			case "numPr":
				listItem = true
			case "t":
				inText = true
			case "tab", "ptab":
				para.WriteByte('\t')
			case "br", "cr":
				para.WriteByte('\n')
			case "noBreakHyphen":
				para.WriteString("\u2011")
			case "softHyphen":
				para.WriteString("\u00ad")
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				line := strings.TrimSpace(para.String())
				para.Reset()
				if line == "" {
					endList()
					continue
				}
				size += len(line) + 2
				if !listItem {
					endList()
					blocks = append(blocks, line)
				} else {
					list = append(list, line)
				}
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
		if size+para.Len() > MaxText {
			return "", ErrTooMuchText
		}
	}
	endList()
	return joinBlocks(blocks), nil
}

// docxCore reads Dublin Core metadata from docProps/core.xml.
func docxCore(b []byte, d *Doc) {
	var core struct {
		Title    string `xml:"title"`
		Creator  string `xml:"creator"`
		Created  string `xml:"created"`
		Language string `xml:"language"`
		Desc     string `xml:"description"`
	}
	if xml.Unmarshal(b, &core) != nil {
		return
	}
	d.Title = clean(core.Title)
	d.Author = clean(core.Creator)
	d.Date = clean(core.Created)
	d.Language = clean(core.Language)
	if strings.Contains(strings.ToLower(core.Desc), "translat") {
		d.Note = clean(core.Desc)
	}
}
