package lexicon

import (
	"cmp"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/parley-reader/parley/assets"
)

// The tables are written by tools/genlexicon and embedded uncompressed, in
// fixed-width little-endian numbers, and read in place: loading walks only
// the short per-word and per-list columns, and a list's values are read
// when it is looked up, so that a comparison touches only the pages of the
// words it meets. Decompressing or decoding varints took longer than all
// the rest; copying the tables out of the binary took half the load.
//
// words.bin: "PLXW2"; the word count n (4 bytes); n word lengths (1 byte
// each); n part-of-speech bit sets (1 byte: noun 1, verb 2, adjective 4,
// adverb 8); n SemCor tag counts (2 bytes, capped); n hash bucket steps (1
// byte: a word's bucket less the previous word's); the words back to back;
// the length of the exception list (4 bytes) and the list, one line per
// inflected form: the form and its bases (of nouns, verbs, then adjectives),
// separated by tabs. The words are in hash order, see index.go.
//
// graph.bin: "PLXG2"; the word count (4 bytes); the number of noun, verb,
// adjective and adverb synsets, numbered in that order (4 bytes each); then
// five tables of lists: synset members (words), synset hypernyms
// (synsets), synset similar-to links (synsets), word senses (synsets) and
// word antonyms (words, sorted). A table is its number of lists (4 bytes),
// their lengths (1 byte each) and their values back to back (3 bytes each).

var errTruncated = errors.New("truncated table")

// decoder reads a table, remembering the first error.
type decoder struct {
	b   string
	err error
}

// bytes returns the next n bytes, or "" once the table is short.
func (d *decoder) bytes(n int) string {
	if n < 0 || n > len(d.b) {
		if d.err == nil {
			d.err = errTruncated
		}
		d.b = ""
		return ""
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

// uint32 reads a 4-byte number.
func (d *decoder) uint32() int {
	if b := d.bytes(4); len(b) == 4 {
		return int(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	}
	return 0
}

// table holds numbered lists of numbers back to back.
type table struct {
	off []int32 // list i is val[off[i]:off[i+1]], counted in values
	val list
}

// at returns list i.
func (t *table) at(i int32) list { return t.val[3*t.off[i] : 3*t.off[i+1]] }

// list is a list of numbers below 2^24, 3 bytes each, little-endian.
type list string

// len returns the number of values in l.
func (l list) len() int { return len(l) / 3 }

// get returns value k of l.
func (l list) get(k int) int32 {
	return int32(l[3*k]) | int32(l[3*k+1])<<8 | int32(l[3*k+2])<<16
}

// has reports whether l holds v.
func (l list) has(v int32) bool {
	for k := range l.len() {
		if l.get(k) == v {
			return true
		}
	}
	return false
}

// sortedHas reports whether l, sorted, holds v.
func (l list) sortedHas(v int32) bool {
	k := sort.Search(l.len(), func(m int) bool { return l.get(m) >= v })
	return k < l.len() && l.get(k) == v
}

// appendTo appends the values of l to dst.
func (l list) appendTo(dst []int32) []int32 {
	for k := range l.len() {
		dst = append(dst, l.get(k))
	}
	return dst
}

// table reads a table of n lists. It reads only the lengths: a value is
// read when its list is looked up, and check verifies the values.
func (d *decoder) table(n int) table {
	if d.uint32() != n {
		d.err = cmp.Or(d.err, errors.New("wrong number of lists"))
		return table{}
	}
	lens := d.bytes(n)
	if len(lens) != n {
		return table{}
	}
	t := table{off: make([]int32, n+1)}
	for i := range n {
		t.off[i+1] = t.off[i] + int32(lens[i])
	}
	vals := d.bytes(3 * int(t.off[n]))
	if d.err != nil {
		return table{}
	}
	t.val = list(vals)
	return t
}

// check reports a value of t of max or more.
func (t *table) check(max int32) error {
	for k := range t.val.len() {
		if v := t.val.get(k); v >= max {
			return fmt.Errorf("number %d out of range", v)
		}
	}
	return nil
}

// open returns a decoder for a table after checking its magic string.
func open(name, magic string) (*decoder, error) {
	b, err := assets.Lexicon(name)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(b, magic) {
		return nil, fmt.Errorf("lexicon table %s: not a %s table", name, magic)
	}
	return &decoder{b: b[len(magic):]}, nil
}
