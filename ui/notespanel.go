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
	add     func()                    // a note on the selection (Ctrl+N)
	deleted func()                    // the recently deleted notes
	plain   func(*fyne.KeyEvent) bool // the window's plain keys (F1, F5, F9)
}

// previewLen is how much of a note's words or quote a row of the panel
// shows, in code points: a row is one line each, whatever the note's size.
const previewLen = 160

// notesPanel lists the comparison's notes in document order beside the
// panes; clicking a note jumps to its place and opens it below the list.
// The list is virtualised: only the rows in view exist, each a clipped
// preview of one line per part, so 150,000 notes cost what a screenful
// does. A note's Markdown is rendered only when it is opened.
type notesPanel struct {
	hooks    noteHooks
	notes    []data.Note // what the list shows, in order
	header   *widget.Label
	hint     *widget.Label
	list     *keyList
	opened   *widget.RichText // the opened note in full
	openedID int64
	detail   fyne.CanvasObject // the opened note's box, hidden until one is opened
	content  fyne.CanvasObject
	rowsMade int // rows the list has created: a screenful, not one per note
}

func newNotesPanel(h noteHooks) *notesPanel {
	p := &notesPanel{hooks: h, header: widget.NewLabelWithStyle("Notes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	p.hint = widget.NewLabel("No notes yet. Select text or click a claim, then press Ctrl+N for a note or 1–5 for a highlight.")
	p.hint.Wrapping = fyne.TextWrapWord
	p.hint.Hide()
	p.list = newKeyList(h.plain,
		func() int { return len(p.notes) },
		func() fyne.CanvasObject { p.rowsMade++; return newNoteRow(p.hooks) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= 0 && id < len(p.notes) {
				o.(*noteRow).set(p.notes[id])
			}
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(p.notes) {
			p.open(p.notes[id])
			p.hooks.jump(p.notes[id])
		}
	}
	p.opened = widget.NewRichText()
	p.opened.Wrapping = fyne.TextWrapWord
	closeOpened := widget.NewButtonWithIcon("", theme.CancelIcon(), p.closeOpened)
	closeOpened.Importance = widget.LowImportance
	room := canvas.NewRectangle(nil)
	room.SetMinSize(fyne.NewSize(0, 200))
	p.detail = container.NewBorder(widget.NewSeparator(), nil, nil, container.NewVBox(closeOpened),
		container.NewStack(room, container.NewVScroll(p.opened)))
	p.detail.Hide()
	deleted := widget.NewButtonWithIcon("", theme.HistoryIcon(), h.deleted)
	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), h.add)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(add, deleted), p.header)
	p.content = container.NewBorder(top, p.detail, nil, nil, container.NewStack(p.list, container.NewVBox(p.hint)))
	p.content.Hide()
	return p
}

// refresh lists the reader's notes again; only the rows in view are
// updated.
func (p *notesPanel) refresh() {
	p.notes = p.hooks.notes()
	p.header.SetText(fmt.Sprintf("Notes (%d)", len(p.notes)))
	p.hint.Hidden = len(p.notes) != 0
	p.hint.Refresh()
	p.list.UnselectAll()
	p.list.Refresh()
	if p.openedID != 0 {
		for _, n := range p.notes {
			if n.ID == p.openedID {
				p.open(n)
				return
			}
		}
		p.closeOpened()
	}
}

// open shows a note in full below the list: its quote, its words as
// Markdown and its tags.
func (p *notesPanel) open(n data.Note) {
	p.openedID = n.ID
	md := "*" + escapeMarkdown(p.hooks.quote(n)) + "*\n\n"
	if n.Layer != "" {
		md = "**From " + escapeMarkdown(n.Layer) + "** (read-only)\n\n" + md
	}
	if n.Orphaned() {
		md += "This note's text is no longer in the statement; its quote is kept above.\n\n"
	}
	if strings.TrimSpace(n.Body) != "" {
		md += n.Body + "\n\n"
	}
	if len(n.Tags) > 0 {
		md += "\\# " + escapeMarkdown(strings.Join(n.Tags, "  # ")) + "\n"
	}
	p.opened.ParseMarkdown(md)
	p.detail.Show()
	p.content.Refresh()
}

