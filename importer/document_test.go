package importer

import (
	"testing"

	"github.com/parley-reader/parley/compare"
)

func TestDocumentOfAnImport(t *testing.T) {
	for _, tt := range []struct {
		doc  Doc
		want compare.Document
	}{
		{Doc{Name: "/tmp/kcna-statement.md", Text: "It was regrettable.", Title: "Statement", Author: "KCNA",
			Outlet: "KCNA Watch", URL: "https://kcna.example/1", Date: "2018-07-07", Language: "ko", Note: "official English translation"},
			compare.Document{Meta: compare.Meta{Title: "Statement", Party: "KCNA", Source: "/tmp/kcna-statement.md", Outlet: "KCNA Watch", URL: "https://kcna.example/1", Date: "2018-07-07", Language: "ko official English translation"}, Text: "It was regrettable."}},
		{Doc{Name: "/tmp/remarks.txt", Party: "US Department of State", Author: "Press office", Text: "Progress."},
			compare.Document{Meta: compare.Meta{Party: "US Department of State", Source: "/tmp/remarks.txt"}, Text: "Progress."}},
		{Doc{Name: "/tmp/witness.pdf", Language: "en", Text: "I saw it."},
			compare.Document{Meta: compare.Meta{Party: "witness", Source: "/tmp/witness.pdf", Language: "en"}, Text: "I saw it."}},
	} {
		if got := tt.doc.Document(); got != tt.want {
			t.Errorf("Document of %s:\n got %+v\nwant %+v", tt.doc.Name, got, tt.want)
		}
	}
}
