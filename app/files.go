package main

import (
	"path/filepath"
	"strings"
)

// baseName is a file's name without folder and extension, as a title.
func baseName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}
