package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/importer"
)

// notesArgs is the argument synopsis of `parley notes`.
const notesArgs = "export [--format md|csv|json] [--comparison ID] [--db PATH]\n             " +
	"notes import --comparison ID [--db PATH] FILE.json"

// runNotes is `parley notes export|import`.
func runNotes(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"notes: say export or import (usage: parley notes " + notesArgs + ")"}
	}
	fs := flag.NewFlagSet("notes "+args[0], flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "md", "md, csv or json")
	comparison := fs.Int64("comparison", 0, "comparison id (0: every comparison)")
	dbPath := fs.String("db", "", "library database")
	if err := fs.Parse(args[1:]); err != nil {
		return usageError{fmt.Sprintf("notes %s: %v (usage: parley notes %s)", args[0], err, notesArgs)}
	}
	store, err := openStore(*dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	switch args[0] {
	case "export":
		if fs.NArg() != 0 {
			return usageError{"notes export: takes no file; it writes to standard output"}
		}
		if !validFormat(*format) {
			return usageError{fmt.Sprintf("notes export: unknown format %q; use %s", *format, strings.Join(export.NoteFormats, ", "))}
		}
		sets, err := store.NotesByComparison(ctx, *comparison)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(stdout)
		if err := export.WriteNotes(w, *format, sets); err != nil {
			return err
		}
		return w.Flush()
	case "import":
		if fs.NArg() != 1 || *comparison == 0 {
			return usageError{"notes import: needs --comparison ID and one JSON file (usage: parley notes " + notesArgs + ")"}
		}
		f, err := importer.OpenFile(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("notes import: %w", err)
		}
		defer f.Close()
		r, err := store.ImportNotes(ctx, *comparison, f, "")
		if err != nil {
			return fmt.Errorf("notes import: %w", err)
		}
		fmt.Fprintf(stdout, "%d notes added, %d updated, %d could not be placed in the text (kept as orphans)\n", r.Added, r.Updated, r.Orphans)
		if r.ReadOnly > 0 {
			fmt.Fprintf(stdout, "%d left out: they name notes shared with you, which are read-only\n", r.ReadOnly)
		}
		return nil
	}
	return usageError{fmt.Sprintf("notes: unknown action %q; use export or import", args[0])}
}

func validFormat(f string) bool {
	for _, x := range export.NoteFormats {
		if x == f {
			return true
		}
	}
	return false
}

// openStore opens the library at path, or at the default location.
func openStore(path string) (*data.Store, error) {
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	s, err := data.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w\nUse --db PATH to choose another library file", err)
	}
	return s, nil
}
