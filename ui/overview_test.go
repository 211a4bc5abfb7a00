package ui

import (
	"testing"

	"github.com/parley-reader/parley/compare"
)

func TestMergeMarksBoundsObjects(t *testing.T) {
	var marks []overviewMark
	n := 20000
	rels := []compare.Relation{omitted, omitted, compare.Agree, omitted, compare.Contradict}
	for i := 0; i < n; i++ {
		top := float32(i) / float32(n)
		marks = append(marks, overviewMark{top: top, bottom: top + 0.9/float32(n), rel: rels[i%len(rels)], offset: i})
	}
	got := mergeMarks(marks)
	if len(got) > 2*overviewResolution {
		t.Errorf("%d claims give %d overview rectangles, want at most %d", n, len(got), 2*overviewResolution)
	}
	// Nothing is lost: the merged marks still cover the contradictions.
	found := false
	for _, m := range got {
		if m.rel == compare.Contradict {
			found = true
		}
	}
	if !found {
		t.Error("merging dropped the contradictions")
	}
	// Distinct neighbours stay apart.
	two := mergeMarks([]overviewMark{{top: 0, bottom: 0.1, rel: compare.Agree}, {top: 0.1, bottom: 0.2, rel: compare.Contradict}})
	if len(two) != 2 {
		t.Errorf("marks of different relations were merged: %+v", two)
	}
}
