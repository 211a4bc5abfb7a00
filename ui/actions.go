package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/ui/reading"
)

// action is one thing the reader can do, with its menu, label and key. One
// table drives the menus, the keyboard and Help → Keyboard shortcuts.
type action struct {
	menu  string
	label string
	key   fyne.KeyName
	mod   fyne.KeyModifier
	do    func()
}

// shortcut is the shortcut the window sends for the action's key, or nil
// for an action without a key or on a plain key (F1, F5, F9), which arrive
// as typed keys instead. Ctrl+Z arrives as Fyne's own undo shortcut.
func (a action) shortcut() fyne.Shortcut {
	switch {
	case a.key == "" || a.mod == 0:
		return nil
	case a.key == fyne.KeyZ && a.mod == ctrl:
		return &fyne.ShortcutUndo{}
	}
	return &desktop.CustomShortcut{KeyName: a.key, Modifier: a.mod}
}

// keyLabel spells a shortcut for people: "Ctrl+Shift+Z", "Alt+C".
func (a action) keyLabel() string {
	var parts []string
	if a.mod&fyne.KeyModifierShortcutDefault != 0 || a.mod&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if a.mod&fyne.KeyModifierAlt != 0 {
		parts = append(parts, "Alt")
	}
	if a.mod&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	k := string(a.key)
	switch a.key {
	case fyne.KeyEqual:
		k = "="
	case fyne.KeyMinus:
		k = "-"
	}
	return strings.Join(append(parts, k), "+")
}

const ctrl = fyne.KeyModifierShortcutDefault

