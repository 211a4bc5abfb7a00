// Package assets holds the files Parley ships inside its binary: the
// application icon and the built-in sample comparison.
package assets

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
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

// SampleSide is one party's statement in the built-in sample.
type SampleSide struct {
	Title  string `json:"title"`
	Party  string `json:"party"`
	Source string `json:"source"`
	Date   string `json:"date"`
	File   string `json:"file"`
	Text   string `json:"-"`
}

// Sample is the built-in comparison Parley opens when it is given no files:
// the two statements on the Pyongyang talks of 6-7 July 2018.
type Sample struct {
	Name  string     `json:"name"`
	Left  SampleSide `json:"left"`
	Right SampleSide `json:"right"`
}

// LoadSample returns the built-in sample with both texts read.
func LoadSample() (Sample, error) {
	var s Sample
	b, err := files.ReadFile("sample/sample.json")
	if err != nil {
		return s, fmt.Errorf("read sample: %w", err)
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return s, fmt.Errorf("parse sample: %w", err)
	}
	for _, side := range []*SampleSide{&s.Left, &s.Right} {
		t, err := files.ReadFile(side.File)
		if err != nil {
			return s, fmt.Errorf("read sample text: %w", err)
		}
		side.Text = strings.TrimSpace(string(t))
	}
	return s, nil
}
