// Command parley is a desktop reader for comparing two parties' accounts of
// the same event. Run without arguments it reopens the comparison read last
// (the built-in sample the first time, or with --sample); with two file
// names it compares those files, with one .parley file it opens a shared
// comparison; its subcommands work without a window.
package main

import (
	"fmt"
	"os"

	// Before Fyne reads the locale: under C.UTF-8 it printed an error on
	// every start.
	_ "github.com/parley-reader/parley/cmd/parley/internal/localeenv"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(exitCode(err))
	}
}
