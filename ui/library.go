package ui

import (
	"context"
	"sync"
	"time"

	"github.com/parley-reader/parley/data"
)

// closeGrace is how long closing the window waits for queued database work
// before it cancels what is left.
const closeGrace = 10 * time.Second

// A job is database work. It runs on the library's goroutine, after every
// job queued before it, with the store and the rows of the comparison that
// was open when it was queued. It never touches a widget.
type job func(ctx context.Context, s *data.Store, k *kept) error

// kept is the open comparison's rows in the library. Only jobs read and
// write its fields; the UI goroutine only swaps in a new one when another
// comparison opens.
type kept struct {
	id          int64    // the comparison; 0 until kept
	docs        [2]int64 // the two statements
	corrections []int64  // the applied corrections' rows, in order; 0 for one not kept
}

// library owns the reader's SQLite library: it alone holds the store, the
// queue of database jobs, the open comparison's rows and its id. Every
// database call goes through do or doKept, so none runs on the UI
// goroutine. A library without a store keeps nothing: its jobs never run.
// Its methods are called on the UI goroutine.
type library struct {
	store  *data.Store
	jobs   chan func()
	done   chan struct{} // closed when the job goroutine has ended
	ctx    context.Context
	cancel context.CancelFunc
	toUI   func(func()) // fyne.Do; nil holds the callbacks for flush (tests)
	closed bool

	kept *kept // the open comparison's rows, handed to each job
	id   int64 // the same comparison's id, for the UI goroutine; 0 until kept

	mu   sync.Mutex
	held []func() // callbacks waiting for flush when toUI is nil
}

// newLibrary starts the goroutine that runs the store's jobs. toUI hands
// each job's result back to the UI goroutine (fyne.Do); with a nil toUI the
// results wait for flush, as tests want. A nil store gives a library that
// keeps nothing.
func newLibrary(store *data.Store, toUI func(func())) *library {
	l := &library{store: store, toUI: toUI, kept: &kept{}}
	if store == nil {
		return l
	}
	l.ctx, l.cancel = context.WithCancel(context.Background())
	l.jobs = make(chan func(), 256)
	l.done = make(chan struct{})
	go l.run()
	return l
}

// run is the job goroutine: the only place the store is handed out.
func (l *library) run() {
	defer close(l.done)
	for j := range l.jobs {
		j()
	}
}

// open starts a new comparison: jobs queued from now on get its rows.
func (l *library) open() {
	l.kept, l.id = &kept{}, 0
}

// opened records the open comparison's id once a job has kept it.
func (l *library) opened(id int64) { l.id = id }

// keeps says whether the library has a database, so that its jobs run.
func (l *library) keeps() bool { return l.store != nil }

// keptID is the open comparison's id in the library, 0 while it is not
// kept (or there is no library).
func (l *library) keptID() int64 { return l.id }

// do queues a job. onUI, when not nil, then runs on the UI goroutine with
// the job's error, unless the window has closed.
func (l *library) do(j job, onUI func(error)) {
	if l.store == nil || l.closed {
		return
	}
	k := l.kept
	l.jobs <- func() {
		err := j(l.ctx, l.store, k)
		if onUI != nil {
			l.handBack(func() { onUI(err) })
		}
	}
}

// doKept queues a job on the open comparison: it runs only if the
// comparison is kept by then, and onUI only while that comparison is still
// the open one.
func (l *library) doKept(j job, onUI func(error)) {
	k := l.kept
	ran := false
	l.do(func(ctx context.Context, s *data.Store, k *kept) error {
		if k.id == 0 {
			return nil
		}
		ran = true
		return j(ctx, s, k)
	}, func(err error) {
		if ran && l.kept == k && onUI != nil {
			onUI(err)
		}
	})
}

func (l *library) handBack(f func()) {
	run := func() {
		if !l.closed {
			f()
		}
	}
	if l.toUI != nil {
		l.toUI(run)
		return
	}
	l.mu.Lock()
	l.held = append(l.held, run)
	l.mu.Unlock()
}

// close stops taking jobs and waits for the queued ones, which keep what
// the reader did; after closeGrace it cancels the rest. Closing twice does
// nothing.
func (l *library) close() {
	if l.store == nil || l.closed {
		return
	}
	l.closed = true
	close(l.jobs)
	select {
	case <-l.done:
	case <-time.After(closeGrace):
		l.cancel()
		<-l.done
	}
	l.cancel()
}
