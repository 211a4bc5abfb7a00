package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular reports a path that names something other than a regular
// file: a folder, a named pipe, a device or a socket. Reading a named pipe
// would wait for a writer for ever and a device may never end, so such
// paths are refused before they are opened.
var ErrNotRegular = errors.New("it is not a regular file")

// OpenFile opens the file at path for reading, refusing with ErrNotRegular
// anything that is not a regular file before opening it (and, should the
// path change in between, without waiting on it). Errors name the path and
// read as sentences.
func OpenFile(path string) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, openError(path, err)
	}
	if err := regular(path, st); err != nil {
		return nil, err
	}
	// O_NONBLOCK: a pipe swapped in after the check does not block open().
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, openError(path, err)
	}
	if st, err := f.Stat(); err != nil || regular(path, st) != nil {
		f.Close()
		if err == nil {
			err = regular(path, st)
		}
		return nil, err
	}
	return f, nil
}

// regular refuses a file mode that is not a regular file, saying what it is.
func regular(path string, st fs.FileInfo) error {
	m := st.Mode()
	what := ""
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		what = "a special file"
	}
	return fmt.Errorf("cannot read %s: %w: it is %s", path, ErrNotRegular, what)
}

// openError words an error from opening path.
func openError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot open %s: %w", path, err)
}