// actions lists every action of the reader window.
func (r *Reader) actions() []action {
	nav := func(k reading.Kind, back bool) func() { return func() { r.navigate(k, back) } }
	rel := func(x compare.Relation) func() { return func() { r.setRelation(x) } }
	return []action{
		{"File", "New comparison…", fyne.KeyN, ctrl | fyne.KeyModifierShift, r.newComparison},
		{"File", "Open a file into the current pane…", fyne.KeyO, ctrl, r.openFile},
		{"File", "Library…", fyne.KeyO, ctrl | fyne.KeyModifierShift, r.showLibrary},
		{"File", "Sources of the two statements…", fyne.KeyI, ctrl, r.editSources},
		{"File", "Edit the current statement's text…", fyne.KeyE, ctrl | fyne.KeyModifierAlt, r.editText},
		{"File", "Search the library…", fyne.KeyF, ctrl, r.showSearch},
		{"File", "Share with a class (.parley)…", fyne.KeyS, ctrl | fyne.KeyModifierShift, r.shareComparison},
		{"File", "Open a shared comparison (.parley)…", "", 0, r.openShared},
		{"File", "Export handout (HTML)…", fyne.KeyE, ctrl, func() { r.exportHandout(export.FullHandout) }},
		{"File", "Export worksheet for students (HTML)…", fyne.KeyW, ctrl | fyne.KeyModifierShift, func() { r.exportHandout(export.Worksheet) }},
		{"File", "Export answer key (HTML)…", fyne.KeyK, ctrl | fyne.KeyModifierShift, func() { r.exportHandout(export.AnswerKey) }},
		{"File", "Export report as Markdown…", fyne.KeyE, ctrl | fyne.KeyModifierShift, func() { r.exportAs(exportMarkdown) }},
		{"View", "Present to a class", fyne.KeyF5, 0, r.present},
		{"View", "Choose the pairs to present…", fyne.KeyF5, ctrl, r.editLesson},
		{"View", "Reader view", fyne.Key1, ctrl, func() { r.showView(readerView) }},
		{"View", "Aligned view", fyne.Key2, ctrl, func() { r.showView(alignedView) }},
		{"View", "Zoom in", fyne.KeyEqual, ctrl, func() { r.zoom(1.1) }},
		{"View", "Zoom out", fyne.KeyMinus, ctrl, func() { r.zoom(1 / 1.1) }},
		{"View", "Actual size", fyne.Key0, ctrl, func() { r.zoom(0) }},
		{"View", "Light / dark / system theme", fyne.KeyT, ctrl | fyne.KeyModifierShift, r.cycleAppearance},
		{"View", "High contrast", fyne.KeyH, ctrl | fyne.KeyModifierShift, r.toggleContrast},
		{"View", "Synchronised scrolling", fyne.KeyL, ctrl, r.toggleSync},
		{"Go", "Next contradiction", fyne.KeyC, fyne.KeyModifierAlt, nav(reading.Contradictions, false)},
		{"Go", "Previous contradiction", fyne.KeyC, fyne.KeyModifierAlt | fyne.KeyModifierShift, nav(reading.Contradictions, true)},
		{"Go", "Next difference", fyne.KeyD, fyne.KeyModifierAlt, nav(reading.Differences, false)},
		{"Go", "Previous difference", fyne.KeyD, fyne.KeyModifierAlt | fyne.KeyModifierShift, nav(reading.Differences, true)},
		{"Go", "Next agreement", fyne.KeyA, fyne.KeyModifierAlt, nav(reading.Agreements, false)},
		{"Go", "Previous agreement", fyne.KeyA, fyne.KeyModifierAlt | fyne.KeyModifierShift, nav(reading.Agreements, true)},
		{"Go", "Next omission", fyne.KeyO, fyne.KeyModifierAlt, nav(reading.Omissions, false)},
		{"Go", "Previous omission", fyne.KeyO, fyne.KeyModifierAlt | fyne.KeyModifierShift, nav(reading.Omissions, true)},
		{"Go", "Next possible counterpart", fyne.KeyS, fyne.KeyModifierAlt, nav(reading.Suggestions, false)},
		{"Go", "Previous possible counterpart", fyne.KeyS, fyne.KeyModifierAlt | fyne.KeyModifierShift, nav(reading.Suggestions, true)},
		{"Go", "Next claim", fyne.KeyDown, fyne.KeyModifierAlt, func() { r.stepClaim(1) }},
		{"Go", "Previous claim", fyne.KeyUp, fyne.KeyModifierAlt, func() { r.stepClaim(-1) }},
		{"Go", "Counterpart or other pane", fyne.KeyTab, ctrl, r.switchSide},
		{"Pair", "Pair the picked claims, or confirm the possible counterpart", fyne.KeyP, ctrl | fyne.KeyModifierShift, r.pairCurrent},
		{"Pair", "Reject the possible counterpart", fyne.KeyR, ctrl | fyne.KeyModifierShift, r.rejectCurrent},
		{"Pair", "Unpair", fyne.KeyU, ctrl | fyne.KeyModifierShift, r.unpairCurrent},
		{"Pair", "Pair with the closest claim ①", fyne.Key1, fyne.KeyModifierAlt, func() { r.pairRanked(0) }},
		{"Pair", "Pair with the second closest ②", fyne.Key2, fyne.KeyModifierAlt, func() { r.pairRanked(1) }},
		{"Pair", "Pair with the third closest ③", fyne.Key3, fyne.KeyModifierAlt, func() { r.pairRanked(2) }},
		{"Pair", "Mark as contradiction", fyne.KeyC, ctrl | fyne.KeyModifierShift, rel(compare.Contradict)},
		{"Pair", "Mark as difference", fyne.KeyD, ctrl | fyne.KeyModifierShift, rel(compare.Differ)},
		{"Pair", "Mark as agreement", fyne.KeyA, ctrl | fyne.KeyModifierShift, rel(compare.Agree)},
		{"Notes", "Add a note to the selection, pair or claim", fyne.KeyN, ctrl, r.newNote},
		{"Notes", "Show or hide the notes", fyne.KeyF9, 0, r.toggleNotes},
		{"Notes", "Show or hide shared notes", fyne.KeyJ, ctrl | fyne.KeyModifierShift, r.toggleShared},
		{"Notes", "Recently deleted notes…", "", 0, r.showDeletedNotes},
		{"Notes", "Export notes as Markdown…", "", 0, func() { r.exportNotes("md") }},
		{"Notes", "Export notes as CSV…", "", 0, func() { r.exportNotes("csv") }},
		{"Notes", "Export notes as Web Annotation JSON…", "", 0, func() { r.exportNotes("json") }},
		{"Notes", "Import notes (Web Annotation JSON)…", "", 0, r.importNotes},
		{"Pair", "Undo", fyne.KeyZ, ctrl, r.undo},
		{"Pair", "Redo", fyne.KeyZ, ctrl | fyne.KeyModifierShift, r.redo},
		{"Help", "Keyboard shortcuts", fyne.KeyF1, 0, r.showShortcuts},
	}
}

