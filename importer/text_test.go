package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		encoding string
		err      error
	}{
		{"utf8", []byte("We made progress — “really”. 한국어"), "We made progress — “really”. 한국어", "UTF-8", nil},
		{"utf8 bom", []byte("\xEF\xBB\xBFHello"), "Hello", "UTF-8", nil},
		{"utf16le bom", []byte{0xFF, 0xFE, 'H', 0, 'i', 0, 0x1C, 0x20}, "Hi“", "UTF-16LE", nil},
		{"utf16be bom", []byte{0xFE, 0xFF, 0, 'H', 0, 'i'}, "Hi", "UTF-16BE", nil},
		{"windows-1252", []byte("caf\xe9 \x93quoted\x94 \x96 dash"), "café “quoted” – dash", "Windows-1252", nil},
		{"nfc", []byte("cafe\u0301"), "caf\u00e9", "UTF-8", nil},
		{"empty", nil, "", "", ErrEmpty},
		{"blank", []byte(" \n\t\n"), "", "", ErrEmpty},
		{"binary png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "", ErrBinary},
		{"nul in utf8", []byte("text\x00more"), "", "", ErrBinary},
		{"undefined 1252 byte", []byte("abc\x81\x8ddef"), "", "", ErrEncoding},
		{"mostly high bytes", []byte("\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c"), "", "", ErrEncoding},
		{"odd utf16", []byte{0xFF, 0xFE, 'H'}, "", "", ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Decode error = %v, want %v", err, tt.err)
			}
			if got.Body != tt.want || got.Encoding != tt.encoding {
				t.Errorf("Decode = %q (%s), want %q (%s)", got.Body, got.Encoding, tt.want, tt.encoding)
			}
		})
	}
}

func TestImportMessages(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("a", MaxBytes+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		want string
	}{
		{filepath.Join(dir, "missing.txt"), "cannot open"},
		{dir, "folder"},
		{big, "larger than 20 MB"},
	} {
		_, err := Import(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Import(%s) error = %v, want it to mention %q", tc.path, err, tc.want)
		}
	}
	ok := filepath.Join(dir, "ok.txt")
	os.WriteFile(ok, []byte("Pyongyang says the talks were “regrettable”.\n"), 0o644)
	if d, err := Import(ok); err != nil || !strings.Contains(d.Text, "“regrettable”") {
		t.Errorf("Import(ok) = %q, %v", d.Text, err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"hello", "\xEF\xBB\xBFhi", "\xFF\xFEh\x00", "caf\xe9", "\x00\x01", "한국어 — “q”"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := Decode(b)
		if err != nil {
			if got.Body != "" {
				t.Fatalf("error %v with non-empty body", err)
			}
			return
		}
		if !utf8.ValidString(got.Body) {
			t.Fatalf("decoded body is not UTF-8: %q", got.Body)
		}
		if !norm.NFC.IsNormalString(got.Body) {
			t.Fatalf("decoded body is not NFC: %q", got.Body)
		}
		if strings.TrimSpace(got.Body) == "" {
			t.Fatal("blank body accepted")
		}
	})
}

// TestDecodeSaysWhatItSees: UTF-16 without a byte-order mark was called "a
// binary file", and a NUL byte after the first 8 KB passed into the text.
// UTF-16 that is mostly Latin script is recognised by its zero bytes and
// read; a NUL anywhere makes the file binary, saying where.
func TestDecodeSaysWhatItSees(t *testing.T) {
	text := "We made progress on almost all of the central issues — 진전.\nIt was “regretful”.\n"
	for _, enc := range []string{"UTF-16LE", "UTF-16BE"} {
		var b []byte
		for _, u := range utf16.Encode([]rune(strings.Repeat(text, 20))) {
			if enc == "UTF-16LE" {
				b = append(b, byte(u), byte(u>>8))
			} else {
				b = append(b, byte(u>>8), byte(u))
			}
		}
		got, err := Decode(b)
		if err != nil || got.Encoding != enc || got.Body != strings.Repeat(text, 20) {
			t.Errorf("%s without a byte-order mark: %q (%s), %v", enc, got.Body[:min(40, len(got.Body))], got.Encoding, err)
		}
	}
	late := []byte(strings.Repeat("plain text ", 1000) + "\x00" + "more text")
	if _, err := Decode(late); !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), "NUL") || !strings.Contains(err.Error(), "11000") {
		t.Errorf("a NUL at byte 11000: %v, want ErrBinary saying where", err)
	}
}
