// Package ui is Parley's desktop interface: the reader window with its two
// parallel panes, the aligned view, and the theme, built with Fyne. The
// analysis runs off the UI goroutine; the database is owned by the window's
// library, whose jobs run in order on a goroutine of their own. Both hand
// their results back with fyne.Do.
package ui

import (
	"context"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/lesson"
	"github.com/parley-reader/parley/share"
	"github.com/parley-reader/parley/ui/reading"
	"github.com/parley-reader/parley/ui/textpane"
)

type viewKind int

const (
	readerView viewKind = iota
	alignedView
)

// Reader is Parley's main window: two statements side by side, the pairs
// between them, and the reader's corrections.
type Reader struct {
	app fyne.App
	win fyne.Window
	lib *library // the one way to the database
	// background runs the analysis and imports off the UI goroutine;
	// tests make it synchronous.
	background func(job func())

	th         *parleyTheme
	panes      [2]*pane
	conn       *connector
	details    *details
	summary    *widget.Label
	legend     *legend
	progress   *widget.ProgressBarInfinite
	busy       *widget.Label
	aligned    *alignedList
	views      [2]fyne.CanvasObject
	view       viewKind
	syncBox    *widget.Check
	viewSwitch *widget.RadioGroup
	shortcuts  []action
	plainKeys  map[fyne.KeyName]func() // actions on keys without a modifier

	docs       [2]compare.Document
	model      *reading.Model
	current    reading.Claim
	hasCurrent bool
	picked     [2]int // per side, the claim the reader last chose there, for pairing by hand
	hasPicked  [2]bool
	focus      reading.Side
	syncScroll bool
	syncing    bool
	history    history
	generation int // counts Open calls, so a stale analysis is dropped

	// pickedBefore is the side of the claim chosen before the current one;
	// hasPickedBefore is false when no claim was current then.
	pickedBefore    reading.Side
	hasPickedBefore bool

	notes      []data.Note
	notesPanel *notesPanel
	notesSplit *container.Split

	pendingPlace *place        // where to go once the comparison is analysed
	pendingShare *share.Bundle // a shared comparison to bring in once kept
	hideShared   bool          // hide notes that came in a shared comparison

	presenting    *presentation
	lesson        *lesson.Plan // the teacher's plan, nil for the default
	presentOnOpen bool         // enter presentation mode once the analysis is done
}

// NewReader builds the main window. The store keeps the library; with a nil
// store nothing is kept. The reader's database work runs on a goroutine of
// its own, which ends when the window closes.
func NewReader(a fyne.App, store *data.Store) *Reader {
	return newReader(a, newLibrary(store, fyne.Do))
}

func newReader(a fyne.App, lib *library) *Reader {
	r := &Reader{app: a, lib: lib, win: a.NewWindow("Parley"), syncScroll: true,
		th: &parleyTheme{zoom: 1}, plainKeys: map[fyne.KeyName]func(){}}
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
func (r *Reader) PresentOnOpen() { r.presentOnOpen = true }

// Window returns the reader's window.
func (r *Reader) Window() fyne.Window { return r.win }

func (r *Reader) build() {
	for i := range r.panes {
		side := reading.Side(i)
		p := newPane(side, func(off int) { r.jumpTo(side, off) })
		p.text.OnTapped = func(off int) { r.tapped(side, off) }
		p.text.OnTypedKey = func(ev *fyne.KeyEvent) { r.typedKey(side, ev) }
		p.text.OnTypedRune = r.typedRune
		p.scroller.OnScrolled = func(fyne.Position) { r.scrolled(side) }
		r.panes[i] = p
	}
	r.conn = newConnector()
	r.details = newDetails()
	r.summary = widget.NewLabel("")
	r.summary.Truncation = fyne.TextTruncateEllipsis
	r.progress = widget.NewProgressBarInfinite()
	r.progress.Hide()
	r.busy = widget.NewLabel("")
	r.busy.Alignment = fyne.TextAlignTrailing
	r.busy.Truncation = fyne.TextTruncateEllipsis // a long message never widens the window
	r.syncBox = widget.NewCheck("Synchronised scrolling", func(on bool) { r.syncScroll = on })
	r.syncBox.SetChecked(true)

	columns := container.New(&columnsLayout{}, r.panes[0].content, r.conn, r.panes[1].content)
	r.aligned = newAlignedList(r)
	r.views = [2]fyne.CanvasObject{columns, r.aligned.content}
	r.aligned.content.Hide()

	r.summary.TextStyle = fyne.TextStyle{Bold: true}
	r.viewSwitch = widget.NewRadioGroup([]string{"Side by side", "Aligned rows"}, func(s string) {
		if s == "Aligned rows" {
			r.showView(alignedView)
		} else {
			r.showView(readerView)
		}
	})
	r.viewSwitch.Horizontal = true
	r.viewSwitch.Required = true
	top := container.NewBorder(nil, widget.NewSeparator(), nil, r.viewSwitch, r.summary)
	r.legend = newLegend()
	status := container.NewBorder(nil, nil, r.legend.content, container.NewHBox(r.progress, r.syncBox), r.busy)
	bottom := container.NewVBox(widget.NewSeparator(), r.details.content, status)
	r.notesPanel = newNotesPanel(r)
	r.notesSplit = container.NewHSplit(container.NewStack(r.views[0], r.views[1]), r.notesPanel.content)
	r.notesSplit.SetOffset(1)
	r.win.SetContent(container.NewBorder(top, bottom, nil, nil, r.notesSplit))
	r.win.Canvas().SetOnTypedRune(r.typedRune)
	r.viewSwitch.SetSelected(r.viewSwitch.Options[readerView])
}

// Open shows two statements at once and analyses them off the UI goroutine;
// the claims are marked when the analysis is done.
func (r *Reader) Open(left, right compare.Document) {
	if r.model != nil {
		r.saveScroll() // where the reader left the comparison being closed
	}
	r.generation++
	gen := r.generation
	r.docs = [2]compare.Document{left, right}
	r.model, r.hasCurrent = nil, false
	r.hasPicked, r.hasPickedBefore = [2]bool{}, false
	r.notes, r.lesson = nil, nil
	r.lib.open()
	r.history.clear()
	r.panes[reading.Left].show(left)
	r.panes[reading.Right].show(right)
	r.conn.hide()
	r.details.hint("Analysing the two statements…")
	r.summary.SetText("")
	r.setBusy("Analysing…")
	r.background(func() {
		res, err := compare.Compare(left, right)
		fyne.Do(func() {
			if gen != r.generation {
				return
			}
			r.setBusy("")
			if err != nil {
				r.details.hint("Parley could not analyse these statements: " + err.Error())
				return
			}
			r.showResult(res)
			r.keep(gen, res)
			if r.presentOnOpen {
				r.presentOnOpen = false
				r.present()
			}
		})
	})
}

func (r *Reader) setBusy(msg string) {
	r.busy.SetText(msg)
	if msg == "" {
		r.progress.Stop()
		r.progress.Hide()
		return
	}
	r.progress.Show()
	r.progress.Start()
}

func (r *Reader) showResult(res *compare.Result) {
	r.model = reading.New(res, compare.MakePair)
	r.details.hint(startHint)
	r.refreshMarks()
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
		if gen != r.generation {
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
			r.busy.SetText(fmt.Sprintf("%d earlier corrections no longer fit the texts", len(skipped)))
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
}

// saveScroll keeps where the reader is in both statements. A failure is
// not worth a dialog: the reader loses only a scroll position.
func (r *Reader) saveScroll() {
	l, rt := r.panes[0].scrollFraction(), r.panes[1].scrollFraction()
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
		return s.SaveScroll(ctx, k.id, float64(l), float64(rt))
	}, nil)
}

