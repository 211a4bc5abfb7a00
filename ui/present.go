package ui

import (
	"cmp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"image/color"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/lesson"
	"github.com/parley-reader/parley/ui/reading"
	"github.com/parley-reader/parley/ui/textpane"
)

// presentZoom is the text size in presentation mode, relative to the
// reader's: large enough for the back of a classroom.
const presentZoom = 2.0

// presentation is the reader's window in presentation mode: full screen,
// projector-sized type, high contrast, one pair at a time.
type presentation struct {
	model     *reading.Model
	hooks     presentHooks
	plan      lesson.Plan
	deck      *lesson.Deck
	spotlight bool // show the pair in its context instead of on its own
	showNotes bool

	saved struct {
		content  fyne.CanvasObject
		menu     *fyne.MainMenu
		zoom     float32
		contrast bool
	}

	progress *widget.Label
	hint     *widget.Label
	cards    [2]*card
	context  [2]*textpane.Scroller
	verdict  *widget.RichText
	blank    *canvas.Rectangle
	zoomed   fyne.CanvasObject
	inContxt fyne.CanvasObject
	content  fyne.CanvasObject
}

// presentHooks is what presentation mode asks of the reader.
type presentHooks struct {
	notes     func(lesson.Item) []string         // the teacher's notes on an item's claims
	noteSpans func(reading.Side) []textpane.Span // the notes drawn on a side
	leave     func()                             // back to the reader
}

// card shows one party's claim on its own.
type card struct {
	party *widget.Label
	text  *widget.Label
	bg    *canvas.Rectangle
	box   fyne.CanvasObject
}

func newCard() *card {
	c := &card{party: widget.NewLabel(""), text: widget.NewLabel(""), bg: canvas.NewRectangle(theme.Color(theme.ColorNameBackground))}
	c.party.TextStyle = fyne.TextStyle{Bold: true}
	c.party.SizeName = theme.SizeNameSubHeadingText
	c.party.Wrapping = fyne.TextWrapWord
	c.text.Wrapping = fyne.TextWrapWord
	c.text.SizeName = theme.SizeNameHeadingText
	c.box = container.NewStack(c.bg, container.NewPadded(container.NewBorder(c.party, nil, nil, nil, container.NewVScroll(c.text))))
	return c
}

// present enters presentation mode on the current comparison.
func (r *Reader) present() {
	if r.model == nil || r.presenting != nil {
		return
	}
	p := &presentation{model: r.model, plan: r.lessonPlan(), hooks: presentHooks{
		notes: r.teacherNotes, noteSpans: r.noteSpans, leave: r.leavePresentation}}
	p.deck = lesson.NewDeck(p.plan)
	p.saved.content, p.saved.menu = r.win.Content(), r.win.MainMenu()
	p.saved.zoom, p.saved.contrast = r.th.zoom, r.th.highContrast
	p.build()
	r.presenting = p
	r.th.zoom, r.th.highContrast = presentZoom, true
	r.win.SetMainMenu(nil)
	r.win.SetContent(p.content)
	r.win.SetFullScreen(true)
	r.win.Canvas().Unfocus()
	r.win.Canvas().SetOnTypedKey(p.typedKey)
	r.win.Canvas().SetOnTypedRune(nil)
	r.app.Settings().SetTheme(r.th)
	p.show()
}

// lessonPlan is the teacher's plan for this comparison, or every pair with
// disputes first.
func (r *Reader) lessonPlan() lesson.Plan {
	if r.lesson != nil && len(r.lesson.Items) > 0 {
		return *r.lesson
	}
	return lesson.DefaultPlan(r.model.Result)
}

func (p *presentation) build() {
	p.progress = widget.NewLabel("")
	p.progress.TextStyle = fyne.TextStyle{Bold: true}
	p.hint = widget.NewLabel("→ next   ← back   S spotlight   N notes   B or . blank   Esc leave")
	p.hint.SizeName = theme.SizeNameCaptionText
	p.hint.Alignment = fyne.TextAlignTrailing
	for i := range p.cards {
		p.cards[i] = newCard()
		tp := textpane.New()
		p.context[i] = textpane.NewScroller(tp)
	}
	p.verdict = widget.NewRichText()
	p.verdict.Wrapping = fyne.TextWrapWord
	p.blank = canvas.NewRectangle(color.Black)
	p.blank.Hide()
	p.zoomed = container.New(layout.NewGridLayoutWithColumns(2), p.cards[0].box, p.cards[1].box)
	p.inContxt = container.New(layout.NewGridLayoutWithColumns(2), p.context[0], p.context[1])
	p.inContxt.Hide()
	top := container.NewBorder(nil, nil, p.progress, nil, p.hint)
	body := container.NewBorder(top, container.NewPadded(p.verdict), nil, nil, container.NewStack(p.zoomed, p.inContxt))
	p.content = container.NewStack(container.NewPadded(body), p.blank)
}

// typedKey is every key in presentation mode.
func (p *presentation) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyS:
		p.spotlight = !p.spotlight
		p.show()
		return
	case fyne.KeyN:
		p.showNotes = !p.showNotes
		p.show()
		return
	}
	switch p.deck.Key(string(ev.Name)) {
	case lesson.Leave:
		p.hooks.leave()
	case lesson.Moved, lesson.Blanked:
		p.show()
	}
}

