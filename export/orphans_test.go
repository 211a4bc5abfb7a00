package export

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestOrphansKeepTheirSelectors: an imported note that cannot be placed
// (a reversed or out-of-range position, a quote in neither text) was
// exported at 0-0 with an empty quote. It now goes out with the selectors
// it came with, marked as an orphan, and a round trip keeps them.
func TestOrphansKeepTheirSelectors(t *testing.T) {
	s, c := notedLibrary(t)
	ctx := context.Background()
	in := `[{"type": "Annotation", "id": "urn:uuid:0a0a0a0a-0000-4000-8000-000000000001", "body": {"type": "TextualBody", "value": "reversed"},
		"target": {"source": "urn:sha256:0", "parley:side": "left", "selector": {"type": "TextPositionSelector", "start": 500, "end": 400}}},
	{"type": "Annotation", "id": "urn:uuid:0a0a0a0a-0000-4000-8000-000000000002", "body": {"type": "TextualBody", "value": "elsewhere"},
		"target": {"source": "urn:sha256:0", "parley:side": "right", "selector": [
			{"type": "TextPositionSelector", "start": 9000, "end": 9010},
			{"type": "TextQuoteSelector", "exact": "words in neither text", "prefix": "some ", "suffix": " here"}]}}]`
	if _, _, orphans, err := s.ImportAnnotations(ctx, c, strings.NewReader(in)); err != nil || orphans != 2 {
		t.Fatalf("import: %d orphans, %v", orphans, err)
	}
	for round := range 2 {
		var doc struct {
			First struct {
				Items []map[string]any `json:"items"`
			} `json:"first"`
		}
		out := exported(t, s, c, "json")
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, it := range doc.First.Items {
			bodies, _ := it["body"].([]any)
			if len(bodies) == 0 {
				continue
			}
			body, _ := bodies[0].(map[string]any)["value"].(string)
			target := it["target"].([]any)[0].(map[string]any)
			if body == "reversed" || body == "elsewhere" {
				if target["parley:orphan"] != true {
					t.Errorf("round %d: %q is not marked as an orphan: %v", round, body, target)
				}
				got[body] = canonical(t, target["selector"])
			}
		}
		for body, sel := range map[string]string{
			"reversed":  `[{"type":"TextPositionSelector","start":500,"end":400}]`,
			"elsewhere": `[{"type":"TextPositionSelector","start":9000,"end":9010},{"type":"TextQuoteSelector","exact":"words in neither text","prefix":"some ","suffix":" here"}]`,
		} {
			var v any
			json.Unmarshal([]byte(sel), &v)
			if want := canonical(t, v); got[body] != want {
				t.Errorf("round %d: %q went out with\n%s\nwant\n%s", round, body, got[body], want)
			}
		}
		// Import the export into the same comparison: nothing changes.
		if a, u, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(out)); err != nil || a+u != 0 {
			t.Fatalf("round trip: %d added, %d updated, %v", a, u, err)
		}
	}
}

// canonical is v as JSON with its keys in order.
func canonical(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestEachAnnotationCarriesItsContext: only the collection carried the
// JSON-LD @context, so an annotation taken out of it did not validate
// alone against the web-platform-tests annotation-model schemas.
func TestEachAnnotationCarriesItsContext(t *testing.T) {
	s, c := notedLibrary(t)
	var doc struct {
		Context string `json:"@context"`
		First   struct {
			Items []map[string]any `json:"items"`
		} `json:"first"`
	}
	if err := json.Unmarshal([]byte(exported(t, s, c, "json")), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Context != "http://www.w3.org/ns/anno.jsonld" || len(doc.First.Items) == 0 {
		t.Fatalf("collection @context %q, %d items", doc.Context, len(doc.First.Items))
	}
	for i, it := range doc.First.Items {
		if it["@context"] != "http://www.w3.org/ns/anno.jsonld" {
			t.Errorf("annotation %d has @context %v", i, it["@context"])
		}
	}
}
