package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/importer"
)

// notesArgs is the argument synopsis of `parley notes`.
const notesArgs = "export [--format md|csv|json] [--comparison ID] [--db PATH]\n             " +
	"notes import --comparison ID [--db PATH] FILE.json"

// runNotes is `parley notes export|import`. The arguments are checked in
// full before any library is opened: a mistake creates nothing. Export
// only reads the library (it works where Parley may not write, and never
// creates one); import needs an existing library and a regular file.
func runNotes(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"notes: say export or import (usage: parley notes " + notesArgs + ")"}
	}
	action := args[0]
	if action != "export" && action != "import" {
		return usageError{fmt.Sprintf("notes: unknown action %q; use export or import (usage: parley notes %s)", action, notesArgs)}
	}
	fs := flag.NewFlagSet("notes "+action, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "md", "md, csv or json")
	comparison := fs.Int64("comparison", 0, "comparison id (0: every comparison)")
	dbPath := fs.String("db", "", "library database")
	files, err := parseAnywhere(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return subcommandHelp(stdout, "notes")
		}
		return usageError{fmt.Sprintf("notes %s: %v (usage: parley notes %s)", action, err, notesArgs)}
	}
	if *comparison < 0 {
		return usageError{fmt.Sprintf("notes %s: --comparison takes a comparison's id, not %d", action, *comparison)}
	}
	ctx := context.Background()
	if action == "export" {
		if len(files) != 0 {
			return usageError{"notes export: takes no file; it writes to standard output"}
		}
		if !validFormat(*format) {
			return usageError{fmt.Sprintf("notes export: unknown format %q; use %s", *format, strings.Join(export.NoteFormats, ", "))}
		}
		path, err := libraryPath(*dbPath)
		if err != nil {
			return err
		}
		var sets []data.ComparisonNotes
		store, err := data.OpenReadOnly(path)
		switch {
		case errors.Is(err, data.ErrNoLibrary):
			// Nothing to export, and no library is made for it.
			fmt.Fprintf(stderr, "parley notes export: there is no library at %s yet, so there are no notes\n", path)
		case err != nil:
			return fmt.Errorf("notes export: %w", err)
		default:
			defer store.Close()
			if sets, err = store.NotesByComparison(ctx, *comparison); err != nil {
				return err
			}
		}
		w := bufio.NewWriter(stdout)
		if err := export.WriteNotes(w, *format, sets); err != nil {
			return err
		}
		return w.Flush()
	}
	if len(files) != 1 || *comparison == 0 {
		return usageError{"notes import: needs --comparison ID and one JSON file (usage: parley notes " + notesArgs + ")"}
	}
	f, err := importer.OpenFile(files[0])
	if err != nil {
		return fmt.Errorf("notes import: %w", err)
	}
	defer f.Close()
	path, err := libraryPath(*dbPath)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("notes import: there is no library at %s to import into (use --db PATH for another library)", path)
	}
	store, err := openStore(path)
	if err != nil {
		return fmt.Errorf("notes import: %w", err)
	}
	defer store.Close()
	r, err := store.ImportNotes(ctx, *comparison, f, "")
	if err != nil {
		return fmt.Errorf("notes import: %w", err)
	}
	fmt.Fprintf(stdout, "%s, %d updated, %d could not be placed in the text (kept as %s)\n",
		export.Plural(r.Added, "note added", "notes added"), r.Updated, r.Orphans, map[bool]string{true: "an orphan", false: "orphans"}[r.Orphans == 1])
	switch {
	case r.ReadOnly == 1:
		fmt.Fprintln(stdout, "1 left out: it names a note shared with you, which is read-only")
	case r.ReadOnly > 1:
		fmt.Fprintf(stdout, "%d left out: they name notes shared with you, which are read-only\n", r.ReadOnly)
	}
	return nil
}

func validFormat(f string) bool {
	for _, x := range export.NoteFormats {
		if x == f {
			return true
		}
	}
	return false
}

// libraryPath is path, or the default library's when it is empty.
func libraryPath(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	return data.DefaultPath()
}

// openStore opens (creating it if need be) the library at path, or at the
// default location.
func openStore(path string) (*data.Store, error) {
	path, err := libraryPath(path)
	if err != nil {
		return nil, err
	}
	s, err := data.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w\nUse --db PATH to choose another library file", err)
	}
	return s, nil
}
