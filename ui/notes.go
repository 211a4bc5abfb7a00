package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/ui/reading"
	"github.com/parley-reader/parley/ui/textpane"
)

// Highlight colour names in the theme, one per palette colour.
const (
	ColorHighlightYellow fyne.ThemeColorName = "parleyHighlightYellow"
	ColorHighlightGreen  fyne.ThemeColorName = "parleyHighlightGreen"
	ColorHighlightBlue   fyne.ThemeColorName = "parleyHighlightBlue"
	ColorHighlightPink   fyne.ThemeColorName = "parleyHighlightPink"
	ColorHighlightPurple fyne.ThemeColorName = "parleyHighlightPurple"
)

// highlightLooks gives each highlight colour its own underline, so colour
// is never the only cue: 1 yellow, 2 green, 3 blue, 4 pink, 5 purple.
// Highlights are drawn as heavy coloured underlines rather than fills, so
// the claim's relation colour stays visible under them.
var highlightLooks = map[data.Colour]struct {
	color     fyne.ThemeColorName
	underline textpane.Underline
	name      string
}{
	data.Yellow: {ColorHighlightYellow, textpane.UnderlineSolid, "yellow, solid line"},
	data.Green:  {ColorHighlightGreen, textpane.UnderlineDashed, "green, dashed line"},
	data.Blue:   {ColorHighlightBlue, textpane.UnderlineWavy, "blue, wavy line"},
	data.Pink:   {ColorHighlightPink, textpane.UnderlineDotted, "pink, dotted line"},
	data.Purple: {ColorHighlightPurple, textpane.UnderlineDouble, "purple, double line"},
}

// noteLayer is the open comparison's notes as the window shows them: in
// the panes, and listed in the panel beside them.
type noteLayer struct {
	all        []data.Note
	hideShared bool // hide the notes that came in a shared comparison
	panel      *notesPanel
	split      *container.Split // the body and the panel
}

func newNoteLayer(body fyne.CanvasObject, h noteHooks) *noteLayer {
	l := &noteLayer{panel: newNotesPanel(h)}
	l.split = container.NewHSplit(body, l.panel.content)
	l.split.SetOffset(1)
	return l
}

// visible is the notes to draw and list: all, or the reader's own when
// shared notes are hidden.
func (l *noteLayer) visible() []data.Note {
	if !l.hideShared {
		return l.all
	}
	var own []data.Note
	for _, n := range l.all {
		if n.Layer == "" {
			own = append(own, n)
		}
	}
	return own
}

// notesPanelHooks is what the notes panel may do in the window.
func (r *Reader) notesPanelHooks() noteHooks {
	return noteHooks{
		notes:   func() []data.Note { return r.notes.visible() },
		quote:   func(n data.Note) string { return quoteOf(n, r.model) },
		jump:    r.jumpToNote,
		edit:    r.changeNote,
		delete:  r.deleteNote,
		add:     r.newNote,
		deleted: r.showDeletedNotes,
		plain:   r.plainKey,
	}
}

// toggleNotes shows or hides the notes panel (F9).
func (r *Reader) toggleNotes() { r.notes.panel.toggle(r.notes.split) }

// toggleShared shows or hides the notes that came in a shared comparison.
func (r *Reader) toggleShared() {
	r.notes.hideShared = !r.notes.hideShared
	r.refreshMarks()
	r.notes.panel.refresh()
	if r.notes.hideShared {
		r.status.say("Shared notes hidden")
	} else {
		r.status.say("Shared notes shown")
	}
}

