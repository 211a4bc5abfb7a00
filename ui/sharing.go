package ui

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/share"
	"github.com/parley-reader/parley/ui/reading"
)

// prefSharerName is the preference that remembers the name a teacher
// shares under.
const prefSharerName = "sharerName"

// shareComparison writes the comparison, the reader's corrections, lesson
// and own notes as one .parley file for a class.
func (r *Reader) shareComparison() {
	if r.model == nil || r.lib.keptID() == 0 {
		return
	}
	f := newShareForm(r.app.Preferences().String(prefSharerName), func(from string) {
		r.app.Preferences().SetString(prefSharerName, from)
		r.shareAs(from)
	})
	r.showForm("Share with a class", "Choose file…", f, fyne.NewSize(520, 200))
}

// shareAs gathers the reader's notes and asks where to write the .parley
// file, shared under the name from.
func (r *Reader) shareAs(from string) {
	r.withKeptNotes("The comparison could not be shared", func(sets []data.ComparisonNotes) {
		b := r.bundle(from, sets)
		r.exportAs(exportFormat{name: "shared comparison", ext: share.Extension, write: func(w io.Writer, _ *compare.Result) error {
			return share.Write(w, b)
		}})
	})
}

// shareForm asks for the name a teacher shares under.
type shareForm struct {
	name *keyEntry
	save func(from string)
}

func newShareForm(name string, save func(string)) *shareForm {
	f := &shareForm{name: newKeyEntry(), save: save}
	f.name.SetText(name)
	f.name.SetPlaceHolder("e.g. Ms Rivera")
	return f
}

func (f *shareForm) content() fyne.CanvasObject {
	return widget.NewForm(&widget.FormItem{Text: "Your name", Widget: f.name, HintText: "Students see your notes under this name, apart from their own."})
}

// apply shares under the name written.
func (f *shareForm) apply() error {
	f.save(strings.TrimSpace(f.name.Text))
	return nil
}

// bundle gathers what a .parley file holds: the comparison as the reader
// sees it, the corrections, the lesson and the reader's own notes of sets.
func (r *Reader) bundle(from string, sets []data.ComparisonNotes) share.Bundle {
	for i := range sets {
		own := sets[i].Notes[:0]
		for _, n := range sets[i].Notes {
			if n.Layer == "" {
				own = append(own, n)
			}
		}
		sets[i].Notes = own
	}
	b := share.Bundle{Title: cmp.Or(r.docs[0].Party, "Left") + " and " + cmp.Or(r.docs[1].Party, "right"), From: from, Left: share.StatementOf(r.docs[0]), Right: share.StatementOf(r.docs[1]), Notes: data.Annotations(sets), Lesson: r.lesson}
	b.Left.Text, b.Right.Text = r.model.Side(reading.Left).Text, r.model.Side(reading.Right).Text
	for _, c := range r.model.Corrections() {
		b.Corrections = append(b.Corrections, share.Correction{Kind: string(c.Kind), Left: c.Left, Right: c.Right, Relation: string(c.Relation)})
	}
	return b
}

// openShared asks for a .parley file and opens it.
func (r *Reader) openShared() {
	r.choosePath(sharedFiles, r.OpenSharedFile)
}

// OpenSharedFile opens a .parley file: the comparison with the sharer's
// corrections and lesson, and the sharer's notes as a read-only layer.
// Anything that is not a regular file (a named pipe) is refused before it
// is opened, so the window never waits on it.
// The file is read off the UI goroutine.
func (r *Reader) OpenSharedFile(path string) {
	r.status.working("Reading " + filepath.Base(path) + "…")
	r.background(func() {
		b, err := share.ReadFile(path)
		fyne.Do(func() {
			r.status.working("")
			if err != nil {
				r.showError("The shared comparison could not be opened", err)
				return
			}
			r.OpenShared(b)
		})
	})
}

// OpenShared opens a shared comparison already read: the comparison with
// the sharer's corrections and lesson, and the sharer's notes as a
// read-only layer.
func (r *Reader) OpenShared(b share.Bundle) {
	r.opening.share = &b
	r.Open(b.Left.Document(), b.Right.Document())
}

// applyShare brings in a shared comparison once it is analysed and kept:
// the sharer's corrections (unless the reader has made their own), the
// lesson, and the notes as a layer named after the sharer.
func (r *Reader) applyShare() {
	b := r.opening.share
	r.opening.share = nil
	if b == nil || r.model == nil {
		return
	}
	if len(r.model.Corrections()) == 0 {
		for _, c := range b.Corrections {
			rc := reading.Correction{Kind: reading.CorrectionKind(c.Kind), Left: c.Left, Right: c.Right, Relation: compare.Relation(c.Relation)}
			if r.model.Apply(rc) == nil {
				r.persistAdd(rc)
			}
		}
		r.refreshMarks()
	}
	if b.Lesson != nil && r.lesson == nil {
		r.setLesson(*b.Lesson)
	}
	notes, err := b.NotesJSON()
	if err != nil {
		r.showError("The shared notes could not be added", err)
		return
	}
	var added, orphans int
	r.status.working(fmt.Sprintf("Adding %s from %s…", export.Plural(b.Notes.Total, "note", "notes"), b.From))
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		added, _, orphans, err = s.ImportLayer(ctx, k.id, bytes.NewReader(notes), b.From)
		return err
	}, func(err error) {
		r.status.working("")
		if err != nil {
			r.showError("The shared notes could not be added", err)
			return
		}
		r.status.say(fmt.Sprintf("%s from %s (read-only; F9 lists them), %d no longer placed", export.Plural(added, "note", "notes"), b.From, orphans))
	})
	r.loadNotes()
}
