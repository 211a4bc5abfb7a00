package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/data"
)

// noteHooks is what the notes panel asks of the reader.
type noteHooks struct {
	notes   func() []data.Note     // the notes to list
	quote   func(data.Note) string // the text a note is on
	jump    func(data.Note)        // go to a note's place
	edit    func(data.Note)
	delete  func(data.Note)
	add     func() // a note on the selection (Ctrl+N)
	deleted func() // the recently deleted notes
}

// notesPanel lists the comparison's notes in document order beside the
// panes; clicking a note jumps to its place.
type notesPanel struct {
	hooks   noteHooks
	header  *widget.Label
	box     *fyne.Container
	content fyne.CanvasObject
}

func newNotesPanel(h noteHooks) *notesPanel {
	p := &notesPanel{hooks: h, header: widget.NewLabelWithStyle("Notes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), box: container.NewVBox()}
	deleted := widget.NewButtonWithIcon("", theme.HistoryIcon(), h.deleted)
	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), h.add)
	p.content = container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(add, deleted), p.header), nil, nil, nil, container.NewVScroll(p.box))
	p.content.Hide()
	return p
}

// refresh rebuilds the list from the reader's notes.
func (p *notesPanel) refresh() {
	notes := p.hooks.notes()
	p.header.SetText(fmt.Sprintf("Notes (%d)", len(notes)))
	p.box.Objects = nil
	if len(notes) == 0 {
		hint := widget.NewLabel("No notes yet. Select text or click a claim, then press Ctrl+N for a note or 1–5 for a highlight.")
		hint.Wrapping = fyne.TextWrapWord
		p.box.Add(hint)
	}
	for _, n := range notes {
		p.box.Add(newNoteCard(p.hooks, n))
	}
	p.box.Refresh()
}

// noteCard is one note in the panel.
type noteCard struct {
	widget.BaseWidget
	hooks noteHooks
	note  data.Note
}

func newNoteCard(h noteHooks, n data.Note) *noteCard {
	c := &noteCard{hooks: h, note: n}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped jumps to the note's place.
func (c *noteCard) Tapped(*fyne.PointEvent) { c.hooks.jump(c.note) }

// CreateRenderer lays out the quote, the rendered Markdown and the tags.
func (c *noteCard) CreateRenderer() fyne.WidgetRenderer {
	n := c.note
	quote := widget.NewLabel(c.hooks.quote(n))
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
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { c.hooks.edit(n) })
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { c.hooks.delete(n) })
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

// toggle shows or hides the panel.
func (p *notesPanel) toggle(split *container.Split) {
	if p.content.Visible() {
		p.content.Hide()
		split.SetOffset(1)
	} else {
		p.content.Show()
		p.refresh()
		split.SetOffset(0.74)
	}
}