// noteSpans draws the comparison's notes on one side: highlights in their
// colour and underline, and a ✎ in the margin where a note has words.
func (r *Reader) noteSpans(side reading.Side) []textpane.Span {
	var out []textpane.Span
	want := dataSide(side)
	for _, n := range r.notes.visible() {
		if n.Orphaned() {
			continue
		}
		for _, t := range n.Targets {
			if t.Side != want {
				continue
			}
			st := textpane.Style{}
			if l, ok := highlightLooks[n.Colour]; ok {
				st.Underline, st.UnderlineColor, st.HeavyUnderline = l.underline, l.color, true
			}
			if strings.TrimSpace(n.Body) != "" {
				st.Mark, st.MarkColor = "✎", ColorCurrent
			}
			out = append(out, textpane.Span{Start: t.Start, End: t.End, Style: st})
		}
	}
	return out
}

func dataSide(s reading.Side) data.Side {
	if s == reading.Left {
		return data.Left
	}
	return data.Right
}

// loadNotes reads the comparison's notes off the UI goroutine.
func (r *Reader) loadNotes() {
	var ns []data.Note
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		ns, err = s.Notes(ctx, k.id)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The notes could not be read", err)
			return
		}
		r.notes.all = ns
		r.refreshMarks()
		r.notes.panel.refresh()
	})
}

// noteTarget is what Ctrl+N or a highlight key applies to: the selection in
// the focused pane, else the current pair, else the current claim.
func (r *Reader) noteTarget() (data.Note, bool) {
	p := r.panes[r.sel.Focus]
	if start, end := p.text.Selection(); end > start {
		return data.Note{Kind: data.OnSpan, Targets: []data.Target{{Side: dataSide(r.sel.Focus), Start: start, End: end}}}, true
	}
	cur, ok := r.sel.Current()
	if !ok || r.model == nil {
		return data.Note{}, false
	}
	if pr, _, ok := r.model.PairOf(cur); ok {
		l, _ := r.model.ClaimByID(reading.Left, pr.Left[0])
		rt, _ := r.model.ClaimByID(reading.Right, pr.Right[0])
		return data.Note{Kind: data.OnPair, Targets: []data.Target{
			{Side: data.Left, Start: l.Start, End: l.End, Claim: l.ID},
			{Side: data.Right, Start: rt.Start, End: rt.End, Claim: rt.ID}}}, true
	}
	c, _ := r.model.ClaimByID(cur.Side, cur.ID)
	return data.Note{Kind: data.OnClaim, Targets: []data.Target{{Side: dataSide(cur.Side), Start: c.Start, End: c.End, Claim: c.ID}}}, true
}

// highlight marks the selection (or current claim) in a palette colour.
func (r *Reader) highlight(c data.Colour) {
	n, ok := r.noteTarget()
	if !ok {
		r.status.say("Select some text or click a claim to highlight it")
		return
	}
	n.Colour = c
	r.addNote(n, "highlight "+string(c))
}

// newNote opens the note editor on the selection, pair or claim (Ctrl+N).
func (r *Reader) newNote() {
	n, ok := r.noteTarget()
	if !ok {
		r.status.say("Select some text or click a claim, then press Ctrl+N to add a note")
		return
	}
	if r.lib.keptID() == 0 {
		r.status.say("Notes need the library, which is not open")
		return
	}
	r.editNote(n, func(body string, colour data.Colour, tags []string) {
		n.Body, n.Colour, n.Tags = body, colour, tags
		r.addNote(n, "add note")
	})
}

// addNote keeps a new note and records it for undo. The note's id is
// known only to the database jobs, which run in order, so an undo or redo
// pressed before the note is kept still finds it.
func (r *Reader) addNote(n data.Note, what string) {
	var saved int64 // the kept note; written and read only by jobs
	add := func() {
		r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
			if saved != 0 {
				return s.RestoreNote(ctx, saved)
			}
			n.Comparison = k.id
			kn, err := s.AddNote(ctx, n)
			saved = kn.ID
			return err
		}, r.failed("The note was not kept"))
		r.loadNotes()
	}
	add()
	r.history.record(edit{what: what, redo: add, undo: func() {
		r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
			if saved == 0 {
				return nil
			}
			return s.DeleteNote(ctx, saved)
		}, r.failed("The undo was not kept"))
		r.loadNotes()
	}})
}