func (p *notesPanel) closeOpened() {
	p.openedID = 0
	p.opened.ParseMarkdown("")
	p.detail.Hide()
	p.list.UnselectAll()
	p.content.Refresh()
}

// escapeMarkdown keeps text that is not Markdown (a quote, a name) from
// being read as Markdown.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]()#+-.!<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// preview is one line of at most previewLen code points of s: what a row
// shows of a note's words or quote, however long they are.
func preview(s string) string {
	if len(s) > 4*previewLen {
		s = s[:4*previewLen] // a code point is at most 4 bytes
	}
	return truncate(strings.Join(strings.Fields(s), " "), previewLen)
}

// plainMarkdown drops the emphasis and heading marks of a note's words,
// for a one-line preview; the opened note shows them as Markdown.
func plainMarkdown(s string) string {
	if len(s) > 4*previewLen {
		s = s[:4*previewLen]
	}
	return strings.NewReplacer("**", "", "__", "", "*", "", "`", "", "#", "", "> ", "").Replace(s)
}

// noteRow is one note in the panel: a line of quote, a line of its words
// and a line of tags, each clipped to what the row can show, beside the
// colour swatch and the edit and delete buttons. The list reuses rows as
// it scrolls.
type noteRow struct {
	widget.BaseWidget
	hooks              noteHooks
	note               data.Note
	swatch             *canvas.Rectangle
	quote, words, tags *widget.Label
	edit, del          *widget.Button
	buttons            *fyne.Container
}

func newNoteRow(h noteHooks) *noteRow {
	r := &noteRow{hooks: h, swatch: canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))}
	r.swatch.SetMinSize(fyne.NewSize(6, 6))
	line := func(size fyne.ThemeSizeName, style fyne.TextStyle) *widget.Label {
		l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, style)
		l.SizeName = size
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	r.quote = line(theme.SizeNameCaptionText, fyne.TextStyle{Italic: true})
	r.words = line(theme.SizeNameText, fyne.TextStyle{})
	r.tags = line(theme.SizeNameCaptionText, fyne.TextStyle{})
	r.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { r.hooks.edit(r.note) })
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { r.hooks.delete(r.note) })
	r.edit.Importance, r.del.Importance = widget.LowImportance, widget.LowImportance
	r.buttons = container.NewHBox(r.edit, r.del)
	r.ExtendBaseWidget(r)
	return r
}

// set shows a note in the row.
func (r *noteRow) set(n data.Note) {
	r.note = n
	quote := preview(r.hooks.quote(n))
	if n.Layer != "" {
		quote = preview("From "+n.Layer+" (read-only)") + " · " + quote
	}
	r.quote.SetText(quote)
	words := preview(plainMarkdown(n.Body))
	if n.Orphaned() {
		words = "No longer in the statement · " + words
	}
	r.words.SetText(words)
	tags := ""
	if len(n.Tags) > 0 {
		tags = preview("# " + strings.Join(n.Tags, "  # "))
	}
	r.tags.SetText(tags)
	r.swatch.FillColor = theme.Color(theme.ColorNameSeparator)
	if l, ok := highlightLooks[n.Colour]; ok {
		r.swatch.FillColor = theme.Color(l.color)
	}
	r.swatch.Refresh()
	if n.Layer != "" {
		r.buttons.Hide()
	} else {
		r.buttons.Show()
	}
}

// CreateRenderer lays out the swatch, the three lines and the buttons.
func (r *noteRow) CreateRenderer() fyne.WidgetRenderer {
	lines := container.NewVBox(r.quote, r.words, r.tags)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.swatch, r.buttons, lines))
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
