package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/internal/prettyjson"
)

// splitArgs is the argument synopsis of `parley split`.
const splitArgs = "[--format json|md] ARTICLE"

// runSplit is `parley split [--format json|md] ARTICLE`: the speakers an
// article quotes, their passages and the author's commentary, with offsets
// into the article's text as read (a plain text file is not put in the
// canonical form). The JSON carries that text.
func runSplit(args []string, _ io.Reader, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("split", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "json", "json or md")
	files, err := parseAnywhere(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return subcommandHelp(stdout, "split")
		}
		return usageError{fmt.Sprintf("split: %v (usage: parley split %s)", err, splitArgs)}
	}
	if len(files) != 1 {
		return usageError{"split: expected one article (usage: parley split " + splitArgs + ")"}
	}
	if *format != "json" && *format != "md" {
		return usageError{fmt.Sprintf("split: unknown format %q; use json or md", *format)}
	}
	doc, err := importer.Options{AsRead: true}.Import(files[0])
	if err != nil {
		return err
	}
	s := importer.SplitArticle(doc.Text)
	if *format == "md" {
		_, err = io.WriteString(stdout, s.Markdown(doc.Text))
		return err
	}
	return prettyjson.Encode(stdout, s)
}
