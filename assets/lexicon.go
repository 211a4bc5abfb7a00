package assets

import (
	_ "embed"
	"fmt"
	"io/fs"
)

// The tables of the lexical database, embedded as strings so that reading
// them copies nothing: the pages of a table a comparison never reads stay
// on disk.
var (
	//go:embed lexicon/words.bin
	lexiconWords string
	//go:embed lexicon/graph.bin
	lexiconGraph string
	//go:embed lexicon/hedges.txt
	lexiconHedges string
)

// Lexicon returns the named table of the lexical database that package
// compare/lexicon reads, such as "words.bin"; assets/lexicon/README.md
// lists the tables and where they come from.
func Lexicon(name string) (string, error) {
	switch name {
	case "words.bin":
		return lexiconWords, nil
	case "graph.bin":
		return lexiconGraph, nil
	case "hedges.txt":
		return lexiconHedges, nil
	}
	return "", fmt.Errorf("lexicon table %s: %w", name, fs.ErrNotExist)
}
