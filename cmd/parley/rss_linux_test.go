package main

import (
	"os"
	"syscall"
)

// maxRSS returns the peak resident memory of a finished process in KB.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}
