package main

import "flag"

// parseAnywhere parses the flags in args wherever they stand, before,
// between or after the file names (as `parley FILE.parley --db X`), and
// returns the other arguments in order. "--" ends the flags: everything
// after it is an argument, even if it starts with a dash.
func parseAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}
