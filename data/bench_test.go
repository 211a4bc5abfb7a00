package data

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parley-reader/parley/anchor"
	"github.com/parley-reader/parley/compare"
)

// Size of the benchmark library.
const (
	benchComparisons = 1000
	benchNotes       = 50000
)

// benchWords is the vocabulary of the generated statements; words early in
// the list are drawn far more often (Zipf), as in real text.
var benchWords = strings.Fields(`the of and to a in that is was for on with as it by at from this be have are not
	talks delegation progress sanctions denuclearisation summit agreement statement minister ministry
	regret demand gangster-like unilateral constructive productive dialogue peace security alliance
	missile nuclear test launch verification inspection freeze dismantle guarantee regime hostile
	policy pressure negotiation trust goodwill commitment declaration joint exercise military
	북한 대화 협상 제재 비핵화 평화 유감 외무성 대변인 담화 합의 정상회담 미국 조선 안전 보장
	economic relief humanitarian aid border reunion family remains soldiers war armistice treaty`)

// benchText returns n words drawn from benchWords.
func benchText(r *rand.Rand, z *rand.Zipf, n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = benchWords[z.Uint64()]
	}
	return strings.Join(words, " ") + "."
}

// benchFixture is the benchmark library, built once per test binary (it
// takes about half a minute) and removed by TestMain.
var benchFixture struct {
	once sync.Once
	dir  string
	err  error
}

// TestMain removes the benchmark library after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchFixture.dir != "" {
		os.RemoveAll(benchFixture.dir)
	}
	os.Exit(code)
}

