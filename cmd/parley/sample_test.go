package main

import (
	"strings"
	"testing"

	"github.com/parley-reader/parley/importer"
)

func TestSampleKeepsItsSources(t *testing.T) {
	left, right, err := statements(nil, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if left.Party != "Mike Pompeo, US Secretary of State" || left.Title == "" || left.Date != "7 July 2018" ||
		!strings.HasPrefix(left.Source, "Quoted in") || !strings.HasPrefix(left.Text, "I think we made progress") {
		t.Errorf("left side of the sample: %+v", left.Meta)
	}
	if right.Party != "DPRK Foreign Ministry" || right.Title == "" || right.Source == "" || right.Text == "" {
		t.Errorf("right side of the sample: %+v", right.Meta)
	}
}
