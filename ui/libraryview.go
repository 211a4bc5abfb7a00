package ui

import (
	"cmp"
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/ui/reading"
)

// place is where to go once a comparison opened from the library or a
// search result is analysed.
type place struct {
	side   reading.Side
	offset int
}

// openKept opens a comparison from the library, optionally at a place.
func (r *Reader) openKept(id int64, at *place) {
	var c data.Comparison
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		c, err = s.Comparison(ctx, id)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The comparison could not be opened", err)
			return
		}
		r.opening.place = at
		r.Open(c.Left.Statement(), c.Right.Statement())
	})
}

// OpenLastOr opens the comparison the reader had open last, where they
// left it, or left and right when the library keeps none.
func (r *Reader) OpenLastOr(left, right compare.Document) {
	if !r.lib.keeps() {
		r.Open(left, right)
		return
	}
	var last int64
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
		es, err := s.Library(ctx, "")
		if len(es) > 0 {
			last = es[0].ID
		}
		return err
	}, func(err error) {
		if err != nil || last == 0 {
			r.Open(left, right)
			return
		}
		r.openKept(last, nil)
	})
}

// goToPending scrolls to the place a library search asked for.
func (r *Reader) goToPending() {
	at := r.opening.place
	r.opening.place = nil
	if at == nil || r.model == nil {
		return
	}
	if c, ok := r.model.ClaimAt(at.side, at.offset); ok {
		r.selectClaim(reading.Claim{Side: at.side, ID: c.ID}, true)
		return
	}
	r.panes[at.side].scroller.ScrollTo(at.offset)
}

// showLibrary lists every kept comparison, most recent first, searchable by
// title and party, with open, rename and delete (undoable).
func (r *Reader) showLibrary() {
	var d dialog.Dialog
	f := newLibraryForm(r.findKept, func(id int64) { d.Hide(); r.openKept(id, nil) }, r.renameKept, r.deleteKept)
	f.askTitle = func(e data.LibraryEntry, save func(string)) {
		r.showForm("Rename comparison", "Rename", newRenameForm(e.Title, save), fyne.NewSize(480, 160))
	}
	f.load()
	d = dialog.NewCustom("Library", "Close", f.content(), r.win)
	d.Resize(fyne.NewSize(820, 560))
	r.showDialog(d)
	f.query.plain = r.plainKey
	r.win.Canvas().Focus(f.query)
}

// findKept lists the kept comparisons that match a query, off the UI
// goroutine.
func (r *Reader) findKept(query string, show func([]data.LibraryEntry)) {
	var found []data.LibraryEntry
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		found, err = s.Library(ctx, query)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The library could not be read", err)
		}
		show(found)
	})
}

// libraryForm is the library dialog: the kept comparisons, found by title
// or party; apply opens the one selected.
type libraryForm struct {
	entries  []data.LibraryEntry
	selected int
	query    *keyEntry
	list     *widget.List
	find     func(query string, show func([]data.LibraryEntry))
	open     func(id int64)
	rename   func(id int64, title string)
	remove   func(data.LibraryEntry)
	askTitle func(e data.LibraryEntry, save func(title string)) // the rename dialog
}

func newLibraryForm(find func(string, func([]data.LibraryEntry)), open func(int64), rename func(int64, string),
	remove func(data.LibraryEntry)) *libraryForm {
	f := &libraryForm{selected: -1, query: newKeyEntry(), find: find, open: open, rename: rename, remove: remove}
	f.list = widget.NewList(func() int { return len(f.entries) }, newLibraryRow, f.updateRow)
	f.list.OnSelected = func(id widget.ListItemID) { f.selected = id }
	f.query.SetPlaceHolder("Find by title or party…")
	f.query.OnChanged = func(string) { f.load() }
	return f
}

func newLibraryRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, detail)
}

func (f *libraryForm) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	e := f.entries[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(cmp.Or(e.Title, "Untitled comparison"))
	box.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%s  /  %s · %s · opened %s",
		cmp.Or(e.Left.Party, e.Left.Title, "left"), cmp.Or(e.Right.Party, e.Right.Title, "right"), export.Plural(e.Notes, "note", "notes"), shortDate(e.OpenedAt)))
}

// load lists the comparisons that match the query; the selection is
// cleared.
func (f *libraryForm) load() {
	f.find(f.query.Text, func(found []data.LibraryEntry) {
		f.entries, f.selected = found, -1
		f.list.UnselectAll()
		f.list.Refresh()
	})
}

// chosen is the selected comparison.
func (f *libraryForm) chosen() (data.LibraryEntry, bool) {
	if f.selected < 0 || f.selected >= len(f.entries) {
		return data.LibraryEntry{}, false
	}
	return f.entries[f.selected], true
}

func (f *libraryForm) content() fyne.CanvasObject {
	open := widget.NewButton("Open", func() { _ = f.apply() })
	rename := widget.NewButton("Rename…", func() {
		if e, ok := f.chosen(); ok {
			f.askTitle(e, func(title string) { f.rename(e.ID, title); f.load() })
		}
	})
	del := widget.NewButton("Delete", func() {
		if e, ok := f.chosen(); ok {
			f.remove(e)
			f.load()
		}
	})
	return container.NewBorder(f.query, container.NewHBox(open, rename, del), nil, nil, f.list)
}

// apply opens the selected comparison.
func (f *libraryForm) apply() error {
	if e, ok := f.chosen(); ok {
		f.open(e.ID)
	}
	return nil
}

// renameForm asks for a comparison's new title.
type renameForm struct {
	name *keyEntry
	save func(title string)
}

func newRenameForm(title string, save func(string)) *renameForm {
	f := &renameForm{name: newKeyEntry(), save: save}
	f.name.SetText(title)
	return f
}

