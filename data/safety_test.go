package data

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// envKillChild names the database a child process of TestNothingLostOnKill
// writes to.
const envKillChild = "PARLEY_TEST_KILL_CHILD_DB"

// TestKillChild is the child of TestNothingLostOnKill: it adds notes to the
// database until it is killed, printing each note's id only after AddNote
// returned. Run on its own it does nothing.
func TestKillChild(t *testing.T) {
	path := os.Getenv(envKillChild)
	if path == "" {
		t.Skip("runs only as the child of TestNothingLostOnKill")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	comparison, _ := strconv.ParseInt(os.Getenv(envKillChild+"_COMPARISON"), 10, 64)
	for i := 0; ; i++ {
		start, end := span(t, usText, "progress")
		n, err := s.AddNote(ctx, Note{Comparison: comparison, Body: fmt.Sprintf("note %d — 메모", i),
			Targets: []Target{{Side: Left, Start: start, End: end}}, Tags: []string{"kill", fmt.Sprintf("t%d", i%7)}})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(os.Stdout, "%d\n", n.ID)
	}
}

// TestNothingLostOnKill kills a process writing notes at random moments and
// checks, each time, that the database is intact and holds every note whose
// commit the writer saw return.
func TestNothingLostOnKill(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes for a few seconds")
	}
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	comparison := newComparison(t, s, "Under fire")
	s.Close()

	acknowledged := map[int64]bool{}
	const rounds = 8
	for round := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), envKillChild+"="+path, fmt.Sprintf("%s_COMPARISON=%d", envKillChild, comparison))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan int64)
		go func() {
			defer close(lines)
			r := bufio.NewReader(out)
			for {
				// A line cut short by the kill has no newline: it was
				// not acknowledged.
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if id, err := strconv.ParseInt(strings.TrimSpace(line), 10, 64); err == nil {
					lines <- id
				}
			}
		}()
		// Wait for the first acknowledged note, then kill at a random moment.
		first, ok := <-lines
		if !ok {
			t.Fatalf("round %d: the writer printed nothing", round)
		}
		acknowledged[first] = true
		time.AfterFunc(time.Duration(50+rand.IntN(400))*time.Millisecond, func() { cmd.Process.Signal(syscall.SIGKILL) })
		n := 1
		for id := range lines {
			acknowledged[id] = true
			n++
		}
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: the writer ended by itself: %v", round, err)
		}
		t.Logf("round %d: %d notes acknowledged before the kill", round, n)

		s, err := Open(path) // runs quick_check
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		var check string
		if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
			t.Fatalf("round %d: integrity_check = %q, %v", round, check, err)
		}
		notes, err := s.Notes(context.Background(), comparison)
		if err != nil {
			t.Fatal(err)
		}
		present := map[int64]bool{}
		for _, n := range notes {
			present[n.ID] = true
		}
		for id := range acknowledged {
			if !present[id] {
				t.Errorf("round %d: acknowledged note %d is missing", round, id)
			}
		}
		if hits, err := s.Search(context.Background(), "메모", 1); err != nil || len(hits) == 0 {
			t.Errorf("round %d: search after kill = %v, %v", round, hits, err)
		}
		s.Close()
	}
	if len(acknowledged) < rounds {
		t.Errorf("only %d notes written in %d rounds", len(acknowledged), rounds)
	}
}

