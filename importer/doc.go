package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Errors that describe files Parley cannot turn into a statement, beyond
// those of Decode. Callers test them with errors.Is; their text is a sentence
// a reader can be shown.
var (
	ErrNoText      = errors.New("the file contains no readable text")
	ErrMismatch    = errors.New("the file's name does not match what it contains")
	ErrCorrupt     = errors.New("the file is damaged and cannot be read")
	ErrZipBomb     = errors.New("the document unpacks to far more data than it holds (it may be a zip bomb)")
	ErrNoTextLayer = errors.New("this PDF has no text layer (it is probably a scan)")
	ErrEncrypted   = errors.New("the PDF is protected by a password")
)

// Doc is an imported document: its text and what the file says about itself.
type Doc struct {
	// Text is NFC-normalised, with paragraphs separated by one blank line
	// (a plain text file read with Options.AsRead keeps its own line ends
	// and blank lines). Every offset Parley keeps is a count of code points
	// into Text.
	Text string
	// Format is "text", "markdown", "html", "docx" or "pdf".
	Format string
	// Encoding is the character encoding the bytes were read in, where the
	// format has one ("UTF-8", "Windows-1252", …).
	Encoding string
	// Name is the file name or the address the document came from.
	Name string

	Title    string // the document's own title
	Author   string // who wrote or issued the document, as the file says
	Party    string // the party the document speaks for, where it says so (findParty)
	Outlet   string // the site or publication
	URL      string // the canonical address
	Date     string // publication date as given (ISO 8601 where the file uses it)
	Language string // a language tag such as "en" or "ko"
	Note     string // a translation or source note, where the file has one

	heading string // the document's first heading, where its format marks headings, until findParty has read it
}

// Options tunes an import.
type Options struct {
	// Progress, if set, is called from the importing goroutine as a long
	// import advances (pages of a PDF, for example): done out of total.
	Progress func(done, total int)
	// AsRead keeps the text of a plain text document as it was read:
	// decoded and NFC-normalised, without its byte-order mark, but with its
	// line ends, blank lines and trailing blanks, so that code-point offsets
	// into Doc.Text are offsets into the file's text. It changes nothing for
	// the other formats.
	AsRead bool
	// Context, if set, stops a long import (a PDF's pages, a Word
	// document's paragraphs) when it is cancelled; the import then
	// returns the context's error.
	Context context.Context
}

func (o Options) progress(done, total int) {
	if o.Progress != nil {
		o.Progress(done, total)
	}
}

// context returns the import's context, never nil.
func (o Options) context() context.Context {
	if o.Context == nil {
		return context.Background()
	}
	return o.Context
}

// Import reads the file at path and returns its text and metadata. The format
// is chosen by the file's extension and checked against its content.
func Import(path string) (Doc, error) {
	return Options{}.Import(path)
}

// ImportBytes imports the content b of a file called name.
func ImportBytes(name string, b []byte) (Doc, error) {
	return Options{}.ImportBytes(name, b)
}

// Import reads the file at path with these options.
// Anything that is not a regular file is refused before it is opened.
func (o Options) Import(path string) (Doc, error) {
	f, err := OpenFile(path)
	if err != nil {
		return Doc{}, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return Doc{}, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return o.ImportBytes(path, b)
}

// ImportBytes imports the content b of a file called name with these options.
func (o Options) ImportBytes(name string, b []byte) (Doc, error) {
	d, err := o.importBytes(name, b)
	if err != nil {
		return Doc{}, fmt.Errorf("cannot import %s: %w", filepath.Base(name), err)
	}
	d.Name = name
	return d, nil
}

func (o Options) importBytes(name string, b []byte) (Doc, error) {
	if len(b) > MaxBytes {
		return Doc{}, ErrTooLarge
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Doc{}, ErrEmpty
	}
	ext := strings.ToLower(filepath.Ext(name))
	claimed := formatOfExt(ext)
	actual := sniff(b)
	if err := checkClaim(ext, claimed, actual); err != nil {
		return Doc{}, err
	}
	format := claimed
	if format == "" {
		format = actual
	}
	return o.importFormat(format, b, "")
}

// importFormat reads b as the named format ("pdf", "docx", "html",
// "markdown", else plain text); contentType is the HTTP Content-Type of a
// fetched page, for its charset, and empty for a file. A document without
// words is refused.
func (o Options) importFormat(format string, b []byte, contentType string) (Doc, error) {
	var d Doc
	var err error
	switch format {
	case "pdf":
		d, err = importPDF(b, o)
	case "docx":
		d, err = importDOCX(b, o)
	case "html":
		d, err = importHTML(b, contentType)
	case "markdown":
		d, err = importMarkdown(b)
	default:
		d, err = importText(b, o.AsRead)
	}
	if err != nil {
		return Doc{}, err
	}
	if len(d.Text) > MaxText {
		return Doc{}, ErrTooMuchText
	}
	for _, f := range []*string{&d.Title, &d.Author, &d.Party, &d.Outlet, &d.Date, &d.Language, &d.Note} {
		*f = clip(*f, MaxMetaLen)
	}
	if d.Party == "" {
		d.Party = findParty(d)
	}
	d.heading = ""
	if len(d.URL) > maxURLLen {
		d.URL = "" // an address cut short would lead elsewhere
	}
	if strings.TrimSpace(d.Text) == "" {
		return Doc{}, ErrNoText
	}
	return d, nil
}

// MaxMetaLen is the most code points Parley keeps of what a document says
// about itself (its title, author, outlet and so on): longer values are
// cut, with an ellipsis.
const MaxMetaLen = 500

// maxURLLen is the longest address kept, in bytes.
const maxURLLen = 2048

// clip cuts s to at most n code points, the last of them an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	return strings.TrimRight(string(r), " ") + "…"
}

