package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// fileText is the text of the file at path as Parley's offsets count it:
// decoded from UTF-8 without a byte-order mark, in NFC.
func fileText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return norm.NFC.String(strings.TrimPrefix(string(b), "\uFEFF"))
}

// slice is runes [start, end) of text, or a note that they are out of range.
func slice(text string, start, end int) string {
	r := []rune(text)
	if start < 0 || start > end || end > len(r) {
		return "<out of range>"
	}
	return string(r[start:end])
}

// fold puts typographic quotes and apostrophes in ASCII and collapses white
// space, as talks-2018-expected.json asks.
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestSplitOffsetsIndexTheArticleAsRead(t *testing.T) {
	article := filepath.Join("testdata", "talks-2018.txt")
	var expected struct {
		Parties []struct {
			Speaker     string
			First, Last string
		}
		NotAParty []string `json:"not_a_party"`
	}
	b, err := os.ReadFile(filepath.Join("testdata", "talks-2018-expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &expected); err != nil {
		t.Fatal(err)
	}
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
		Text       string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("split output is not JSON: %v\n%s", err, out)
	}
	text := fileText(t, article)
	if got.Text != text {
		t.Errorf("the split's text (%d code points) is not the article as read (%d code points)",
			len([]rune(got.Text)), len([]rune(text)))
	}
	var passages []string
	for _, s := range got.Speakers {
		for _, p := range s.Passages {
			if at := slice(text, p.Start, p.End); at != p.Text {
				t.Errorf("%s's passage [%d,%d) reads %.60q in the article, not %.60q", s.Name, p.Start, p.End, at, p.Text)
			}
			passages = append(passages, fold(slice(text, p.Start, p.End)))
		}
	}
	for _, party := range expected.Parties {
		found := false
		for _, p := range passages {
			if strings.HasPrefix(p, fold(party.First)) && strings.HasSuffix(p, fold(party.Last)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no passage at its offsets runs from %q to %q (%s)", party.First, party.Last, party.Speaker)
		}
	}
	for _, words := range expected.NotAParty {
		found := false
		for _, c := range got.Commentary {
			if strings.HasPrefix(fold(slice(text, c.Start, c.End)), fold(words)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no commentary span starts with %q at its offsets in the article", words)
		}
	}
}

func TestCompareOffsetsIndexTheFilesAsRead(t *testing.T) {
	// A byte-order mark, Windows line ends and two blank lines in a row on
	// the left; runs of blank lines, trailing spaces and a decomposed é on
	// the right; typographic apostrophes, dashes and Korean on both.
	left := writeFile(t, "ministry.txt", "\uFEFFThe ministry said the talks in Seoul (서울) were productive.\r\n\r\n\r\n"+
		"Both sides agreed to meet again next month — probably in Busan.\r\n\r\n"+
		"We didn’t discuss sanctions.\r\n")
	right := writeFile(t, "embassy.txt", "The talks in Seoul (서울) were not productive.  \n\n\n\n"+
		"No date was set for another meeting — not even a place.\n\n\n"+
		"Sanctions were discussed at length at the cafe\u0301; they’re the main issue.\n\n")
	out, _, err := runArgs(t, "", "compare", "--format", "json", left, right)
	if err != nil {
		t.Fatal(err)
	}
	type side struct {
		Text   string
		Claims []struct {
			ID, Start, End int
			Text           string
		}
	}
	var got struct{ Left, Right side }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for _, f := range []struct {
		path string
		side side
		want []string
	}{
		{left, got.Left, []string{"The ministry said the talks in Seoul (서울) were productive.", "We didn’t discuss sanctions."}},
		{right, got.Right, []string{"No date was set for another meeting — not even a place."}},
	} {
		name := filepath.Base(f.path)
		text := fileText(t, f.path)
		if f.side.Text != text {
			t.Errorf("%s: the JSON's text %q is not the file as read %q", name, f.side.Text, text)
		}
		claims := map[string]bool{}
		for _, c := range f.side.Claims {
			if at := slice(text, c.Start, c.End); at != c.Text {
				t.Errorf("%s: claim %d [%d,%d) reads %q in the file, not %q", name, c.ID, c.Start, c.End, at, c.Text)
			}
			claims[c.Text] = true
		}
		for _, w := range f.want {
			if !claims[w] {
				t.Errorf("%s: no claim reads %q", name, w)
			}
		}
	}
}

func TestHelpSaysWhatOffsetsIndex(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"split", "--help"}, {"compare", "--help"}} {
		out, _, err := runArgs(t, "", args...)
		if err != nil {
			t.Errorf("parley %s: %v", strings.Join(args, " "), err)
			continue
		}
		for _, w := range []string{"code points", `"text"`, "as read"} {
			if !strings.Contains(fold(out), w) {
				t.Errorf("parley %s does not say %q about offsets:\n%s", strings.Join(args, " "), w, out)
			}
		}
	}
}
