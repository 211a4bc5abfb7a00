package lexicon

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/parley-reader/parley/assets"
)

// The tables are written by tools/genlexicon and embedded uncompressed, in
// fixed-width little-endian numbers that load with a few sequential passes:
// decompressing or decoding varints took longer than all the rest.
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
	b   []byte
	err error
}

// bytes returns the next n bytes, or nil once the table is short.
func (d *decoder) bytes(n int) []byte {
	if n < 0 || n > len(d.b) {
		if d.err == nil {
			d.err = errTruncated
		}
		d.b = nil
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

// uint32 reads a 4-byte number.
func (d *decoder) uint32() int {
	if b := d.bytes(4); b != nil {
		return int(binary.LittleEndian.Uint32(b))
	}
	return 0
}

// table holds numbered lists of numbers back to back.
type table struct {
	off []int32 // list i is val[off[i]:off[i+1]]
	val []int32
}

func (t *table) at(i int32) []int32 { return t.val[t.off[i]:t.off[i+1]] }

// table reads a table of n lists, each value below max.
func (d *decoder) table(n int, max int32) table {
	if d.uint32() != n {
		d.err = cmp.Or(d.err, errors.New("wrong number of lists"))
		return table{}
	}
	lens := d.bytes(n)
	t := table{off: make([]int32, n+1)}
	for i, l := range lens {
		t.off[i+1] = t.off[i] + int32(l)
	}
	vals := d.bytes(3 * int(t.off[n]))
	if vals == nil {
		return table{}
	}
	t.val = make([]int32, t.off[n])
	for i := range t.val {
		v := int32(vals[3*i]) | int32(vals[3*i+1])<<8 | int32(vals[3*i+2])<<16
		if v >= max {
			d.err = cmp.Or(d.err, fmt.Errorf("number %d out of range", v))
		}
		t.val[i] = v
	}
	return t
}

// open returns a decoder for a table after checking its magic string.
func open(name, magic string) (*decoder, error) {
	b, err := assets.Lexicon(name)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, fmt.Errorf("lexicon table %s: not a %s table", name, magic)
	}
	return &decoder{b: b[len(magic):]}, nil
}
