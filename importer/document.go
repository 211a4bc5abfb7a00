package importer

import (
	"path"
	"strings"

	"github.com/parley-reader/parley/compare"
)

// Document is the statement an imported document makes, as the command
// line and the window both compare it: the party is the one the document
// names, else its author, else its file name; the language carries the
// translation note; the source is the file or address it came from.
func (d Doc) Document() compare.Document {
	party := d.Party
	if party == "" {
		party = d.Author
	}
	if party == "" {
		base := path.Base(strings.ReplaceAll(d.Name, `\`, "/"))
		party = strings.TrimSuffix(base, path.Ext(base))
	}
	return compare.Document{Meta: compare.Meta{Title: d.Title, Party: party, Source: d.Name, Outlet: d.Outlet, URL: d.URL, Date: d.Date,
		Language: strings.TrimSpace(d.Language + " " + d.Note)}, Text: d.Text}
}
