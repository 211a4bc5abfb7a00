package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-reader/parley/data"
)

// manyNotes makes n notes, every tenth a long one.
func manyNotes(n int) []data.Note {
	long := strings.Repeat("A long note with **Markdown** in it. ", 500)
	ns := make([]data.Note, n)
	for i := range ns {
		ns[i] = data.Note{ID: int64(i + 1), Kind: data.OnSpan, Colour: data.Yellow, Body: fmt.Sprintf("Note %d: who saw the knife?", i),
			Tags: []string{"evidence"}, Targets: []data.Target{{Side: data.Left, Start: i, End: i + 5, Exact: "three clear warnings"}}}
		if i%10 == 0 {
			ns[i].Body = long
		}
	}
	return ns
}

// shownPanel is a notes panel listing notes in a window of a screen's size.
func shownPanel(tb testing.TB, notes []data.Note) (*notesPanel, fyne.Window) {
	test.NewTempApp(tb).Settings().SetTheme(&parleyTheme{zoom: 1})
	p := newNotesPanel(noteHooks{
		notes:   func() []data.Note { return notes },
		quote:   func(n data.Note) string { return quoteOf(n, nil) },
		jump:    func(data.Note) {},
		edit:    func(data.Note) {},
		delete:  func(data.Note) {},
		add:     func() {},
		deleted: func() {},
	})
	p.content.Show()
	w := test.NewTempWindow(tb, p.content)
	w.Resize(fyne.NewSize(400, 900))
	return p, w
}

// countObjects counts the canvas objects the panel holds, widgets'
// renderers included: what the canvas walks on every frame.
func countObjects(t *testing.T, o fyne.CanvasObject) int {
	n := 1
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			n += countObjects(t, c)
		}
	case fyne.Widget:
		for _, c := range test.TempWidgetRenderer(t, o).Objects() {
			n += countObjects(t, c)
		}
	}
	return n
}

func TestManyNotesBuildAScreenfulOfRows(t *testing.T) {
	p, w := shownPanel(t, manyNotes(150_000))
	p.refresh()
	w.Canvas().Refresh(p.content)
	if got := p.list.Length(); got != 150_000 {
		t.Fatalf("the panel lists %d notes, want 150000", got)
	}
	// 900 px hold about a dozen rows; the list keeps a few spare.
	if p.rowsMade == 0 || p.rowsMade > 30 {
		t.Errorf("150,000 notes made %d rows, want a screenful (at most 30)", p.rowsMade)
	}
	if n := countObjects(t, p.content); n > 2000 {
		t.Errorf("the panel holds %d objects for 150,000 notes, want a screenful's", n)
	}
	// A long note's row is a one-line preview; opening it renders it all.
	p.list.Select(0)
	if got := len(p.opened.String()); got < 10_000 {
		t.Errorf("the opened long note shows %d bytes, want all of it", got)
	}
}

func BenchmarkNotesPanelFill(b *testing.B) {
	for _, n := range []int{10_000, 150_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			notes := manyNotes(n)
			p, w := shownPanel(b, notes)
			b.ResetTimer()
			for range b.N {
				p.refresh()
				w.Canvas().Refresh(p.content)
				p.list.ScrollToBottom()
			}
		})
	}
}
