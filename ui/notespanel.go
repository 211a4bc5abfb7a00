package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/ui/reading"
)

// notesPanel lists the comparison's notes in document order beside the
// panes; clicking a note jumps to its place.
type notesPanel struct {
	r       *Reader
	header  *widget.Label
	box     *fyne.Container
	content fyne.CanvasObject
}

func newNotesPanel(r *Reader) *notesPanel {
	p := &notesPanel{r: r, header: widget.NewLabelWithStyle("Notes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), box: container.NewVBox()}
	deleted := widget.NewButtonWithIcon("", theme.HistoryIcon(), r.showDeletedNotes)
	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), r.newNote)
	p.content = container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(add, deleted), p.header), nil, nil, nil, container.NewVScroll(p.box))
	p.content.Hide()
	return p
}

// refresh rebuilds the list from the reader's notes.
func (p *notesPanel) refresh() {
	notes := p.r.visibleNotes()
	p.header.SetText(fmt.Sprintf("Notes (%d)", len(notes)))
	p.box.Objects = nil
	if len(notes) == 0 {
		hint := widget.NewLabel("No notes yet. Select text or click a claim, then press Ctrl+N for a note or 1–5 for a highlight.")
		hint.Wrapping = fyne.TextWrapWord
		p.box.Add(hint)
	}
	for _, n := range notes {
		p.box.Add(newNoteCard(p.r, n))
	}
	p.box.Refresh()
}

// noteCard is one note in the panel.
type noteCard struct {
	widget.BaseWidget
	r    *Reader
	note data.Note
}

func newNoteCard(r *Reader, n data.Note) *noteCard {
	c := &noteCard{r: r, note: n}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped jumps to the note's place.
func (c *noteCard) Tapped(*fyne.PointEvent) { c.r.jumpToNote(c.note) }

// CreateRenderer lays out the quote, the rendered Markdown and the tags.
func (c *noteCard) CreateRenderer() fyne.WidgetRenderer {
	n := c.note
	quote := widget.NewLabel(quoteOf(n, c.r))
	quote.Wrapping = fyne.TextWrapWord
	quote.TextStyle = fyne.TextStyle{Italic: true}
	quote.SizeName = theme.SizeNameCaptionText
	parts := []fyne.CanvasObject{quote}
	if n.Orphaned() {
		o := widget.NewLabel("This note's text is no longer in the statement; its quote is kept above.")
		o.Wrapping = fyne.TextWrapWord
		o.Importance = widget.WarningImportance
		parts = append(parts, o)
	}
	if strings.TrimSpace(n.Body) != "" {
		body := widget.NewRichTextFromMarkdown(n.Body)
		body.Wrapping = fyne.TextWrapWord
		parts = append(parts, body)
	}
	if len(n.Tags) > 0 {
		tags := widget.NewLabel("# " + strings.Join(n.Tags, "  # "))
		tags.SizeName = theme.SizeNameCaptionText
		tags.Wrapping = fyne.TextWrapWord
		parts = append(parts, tags)
	}
	var buttons fyne.CanvasObject = container.NewVBox()
	if n.Layer != "" {
		from := widget.NewLabel("From " + n.Layer + " (read-only)")
		from.SizeName = theme.SizeNameCaptionText
		from.Importance = widget.HighImportance
		parts = append([]fyne.CanvasObject{from}, parts...)
	} else {
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { c.r.changeNote(n) })
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { c.r.deleteNote(n) })
		edit.Importance, del.Importance = widget.LowImportance, widget.LowImportance
		buttons = container.NewVBox(edit, del)
	}
	swatch := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	if l, ok := highlightLooks[n.Colour]; ok {
		swatch.FillColor = theme.Color(l.color)
	}
	swatch.SetMinSize(fyne.NewSize(6, 6))
	body := container.NewBorder(nil, nil, swatch, buttons, container.NewVBox(parts...))
	return widget.NewSimpleRenderer(container.NewVBox(body, widget.NewSeparator()))
}

// jumpToNote scrolls to a note and selects its text.
func (r *Reader) jumpToNote(n data.Note) {
	if len(n.Targets) == 0 || r.model == nil {
		return
	}
	for i, t := range n.Targets {
		side := sideOf(t.Side)
		p := r.panes[side]
		r.withoutSync(func() { p.scroller.ScrollTo(t.Start) })
		if i == 0 {
			r.focus = side
			p.text.SetSelection(t.Start, t.End)
			r.win.Canvas().Focus(p.text)
			if c, ok := r.model.ClaimAt(side, t.Start); ok {
				r.current, r.hasCurrent = reading.Claim{Side: side, ID: c.ID}, true
				r.refreshMarks()
				r.showDetails()
			}
		}
	}
}

// toggleNotes shows or hides the notes panel.
func (r *Reader) toggleNotes() {
	if r.notesPanel.content.Visible() {
		r.notesPanel.content.Hide()
		r.notesSplit.SetOffset(1)
	} else {
		r.notesPanel.content.Show()
		r.notesPanel.refresh()
		r.notesSplit.SetOffset(0.74)
	}
}

// showDeletedNotes lists the notes deleted from this comparison, to recover.
func (r *Reader) showDeletedNotes() {
	var ns []data.Note
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		ns, err = s.DeletedNotes(ctx, k.id)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The deleted notes could not be read", err)
			return
		}
		r.listDeletedNotes(ns)
	})
}

// listDeletedNotes shows the deleted notes, each with a button that
// recovers it.
func (r *Reader) listDeletedNotes(ns []data.Note) {
	box := container.NewVBox()
	if len(ns) == 0 {
		box.Add(widget.NewLabel("No deleted notes."))
	}
	var d dialog.Dialog
	for _, n := range ns {
		n := n
		label := widget.NewLabel(quoteOf(n, r) + "\n" + truncate(n.Body, 200))
		label.Wrapping = fyne.TextWrapWord
		restore := widget.NewButton("Recover", func() {
			r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
				return s.RestoreNote(ctx, n.ID)
			}, func(err error) {
				if err != nil {
					r.showError("The note was not recovered", err)
					return
				}
				d.Hide()
				r.loadNotes()
			})
		})
		box.Add(container.NewBorder(nil, nil, nil, restore, label))
	}
	d = dialog.NewCustom("Recently deleted notes", "Close", container.NewVScroll(box), r.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}
