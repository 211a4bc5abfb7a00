package importer_test

import (
	"fmt"

	"github.com/parley-reader/parley/importer"
)

func ExampleSplitArticle() {
	text := "Talks ended on Friday. “We made progress on almost all of the central issues,” said US Secretary of State Mike Pompeo.\n\n" +
		"According to the Foreign Ministry in Pyongyang:\n\n“The results of the talks can’t but be so apprehensive.”"
	s := importer.SplitArticle(text)
	for _, sp := range s.Speakers {
		fmt.Printf("%s (%s): %q\n", sp.Name, sp.Role, sp.Passages[0].Text)
	}
	fmt.Println(len(s.Commentary), "stretches of commentary")
	// Output:
	// Mike Pompeo (US Secretary of State): "We made progress on almost all of the central issues"
	// Foreign Ministry in Pyongyang (Foreign Ministry): "The results of the talks can’t but be so apprehensive."
	// 3 stretches of commentary
}

func ExampleSplit_Markdown() {
	text := "“We will sign next week,” said Ann Lee, a spokeswoman. Nobody else commented."
	fmt.Print(importer.SplitArticle(text).Markdown(text))
	// Output:
	// ## Ann Lee (spokeswoman)
	//
	// > We will sign next week
	//
	// *Code points 1–23.*
	//
	// ## Commentary
	//
	// said Ann Lee, a spokeswoman. Nobody else commented.
}