// keymap is the window's actions, those on keys without a modifier, which
// reach the window as typed keys, and the open dialogs, which Escape closes.
type keymap struct {
	actions []action
	plain   map[fyne.KeyName]func()
	dialogs dialogStack
}

// installActions builds the main menu and binds every shortcut.
func (r *Reader) installActions() {
	r.keys.plain = map[fyne.KeyName]func(){}
	acts := r.actions()
	var menus []*fyne.Menu
	byName := map[string]*fyne.Menu{}
	for _, a := range acts {
		m := byName[a.menu]
		if m == nil {
			m = fyne.NewMenu(a.menu)
			byName[a.menu] = m
			menus = append(menus, m)
		}
		item := fyne.NewMenuItem(a.label, a.do)
		if s := a.shortcut(); s != nil {
			item.Shortcut = s
			r.win.Canvas().AddShortcut(s, func(fyne.Shortcut) { a.do() })
		} else if a.key != "" {
			r.keys.plain[a.key] = a.do
		}
		m.Items = append(m.Items, item)
	}
	r.keys.actions = acts
	r.win.Canvas().SetOnTypedKey(r.windowKey)
	r.win.SetMainMenu(fyne.NewMainMenu(menus...))
}

// showShortcuts opens Help → Keyboard shortcuts.
func (r *Reader) showShortcuts() {
	rows := []fyne.CanvasObject{}
	for _, a := range r.keys.actions {
		if a.key == "" {
			continue
		}
		rows = append(rows,
			widget.NewLabelWithStyle(a.keyLabel(), fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}),
			widget.NewLabel(fmt.Sprintf("%s → %s", a.menu, a.label)))
	}
	for i, c := range data.Palette {
		rows = append(rows,
			widget.NewLabelWithStyle(fmt.Sprint(i+1), fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}),
			widget.NewLabel("Highlight the selection or claim: "+highlightLooks[c].name))
	}
	rows = append(rows,
		widget.NewLabelWithStyle("Ctrl+Enter / Esc", fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}),
		widget.NewLabel("In the note editor: save / cancel"),
		widget.NewLabelWithStyle("Arrows, Shift", fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}),
		widget.NewLabel("In a pane: move and select text"),
		widget.NewLabelWithStyle("Ctrl+C / Ctrl+A", fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}),
		widget.NewLabel("In a pane: copy the selection / select all"))
	grid := container.NewVScroll(container.New(layout.NewFormLayout(), rows...))
	d := dialog.NewCustom("Keyboard shortcuts", "Close", grid, r.win)
	d.Resize(fyne.NewSize(560, 640))
	r.showDialog(d)
}

// typedKey handles keys a focused pane does not use: Enter shows the pair,
// Escape clears the current pair.
func (r *Reader) typedKey(side reading.Side, ev *fyne.KeyEvent) {
	if r.plainKey(ev) {
		return
	}
	switch ev.Name {
	case fyne.KeyEscape:
		r.sel.Clear()
		r.refreshMarks()
		r.details.hint(startHint)
	case fyne.KeyReturn, fyne.KeyEnter:
		start, _ := r.panes[side].text.Selection()
		r.tapped(side, start)
	}
}

// typedRune handles plain keys: 1 to 5 highlight the selection or the
// current claim in the palette's colours.
func (r *Reader) typedRune(ch rune) {
	if ch >= '1' && ch <= '5' {
		r.highlight(data.Palette[ch-'1'])
	}
}

// windowKey handles keys typed when no widget has the focus: the plain-key
// actions (F1, F5, F9), and Escape, which closes the dialog on top.
func (r *Reader) windowKey(ev *fyne.KeyEvent) { r.plainKey(ev) }
