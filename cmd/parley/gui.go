package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/parley-reader/parley/assets"
	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/share"
	"github.com/parley-reader/parley/ui"
)

// appID is Parley's application identifier, as in FyneApp.toml.
const appID = "io.github.parley_reader.parley"

// openReader opens the main window on two files, on a shared comparison
// (read from the one .parley file named), or, when there are no files, on
// the comparison read last (the built-in sample when the library has none,
// or when sample is set), optionally in presentation mode, and runs until
// the window closes.
func openReader(dbPath string, files []string, shared *share.Bundle, present, sample bool) error {
	var left, right compare.Document
	if shared == nil {
		var err error
		if left, right, err = statements(files, importer.Options{}); err != nil {
			return err
		}
	}
	store, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer store.Close()

	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("parley.png", assets.Icon()))
	r := ui.NewReader(a, store)
	if present {
		r.PresentOnOpen()
	}
	switch {
	case shared != nil:
		r.OpenShared(*shared)
	case len(files) == 0 && !sample:
		r.OpenLastOr(left, right)
	default:
		r.Open(left, right)
	}
	r.Window().ShowAndRun()
	return nil
}

// statements reads the two files named on the command line with the
// importer's options, or returns the built-in sample.
func statements(files []string, opt importer.Options) (left, right compare.Document, err error) {
	if len(files) == 0 {
		return sample()
	}
	docs := make([]compare.Document, 2)
	for i, f := range files {
		d, err := opt.Import(f)
		if err != nil {
			return left, right, err
		}
		docs[i] = d.Document()
	}
	return docs[0], docs[1], nil
}

// sampleSide is one side of the built-in sample in sample.json: its
// source, read straight into compare.Meta, and the name of its text file.
type sampleSide struct {
	compare.Meta
	File string `json:"file"`
}

// sample returns the built-in sample's two statements.
func sample() (left, right compare.Document, err error) {
	b, err := assets.SampleFile("sample.json")
	if err != nil {
		return left, right, fmt.Errorf("read the sample: %w", err)
	}
	var s struct{ Left, Right sampleSide }
	if err := json.Unmarshal(b, &s); err != nil {
		return left, right, fmt.Errorf("parse the sample: %w", err)
	}
	var docs [2]compare.Document
	for i, side := range [2]sampleSide{s.Left, s.Right} {
		text, err := assets.SampleFile(side.File)
		if err != nil {
			return left, right, fmt.Errorf("read the sample's text: %w", err)
		}
		docs[i] = compare.Document{Meta: side.Meta, Text: strings.TrimSpace(string(text))}
	}
	return docs[0], docs[1], nil
}
