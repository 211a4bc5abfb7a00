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
//     values, so "three" meets "3" and "5.1%" meets "5.1 percent". Who
//     speaks is no content word: a speaker and a reporting verb before or
//     after the reported clause ("the union said", "It confirmed that",
//     "according to the force") frame each party's claims in its own voice
//     and are left out of what the claims are compared on.
//  4. Similarity: a linear model fitted on the STS Benchmark combines TF-IDF
//     cosine, soft word coverage through synonyms, word families, hypernyms
//     and word vectors, n-gram and character overlaps, numbers and names. In
//     Compare the IDF blends a background table with the two documents' own
//     term frequencies.
//  5. Alignment: each signal (the interface signal) proposes candidate partners
//     for every claim: the lexical signal from an inverted index over terms and
//     their synonyms (terms in more than maxPostings claims are skipped; each
//     claim keeps its maxCandidates best by TF-IDF cosine, longCandidates in
//     long documents), the vector signal by the cosine of the claims' mean word
//     vectors (GloVe, package compare/vectors) with the mean of all the
//     comparison's claims taken out, so that what every claim shares (the
//     parties, the topic) does not draw them together, and seen through a
//     learned metric (a linear map fitted by tools/fitweights -metric on the
//     development cases, so that counterparts come closer than other claims
//     of the same accounts; metric.go) (every pair up to a
//     million pairs, beyond that an inverted file of k-means clusters); claims
//     that rate the shared topic in opposite ways are proposed too. A
//     pairing model, fitted by tools/fitweights on the development cases, gives
//     each candidate the probability that its claims are counterparts, from the
//     signals' features, how the two rank among each other's candidates, which
//     cue families clash, the words they share that no other claim of either
//     side uses (anchors), and the kinds of point both make that few other
//     claims make (frames: a cause, a telling, harm, money, timing...), whether
//     one grants the other's point ("we accept that"), whether both hedge or
//     both negate, and whether they give one uncommon figure or the same day
//     ("£4.2m" / "4.2 million pounds"). The model has two stages: a logistic
//     regression ranks each claim's candidates; boosted trees (package
//     boost) weigh the features with those ranks and with how many claims
//     the shorter side has, where features count for more or less together
//     than each alone. The trees also learn from short statements cut from
//     the development cases, one to three claims a side: two about
//     different events, whose claims are no counterparts though each is the
//     other's only candidate, and two about one event, whose counterparts
//     are. A third stage, the word-pair model (wordpairs.go), adds to the
//     trees' log-odds what a logistic regression fitted on the same
//     candidates reads from the pairs of words only one claim uses each
//     ("hour" / "minute", "fine" / "penalty", "hurt" / "injured") and the
//     words both use: the words two parties use for one point, learned
//     from the cases rather than from a lexicon. The pairing is one global decision: the one-to-one
//     assignment with the largest total log-odds (assign, shortest augmenting
//     paths on the sparse candidate graph). A chosen pair at pairProb or above
//     is a pair; from suggestProb it is a suggestion, a possible counterpart
//     for the reader to confirm or reject, and so is a pair below surePair in
//     which the relation cues find nothing but that the two differ, no named
//     difference and no possible clash (a suggestion whose claims give the same
//     figures of one thing or the same day, or one of which grants the other's
//     point, is paired); a free claim may join its neighbour's pair when the
//     two together fit the partner better, or be suggested beside the pair that
//     took its most probable partner (from strayProb); claims left free on both
//     sides are paired once more from evidenceProb, kept as pairs only where
//     they give the same figures or one grants the other's point. Claims in neither are unmatched:
//     what the other side never addresses.
//  6. Relations: cue detectors name what the two claims clash over, each
//     grounded in aligned words: a negation or an antonym of a shared word,
//     a denial of what the other asserts, rules kept against broken ("in
//     line with its permit" / "in breach of it", "below the minimum"), at
//     once against after a delay, before against after the same event,
//     different figures for the same thing
//     (same unit and role; scale words, durations, also in two units ("an
//     hour and twenty minutes"), currencies and shares in
//     words such as "most of" or "split equally" normalised; a sum put
//     towards a whole is no whole, a count so far may yet reach another;
//     close counts in any nouns are one figure; a figure that is the gap
//     between two of the other's, or what a share leaves of a whole, agrees
//     with them),
//     counts of one kind of thing in different words ("212 reports" / "500
//     complaints", "14 arrests" / "40 people detained"), a count against
//     none, change against no change, ongoing against ended, a matter
//     settled against one left open ("agreed to remove the fence" / "the
//     fence was not on the agenda"), above against below the same
//     reference, within against beyond a limit, told against not told
//     ("residents were consulted" / "nobody asked us", "met union
//     representatives" / "refused to meet"), free against charged, minor
//     against serious harm, running against halted, allowed against
//     refused ("welcome to join inspections" / "refused access"), discussed
//     against not discussed ("raised the detention of two fishermen" /
//     "was not discussed"), jointly against unilaterally, the first time
//     against before ("the first time it had been warned" / "warned twice
//     before"), all against some that
//     were not ("every fee was paid" /
//     "several members have not been paid"), opposite assessments,
//     exclusive postures, and, between
//     paired counterparts,
//     different causes of one effect or a cause the other denies ("caused
//     by a surge in applications" / "stemmed from staff cuts") and nobody
//     hurt against someone treated; hedged against firm, supposed ("if")
//     against stated, all against part and a qualified against an
//     unqualified claim make a difference; negated opposites agree, and so
//     do two parties' claims when one concedes the other's point ("indeed",
//     "we accept that", "confirmed"). A strong contradiction cue makes a contradiction,
//     in a joined passage only where one of its claims contradicts the
//     other side on its own. Weak evidence (things, actions or places swapped on
//     an otherwise aligned frame, a negation of an object only one side
//     names, an antonym with the rest not shared, even between counterparts)
//     makes a difference, never a contradiction, its cue named a possible
//     clash but for the swaps ("possible clash, antonyms: ..."): a false
//     contradiction misleads more than a missed one; between two parties' counterparts that are otherwise worded
//     apart, things or actions swapped are their own words for one thing
//     and make nothing. Without a cue, two parties' claims about the same thing agree
//     when they are similar enough or give the same figures, and differ
//     otherwise; lone sentences (Classify) are decided between agreement
//     and difference by a logistic regression fitted on SNLI. For two
//     parties' claims the wording model (wording.go), fitted on the
//     development cases, then rereads the verdict from the words: the
//     negations, the words and neighbouring words by whether one side or
//     both use them, pairs of words each side alone uses, the signs of the
//     two assessments, the share of words matched and whether the figures
//     share a number; it may turn an agreement or a difference into another relation
//     past a threshold cross-validation set (a contradiction only where it
//     was right three times in four), and makes a contradiction the rules
//     found a possible clash, a difference, only where it finds one less
//     likely than cross-validation set. Every verdict carries its reasons. Pairs of documents of more than
//     fullDepthClaims claims are judged without sister terms (man / woman),
//     the lexicon's dearest question.
//  7. Diff: go-diff on words (one rune per word), cleaned up semantically.
//
// # Complexity
//
// With n claims in all, t content terms per claim and the constants
// maxPostings (P) and maxCandidates (K): preparing claims is O(n·t), the
// index O(n·t), lexical candidates O(n·t·(1+s)·P) with s synonyms per term,
// vector candidates O(n²) up to exhaustiveLimit pairs and about O(n·√n)
// beyond, scoring O(n·K·t²) word comparisons, the assignment a Dijkstra
// search per claim that stops at the first free partner (near-linear on
// the sparse candidate graphs of real documents), and judging the pairs
// O(n·t²) (lexicon answers are cached for the process). Scoring and
// judging run on all CPUs, results in a fixed order.
//
// Everything is deterministic: the same input gives the same result. The
// fitted weights live in weights_gen.go, pairing_gen.go, metric_gen.go,
// wordpairs.bin, wording_gen.go and idf_gen.go, written by tools/fitweights from the STS Benchmark, SNLI and
// the development cases (../shared/samples, tools/quality/testdata/cases
// and heldout2 to heldout159 for the pairing and word-pair models; the metric on
// ../shared/samples, cases and heldout2 to
// heldout73, the later sets left out to measure them; the wording model,
// wording_gen.go, on every case: ../shared/samples, cases and heldout2 to
// heldout159, which makes those sets' scores in make quality, as the
// pairing model's, scores on data the models were fitted on). The wording model is fitted last, as
// its rows are the pairs the engine makes with the pairing model just
// fitted; so one make generate settles.
// make quality prints the engine's scores.
package compare

//go:generate go run ../tools/fitweights -data $PARLEY_SHARED/data -out . -idf
//go:generate go run ../tools/fitweights -data $PARLEY_SHARED/data -out .
//go:generate go run ../tools/fitweights -data $PARLEY_SHARED/data -samples $PARLEY_SHARED/samples -cases ../tools/quality/testdata/cases,../tools/quality/testdata/heldout{2..73} -out . -metric
//go:generate go run ../tools/fitweights -data $PARLEY_SHARED/data -samples $PARLEY_SHARED/samples -cases ../tools/quality/testdata/cases,../tools/quality/testdata/heldout{2..159} -out . -pairs
//go:generate go run ../tools/fitweights -samples $PARLEY_SHARED/samples -cases ../tools/quality/testdata/cases,../tools/quality/testdata/heldout{2..159} -out . -wordpairs
//go:generate go run ../tools/fitweights -samples $PARLEY_SHARED/samples -cases ../tools/quality/testdata/cases,../tools/quality/testdata/heldout{2..159} -out . -wording
