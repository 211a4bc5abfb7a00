package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/share"
)

// version is set at build time from cmd/parley/FyneApp.toml by the Makefile.
var version = "0.1.0-dev"

// usageError marks a mistake in the command line; it exits with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

// subcommand is one thing parley does without opening a window.
type subcommand struct {
	name  string
	args  string
	brief string
	run   func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func subcommands() []subcommand {
	return []subcommand{
		{"compare", compareArgs, "print the analysis of two statements (JSON, Markdown, or an HTML handout, worksheet or answer key)", runCompare},
		{"classify", "", "read A<TAB>B sentence pairs on standard input, print one JSON verdict a line", runClassify},
		{"split", splitArgs, "find the speakers an article quotes, their passages and the author's commentary", runSplit},
		{"notes", notesArgs, "export the reader's notes (Markdown, CSV, or W3C Web Annotation JSON) or import annotations", runNotes},
	}
}

// offsetsHelp says what the offsets that compare and split print index.
const offsetsHelp = `Offsets:
  The start and end of a claim (compare --format json) or of a passage or
  commentary span (split) count Unicode code points, [start, end), into the
  "text" the JSON carries: each side's "text" in compare, the top-level
  "text" in split. For a plain text file that text is the file's text as
  read, in NFC: line ends (CRLF too), blank lines and trailing blanks are
  kept and only a byte-order mark is left out, so the offsets index the file
  itself. For Markdown, web pages, Word documents and PDFs it is the text
  Parley takes out of the file. split --format md prints the same offsets
  for the passages (the commentary is listed without them).
`

// subcommandHelp writes the usage of the subcommand called name and what
// its offsets index.
func subcommandHelp(w io.Writer, name string) error {
	for _, c := range subcommands() {
		if c.name == name {
			_, err := fmt.Fprintf(w, "Usage: parley %s %s\n  %s\n\n%s", c.name, c.args, c.brief, offsetsHelp)
			return err
		}
	}
	return fmt.Errorf("no subcommand %q", name)
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `Parley compares two parties' accounts of the same event.

Usage:
  parley [--db PATH] [--present] [--sample] [LEFT RIGHT | SHARED.parley]
                                      open the reader (with no files, the comparison read
                                      last, or the built-in sample the first time)
  parley SUBCOMMAND [ARGS]            work without a window
  parley --version | --help

Subcommands:
`)
	for _, c := range subcommands() {
		fmt.Fprintf(w, "  %-10s %s\n             %s\n", c.name, c.args, c.brief)
	}
	fmt.Fprintf(w, `
Options:
  --db PATH    the library database (default: $%s, else the user data folder)
  --present    start in presentation mode (full screen, one pair at a time; Esc leaves)
  --sample     open the built-in sample, not the comparison read last
  --version    print the version
  --help       print this help

%s`, data.EnvDB, offsetsHelp)
}

// run parses the command line and does what it asks.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		for _, c := range subcommands() {
			if c.name == args[0] {
				return c.run(args[1:], stdin, stdout, stderr)
			}
		}
	}
	fs := flag.NewFlagSet("parley", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dbPath := fs.String("db", "", "library database")
	showVersion := fs.Bool("version", false, "print the version")
	present := fs.Bool("present", false, "open in presentation mode")
	sample := fs.Bool("sample", false, "open the built-in sample")
	help := fs.Bool("help", false, "print help")
	fs.BoolVar(help, "h", false, "print help")
	files, err := parseAnywhere(fs, args)
	if err != nil {
		return usageError{fmt.Sprintf("%v (see parley --help)", err)}
	}
	switch {
	case *help:
		usage(stdout)
		return nil
	case *showVersion:
		fmt.Fprintf(stdout, "parley %s\n", version)
		return nil
	}
	shared := len(files) == 1 && strings.EqualFold(filepath.Ext(files[0]), share.Extension)
	if len(files) != 0 && len(files) != 2 && !shared {
		return usageError{fmt.Sprintf("expected two files to compare or one shared .parley file, got %d (see parley --help)", len(files))}
	}
	// A shared comparison is read here first, so that a file that is not
	// one (or not a file at all) is refused before the library is opened.
	var bundle *share.Bundle
	if shared {
		b, err := share.ReadFile(files[0])
		if err != nil {
			return err
		}
		bundle = &b
	}
	if *sample && len(files) != 0 {
		return usageError{"--sample opens the built-in sample; give it no files (see parley --help)"}
	}
	return openReader(*dbPath, files, bundle, *present, *sample)
}
