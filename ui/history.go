package ui

// edit is one change the reader can undo: a correction, a note, a
// highlight, a rename or a deletion.
type edit struct {
	what       string // "pair by hand", "delete note", …
	undo, redo func()
}

// history is the undo and redo stacks of a window.
type history struct {
	done, undone []edit
}

// record adds a change that has just been made; it clears redo.
func (h *history) record(e edit) {
	h.done = append(h.done, e)
	h.undone = nil
}

// clear forgets every change (a new comparison was opened).
func (h *history) clear() { h.done, h.undone = nil, nil }

func (r *Reader) undo() {
	n := len(r.history.done)
	if n == 0 {
		r.status.say("Nothing to undo")
		return
	}
	e := r.history.done[n-1]
	r.history.done = r.history.done[:n-1]
	e.undo()
	r.history.undone = append(r.history.undone, e)
	r.status.say("Undid: " + e.what)
}

func (r *Reader) redo() {
	n := len(r.history.undone)
	if n == 0 {
		r.status.say("Nothing to redo")
		return
	}
	e := r.history.undone[n-1]
	r.history.undone = r.history.undone[:n-1]
	e.redo()
	r.history.done = append(r.history.done, e)
	r.status.say("Redid: " + e.what)
}