// changeNote edits a note's words, colour and tags, with undo.
func (r *Reader) changeNote(n data.Note) {
	r.editNote(n, func(body string, colour data.Colour, tags []string) {
		r.updateNote(n, data.NoteChange{Body: body, Colour: colour, Tags: tags})
	})
}

// updateNote changes a note and records the change for undo. Undo and redo
// run wholly inside database jobs, which run in order: an undo pressed
// before the change has been kept still finds what the change replaced.
func (r *Reader) updateNote(n data.Note, change data.NoteChange) {
	var previous data.NoteChange // written and read only by jobs
	var edited bool
	apply := func(to func() (data.NoteChange, bool)) {
		r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
			c, ok := to()
			if !ok {
				return nil
			}
			old, err := s.UpdateNote(ctx, n.ID, c)
			if err == nil && !edited {
				previous, edited = old, true
			}
			return err
		}, r.failed("The note was not changed"))
		r.loadNotes()
	}
	apply(func() (data.NoteChange, bool) { return change, true })
	r.history.record(edit{what: "edit note",
		undo: func() { apply(func() (data.NoteChange, bool) { return previous, edited }) },
		redo: func() { apply(func() (data.NoteChange, bool) { return change, edited }) }})
}

// deleteNote deletes a note; it can be undone, and recovered later from
// the recently deleted notes.
func (r *Reader) deleteNote(n data.Note) {
	set := func(deleted bool) {
		r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
			if deleted {
				return s.DeleteNote(ctx, n.ID)
			}
			return s.RestoreNote(ctx, n.ID)
		}, r.failed("The note was not changed"))
		r.loadNotes()
	}
	set(true)
	r.history.record(edit{what: "delete note", undo: func() { set(false) }, redo: func() { set(true) }})
}

// noteEntry is the note editor's text box: Ctrl+Enter saves, Escape
// cancels.
type noteEntry struct {
	widget.Entry
	onSave, onCancel func()
}

func newNoteEntry() *noteEntry {
	e := &noteEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut saves on Ctrl+Enter and leaves the rest to the entry.
func (e *noteEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && (cs.KeyName == fyne.KeyReturn || cs.KeyName == fyne.KeyEnter) &&
		cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 {
		e.onSave()
		return
	}
	e.Entry.TypedShortcut(s)
}

// TypedKey cancels on Escape.
func (e *noteEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.onCancel()
		return
	}
	e.Entry.TypedKey(k)
}

// editNote shows the note editor on n; saving it calls save.
func (r *Reader) editNote(n data.Note, save func(body string, colour data.Colour, tags []string)) {
	f := newNoteForm(n, quoteOf(n, r.model), r.tagCompletions, save)
	var d dialog.Dialog
	// A note that cannot be kept (too long) is said in words, and the
	// editor comes back with what the reader wrote.
	apply := func() {
		var p problem
		if err := f.apply(); errors.As(err, &p) {
			r.refused(p.title + ": " + p.detail)
			r.keys.dialogs.show(dialog.NewInformation(p.title, p.detail, r.win), func() { r.showDialog(d) })
		}
	}
	d = dialog.NewCustomConfirm("Note", "Save (Ctrl+Enter)", "Cancel (Esc)", f.content(), func(ok bool) {
		if ok {
			apply()
		}
	}, r.win)
	f.body.onSave = func() { d.Hide(); apply() }
	f.body.onCancel = d.Hide
	d.Resize(fyne.NewSize(640, 460))
	r.showDialog(d)
	r.win.Canvas().Focus(f.body)
}

// noteForm is the note editor: Markdown words, a highlight colour, and
// tags with completion from the tags already used.
type noteForm struct {
	quote  string
	body   *noteEntry
	colour *widget.Select
	tags   *widget.SelectEntry
	save   func(body string, colour data.Colour, tags []string)
}

