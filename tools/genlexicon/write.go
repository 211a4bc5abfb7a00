package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The table formats are described in compare/lexicon/format.go, which reads
// them.

// encoder appends fixed-width little-endian numbers and bytes to a buffer,
// remembering the first number that does not fit.
type encoder struct {
	bytes.Buffer
	err error
}

func (e *encoder) fixed(v, width int) {
	if v < 0 || v >= 1<<(8*width) {
		if e.err == nil {
			e.err = fmt.Errorf("%d does not fit in %d bytes", v, width)
		}
		return
	}
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(v))
	e.Write(b[:width])
}

// lists writes a table of lists: their number, their lengths, one byte
// each, and their values, three bytes each.
func (e *encoder) lists(ls [][]int) {
	e.fixed(len(ls), 4)
	for _, l := range ls {
		e.fixed(len(l), 1)
	}
	for _, l := range ls {
		for _, v := range l {
			e.fixed(v, 3)
		}
	}
}

// encodeWords writes the word table and exception list used by Lemma.
func encodeWords(lx *lexicon) ([]byte, error) {
	var e encoder
	e.WriteString("PLXW2")
	e.fixed(len(lx.words), 4)
	for _, w := range lx.words {
		e.fixed(len(w), 1)
	}
	e.Write(lx.posMask)
	for _, s := range lx.score {
		e.fixed(min(s, 1<<16-1), 2)
	}
	prev := 0
	for _, b := range lx.buckets {
		e.fixed(b-prev, 1)
		prev = b
	}
	for _, w := range lx.words {
		e.WriteString(w)
	}
	var exc strings.Builder
	for _, x := range lx.exceptions {
		exc.WriteString(x.form + "\t" + strings.Join(x.bases, "\t") + "\n")
	}
	e.fixed(exc.Len(), 4)
	e.WriteString(exc.String())
	return e.Bytes(), e.err
}

// encodeGraph writes the synsets, their relations and each word's senses
// and antonyms.
func encodeGraph(lx *lexicon) ([]byte, error) {
	var e encoder
	e.WriteString("PLXG2")
	e.fixed(len(lx.words), 4)
	for _, n := range lx.posCount {
		e.fixed(n, 4)
	}
	for _, t := range [][][]int{lx.members, lx.hypers, lx.similar, lx.senses, lx.antonyms} {
		e.lists(t)
	}
	return e.Bytes(), e.err
}

func writeFile(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	fmt.Printf("%s: %d bytes\n", filepath.Base(path), len(data))
	return nil
}

// hedgeList extracts the quoted entries of the hedges package's index.js,
// one per line.
func hedgeList(src string) ([]byte, error) {
	var b strings.Builder
	n := 0
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), ","))
		if len(line) < 2 || (line[0] != '\'' && line[0] != '"') || line[len(line)-1] != line[0] {
			continue
		}
		b.WriteString(strings.ToLower(line[1:len(line)-1]) + "\n")
		n++
	}
	if n == 0 {
		return nil, fmt.Errorf("no hedge words found")
	}
	return []byte(b.String()), nil
}
