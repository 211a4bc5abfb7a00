package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/data"
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

// noteSpans draws the comparison's notes on one side: highlights in their
// colour and underline, and a ✎ in the margin where a note has words.
func (r *Reader) noteSpans(side reading.Side) []textpane.Span {
	var out []textpane.Span
	want := dataSide(side)
	for _, n := range r.visibleNotes() {
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
	if r.store == nil {
		return
	}
	kept, gen := r.kept, r.generation
	r.inDB(func() {
		if kept.id == 0 {
			return
		}
		ns, err := r.store.Notes(context.Background(), kept.id)
		fyne.Do(func() {
			if gen != r.generation {
				return
			}
			if err != nil {
				r.showError("The notes could not be read", err)
				return
			}
			r.notes = ns
			r.refreshMarks()
			r.notesPanel.refresh()
		})
	})
}

// noteTarget is what Ctrl+N or a highlight key applies to: the selection in
// the focused pane, else the current pair, else the current claim.
func (r *Reader) noteTarget() (data.Note, bool) {
	p := r.panes[r.focus]
	if start, end := p.text.Selection(); end > start {
		return data.Note{Kind: data.OnSpan, Targets: []data.Target{{Side: dataSide(r.focus), Start: start, End: end}}}, true
	}
	if !r.hasCurrent || r.model == nil {
		return data.Note{}, false
	}
	if pr, _, ok := r.model.PairOf(r.current); ok {
		l, _ := r.model.ClaimByID(reading.Left, pr.Left[0])
		rt, _ := r.model.ClaimByID(reading.Right, pr.Right[0])
		return data.Note{Kind: data.OnPair, Targets: []data.Target{
			{Side: data.Left, Start: l.Start, End: l.End, Claim: l.ID},
			{Side: data.Right, Start: rt.Start, End: rt.End, Claim: rt.ID}}}, true
	}
	c, _ := r.model.ClaimByID(r.current.Side, r.current.ID)
	return data.Note{Kind: data.OnClaim, Targets: []data.Target{{Side: dataSide(r.current.Side), Start: c.Start, End: c.End, Claim: c.ID}}}, true
}

// highlight marks the selection (or current claim) in a palette colour.
func (r *Reader) highlight(c data.Colour) {
	n, ok := r.noteTarget()
	if !ok {
		r.busy.SetText("Select some text or click a claim to highlight it")
		return
	}
	n.Colour = c
	r.addNote(n, "highlight "+string(c))
}

// newNote opens the note editor on the selection, pair or claim (Ctrl+N).
func (r *Reader) newNote() {
	n, ok := r.noteTarget()
	if !ok {
		r.busy.SetText("Select some text or click a claim, then press Ctrl+N to add a note")
		return
	}
	if r.store == nil || r.libraryID == 0 {
		r.busy.SetText("Notes need the library, which is not open")
		return
	}
	r.editNote(n, func(body string, colour data.Colour, tags []string) {
		n.Body, n.Colour, n.Tags = body, colour, tags
		r.addNote(n, "add note")
	})
}

// addNote keeps a new note and records it for undo.
func (r *Reader) addNote(n data.Note, what string) {
	if r.store == nil {
		return
	}
	kept := r.kept
	var saved data.Note
	add := func() {
		r.inDB(func() {
			if kept.id == 0 {
				return
			}
			n.Comparison = kept.id
			var err error
			if saved.ID == 0 {
				saved, err = r.store.AddNote(context.Background(), n)
			} else {
				err = r.store.RestoreNote(context.Background(), saved.ID)
			}
			if err != nil {
				fyne.Do(func() { r.showError("The note was not kept", err) })
			}
		})
		r.loadNotes()
	}
	add()
	r.history.record(edit{what: what, redo: add, undo: func() {
		r.inDB(func() {
			if saved.ID != 0 {
				if err := r.store.DeleteNote(context.Background(), saved.ID); err != nil {
					fyne.Do(func() { r.showError("The undo was not kept", err) })
				}
			}
		})
		r.loadNotes()
	}})
}

// changeNote edits a note's words, colour and tags, with undo.
func (r *Reader) changeNote(n data.Note) {
	r.editNote(n, func(body string, colour data.Colour, tags []string) {
		change := data.NoteChange{Body: body, Colour: colour, Tags: tags}
		// previous and edited are written and read only by database jobs,
		// which run in order: an undo queued before the edit has run still
		// finds what the edit replaced.
		var previous data.NoteChange
		var edited bool
		apply := func(to func() (data.NoteChange, bool)) {
			r.inDB(func() {
				c, ok := to()
				if !ok {
					return
				}
				old, err := r.store.UpdateNote(context.Background(), n.ID, c)
				if err != nil {
					fyne.Do(func() { r.showError("The note was not changed", err) })
					return
				}
				if !edited {
					previous, edited = old, true
				}
			})
			r.loadNotes()
		}
		apply(func() (data.NoteChange, bool) { return change, true })
		r.history.record(edit{what: "edit note",
			undo: func() { apply(func() (data.NoteChange, bool) { return previous, edited }) },
			redo: func() { apply(func() (data.NoteChange, bool) { return change, edited }) }})
	})
}

// deleteNote deletes a note; it can be undone, and recovered later from
// the recently deleted notes.
func (r *Reader) deleteNote(n data.Note) {
	set := func(deleted bool) {
		r.inDB(func() {
			var err error
			if deleted {
				err = r.store.DeleteNote(context.Background(), n.ID)
			} else {
				err = r.store.RestoreNote(context.Background(), n.ID)
			}
			if err != nil {
				fyne.Do(func() { r.showError("The note was not changed", err) })
			}
		})
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

// editNote shows the note editor: Markdown words, a highlight colour and
// tags with completion from the tags already used.
func (r *Reader) editNote(n data.Note, save func(body string, colour data.Colour, tags []string)) {
	body := newNoteEntry()
	body.SetText(n.Body)
	body.SetPlaceHolder("Your note, in Markdown: **bold**, *italic*, - lists…")
	colours := []string{"none"}
	for i, c := range data.Palette {
		colours = append(colours, fmt.Sprintf("%d %s", i+1, highlightLooks[c].name))
	}
	colour := widget.NewSelect(colours, nil)
	colour.SetSelectedIndex(0)
	for i, c := range data.Palette {
		if c == n.Colour {
			colour.SetSelectedIndex(i + 1)
		}
	}
	tags := widget.NewSelectEntry(nil)
	tags.SetText(strings.Join(n.Tags, ", "))
	tags.SetPlaceHolder("tags, separated by commas")
	tags.OnChanged = func(s string) { tags.SetOptions(r.tagCompletions(s)) }
	tags.SetOptions(r.tagCompletions(""))
	quote := widget.NewLabel(quoteOf(n, r))
	quote.Wrapping = fyne.TextWrapWord
	quote.TextStyle = fyne.TextStyle{Italic: true}
	form := container.NewBorder(container.NewVBox(quote, widget.NewForm(
		widget.NewFormItem("Highlight", colour), widget.NewFormItem("Tags", tags))), nil, nil, nil, body)
	var d dialog.Dialog
	done := func(ok bool) {
		if !ok {
			return
		}
		c := data.NoColour
		if i := colour.SelectedIndex(); i > 0 {
			c = data.Palette[i-1]
		}
		save(strings.TrimSpace(body.Text), c, splitTags(tags.Text))
	}
	d = dialog.NewCustomConfirm("Note", "Save (Ctrl+Enter)", "Cancel (Esc)", form, done, r.win)
	body.onSave = func() { d.Hide(); done(true) }
	body.onCancel = func() { d.Hide() }
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
	r.win.Canvas().Focus(body)
}

// tagCompletions offers the most used tags that complete the last tag typed.
func (r *Reader) tagCompletions(typed string) []string {
	if r.store == nil {
		return nil
	}
	parts := strings.Split(typed, ",")
	last := strings.TrimSpace(parts[len(parts)-1])
	head := strings.Join(parts[:len(parts)-1], ",")
	tcs, err := r.store.TagsByPrefix(context.Background(), last, 8)
	if err != nil {
		return nil
	}
	var out []string
	for _, tc := range tcs {
		if head != "" {
			out = append(out, head+", "+tc.Name)
		} else {
			out = append(out, tc.Name)
		}
	}
	return out
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

// quoteOf is the text a note is on, as the editor and panel show it.
func quoteOf(n data.Note, r *Reader) string {
	var parts []string
	for _, t := range n.Targets {
		q := t.Exact
		if q == "" && r.model != nil {
			runes := []rune(r.model.Side(sideOf(t.Side)).Text)
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
