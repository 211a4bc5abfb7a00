package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// keyList is a list that passes the window's plain keys (F1, F5, F9) on
// before using a key itself, so they work after a row is clicked.
type keyList struct {
	widget.List
	plain func(*fyne.KeyEvent) bool
}

func newKeyList(plain func(*fyne.KeyEvent) bool, length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{plain: plain}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey runs a plain-key action, or moves in the list.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if l.plain != nil && l.plain(ev) {
		return
	}
	l.List.TypedKey(ev)
}

// keyEntry is a text entry that passes Escape and the function keys to the
// window (to close its dialog, or for F1, F5 and F9) and keeps every other
// key for the text.
type keyEntry struct {
	widget.Entry
	plain func(*fyne.KeyEvent) bool // nil until the entry is in a window
}

func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func newMultiLineKeyEntry() *keyEntry {
	e := newKeyEntry()
	e.MultiLine, e.Wrapping = true, fyne.TextWrapWord
	return e
}

// passKeys gives every keyEntry in a dialog's content the window's keys,
// looking through containers, forms and scrolls.
func passKeys(o fyne.CanvasObject, plain func(*fyne.KeyEvent) bool) {
	switch o := o.(type) {
	case *keyEntry:
		o.plain = plain
	case *fyne.Container:
		for _, c := range o.Objects {
			passKeys(c, plain)
		}
	case *widget.Form:
		for _, it := range o.Items {
			passKeys(it.Widget, plain)
		}
	case *container.Scroll:
		passKeys(o.Content, plain)
	case *container.Split:
		passKeys(o.Leading, plain)
		passKeys(o.Trailing, plain)
	}
}

// TypedKey passes Escape and F1 to F12 on, and edits with the rest.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.plain != nil && (ev.Name == fyne.KeyEscape || strings.HasPrefix(string(ev.Name), "F") && len(ev.Name) > 1) && e.plain(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

// plainKey runs the action on a key without modifier (F1, F5, F9), or
// closes the dialog on top at Escape; it says whether the key was used.
func (r *Reader) plainKey(ev *fyne.KeyEvent) bool {
	if ev.Name == fyne.KeyEscape && r.keys.dialogs.closeTop() {
		return true
	}
	if do, ok := r.keys.plain[ev.Name]; ok {
		do()
		return true
	}
	return false
}

// refocus gives the keyboard back to the reading after a control or a
// dialog had it: the focused pane in the side-by-side view, the rows in the
// aligned view. Keys then reach the window's actions.
func (r *Reader) refocus() {
	c := r.win.Canvas()
	switch {
	case r.views == nil: // still being built
	case r.presenting != nil || r.keys.dialogs.open():
		c.Unfocus()
	case r.views.shown == alignedView:
		c.Focus(r.views.aligned.list)
	default:
		c.Focus(r.panes[r.sel.Focus].text)
	}
}

// dialogStack is the window's open dialogs, newest last, so that Escape
// closes the one on top.
type dialogStack struct {
	shown []dialog.Dialog
}

// show shows d; when it closes, after calls.
func (s *dialogStack) show(d dialog.Dialog, after func()) {
	s.shown = append(s.shown, d)
	d.SetOnClosed(func() {
		for i, o := range s.shown {
			if o == d {
				s.shown = append(s.shown[:i], s.shown[i+1:]...)
				break
			}
		}
		after()
	})
	d.Show()
}

// open says whether a dialog is shown.
func (s *dialogStack) open() bool { return len(s.shown) > 0 }

// closeTop closes the dialog on top, if there is one.
func (s *dialogStack) closeTop() bool {
	if len(s.shown) == 0 {
		return false
	}
	s.shown[len(s.shown)-1].Hide()
	return true
}

// showDialog shows a dialog that Escape closes; the reading gets the
// keyboard back when it closes.
func (r *Reader) showDialog(d dialog.Dialog) { r.keys.dialogs.show(d, r.refocus) }
