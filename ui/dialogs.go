package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// A form is a dialog as a small type: its content, and apply, which does
// what saving the dialog does. Tests fill a form's widgets and call apply
// without showing it.
type form interface {
	content() fyne.CanvasObject
	apply() error
}

// problem is what apply says when a form cannot be saved as it is; the
// reader is told, and the form comes back with what they wrote.
type problem struct{ title, detail string }

func (p problem) Error() string { return p.title + ": " + p.detail }

// showForm shows a form as a dialog with Save and Cancel buttons.
func (r *Reader) showForm(title, save string, f form, size fyne.Size) {
	var d dialog.Dialog
	content := f.content()
	passKeys(content, r.plainKey)
	d = dialog.NewCustomConfirm(title, save, "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		err := f.apply()
		var p problem
		switch {
		case errors.As(err, &p):
			r.refused(p.title + ": " + p.detail)
			r.keys.dialogs.show(dialog.NewInformation(p.title, p.detail, r.win), func() { r.showDialog(d) })
		case err != nil:
			r.showError(title, err)
		}
	}, r.win)
	d.Resize(size)
	r.showDialog(d)
}
