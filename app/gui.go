package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/parley-reader/parley/assets"
	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/ui"
)

// appID is Parley's application identifier, as in FyneApp.toml.
const appID = "io.github.parley_reader.parley"

// openReader opens the main window on two files, on one shared .parley
// file, or on the built-in sample when files is empty, optionally in
// presentation mode, and runs until the window closes.
func openReader(dbPath string, files []string, present bool) error {
	shared := len(files) == 1
	var left, right compare.Document
	if !shared {
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
	if shared {
		r.OpenSharedFile(files[0])
	} else {
		r.Open(left, right)
	}
	r.Window().ShowAndRun()
	return nil
}

// statements reads the two files named on the command line with the
// importer's options, or returns the built-in sample.
func statements(files []string, opt importer.Options) (left, right compare.Document, err error) {
	if len(files) == 0 {
		s, err := assets.LoadSample()
		if err != nil {
			return left, right, err
		}
		return sampleDoc(s.Left), sampleDoc(s.Right), nil
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

func sampleDoc(s assets.SampleSide) compare.Document {
	return compare.Document{Title: s.Title, Party: s.Party, Source: s.Source, Date: s.Date, Text: s.Text}
}