func (r *Reader) showError(what string, err error) {
	dialog.ShowError(fmt.Errorf("%s: %w", what, err), r.win)
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

// refreshMarks restyles both panes, the overview strips, the counts and the
// aligned view from the model.
func (r *Reader) refreshMarks() {
	if r.model == nil {
		return
	}
	for i, p := range r.panes {
		side := reading.Side(i)
		s := r.model.Side(side)
		spans := make([]textpane.Span, 0, len(s.Claims)*2)
		marks := make([]overviewMark, 0, len(s.Claims))
		total := float32(max(len([]rune(s.Text)), 1))
		for _, c := range s.Claims {
			rel := r.shownRelation(reading.Claim{Side: side, ID: c.ID})
			spans = append(spans, claimSpan(c, rel))
			marks = append(marks, overviewMark{top: float32(c.Start) / total, bottom: float32(c.End) / total, rel: rel, offset: c.Start})
		}
		spans = append(spans, r.noteSpans(side)...)
		spans = append(spans, r.currentSpans(side)...)
		p.text.SetSpans(spans)
		p.overview.setMarks(marks)
	}
	r.summary.SetText(summaryText(r.model.Counts()))
	r.aligned.refresh()
	r.updateConnector()
}

// shownRelation is how a claim is marked: its pair's relation, suggested
// for a claim in a possible counterpart and in no pair, or omitted.
func (r *Reader) shownRelation(c reading.Claim) compare.Relation {
	if rel := r.model.Relation(c); rel != omitted {
		return rel
	}
	if len(r.model.SuggestionsOf(c)) > 0 {
		return suggested
	}
	return omitted
}

// currentSuggestion returns the first possible counterpart of the current
// claim when that claim is in no pair.
func (r *Reader) currentSuggestion() (compare.Suggestion, bool) {
	if !r.hasCurrent {
		return compare.Suggestion{}, false
	}
	if _, _, paired := r.model.PairOf(r.current); paired {
		return compare.Suggestion{}, false
	}
	if ss := r.model.SuggestionsOf(r.current); len(ss) > 0 {
		return ss[0], true
	}
	return compare.Suggestion{}, false
}

// currentSpans marks the claims of the current pair (or possible
// counterpart) on one side, and the words in a pair's claims that the
// other side does not have.
func (r *Reader) currentSpans(side reading.Side) []textpane.Span {
	if !r.hasCurrent {
		return nil
	}
	var out []textpane.Span
	for _, id := range r.currentIDs(side) {
		if c, ok := r.model.ClaimByID(side, id); ok {
			out = append(out, currentSpan(c))
		}
	}
	if p, _, ok := r.model.PairOf(r.current); ok {
		changed := p.LeftChanged
		if side == reading.Right {
			changed = p.RightChanged
		}
		for _, ch := range changed {
			out = append(out, changedSpan(ch))
		}
	}
	return out
}

// currentIDs returns the claims of the current pair on one side: the pair's
// claims, the claims of its possible counterpart, or the current claim alone
// when it has neither.
func (r *Reader) currentIDs(side reading.Side) []int {
	if !r.hasCurrent {
		return nil
	}
	if p, _, ok := r.model.PairOf(r.current); ok {
		if side == reading.Left {
			return p.Left
		}
		return p.Right
	}
	if s, ok := r.currentSuggestion(); ok {
		if side == reading.Left {
			return s.Left
		}
		return s.Right
	}
	if r.current.Side == side {
		return []int{r.current.ID}
	}
	return nil
}
