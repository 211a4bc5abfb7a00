package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func isNFC(s string) bool { return norm.NFC.IsNormalString(s) }

func TestImportText(t *testing.T) {
	d, err := ImportBytes("statement.txt", []byte("\uFEFFTitle line\r\n\r\n\r\n\r\nFirst para\r\ncontinues here.   \r\n  \r\nSecond — “quoted”\fThird\n\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "Title line\n\nFirst para\ncontinues here.\n\nSecond — “quoted”\n\nThird"
	if d.Text != want || d.Format != "text" || d.Encoding != "UTF-8" {
		t.Errorf("ImportBytes = %q (%s, %s), want %q", d.Text, d.Format, d.Encoding, want)
	}
}

func TestImportAsRead(t *testing.T) {
	raw := "\uFEFFTitle line\r\n\r\n\r\n\r\nFirst para\r\ncontinues here.   \r\n  \r\nSecond — “quoted” cafe\u0301\fThird\n\n\n"
	d, err := Options{AsRead: true}.ImportBytes("statement.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	want := "Title line\r\n\r\n\r\n\r\nFirst para\r\ncontinues here.   \r\n  \r\nSecond — “quoted” café\fThird\n\n\n"
	if d.Text != want || d.Format != "text" || d.Encoding != "UTF-8" {
		t.Errorf("ImportBytes as read = %q (%s, %s), want %q", d.Text, d.Format, d.Encoding, want)
	}
	md := []byte("# Title\r\n\r\n\r\nBody *text*.\r\n")
	a, errA := Options{AsRead: true}.ImportBytes("a.md", md)
	b, errB := ImportBytes("a.md", md)
	if errA != nil || errB != nil || a.Text != b.Text {
		t.Errorf("Markdown as read = %q (%v), usually %q (%v)", a.Text, errA, b.Text, errB)
	}
}

func TestSplitOffsetsIndexPlainTextAsRead(t *testing.T) {
	raw := "The minister spoke after the meeting.\r\n\r\n\r\n" +
		"“We reached agreement on every point,” the minister said.\r\n\r\n\r\n\r\n" +
		"The union disagreed. “Nothing was agreed — 아무것도,” said Ana Ruiz, the union’s leader.\r\n"
	d, err := Options{AsRead: true}.ImportBytes("article.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	s := SplitArticle(d.Text)
	if s.Text != raw {
		t.Errorf("split text = %q, want the file's %q", s.Text, raw)
	}
	r := []rune(raw)
	var quotes []string
	for _, sp := range s.Speakers {
		for _, p := range sp.Passages {
			if got := string(r[p.Start:p.End]); got != p.Text {
				t.Errorf("%s's passage [%d,%d) reads %q in the file, not %q", sp.Name, p.Start, p.End, got, p.Text)
			}
			quotes = append(quotes, p.Text)
		}
	}
	want := []string{"We reached agreement on every point", "Nothing was agreed — 아무것도"}
	if strings.Join(quotes, "|") != strings.Join(want, "|") {
		t.Errorf("passages = %q, want %q", quotes, want)
	}
	for _, c := range s.Commentary {
		if got := string(r[c.Start:c.End]); strings.TrimSpace(got) != got || got == "" {
			t.Errorf("commentary [%d,%d) reads %q in the file", c.Start, c.End, got)
		}
	}
}

func TestImportSeedArticle(t *testing.T) {
	d, err := Import("testdata/talks-2018.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkDocText(t, d.Text)
	if !strings.HasPrefix(d.Text, "The US Claims to Have Made Progress") || !strings.HasSuffix(d.Text, "Comments are closed.") {
		t.Errorf("seed text starts %q … ends %q", d.Text[:40], d.Text[len(d.Text)-40:])
	}
	if strings.Contains(d.Text, "\n\n\n") {
		t.Error("seed text keeps runs of blank lines")
	}
}

// TestImportRefusals checks that every kind of unusable file gets its own
// error, testable with errors.Is, whose text is a sentence naming the file.
func TestImportRefusals(t *testing.T) {
	pdfBytes := []byte("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF")
	tests := []struct {
		name string
		in   []byte
		err  error
		says string
	}{
		{"empty.txt", nil, ErrEmpty, "empty"},
		{"blank.md", []byte("  \n\n "), ErrEmpty, "empty"},
		{"photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ErrBinary, "not text"},
		{"big.txt", make([]byte, MaxBytes+1), ErrTooLarge, "larger than 20 MB"},
		{"report.pdf", []byte("just some text pretending"), ErrMismatch, "named .pdf but contains plain text"},
		{"letter.docx", []byte("<html><body>hi</body></html>"), ErrMismatch, "named .docx but contains a web page"},
		{"notes.txt", pdfBytes, ErrMismatch, "named .txt but contains a PDF document"},
		{"archive.bin", []byte("PK\x03\x04rest"), ErrMismatch, "zip archive"},
		{"shiftjis.txt", []byte("\x82\xa0\x82\xa2\x82\xa4\x82\xa6\x82\xa8"), ErrEncoding, "recognised encoding"},
		{"broken.docx", []byte("PK\x03\x04not really a zip"), ErrCorrupt, "damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ImportBytes(tt.name, tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.says) || !strings.HasPrefix(msg, "cannot import "+tt.name+": ") {
				t.Errorf("message %q should name the file and say %q", msg, tt.says)
			}
			if d.Text != "" {
				t.Errorf("text %q returned with an error", d.Text)
			}
		})
	}
}

func TestImportSniffsUnknownExtensions(t *testing.T) {
	d, err := ImportBytes("saved-page", []byte("<!DOCTYPE html><html><body><p>Hello <b>there</b></p><script>x()</script></body></html>"))
	if err != nil || d.Format != "html" || d.Text != "Hello there" {
		t.Errorf("ImportBytes = %q (%s), %v", d.Text, d.Format, err)
	}
	d, err = ImportBytes("notes.log", []byte("plain words"))
	if err != nil || d.Format != "text" || d.Text != "plain words" {
		t.Errorf("ImportBytes = %q (%s), %v", d.Text, d.Format, err)
	}
}

func TestImportFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("# Title\n\nBody *text*."), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Import(p)
	if err != nil || d.Text != "Title\n\nBody text." || d.Name != p {
		t.Errorf("Import = %+v, %v", d, err)
	}
	if _, err := Import(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "cannot open") {
		t.Errorf("missing file error = %v", err)
	}
	if _, err := Import(dir); err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("folder error = %v", err)
	}
}
