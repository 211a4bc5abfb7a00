package ui

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/ui/reading"
)

// editSources edits where each statement came from: party, title, outlet,
// address, date and language note. The panes' headers and every export
// show them.
func (r *Reader) editSources() {
	if r.model == nil {
		return
	}
	r.showForm("Sources", "Save", newSourcesForm(r.docs, r.setSources), fyne.NewSize(900, 420))
}

// sourcesForm edits the two statements' sources (Ctrl+I).
type sourcesForm struct {
	entries [2][6]*keyEntry // party, title, outlet, address, date, language
	from    [2]string       // each statement's file or citation, kept as it is
	save    func([2]compare.Meta)
}

var sourceLabels = [6]string{"Party", "Title", "Outlet", "Address", "Date", "Language"}

func newSourcesForm(docs [2]compare.Document, save func([2]compare.Meta)) *sourcesForm {
	f := &sourcesForm{save: save}
	for i, d := range docs {
		f.from[i] = d.Source
		for k, v := range [6]string{d.Party, d.Title, d.Outlet, d.URL, d.Date, d.Language} {
			f.entries[i][k] = newKeyEntry()
			f.entries[i][k].SetText(v)
		}
	}
	return f
}

func (f *sourcesForm) content() fyne.CanvasObject {
	var cols [2]fyne.CanvasObject
	for i, heading := range [2]string{"Left statement", "Right statement"} {
		form := widget.NewForm()
		for k, label := range sourceLabels {
			form.Append(label, f.entries[i][k])
		}
		cols[i] = container.NewVBox(widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), form)
	}
	return container.NewGridWithColumns(2, cols[0], cols[1])
}

// apply saves the sources as the reader wrote them.
func (f *sourcesForm) apply() error {
	var metas [2]compare.Meta
	for i := range metas {
		e := f.entries[i]
		metas[i] = compare.Meta{Party: trim(e[0]), Title: trim(e[1]), Outlet: trim(e[2]), URL: trim(e[3]), Date: trim(e[4]),
			Language: trim(e[5]), Source: f.from[i]}
	}
	f.save(metas)
	return nil
}

func trim(e *keyEntry) string { return strings.TrimSpace(e.Text) }

// setSources shows and keeps where the two statements came from; their
// texts are not changed.
func (r *Reader) setSources(metas [2]compare.Meta) {
	for i, meta := range metas {
		r.docs[i].Meta = meta
		r.model.SetSource(reading.Side(i), meta)
		r.panes[i].header(meta)
	}
	r.persistSources()
}

// persistSources keeps both statements' sources in the library.
func (r *Reader) persistSources() {
	docs := r.docs
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
		for i, id := range k.docs {
			if err := s.UpdateSource(ctx, id, data.DocumentOf(docs[i])); err != nil {
				return err
			}
		}
		return nil
	}, r.failed("The sources were not kept"))
}

// editText edits the focused statement's text. The reader's notes on it
// re-anchor to the new text; those whose words are gone are kept as
// orphans with their quotes.
func (r *Reader) editText() {
	if r.model == nil {
		return
	}
	side := r.sel.Focus
	title := fmt.Sprintf("Edit the %s statement (%s)", side, cmp.Or(r.docs[side].Party, "untitled"))
	f := newTextForm(r.docs[side].Text, func(text string) { r.replaceText(side, text) })
	r.showForm(title, "Save and compare again", f, fyne.NewSize(900, 600))
}

// textForm edits one statement's text.
type textForm struct {
	entry *keyEntry
	old   string
	save  func(text string)
}

func newTextForm(text string, save func(string)) *textForm {
	f := &textForm{entry: newMultiLineKeyEntry(), old: text, save: save}
	f.entry.SetText(text)
	return f
}

func (f *textForm) content() fyne.CanvasObject { return f.entry }

// apply saves the text, NFC-normalised, when it changed; an empty
// statement is refused.
func (f *textForm) apply() error {
	text := norm.NFC.String(f.entry.Text)
	if strings.TrimSpace(text) == "" {
		return problem{"The statement is empty", "A statement needs some text; nothing was changed."}
	}
	if text != f.old {
		f.save(text)
	}
	return nil
}

// replaceText puts new text on one side, re-anchors the notes on it in the
// library and compares again.
func (r *Reader) replaceText(side reading.Side, text string) {
	docs := r.docs
	docs[side].Text = text
	var res data.Reanchored
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) (err error) {
		if k.docs[side] == 0 {
			return nil
		}
		res, err = s.UpdateDocumentText(ctx, k.docs[side], text)
		return err
	}, func(err error) {
		if err != nil {
			r.showError("The notes could not be moved to the new text", err)
			return
		}
		r.status.say(fmt.Sprintf("Notes on the new text: %d in place, %d moved, %d found approximately, %d no longer in the text",
			res.Exact, res.Moved, res.Fuzzy, res.Orphan))
	})
	r.Open(docs[0], docs[1])
}

// header shows a statement's party and source above its pane. Each is
// clipped to what a header can show, so that a party name or author of
// megabytes (a hostile file's) costs the window no more to measure than a
// sentence does.
func (p *pane) header(d compare.Meta) {
	party := cmp.Or(d.Party, d.Title, "Untitled")
	p.party.SetText(clip(party, maxHeaderLen))
	var meta []string
	for _, s := range []string{d.Title, d.Outlet, d.Date, d.Language, d.URL, sourceLabel(d.Source, party)} {
		if s != "" && s != party {
			meta = append(meta, clip(s, maxHeaderLen))
		}
	}
	p.meta.SetText(clip(strings.Join(meta, " · "), 2*maxHeaderLen))
}

// sourceLabel is how a header names where a statement was read from: a
// file by its name, not its folder, and not at all when the party is that
// name (the party of a file that names no speaker is its file name).
func sourceLabel(source, party string) string {
	if source == "" || strings.Contains(source, "://") {
		return source
	}
	name := filepath.Base(source)
	bare := strings.NewReplacer("_", " ", "-", " ").Replace(strings.TrimSuffix(name, filepath.Ext(name)))
	if strings.EqualFold(strings.Join(strings.Fields(bare), " "), strings.Join(strings.Fields(party), " ")) {
		return ""
	}
	return name
}

// maxHeaderLen is the most of one name a header or a heading shows, in
// code points: two lines of a pane at its widest.
const maxHeaderLen = 160

// clip is at most n code points of s, with an ellipsis when it is cut. It
// looks at no more of s than it keeps.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}
