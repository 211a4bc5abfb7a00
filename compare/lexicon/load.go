package lexicon

import (
	"bufio"
	"fmt"
	"strings"
	"sync"

	"github.com/parley-reader/parley/assets"
)

// Parts of speech, as bits of wordTable.pos and indexes of graph.posStart.
const (
	noun = iota
	verb
	adj
	adv
)

// wordTable is the loaded words.bin. Word i is text[ends[i-1]:ends[i]];
// keeping the words in one string leaves the garbage collector nothing to
// scan.
type wordTable struct {
	text  string
	ends  []int32
	start []int32            // hash index, see index.go
	shift uint32             // hash >> shift is a word's bucket
	pos   string             // part-of-speech bits per word
	score string             // SemCor tag count per word, 2 bytes each
	exc   map[string][]int32 // inflected form -> base words
}

// graph is the loaded graph.bin.
type graph struct {
	posStart [5]int32 // synsets of part of speech p are posStart[p]:posStart[p+1]
	members  table
	hypers   table
	similar  table
	senses   table
	antonyms table
}

var (
	loadWords  = sync.OnceValues(readWords)
	loadGraph  = sync.OnceValues(readGraph)
	loadHedges = sync.OnceValues(readHedges)
)

// Load loads all tables now rather than on first use and reports whether
// their structure is intact. The graph's values are read in place when a
// word is looked up; TestEmbeddedGraphIntact checks them.
func Load() error {
	if _, err := loadWords(); err != nil {
		return err
	}
	if _, err := loadGraph(); err != nil {
		return err
	}
	_, err := loadHedges()
	return err
}

func mustWords() *wordTable {
	w, err := loadWords()
	if err != nil {
		panic(err)
	}
	return w
}

func mustGraph() (*wordTable, *graph) {
	g, err := loadGraph()
	if err != nil {
		panic(err)
	}
	return mustWords(), g
}

func readWords() (*wordTable, error) {
	d, err := open("words.bin", "PLXW2")
	if err != nil {
		return nil, err
	}
	n := d.uint32()
	lens, pos, scores, steps := d.bytes(n), d.bytes(n), d.bytes(2*n), d.bytes(n)
	if d.err != nil {
		return nil, fmt.Errorf("lexicon words: %w", d.err)
	}
	w := &wordTable{ends: make([]int32, n), pos: pos, score: scores}
	end := int32(0)
	for i := range len(lens) {
		end += int32(lens[i])
		w.ends[i] = end
	}
	w.text = d.bytes(int(end))
	exc := d.bytes(d.uint32())
	if d.err != nil {
		return nil, fmt.Errorf("lexicon words: %w", d.err)
	}
	if err := w.buildIndex(steps); err != nil {
		return nil, fmt.Errorf("lexicon words: %w", err)
	}
	if err := w.readExceptions(exc); err != nil {
		return nil, fmt.Errorf("lexicon words: %w", err)
	}
	return w, nil
}

// readExceptions parses the exception list, lines of tab-separated words.
func (w *wordTable) readExceptions(exc string) error {
	w.exc = make(map[string][]int32, strings.Count(exc, "\n"))
	ids := make([]int32, 0, strings.Count(exc, "\t"))
	for line := range strings.Lines(exc) {
		form, bases, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		first := len(ids)
		for bases != "" {
			var base string
			base, bases, _ = strings.Cut(bases, "\t")
			id, ok := w.id(base)
			if !ok {
				return fmt.Errorf("exception %q: base %q is not a word", form, base)
			}
			ids = append(ids, id)
		}
		w.exc[form] = ids[first:len(ids):len(ids)]
	}
	return nil
}

func readGraph() (*graph, error) {
	w, err := loadWords()
	if err != nil {
		return nil, err
	}
	return decodeGraph(len(w.ends))
}

// decodeGraph reads graph.bin for a word table of nw words.
func decodeGraph(nw int) (*graph, error) {
	d, err := open("graph.bin", "PLXG2")
	if err != nil {
		return nil, err
	}
	if n := d.uint32(); n != nw {
		return nil, fmt.Errorf("lexicon graph: %d words, word table has %d", n, nw)
	}
	g := &graph{}
	for p := range 4 {
		g.posStart[p+1] = g.posStart[p] + int32(d.uint32())
	}
	ns := g.posStart[4]
	g.members = d.table(int(ns))
	g.hypers = d.table(int(ns))
	g.similar = d.table(int(ns))
	g.senses = d.table(nw)
	g.antonyms = d.table(nw)
	if d.err != nil {
		return nil, fmt.Errorf("lexicon graph: %w", d.err)
	}
	return g, nil
}

// check verifies that every value of the graph numbers a word of the nw
// words or a synset: the tables are read in place, and a list is looked up
// without a check.
func (g *graph) check(nw int) error {
	ns := g.posStart[4]
	for _, t := range []struct {
		name string
		t    *table
		max  int32
	}{
		{"members", &g.members, int32(nw)}, {"hypernyms", &g.hypers, ns}, {"similar", &g.similar, ns},
		{"senses", &g.senses, ns}, {"antonyms", &g.antonyms, int32(nw)},
	} {
		if err := t.t.check(t.max); err != nil {
			return fmt.Errorf("lexicon graph %s: %w", t.name, err)
		}
	}
	return nil
}

func readHedges() (map[string]bool, error) {
	b, err := assets.Lexicon("hedges.txt")
	if err != nil {
		return nil, err
	}
	hedges := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(b))
	for sc.Scan() {
		if h := strings.TrimSpace(sc.Text()); h != "" {
			hedges[h] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon hedges: %w", err)
	}
	return hedges, nil
}
