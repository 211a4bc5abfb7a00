package ui

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
)

// Zoom limits: from a small laptop screen to a projector.
const (
	minZoom = 0.6
	maxZoom = 3.0
)

// zoom multiplies the text size by f; 0 restores the default size.
func (r *Reader) zoom(f float32) {
	z := r.th.zoom * f
	if f == 0 {
		z = 1
	}
	z = min(max(z, minZoom), maxZoom)
	if z == r.th.zoom {
		return
	}
	r.th.zoom = z
	r.applyTheme()
	r.busy.SetText(fmt.Sprintf("Text size %d%%", int(z*100+0.5)))
}

// cycleAppearance switches system → light → dark → system.
func (r *Reader) cycleAppearance() {
	r.th.appearance = (r.th.appearance + 1) % 3
	r.applyTheme()
	r.busy.SetText([...]string{"Theme follows the system", "Light theme", "Dark theme"}[r.th.appearance])
}

func (r *Reader) toggleContrast() {
	r.th.highContrast = !r.th.highContrast
	r.applyTheme()
	if r.th.highContrast {
		r.busy.SetText("High contrast on")
	} else {
		r.busy.SetText("High contrast off")
	}
}

// applyTheme re-applies the theme so every widget picks up the change.
func (r *Reader) applyTheme() {
	r.app.Settings().SetTheme(r.th)
	r.win.Content().Refresh()
	r.legend.refresh()
	r.refreshMarks()
}

// showView switches between the parallel panes and the aligned rows.
func (r *Reader) showView(v viewKind) {
	r.view = v
	r.viewSwitch.SetSelected(r.viewSwitch.Options[v])
	for i, o := range r.views {
		if viewKind(i) == v {
			o.Show()
		} else {
			o.Hide()
		}
	}
	if v == alignedView {
		r.aligned.selectCurrent()
	}
	r.updateConnector()
}

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
	dialog.ShowConfirm("Include your notes?", fmt.Sprintf("Print your %d notes in the %s, beside the pairs they are on?", len(notes), name),
		func(yes bool) {
			if yes {
				save(notes)
			} else {
				save(nil)
			}
		}, r.win)
}

// handoutNotes is the visible notes with words, as a handout prints them.
func (r *Reader) handoutNotes() []export.Note {
	var out []export.Note
	for _, n := range r.visibleNotes() {
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
		r.busy.SetText("Saved the " + f.name + " to " + w.URI().Path())
	}, r.win)
	d.SetFileName(exportFileName(res, f))
	d.SetFilter(storage.NewExtensionFileFilter([]string{f.ext}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// exportFileName proposes a file name from the two parties and the kind of
// file: "police-vs-witness-handout.html".
func exportFileName(res *compare.Result, f exportFormat) string {
	base := strings.ReplaceAll(strings.ToLower(firstNonEmpty(res.Left.Party, "left")+" vs "+firstNonEmpty(res.Right.Party, "right")), " ", "-")
	return base + "-" + strings.ReplaceAll(f.name, " ", "-") + f.ext
}

// countNouns are the singular and plural nouns the summary counts with.
var countNouns = map[compare.Relation][2]string{
	compare.Contradict: {"contradiction", "contradictions"},
	compare.Differ:     {"difference", "differences"},
	compare.Agree:      {"agreement", "agreements"},
	suggested:          {"possible counterpart", "possible counterparts"},
	omitted:            {"claim not addressed", "claims not addressed"},
}

// summaryText counts the pairs by relation, the possible counterparts and
// the claims not addressed, each after its mark: "≠ 2 contradictions ·
// ≈ 1 difference · = 4 agreements · ? 1 possible counterpart · ∅ 3 claims
// not addressed".
func summaryText(counts map[compare.Relation]int, suggestions, omittedN int) string {
	parts := make([]string, 0, len(legendOrder))
	for _, rel := range legendOrder {
		n := counts[rel]
		switch rel {
		case suggested:
			n = suggestions
		case omitted:
			n = omittedN
		}
		noun := countNouns[rel][1]
		if n == 1 {
			noun = countNouns[rel][0]
		}
		parts = append(parts, fmt.Sprintf("%s %d %s", looks[rel].mark, n, noun))
	}
	return strings.Join(parts, " · ")
}

// legend explains the marks: "≠ contradiction  ≈ difference  = agreement
// ? possible counterpart  ∅ not addressed"; its swatches follow the theme.
type legend struct {
	swatches map[compare.Relation]*canvas.Rectangle
	content  fyne.CanvasObject
}

func newLegend() *legend {
	l := &legend{swatches: map[compare.Relation]*canvas.Rectangle{}}
	var items []fyne.CanvasObject
	for _, rel := range legendOrder {
		lk := looks[rel]
		swatch := canvas.NewRectangle(theme.Color(lk.color))
		swatch.SetMinSize(fyne.NewSize(14, 14))
		swatch.StrokeWidth = 0.5
		l.swatches[rel] = swatch
		name := lk.name
		if rel == omitted {
			name = "Not addressed"
		}
		items = append(items, container.NewCenter(swatch), widget.NewLabel(lk.mark+" "+name))
	}
	l.content = container.NewHBox(items...)
	l.refresh()
	return l
}

// refresh recolours the swatches after a theme change.
func (l *legend) refresh() {
	for rel, sw := range l.swatches {
		sw.FillColor = theme.Color(looks[rel].color)
		sw.StrokeColor = theme.Color(theme.ColorNameForeground)
		sw.Refresh()
	}
}

// columnsLayout lays out two panes of equal width with a fixed gutter
// between them.
type columnsLayout struct{}

func (columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gutter := objs[1].MinSize().Width
	w := (size.Width - gutter) / 2
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(gutter, size.Height))
	objs[2].Move(fyne.NewPos(w+gutter, 0))
	objs[2].Resize(fyne.NewSize(size.Width-w-gutter, size.Height))
}

func (columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	l, g, r := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(l.Width+g.Width+r.Width, max(l.Height, r.Height, g.Height))
}
