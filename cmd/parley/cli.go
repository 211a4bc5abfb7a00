package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/internal/prettyjson"
)

// compareArgs is the argument synopsis of `parley compare`.
const compareArgs = "[--format json|md|html|worksheet|answers] LEFT RIGHT"

// runCompare is `parley compare [--format FORMAT] LEFT RIGHT`: the analysis
// as JSON, a Markdown report, or an HTML handout, worksheet or answer key.
// For JSON, plain text files are read as they are, so that the claims'
// offsets index them.
func runCompare(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "json", "json, md, html, worksheet or answers")
	files, err := parseAnywhere(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return subcommandHelp(stdout, "compare")
		}
		return usageError{fmt.Sprintf("compare: %v (usage: parley compare %s)", err, compareArgs)}
	}
	if len(files) != 2 {
		return usageError{"compare: expected two files (usage: parley compare " + compareArgs + ")"}
	}
	handouts := map[string]export.Kind{"html": export.FullHandout, "worksheet": export.Worksheet, "answers": export.AnswerKey}
	if _, ok := handouts[*format]; !ok && *format != "json" && *format != "md" {
		return usageError{fmt.Sprintf("compare: unknown format %q; use json, md, html, worksheet or answers", *format)}
	}
	// The JSON's offsets index each side's text, which for a plain text
	// file is the file's text as read; the reports and handouts show the
	// text in its canonical form.
	left, right, err := statements(files, importer.Options{AsRead: *format == "json"})
	if err != nil {
		return err
	}
	res, err := compare.Compare(left, right)
	if err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	w := bufio.NewWriter(stdout)
	if kind, ok := handouts[*format]; ok {
		err = export.HTML(w, res, export.HandoutOptions{Kind: kind})
	} else if *format == "md" {
		err = export.Markdown(w, res)
	} else {
		err = prettyjson.Encode(w, res)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

// runClassify is `parley classify`: one A<TAB>B pair a line on standard
// input, one JSON verdict a line on standard output. A line without a tab
// gets an error object, and the run goes on.
func runClassify(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) != 0 {
		return usageError{"classify: takes no arguments; it reads A<TAB>B lines on standard input"}
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	line, bad := 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		a, b, ok := strings.Cut(text, "\t")
		if !ok {
			bad++
			if err := enc.Encode(map[string]string{"error": fmt.Sprintf("line %d has no tab between the two sentences", line)}); err != nil {
				return err
			}
			continue
		}
		a, b = strings.ToValidUTF8(a, "\uFFFD"), strings.ToValidUTF8(b, "\uFFFD")
		if err := enc.Encode(compare.Classify(a, b)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("classify: line %d: %w", line+1, err)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		was := map[bool]string{true: "was", false: "were"}[bad == 1]
		fmt.Fprintf(stderr, "parley classify: %d of %s had no tab and %s not classified\n", bad, export.Plural(line, "line", "lines"), was)
	}
	return nil
}