// benchLibrary opens the benchmark library, building it on first use.
func benchLibrary(b *testing.B) *Store {
	b.Helper()
	benchFixture.once.Do(func() {
		if benchFixture.dir, benchFixture.err = os.MkdirTemp("", "parley-bench-"); benchFixture.err == nil {
			benchFixture.err = buildBenchLibrary(filepath.Join(benchFixture.dir, "bench.db"))
		}
	})
	if benchFixture.err != nil {
		b.Fatal(benchFixture.err)
	}
	s, err := Open(filepath.Join(benchFixture.dir, "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// buildBenchLibrary writes, in one transaction, a library of
// benchComparisons comparisons (statements of about 300 words each side)
// and benchNotes notes with tags.
func buildBenchLibrary(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 2, uint64(len(benchWords)-1))
	ctx := context.Background()
	tags := []string{"rhetoric", "contradiction", "evidence", "follow up", "quote", "수사", "sanctions", "timeline"}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	notesPer := benchNotes / benchComparisons
	for c := range benchComparisons {
		left := Document{Meta: compare.Meta{Title: fmt.Sprintf("Statement %d", c), Party: "US"}, Body: benchText(r, z, 300)}
		right := Document{Meta: compare.Meta{Title: fmt.Sprintf("Reply %d", c), Party: "DPRK"}, Body: benchText(r, z, 300)}
		l, err := insertDocument(tx, left)
		if err != nil {
			return err
		}
		rt, err := insertDocument(tx, right)
		if err != nil {
			return err
		}
		res, err := tx.Exec(`INSERT INTO comparisons (title, left_doc, right_doc, opened_at) VALUES (?, ?, ?, ?)`,
			fmt.Sprintf("Exchange %d", c), l, rt, fmt.Sprintf("2025-01-01T00:00:%06.3fZ", float64(c)/100))
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		runes := map[Side][]rune{Left: []rune(left.Body), Right: []rune(right.Body)}
		for i := range notesPer {
			side := []Side{Left, Right}[i%2]
			start := r.IntN(len(runes[side]) - 40)
			a := anchor.Make(runes[side], start, start+10+r.IntN(30))
			n := Note{UID: newUID(), Comparison: id, Kind: OnSpan, Body: benchText(r, z, 12),
				Colour: Palette[i%len(Palette)], Tags: []string{tags[r.IntN(len(tags))], tags[r.IntN(len(tags))]},
				Targets: []Target{{Side: side, Start: a.Position.Start, End: a.Position.End,
					Exact: a.Quote.Exact, Prefix: a.Quote.Prefix, Suffix: a.Quote.Suffix}}}
			n.Tags = normaliseTags(n.Tags)
			if err := insertNote(ctx, tx, &n); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// BenchmarkListLibrary lists a library of 1,000 comparisons and 50,000
// notes, most recent first, with each comparison's note count.
func BenchmarkListLibrary(b *testing.B) {
	s := benchLibrary(b)
	ctx := context.Background()
	for b.Loop() {
		es, err := s.Library(ctx, "")
		if err != nil || len(es) != benchComparisons || es[0].Notes != benchNotes/benchComparisons {
			b.Fatalf("library = %d entries, %v", len(es), err)
		}
	}
}

// BenchmarkSearch searches the same library's notes and statements: a
// common word (found in nearly every statement), a rarer one, a Korean
// one, a two-word query and a tag, 50 hits of each kind at most.
func BenchmarkSearch(b *testing.B) {
	s := benchLibrary(b)
	ctx := context.Background()
	for _, q := range []string{"talks", "verification", "비핵화", "peace summit", "follow up"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				hits, err := s.Search(ctx, q, 50)
				if err != nil || len(hits) == 0 {
					b.Fatalf("Search(%q) = %d hits, %v", q, len(hits), err)
				}
			}
		})
	}
}

// BenchmarkOpen opens and closes the library of 1,000 comparisons and
// 50,000 notes, as Parley does on start: the read-only probe with its
// integrity_check, then the connection that would migrate.
func BenchmarkOpen(b *testing.B) {
	benchLibrary(b)
	path := filepath.Join(benchFixture.dir, "bench.db")
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkCheck runs SQLite's integrity_check, which Open runs, and
// quick_check, which it ran before, on the same library.
func BenchmarkCheck(b *testing.B) {
	benchLibrary(b)
	path := filepath.Join(benchFixture.dir, "bench.db")
	for _, pragma := range []string{"integrity_check", "quick_check"} {
		b.Run(pragma, func(b *testing.B) {
			db, err := sql.Open("sqlite3", readDSN(path, true))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			for b.Loop() {
				var result string
				if err := db.QueryRow("PRAGMA " + pragma).Scan(&result); err != nil || result != "ok" {
					b.Fatalf("%s = %q, %v", pragma, result, err)
				}
			}
		})
	}
}

// BenchmarkImportLayer imports 10,000 annotations as a shared layer, as a
// .parley of that many notes does, into a fresh comparison each time.
func BenchmarkImportLayer(b *testing.B) {
	var js strings.Builder
	js.WriteString("[")
	for i := range 10000 {
		if i > 0 {
			js.WriteString(",")
		}
		fmt.Fprintf(&js, `{"type":"Annotation","id":"urn:uuid:00000000-0000-4000-8000-%012d","body":{"type":"TextualBody","value":"note %d"},`+
			`"target":{"source":"x","parley:side":"left","selector":[{"type":"TextPositionSelector","start":33,"end":46},{"type":"TextQuoteSelector","exact":"made progress"}]}}`, i, i)
	}
	js.WriteString("]")
	s, err := Open(filepath.Join(b.TempDir(), "parley.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for b.Loop() {
		c, err := s.CreateComparison(ctx, "Talks", Document{Body: "The talks were ‘productive’ — we made progress on every central issue."}, Document{Body: "It was regretful."})
		if err != nil {
			b.Fatal(err)
		}
		if r, err := s.ImportNotes(ctx, c, strings.NewReader(js.String()), "Ms Rivera"); err != nil || r.Added != 10000 {
			b.Fatalf("import = %+v, %v", r, err)
		}
	}
}

// BenchmarkImport150kNotes imports 150,000 annotations (a body of a dozen
// words, two tags, a quote placed in a statement of 300 words) into a
// fresh comparison: as the reader's own notes, and as a shared layer, as
// a .parley of that many notes does.
func BenchmarkImport150kNotes(b *testing.B) {
	const count = 150000
	r := rand.New(rand.NewPCG(3, 4))
	z := rand.NewZipf(r, 1.1, 2, uint64(len(benchWords)-1))
	left, right := benchText(r, z, 300), benchText(r, z, 300)
	runes := map[Side][]rune{Left: []rune(left), Right: []rune(right)}
	tags := []string{"rhetoric", "contradiction", "evidence", "follow up", "quote", "수사", "sanctions", "timeline"}
	items := make([]Annotation, count)
	for i := range items {
		side := []Side{Left, Right}[i%2]
		start := r.IntN(len(runes[side]) - 40)
		a := anchor.Make(runes[side], start, start+10+r.IntN(30))
		s, e := a.Position.Start, a.Position.End
		items[i] = Annotation{ID: fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i), Type: "Annotation",
			Modified: "2025-01-01T00:00:00.000Z",
			Body: OneOrMany[AnnotationBody]{{Type: "TextualBody", Value: benchText(r, z, 12), Purpose: "commenting"},
				{Type: "TextualBody", Value: tags[i%len(tags)], Purpose: "tagging"},
				{Type: "TextualBody", Value: tags[(i/3)%len(tags)], Purpose: "tagging"}},
			Target: OneOrMany[AnnotationTarget]{{Source: "urn:sha256:" + digest(string(runes[side])), Side: string(side),
				Selector: OneOrMany[Selector]{{Type: "TextPositionSelector", Start: &s, End: &e},
					{Type: "TextQuoteSelector", Exact: a.Quote.Exact, Prefix: a.Quote.Prefix, Suffix: a.Quote.Suffix}}}}}
	}
	js, err := json.Marshal(items)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d annotations, %d MB of JSON", count, len(js)>>20)
	for _, layer := range []string{"", "Ms Rivera"} {
		b.Run(cmp.Or(layer, "own"), func(b *testing.B) {
			s, err := Open(filepath.Join(b.TempDir(), "parley.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				c, err := s.CreateComparison(ctx, "Talks", Document{Body: left}, Document{Body: right})
				if err != nil {
					b.Fatal(err)
				}
				if r, err := s.ImportNotes(ctx, c, bytes.NewReader(js), layer); err != nil || r.Added != count || r.Orphans != 0 {
					b.Fatalf("import = %+v, %v", r, err)
				}
			}
		})
	}
}
