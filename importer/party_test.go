package importer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPartyFromTheDocument: the party of an imported statement is the one
// the document itself names, in the forms statements and pages take, and
// the file name (without its extension) only when the document names none.
func TestPartyFromTheDocument(t *testing.T) {
	const body = "The talks ended without an agreement on the schedule.\n\nBoth sides will meet again."
	docx := func(creator, first string) []byte {
		return makeZip(t, "[Content_Types].xml", "<Types/>",
			"word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+
				`<w:p><w:r><w:t>`+first+`</w:t></w:r></w:p><w:p><w:r><w:t>Both sides will meet again.</w:t></w:r></w:p></w:body></w:document>`,
			"docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `+
				`xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>`+creator+`</dc:creator></cp:coreProperties>`)
	}
	page := func(head, h1 string) []byte {
		return []byte("<!DOCTYPE html><html><head>" + head + "</head><body><article>" + h1 +
			"<p>The talks ended without an agreement on the schedule, and both sides said they would meet again within the month to settle it.</p>" +
			"<p>Both sides will meet again.</p></article></body></html>")
	}
	for _, c := range []struct {
		name, file string
		content    []byte
		want       string
	}{
		// Markdown headings.
		{"Markdown statement heading", "kcna_2018-07-07.md",
			[]byte("# Statement by the Ministry of Foreign Affairs on the High-Level Talks\n\n" + body), "Ministry of Foreign Affairs"},
		{"Markdown heading naming an office", "right.md", []byte("## DPRK Foreign Ministry\n\n" + body), "DPRK Foreign Ministry"},
		{"Markdown heading naming a person by office", "left.md",
			[]byte("# Secretary of State Mike Pompeo\n\n" + body), "Secretary of State Mike Pompeo"},
		{"Markdown heading naming an organisation of people", "union-reply.md",
			[]byte("# Union of Rail Workers\n\n" + body), "Union of Rail Workers"},
		{"plain first line naming an organisation", "reply.txt",
			[]byte("National Union of Teachers\n\n" + body), "National Union of Teachers"},
		{"Markdown possessive heading", "a.md", []byte("# The DPRK Foreign Ministry’s statement on the talks\n\n" + body), "DPRK Foreign Ministry"},
		{"Markdown front matter wins", "a.md", []byte("---\nparty: Ministry B\n---\n# Statement by Ministry A\n\n" + body), "Ministry B"},
		// Plain text first lines.
		{"plain statement line", "left.txt", []byte("Statement by the Ministry of Defence\n\n" + body), "Ministry of Defence"},
		{"plain statement line, capitals", "right.txt",
			[]byte("STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS OF THE DPRK\n\n" + body), "Ministry of Foreign Affairs of the DPRK"},
		{"remarks at an occasion", "x.txt", []byte("Remarks by President Joe Biden at the G7 Summit, 13 June 2021\n\n" + body), "President Joe Biden"},
		{"press release label", "x.txt", []byte("Ministry of Health: Press release on the outbreak\n\n" + body), "Ministry of Health"},
		{"office on its own first line", "x.txt", []byte("Office of the Press Secretary\n\n" + body), "Office of the Press Secretary"},
		{"X said", "x.txt", []byte("Foreign Ministry spokesperson Zhao Lijian said on Monday that the talks had been constructive.\n\n" + body), "Zhao Lijian"},
		{"X said after a dateline", "x.txt",
			[]byte("WASHINGTON (Reuters) - U.S. Secretary of State Mike Pompeo said on Saturday he had made progress.\n\n" + body), "Mike Pompeo"},
		{"an organisation said", "x.txt", []byte("The European Commission said on Friday it would open an inquiry.\n\n" + body), "European Commission"},
		{"an organisation with a plural possessive said", "ward.txt",
			[]byte("The National Nurses' Alliance said nurses on the ward are routinely caring for twelve patients each.\n\n" + body), "National Nurses' Alliance"},
		// Web pages.
		{"HTML title attribution", "page.html",
			page("<title>Statement by the Press Secretary on the Talks | The White House</title>", ""), "Press Secretary"},
		{"HTML title naming the office", "page.html",
			page("<title>Readout of the meeting | U.S. Department of State</title>", ""), "U.S. Department of State"},
		{"HTML h1 attribution", "page.html",
			page("<title>News</title>", "<h1>Remarks by Ambassador Linda Thomas-Greenfield at a UN Security Council Briefing</h1>"),
			"Ambassador Linda Thomas-Greenfield"},
		{"HTML author", "page.html", page(`<title>Talks end</title><meta name="author" content="Ministry of Foreign Affairs">`, ""), "Ministry of Foreign Affairs"},
		{"HTML site that is an office", "page.html", page(`<title>Talks end</title><meta property="og:site_name" content="Embassy of Japan in the UK">`, ""),
			"Embassy of Japan in the UK"},
		// Word documents.
		{"docx creator", "statement.docx", docx("Jane Diplomat", "The talks ended without an agreement."), "Jane Diplomat"},
		{"docx statement line beats the creator", "statement.docx", docx("Jane Diplomat", "Statement by the Foreign Ministry"), "Foreign Ministry"},
		{"docx placeholder creator", "press_release-final.docx", docx("Microsoft Office User", "The talks ended without an agreement."),
			"press release final"},
		// Nothing to go by: the file name.
		{"plain text without a party", "sample_left.txt", []byte("I think we made progress in every element of our discussions.\n\n" + body), "sample left"},
		{"a sentence is not a party", "witness-account.txt", []byte("The talks were regrettable and the atmosphere was tense.\n\n" + body), "witness account"},
		{"a headline is not a party", "story.md", []byte("# Trade Talks Collapse Amid Recriminations\n\n" + body), "story"},
		{"a news site is not a party", "story.html", page(`<title>Talks end | The Guardian</title><meta property="og:site_name" content="The Guardian">`, ""), "story"},
		{"the ministry said, unnamed", "note.txt", []byte("the ministry said it would reply.\n\n" + body), "note"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := ImportBytes("/tmp/parley-upload-123/"+c.file, c.content)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Document().Party; got != c.want {
				t.Errorf("party = %q, want %q", got, c.want)
			}
		})
	}
}

// TestPartyIsANameNotASentence: a party is cut to a name's length, at a
// word, however long the attribution.
func TestPartyIsANameNotASentence(t *testing.T) {
	long := "Statement by the Spokesperson of the Ministry of Foreign Affairs of the Democratic People's Republic of Korea\n\nIt was regrettable."
	d, err := ImportBytes("a.txt", []byte(long))
	if err != nil {
		t.Fatal(err)
	}
	p := d.Document().Party
	if n := utf8.RuneCountInString(p); n > maxPartyLen || n < 20 || !strings.HasPrefix(p, "Spokesperson of the Ministry") || strings.HasSuffix(p, " …") {
		t.Errorf("party = %q (%d code points)", p, n)
	}
	for _, author := range []string{strings.Repeat("A very long byline that goes on ", 10), ""} {
		d := Doc{Name: "/tmp/" + strings.Repeat("x", 200) + ".txt", Author: author, Text: "It was regrettable."}
		if p := d.Document().Party; utf8.RuneCountInString(p) > maxPartyLen {
			t.Errorf("party of %d code points: %q", utf8.RuneCountInString(p), p)
		}
	}
}
