package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
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
		Source: "Quoted in " + firstNonEmpty(article.Title, article.Name)}, Text: strings.Join(parts, "\n\n")}
}

func (s *splitProposal) names() []string {
	out := make([]string, len(s.speakers))
	for i, sp := range s.speakers {
		out[i] = fmt.Sprintf("%s %s (%d passages)", speakerLooks[i%len(speakerLooks)].mark, firstNonEmpty(sp.Name, "Unnamed"), len(sp.Passages))
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
		dialog.ShowInformation("Not enough speakers", fmt.Sprintf("Parley found %d quoted speakers in this article; it needs two. Paste the two statements instead.", len(split.Speakers)), r.win)
		return
	}
	s := &splitProposal{text: []rune(article.Text), speakers: split.Speakers}
	pane := textpane.New()
	pane.SetText(article.Text)
	leftSel, rightSel := widget.NewSelect(nil, nil), widget.NewSelect(nil, nil)
	mergeFrom, mergeInto := widget.NewSelect(nil, nil), widget.NewSelect(nil, nil)
	refresh := func() {
		pane.SetSpans(s.spans())
		names := s.names()
		for _, sel := range []*widget.Select{leftSel, rightSel, mergeFrom, mergeInto} {
			i := sel.SelectedIndex()
			sel.Options = names
			if i >= len(names) {
				i = len(names) - 1
			}
			sel.SetSelectedIndex(i)
			sel.Refresh()
		}
	}
	leftSel.Options, rightSel.Options = s.names(), s.names()
	leftSel.SetSelectedIndex(0)
	rightSel.SetSelectedIndex(1)
	pane.OnTapped = func(off int) {
		from, passage := s.owner(off)
		if from < 0 {
			return
		}
		var items []*fyne.MenuItem
		for i, name := range s.names() {
			if i == from {
				continue
			}
			to := i
			items = append(items, fyne.NewMenuItem("Belongs to "+name, func() { s.move(from, passage, to); refresh() }))
		}
		items = append(items, fyne.NewMenuItem("The author's commentary", func() { s.move(from, passage, -1); refresh() }))
		pos, _ := pane.SpanRect(off, off+1)
		widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), r.win.Canvas(), pos, pane)
	}
	merge := widget.NewButton("Merge", func() {
		from, into := mergeFrom.SelectedIndex(), mergeInto.SelectedIndex()
		if from < 0 || into < 0 || from == into || len(s.speakers) <= 2 {
			return
		}
		s.merge(from, into)
		refresh()
	})
	help := widget.NewLabel("Each speaker's passages are coloured and numbered; the author's commentary is grey. Click a passage to give it to another speaker or to the commentary.")
	help.Wrapping = fyne.TextWrapWord
	side := container.NewVBox(
		widget.NewLabelWithStyle("Compare", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(widget.NewFormItem("Left", leftSel), widget.NewFormItem("Right", rightSel)),
		widget.NewSeparator(),
		widget.NewLabelWithStyle("Two names for one speaker?", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(widget.NewFormItem("Merge", mergeFrom), widget.NewFormItem("into", mergeInto)), merge,
	)
	refresh()
	body := container.NewBorder(help, nil, nil, side, textpane.NewScroller(pane))
	d := dialog.NewCustomConfirm("Split the article into speakers", "Use these two", "Cancel", body, func(ok bool) {
		l, rt := leftSel.SelectedIndex(), rightSel.SelectedIndex()
		if !ok || l < 0 || rt < 0 {
			return
		}
		if l == rt {
			dialog.ShowInformation("Choose two speakers", "The left and right sides are the same speaker.", r.win)
			return
		}
		use(s.document(l, article), s.document(rt, article))
	}, r.win)
	d.Resize(fyne.NewSize(min(r.win.Canvas().Size().Width-40, 1200), min(r.win.Canvas().Size().Height-40, 760)))
	d.Show()
}
