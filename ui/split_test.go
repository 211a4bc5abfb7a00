package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-reader/parley/importer"
)

func seedArticle(t *testing.T) importer.Doc {
	t.Helper()
	b, err := os.ReadFile("testdata/talks-2018.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := importer.ImportBytes("article.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSplitProposalMoveMergeAndDocuments(t *testing.T) {
	article := seedArticle(t)
	split := importer.SplitArticle(article.Text)
	if len(split.Speakers) < 2 {
		t.Fatalf("the seed article splits into %d speakers", len(split.Speakers))
	}
	s := &splitProposal{text: []rune(article.Text), speakers: split.Speakers}
	var pompeo, dprk = -1, -1
	for i := range s.speakers {
		doc := s.document(i, article)
		switch {
		case strings.Contains(doc.Text, "I think we made progress in every element"):
			pompeo = i
		case strings.Contains(doc.Text, "International society has focused its expectation"):
			dprk = i
		}
	}
	if pompeo < 0 || dprk < 0 {
		t.Fatalf("the two statements were not found among %v", s.names())
	}
	// Moving a passage gives it to the other speaker; its text follows.
	p := s.speakers[pompeo].Passages[0]
	from, idx := s.owner(p.Start)
	if from != pompeo {
		t.Fatalf("owner of Pompeo's first passage = %d", from)
	}
	s.move(from, idx, dprk)
	if !strings.Contains(s.document(dprk, article).Text, strings.TrimSpace(string(s.text[p.Start:p.End]))) {
		t.Error("the moved passage is not in the other speaker's statement")
	}
	if owner, _ := s.owner(p.Start); owner != dprk {
		t.Errorf("after the move the passage belongs to %d", owner)
	}
	// Moving to the commentary takes it from every speaker.
	from, idx = s.owner(p.Start)
	s.move(from, idx, -1)
	if owner, _ := s.owner(p.Start); owner != -1 {
		t.Error("a passage moved to the commentary still has a speaker")
	}
	n := len(s.speakers)
	total := len(s.speakers[0].Passages) + len(s.speakers[1].Passages)
	s.merge(1, 0)
	if len(s.speakers) != n-1 || len(s.speakers[0].Passages) != total {
		t.Errorf("merge: %d speakers, %d passages; want %d and %d", len(s.speakers), len(s.speakers[0].Passages), n-1, total)
	}
}
