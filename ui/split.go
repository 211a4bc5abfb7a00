package ui

import (
	"cmp"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/ui/textpane"
)

// speakerLooks colour and mark each speaker's passages in the split
// proposal; the marks keep speakers apart without colour.
var speakerLooks = []struct {
	color fyne.ThemeColorName
	mark  string
}{{ColorAgree, "①"}, {ColorDiffer, "②"}, {ColorOmitted, "③"}, {ColorContradict, "④"}}

// splitProposal is the article split into speakers, as the reader fixes it.
type splitProposal struct {
	text     []rune
	speakers []importer.Speaker
}

// owner returns the speaker whose passage holds offset, or -1.
func (s *splitProposal) owner(offset int) (speaker, passage int) {
	for i, sp := range s.speakers {
		for j, p := range sp.Passages {
			if offset >= p.Start && offset < p.End {
				return i, j
			}
		}
	}
	return -1, -1
}

// move gives a passage to another speaker (to = -1 makes it commentary).
func (s *splitProposal) move(from, passage, to int) {
	p := s.speakers[from].Passages[passage]
	s.speakers[from].Passages = append(s.speakers[from].Passages[:passage], s.speakers[from].Passages[passage+1:]...)
	if to >= 0 {
		s.speakers[to].Passages = append(s.speakers[to].Passages, p)
		sort.Slice(s.speakers[to].Passages, func(i, j int) bool { return s.speakers[to].Passages[i].Start < s.speakers[to].Passages[j].Start })
	}
}

// merge folds speaker from into speaker into.
func (s *splitProposal) merge(from, into int) {
	if from == into {
		return
	}
	s.speakers[into].Passages = append(s.speakers[into].Passages, s.speakers[from].Passages...)
	sort.Slice(s.speakers[into].Passages, func(i, j int) bool {
		return s.speakers[into].Passages[i].Start < s.speakers[into].Passages[j].Start
	})
	s.speakers = append(s.speakers[:from], s.speakers[from+1:]...)
}

// document is one speaker's passages as a statement.
func (s *splitProposal) document(i int, article importer.Doc) compare.Document {
	sp := s.speakers[i]
	var parts []string
	for _, p := range sp.Passages {
		parts = append(parts, strings.TrimSpace(string(s.text[p.Start:p.End])))
	}
	party := sp.Name
	if sp.Role != "" && !strings.Contains(sp.Name, sp.Role) {
		party += ", " + sp.Role
	}
	return compare.Document{Meta: compare.Meta{Party: party, Title: article.Title, Outlet: article.Outlet, URL: article.URL, Date: article.Date,
		Source: "Quoted in " + cmp.Or(article.Title, article.Name)}, Text: strings.Join(parts, "\n\n")}
}

func (s *splitProposal) names() []string {
	out := make([]string, len(s.speakers))
	for i, sp := range s.speakers {
		out[i] = fmt.Sprintf("%s %s (%s)", speakerLooks[i%len(speakerLooks)].mark, cmp.Or(sp.Name, "Unnamed"), export.Plural(len(sp.Passages), "passage", "passages"))
	}
	return out
}

// spans colours each speaker's passages; the rest, the author's commentary,
// is dimmed.
func (s *splitProposal) spans() []textpane.Span {
	spans := []textpane.Span{{Start: 0, End: len(s.text), Style: textpane.Style{Foreground: ColorDimmed}}}
	for i, sp := range s.speakers {
		l := speakerLooks[i%len(speakerLooks)]
		for _, p := range sp.Passages {
			spans = append(spans, textpane.Span{Start: p.Start, End: p.End, Style: textpane.Style{
				Background: l.color, Foreground: theme.ColorNameForeground, Mark: l.mark}})
		}
	}
	return spans
}

// splitArticle shows how an article splits into speakers, lets the reader
// fix it, and hands the two chosen speakers on as the two sides.
func (r *Reader) splitArticle(article importer.Doc, use func(left, right compare.Document)) {
	split := importer.SplitArticle(article.Text)
	if len(split.Speakers) < 2 {
		msg := fmt.Sprintf("Parley found %s in this article; it needs two. Paste the two statements instead.", export.Plural(len(split.Speakers), "quoted speaker", "quoted speakers"))
		r.refused("Not enough speakers: " + msg)
		r.showDialog(dialog.NewInformation("Not enough speakers", msg, r.win))
		return
	}
	popUp := func(m *fyne.Menu, pos fyne.Position, o fyne.CanvasObject) {
		widget.ShowPopUpMenuAtRelativePosition(m, r.win.Canvas(), pos, o)
	}
	f := newSplitForm(article, split.Speakers, popUp, use)
	size := r.win.Canvas().Size()
	r.showForm("Split the article into speakers", "Use these two", f, fyne.NewSize(min(size.Width-40, 1200), min(size.Height-40, 760)))
}

