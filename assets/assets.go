// Package assets holds the files Parley ships inside its binary: the
// application icon and the built-in sample comparison.
package assets

import (
	"embed"
)

//go:embed icon.png sample
var files embed.FS

// Icon returns the application icon as PNG bytes.
func Icon() []byte {
	b, err := files.ReadFile("icon.png")
	if err != nil {
		panic("assets: icon.png missing from the binary: " + err.Error())
	}
	return b
}

// SampleFile returns a file of the built-in comparison Parley opens when
// it is given no files, the two statements on the Pyongyang talks of 6-7
// July 2018: "sample.json" gives each side's source in the JSON form of
// compare.Meta and names its text file ("left.txt", "right.txt").
func SampleFile(name string) ([]byte, error) {
	return files.ReadFile("sample/" + name)
}
