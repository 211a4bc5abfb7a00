package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/share"
	"github.com/parley-reader/parley/ui/reading"
)

// sideForm edits one side of a new comparison: its text and its source.
type sideForm struct {
	party, title, outlet, url, date, language *keyEntry
	text                                      *keyEntry
	source                                    string // the file or address the text came from
	status                                    *widget.Label
	content                                   fyne.CanvasObject
}

// newSideForm builds one side's form; importFile and fetch ask for a file
// or a web address and hand the document they bring to load.
func newSideForm(heading string, importFile, fetch func(load func(importer.Doc))) *sideForm {
	f := &sideForm{
		party: newKeyEntry(), title: newKeyEntry(), outlet: newKeyEntry(),
		url: newKeyEntry(), date: newKeyEntry(), language: newKeyEntry(),
		text: newMultiLineKeyEntry(), status: widget.NewLabel(""),
	}
	f.party.SetPlaceHolder("Who speaks: a government, a company, a witness…")
	f.title.SetPlaceHolder("Title of the statement")
	f.outlet.SetPlaceHolder("Where it was published")
	f.url.SetPlaceHolder("https://…")
	f.date.SetPlaceHolder("Date, e.g. 7 July 2018")
	f.language.SetPlaceHolder("Language or translation note")
	f.text.SetPlaceHolder("Paste the statement here, open a file, or drop one on this window.")
	f.text.Wrapping = fyne.TextWrapWord
	f.status.Wrapping = fyne.TextWrapWord
	openFile := widget.NewButton("Open file…", func() { importFile(f.load) })
	openAddress := widget.NewButton("Open address…", func() { fetch(f.load) })
	title := widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	form := widget.NewForm(
		widget.NewFormItem("Party", f.party),
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Outlet", f.outlet),
		widget.NewFormItem("Address", f.url),
		widget.NewFormItem("Date", f.date),
		widget.NewFormItem("Language", f.language),
	)
	top := container.NewVBox(container.NewBorder(nil, nil, title, container.NewHBox(openAddress, openFile)), form)
	f.content = container.NewBorder(top, f.status, nil, nil, f.text)
	return f
}

// load fills the form from an imported document; a field the document
// leaves empty keeps what the reader typed there.
func (f *sideForm) load(d importer.Doc) {
	doc := d.Document()
	if d.Party == "" && d.Author == "" && f.party.Text != "" {
		doc.Party = "" // a file name only: keep the party the reader typed
	}
	f.text.SetText(doc.Text)
	f.source = doc.Source
	for _, kv := range f.fields(doc) {
		if kv.v != "" {
			kv.e.SetText(kv.v)
		}
	}
	f.status.SetText(fmt.Sprintf("Imported %s (%s).", filepath.Base(d.Name), d.Format))
}

// fields pairs each entry of the form with its field of d.
func (f *sideForm) fields(d compare.Document) []struct {
	e *keyEntry
	v string
} {
	return []struct {
		e *keyEntry
		v string
	}{{f.party, d.Party}, {f.title, d.Title}, {f.outlet, d.Outlet}, {f.url, d.URL}, {f.date, d.Date}, {f.language, d.Language}}
}

// setDocument fills the form with a statement, as splitting an article
// proposes it.
func (f *sideForm) setDocument(d compare.Document) {
	f.text.SetText(d.Text)
	f.source = d.Source
	for _, kv := range f.fields(d) {
		kv.e.SetText(kv.v)
	}
}

// document returns the side as the engine takes it.
func (f *sideForm) document() compare.Document {
	return compare.Document{Meta: compare.Meta{Party: strings.TrimSpace(f.party.Text), Title: strings.TrimSpace(f.title.Text),
		Source: f.source, Outlet: strings.TrimSpace(f.outlet.Text), URL: strings.TrimSpace(f.url.Text),
		Date: strings.TrimSpace(f.date.Text), Language: strings.TrimSpace(f.language.Text)}, Text: f.text.Text}
}

// newComparison opens the dialog that starts a comparison: paste or open a
// statement for each side, or import an article that quotes both and split it.
func (r *Reader) newComparison() {
	importFile := func(load func(importer.Doc)) {
		r.choosePath(statementFiles, func(path string) {
			r.importFiles([]string{path}, func(ds []importer.Doc) { load(ds[0]) })
		})
	}
	f := newComparisonForm(importFile, r.fetch, r.splitArticle, r.Open)
	size := r.win.Canvas().Size()
	r.showForm("New comparison", "Compare", f, fyne.NewSize(min(size.Width-40, 1200), min(size.Height-40, 760)))
}

// comparisonForm is the new-comparison dialog: a form for each side, and
// a button that imports an article quoting both and splits it.
type comparisonForm struct {
	sides      [2]*sideForm
	importFile func(load func(importer.Doc))
	split      func(article importer.Doc, use func(left, right compare.Document))
	open       func(left, right compare.Document)
}

