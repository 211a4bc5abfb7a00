package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/ui/reading"
)

// editSources edits where each statement came from: party, title, outlet,
// address, date and language note. The panes' headers and every export
// show them.
func (r *Reader) editSources() {
	if r.model == nil {
		return
	}
	var forms [2]*widget.Form
	var entries [2][6]*widget.Entry
	labels := [6]string{"Party", "Title", "Outlet", "Address", "Date", "Language"}
	for i := range forms {
		d := r.docs[i]
		values := [6]string{d.Party, d.Title, d.Outlet, d.URL, d.Date, d.Language}
		forms[i] = widget.NewForm()
		for k := range labels {
			entries[i][k] = widget.NewEntry()
			entries[i][k].SetText(values[k])
			forms[i].Append(labels[k], entries[i][k])
		}
	}
	head := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	body := container.NewGridWithColumns(2, container.NewVBox(head("Left statement"), forms[0]), container.NewVBox(head("Right statement"), forms[1]))
	d := dialog.NewCustomConfirm("Sources", "Save", "Cancel", body, func(ok bool) {
		if !ok {
			return
		}
		var metas [2]compare.Meta
		for i := range metas {
			e := entries[i]
			metas[i] = compare.Meta{Party: trim(e[0]), Title: trim(e[1]), Outlet: trim(e[2]), URL: trim(e[3]), Date: trim(e[4]), Language: trim(e[5]),
				Source: r.docs[i].Source}
		}
		r.setSources(metas)
	}, r.win)
	d.Resize(fyne.NewSize(900, 420))
	d.Show()
}

func trim(e *widget.Entry) string { return strings.TrimSpace(e.Text) }

// setSources shows and keeps where the two statements came from; their
// texts are not changed.
func (r *Reader) setSources(metas [2]compare.Meta) {
	for i, meta := range metas {
		r.docs[i].Meta = meta
		r.model.SetSource(reading.Side(i), meta)
		r.panes[i].header(meta)
	}
	r.persistSources()
}

// persistSources keeps both statements' sources in the library.
func (r *Reader) persistSources() {
	docs := r.docs
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
		for i, id := range k.docs {
			if err := s.UpdateSource(ctx, id, data.DocumentOf(docs[i])); err != nil {
				return err
			}
		}
		return nil
	}, r.failed("The sources were not kept"))
}

// editText edits the focused statement's text. The reader's notes on it
// re-anchor to the new text; those whose words are gone are kept as
// orphans with their quotes.
func (r *Reader) editText() {
	if r.model == nil {
		return
	}
	side := r.sel.Focus
	entry := widget.NewMultiLineEntry()
	entry.Wrapping = fyne.TextWrapWord
	entry.SetText(r.docs[side].Text)
	title := fmt.Sprintf("Edit the %s statement (%s)", sideName(side), firstNonEmpty(r.docs[side].Party, "untitled"))
	d := dialog.NewCustomConfirm(title, "Save and compare again", "Cancel", entry, func(ok bool) {
		text := norm.NFC.String(entry.Text)
		if !ok || text == r.docs[side].Text {
			return
		}
		if strings.TrimSpace(text) == "" {
			dialog.ShowInformation("The statement is empty", "A statement needs some text; nothing was changed.", r.win)
			return
		}
		r.replaceText(side, text)
	}, r.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// replaceText puts new text on one side, re-anchors the notes on it in the
// library and compares again.
func (r *Reader) replaceText(side reading.Side, text string) {
	docs := r.docs
	docs[side].Text = text
	var res data.Reanchored
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		if k.docs[side] == 0 {
			return nil
		}
		res, err = s.UpdateDocumentText(ctx, k.docs[side], text)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The notes could not be moved to the new text", err)
			return
		}
		r.status.say(fmt.Sprintf("Notes on the new text: %d in place, %d moved, %d found approximately, %d no longer in the text",
			res.Exact, res.Moved, res.Fuzzy, res.Orphan))
	})
	r.Open(docs[0], docs[1])
}

// header shows a statement's party and source above its pane.
func (p *pane) header(d compare.Meta) {
	p.party.SetText(firstNonEmpty(d.Party, d.Title, "Untitled"))
	var meta []string
	for _, s := range []string{d.Title, d.Outlet, d.Date, d.Language, d.URL, d.Source} {
		if s != "" && s != p.party.Text {
			meta = append(meta, s)
		}
	}
	p.meta.SetText(strings.Join(meta, " · "))
}
