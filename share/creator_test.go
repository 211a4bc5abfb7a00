package share

import (
	"bytes"
	"testing"

	"github.com/parley-reader/parley/data"
)

// TestWriteNamesTheSharer: the notes of a .parley are the sharer's own,
// which data.Annotations names as by data.OwnCreator; the file names them
// as by whom it is shared, and leaves a note that names another creator,
// or none, as it is.
func TestWriteNamesTheSharer(t *testing.T) {
	target := data.OneOrMany[data.AnnotationTarget]{{Source: "x", Side: "left",
		Selector: data.OneOrMany[data.Selector]{{Type: "TextQuoteSelector", Exact: "made"}}}}
	items := []data.Annotation{
		{ID: "urn:uuid:1", Type: "Annotation", Creator: &data.Agent{Type: data.Person, Name: data.OwnCreator}, Target: target},
		{ID: "urn:uuid:2", Type: "Annotation", Creator: &data.Agent{Type: data.Person, Name: "Mr Kim"}, Target: target},
		{ID: "urn:uuid:3", Type: "Annotation", Target: target},
	}
	in := Bundle{From: "Ms Rivera", Left: Statement{Text: "We made progress."}, Right: Statement{Text: "It was regretful."},
		Notes: data.AnnotationCollection{Type: "AnnotationCollection", Total: 3, First: &data.AnnotationPage{Type: "AnnotationPage", Items: items}}}
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got := out.Notes.First.Items
	if len(got) != 3 || got[0].Creator == nil || *got[0].Creator != (data.Agent{Type: data.Person, Name: "Ms Rivera"}) ||
		got[1].Creator == nil || got[1].Creator.Name != "Mr Kim" || got[2].Creator != nil {
		t.Errorf("creators = %+v, %+v, %+v", got[0].Creator, got[1].Creator, got[2].Creator)
	}
	if items[0].Creator.Name != data.OwnCreator {
		t.Errorf("Write changed the notes handed to it: %+v", items[0].Creator)
	}
}