func newComparisonForm(importFile, fetch func(load func(importer.Doc)),
	split func(importer.Doc, func(left, right compare.Document)), open func(left, right compare.Document)) *comparisonForm {
	return &comparisonForm{
		sides:      [2]*sideForm{newSideForm("Left statement", importFile, fetch), newSideForm("Right statement", importFile, fetch)},
		importFile: importFile, split: split, open: open,
	}
}

func (f *comparisonForm) content() fyne.CanvasObject {
	split := widget.NewButton("Import an article that quotes both sides…", func() {
		f.importFile(func(article importer.Doc) { f.split(article, f.fill) })
	})
	return container.NewBorder(nil, split, nil, nil, container.NewGridWithColumns(2, f.sides[0].content, f.sides[1].content))
}

// fill puts two statements in the forms, as splitting an article gives them.
func (f *comparisonForm) fill(left, right compare.Document) {
	f.sides[0].setDocument(left)
	f.sides[1].setDocument(right)
}

// apply opens the two statements; a side without text is refused.
func (f *comparisonForm) apply() error {
	left, right := f.sides[0].document(), f.sides[1].document()
	for i, doc := range []compare.Document{left, right} {
		if strings.TrimSpace(doc.Text) == "" {
			return problem{"A statement is missing", fmt.Sprintf("The %s side has no text. Paste it or open a file.", reading.Side(i))}
		}
	}
	f.open(left, right)
	return nil
}

// The kinds of file the Open dialogs list; other files are not shown.
var (
	statementFiles = importer.Extensions()
	notesFiles     = []string{".json", ".jsonld"}
	sharedFiles    = []string{".parley"}
)

// choosePath asks for a file to open, listing the files with one of the
// extensions.
func (r *Reader) choosePath(extensions []string, done func(path string)) {
	fd := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			r.showError("The file could not be opened", err)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		done(path)
	}, r.win)
	fd.SetFilter(storage.NewExtensionFileFilter(extensions))
	fd.Resize(fyne.NewSize(900, 600))
	r.showDialog(fd)
}

// importFiles imports files off the UI goroutine with a progress dialog;
// done runs on the UI goroutine with the documents in order, only when
// every file imported.
func (r *Reader) importFiles(paths []string, done func([]importer.Doc)) {
	bar := widget.NewProgressBar()
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	job, end := r.startImport("Importing "+strings.Join(names, " and "), bar)
	r.background(func() {
		docs := make([]importer.Doc, len(paths))
		var err error
		for i, path := range paths {
			opt := importer.Options{Context: job.ctx, Progress: func(n, total int) {
				f := (float64(i) + float64(n)/float64(max(total, 1))) / float64(len(paths))
				fyne.Do(func() { bar.SetValue(f) })
			}}
			if docs[i], err = opt.Import(path); err != nil {
				break
			}
		}
		err = job.err(err)
		fyne.Do(func() {
			end()
			if r.cancelled(job, err) {
				return
			}
			if err != nil {
				r.showError("Parley cannot use this file", err)
				return
			}
			done(docs)
		})
	})
}

// openInto replaces one side's statement with a file and compares again.
func (r *Reader) openInto(side reading.Side, path string) {
	r.importFiles([]string{path}, func(ds []importer.Doc) {
		docs := r.docs
		docs[side] = ds[0].Document()
		r.Open(docs[0], docs[1])
	})
}

// openFile is File → Open: a file into the pane that has the focus.
func (r *Reader) openFile() {
	side := r.sel.Focus
	r.choosePath(statementFiles, func(path string) { r.openInto(side, path) })
}

// dropped opens files dropped on the window: one file goes into the pane
// it was dropped on; two files become the two sides.
func (r *Reader) dropped(pos fyne.Position, uris []fyne.URI) {
	switch {
	case len(uris) == 0:
	case strings.EqualFold(filepath.Ext(uris[0].Path()), share.Extension):
		r.OpenSharedFile(uris[0].Path())
	case len(uris) >= 2:
		r.importFiles([]string{uris[0].Path(), uris[1].Path()}, func(ds []importer.Doc) {
			r.Open(ds[0].Document(), ds[1].Document())
		})
	case pos.X > r.win.Canvas().Size().Width/2:
		r.openInto(reading.Right, uris[0].Path())
	default:
		r.openInto(reading.Left, uris[0].Path())
	}
}

// fetch asks for a web address and fetches it, only now that the reader
// asks, with a time-out and a size limit; load gets the page.
func (r *Reader) fetch(load func(importer.Doc)) {
	addr := widget.NewEntry()
	addr.SetPlaceHolder("https://…")
	r.showDialog(dialog.NewForm("Open a web page", "Fetch", "Cancel", []*widget.FormItem{widget.NewFormItem("Address", addr)}, func(ok bool) {
		url := strings.TrimSpace(addr.Text)
		if !ok || url == "" {
			return
		}
		job, end := r.startImport("Fetching "+url, widget.NewProgressBarInfinite())
		r.background(func() {
			doc, err := importer.FetchURL(job.ctx, url)
			err = job.err(err)
			fyne.Do(func() {
				end()
				if r.cancelled(job, err) {
					return
				}
				if err != nil {
					r.showError("The page could not be used", err)
					return
				}
				load(doc)
			})
		})
	}, r.win))
}
