package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/data"
)

func runArgs(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestHelpListsEverySubcommand(t *testing.T) {
	out, _, err := runArgs(t, "", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range subcommands() {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("--help does not list %q:\n%s", c.name, out)
		}
	}
	for _, opt := range []string{"--db PATH", "--version", "PARLEY_DB"} {
		if !strings.Contains(out, opt) {
			t.Errorf("--help does not mention %s", opt)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, err := runArgs(t, "", "--version")
	if err != nil || !strings.HasPrefix(out, "parley ") {
		t.Errorf("--version = %q, %v", out, err)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"one.txt"}, {"compare", "a"}, {"compare", "--format", "pdf", "a", "b"}, {"classify", "x"}} {
		_, _, err := runArgs(t, "", args...)
		if err == nil || exitCode(err) != 2 {
			t.Errorf("parley %v: error %v (exit %d), want a usage error", args, err, exitCode(err))
		}
	}
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCompareRefusesBadFiles(t *testing.T) {
	good := writeFile(t, "good.txt", "The ceasefire held for thirty days.")
	for name, body := range map[string]string{
		"empty.txt":  "",
		"binary.bin": "\x7fELF\x02\x01\x01\x00\x00\x00\x00",
		"bad.txt":    "\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c",
	} {
		bad := writeFile(t, name, body)
		_, _, err := runArgs(t, "", "compare", good, bad)
		if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), name) {
			t.Errorf("compare with %s: error %v, want a message naming the file", name, err)
		}
	}
	_, _, err := runArgs(t, "", "compare", good, filepath.Join(t.TempDir(), "missing.txt"))
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("compare with a missing file: %v", err)
	}
}

func TestCompareJSONShape(t *testing.T) {
	left := writeFile(t, "police.txt", "The officer gave three clear warnings before using the taser. The man was holding a knife.")
	right := writeFile(t, "witness.txt", "No warning was given before the officer fired the taser. I filmed the whole thing on my phone.")
	out, _, err := runArgs(t, "", "compare", left, right)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Left struct {
			Party  string
			Text   string
			Claims []struct {
				ID, Start, End int
				Text           string
			}
		}
		Pairs []struct {
			Left, Right []int
			Relation    string
			Cues        []string
			Diff        []struct{ Op, Text string }
		}
		Unmatched struct{ Left, Right []int }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Left.Party != "police" || len(got.Left.Claims) != 2 {
		t.Fatalf("left side = %+v", got.Left)
	}
	runes := []rune(got.Left.Text)
	for _, c := range got.Left.Claims {
		if string(runes[c.Start:c.End]) != c.Text {
			t.Errorf("claim %d offsets [%d,%d) do not match its text %q", c.ID, c.Start, c.End, c.Text)
		}
	}
	if len(got.Pairs) == 0 || got.Pairs[0].Relation != "contradict" || len(got.Pairs[0].Cues) == 0 || len(got.Pairs[0].Diff) == 0 {
		t.Errorf("pairs = %+v, want the warnings pair as a contradiction with cues and a diff", got.Pairs)
	}
}

func TestCompareMarkdown(t *testing.T) {
	left := writeFile(t, "a.txt", "Tariffs on steel will be cut by 20 percent from January.")
	right := writeFile(t, "b.txt", "Tariffs on steel remain unchanged for now.")
	out, _, err := runArgs(t, "", "compare", "--format", "md", left, right)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "# a and b") || !strings.Contains(out, "Tariffs on steel remain unchanged") {
		t.Errorf("markdown report:\n%s", out)
	}
}

func TestClassifyLines(t *testing.T) {
	in := "Prices rose.\tPrices fell.\nno tab here\nA man is sleeping.\tA man is asleep.\n"
	out, errOut, err := runArgs(t, in, "classify")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out)
	}
	var first struct {
		Relation   string
		Similarity float64
		Cues       []string
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Relation != "contradict" {
		t.Errorf("rose/fell = %+v, want contradict", first)
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(errOut, "1 of 3 lines") {
		t.Errorf("a line without a tab: %q, stderr %q", lines[1], errOut)
	}
}

func TestSplitCommand(t *testing.T) {
	article := writeFile(t, "article.txt", "The minister spoke after the meeting.\n\n"+
		"“We reached agreement on every point,” the minister said.\n\n"+
		"The union disagreed. “Nothing was agreed,” said Ana Ruiz, the union's leader.\n")
	out, _, err := runArgs(t, "", "split", article)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Speakers []struct {
			Name     string
			Passages []struct {
				Start, End int
				Text       string
			}
		}
		Commentary []struct{ Start, End int }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("split output is not JSON: %v\n%s", err, out)
	}
	if len(got.Speakers) != 2 || len(got.Commentary) == 0 {
		t.Fatalf("split found %d speakers and %d commentary spans:\n%s", len(got.Speakers), len(got.Commentary), out)
	}
	for _, s := range got.Speakers {
		for _, p := range s.Passages {
			if !strings.Contains(p.Text, "agree") {
				t.Errorf("%s's passage %q is not a quotation from the article", s.Name, p.Text)
			}
		}
	}
	if _, _, err := runArgs(t, "", "split", "--format", "xml", article); exitCode(err) != 2 {
		t.Errorf("an unknown split format: %v", err)
	}
}

func TestNotesExportAndImport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	out, _, err := runArgs(t, "", "notes", "export", "--format", "json", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "AnnotationCollection") {
		t.Errorf("an empty library exports %q", out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("exporting from a library that does not exist created it")
	}
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, _, err = runArgs(t, "", "notes", "import", "--db", db, "--comparison", "7", writeFile(t, "notes.json", out))
	if err == nil || !strings.Contains(err.Error(), "7") {
		t.Errorf("importing into a missing comparison: %v", err)
	}
	if _, _, err := runArgs(t, "", "notes", "export", "--format", "pdf", "--db", db); exitCode(err) != 2 {
		t.Errorf("an unknown notes format: %v", err)
	}
}
