package importer

import (
	"cmp"
	"strings"

	"github.com/parley-reader/parley/compare"
)

// Document is the statement an imported document makes, as the command
// line and the window both compare it: the party is the one the document
// names (in its metadata, or as findParty finds it in its headings, title
// and first lines), else its author (unless a word processor's placeholder
// such as "Microsoft Office User"), else its file name without the
// extension, underscores and hyphens read as spaces; a party is cut to 80
// code points at a word. The language carries the translation note; the
// source is the file or address it came from.
func (d Doc) Document() compare.Document {
	party := cmp.Or(clipWords(clean(d.Party), maxPartyLen), authorParty(d.Author), fileParty(d.Name))
	return compare.Document{Meta: compare.Meta{Title: d.Title, Party: party, Source: d.Name, Outlet: d.Outlet, URL: d.URL, Date: d.Date,
		Language: strings.TrimSpace(d.Language + " " + d.Note)}, Text: d.Text}
}
