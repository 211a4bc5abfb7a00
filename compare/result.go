package compare

// Relation is the verdict on a pair of claims.
type Relation string

// The three relations a pair of claims can have.
const (
	Agree      Relation = "agree"
	Contradict Relation = "contradict"
	Differ     Relation = "differ"
)

// Meta is where a statement comes from: who speaks, under what title,
// where and when it was published, in what language. It is the one type
// for a statement's source: Document carries it into the comparison, the
// library (data.Document) keeps it, an import (importer.Doc.Document) and
// the built-in sample fill it, and the exports print it.
type Meta struct {
	Title  string `json:"title"`
	Party  string `json:"party"`
	Source string `json:"source,omitempty"` // where the text was taken from: a file or a citation
	Outlet string `json:"outlet,omitempty"` // the publication or site
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	// Language is a language tag or a translation note ("ko, official
	// English translation").
	Language string `json:"language,omitempty"`
}

// Document is one party's statement as it enters the comparison: its
// source and its text. Text is NFC-normalised by Compare before it is
// split.
type Document struct {
	Meta
	Text string `json:"text"`
}

// Claim is one assertion in a document: a sentence or a clause.
// Start and End are code-point offsets into the document's NFC text
// (End exclusive); Text is that slice of the text.
type Claim struct {
	ID    int    `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Side is a document with its claims.
type Side struct {
	Document
	Claims []Claim `json:"claims"`
}

// DiffOp is one step of a word-level diff between the two sides of a pair.
type DiffOp struct {
	Op   string `json:"op"` // "equal", "delete" or "insert"
	Text string `json:"text"`
}

// Span is a range of code points [Start, End) in a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Pair joins claims on the left with their counterparts on the right.
// Left and Right hold claim IDs; usually one each, two when one side
// splits what the other says in one sentence.
type Pair struct {
	Left       []int    `json:"left"`
	Right      []int    `json:"right"`
	Similarity float64  `json:"similarity"`
	Relation   Relation `json:"relation"`
	Cues       []string `json:"cues"`
	Diff       []DiffOp `json:"diff"`
	// LeftChanged and RightChanged are the code-point ranges, in each
	// document's text, of the words the diff marks as deleted (left) or
	// inserted (right).
	LeftChanged  []Span `json:"-"`
	RightChanged []Span `json:"-"`
}

// Unmatched lists, per side, the IDs of claims the other side never addresses.
type Unmatched struct {
	Left  []int `json:"left"`
	Right []int `json:"right"`
}

// Suggestion is a possible counterpart: claims that may speak of the same
// thing, too weakly tied for a pair. The reader confirms or rejects it; its
// claims are neither paired nor counted as not addressed.
type Suggestion struct {
	Left       []int   `json:"left"`
	Right      []int   `json:"right"`
	Similarity float64 `json:"similarity"`
}

// Result is the whole analysis of two documents. A claim is in at most one
// pair; a claim in no pair is either suggested (in one or more suggestions,
// whose other claims may be paired elsewhere) or unmatched.
type Result struct {
	Left        Side         `json:"left"`
	Right       Side         `json:"right"`
	Pairs       []Pair       `json:"pairs"`
	Suggestions []Suggestion `json:"suggestions"`
	Unmatched   Unmatched    `json:"unmatched"`
}

// Verdict is the outcome of classifying one sentence pair.
type Verdict struct {
	Relation   Relation `json:"relation"`
	Similarity float64  `json:"similarity"`
	Cues       []string `json:"cues"`
}
