package assets

import (
	"embed"
	"fmt"
)

//go:embed lexicon
var lexicon embed.FS

// Lexicon returns the named table of the lexical database that package
// compare/lexicon reads, such as "words.bin"; assets/lexicon/README.md
// lists the tables and where they come from.
func Lexicon(name string) ([]byte, error) {
	b, err := lexicon.ReadFile("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("lexicon table %s: %w", name, err)
	}
	return b, nil
}