// TestTwoWindowsShareOneDatabase has two stores on one file (two Parley
// windows) write and read at once, and checks nothing is lost or damaged.
func TestTwoWindowsShareOneDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	ctx := context.Background()
	var stores [2]*Store
	for i := range stores {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		stores[i] = s
	}
	comparison := newComparison(t, stores[0], "Shared")
	start, end := span(t, usText, "progress")

	const perWorker = 40
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	ids := make(chan int64, 4*perWorker)
	for w := range 4 {
		s := stores[w%2]
		wg.Go(func() {
			for i := range perWorker {
				n, err := s.AddNote(ctx, Note{Comparison: comparison, Body: fmt.Sprintf("worker %d note %d", w, i),
					Targets: []Target{{Side: Left, Start: start, End: end}}, Tags: []string{fmt.Sprintf("w%d", w), "shared"}})
				if err != nil {
					errs <- err
					return
				}
				ids <- n.ID
				if _, err := s.UpdateNote(ctx, n.ID, NoteChange{Body: n.Body + " (edited)", Tags: []string{"shared", "edited"}}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Notes(ctx, comparison); err != nil {
					errs <- err
					return
				}
				if _, err := s.Search(ctx, "edited", 5); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 30 {
			if err := stores[1].SaveScroll(ctx, comparison, float64(i)/30, 0.5); err != nil {
				errs <- err
				return
			}
			if _, err := stores[0].RenameComparison(ctx, comparison, fmt.Sprintf("Shared %d", i)); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	close(ids)
	for err := range errs {
		t.Error(err)
	}
	for i, s := range stores {
		ns, err := s.Notes(ctx, comparison)
		if err != nil {
			t.Fatal(err)
		}
		if len(ns) != 4*perWorker {
			t.Errorf("store %d sees %d notes, want %d", i, len(ns), 4*perWorker)
		}
		for _, n := range ns {
			if len(n.Tags) != 2 || n.Tags[0] != "edited" {
				t.Errorf("store %d: note %d lost its edit: %+v", i, n.ID, n)
				break
			}
		}
		if hits, err := s.Search(ctx, "edited", 1000); err != nil || len(hits) != 4*perWorker {
			t.Errorf("store %d finds %d edited notes, %v; want %d", i, len(hits), err, 4*perWorker)
		}
	}
	if tags, _ := stores[1].TagsByPrefix(ctx, "edi", 1); len(tags) != 1 || tags[0].Notes != 4*perWorker {
		t.Errorf("tag counts = %+v", tags)
	}
	// Check the file on a fresh connection: SQLite 3.54's integrity_check
	// reports FTS5 "corruption" on a connection whose cached FTS5 index
	// structure another connection has since changed, until that
	// connection next reads the index; the file itself is sound.
	for _, s := range stores {
		s.Close()
	}
	db, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
}

// TestMigrationToNotesKeepsOldLibrary opens a library written before notes
// existed (schema 1): the new schema is added, a backup of the old file is
// written first, and the old statements become searchable.
func TestMigrationToNotesKeepsOldLibrary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations()[0].sql + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO documents (id, title, party, body, digest) VALUES (1, 'Old', 'US', 'An old statement about sanctions.', ?),
		(2, 'Old', 'DPRK', '제재는 불법이다.', ?);
		INSERT INTO comparisons (id, title, left_doc, right_doc) VALUES (1, 'Old talks', 1, 2);
		INSERT INTO corrections (comparison_id, kind, left_claims, right_claims) VALUES (1, 'pair', '[0]', '[0]')`,
		digest("An old statement about sanctions."), digest("제재는 불법이다.")); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(); v != latestVersion() {
		t.Errorf("version = %d, want %d", v, latestVersion())
	}
	ctx := context.Background()
	if cs, _ := s.Corrections(ctx, 1); len(cs) != 1 {
		t.Errorf("corrections after migration = %+v", cs)
	}
	hits, err := s.Search(ctx, "제재는", 10)
	if err != nil || len(hits) != 1 || hits[0].Side != Right || hits[0].Comparison != 1 {
		t.Errorf("old statement not searchable: %+v, %v", hits, err)
	}
	if _, err := s.AddNote(ctx, Note{Comparison: 1, Targets: []Target{{Side: Left, Start: 3, End: 6}}}); err != nil {
		t.Errorf("note on a migrated comparison: %v", err)
	}

	backup, err := sql.Open("sqlite3", dsn(path+".bak-v1", true))
	if err != nil {
		t.Fatal(err)
	}
	defer backup.Close()
	var version, comparisons int
	if err := backup.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != 1 {
		t.Errorf("backup version = %d, %v; want 1", version, err)
	}
	if err := backup.QueryRow("SELECT count(*) FROM comparisons").Scan(&comparisons); err != nil || comparisons != 1 {
		t.Errorf("backup holds %d comparisons, %v", comparisons, err)
	}
	if err := backup.QueryRow("SELECT count(*) FROM notes").Err(); err == nil {
		t.Error("the backup has the new schema, not the old one")
	}
}

// TestMigrationToRejectKeepsCorrections opens a library of schema 4, whose
// corrections table knew no rejects: its corrections keep their ids and
// order, a reject can be kept, and deleting the comparison still removes
// its corrections.
func TestMigrationToRejectKeepsCorrections(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.db")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations()[:4] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	if _, err := db.Exec(`PRAGMA user_version = 4;
		INSERT INTO documents (id, title, party, body, digest) VALUES (1, 'A', 'US', 'a', ?), (2, 'B', 'DPRK', 'b', ?);
		INSERT INTO comparisons (id, title, left_doc, right_doc) VALUES (1, 'Talks', 1, 2);
		INSERT INTO corrections (id, comparison_id, kind, left_claims, right_claims) VALUES (7, 1, 'pair', '[0]', '[1]'), (9, 1, 'unpair', '[0]', '[1]')`,
		digest("a"), digest("b")); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.AddCorrection(ctx, 1, Correction{Kind: "reject", Left: []int{2}, Right: []int{3}}); err != nil {
		t.Fatalf("a reject after migration: %v", err)
	}
	cs, err := s.Corrections(ctx, 1)
	if err != nil || len(cs) != 3 || cs[0].ID != 7 || cs[1].ID != 9 || cs[0].Kind != "pair" || cs[2].Kind != "reject" {
		t.Fatalf("corrections after migration = %+v, %v", cs, err)
	}
	if _, err := s.db.Exec("DELETE FROM comparisons WHERE id = 1"); err != nil {
		t.Fatal(err)
	}
	if cs, _ := s.Corrections(ctx, 1); len(cs) != 0 {
		t.Errorf("deleting the comparison left %d corrections", len(cs))
	}
}