// splitForm shows the article with each speaker's passages marked: the
// reader moves passages, merges speakers and chooses the two sides.
type splitForm struct {
	article              importer.Doc
	proposal             *splitProposal
	pane                 *textpane.TextPane
	left, right          *widget.Select
	mergeFrom, mergeInto *widget.Select
	use                  func(left, right compare.Document)
}

// newSplitForm proposes the speakers found in article; popUp shows the
// menu of a tapped passage.
func newSplitForm(article importer.Doc, speakers []importer.Speaker, popUp func(*fyne.Menu, fyne.Position, fyne.CanvasObject),
	use func(left, right compare.Document)) *splitForm {
	f := &splitForm{article: article, proposal: &splitProposal{text: []rune(article.Text), speakers: speakers}, pane: textpane.New(),
		left: widget.NewSelect(nil, nil), right: widget.NewSelect(nil, nil), mergeFrom: widget.NewSelect(nil, nil), mergeInto: widget.NewSelect(nil, nil),
		use: use}
	f.pane.SetText(article.Text)
	f.left.Options, f.right.Options = f.proposal.names(), f.proposal.names()
	f.left.SetSelectedIndex(0)
	f.right.SetSelectedIndex(1)
	f.pane.OnTapped = func(off int) {
		from, passage := f.proposal.owner(off)
		if from < 0 {
			return
		}
		var items []*fyne.MenuItem
		for i, name := range f.proposal.names() {
			if i == from {
				continue
			}
			to := i
			items = append(items, fyne.NewMenuItem("Belongs to "+name, func() { f.proposal.move(from, passage, to); f.refresh() }))
		}
		items = append(items, fyne.NewMenuItem("The author's commentary", func() { f.proposal.move(from, passage, -1); f.refresh() }))
		pos, _ := f.pane.SpanRect(off, off+1)
		popUp(fyne.NewMenu("", items...), pos, f.pane)
	}
	f.refresh()
	return f
}

// refresh redraws the passages and the lists of speakers.
func (f *splitForm) refresh() {
	f.pane.SetSpans(f.proposal.spans())
	names := f.proposal.names()
	for _, sel := range []*widget.Select{f.left, f.right, f.mergeFrom, f.mergeInto} {
		i := sel.SelectedIndex()
		sel.Options = names
		if i >= len(names) {
			i = len(names) - 1
		}
		sel.SetSelectedIndex(i)
		sel.Refresh()
	}
}

// merge folds the speaker chosen in "Merge" into the one chosen in "into".
func (f *splitForm) merge() {
	from, into := f.mergeFrom.SelectedIndex(), f.mergeInto.SelectedIndex()
	if from < 0 || into < 0 || from == into || len(f.proposal.speakers) <= 2 {
		return
	}
	f.proposal.merge(from, into)
	f.refresh()
}

func (f *splitForm) content() fyne.CanvasObject {
	help := widget.NewLabel("Each speaker's passages are coloured and numbered; the author's commentary is grey. Click a passage to give it to another speaker or to the commentary.")
	help.Wrapping = fyne.TextWrapWord
	side := container.NewVBox(
		widget.NewLabelWithStyle("Compare", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(widget.NewFormItem("Left", f.left), widget.NewFormItem("Right", f.right)),
		widget.NewSeparator(),
		widget.NewLabelWithStyle("Two names for one speaker?", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(widget.NewFormItem("Merge", f.mergeFrom), widget.NewFormItem("into", f.mergeInto)), widget.NewButton("Merge", f.merge),
	)
	return container.NewBorder(help, nil, nil, side, textpane.NewScroller(f.pane))
}

// apply hands on the two chosen speakers as the two sides; one speaker
// on both sides is refused.
func (f *splitForm) apply() error {
	l, rt := f.left.SelectedIndex(), f.right.SelectedIndex()
	if l < 0 || rt < 0 {
		return nil
	}
	if l == rt {
		return problem{"Choose two speakers", "The left and right sides are the same speaker."}
	}
	f.use(f.proposal.document(l, f.article), f.proposal.document(rt, f.article))
	return nil
}
