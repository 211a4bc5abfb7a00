// Package importer gets text out of what readers bring and splits articles
// into the parties they quote.
//
// Import and ImportBytes read plain text, Markdown, web pages (the main
// content only), Word documents (.docx) and the text layer of PDFs, and
// return a Doc: NFC-normalised text with paragraphs separated by blank
// lines, and the title, author, outlet, address, date and language the file
// declares; with Options.AsRead a plain text file keeps its text as read.
// FetchURL does the same for an address, only when asked.
// Importing a file never touches the network. Every refusal is an error that
// reads as a sentence and matches one of the Err… values with errors.Is.
//
// SplitArticle finds the speakers an article quotes, the passages in their
// words and the author's commentary, with offsets in code points of the NFC
// text, as everywhere in Parley.
package importer

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// MaxBytes is the largest file Parley imports (20 MB).
const MaxBytes = 20 << 20

// MaxText is the most text Parley takes from one document: 8 MB of UTF-8,
// over a million words. A file that yields more is refused, and the
// importers stop as soon as they pass it, so that a small file that
// unpacks to a great deal of text costs no more than this much.
const MaxText = 8 << 20

// ErrTooMuchText reports a document that yields more than MaxText.
var ErrTooMuchText = fmt.Errorf("the document holds more than %d MB of text, the most Parley reads from one document", MaxText>>20)

// Errors that describe input Parley cannot read as a statement.
var (
	ErrEmpty    = errors.New("the file is empty")
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB", MaxBytes>>20)
	ErrBinary   = errors.New("the file is not text (it looks like a binary file)")
	ErrEncoding = errors.New("the text is not in a recognised encoding (UTF-8, UTF-16 or Windows-1252); save it as UTF-8")
)

// Text is a decoded statement.
type Text struct {
	Body     string // NFC-normalised
	Encoding string // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
}

// Decode turns the bytes of a text file into NFC text, recognising UTF-8
// (with or without a byte-order mark), UTF-16 with a byte-order mark or,
// for mostly Latin text, without one, and Windows-1252.
func Decode(b []byte) (Text, error) {
	if len(b) > MaxBytes {
		return Text{}, ErrTooLarge
	}
	var t Text
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		t.Encoding = "UTF-8"
		if !utf8.Valid(b) {
			return Text{}, fmt.Errorf("%w: it starts as UTF-8 but is not valid UTF-8", ErrEncoding)
		}
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc, name := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE"
		if b[0] == 0xFE {
			enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE"
		}
		if len(b)%2 != 0 {
			return Text{}, ErrEncoding
		}
		d, err := enc.NewDecoder().Bytes(b)
		if err != nil || !utf8.Valid(d) || bytes.ContainsRune(d, utf8.RuneError) {
			return Text{}, ErrEncoding
		}
		b, t.Encoding = d, name
	case utf16Order(b) != "":
		// UTF-16 without a byte-order mark, recognised by the zero bytes
		// of its Latin characters.
		name := utf16Order(b)
		order := unicode.LittleEndian
		if name == "UTF-16BE" {
			order = unicode.BigEndian
		}
		d, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err != nil || !utf8.Valid(d) || bytes.ContainsRune(d, utf8.RuneError) {
			return Text{}, fmt.Errorf("%w: it looks like UTF-16 without a byte-order mark, but is not valid UTF-16; save it as UTF-8", ErrEncoding)
		}
		b, t.Encoding = d, name
	case utf8.Valid(b):
		t.Encoding = "UTF-8"
	case looksWindows1252(b):
		d, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return Text{}, ErrEncoding
		}
		b, t.Encoding = d, "Windows-1252"
	case isBinary(b):
		return Text{}, ErrBinary
	default:
		return Text{}, ErrEncoding
	}
	if isBinary(b) {
		return Text{}, ErrBinary
	}
	// Text has no NUL anywhere, not only in the first 8 KB that isBinary
	// looks at.
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return Text{}, fmt.Errorf("%w: it holds a NUL byte at byte %d", ErrBinary, i)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Text{}, ErrEmpty
	}
	t.Body = norm.NFC.String(string(b))
	return t, nil
}

// utf16Order recognises UTF-16 without a byte-order mark by the zero bytes
// of its Latin characters in the first 8 KB: "UTF-16LE" when they fall at
// odd offsets and hardly ever at even ones, "UTF-16BE" the other way
// round, else "". Text of other scripts is not recognised.
func utf16Order(b []byte) string {
	if len(b) < 4 || len(b)%2 != 0 {
		return ""
	}
	n := min(len(b), 8192)
	even, odd := 0, 0
	for i := 0; i+1 < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*3 && even*50 <= pairs:
		return "UTF-16LE"
	case even*10 >= pairs*3 && odd*50 <= pairs:
		return "UTF-16BE"
	}
	return ""
}

// isBinary reports control characters that text files do not contain.
func isBinary(b []byte) bool {
	n := len(b)
	if n > 8192 {
		n = 8192
	}
	controls := 0
	for _, c := range b[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			controls++
		}
	}
	return controls*100 > n
}

// looksWindows1252 reports bytes that read as Windows-1252 text: no byte the
// code page leaves undefined, no control characters, and mostly ASCII.
func looksWindows1252(b []byte) bool {
	high := 0
	for _, c := range b {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return false
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			return false
		case c >= 0x80:
			high++
		}
	}
	return high*5 <= len(b)
}
