package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
	"github.com/parley-reader/parley/ui/textpane"
)

// pane shows one party's statement: a header naming party, title, source
// and date, the text in a TextPane, and an overview strip beside it.
type pane struct {
	side     reading.Side
	party    *widget.Label
	meta     *widget.Label
	text     *textpane.TextPane
	scroller *textpane.Scroller
	overview *overview
	content  fyne.CanvasObject
}

func newPane(side reading.Side, onJump func(fraction float32)) *pane {
	p := &pane{
		side:  side,
		party: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		meta:  widget.NewLabel(""),
		text:  textpane.New(),
	}
	p.party.SizeName = theme.SizeNameSubHeadingText
	p.party.Wrapping = fyne.TextWrapWord
	p.meta.SizeName = theme.SizeNameCaptionText
	p.meta.Wrapping = fyne.TextWrapWord
	p.scroller = textpane.NewScroller(p.text)
	p.overview = newOverview(onJump)
	header := container.NewVBox(p.party, p.meta)
	body := container.NewBorder(nil, nil, nil, p.overview, p.scroller)
	p.content = container.NewBorder(header, nil, nil, nil, body)
	return p
}

// show puts a document in the pane, with no claims marked yet.
func (p *pane) show(d compare.Document) {
	p.header(d.Meta)
	p.text.SetText(d.Text)
	p.text.SetSpans(nil)
	p.overview.setMarks(nil)
	p.scroller.ScrollToOffset(0)
}

// viewFraction returns the visible part of the text as fractions of its
// characters, the measure of the overview's marks.
func (p *pane) viewFraction() (top, bottom float32) {
	total := float32(p.text.Len())
	h := p.scroller.Size().Height
	if total == 0 || h <= 0 {
		return 0, 1
	}
	off := p.scroller.Offset().Y
	first := p.text.OffsetAt(fyne.NewPos(0, off))
	last := p.text.OffsetAt(fyne.NewPos(p.text.Size().Width, off+h))
	if off+h >= p.text.MinSize().Height {
		last = int(total)
	}
	return float32(first) / total, float32(last) / total
}

// showOffset scrolls so that the line holding offset is in the middle of
// the view.
func (p *pane) showOffset(offset int) {
	p.scroller.ScrollToOffset(p.text.LineTop(offset) - p.scroller.Size().Height/2)
}

// scrollFraction returns where the top of the view is, as a fraction of
// the scrollable range.
func (p *pane) scrollFraction() float32 {
	rangeY := p.text.MinSize().Height - p.scroller.Size().Height
	if rangeY <= 0 {
		return 0
	}
	return p.scroller.Offset().Y / rangeY
}

// scrollToFraction scrolls so the top of the view is at fraction f of the
// scrollable range.
func (p *pane) scrollToFraction(f float32) {
	rangeY := p.text.MinSize().Height - p.scroller.Size().Height
	if rangeY <= 0 {
		return
	}
	p.scroller.ScrollToOffset(f * rangeY)
}

// claimBox returns the vertical extent of a claim relative to the top of
// the visible part of the pane.
func (p *pane) claimBox(c compare.Claim) (top, bottom float32) {
	pos, size := p.text.SpanRect(c.Start, c.End)
	off := p.scroller.Offset().Y
	return pos.Y - off, pos.Y + size.Height - off
}
