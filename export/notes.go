package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-reader/parley/anchor"
	"github.com/parley-reader/parley/data"
)

// NoteFormats lists the formats WriteNotes writes, by the name the command
// line uses.
var NoteFormats = []string{"md", "csv", "json"}

// WriteNotes writes the notes in the named format: "md" (NotesMarkdown),
// "csv" (NotesCSV) or "json" (NotesJSON).
func WriteNotes(w io.Writer, format string, sets []data.ComparisonNotes) error {
	switch format {
	case "md":
		return NotesMarkdown(w, sets)
	case "csv":
		return NotesCSV(w, sets)
	case "json":
		return NotesJSON(w, sets)
	}
	return fmt.Errorf("notes cannot be written as %q: choose one of %s", format, strings.Join(NoteFormats, ", "))
}

// NotesMarkdown writes the notes as Markdown: a section per comparison,
// and for each note the side and party it is on, its quote, its highlight
// colour and tags, and its body (already Markdown, written as it is).
func NotesMarkdown(w io.Writer, sets []data.ComparisonNotes) error {
	b := &strings.Builder{}
	b.WriteString("# Notes\n")
	for _, set := range sets {
		c := set.Comparison
		fmt.Fprintf(b, "\n## %s\n\n", mdText(titleOf(c)))
		fmt.Fprintf(b, "Left: %s · Right: %s\n", mdText(docLine(c.Left)), mdText(docLine(c.Right)))
		if len(set.Notes) == 0 {
			b.WriteString("\nNo notes.\n")
		}
		for _, n := range set.Notes {
			b.WriteString("\n" + strings.Join(noteBlocks(c, n), "\n\n") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// noteBlocks are the Markdown paragraphs of one note: a heading naming
// where it is, its quotes, its colour and tags, and its body.
func noteBlocks(c data.LibraryEntry, n data.Note) []string {
	var places []string
	for _, t := range n.Targets {
		places = append(places, fmt.Sprintf("%s (%s)", partyOf(c, t.Side), t.Side))
	}
	blocks := []string{"### " + mdText(strings.Join(places, " and "))}
	for _, t := range n.Targets {
		q := "> " + mdText(t.Exact)
		if t.State == anchor.Orphan {
			q += "\n>\n> *(no longer found in the text)*"
		}
		blocks = append(blocks, q)
	}
	var facts []string
	if n.Colour != data.NoColour {
		facts = append(facts, "highlighted "+string(n.Colour))
	}
	if len(n.Tags) > 0 {
		tags := make([]string, len(n.Tags))
		for i, t := range n.Tags {
			tags[i] = "#" + mdText(t)
		}
		facts = append(facts, "tags: "+strings.Join(tags, " "))
	}
	if len(facts) > 0 {
		blocks = append(blocks, "*"+strings.Join(facts, " · ")+"*")
	}
	if body := strings.TrimSpace(n.Body); body != "" {
		blocks = append(blocks, body)
	}
	return blocks
}

// titleOf is the comparison's title, or its parties when it has none.
func titleOf(c data.LibraryEntry) string {
	if c.Title != "" {
		return c.Title
	}
	return partyOf(c, data.Left) + " / " + partyOf(c, data.Right)
}

// partyOf names a side of the comparison by its party, else its title.
func partyOf(c data.LibraryEntry, side data.Side) string {
	d := c.Left
	if side == data.Right {
		d = c.Right
	}
	for _, s := range []string{d.Party, d.Title} {
		if s != "" {
			return s
		}
	}
	return "Untitled"
}

// docLine describes a document by party, title and source.
func docLine(d data.DocumentInfo) string {
	var parts []string
	for _, s := range []string{d.Party, d.Title, d.Source} {
		if s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "Untitled"
	}
	return strings.Join(parts, ", ")
}

// NotesCSVHeader is the first row NotesCSV writes; the columns keep this
// order.
var NotesCSVHeader = []string{"id", "comparison", "side", "start", "end", "quote", "body", "colour", "tags", "created", "updated"}

// NotesCSV writes the notes as CSV, one row per note under NotesCSVHeader:
// the note's urn:uuid, the comparison's title, the side ("left", "right",
// or "both" for a pair, whose start and end are then those on the left and
// whose quotes are joined by " / "), code-point offsets, the quote, the
// Markdown body, the colour, the tags joined by "; ", and the times. A cell
// that a spreadsheet would run as a formula is prefixed with an apostrophe.
func NotesCSV(w io.Writer, sets []data.ComparisonNotes) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(NotesCSVHeader); err != nil {
		return fmt.Errorf("write notes as CSV: %w", err)
	}
	for _, set := range sets {
		for _, n := range set.Notes {
			side := string(n.Targets[0].Side)
			var quotes []string
			for _, t := range n.Targets {
				quotes = append(quotes, t.Exact)
			}
			if len(n.Targets) > 1 {
				side = "both"
			}
			row := []string{n.UID, cell(titleOf(set.Comparison)), side,
				strconv.Itoa(n.Targets[0].Start), strconv.Itoa(n.Targets[0].End),
				cell(strings.Join(quotes, " / ")), cell(n.Body), string(n.Colour), cell(strings.Join(n.Tags, "; ")),
				n.CreatedAt, n.UpdatedAt}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("write notes as CSV: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write notes as CSV: %w", err)
	}
	return nil
}

// cell keeps a spreadsheet from running text as a formula: text starting
// with =, +, @, a tab, a carriage return, or a minus not followed by a
// space (so a Markdown list stays as it is) gets a leading apostrophe.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if len(s) > 1 && s[1] != ' ' {
			return "'" + s
		}
	}
	return s
}

// NotesJSON writes the notes as a W3C Web Annotation collection
// (data.Annotations), which data.Store.ImportAnnotations reads back.
func NotesJSON(w io.Writer, sets []data.ComparisonNotes) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(data.Annotations(sets)); err != nil {
		return fmt.Errorf("write notes as JSON: %w", err)
	}
	return nil
}
