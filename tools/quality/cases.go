package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-reader/parley/compare"
)

// expectation is one pair a case says the comparison must report, or, in a
// case's never list, a relation it must not report.
type expectation struct {
	Left     string           `json:"left,omitempty"`
	LeftAny  []string         `json:"left_any,omitempty"`
	Right    string           `json:"right,omitempty"`
	RightAny []string         `json:"right_any,omitempty"`
	Relation compare.Relation `json:"relation"`
}

// lefts returns every acceptable left substring: left_any, then left.
func (e expectation) lefts() []string { return alternatives(e.LeftAny, e.Left) }

// rights returns every acceptable right substring: right_any, then right.
func (e expectation) rights() []string { return alternatives(e.RightAny, e.Right) }

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
func (e expectation) String() string {
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
	return side(e.lefts()) + " " + string(e.Relation) + " " + side(e.rights())
}

// party is one side of a case.
type party struct {
	Party string `json:"party"`
	Text  string `json:"text"`
}

// sampleCase is a dev case, or the seed's expectations with the app's sample
// texts.
type sampleCase struct {
	Name    string        `json:"name"`
	File    string        `json:"-"`
	Left    party         `json:"left"`
	Right   party         `json:"right"`
	Expect  []expectation `json:"expect"`
	Never   []expectation `json:"never"`
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

// statementSet is a named group of cases read from one file or folder.
type statementSet struct {
	Name  string
	Path  string
	Cases []sampleCase
}

// readCase reads and checks one case file.
func readCase(path string) (sampleCase, error) {
	var c sampleCase
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
	for _, list := range [][]expectation{c.Expect, c.Never} {
		for _, e := range list {
			switch e.Relation {
			case compare.Agree, compare.Contradict, compare.Differ:
			default:
				return c, fmt.Errorf("%s: expectation %s: unknown relation %q", path, e, e.Relation)
			}
		}
	}
	for _, e := range c.Expect {
		if len(e.lefts()) == 0 || len(e.rights()) == 0 {
			return c, fmt.Errorf("%s: expectation %s lacks a left or a right substring", path, e)
		}
	}
	return c, nil
}

// samplePart is the part of assets/sample/sample.json the seed needs.
type samplePart struct {
	Party string `json:"party"`
	File  string `json:"file"`
}

// readSeed reads the seed expectations and fills in the app's sample texts
// and parties: assetsDir/sample/sample.json names the text files, relative
// to its own folder, as the app reads them. Parties missing there come from the
// seed's own list of speakers. On an error, the set's Path is the file that
// could not be read.
func readSeed(seedPath, assetsDir string) (statementSet, error) {
	set := statementSet{Name: "seed", Path: seedPath}
	c, err := readCase(seedPath)
	if err != nil {
		return set, err
	}
	manifest := filepath.Join(assetsDir, "sample", "sample.json")
	b, err := os.ReadFile(manifest)
	if err != nil {
		set.Path = manifest
		return set, err
	}
	var s struct {
		Left  samplePart `json:"left"`
		Right samplePart `json:"right"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return set, fmt.Errorf("%s: %w", manifest, err)
	}
	for _, side := range []struct {
		name string
		part samplePart
		dst  *party
	}{{"left", s.Left, &c.Left}, {"right", s.Right, &c.Right}} {
		if side.part.File == "" {
			return set, fmt.Errorf("%s: no file for the %s text", manifest, side.name)
		}
		text := filepath.Join(filepath.Dir(manifest), filepath.FromSlash(side.part.File))
		t, err := os.ReadFile(text)
		if err != nil {
			set.Path = text
			return set, err
		}
		side.dst.Text = strings.TrimSpace(string(t))
		side.dst.Party = side.part.Party
		for _, p := range c.Parties {
			if side.dst.Party == "" && p.Side == side.name {
				side.dst.Party = p.Speaker
			}
		}
	}
	set.Cases = []sampleCase{c}
	return set, nil
}

// readDir reads every *.json case in dir, in name order. A folder that does
// not exist or holds no case is an error.
func readDir(name, dir string) (statementSet, error) {
	set := statementSet{Name: name, Path: dir}
	if _, err := os.Stat(dir); err != nil {
		return set, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return set, err
	}
	if len(files) == 0 {
		return set, fmt.Errorf("%s: no *.json case in the folder", dir)
	}
	for _, f := range files {
		c, err := readCase(f)
		if err != nil {
			return set, err
		}
		set.Cases = append(set.Cases, c)
	}
	return set, nil
}
