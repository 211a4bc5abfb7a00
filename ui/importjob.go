package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// importJob is an import under way (files, a web page): the context
// passed to the importer, which the Cancel button of its progress dialog
// cancels.
type importJob struct {
	ctx    context.Context
	cancel context.CancelFunc
	what   string // what is imported, for the message when it is cancelled
}

// startImport shows a progress dialog with a Cancel button for an import
// of what, and returns the job whose context the import must use; end
// hides the dialog.
func (r *Reader) startImport(what string, progress fyne.CanvasObject) (job *importJob, end func()) {
	ctx, cancel := context.WithCancel(context.Background())
	job = &importJob{ctx: ctx, cancel: cancel, what: what}
	r.opening.importing = job
	d := dialog.NewCustom(what, "Cancel", progress, r.win)
	r.keys.dialogs.show(d, cancel)
	return job, func() {
		d.Hide()
		cancel()
		if r.opening.importing == job {
			r.opening.importing = nil
		}
	}
}

// err is the import's error: the importer's, or that the reader cancelled
// it even when the work had finished before the importer looked.
func (j *importJob) err(err error) error {
	if err == nil {
		err = j.ctx.Err()
	}
	return err
}

// cancelled tells the reader an import stopped because they cancelled it,
// and reports whether it did.
func (r *Reader) cancelled(j *importJob, err error) bool {
	if !errors.Is(err, context.Canceled) {
		return false
	}
	r.status.say(j.what + ": cancelled; nothing was opened.")
	return true
}
