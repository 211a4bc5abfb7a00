package importer

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

const articlePage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Talks end – Site</title>
<meta property="og:title" content="Pyongyang calls talks “regrettable”">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2018-07-07T10:00:00Z">
<meta name="author" content="Jane Reporter">
<link rel="canonical" href="https://news.example/talks">
<base href="https://cdn.example/">
<style>body { color: red } .secret { display: none }</style>
<script>var stolen = "SCRIPT-TEXT"; document.write("SCRIPT-TEXT");</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>NAV-TEXT</li></ul></nav>
<header><div class="logo">Example News</div></header>
<article>
<h1>Pyongyang calls talks “regrettable”</h1>
<p>US Secretary of State Mike Pompeo has just concluded another round of high level talks with DPRK officials in Pyongyang, and he said the meetings went well.</p>
<p>“I think we made progress in every element of our discussions,” Pompeo said. <img src="tracker.gif" alt="IMG-ALT">These are complicated issues.</p>
<blockquote><p>According to the Foreign Ministry in Pyongyang, the talks were regrettable and the atmosphere was tense throughout the day.</p></blockquote>
<ul><li>First point</li><li>Second <b>bold</b> point</li></ul>
<p>Line one<br>Line two — 한국어 &amp; caf&eacute;</p>
<script>alert("SCRIPT-TEXT")</script>
<div hidden>HIDDEN-TEXT</div>
<p style="display:none">HIDDEN-TEXT</p>
<noscript>NOSCRIPT-TEXT</noscript>
<p>The analysts who follow the peninsula said the two statements were written for audiences at home rather than for the other side.</p>
</article>
<aside>Related: ASIDE-TEXT</aside>
<footer>Copyright FOOTER-TEXT</footer>
</body>
</html>`

// failingTransport fails every request, so a test notices any fetch.
type failingTransport struct{ t *testing.T }

func (f failingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	f.t.Errorf("importing a file made a network request to %s", r.URL)
	return nil, errors.New("no network in tests")
}

func TestImportHTML(t *testing.T) {
	saved := http.DefaultTransport
	http.DefaultTransport = failingTransport{t}
	defer func() { http.DefaultTransport = saved }()

	d, err := ImportBytes("talks.html", []byte(articlePage))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"I think we made progress in every element of our discussions",
		"These are complicated issues.",
		"According to the Foreign Ministry in Pyongyang",
		"First point\nSecond bold point",
		"Line one\nLine two — 한국어 & café",
		"written for audiences at home",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, d.Text)
		}
	}
	for _, bad := range []string{"SCRIPT-TEXT", "HIDDEN-TEXT", "NOSCRIPT-TEXT", "NAV-TEXT", "FOOTER-TEXT", "ASIDE-TEXT", "IMG-ALT", "color: red", "<"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text contains %q:\n%s", bad, d.Text)
		}
	}
	if strings.Contains(d.Text, "\n\n\n") || !strings.Contains(d.Text, "went well.\n\n“I think") {
		t.Errorf("paragraphs are not separated by one blank line:\n%q", d.Text)
	}
	want := Doc{Title: "Pyongyang calls talks “regrettable”", Outlet: "Example News", Date: "2018-07-07T10:00:00Z",
		Author: "Jane Reporter", URL: "https://news.example/talks", Language: "en", Format: "html", Encoding: "UTF-8"}
	got := d
	got.Text, got.Name = "", ""
	if got != want {
		t.Errorf("metadata = %+v\nwant       %+v", got, want)
	}
}

func TestImportHTMLCharsets(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		want string
		err  error
	}{
		{"meta windows-1252", []byte(`<html><head><meta charset="windows-1252"></head><body><p>caf` + "\xe9 \x93quoted\x94" + `</p></body></html>`), "café “quoted”", nil},
		{"http-equiv latin1", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>` + "na\xefve" + `</p></body></html>`), "naïve", nil},
		{"meta koi8-r", []byte(`<html><head><meta charset="koi8-r"></head><body><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4" + `</p></body></html>`), "Привет", nil},
		{"no declaration utf-8", []byte(`<html><body><p>Seoul 서울</p></body></html>`), "Seoul 서울", nil},
		{"unknown charset", []byte(`<html><head><meta charset="x-klingon"></head><body><p>hi</p></body></html>`), "", ErrEncoding},
		{"utf-16 bom", append([]byte{0xFF, 0xFE}, utf16le("<html><body><p>Hi “there”</p></body></html>")...), "Hi “there”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ImportBytes("page.html", tt.page)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if err == nil && !strings.Contains(d.Text, tt.want) {
				t.Errorf("text = %q, want it to contain %q", d.Text, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), "x-klingon") {
				t.Errorf("error %q does not name the character set", err)
			}
		})
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestImportHTMLHostile(t *testing.T) {
	deep := strings.Repeat("<div>", 200000) + "deep text" + strings.Repeat("</div>", 200000)
	tests := []struct {
		name string
		page string
		want string
		err  error
	}{
		{"deep nesting", "<html><body>" + deep + "</body></html>", "deep text", nil},
		{"deep inline nesting", "<html><body><p>" + strings.Repeat("<span>", 100000) + "inline text</p></body></html>", "inline text", nil},
		{"only scripts", "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>", "", ErrNoText},
		{"script in attributes", `<html><body><p onclick="evil()">Click <a href="javascript:evil()">here</a></p><svg><script>evil()</script></svg></body></html>`, "Click here", nil},
		{"unclosed tags", "<html><body><p>one<p>two<div><b>three", "three", nil},
		{"script text hidden in comment", "<html><body><!-- <script>evil()</script> --><p>visible</p></body></html>", "visible", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ImportBytes("page.html", []byte(tt.page))
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if err == nil && !strings.Contains(d.Text, tt.want) {
				t.Errorf("text = %q, want it to contain %q", d.Text, tt.want)
			}
			if strings.Contains(d.Text, "evil") || strings.Contains(d.Text, "alert") {
				t.Errorf("script text leaked: %q", d.Text)
			}
		})
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(articlePage))
	f.Add([]byte(`<html><head><meta charset="koi8-r"></head><body><p>x</p></body></html>`))
	f.Add([]byte("<ol start=3><li>a<li><p>b</p></ol><table><tr><td>c<td>d</table><pre>e\n f</pre>"))
	f.Add([]byte("<div><div><div><script>s</script><style>t</style>u"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ImportBytes("f.html", b)
		if err != nil {
			if d.Text != "" {
				t.Fatalf("error %v with text", err)
			}
			return
		}
		checkDocText(t, d.Text)
	})
}

// checkDocText asserts the canonical form of imported text.
func checkDocText(t *testing.T, s string) {
	t.Helper()
	if strings.TrimSpace(s) == "" {
		t.Fatal("empty text without an error")
	}
	if s != strings.TrimSpace(s) || strings.Contains(s, "\n\n\n") || strings.Contains(s, "\r") {
		t.Fatalf("text is not in canonical form: %q", s)
	}
	if !isNFC(s) {
		t.Fatalf("text is not NFC: %q", s)
	}
}
