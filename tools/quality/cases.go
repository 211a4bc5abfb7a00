package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-reader/parley/internal/cases"
)

// statementSet is a named group of cases read from one file or folder.
type statementSet struct {
	Name  string
	Path  string
	Cases []cases.Case
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
	c, err := cases.Read(seedPath)
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
		dst  *cases.Party
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
	set.Cases = []cases.Case{c}
	return set, nil
}

// readDir reads every *.json case in dir, in name order. A folder that does
// not exist or holds no case is an error.
func readDir(name, dir string) (statementSet, error) {
	set := statementSet{Name: name, Path: dir}
	if _, err := os.Stat(dir); err != nil {
		return set, err
	}
	cs, err := cases.ReadDir(dir)
	set.Cases = cs
	return set, err
}