// newNoteForm edits n, which is on the text quote; complete offers tags
// that complete what is typed.
func newNoteForm(n data.Note, quote string, complete func(typed string, show func([]string)), save func(string, data.Colour, []string)) *noteForm {
	f := &noteForm{quote: quote, body: newNoteEntry(), tags: widget.NewSelectEntry(nil), save: save}
	f.body.SetText(n.Body)
	f.body.SetPlaceHolder("Your note, in Markdown: **bold**, *italic*, - lists…")
	colours := []string{"none"}
	for i, c := range data.Palette {
		colours = append(colours, fmt.Sprintf("%d %s", i+1, highlightLooks[c].name))
	}
	f.colour = widget.NewSelect(colours, nil)
	f.colour.SetSelectedIndex(0)
	for i, c := range data.Palette {
		if c == n.Colour {
			f.colour.SetSelectedIndex(i + 1)
		}
	}
	f.tags.SetText(strings.Join(n.Tags, ", "))
	f.tags.SetPlaceHolder("tags, separated by commas")
	f.tags.OnChanged = func(s string) { complete(s, f.tags.SetOptions) }
	complete("", f.tags.SetOptions)
	return f
}

func (f *noteForm) content() fyne.CanvasObject {
	quote := widget.NewLabel(f.quote)
	quote.Wrapping = fyne.TextWrapWord
	quote.TextStyle = fyne.TextStyle{Italic: true}
	return container.NewBorder(container.NewVBox(quote, widget.NewForm(
		widget.NewFormItem("Highlight", f.colour), widget.NewFormItem("Tags", f.tags))), nil, nil, nil, f.body)
}

// apply saves the words, the colour and the tags, unless they are more
// than a note holds (data.ErrTooLarge), which it says in words.
func (f *noteForm) apply() error {
	c := data.NoColour
	if i := f.colour.SelectedIndex(); i > 0 {
		c = data.Palette[i-1]
	}
	body, tags := strings.TrimSpace(f.body.Text), splitTags(f.tags.Text)
	if err := noteTooLarge(body, tags); err != nil {
		return err
	}
	f.save(body, c, tags)
	return nil
}

// noteTooLarge says, as a problem, what makes a note more than Parley
// keeps (data.ErrTooLarge): the store refuses it too, but then the reader
// would lose what they wrote.
func noteTooLarge(body string, tags []string) error {
	if n := utf8.RuneCountInString(body); n > data.MaxNoteLen {
		return problem{"The note is too long", fmt.Sprintf("It is %d characters long; a note holds at most %d (about 3,000 words). Shorten it, or split it into two notes.", n, data.MaxNoteLen)}
	}
	if len(tags) > data.MaxTags {
		return problem{"Too many tags", fmt.Sprintf("The note has %d tags; a note has at most %d.", len(tags), data.MaxTags)}
	}
	for _, t := range tags {
		if n := utf8.RuneCountInString(t); n > data.MaxTagLen {
			return problem{"A tag is too long", fmt.Sprintf("A tag is %d characters long; a tag has at most %d.", n, data.MaxTagLen)}
		}
	}
	return nil
}

// tagCompletions offers, through show, the most used tags that complete
// the last tag typed. Completions are a convenience: when the library
// cannot give them, there are none.
func (r *Reader) tagCompletions(typed string, show func([]string)) {
	parts := strings.Split(typed, ",")
	last := strings.TrimSpace(parts[len(parts)-1])
	head := strings.Join(parts[:len(parts)-1], ",")
	var tcs []data.TagCount
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		tcs, err = s.TagsByPrefix(ctx, last, 8)
		return err
	}, func(err error) {
		var out []string
		for _, tc := range tcs {
			if head != "" {
				out = append(out, head+", "+tc.Name)
			} else {
				out = append(out, tc.Name)
			}
		}
		show(out)
	})
}

