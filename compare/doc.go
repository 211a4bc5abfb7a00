// Package compare is Parley's comparison engine: it reads two parties'
// accounts of the same event, splits each into claims, pairs every claim with
// its counterpart on the other side, says whether each pair agrees,
// contradicts or differs and why, and diffs each pair word by word. It is
// plain Go, with no user interface and no storage.
//
// # Pipeline
//
//  1. Normalise: both texts become valid UTF-8 in Unicode normal form C. All
//     offsets count code points of that text.
//  2. Split: a rule-based segmenter cuts sentences (robust to abbreviations,
//     acronyms such as "U.S.", numbers, quotation marks, headings and list
//     items) and cuts a sentence into clauses where it makes two claims.
//  3. Tokens: words are lower-cased, lemmatised with WordNet (package
//     lexicon) and stemmed (Snowball); numbers in digits or words become
//     values, so "three" meets "3" and "5.1%" meets "5.1 percent".
//  4. Similarity: a linear model fitted on the STS Benchmark combines TF-IDF
//     cosine, soft word coverage through synonyms and hypernyms, n-gram and
//     character overlaps, numbers and names. In Compare the IDF blends a
//     background table with the two documents' own term frequencies.
//  5. Alignment: candidate pairs come from an inverted index over terms and
//     their synonyms (terms in more than maxPostings claims are skipped; each
//     claim keeps its maxCandidates best by TF-IDF cosine) and from claims
//     that rate the documents' shared topic in opposite ways (maxAssessed per
//     claim). Candidates are scored with same words, synonyms and antonyms,
//     plus a bonus when cues show the claims clash over the same thing, and
//     taken best first while both claims are free (pairThreshold, or the
//     lower clashThreshold for clashing claims). A free claim joins its
//     neighbour's pair when the partner fits both better. Claims left alone
//     are unmatched: what the other side never addresses.
//  6. Relations: cue detectors name negations, antonyms, different numbers
//     and dates, quantities ("three warnings" / "no warning"), change against
//     no change, ongoing against ended, opposite assessments, hedged against
//     firm, all against part, and negated opposites (which agree). A
//     contradiction cue makes a contradiction, a difference cue a difference;
//     otherwise a logistic regression fitted on SNLI decides (in Compare, a
//     high similarity means agreement first). Every verdict carries its
//     reasons. Pairs of documents of more than fullDepthClaims claims are
//     judged without sister terms (man / woman), the lexicon's dearest
//     question.
//  7. Diff: go-diff on words (one rune per word), cleaned up semantically.
//
// # Complexity
//
// With n claims in all, t content terms per claim and the constants
// maxPostings (P), maxCandidates (K) and maxAssessed (A): preparing claims is
// O(n·t), the index O(n·t), candidate generation O(n·t·(1+s)·P) with s
// synonyms per term, scoring O(n·(K+A)·t²) word comparisons, the greedy
// assignment a sort of O(n·(K+A)) candidates, and judging the pairs O(n·t²)
// (lexicon answers are cached for the process). The whole comparison is thus
// O(n log n) in the number of claims and never compares all pairs; scoring
// and judging run on all CPUs, results in a fixed order.
//
// Everything is deterministic: the same input gives the same result. The
// fitted weights live in weights_gen.go and idf_gen.go, written by
// tools/fitweights from the STS Benchmark and SNLI data.
package compare

//go:generate go run ../tools/fitweights -data ../../shared/data -out . -idf
//go:generate go run ../tools/fitweights -data ../../shared/data -out .