// show draws the current step.
func (p *presentation) show() {
	// A canvas object that was hidden is not known to the canvas, so its
	// own Refresh redraws nothing: the container around it is refreshed.
	if p.deck.Blank() {
		p.blank.Show()
		p.content.Refresh()
		return
	}
	p.blank.Hide()
	p.content.Refresh()
	p.progress.SetText(p.deck.Progress())
	step, ok := p.deck.Current()
	if !ok {
		p.verdict.ParseMarkdown("This comparison has no pairs to present. Press Esc to leave.")
		return
	}
	m := p.model
	it := p.plan.Items[step.Item]
	ids := [2][]int{it.Left, it.Right}
	rel := omitted
	pair, _, paired := m.PairOf(reading.Claim{Side: reading.Left, ID: first(it.Left, -1)})
	if !paired {
		pair, _, paired = m.PairOf(reading.Claim{Side: reading.Right, ID: first(it.Right, -1)})
	}
	_, open := m.OpenSuggestion(reading.Claim{Side: reading.Left, ID: first(it.Left, -1)})
	switch {
	case paired:
		rel = pair.Relation
	case open:
		rel = suggested
	}
	visible := [2]bool{step.Reveal >= lesson.ShowLeft && len(it.Left) > 0, step.Reveal >= lesson.ShowRight && len(it.Right) > 0}
	for i := range p.cards {
		side := reading.Side(i)
		s := m.Side(side)
		c := p.cards[i]
		c.party.SetText(clip(cmp.Or(s.Party, s.Title), maxHeaderLen))
		switch {
		case visible[i]:
			c.text.SetText(claimText(m, side, ids[i]))
			c.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
		case len(ids[i]) == 0 && step.Reveal == lesson.ShowVerdict:
			c.text.SetText("(says nothing about this)")
			c.bg.FillColor = theme.Color(theme.ColorNameBackground)
		default:
			c.text.SetText("")
			c.bg.FillColor = theme.Color(theme.ColorNameBackground)
		}
		if step.Reveal == lesson.ShowVerdict && visible[i] {
			c.bg.FillColor = theme.Color(looks[rel].color)
		}
		c.bg.Refresh()
		p.showContext(side, ids[i], visible[i], rel, step.Reveal == lesson.ShowVerdict)
	}
	if p.spotlight {
		p.zoomed.Hide()
		p.inContxt.Show()
	} else {
		p.inContxt.Hide()
		p.zoomed.Show()
	}
	p.verdict.Segments = nil
	if step.Reveal == lesson.ShowVerdict {
		l := looks[rel]
		head, why := l.mark+" "+l.name, ""
		switch {
		case paired:
			why = strings.Join(export.VerdictCues(pair), "; ")
		case open:
			head = l.mark + " For the class to decide"
			why = "Parley could not tell whether these two speak of the same thing. Do they? If so, do they agree, contradict each other or differ?"
		default:
			head = l.mark + " Only one side says this"
		}
		segs := []widget.RichTextSegment{&widget.TextSegment{Text: head, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText}}}
		if why != "" {
			segs = append(segs, &widget.TextSegment{Text: why, Style: widget.RichTextStyleParagraph})
		}
		if p.showNotes {
			for _, n := range p.hooks.notes(it) {
				segs = append(segs, &widget.TextSegment{Text: "Note: " + n, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Italic: true}}})
			}
		}
		p.verdict.Segments = segs
	}
	p.verdict.Refresh()
}

// showContext shows a whole statement with the current claims lit and the
// rest dimmed, scrolled to the claims.
func (p *presentation) showContext(side reading.Side, ids []int, lit bool, rel compare.Relation, verdict bool) {
	sc := p.context[side]
	tp := sc.Pane()
	s := p.model.Side(side)
	if tp.Text() != s.Text {
		tp.SetText(s.Text)
	}
	spans := []textpane.Span{{Start: 0, End: len([]rune(s.Text)), Style: textpane.Style{Foreground: ColorDimmed}}}
	scrollTo := -1
	if lit {
		for _, id := range ids {
			c, ok := p.model.ClaimByID(side, id)
			if !ok {
				continue
			}
			st := textpane.Style{Foreground: theme.ColorNameForeground, Underline: textpane.UnderlineDouble, UnderlineColor: ColorCurrent}
			if verdict {
				st.Background, st.Mark = looks[rel].color, looks[rel].mark
			}
			spans = append(spans, textpane.Span{Start: c.Start, End: c.End, Style: st})
			if scrollTo < 0 {
				scrollTo = c.Start
			}
		}
	}
	if p.showNotes {
		spans = append(spans, p.hooks.noteSpans(side)...)
	}
	tp.SetSpans(spans)
	if scrollTo >= 0 {
		sc.ScrollTo(scrollTo)
	}
}

// leavePresentation restores the reader as it was.
func (r *Reader) leavePresentation() {
	p := r.presenting
	if p == nil {
		return
	}
	r.presenting = nil
	r.win.SetFullScreen(false)
	r.win.Canvas().SetOnTypedKey(r.windowKey)
	r.win.Canvas().SetOnTypedRune(r.typedRune)
	r.th.zoom, r.th.highContrast = p.saved.zoom, p.saved.contrast
	r.win.SetMainMenu(p.saved.menu)
	r.win.SetContent(p.saved.content)
	r.applyTheme()
}

func claimText(m *reading.Model, side reading.Side, ids []int) string {
	var parts []string
	for _, id := range ids {
		if c, ok := m.ClaimByID(side, id); ok {
			parts = append(parts, c.Text)
		}
	}
	return strings.Join(parts, " … ")
}

func first(ids []int, def int) int {
	if len(ids) == 0 {
		return def
	}
	return ids[0]
}

// teacherNotes returns the words of the notes on a lesson item's claims,
// shown with the verdict when the teacher presses N.
func (r *Reader) teacherNotes(it lesson.Item) []string {
	var out []string
	for _, n := range r.notes.visible() {
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
