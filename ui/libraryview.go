package ui

import (
	"context"
	"fmt"
	"io"
	"os"
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
	var entries []data.LibraryEntry
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(entries) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("")
			detail.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, detail)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			e := entries[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(firstNonEmpty(e.Title, "Untitled comparison"))
			box.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%s  /  %s · %d notes · opened %s",
				firstNonEmpty(e.Left.Party, e.Left.Title, "left"), firstNonEmpty(e.Right.Party, e.Right.Title, "right"), e.Notes, shortDate(e.OpenedAt)))
		})
	selected := -1
	list.OnSelected = func(id widget.ListItemID) { selected = id }
	query := widget.NewEntry()
	query.SetPlaceHolder("Find by title or party…")
	load := func() {
		var found []data.LibraryEntry
		q := query.Text
		r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
			found, err = s.Library(ctx, q)
			return err
		}, func(err error) {
			if err != nil {
				r.showError("The library could not be read", err)
			}
			entries, selected = found, -1
			list.UnselectAll()
			list.Refresh()
		})
	}
	query.OnChanged = func(string) { load() }
	open := widget.NewButton("Open", func() {
		if selected >= 0 && selected < len(entries) {
			d.Hide()
			r.openKept(entries[selected].ID, nil)
		}
	})
	rename := widget.NewButton("Rename…", func() {
		if selected < 0 || selected >= len(entries) {
			return
		}
		e := entries[selected]
		name := widget.NewEntry()
		name.SetText(e.Title)
		dialog.ShowForm("Rename comparison", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", name)}, func(ok bool) {
			if ok && strings.TrimSpace(name.Text) != "" {
				r.renameKept(e.ID, strings.TrimSpace(name.Text))
				load() // queued after the rename
			}
		}, r.win)
	})
	del := widget.NewButton("Delete", func() {
		if selected < 0 || selected >= len(entries) {
			return
		}
		r.deleteKept(entries[selected])
		load()
	})
	load()
	body := container.NewBorder(query, container.NewHBox(open, rename, del), nil, nil, list)
	d = dialog.NewCustom("Library", "Close", body, r.win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
	r.win.Canvas().Focus(query)
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
	r.status.say(fmt.Sprintf("Deleted %q from the library. Ctrl+Z brings it back.", firstNonEmpty(e.Title, "the comparison")))
}

// showSearch searches every note and statement in the library; a result
// opens its comparison at its place.
func (r *Reader) showSearch() {
	var hits []data.Hit
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(hits) },
		func() fyne.CanvasObject {
			where := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			where.Truncation = fyne.TextTruncateEllipsis
			snippet := widget.NewRichText()
			snippet.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(where, snippet)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			h := hits[id]
			box := o.(*fyne.Container)
			kind := "statement"
			if h.Kind == data.NoteHit {
				kind = "note"
			}
			box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s · %s, %s side", firstNonEmpty(h.ComparisonTitle, "Untitled"), kind, h.Side))
			rt := box.Objects[1].(*widget.RichText)
			rt.Segments = snippetSegments(h)
			rt.Refresh()
		})
	list.OnSelected = func(id widget.ListItemID) {
		h := hits[id]
		d.Hide()
		r.openKept(h.Comparison, &place{side: sideOf(h.Side), offset: h.Offset})
	}
	query := widget.NewEntry()
	query.SetPlaceHolder("Search every note and statement in the library…")
	count := widget.NewLabel("")
	query.OnChanged = func(q string) {
		var found []data.Hit
		r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
			found, err = s.Search(ctx, q, 100)
			return err
		}, func(err error) {
			hits = found
			if err != nil {
				count.SetText(err.Error())
				hits = nil
			} else if strings.TrimSpace(q) != "" {
				count.SetText(fmt.Sprintf("%d results", len(hits)))
			}
			list.Refresh()
		})
	}
	d = dialog.NewCustom("Search the library", "Close", container.NewBorder(container.NewVBox(query, count), nil, nil, nil, list), r.win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
	r.win.Canvas().Focus(query)
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

// exportNotes saves this comparison's notes as Markdown, CSV or W3C Web
// Annotation JSON.
func (r *Reader) exportNotes(format string) {
	var sets []data.ComparisonNotes
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		sets, err = s.NotesByComparison(ctx, k.id)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The notes could not be read", err)
			return
		}
		r.exportAs(exportFormat{name: "notes", ext: "." + format, write: func(w io.Writer, _ *compare.Result) error {
			return export.WriteNotes(w, format, sets)
		}})
	})
}

// importNotes merges W3C Web Annotation JSON into this comparison's notes,
// re-anchoring each against the text here.
func (r *Reader) importNotes() {
	if r.lib.keptID() == 0 {
		return
	}
	r.choosePath(func(path string) {
		var added, updated, orphans int
		r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			added, updated, orphans, err = s.ImportAnnotations(ctx, k.id, f)
			return err
		}, func(err error) {
			if err != nil {
				r.showError("The notes could not be imported", err)
				return
			}
			r.status.say(fmt.Sprintf("Imported notes: %d new, %d updated, %d no longer in the text", added, updated, orphans))
			r.loadNotes()
		})
	})
}