func (f *renameForm) content() fyne.CanvasObject {
	return widget.NewForm(widget.NewFormItem("Title", f.name))
}

// apply renames; an empty title is refused.
func (f *renameForm) apply() error {
	title := strings.TrimSpace(f.name.Text)
	if title == "" {
		return problem{"The title is empty", "A comparison needs a title; it was not renamed."}
	}
	f.save(title)
	return nil
}

func shortDate(iso string) string {
	if len(iso) >= 16 {
		return strings.Replace(iso[:16], "T", " ", 1)
	}
	return iso
}

// renameKept renames a comparison, with undo. The title it replaces is
// known only to the database jobs, which undo and redo run in.
func (r *Reader) renameKept(id int64, title string) {
	var previous string // written and read only by jobs
	var renamed bool
	set := func(to func() (string, bool)) {
		r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
			t, ok := to()
			if !ok {
				return nil
			}
			old, err := s.RenameComparison(ctx, id, t)
			if err == nil && !renamed {
				previous, renamed = old, true
			}
			return err
		}, r.failed("The comparison was not renamed"))
	}
	set(func() (string, bool) { return title, true })
	r.history.record(edit{what: "rename comparison",
		undo: func() { set(func() (string, bool) { return previous, renamed }) },
		redo: func() { set(func() (string, bool) { return title, renamed }) }})
}

// deleteKept deletes a comparison; Ctrl+Z brings it back.
func (r *Reader) deleteKept(e data.LibraryEntry) {
	del := func() {
		r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
			return s.DeleteComparison(ctx, e.ID)
		}, r.failed("The comparison was not deleted"))
	}
	del()
	r.history.record(edit{what: "delete comparison", redo: del, undo: func() {
		r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
			return s.RestoreComparison(ctx, e.ID)
		}, r.failed("The comparison was not restored"))
	}})
	r.status.say(fmt.Sprintf("Deleted %q from the library. Ctrl+Z brings it back.", cmp.Or(e.Title, "the comparison")))
}

// showSearch searches every note and statement in the library; a result
// opens its comparison at its place.
func (r *Reader) showSearch() {
	var d dialog.Dialog
	f := newSearchForm(r.search, func(h data.Hit) {
		d.Hide()
		r.openKept(h.Comparison, &place{side: sideOf(h.Side), offset: h.Offset})
	})
	d = dialog.NewCustom("Search the library", "Close", f.content(), r.win)
	d.Resize(fyne.NewSize(820, 560))
	r.showDialog(d)
	f.query.plain = r.plainKey
	r.win.Canvas().Focus(f.query)
}

// search searches the library off the UI goroutine.
func (r *Reader) search(query string, show func([]data.Hit, error)) {
	var found []data.Hit
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		found, err = s.Search(ctx, query, 100)
		return err
	}, func(err error) { show(found, err) })
}

// searchForm is the search dialog: the notes and statements that match
// the query; apply opens the chosen hit.
type searchForm struct {
	hits   []data.Hit
	chosen int
	query  *keyEntry
	count  *widget.Label
	list   *widget.List
	open   func(data.Hit)
}

func newSearchForm(search func(string, func([]data.Hit, error)), open func(data.Hit)) *searchForm {
	f := &searchForm{chosen: -1, query: newKeyEntry(), count: widget.NewLabel(""), open: open}
	f.list = widget.NewList(func() int { return len(f.hits) }, newHitRow, f.updateRow)
	f.list.OnSelected = func(id widget.ListItemID) { f.chosen = id; _ = f.apply() }
	f.query.SetPlaceHolder("Search every note and statement in the library…")
	f.query.OnChanged = func(q string) {
		search(q, func(found []data.Hit, err error) {
			f.hits, f.chosen = found, -1
			switch {
			case err != nil:
				f.count.SetText(err.Error())
				f.hits = nil
			case strings.TrimSpace(q) != "":
				f.count.SetText(export.Plural(len(f.hits), "result", "results"))
			}
			f.list.Refresh()
		})
	}
	return f
}

func newHitRow() fyne.CanvasObject {
	where := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	where.Truncation = fyne.TextTruncateEllipsis
	snippet := widget.NewRichText()
	snippet.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(where, snippet)
}

func (f *searchForm) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	h := f.hits[id]
	box := o.(*fyne.Container)
	kind := "statement"
	if h.Kind == data.NoteHit {
		kind = "note"
	}
	box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s · %s, %s side", cmp.Or(h.ComparisonTitle, "Untitled"), kind, h.Side))
	rt := box.Objects[1].(*widget.RichText)
	rt.Segments = snippetSegments(h)
	rt.Refresh()
}

func (f *searchForm) content() fyne.CanvasObject {
	return container.NewBorder(container.NewVBox(f.query, f.count), nil, nil, nil, f.list)
}

// apply opens the chosen hit's comparison at its place.
func (f *searchForm) apply() error {
	if f.chosen >= 0 && f.chosen < len(f.hits) {
		f.open(f.hits[f.chosen])
	}
	return nil
}

// snippetSegments shows a hit's snippet with the matched words in bold.
func snippetSegments(h data.Hit) []widget.RichTextSegment {
	runes := []rune(h.Snippet)
	var segs []widget.RichTextSegment
	pos := 0
	add := func(s string, bold bool) {
		if s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: bold}}})
		}
	}
	for _, m := range h.Marks {
		if m.Start < pos || m.End > len(runes) {
			continue
		}
		add(string(runes[pos:m.Start]), false)
		add(string(runes[m.Start:m.End]), true)
		pos = m.End
	}
	add(string(runes[pos:]), false)
	return segs
}
