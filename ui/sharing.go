package ui

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/lesson"
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
	name := widget.NewEntry()
	name.SetText(r.app.Preferences().String(prefSharerName))
	name.SetPlaceHolder("e.g. Ms Rivera")
	dialog.ShowForm("Share with a class", "Choose file…", "Cancel",
		[]*widget.FormItem{{Text: "Your name", Widget: name, HintText: "Students see your notes under this name, apart from their own."}},
		func(ok bool) {
			if !ok {
				return
			}
			from := strings.TrimSpace(name.Text)
			r.app.Preferences().SetString(prefSharerName, from)
			var sets []data.ComparisonNotes
			r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
				sets, err = s.NotesByComparison(ctx, k.id)
				return err
			}, func(err error) {
				if err != nil {
					r.showError("The comparison could not be shared", err)
					return
				}
				b := r.bundle(from, sets)
				r.exportAs(exportFormat{name: "shared comparison", ext: share.Extension, write: func(w io.Writer, _ *compare.Result) error {
					return share.Write(w, b)
				}})
			})
		}, r.win)
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
	b := share.Bundle{Title: firstNonEmpty(r.docs[0].Party, "Left") + " and " + firstNonEmpty(r.docs[1].Party, "right"), From: from, Left: r.docs[0], Right: r.docs[1], Notes: data.Annotations(sets), Lesson: r.lesson}
	b.Left.Text, b.Right.Text = r.model.Side(reading.Left).Text, r.model.Side(reading.Right).Text
	for _, c := range r.model.Corrections() {
		b.Corrections = append(b.Corrections, share.Correction{Kind: string(c.Kind), Left: c.Left, Right: c.Right, Relation: string(c.Relation)})
	}
	return b
}

// openShared asks for a .parley file and opens it.
func (r *Reader) openShared() {
	r.choosePath(r.OpenSharedFile)
}

// OpenSharedFile opens a .parley file: the comparison with the sharer's
// corrections and lesson, and the sharer's notes as a read-only layer.
func (r *Reader) OpenSharedFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		r.showError("The shared comparison could not be opened", err)
		return
	}
	defer f.Close()
	b, err := share.Read(f)
	if err != nil {
		r.showError("The shared comparison could not be opened", err)
		return
	}
	r.pendingShare = &b
	r.Open(b.Left, b.Right)
}

// applyShare brings in a shared comparison once it is analysed and kept:
// the sharer's corrections (unless the reader has made their own), the
// lesson, and the notes as a layer named after the sharer.
func (r *Reader) applyShare() {
	b := r.pendingShare
	r.pendingShare = nil
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
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		added, _, orphans, err = s.ImportLayer(ctx, k.id, bytes.NewReader(notes), b.From)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The shared notes could not be added", err)
			return
		}
		r.busy.SetText(fmt.Sprintf("Opened %s's comparison: %d notes from them (read-only, F9 lists them), %d no longer placed", b.From, added, orphans))
	})
	r.loadNotes()
}

// toggleShared shows or hides the notes that came in a shared comparison.
func (r *Reader) toggleShared() {
	r.hideShared = !r.hideShared
	r.refreshMarks()
	r.notesPanel.refresh()
	if r.hideShared {
		r.busy.SetText("Shared notes hidden")
	} else {
		r.busy.SetText("Shared notes shown")
	}
}

// visibleNotes is the notes to draw and list: all, or the reader's own when
// shared notes are hidden.
func (r *Reader) visibleNotes() []data.Note {
	if !r.hideShared {
		return r.notes
	}
	var own []data.Note
	for _, n := range r.notes {
		if n.Layer == "" {
			own = append(own, n)
		}
	}
	return own
}

// teacherNotes returns the words of the notes on a lesson item's claims,
// shown with the verdict when the teacher presses N.
func (r *Reader) teacherNotes(it lesson.Item) []string {
	var out []string
	for _, n := range r.visibleNotes() {
		if strings.TrimSpace(n.Body) == "" || n.Orphaned() {
			continue
		}
		for _, t := range n.Targets {
			if r.inClaims(sideOf(t.Side), it, t.Start, t.End) {
				out = append(out, n.Body)
				break
			}
		}
	}
	return out
}

// inClaims reports whether [start, end) lies inside one of the item's
// claims on a side.
func (r *Reader) inClaims(side reading.Side, it lesson.Item, start, end int) bool {
	ids := it.Left
	if side == reading.Right {
		ids = it.Right
	}
	for _, id := range ids {
		if c, ok := r.model.ClaimByID(side, id); ok && start >= c.Start && end <= c.End {
			return true
		}
	}
	return false
}
