package export

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFileName(t *testing.T) {
	for _, c := range []struct {
		ext   string
		parts []string
		want  string
	}{
		{".html", []string{"Mike Pompeo, US Secretary of State", "vs", "DPRK Foreign Ministry", "handout"},
			"mike-pompeo-us-secretary-of-state-vs-dprk-foreign-ministry-handout.html"},
		{".md", []string{"Police", "vs", "Witness", "report"}, "police-vs-witness-report.md"},
		{".md", []string{"U.S. Department of State", "vs", "Pompeo’s office"}, "us-department-of-state-vs-pompeos-office.md"},
		{".csv", []string{"a/b\\c: d*e?f\"g<h>i|j", "\x00\x1b[31mred\t\n"}, "a-b-c-d-e-f-g-h-i-j-31mred.csv"},
		{".html", []string{"  Ministry  ,,  of   Affairs  ", "", "answer key"}, "ministry-of-affairs-answer-key.html"},
		{".html", []string{"조선민주주의인민공화국 외무성", "vs", "États-Unis"}, "조선민주주의인민공화국-외무성-vs-états-unis.html"},
		{".json", []string{",,,", "///"}, "parley.json"},
		{".txt", []string{"CON"}, "con-file.txt"},
		{"", []string{"Notes"}, "notes"},
	} {
		if got := FileName(c.ext, c.parts...); got != c.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", c.ext, c.parts, got, c.want)
		}
	}
}

func TestFileNameIsBounded(t *testing.T) {
	long := strings.Repeat("Statement of the Spokesperson of the Ministry of Foreign Affairs, ", 20)
	korean := strings.Repeat("외무성 대변인 담화 ", 40)
	name := FileName(".html", long, "vs", korean, "answer key")
	if len(name) > maxName+len(".html") || !utf8.ValidString(name) {
		t.Fatalf("name of %d bytes, valid UTF-8 %v: %q", len(name), utf8.ValidString(name), name)
	}
	if !strings.Contains(name, "-vs-외무성-대변인") {
		t.Errorf("the first part crowded out the second: %q", name)
	}
	if !strings.HasSuffix(name, "-answer-key.html") {
		t.Errorf("the kind of file was cut off: %q", name)
	}
	for _, r := range name {
		if r == ',' || r == '/' || r == ' ' || unicode.IsControl(r) {
			t.Errorf("unsafe character %q in %q", r, name)
		}
	}
	if strings.Contains(name, "--") {
		t.Errorf("doubled hyphen in %q", name)
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 notes", 1: "1 note", 2: "2 notes"} {
		if got := Plural(n, "note", "notes"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}