func splitTags(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// quoteOf is the text a note is on, as the editor and panel show it; m
// gives the text when the note has no quote of its own.
func quoteOf(n data.Note, m *reading.Model) string {
	var parts []string
	for _, t := range n.Targets {
		q := t.Exact
		if q == "" && m != nil {
			runes := []rune(m.Side(sideOf(t.Side)).Text)
			if t.Start >= 0 && t.End <= len(runes) && t.Start < t.End {
				q = string(runes[t.Start:t.End])
			}
		}
		parts = append(parts, "“"+truncate(q, 160)+"”")
	}
	return strings.Join(parts, "  /  ")
}

func sideOf(s data.Side) reading.Side {
	if s == data.Right {
		return reading.Right
	}
	return reading.Left
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// importedNotes says what an import of notes did, the shared notes it
// left alone included.
func importedNotes(rep data.ImportReport) string {
	msg := fmt.Sprintf("Imported notes: %d new, %d updated, %d no longer in the text", rep.Added, rep.Updated, rep.Orphans)
	if rep.ReadOnly > 0 {
		msg += fmt.Sprintf("; %d left out: they would change shared notes, which are read-only", rep.ReadOnly)
	}
	return msg
}

// jumpToNote scrolls to a note and selects its text.
func (r *Reader) jumpToNote(n data.Note) {
	if len(n.Targets) == 0 || r.model == nil {
		return
	}
	for i, t := range n.Targets {
		side := sideOf(t.Side)
		p := r.panes[side]
		r.views.withoutSync(func() { p.scroller.ScrollTo(t.Start) })
		if i == 0 {
			r.sel.Focus = side
			p.text.SetSelection(t.Start, t.End)
			r.win.Canvas().Focus(p.text)
			if c, ok := r.model.ClaimAt(side, t.Start); ok {
				r.sel.Show(reading.Claim{Side: side, ID: c.ID})
				r.refreshMarks()
				r.showDetails()
			}
		}
	}
}

// showDeletedNotes lists the notes deleted from this comparison, to recover.
func (r *Reader) showDeletedNotes() {
	var ns []data.Note
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		ns, err = s.DeletedNotes(ctx, k.id)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The deleted notes could not be read", err)
			return
		}
		r.listDeletedNotes(ns)
	})
}

// listDeletedNotes shows the deleted notes, each with a button that
// recovers it.
func (r *Reader) listDeletedNotes(ns []data.Note) {
	box := container.NewVBox()
	if len(ns) == 0 {
		box.Add(widget.NewLabel("No deleted notes."))
	}
	var d dialog.Dialog
	for _, n := range ns {
		n := n
		label := widget.NewLabel(quoteOf(n, r.model) + "\n" + truncate(n.Body, 200))
		label.Wrapping = fyne.TextWrapWord
		restore := widget.NewButton("Recover", func() {
			r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
				return s.RestoreNote(ctx, n.ID)
			}, func(err error) {
				if err != nil {
					r.showError("The note was not recovered", err)
					return
				}
				d.Hide()
				r.loadNotes()
			})
		})
		box.Add(container.NewBorder(nil, nil, nil, restore, label))
	}
	d = dialog.NewCustom("Recently deleted notes", "Close", container.NewVScroll(box), r.win)
	d.Resize(fyne.NewSize(640, 480))
	r.showDialog(d)
}

// importNotes merges W3C Web Annotation JSON into this comparison's notes,
// re-anchoring each against the text here.
func (r *Reader) importNotes() {
	if r.lib.keptID() == 0 {
		return
	}
	r.choosePath(notesFiles, r.importNotesFrom)
}

// importNotesFrom merges the W3C Web Annotation JSON file at path into this
// comparison's notes.
func (r *Reader) importNotesFrom(path string) {
	var rep data.ImportReport
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
		f, err := importer.OpenFile(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rep, err = s.ImportNotes(ctx, k.id, f, "")
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The notes could not be imported", err)
			return
		}
		r.status.say(importedNotes(rep))
		r.loadNotes()
	})
}
