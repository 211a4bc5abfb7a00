// Package ui is Parley's desktop interface: the reader window with its two
// parallel panes, the aligned view, and the theme, built with Fyne. The
// analysis runs off the UI goroutine; the database is owned by the window's
// library, whose jobs run in order on a goroutine of their own. Both hand
// their results back with fyne.Do.
package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/lesson"
	"github.com/parley-reader/parley/share"
	"github.com/parley-reader/parley/ui/reading"
)

// Reader is Parley's main window: two statements side by side, the pairs
// between them, and the reader's corrections and notes. Its state lives in
// small parts, each with the file of its concern: the library (library.go),
// the selection (reading.Selection, navigate.go), the views (views.go), the
// notes (notes.go), the status line (status.go) and the keys (actions.go).
type Reader struct {
	app        fyne.App
	win        fyne.Window
	lib        *library         // the one way to the database
	background func(job func()) // runs the analysis and imports; tests make it synchronous
	th         *parleyTheme

	docs    [2]compare.Document // the statements as opened
	model   *reading.Model      // the analysis with the reader's corrections; nil until analysed
	sel     reading.Selection
	history history
	lesson  *lesson.Plan // the teacher's plan, nil for the default
	opening opening

	panes      [2]*pane
	connector  *connector
	details    *details
	status     *statusBar
	views      *views
	notes      *noteLayer
	keys       keymap
	presenting *presentation // nil unless presenting
}

// opening is what the reader keeps while a comparison is analysed.
type opening struct {
	generation int           // counts Open calls, so a stale analysis is dropped
	place      *place        // where to go once the comparison is analysed
	share      *share.Bundle // a shared comparison to bring in once kept
	present    bool          // enter presentation mode once the analysis is done
	importing  *importJob    // the import under way, which its Cancel button stops
}

// NewReader builds the main window. The store keeps the library; with a nil
// store nothing is kept. The reader's database work runs on a goroutine of
// its own, which ends when the window closes.
func NewReader(a fyne.App, store *data.Store) *Reader {
	r := newReader(a, newLibrary(store, fyne.Do))
	a.Lifecycle().SetOnStarted(r.fitScreen)
	return r
}

func newReader(a fyne.App, lib *library) *Reader {
	r := &Reader{app: a, lib: lib, win: a.NewWindow("Parley"), th: &parleyTheme{zoom: 1}}
	a.Settings().SetTheme(r.th)
	r.background = func(job func()) { go job() }
	r.build()
	r.installActions()
	r.win.SetOnDropped(r.dropped)
	r.win.Resize(fyne.NewSize(1280, 800))
	r.win.SetCloseIntercept(func() {
		r.saveScroll()
		r.win.Close()
	})
	r.win.SetOnClosed(r.lib.close) // waits for the queued jobs, then cancels
	return r
}

// PresentOnOpen makes the reader enter presentation mode as soon as the
// statements it opens are analysed (parley --present).
func (r *Reader) PresentOnOpen() { r.opening.present = true }

// Window returns the reader's window.
func (r *Reader) Window() fyne.Window { return r.win }

func (r *Reader) build() {
	for i := range r.panes {
		side := reading.Side(i)
		p := newPane(side, func(f float32) { r.jumpTo(side, f) })
		p.text.OnTapped = func(off int) { r.tapped(side, off) }
		p.text.OnSelectionChanged = func(int, int) { r.selected(side) }
		p.text.OnDraggedOut = func(from int, to fyne.Position) { r.draggedOut(side, from, to) }
		p.text.OnTypedKey = func(ev *fyne.KeyEvent) { r.typedKey(side, ev) }
		p.text.OnTypedRune = r.typedRune
		p.scroller.OnScrolled = func(fyne.Position) { r.scrolled(side) }
		r.panes[i] = p
	}
	r.connector = newConnector()
	r.details = newDetails()
	r.status = newStatusBar()
	columns := container.New(&columnsLayout{laidOut: r.laidOut}, r.panes[0].content, r.connector, r.panes[1].content)
	r.views = newViews(columns, newAlignedList(r.alignedHooks()), r.showView)
	r.views.syncBox.SetChecked(r.app.Preferences().BoolWithFallback(prefSync, true))
	r.views.syncBox.OnChanged = func(on bool) {
		r.app.Preferences().SetBool(prefSync, on)
		r.refocus()
	}
	r.notes = newNoteLayer(r.views.body, r.notesPanelHooks())

	top := container.NewBorder(nil, widget.NewSeparator(), nil, r.views.choose, r.views.summary)
	line := container.New(statusLine{legend: r.status.legend.content}, r.status.legend.content, r.status.text)
	status := container.NewBorder(nil, nil, nil, container.NewHBox(r.status.progress, r.views.syncBox), line)
	bottom := container.NewVBox(widget.NewSeparator(), r.details.content, status)
	r.win.SetContent(container.New(atLeast{minWindow}, container.NewBorder(top, bottom, nil, nil, r.notes.split)))
	r.win.Canvas().SetOnTypedRune(r.typedRune)
	r.views.choose.SetSelected(r.views.choose.Options[readerView])
}

