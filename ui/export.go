package ui

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
)

// exportFormat is one kind of file the reader can export.
type exportFormat struct {
	name, ext string
	write     func(io.Writer, *compare.Result) error
}

var exportMarkdown = exportFormat{"report", ".md", export.Markdown}

// exportHandout exports a handout, worksheet or answer key. When the
// comparison has notes, the teacher chooses whether the handout and the
// answer key print them; a worksheet never does.
func (r *Reader) exportHandout(k export.Kind) {
	name := map[export.Kind]string{export.FullHandout: "handout", export.Worksheet: "worksheet", export.AnswerKey: "answer key"}[k]
	save := func(notes []export.Note) {
		r.exportAs(exportFormat{name, ".html", func(w io.Writer, res *compare.Result) error {
			return export.HTML(w, res, export.HandoutOptions{Kind: k, Notes: notes})
		}})
	}
	notes := r.handoutNotes()
	if len(notes) == 0 || k == export.Worksheet {
		save(nil)
		return
	}
	r.showDialog(dialog.NewConfirm("Include your notes?", fmt.Sprintf("Print your %s in the %s, beside the pairs they are on?", export.Plural(len(notes), "note", "notes"), name),
		func(yes bool) {
			if yes {
				save(notes)
			} else {
				save(nil)
			}
		}, r.win))
}

// handoutNotes is the visible notes with words, as a handout prints them.
func (r *Reader) handoutNotes() []export.Note {
	var out []export.Note
	for _, n := range r.notes.visible() {
		if strings.TrimSpace(n.Body) == "" || n.Orphaned() {
			continue
		}
		t := n.Targets[0]
		out = append(out, export.Note{Side: string(t.Side), Start: t.Start, End: t.End, Quote: t.Exact, Body: n.Body})
	}
	return out
}

// exportAs asks where to save the comparison, with the reader's
// corrections, in one format, and writes it there.
func (r *Reader) exportAs(f exportFormat) {
	if r.model == nil {
		return
	}
	res := r.model.Result
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			r.showError("The "+f.name+" was not saved", err)
			return
		}
		if w == nil {
			return
		}
		defer w.Close()
		bw := bufio.NewWriter(w)
		err = f.write(bw, res)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			r.showError("The "+f.name+" was not saved", err)
			return
		}
		r.status.say("Saved the " + f.name + " to " + w.URI().Path())
	}, r.win)
	d.SetFileName(exportFileName(res, f))
	d.SetFilter(storage.NewExtensionFileFilter([]string{f.ext}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// exportFileName proposes a file name from the two parties and the kind of
// file: "police-vs-witness-handout.html", with no comma, slash or quote
// from the parties' names.
func exportFileName(res *compare.Result, f exportFormat) string {
	return export.FileName(f.ext, cmp.Or(res.Left.Party, "left"), "vs", cmp.Or(res.Right.Party, "right"), f.name)
}

// exportNotes saves this comparison's notes as Markdown, CSV or W3C Web
// Annotation JSON.
func (r *Reader) exportNotes(format string) {
	r.withKeptNotes("The notes could not be read", func(sets []data.ComparisonNotes) {
		r.exportAs(exportFormat{name: "notes", ext: "." + format, write: func(w io.Writer, _ *compare.Result) error {
			return export.WriteNotes(w, format, sets)
		}})
	})
}

// withKeptNotes reads the kept comparison's notes in a library job and
// hands them to then on the UI goroutine, or shows failed with the error.
func (r *Reader) withKeptNotes(failed string, then func([]data.ComparisonNotes)) {
	var sets []data.ComparisonNotes
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		sets, err = s.NotesByComparison(ctx, k.id)
		return err
	}, func(err error) {
		if err != nil {
			r.showError(failed, err)
			return
		}
		then(sets)
	})
}