// formats maps the file extensions Parley reads to the format each promises.
var formats = map[string]string{
	".txt": "text", ".text": "text",
	".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".docx": "docx",
	".pdf":  "pdf",
}

// formatOfExt names the format a file extension promises, or "" when the
// extension says nothing Parley relies on.
func formatOfExt(ext string) string { return formats[ext] }

// Extensions returns the file extensions of the formats Parley reads
// (".txt", ".md", ".html", ".docx", ".pdf" and their variants), sorted.
func Extensions() []string { return slices.Sorted(maps.Keys(formats)) }

// sniff recognises a format from the first bytes of content.
func sniff(b []byte) string {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "zip"
	}
	lower := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return "html"
		}
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<html")) {
		return "html"
	}
	return "text"
}

// describe names a sniffed format for an error message.
func describe(format string) string {
	switch format {
	case "pdf":
		return "a PDF document"
	case "zip":
		return "a zip archive"
	case "html":
		return "a web page"
	}
	return "plain text"
}

// checkClaim refuses a file whose extension promises one format while its
// bytes hold another that matters: a binary container in a text file, or
// text in a container's name.
func checkClaim(ext, claimed, actual string) error {
	switch {
	case claimed == "pdf" && actual != "pdf",
		claimed == "docx" && actual != "zip",
		(claimed == "text" || claimed == "markdown" || claimed == "html") && (actual == "pdf" || actual == "zip"):
		return fmt.Errorf("%w: it is named %s but contains %s", ErrMismatch, ext, describe(actual))
	case claimed == "" && actual == "zip":
		return fmt.Errorf("%w: it is a zip archive but not named .docx", ErrMismatch)
	}
	return nil
}

// importText reads a plain text file, in the canonical form unless asRead
// asks for the decoded text as it is.
func importText(b []byte, asRead bool) (Doc, error) {
	t, err := Decode(b)
	if err != nil {
		return Doc{}, err
	}
	text := t.Body
	if !asRead {
		text = cleanText(text)
	}
	return Doc{Text: text, Format: "text", Encoding: t.Encoding}, nil
}

// cleanText puts plain text in the canonical form: Unix line ends, no
// trailing blanks, paragraphs separated by exactly one blank line, NFC.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\f", "\n\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	lines := strings.Split(s, "\n")
	var out strings.Builder
	blank := 0
	started := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0\u3000")
		if l == "" {
			blank++
			continue
		}
		if started {
			if blank > 0 {
				out.WriteString("\n\n")
			} else {
				out.WriteByte('\n')
			}
		}
		blank = 0
		started = true
		out.WriteString(l)
	}
	return norm.NFC.String(out.String())
}

// joinBlocks joins blocks of text (paragraphs, headings, list items) into the
// canonical form. Each block's inner white space runs become single spaces,
// except line breaks and tabs between cells, which are kept.
func joinBlocks(blocks []string) string {
	var out []string
	for _, b := range blocks {
		var lines []string
		for _, l := range strings.Split(b, "\n") {
			cells := strings.Split(l, "\t")
			for i, c := range cells {
				cells[i] = strings.Join(strings.FieldsFunc(c, isCollapsible), " ")
			}
			if l = strings.Trim(strings.Join(cells, "\t"), "\t"); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, "\n"))
		}
	}
	return norm.NFC.String(strings.Join(out, "\n\n"))
}

// isCollapsible reports white space that layout collapses (not the tab,
// which separates table cells, nor the no-break space, which authors put in
// on purpose).
func isCollapsible(r rune) bool {
	switch r {
	case ' ', '\r', '\f', '\v', '\u200b':
		return true
	}
	return false
}
