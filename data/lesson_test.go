package data

import (
	"context"
	"errors"
	"testing"

	"github.com/parley-reader/parley/compare"
)

func TestLessonAndSourceAreKept(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	id, err := s.CreateComparison(ctx, "Talks", Document{Meta: compare.Meta{Party: "US", Outlet: "Wire"}, Body: "We made progress."}, Document{Meta: compare.Meta{Party: "DPRK"}, Body: "It was regretful."})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Comparison(ctx, id)
	if err != nil || c.Lesson != nil || c.Left.Outlet != "Wire" {
		t.Fatalf("new comparison: lesson %q, outlet %q, %v", c.Lesson, c.Left.Outlet, err)
	}
	if err := s.SaveLesson(ctx, id, []byte(`{"items":[{"left":[0],"right":[0]}]}`)); err != nil {
		t.Fatal(err)
	}
	src := c.Right
	src.Party, src.Outlet, src.Language = "DPRK Foreign Ministry", "KCNA", "ko, official translation"
	if err := s.UpdateSource(ctx, c.Right.ID, src); err != nil {
		t.Fatal(err)
	}
	c, err = s.Comparison(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if string(c.Lesson) != `{"items":[{"left":[0],"right":[0]}]}` {
		t.Errorf("lesson = %q", c.Lesson)
	}
	if c.Right.Party != "DPRK Foreign Ministry" || c.Right.Outlet != "KCNA" || c.Right.Body != "It was regretful." {
		t.Errorf("right statement after source edit = %+v", c.Right)
	}
	if err := s.SaveLesson(ctx, id+9, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("lesson for a missing comparison: %v", err)
	}
	if err := s.UpdateSource(ctx, 999, src); !errors.Is(err, ErrNoDocument) {
		t.Errorf("source for a missing statement: %v", err)
	}
}
