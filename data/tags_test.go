package data

import (
	"context"
	"reflect"
	"testing"
)

func TestTagsByPrefixMostUsedFirst(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	noteOn(t, s, c, Left, "talks", "", "progress", "propaganda")
	noteOn(t, s, c, Left, "productive", "", "Propaganda", "  #framing  ")
	noteOn(t, s, c, Right, "gangster-like", "", "propaganda", "100% sure", "under_score")
	gone := noteOn(t, s, c, Left, "delegation", "", "progress", "promise")
	if err := s.DeleteNote(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}

	got, err := s.TagsByPrefix(ctx, "PRO", 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []TagCount{{"propaganda", 3}, {"progress", 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TagsByPrefix(PRO) = %+v, want %+v", got, want)
	}
	if got, _ := s.TagsByPrefix(ctx, "#fr", 10); len(got) != 1 || got[0].Name != "framing" {
		t.Errorf("TagsByPrefix(#fr) = %+v", got)
	}
	if got, _ := s.TagsByPrefix(ctx, "100%", 10); len(got) != 1 || got[0].Name != "100% sure" {
		t.Errorf("TagsByPrefix(100%%) = %+v", got)
	}
	if got, _ := s.TagsByPrefix(ctx, "%", 10); len(got) != 0 {
		t.Errorf("a LIKE wildcard matched tags: %+v", got)
	}
	if got, _ := s.TagsByPrefix(ctx, "under_", 10); len(got) != 1 {
		t.Errorf("TagsByPrefix(under_) = %+v", got)
	}
	if all, _ := s.TagsByPrefix(ctx, "", 2); len(all) != 2 || all[0].Name != "propaganda" {
		t.Errorf("first two tags = %+v", all)
	}
	if all, _ := s.TagsByPrefix(ctx, "", 0); len(all) != 5 {
		t.Errorf("every tag in use = %+v, want 5", all)
	}
}

func TestNormaliseTags(t *testing.T) {
	got := normaliseTags([]string{" #peace  talks ", "Peace Talks", "", "#", "평화"})
	want := []string{"peace talks", "평화"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("normaliseTags = %q, want %q", got, want)
	}
}
