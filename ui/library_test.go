package ui

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/ui/reading"
)

// newTestLibrary is a library whose jobs run on their own goroutine, as in
// the application, but whose results wait for flush, which runs them on
// the test's goroutine: the test plays the UI goroutine.
func newTestLibrary(t *testing.T, store *data.Store) *library {
	t.Helper()
	l := newLibrary(store, nil)
	t.Cleanup(l.close)
	return l
}

// flush waits until every queued job has run and every result has been
// handed back, including the jobs those results queue.
func (l *library) flush() {
	if l.store == nil {
		return
	}
	for {
		if !l.closed {
			done := make(chan struct{})
			l.jobs <- func() { close(done) }
			<-done
		}
		l.mu.Lock()
		held := l.held
		l.held = nil
		l.mu.Unlock()
		if len(held) == 0 {
			return
		}
		for _, f := range held {
			f()
		}
	}
}

// pause holds the job goroutine until resume is called, so a test can
// queue work before the database has run any of it.
func (l *library) pause() (resume func()) {
	gate := make(chan struct{})
	l.jobs <- func() { <-gate }
	return func() { close(gate) }
}

// TestOnlyLibraryJobsTouchTheStore reads the package's source: the store
// is a field of the library alone, and a *data.Store is spelled only in
// library.go, in NewReader's parameter, and as the parameter of a job
// literal handed straight to do or doKept, which run it on the library's
// goroutine. So no store call can run on the UI goroutine.
func TestOnlyLibraryJobsTouchTheStore(t *testing.T) {
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	jobs := 0
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") || path == "library.go" {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			defer func() { stack = append(stack, n) }()
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if sel.Sel.Name == "store" {
				t.Errorf("%s: the store is reached outside the library", fset.Position(sel.Pos()))
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "data" || sel.Sel.Name != "Store" {
				return true
			}
			switch where := storeSpelledIn(stack); where {
			case "job":
				jobs++
			case "NewReader":
			default:
				t.Errorf("%s: *data.Store outside a job handed to do or doKept", fset.Position(sel.Pos()))
			}
			return true
		})
	}
	if jobs < 20 {
		t.Errorf("found %d jobs; the check no longer sees them", jobs)
	}
}

// storeSpelledIn says where a *data.Store in a parameter list stands:
// "job" for a function literal passed straight to do or doKept,
// "NewReader" for its parameter, else "".
func storeSpelledIn(stack []ast.Node) string {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			if i == 0 {
				return ""
			}
			call, ok := stack[i-1].(*ast.CallExpr)
			if !ok || len(call.Args) == 0 || call.Args[0] != n {
				return ""
			}
			if fun, ok := call.Fun.(*ast.SelectorExpr); ok && (fun.Sel.Name == "do" || fun.Sel.Name == "doKept") {
				return "job"
			}
			return ""
		case *ast.FuncDecl:
			if n.Name.Name == "NewReader" {
				return "NewReader"
			}
			return ""
		case *ast.BlockStmt:
			return "" // inside a body, not a parameter list
		}
	}
	return ""
}

func TestClosingTheWindowKeepsQueuedWork(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	id := r.lib.keptID()
	knife := claimContaining(t, r, reading.Left, "holding a knife")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: knife.ID}, false)
	r.highlight(data.Yellow) // queued, perhaps not yet run
	r.win.Close()
	if ns, err := store.Notes(context.Background(), id); err != nil || len(ns) != 1 {
		t.Errorf("after closing, the library has notes %+v, %v; want the highlight", ns, err)
	}
	if err := r.lib.ctx.Err(); err == nil {
		t.Error("the library's context is still live after closing")
	}
	r.highlight(data.Green) // after closing: nothing happens, nothing panics
	r.lib.flush()
}

func TestNoStoreIsALibraryThatKeepsNothing(t *testing.T) {
	r := openReader(t, nil)
	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: warn.ID}, false)
	r.highlight(data.Yellow)
	r.newNote()
	if r.lib.keptID() != 0 || len(r.notes.all) != 0 || !strings.Contains(r.status.text.Text, "Notes need the library") {
		t.Errorf("without a store: id %d, notes %v, status %q", r.lib.keptID(), r.notes.all, r.status.text.Text)
	}
	r.win.Close()
}

func TestALaunchWithoutFilesReopensTheLastComparison(t *testing.T) {
	store := tempStore(t)
	fallback := compare.Document{Meta: compare.Meta{Party: "Sample"}, Text: "The sample says this."}
	first := newTestReader(t, store)
	first.OpenLastOr(fallback, fallback)
	first.lib.flush()
	if first.model == nil || first.model.Side(reading.Left).Party != "Sample" {
		t.Fatal("with an empty library, the launch did not open the sample")
	}
	first.Open(police, witness)
	first.lib.flush()

	next := newTestReader(t, store)
	next.OpenLastOr(fallback, fallback)
	next.lib.flush()
	next.lib.flush()
	if next.model == nil || next.model.Side(reading.Left).Party != "Police" || next.model.Side(reading.Right).Party != "Witness" {
		t.Fatalf("the next launch opened %+v, not the comparison read last", next.docs[0].Meta)
	}
}
