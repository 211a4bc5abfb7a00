package importer

import (
	"strings"
	"testing"
)

func TestImportMarkdown(t *testing.T) {
	src := `---
title: "Talks end"
author: Jane Reporter
party: DPRK Foreign Ministry
outlet: Example News
url: https://news.example/talks
date: 2018-07-07
language: en
translation: Unofficial translation from Korean by KCNA
---
# The *statement*

We expected that the **U.S. side** would bring a [constructive proposal](https://x.example).
It was, however, so regretful &mdash; café.

- first item
- second ` + "`code`" + ` item
  1. nested one
  2. nested two

3. third
4. fourth

> A quoted paragraph
> over two lines.

<script>alert("SCRIPT-TEXT")</script>

<div onclick="x()">RAW-HTML</div>

| Side | Claim |
| ---- | ----- |
| US   | progress |

` + "```\ncode block line\n```" + `

![IMG-ALT](pic.png) Escaped \*stars\* stay.
`
	d, err := ImportBytes("talks.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "The statement\n\n" +
		"We expected that the U.S. side would bring a constructive proposal. It was, however, so regretful — café.\n\n" +
		"first item\nsecond code item\n1. nested one\n2. nested two\n\n" +
		"3. third\n4. fourth\n\n" +
		"A quoted paragraph over two lines.\n\n" +
		"Side\tClaim\nUS\tprogress\n\n" +
		"code block line\n\n" +
		"Escaped *stars* stay."
	if d.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", d.Text, want)
	}
	for _, bad := range []string{"SCRIPT-TEXT", "RAW-HTML", "IMG-ALT", "<", "**", "](", "---"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text contains %q", bad)
		}
	}
	if d.Title != "Talks end" || d.Author != "Jane Reporter" || d.Party != "DPRK Foreign Ministry" || d.Outlet != "Example News" ||
		d.URL != "https://news.example/talks" || d.Date != "2018-07-07" || d.Language != "en" || d.Note != "Unofficial translation from Korean by KCNA" {
		t.Errorf("metadata = %+v", d)
	}
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: x\n---\n# h\n\n- a\n- b\n\n> q\n\n<script>s</script>"))
	f.Add([]byte(strings.Repeat(">", 300) + " deep"))
	f.Add([]byte("| a | b |\n|---|---|\n| c | d |\n\n1. x\n   - y\n\n[l](u) ![i](s) `c` *e* **s** ~~d~~"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ImportBytes("f.md", b)
		if err != nil {
			return
		}
		checkDocText(t, d.Text)
	})
}
