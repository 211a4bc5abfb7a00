// Package ui is Parley's desktop interface: the reader window with its two
// parallel panes, built with Fyne.
package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
)

// Reader is Parley's main window: two statements side by side.
type Reader struct {
	app   fyne.App
	win   fyne.Window
	store *data.Store
	left  *pane
	right *pane
}

// NewReader builds the main window. The store keeps the library; it may be
// nil in tests.
func NewReader(a fyne.App, store *data.Store) *Reader {
	r := &Reader{app: a, store: store, win: a.NewWindow("Parley")}
	r.left, r.right = newPane(), newPane()
	split := container.NewHSplit(r.left.content, r.right.content)
	r.win.SetContent(split)
	r.win.Resize(fyne.NewSize(1280, 800))
	return r
}

// Window returns the reader's window.
func (r *Reader) Window() fyne.Window { return r.win }

// Open shows two statements.
func (r *Reader) Open(left, right compare.Document) {
	r.left.show(left)
	r.right.show(right)
}

// pane shows one party's statement under a header naming party and source.
type pane struct {
	party   *widget.Label
	source  *widget.Label
	text    *widget.Label
	content fyne.CanvasObject
}

func newPane() *pane {
	p := &pane{
		party:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		source: widget.NewLabel(""),
		text:   widget.NewLabel(""),
	}
	p.source.Wrapping = fyne.TextWrapWord
	p.party.SizeName = theme.SizeNameSubHeadingText
	p.source.SizeName = theme.SizeNameCaptionText
	p.text.Wrapping = fyne.TextWrapWord
	header := container.NewVBox(p.party, p.source, widget.NewSeparator())
	p.content = container.NewBorder(header, nil, nil, nil, container.NewVScroll(p.text))
	return p
}

func (p *pane) show(d compare.Document) {
	p.party.SetText(d.Party)
	src := d.Title
	if d.Source != "" {
		src += " · " + d.Source
	}
	if d.Date != "" {
		src += " · " + d.Date
	}
	p.source.SetText(src)
	p.text.SetText(d.Text)
}
