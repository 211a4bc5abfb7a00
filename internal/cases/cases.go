// Package cases reads the statement pairs with expected relations that
// Parley's engine is developed and scored on (../shared/samples/dev-cases*,
// the seed's expectations, tools/quality/testdata/cases), and matches their
// substrings as the scoring does, forgiving typographic quotes and spaces.
package cases

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-reader/parley/compare"
)

// Expectation is one pair a case says the comparison must report, or, in a
// case's never list, a relation it must not report.
type Expectation struct {
	Left     string           `json:"left,omitempty"`
	LeftAny  []string         `json:"left_any,omitempty"`
	Right    string           `json:"right,omitempty"`
	RightAny []string         `json:"right_any,omitempty"`
	Relation compare.Relation `json:"relation"`
}

// Lefts returns every acceptable left substring: left_any, then left.
func (e Expectation) Lefts() []string { return alternatives(e.LeftAny, e.Left) }

// Rights returns every acceptable right substring: right_any, then right.
func (e Expectation) Rights() []string { return alternatives(e.RightAny, e.Right) }

// alternatives returns a new slice of many followed by one when one is not
// empty.
func alternatives(many []string, one string) []string {
	out := append([]string(nil), many...)
	if one != "" {
		out = append(out, one)
	}
	return out
}

// String writes the expectation as "left" relation "right", listing the
// alternatives of a side with " | ".
func (e Expectation) String() string {
	side := func(subs []string) string {
		if len(subs) == 0 {
			return "(any)"
		}
		q := make([]string, len(subs))
		for i, s := range subs {
			q[i] = fmt.Sprintf("%q", s)
		}
		return strings.Join(q, " | ")
	}
	return side(e.Lefts()) + " " + string(e.Relation) + " " + side(e.Rights())
}

// Party is one side of a case.
type Party struct {
	Party string `json:"Party"`
	Text  string `json:"text"`
}

// Case is a dev case, or the seed's expectations with the app's sample
// texts.
type Case struct {
	Name    string        `json:"name"`
	File    string        `json:"-"`
	Left    Party         `json:"left"`
	Right   Party         `json:"right"`
	Expect  []Expectation `json:"expect"`
	Never   []Expectation `json:"never"`
	Omitted struct {
		Left  []string `json:"left"`
		Right []string `json:"right"`
	} `json:"omitted"`
	// Parties names the speakers of the seed article.
	Parties []struct {
		Side    string `json:"side"`
		Speaker string `json:"speaker"`
	} `json:"parties"`
}

// Read reads and checks one case file.
func Read(path string) (Case, error) {
	var c Case
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	c.File = path
	if c.Name == "" {
		c.Name = strings.TrimSuffix(filepath.Base(path), ".json")
	}
	for _, list := range [][]Expectation{c.Expect, c.Never} {
		for _, e := range list {
			switch e.Relation {
			case compare.Agree, compare.Contradict, compare.Differ:
			default:
				return c, fmt.Errorf("%s: Expectation %s: unknown relation %q", path, e, e.Relation)
			}
		}
	}
	for _, e := range c.Expect {
		if len(e.Lefts()) == 0 || len(e.Rights()) == 0 {
			return c, fmt.Errorf("%s: Expectation %s lacks a left or a right substring", path, e)
		}
	}
	return c, nil
}

// ReadDir reads every *.json case in dir, in name order. A folder that
// holds no case is an error.
func ReadDir(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.json case in the folder", dir)
	}
	cs := make([]Case, 0, len(files))
	for _, f := range files {
		c, err := Read(f)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, nil
}

// Fold makes a substring match forgiving of typographic quotes and white
// space, as compare/samples_test.go does.
func Fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// AnyIn reports whether one of the substrings, folded, occurs in text.
func AnyIn(text string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(text, Fold(s)) {
			return true
		}
	}
	return false
}
