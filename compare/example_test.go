package compare_test

import (
	"fmt"

	"github.com/parley-reader/parley/compare"
)

func ExampleCompare() {
	left := compare.Document{Meta: compare.Meta{Party: "Retailer"}, Text: "We refunded the full amount on 3 May. The parcel was delivered on 28 April."}
	right := compare.Document{Meta: compare.Meta{Party: "Customer"}, Text: "I have not received any refund. The parcel arrived on 2 May."}
	res, err := compare.Compare(left, right)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Pairs {
		fmt.Printf("%q / %q: %s\n", res.Left.Claims[p.Left[0]].Text, res.Right.Claims[p.Right[0]].Text, p.Relation)
		for _, c := range p.Cues {
			fmt.Println("  ", c)
		}
	}
	// Output:
	// "We refunded the full amount on 3 May." / "I have not received any refund.": contradict
	//    negation: "refunded" / "have not received any refund"
	// "The parcel was delivered on 28 April." / "The parcel arrived on 2 May.": contradict
	//    different date: "28 April" / "2 May"
}

func ExampleClassify() {
	v := compare.Classify("The jobless rate fell to 5.1 percent in May.", "The jobless rate dropped to 5.1%.")
	fmt.Println(v.Relation, v.Cues[0])
	// Output:
	// agree same facts: "5.1 percent"
}
