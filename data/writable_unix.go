//go:build unix

package data

import "syscall"

// writable reports whether this process may write to path (a file, or a
// folder to create files in), as access(2) says: it also says no on a
// read-only file system, even to root.
func writable(path string) bool {
	return syscall.Access(path, 2) == nil // W_OK
}