// Open shows two statements at once and analyses them off the UI goroutine;
// the claims are marked when the analysis is done.
func (r *Reader) Open(left, right compare.Document) {
	if r.model != nil {
		r.saveScroll() // where the reader left the comparison being closed
	}
	r.opening.generation++
	gen := r.opening.generation
	r.docs = [2]compare.Document{left, right}
	r.model = nil
	r.sel.Reset()
	r.notes.all, r.lesson = nil, nil
	r.lib.open()
	r.history.clear()
	r.panes[reading.Left].show(left)
	r.panes[reading.Right].show(right)
	r.connector.hide()
	r.details.hint("Analysing the two statements…")
	r.views.summary.SetText("")
	r.status.working("Analysing…")
	r.background(func() {
		res, err := compare.Compare(left, right)
		fyne.Do(func() {
			if gen != r.opening.generation {
				return
			}
			r.status.working("")
			if err != nil {
				r.details.hint("Parley could not analyse these statements: " + err.Error())
				return
			}
			r.showResult(res)
			r.keep(gen, res)
			if r.opening.present {
				r.opening.present = false
				r.present()
			}
		})
	})
}

func (r *Reader) showResult(res *compare.Result) {
	r.model = reading.New(res, compare.MakePair)
	r.details.hint(startHint)
	r.refreshMarks()
	r.viewMoved()
}

// laidOut follows a new layout of the panes.
func (r *Reader) laidOut() {
	if r.views != nil {
		r.viewMoved()
	}
}

// keep finds or creates the comparison in the library, then applies the
// corrections kept with it and restores the reading positions.
func (r *Reader) keep(gen int, res *compare.Result) {
	var c data.Comparison
	var rows []data.Correction
	var found bool
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
		id, ok, err := s.FindComparison(ctx, res.Left.Text, res.Right.Text)
		if err == nil && !ok {
			id, err = s.CreateComparison(ctx, res.Left.Party+" / "+res.Right.Party, data.DocumentOf(res.Left.Document), data.DocumentOf(res.Right.Document))
		}
		if err == nil {
			c, err = s.Comparison(ctx, id)
		}
		if err == nil && ok {
			rows, err = s.Corrections(ctx, id)
		}
		if err != nil {
			return err
		}
		found = ok
		k.id, k.docs = id, [2]int64{c.Left.ID, c.Right.ID}
		for _, row := range rows {
			k.corrections = append(k.corrections, row.ID)
		}
		return nil
	}, func(err error) {
		if gen != r.opening.generation {
			return
		}
		if err != nil {
			r.showError("This comparison cannot be kept in the library", err)
			return
		}
		r.lib.opened(c.ID)
		if len(c.Lesson) > 0 {
			if p, err := lesson.Unmarshal(c.Lesson); err == nil {
				r.lesson = &p
			}
		}
		r.restore(rows, c, found)
		r.loadNotes()
		r.applyShare()
		r.goToPending()
	})
}

// restore applies corrections read from the library and scrolls both panes
// to where the reader left them. Corrections that no longer fit the texts
// stay in the library but leave the undo list.
func (r *Reader) restore(rows []data.Correction, c data.Comparison, found bool) {
	if len(rows) > 0 {
		cs := make([]reading.Correction, len(rows))
		for i, k := range rows {
			cs[i] = reading.Correction{Kind: reading.CorrectionKind(k.Kind), Left: k.Left, Right: k.Right, Relation: compare.Relation(k.Relation)}
		}
		if skipped := r.model.SetCorrections(cs); len(skipped) > 0 {
			r.status.say(export.Plural(len(skipped), "earlier correction no longer fits", "earlier corrections no longer fit") + " the texts")
			r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
				for i := len(skipped) - 1; i >= 0; i-- {
					k.corrections = slices.Delete(k.corrections, skipped[i], skipped[i]+1)
				}
				return nil
			}, nil)
		}
		r.refreshMarks()
	}
	if found {
		r.panes[0].scrollToFraction(float32(c.LeftScroll))
		r.panes[1].scrollToFraction(float32(c.RightScroll))
	}
	r.viewMoved()
}

// saveScroll keeps where the reader is in both statements. A failure is
// not worth a dialog: the reader loses only a scroll position.
func (r *Reader) saveScroll() {
	l, rt := r.panes[0].scrollFraction(), r.panes[1].scrollFraction()
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
		return s.SaveScroll(ctx, k.id, float64(l), float64(rt))
	}, nil)
}

// showError tells the reader what failed and why, in the window and, as
// one line, on standard error.
func (r *Reader) showError(what string, err error) {
	err = fmt.Errorf("%s: %w", what, err)
	r.refused(err.Error())
	r.showDialog(dialog.NewError(err, r.win))
}

// refusalLog is where the window's refusals are written too, one a line.
var refusalLog io.Writer = os.Stderr

// refused writes a refusal the window shows to standard error, on one line.
func (r *Reader) refused(msg string) {
	fmt.Fprintln(refusalLog, "parley: "+strings.Join(strings.Fields(msg), " "))
}

// failed returns a job's follow-up that tells the reader what failed, if
// anything did.
func (r *Reader) failed(what string) func(error) {
	return func(err error) {
		if err != nil {
			r.showError(what, err)
		}
	}
}
