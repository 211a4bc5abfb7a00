package compare

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// TestFiguresFromOneToAnotherAreNoTimeOfDay checks that "from five to
// two" runs between two figures, where "at five to two" is a time.
func TestFiguresFromOneToAnotherAreNoTimeOfDay(t *testing.T) {
	for text, want := range map[string]bool{
		"Zarkovia cut its inspection teams from five to two.": false,
		"The figure fell from twenty to ten.":                 false,
		"The shift ended at five to two.":                     true,
		"Crews arrived at twenty to ten.":                     true,
	} {
		c := prepareText(text)
		if got := slices.ContainsFunc(c.qs, func(q quantity) bool { return q.time }); got != want {
			t.Errorf("%q: read a time of day %v, want %v", text, got, want)
		}
	}
}

// TestQuantities checks what numbers count.
func TestQuantities(t *testing.T) {
	tests := []struct {
		text   string
		phrase string
		val    float64
		zero   bool
		month  string
	}{
		{"The officer gave three clear warnings.", "three clear warnings", 3, false, ""},
		{"The firm may lower the flow by no more than a quarter.", "no more than a quarter", 25, false, ""},
		{"No warning was given.", "No warning", 0, true, ""},
		{"It held without a single violation.", "without a single violation", 0, true, ""},
		{"It was delivered on 28 April.", "28 April", 28, false, "april"},
		{"Unemployment fell to 5.1%.", "5.1%", 5.1, false, ""},
		{"Dozens of protesters were arrested.", "Dozens of protesters", 24, false, ""},
		{"The hospital opens in March.", "March", -1, false, "march"},
		{"The dairy has not lost a single farm.", "lost a single farm", 0, true, ""},
		{"The firm did not receive any complaints.", "receive any complaints", 0, true, ""},
		{"The slab gave way at half past ten.", "half past ten", 10.5, false, ""},
		{"The lorry crashed at a quarter to five in the afternoon.", "a quarter to five", 16.75, false, ""},
		{"Doors opened at quarter past seven pm.", "quarter past seven pm", 19.25, false, ""},
		{"A visit now costs four pounds fifty.", "four pounds fifty", 4.5, false, ""},
		{"The dispute concerns the quarter-past-three handicap.", "quarter-past-three", 3.25, false, ""},
		{"Two dozen shops had been visited.", "Two dozen shops", 24, false, ""},
		{"The number of pups born on the beach was closer to 40.", "closer to 40", 40, false, ""},
		{"It lost the forty-million-dollar fund.", "forty-million-dollar", 40e6, false, ""},
		{"It lost a 40-million-dollar fund.", "40-million-dollar", 40e6, false, ""},
		{"It lost half a million pounds.", "half a million pounds", 5e5, false, ""},
		{"Anyone held up by half an hour or more can claim.", "half an hour", 0.5, false, ""},
		{"It lost a quarter-of-a-million-dollar prize pool.", "a quarter-of-a-million-dollar", 2.5e5, false, ""},
		{"The city's 2027 budget was approved.", "2027", 2027, false, ""},
		{"He siphoned almost 1.4 million from the funds.", "almost 1.4 million", 1.4e6, false, ""},
		{"The sums came to around 900,000.", "around 900,000", 9e5, false, ""},
		{"Two-thirds of members voted for the strike.", "Two-thirds", 200.0 / 3, false, ""},
		{"The repairs will take a fortnight.", "a fortnight", 336, false, ""},
		{"The speed limit on the road is 30mph.", "30mph", 30 * 1609.344, false, ""},
		{"The shuttle was travelling at 11 km/h.", "11 km/h", 11000, false, ""},
		{"Customers were given a week's notice.", "a week's", 168, false, ""},
		{"The bridge has been closed since the third of June.", "since the third of June", 3, false, "june"},
		{"The bridge has been closed since the 3rd of June.", "since the 3rd of June", 3, false, "june"},
		{"The water reached a depth of almost half a metre.", "almost half a metre", 0.5, false, ""},
		{"It weighed half a tonne.", "half a tonne", 500, false, ""},
		{"Roughly six and a half thousand lamps were affected.", "Roughly six and a half thousand lamps", 6500, false, ""},
		{"The frost struck in the early hours of the twenty-third of April.", "the twenty-third of April", 23, false, "april"},
		{"The ban ends on the thirty-first of May.", "the thirty-first of May", 31, false, "may"},
		{"The bridge will reopen in mid-June.", "June", -1, false, "june"},
		{"The delay lasted a quarter of an hour.", "a quarter of an hour", 0.25, false, ""},
		{"The delay lasted 90 mins.", "90 mins", 1.5, false, ""},
		{"The parcel weighs 12kg.", "12kg", 12, false, ""},
		{"The fund holds two hundred thousand pounds.", "two hundred thousand pounds", 2e5, false, ""},
		{"The scheme cost three hundred million euros.", "three hundred million euros", 3e8, false, ""},
		{"It would save several hundred thousand pounds.", "several hundred thousand pounds", 5e5, false, ""},
		{"Tens of thousands of people marched.", "Tens of thousands of people", 2e4, false, ""},
		{"Staff worked two full eight-hour shifts.", "two full eight-hour", 8, false, ""},
		{"Barely a metre of pavement was left.", "a metre", 1, false, ""},
		{"The farm is about a mile away.", "about a mile", 1609.344, false, ""},
		{"The school is within a mile and a half.", "within a mile and a half", 1.5 * 1609.344, false, ""},
		{"It was called off an hour and three quarters before the start.", "an hour and three quarters", 1.75, false, ""},
		{"The match lasted two hours and a quarter.", "two hours and a quarter", 2.25, false, ""},
		{"Paramedics arrived an hour and twenty minutes after the call.", "an hour and twenty minutes", 1 + 20.0/60, false, ""},
		{"The meeting lasted two hours and 15 minutes.", "two hours and 15 minutes", 2.25, false, ""},
		{"The strike lasted two days, six hours.", "two days, six hours", 54, false, ""},
		{"The crossing took 1 hour 20 minutes.", "1 hour 20 minutes", 1 + 20.0/60, false, ""},
		{"A joint survey in 2022 fixed the line of the fence.", "2022", 2022, false, ""},
		{"Gas was cut off in 2000 homes.", "2000 homes", 2000, false, ""},
	}
	for _, tt := range tests {
		r := []rune(tt.text)
		c := prepare(r, Span{0, len(r)}, sharedLex)
		qs := quantities(c.toks)
		if len(qs) != 1 {
			t.Errorf("quantities(%q) = %d, want 1", tt.text, len(qs))
			continue
		}
		q := qs[0]
		if got := c.phrase(q.from, q.to); got != tt.phrase || q.val != tt.val || q.zero != tt.zero || q.month != tt.month {
			t.Errorf("quantities(%q) = %q %v zero=%v month=%q, want %q %v %v %q", tt.text, got, q.val, q.zero, q.month, tt.phrase, tt.val, tt.zero, tt.month)
		}
	}
}

// TestWhatACountCounts checks what a count with no noun right after it
// counts, and its bounds: the part of a whole counted in millions, a count
// elided after a fronted whole and a date, "N-plus", a figure "and a half"
// after "from ... to", and no count where a number ends a name.
func TestWhatACountCounts(t *testing.T) {
	for _, tt := range []struct {
		text   string
		val    float64
		head   string
		lo, hi float64
	}{
		{"The bank said about 9,000 of its 1.4 million account holders were hit.", 9000, "holder", 7200, 10800},
		{"Of the thirty homes inspected in May, twelve did not meet the standard.", 12, "home", 12, 12},
		{"The firm apologised to the 200-plus people who fell ill.", 200, "person", 200, math.Inf(1)},
		{"The firm has 200 plus staff on site.", 200, "staff", 200, math.Inf(1)},
		{"The premium was going up from 22 per cent to twenty-seven and a half.", 27.5, "percent", 27.5, 27.5},
		{"It failed to fulfil three Division One fixtures.", 3, "fixture", 3, 3},
	} {
		r := []rune(tt.text)
		c := prepare(r, Span{0, len(r)}, sharedLex)
		var got []string
		found := false
		for _, q := range quantities(c.toks) {
			got = append(got, fmt.Sprintf("%v %q [%v, %v]", q.val, q.head, q.lo, q.hi))
			found = found || q.val == tt.val && q.head == tt.head && q.lo == tt.lo && q.hi == tt.hi
		}
		if !found {
			t.Errorf("quantities(%q) = %v, want %v %q [%v, %v]", tt.text, got, tt.val, tt.head, tt.lo, tt.hi)
		}
	}
	r := []rune("It failed to fulfil three Division One fixtures.")
	for _, q := range quantities(prepare(r, Span{0, len(r)}, sharedLex).toks) {
		if q.val == 1 {
			t.Errorf("the number ending a name read as a count: %+v", q)
		}
	}
	r = []rune("The repair cost 160 plus 20 pounds.")
	for _, q := range quantities(prepare(r, Span{0, len(r)}, sharedLex).toks) {
		if math.IsInf(q.hi, 1) {
			t.Errorf("a sum read as an open bound: %+v", q)
		}
	}
}

// TestMayIsNoMonth checks that the modal "may" is no date.
func TestMayIsNoMonth(t *testing.T) {
	r := []rune("They may consider a withdrawal.")
	c := prepare(r, Span{0, len(r)}, sharedLex)
	if qs := quantities(c.toks); len(qs) != 0 {
		t.Errorf("found %d quantities in a modal sentence", len(qs))
	}
}

// TestMoneyTokens checks the tokens numbers.go reads sums of money from: a
// currency symbol apart from its number, a scale abbreviation glued to the
// number and left out of its value, a scale word apart that the tokenizer
// multiplies the number by.
func TestMoneyTokens(t *testing.T) {
	tests := []struct {
		text     string
		surfaces []string
		num      float64 // of the second token
	}{
		{"£2m", []string{"£", "2m"}, 2},
		{"$1.5bn", []string{"$", "1.5bn"}, 1.5},
		{"€20m", []string{"€", "20m"}, 20},
		{"€ 12 million", []string{"€", "12", "million"}, 12e6},
	}
	for _, tt := range tests {
		toks := prepareText(tt.text).toks
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Surface)
		}
		if strings.Join(got, " ") != strings.Join(tt.surfaces, " ") || !toks[1].IsNum || toks[1].Num != tt.num {
			t.Errorf("tokens of %q = %q, second %v; want %q, %v", tt.text, got, toks[1].Num, tt.surfaces, tt.num)
		}
	}
}

// TestQuantityMeasures checks the value, measure and rate of sums of
// money, lengths of time, percents and fractions.
func TestQuantityMeasures(t *testing.T) {
	tests := []struct {
		text   string
		phrase string
		val    float64
		dim    string
		per    string
	}{
		{"It paid a fine of 12 million euros.", "12 million euros", 12e6, "money:euro", ""},
		{"It paid £2m.", "£2m", 2e6, "money:pound", ""},
		{"It costs $1.5bn.", "$1.5bn", 1.5e9, "money:dollar", ""},
		{"It raised €20m last year.", "€20m", 20e6, "money:euro", ""},
		{"It paid 2 million pounds.", "2 million pounds", 2e6, "money:pound", ""},
		{"He got a 35,000-pound bonus.", "35,000-pound", 35000, "money:pound", ""},
		{"The strike is costing 25 million euros a day.", "25 million euros a day", 25e6, "money:euro", "day"},
		{"Passengers get 600 euros per passenger.", "600 euros per passenger", 600, "money:euro", "each"},
		{"Some 400 people each year receive a voucher.", "Some 400 people each year", 400, "", "year"},
		{"Bills rise by 8 pounds a month.", "8 pounds a month", 8, "money:pound", "month"},
		{"The talks lasted 90 minutes.", "90 minutes", 1.5, "duration", ""},
		{"The talks lasted an hour and a half.", "an hour and a half", 1.5, "duration", ""},
		{"The talks lasted two and a half hours.", "two and a half hours", 2.5, "duration", ""},
		{"He waited half an hour.", "half an hour", 0.5, "duration", ""},
		{"Results came nine days later.", "nine days later", 216, "duration", ""},
		{"Results came within a week.", "within a week", 168, "duration", ""},
		{"They scrapped the 30-minute break.", "30-minute", 0.5, "duration", ""},
		{"Rents rose by almost 9 percent.", "almost 9 percent", 9, "percent", ""},
		{"Rents rose by 11 per cent.", "11 per cent", 11, "percent", ""},
		{"Vacancies fell by a quarter.", "a quarter", 25, "percent", ""},
		{"Two thirds of rooms are empty.", "Two thirds", 200.0 / 3, "percent", ""},
		{"Prices fell by half.", "half", 50, "percent", ""},
		{"All twenty-two crew members are safe.", "twenty-two crew members", 22, "", ""},
		{"The show drew 1.5m people.", "1.5m people", 1.5e6, "", ""},
	}
	for _, tt := range tests {
		c := prepareText(tt.text)
		if len(c.qs) != 1 {
			t.Errorf("quantities(%q) = %d, want 1", tt.text, len(c.qs))
			continue
		}
		q := c.qs[0]
		if got := c.phrase(q.from, q.to); got != tt.phrase || math.Abs(q.val-tt.val) > 1e-9*tt.val || q.dim != tt.dim || q.per != tt.per {
			t.Errorf("quantities(%q) = %q %v %q per %q, want %q %v %q per %q", tt.text, got, q.val, q.dim, q.per, tt.phrase, tt.val, tt.dim, tt.per)
		}
	}
}

// TestNoQuantity checks words that look like figures and are none: a scale
// abbreviation without a currency, "a day" said of no length of time, a
// fraction that is no proportion, an age.
func TestNoQuantity(t *testing.T) {
	for _, text := range []string{"They built a 10m wall.", "It was a day of mourning.", "It was a third attempt.", "A 35-year-old man was hurt."} {
		c := prepareText(text)
		for _, q := range c.qs {
			if q.dim != "" {
				t.Errorf("quantities(%q) has %q as %s", text, c.phrase(q.from, q.to), q.dim)
			}
		}
	}
}

// quantityKinds are the kinds of the cues quantityCues gives.
var quantityKinds = []string{"same facts", sameDateKind, "compatible figures", "different number", "different time", "different date", "quantity", "different figures", countKind, peopleCountKind}

// TestQuantityCues checks what the figures of a pair argue for: that sums
// of money, lengths of time and percents meet across their units, and that
// figures contradict only when they measure the same thing.
func TestQuantityCues(t *testing.T) {
	tests := []struct {
		name, a, b string
		kind       string   // of the first quantity cue; "" for none
		rel        Relation // that the cues decide, if any
	}{
		{"same role, different sum", "The court imposed a fine of 12 million euros.", "The court imposed a fine of 20 million euros.", "different number", Contradict},
		{"an hour and twenty minutes is 80 minutes", "The ambulance reached the patient 80 minutes after the first call.", "Paramedics arrived an hour and twenty minutes after he dialled for help.", "same facts", ""},
		{"an hour and twenty minutes is no 47 minutes", "The ambulance reached the patient 47 minutes after the first call.", "Paramedics arrived an hour and twenty minutes after he dialled for help.", "different time", Contradict},
		{"the size of a thing the other does not name counts nothing", "The defection cuts the government's majority in the 180-seat chamber to three.", "The governing bloc now has a majority of just three seats.", "", ""},
		{"the sizes of one kind of thing", "The council opened a 12-bed ward in May.", "The council opened a 20-bed ward in May.", "different number", Contradict},
		{"a figure the claim gives besides accounts for the other's", "The certificate was suspended for ninety days after an audit of the premium it received over three years.", "Over the past three years the cooperative received the premium.", "compatible figures", ""},
		{"N in every M is a share", "One in every four buses was late.", "A quarter of the buses ran late.", "compatible figures", ""},
		{"a month and its year meet a day of it", "The resident was admitted to hospital on 9 November.", "She was taken to hospital in early November 2023.", "same date", ""},
		{"two months of one year", "The plant closed in March 2021.", "The plant closed in June 2021.", "different date", Contradict},
		{"two hours and 15 minutes is 135 minutes", "The meeting lasted two hours and 15 minutes.", "The meeting lasted 135 minutes.", "same facts", Agree},
		{"rate against total", "The strike is costing 25 million euros a day.", "The strike has cost 25 million euros in total.", "different figures", Differ},
		{"rate against rate", "Bills will rise by 8 pounds a month.", "Bills will rise by 8 pounds a year.", "different figures", Differ},
		{"people counted by different roles, with figures that may be the same", "Around 60 staff at the depot stopped work on Tuesday.", "About 60 workers at the depot walked out on Tuesday.", "compatible figures", ""},
		{"people counted by different roles, with figures apart", "Around 60 staff at the depot stopped work that afternoon.", "About 200 workers at the depot walked out that afternoon.", peopleCountKind, ""},
		{"an hour in the morning in words", "The outage began at about 4am on Wednesday.", "The outage began shortly after four in the morning on Wednesday.", "compatible figures", ""},
		{"an hour at night in words", "The outage began at about 4am on Wednesday.", "The outage began at ten at night on Wednesday.", "different time", Contradict},
		{"a span things are counted in is no offset", "The ban follows missed tests within a 12-month period.", "One of the missed tests came two days earlier.", "", ""},
		{"a span a thing lasted is a length", "The council consulted residents over a twelve-week period.", "The council consulted residents for six weeks.", "different time", Contradict},
		{"the start of a state and a deadline are dates of two events", "Supplies should be back to normal by the end of January.", "Supplies have been at their lowest since September.", "", ""},
		{"two deadlines apart", "Supplies should be back to normal by the end of January.", "Supplies will not be back to normal until March.", "different date", ""},
		{"and a half written with hyphens, rounded to the half", "The 17-day tour was due to begin in October.", "The two-and-a-half-week tour was due to begin in October.", "compatible figures", ""},
		{"half a unit off is another length", "The 17-day tour was due to begin in October.", "The three-and-a-half-week tour was due to begin in October.", "different time", Contradict},
		{"people counted for two different things", "Around 120 nurses recruited from overseas will start by March.", "The recruits will not replace the roughly 140 nurses who left the trust last year.", "", ""},
		{"people counted for one thing", "Around 120 nurses were recruited from overseas.", "Roughly 140 nurses were recruited from overseas.", "different figures", ""},
		{"two levels give the size of the change", "The agency cut the rate by four cents a tree, to 28 cents.", "The rate was set at 28 cents, down from 32 cents.", "compatible figures", ""},
		{"years from and to are no change", "The audit covered the years from 2022 to 2024.", "The audit covered two years of accounts.", "", ""},
		{"people and what they did are one count", "A twelve-week public consultation drew 3,400 responses, the council said.", "Nearly three and a half thousand people responded to the consultation.", "compatible figures", ""},
		{"people a thing was done by count it", "A petition signed by about 3,000 people was handed in.", "The campaign has gathered more than three thousand signatures.", "compatible figures", ""},
		{"a month in its season", "The ward will reopen in May, the trust said.", "Families were told the ward should open again in the spring.", "same date", ""},
		{"a season of a year and a month of it", "The tool was withdrawn in July 2023.", "The insurer stopped using the tool in the summer of 2023.", "same date", ""},
		{"two seasons apart", "The beavers were released last autumn.", "The beavers were released in the spring.", "different date", Contradict},
		{"a school term is no season", "The patrol will be removed from September.", "The patrol ends at the end of the summer term.", "", ""},
		{"the same day of the week", "Managers met the residents' group on Tuesday.", "Members of the group sat down with the managers on Tuesday evening.", "same date", ""},
		{"days of the week never clash", "Extra water stations were put in on Monday.", "The water stations were put in on Wednesday.", "", ""},
		{"a day of the week is no month", "The stations were put in on Monday.", "The stations were put in in May.", "", ""},
		{"one and a half in words", "About 200 kilograms of ammonia escaped from the tank.", "Roughly one and a half tonnes of ammonia escaped from the tank.", "different number", Contradict},
		{"pence written with their p", "Farmers are paid 41 pence a litre for their milk.", "Farmers are paid 36p a litre for their milk.", "different number", Contradict},
		{"a rate named by the monthly bill it is added to", "The rise will add about 30 pounds a month to the average bill.", "The rise will add around 70 pounds to the monthly bill of a typical household.", "different number", Contradict},
		{"different roles, same currency", "The company faces fines of up to 5 million euros.", "The company set up a hardship fund of 8 million euros.", "different figures", Differ},
		{"different roles and currencies", "The company faces fines of up to 2 million euros.", "The company set up a fund of 2 million pounds.", "", ""},
		{"a time in words and in digits", "The roof fell in at 10:30 on Wednesday.", "The roof fell in at half past ten on Wednesday.", "same facts", ""},
		{"a time in words in the afternoon", "The lorry crashed at 4:45 pm.", "The lorry crashed at a quarter to five in the afternoon.", "same facts", ""},
		{"an earlier value and the same new one", "The rate stood at 5.4 percent, up from 5.1 percent.", "The rate climbed to 5.4 percent.", "same facts", ""},
		{"a time glued to am and one in words in the morning", "The strike started at 6am on Monday.", "The strike started at six o'clock on Monday morning.", "same facts", ""},
		{"a time with no half of the day may be after noon", "The strike began at three o'clock.", "The strike began at 3pm.", "same facts", ""},
		{"a time with no half of the day is not any time", "The strike began at three o'clock.", "The strike began at 5pm.", "different time", Contradict},
		{"noon is 12pm", "The licence was suspended from noon on Wednesday.", "The licence was suspended from 12pm on Wednesday.", "same facts", ""},
		{"minutes to the hour in words", "The crush at the north end happened at around 2.40pm.", "The crush at the north end happened at roughly twenty to three.", "compatible figures", ""},
		{"glued times apart", "The gates opened at 6.15am.", "The gates opened at 7.45am.", "different time", Contradict},
		{"a level reached and a level standing", "The programme's cost has risen to 1.2 billion euros.", "Total programme costs stand at around 950 million euros.", "different number", Contradict},
		{"a change against a level", "The programme's cost rose by 300 million euros this year.", "Total programme costs stand at around 950 million euros.", "different figures", Differ},
		{"a fifth is 20 percent", "Fees for overseas students will rise by 20 per cent.", "Fees for overseas students will go up by a fifth.", "same facts", ""},
		{"three fifths is 60 percent", "Three fifths of the members voted for the strike.", "Sixty per cent of the members voted for the strike.", "same facts", ""},
		{"a length of time before an event still lasts", "The spreadsheet had been visible on a staff page for about two hours.", "The spreadsheet had been available on the open web for at least nine days before it was taken down.", "different time", Contradict},
		{"a rate said at the end of the clause", "Predicted collision deaths are fewer than 20 kittiwakes a year.", "Modelling suggests that well over 100 kittiwakes could be killed by the turbines every year.", "different number", Contradict},
		{"a rate later in the clause against a total", "The plant releases 300 tonnes of waste every year.", "The plant released 300 tonnes of waste in 2023.", "different figures", Differ},
		{"the next morning against two days later", "The passengers left on a flight the following morning.", "The passengers did not leave until two days later.", "different time", Contradict},
		{"the next day is a day later", "The plane left the next day.", "The plane left a day later.", "same facts", ""},
		{"not until a time is that time", "Residents were not warned until 9pm.", "Residents were warned at 6pm.", "different time", Contradict},
		{"until without a negation bounds", "The road will stay closed until 9pm.", "The road will stay closed up to 6pm.", "compatible figures", ""},
		{"a part of a counted whole against all of it", "Only six of the twelve turnstiles on the north side were working.", "Every one of the twelve north-side turnstiles was in working order.", "different number", Contradict},
		{"a part of the victims is no count of the dead", "Two of the five victims were children.", "Five people died in the fire.", "different figures", Differ},
		{"about an eighth is 12 per cent", "Searches fell by 12 per cent on the year before.", "Searches dropped by about an eighth on the year before.", "compatible figures", ""},
		{"by more than a third against a sixth", "Fares rose by more than a third.", "Fares rose by a sixth.", "different number", Contradict},
		{"a tenth against a fifth", "Fees will rise by a tenth.", "Fees will rise by a fifth.", "different number", Contradict},
		{"symbol and word", "The council paid £2m.", "The council paid 2 million pounds.", "same facts", ""},
		{"glued billions", "The plan costs $1.5bn.", "The plan costs 1.5 billion dollars.", "same facts", ""},
		{"glued millions differ", "The club spent €20m on players.", "The club spent 30 million euros on players.", "different number", Contradict},
		{"other currency", "The council paid £2m.", "The council paid 2 million euros.", "", ""},
		{"a count from each of two is no total", "A scientific council of ten members will oversee research.", "An expert panel of five scientists from each country will advise on research.", "", ""},
		{"notice and warning are one length of time", "Licence holders had been given a week's notice of the closure by letter and text message.", "The decision to shut the fishery was made with less than a day's warning, leaving boats idle.", "different time", Contradict},
		{"days' notice against a fortnight before", "Businesses were given only three days' notice before the bridge was closed to all traffic.", "Letters were sent to traders a fortnight before the closure.", "different time", Contradict},
		{"written notice against a day's warning", "Every customer affected received at least 60 days' written notice before the account was closed.", "Many were given only a few days' warning.", "different time", Contradict},
		{"one per patient against a single one", "Wards now allow one named visitor per patient, for up to one hour a day.", "Patients are limited to a single nominated visitor for a maximum of sixty minutes daily.", "compatible figures", ""},
		{"per passenger and each", "Compensation of 600 euros per passenger will be paid.", "Compensation of 600 euros each will be paid.", "same facts", ""},
		{"within a day against days later", "Results were published within 24 hours.", "Results were published nine days later.", "different time", Contradict},
		{"minutes against hour and a half", "The meeting lasted 90 minutes.", "The meeting lasted an hour and a half.", "same facts", ""},
		{"minutes against decimal hours", "The meeting lasted 90 minutes.", "The meeting lasted 1.5 hours.", "same facts", ""},
		{"more than hours against about minutes", "The talks lasted more than three hours.", "The talks lasted about ninety minutes.", "different time", Contradict},
		{"weeks against almost months", "The trial lasted seven weeks.", "The trial ran for almost two months.", "compatible figures", ""},
		{"an hour against the morning", "Crews arrived within an hour.", "Crews arrived after two days.", "different time", Contradict},
		{"almost percent fits", "Rents rose by 8.5 percent.", "Rents rose by almost 9 percent.", "compatible figures", ""},
		{"almost falls short of its figure", "Rents rose by 11 percent.", "Rents rose by almost 9 percent.", "different number", Contradict},
		{"almost two months is seven weeks", "The trial lasted seven weeks.", "The trial lasted almost two months.", "compatible figures", ""},
		{"around is within a fifth", "Costs rose to 1.2 billion euros.", "Costs rose to around 950 million euros.", "different number", Contradict},
		{"around a fifth off meets but gives another figure", "Costs rose to 1.1 billion euros.", "Costs rose to around 950 million euros.", "different figures", ""},
		{"a share in words against a percent", "Most of the passengers were rebooked.", "Only 10 percent of the passengers were rebooked.", "different number", Contradict},
		{"a large share against less than 2 percent", "Less than 2 percent of workloads were affected.", "A large share of workloads were affected.", "different number", Contradict},
		{"shares in words that meet", "Most passengers were rebooked.", "Nearly all passengers were rebooked.", "compatible figures", ""},
		{"a speed in miles an hour against one in km/h", "The shuttle was travelling at 32 km/h.", "The shuttle was doing around 20 miles an hour.", "compatible figures", ""},
		{"two speeds in km/h and mph", "The shuttle was travelling at 11 km/h.", "The shuttle was travelling at 20 mph.", "different number", Contradict},
		{"an average against some days", "Average waiting times on the helpline were 11 minutes in April.", "Callers reported waits of more than an hour on some days.", "different figures", Differ},
		{"an average against as little as", "Staff earned an average of £3.40 an hour in tips.", "Porters can get as little as 40p an hour.", "different figures", Differ},
		{"two waiting times", "Waiting times on the helpline were 11 minutes in April.", "Waiting times on the helpline were more than an hour in April.", "different time", Contradict},
		{"every six months is twice a year", "The licence requires seabed monitoring every six months.", "The licence requires seabed monitoring twice a year.", "same facts", ""},
		{"every six months is not once a year", "The licence requires seabed monitoring every six months.", "The licence requires seabed monitoring once a year.", "different number", Contradict},
		{"every six weeks is an interval too", "Each bus is inspected every six weeks.", "The buses are inspected at intervals of roughly six weeks.", "compatible figures", ""},
		{"bare figures of the same words", "Average weekly hours at the studio were 42.", "Average weekly hours at the studio were 51.", "different number", Contradict},
		{"bare figures of different things", "The turnout at the meeting was 42.", "The score at half time was 51.", "", ""},
		{"the whole a share is of is no figure of its own", "The offer is worth 180 million dollars.", "The offer is worth barely a third of the 180 million dollars.", "different number", Contradict},
		{"half of a year is no share", "The launch was postponed to the second half of 2026.", "The launch was pushed back to late 2026.", "same date", ""},
		{"how long a state lasted against the time between two events", "The ferry has sailed this route for 26 years.", "The coastguard heard of the accident on the route some six hours after it happened.", "", ""},
		{"two lengths of a state", "The line was closed for 26 days.", "The line was closed for six days.", "different time", Contradict},
		{"a litre is per litre", "Farmers are paid 41 pence per litre.", "Farmers are paid 36 pence a litre.", "different number", Contradict},
		{"percent clash", "Rents rose by 4.5 percent.", "Rents rose by almost 9 percent.", "different number", Contradict},
		{"quarter as percent", "Vacancies fell by a quarter.", "Vacancies fell by 25 percent.", "same facts", ""},
		{"third against percent", "A third of the rooms are empty.", "Around 70 percent of the rooms are empty.", "different number", Contradict},
		{"bare phrases: within hours, days later", "within 24 hours", "nine days later", "different time", Contradict},
		{"bare phrases: minutes, an hour and a half", "90 minutes", "an hour and a half", "same facts", ""},
		{"bare phrases: symbol and word", "£2m", "2 million pounds", "same facts", ""},
		{"bare phrases: rate and total", "costing 25 million euros a day", "25 million euros in total", "different figures", Differ},
		{"bare phrases: fine and fine", "a fine of 12 million euros", "a fine of 20 million euros", "different number", Contradict},
		{"bare phrases: fines and fund", "fines of up to 2 million euros", "a fund of 2 million pounds", "", ""},
		{"different roles, same sum", "The company faces fines of up to 2 million euros.", "The company set up a fund of 2 million euros.", "", ""},
		{"role said apart", "The fine was 12 million euros.", "The court imposed a fine of 20 million euros.", "different number", Contradict},
		{"zero days", "The site ran without a single day of downtime.", "The site was down for three days.", "quantity", Contradict},
		{"a year ago is no rate", "The firm was fined 400,000 pounds a year ago.", "The firm was fined 400,000 pounds.", "same facts", ""},
		{"zero against some", "No workers were injured.", "Two workers were injured.", "quantity", Contradict},
		{"a single one against three", "The port held three meetings with the fishermen.", "The fishermen were invited to a single meeting.", "different number", Contradict},
		{"a negated verb of a single thing against some", "The dairy has not lost a single farm this year.", "The dairy has lost eleven farms this year.", "quantity", Contradict},
		{"counts", "More than 500 people attended the rally.", "Fewer than 200 people attended the rally.", "different number", Contradict},
		{"dates", "The parcel was delivered on 3 May.", "The parcel was delivered on 2 May.", "different date", Contradict},
		{"a span of days meets a day in it", "The dam released water between 9 and 11 November.", "The dam released water on 9 November.", "same date", ""},
		{"one uncommon figure in other words", "The firm will cut 450 jobs at its plant.", "The workforce would be reduced by up to 450 roles.", "compatible figures", ""},
		{"one uncommon figure, bare and counted", "The company put the number of affected locks at about 120,000.", "Its scan found roughly 120,000 of the locks in use.", "compatible figures", ""},
		{"one sum, whatever it was spent on", "The scheme, which cost £4.2m, replaced the junction.", "Cyclists questioned the 4.2 million pounds spent on the scheme.", "compatible figures", ""},
		{"a round figure may count two things", "The firm will cut 300 jobs at its plant.", "The workforce would be reduced by up to 300 roles.", "", ""},
		{"a small figure may count two things", "The firm will cut 8 jobs at its plant.", "The workforce would be reduced by up to 8 roles.", "", ""},
		{"one uncommon count of people", "The school said 58 pupils had been due to travel.", "Fifty-eight children were packed and ready to go.", "compatible figures", ""},
		{"people counted with no verb to meet", "The airline said 186 passengers and six crew were on board the aircraft.", "There were around 180 passengers on flight SM418.", "compatible figures", ""},
		{"a group of people counts them", "The plant employs about 310 people, making trays and cartons.", "The plant has a workforce of around 300, the union said.", "compatible figures", ""},
		{"people counted for two different things", "The trust said 120 nurses recruited from overseas are due to take up posts by March.", "The new arrivals would not make up for the roughly 140 nurses who left.", "", ""},
		{"a negated verb turns the bound round", "Gusts on the festival site reached 55mph by mid-morning.", "Gusts at the site never rose above 35mph that morning.", "different number", Contradict},
		{"a figure asked for is no fact", "The airline said it would offer every passenger a £100 travel voucher.", "The group wants each passenger to receive £350 in compensation.", "different figures", Differ},
		{"a figure called for is no fact", "Ticket holders will be offered a refund of 200 pounds.", "The group is calling for a refund of 350 pounds.", "different figures", Differ},
		{"a reached bound over a ceiling", "The bus lane added up to 12 minutes to bus journeys at peak times.", "The bus lane added no more than two minutes to bus journeys at peak times.", "different time", Contradict},
		{"a reached bound far over a figure it allows", "The bus lane added up to 12 minutes to bus journeys at peak times.", "The bus lane added five minutes to bus journeys at peak times.", "different figures", ""},
		{"for only a span before an event lasts", "The higher prices had been charged for 28 days before the sale began.", "The higher prices had been charged for only nine days before the discounts were applied.", "different time", Contradict},
		{"notice in a possessive length", "Every customer was given 30 days' notice by letter.", "Many customers had been given less than a fortnight's notice by letter.", "different time", Contradict},
		{"a lasting verb says only the length", "The containment, involving about 200 protesters, lasted just under two hours.", "Protesters were held in a police kettle near the Corn Exchange for almost four hours.", "different time", Contradict},
		{"a sum is no count", "The scheme cost 450 pounds.", "The scheme had 450 users.", "", ""},
		{"the clock turns at midnight", "The ban starts at midnight.", "The ban starts at 00:00.", "compatible figures", Agree},
		{"a length and a change of length", "The festival will run for four weeks this year instead of the usual ten.", "The festival season had been cut by six weeks, the traders said.", "different figures", ""},
		{"none had one thing done, some another", "No driver was charged on the basis of a roadside test alone, the force said.", "At least two of the drivers had been suspended from work, the forum said.", "different figures", ""},
		{"none and some of one thing done", "No driver was charged after a roadside test, the force said.", "At least two of the drivers were charged after a roadside test, the forum said.", "quantity", Contradict},
		{"a share and the discount off it make the whole", "Rents would be set at 80 per cent of the local market rate.", "Tenants will get a 20% discount on private rents.", "compatible figures", ""},
		{"two sums that make a total both give", "The council said it had paid £62,000 of the £118,000 contract.", "The firm said it was owed £56,000 under the £118,000 contract.", "compatible figures", ""},
		{"two shares of one measure that add up to all of it still clash", "Turnout was 80 per cent.", "Turnout was 20 per cent.", "different number", Contradict},
		{"the small hours are after midnight", "The relief coach left the depot at 1.15am.", "The relief coach only left the depot after midnight.", "compatible figures", ""},
		{"late evening is before midnight", "The relief coach left the depot at 11.30pm.", "The relief coach only left the depot after midnight.", "different time", Contradict},
		{"a length after take", "The repairs will take a fortnight.", "The repairs will take six weeks.", "different time", Contradict},
		{"containers of things count the things", "Some 18,000 bottles of the wine are affected.", "Around 1,500 cases of twelve bottles are affected.", "compatible figures", ""},
		{"a pair of is two", "Two swimmers were taken to hospital.", "A pair of swimmers were taken to hospital.", "compatible figures", ""},
		{"a pair of is not three", "Three swimmers were taken to hospital.", "A pair of swimmers were taken to hospital.", "different number", ""},
		{"a part of a whole named in the possessive", "The sale covers 42 of the site's 110 plots.", "The council will sell forty-two plots.", "compatible figures", ""},
		{"a share of a whole named in the possessive", "A third of the council's 90 staff will go.", "The council will cut 30 staff.", "compatible figures", ""},
		{"a number in words with and", "Around 340 apprentices are enrolled at the college.", "Roughly three hundred and forty apprentices are enrolled at the college.", "compatible figures", ""},
		{"a verb of asking in the subject asks for no figure", "The average wait for a first appointment is now 12 days.", "Students seeking counselling are waiting an average of five weeks for a first appointment.", "different time", ""},
		{"a figure without its noun counts the nouns before it", "17 passengers were injured in the crash.", "Four passengers were killed and seventeen were hurt in the crash.", "same facts", ""},
		{"a double-deck bus is no count of two", "The firm withdrew 14 double-deck buses from service.", "Examiners took fourteen buses off the road.", "same facts", ""},
		{"metres written onto the figure", "The plaster that fell measured about two metres across.", "The plasterwork that came down was roughly 2m wide.", "compatible figures", ""},
		{"the number of things put at a figure counts them", "In total, 3,800 homes were affected.", "The council put the number of homes affected at almost four thousand.", "compatible figures", ""},
		{"the number of things in a compound", "Weekend ridership on the line averages about 300 passengers.", "The group put the average number of weekend passengers at close to 700.", "different number", ""},
		{"a cap below a sum reached", "Late fees will remain capped at £24 for any single purchase.", "A customer can be charged up to £36 in late fees on a single purchase.", "different number", ""},
		{"a cap above a sum reached", "Late fees will remain capped at £40 for any single purchase.", "A customer can be charged up to £36 in late fees on a single purchase.", "compatible figures", ""},
		{"an irregular plural ends the counted noun", "Forty-one fishermen hold eel licences on the river.", "Some forty anglers hold eel licences on the river.", "compatible figures", ""},
		{"lengths of notice, a plural possessive", "The overtime ban was announced with the required 14 days' notice.", "The union gave only seven days' notice of the overtime ban.", "different time", ""},
		{"a hundred counted once, with and", "Some 150 families were moved out of the tower.", "A hundred and fifty families were moved out of the tower.", "compatible figures", ""},
		{"a hundred and twenty thousand is not twenty thousand", "About 120,000 homes were left without power.", "A hundred and twenty thousand homes were left without power.", "compatible figures", ""},
		{"too few containers of things", "Some 18,000 bottles of the wine are affected.", "Around 500 cases of twelve bottles are affected.", "different number", ""},
		{"a change against the levels it ran between", "The basic support rate for hill land will fall from €42 to €30 per hectare.", "Farmers will receive €12 less for every hectare of hill ground.", "compatible figures", ""},
		{"a month and a half may be six weeks", "The consultation lasted six weeks.", "The consultation ran for a month and a half.", "compatible figures", ""},
		{"a span of the clock is a length of time", "Police used the cameras for around six hours on Saturday.", "The cameras operated from 11am to 5pm on Saturday.", "compatible figures", ""},
		{"a span too long for the length", "The meeting lasted about two hours.", "The meeting ran from 9am to 5pm.", "different time", Contradict},
		{"a span on the twelve-hour clock runs past midnight", "Flights land between 23:30 and 06:00.", "Flights land between half past eleven and six in the morning.", "same facts", ""},
		{"one sum with each of its rates", "The yearly service charge of £260 per household is in every contract.", "The service charge is now £260 a year for each home.", "compatible figures", ""},
		{"a few is no hundred", "The anchor was dragged for roughly 100 kilometres.", "The anchor was dragged for no more than a few kilometres.", "different number", Contradict},
		{"several hundred is hundreds", "Around 40 people were evacuated from the estate.", "Several hundred people were evacuated from the estate.", "different number", Contradict},
		{"a couple of days is two or three", "The hearing lasted ten days.", "The hearing lasted a couple of days.", "different time", Contradict},
		{"several weeks may be two months", "Work on the site stopped for several weeks.", "Work on the site stopped for two months.", "compatible figures", ""},
		{"twice a day against three times a day", "The bus will run three times a day.", "The bus will run only twice a day.", "different number", Contradict},
		{"estimates a fifth apart are different figures", "Around 1,800 overnight stays will be lost over the winter.", "The hut recorded roughly 1,500 overnight stays last winter.", "different figures", ""},
		{"estimates close together are compatible", "The scheme will cover around 6,500 properties.", "Around six and a half thousand homes will be caught by the scheme.", "compatible figures", ""},
		{"lengths of time in other units stay compatible", "The trial lasted seven weeks.", "The trial ran for almost two months.", "compatible figures", ""},
		{"once as an adverb of its own is a count", "Farraday had been interviewed twice, police said.", "His lawyer said Farraday had been interviewed only once.", "different number", Contradict},
		{"the number of things said to be a figure counts them", "A record 63 pups had been counted on the beach.", "The number of pups born on the beach last winter was closer to 40.", "different number", Contradict},
		{"once as a conjunction counts nothing", "The company will reopen the depot twice this year.", "Once the roof is repaired, the depot will reopen.", "", ""},
		{"times against what a noun near time counts", "The company wrote to the family twice about the closure.", "The family has farmed the land for four generations.", "", ""},
		{"a full share is all of it", "The clubs used less than a quarter of their allotted pitch time.", "The clubs used their full share of pitch time.", "different number", Contradict},
		{"a figure another of the claim's meets", "The budget has risen to £212 million, an increase of about £9 million.", "The cost has climbed by roughly nine million pounds.", "compatible figures", ""},
		{"pence are hundredths of a pound", "Shareholders were offered 315 pence per share in cash.", "The bid of £3.15 a share was sent to shareholders.", "same facts", ""},
		{"a price of each after a sum", "The tickets were sold at £12 a ticket.", "The tickets were sold at £15 per ticket.", "different number", Contradict},
		{"people in general against people by their role", "About 90 people fell ill after the dinner.", "Some 35 diners fell ill after the dinner.", peopleCountKind, ""},
		{"people by role beside other people are a part", "The ferry carried 140 passengers and 12 crew.", "There were 152 people on the ferry.", "compatible figures", ""},
		{"a count that includes others holds a part", "The coach carried its driver and 40 pupils.", "Forty-one people, including the driver, were on the coach.", "compatible figures", ""},
		{"people by roles counted roughly", "About 150 nurses joined the strike on Monday.", "More than 400 of our members joined the strike on Monday.", peopleCountKind, ""},
		{"an offset back is no offset forward", "The barge reached the port three days later.", "The warning was issued three days before the barge left.", "", ""},
		{"a sum said in two scale words", "The fund will hold two hundred thousand pounds.", "The fund will hold £200,000.", "same facts", ""},
		{"a rough multiple of a scale is a range", "The switch would save several hundred thousand pounds a year.", "The switch would save around £700,000 a year.", "different figures", ""},
		{"tens of thousands is no few thousand", "Tens of thousands of people marched through the city.", "About 40,000 people marched through the city.", "", ""},
		{"a month may have 31 days", "Recordings are deleted after 31 days.", "Recordings can be kept for a month.", "compatible figures", ""},
		{"a count of spells of one length is their total", "Staff stayed off the floor for two full eight-hour shifts.", "Production was halted for sixteen hours.", "compatible figures", ""},
		{"one of a measure said with an article", "Every charger was positioned to leave at least 1.5 metres of clear pavement.", "There is barely a metre of pavement left beside the posts.", "different number", Contradict},
		{"a count and another said with its noun left out", "Eleven people were arrested for obstruction and two for assault.", "Thirteen people were arrested, the group said.", "compatible figures", ""},
		{"basis points are hundredths of a percentage point", "The bank raised its rate by 0.5 percentage points.", "The bank raised its rate by 25 basis points.", "different number", Contradict},
		{"a term of a ratio counts no group", "The nursery moved to a ratio of one adult to five children.", "The letter was signed by the parents of 38 children.", "different figures", Differ},
		{"two ratios", "The nursery has a ratio of one adult to five children.", "The nursery has one adult for every eight children.", "same facts", Contradict},
		{"what the parts were merged into", "The Rowan and Larch wards have been combined into a single specialist dementia unit.", "Carers have raised the alarm over the merger of the two dementia wards.", "different figures", Differ},
		{"what is added against a total", "The trust hired 50 extra nurses this year.", "The trust now employs 320 nurses.", "different figures", Differ},
		{"two additions", "The trust hired 50 extra nurses this year.", "The trust hired 20 additional nurses this year.", "different number", Contradict},
		{"the losing side of a score", "The council backed the proposal by 31 votes to 9.", "Councillors voted to move the village, with nine voting against.", "", ""},
		{"two scores", "The committee approved the charges by six votes to three.", "The committee passed the charges by five votes to four.", "different number", Contradict},
		{"a twentieth is five percent", "The smelter uses about 15 percent of the country's electricity.", "The smelter uses one twentieth of the country's electricity.", "different number", Contradict},
		{"the first half of a year is no share", "The bank closed 4,000 accounts in the first half of the year.", "Most of the accounts were flagged by software.", "", ""},
		{"minutes to midnight in words", "Police arrived at the scene at 23:10.", "Officers reached the scene at twenty to midnight.", "different time", Contradict},
		{"minutes past noon in words", "The meeting began at 12:15.", "The meeting started at quarter past noon.", "same facts", ""},
		{"and the length of each", "Staff work four twelve-hour shifts followed by four days off.", "Staff work a pattern of twelve-hour shifts.", "same facts", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := compareClaims(prepareText(tt.a), prepareText(tt.b), backgroundIDF, sharedLex, full)
			var got []string
			for _, c := range findCues(ps) {
				if k, _, _ := strings.Cut(c.text, ":"); slices.Contains(quantityKinds, k) {
					got = append(got, c.text)
				}
			}
			kind := ""
			if len(got) > 0 {
				kind, _, _ = strings.Cut(got[0], ":")
			}
			if kind != tt.kind {
				t.Errorf("quantity cues %q, want the first of kind %q", got, tt.kind)
			}
			if v := Classify(tt.a, tt.b); tt.rel != "" && v.Relation != tt.rel {
				t.Errorf("Classify = %s %q, want %s", v.Relation, v.Cues, tt.rel)
			}
		})
	}
}

// TestUnitsConverted checks that areas, lengths and masses in different
// units meet in one base unit, with room for the rounding of a converted
// figure.
func TestUnitsConverted(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want Relation // of the first quantity cue
	}{
		{"The fire burned 12,000 hectares of forest.", "The fire burned 30,000 acres of forest.", Agree},
		{"The road is 12 miles long.", "The road is 19 kilometres long.", Agree},
		{"The road is 12 miles long.", "The road is 40 kilometres long.", Contradict},
		{"The plot covers 2 hectares.", "The plot covers 6,000 square metres.", Contradict},
		{"The temperature in the warehouse peaked at 27C.", "Workers measured 34 degrees in the warehouse.", Contradict},
		{"The temperature in the warehouse peaked at 30°C.", "The warehouse reached 86 degrees Fahrenheit.", Agree},
	} {
		ps := compareClaims(prepareText(tt.a), prepareText(tt.b), backgroundIDF, sharedLex, full)
		cs := quantityCues(side{c: ps.a, m: ps.ab, qs: ps.a.qs, isLeft: true}, side{c: ps.b, m: ps.ba, qs: ps.b.qs})
		if len(cs) == 0 || cs[0].rel != tt.want {
			t.Errorf("%q / %q: cues %v, want a %s cue first", tt.a, tt.b, cs, tt.want)
		}
	}
}

// TestSharesAndPartitives checks the figures read from "one in N" shares,
// "seven of our members", "a crew of 22" and "a 2-hectare pond".
func TestSharesAndPartitives(t *testing.T) {
	for _, tt := range []struct {
		a, b       string
		contradict bool
	}{
		{"One in four children lives in poverty.", "Half of all children live in poverty.", true},
		{"Roughly one patient in ten was affected.", "10 percent of patients were affected.", false},
		{"One in four children lives in poverty.", "A quarter of children live in poverty.", false},
		{"Seven of our drivers were injured.", "Two drivers were injured.", true},
		{"The crew of 12 are safe.", "All twelve crew members are safe.", false},
		{"The lake is a 2-hectare pond.", "The lake covers 20,000 square metres.", false},
		{"The lake is a 2-hectare pond.", "The lake covers barely 3,000 square metres.", true},
	} {
		if got := Classify(tt.a, tt.b).Relation == Contradict; got != tt.contradict {
			t.Errorf("Classify(%q, %q): contradiction %v, want %v (%q)", tt.a, tt.b, got, tt.contradict, Classify(tt.a, tt.b).Cues)
		}
	}
}

// TestSharesInWordsNeedWhatTheyShare checks that "most" and "a majority"
// are read as shares only before "of" or a plural noun.
func TestSharesInWordsNeedWhatTheyShare(t *testing.T) {
	for _, s := range []string{"It was the most generous offer in the sector.", "The board approved it by a majority vote."} {
		for _, q := range prepareText(s).qs {
			if q.dim == "percent" {
				t.Errorf("%q: read %q as a share", s, prepareText(s).phrase(q.from, q.to))
			}
		}
	}
}

// TestNegatedBounds checks which side a negation bounds a figure from.
func TestNegatedBounds(t *testing.T) {
	tests := []struct {
		text  string
		lower bool // the figure is a lower bound, else an upper one
	}{
		{"The frigate kept a distance of no less than 1,000 metres.", true},
		{"The fund pays no more than 50 pounds to each family.", false},
		{"After the changes, no customer will be more than five miles from a branch.", false},
		{"None of the staff worked fewer than 40 hours.", true},
		{"The nearest branch will be more than 15 miles away.", true},
		{"A senior doctor was not called for more than five hours.", true},
		{"She was not contacted by the landlord for more than a week.", true},
		{"The ship was not within 150 metres of the coast.", true},
	}
	for _, tt := range tests {
		r := []rune(tt.text)
		c := prepare(r, Span{0, len(r)}, sharedLex)
		var figures []quantity
		for _, q := range quantities(c.toks) {
			if !q.zero {
				figures = append(figures, q)
			}
		}
		if len(figures) != 1 {
			t.Errorf("quantities(%q) = %d figures, want 1", tt.text, len(figures))
			continue
		}
		q := figures[0]
		lower := q.lo == q.val && math.IsInf(q.hi, 1)
		upper := q.hi == q.val && math.IsInf(q.lo, -1)
		if lower != tt.lower || upper == tt.lower {
			t.Errorf("quantities(%q) bounds [%v, %v] of %v, want lower bound %v", tt.text, q.lo, q.hi, q.val, tt.lower)
		}
	}
}

// TestFigureMetElsewhere checks that a figure the other claim gives is
// accounted for by the figure that meets it, not set against the others.
func TestFigureMetElsewhere(t *testing.T) {
	ps := compareClaims(prepareText("Around 18,000 people held tickets for Sunday, about 4,000 of whom were camping."),
		prepareText("Some 18,000 of us bought Sunday tickets in good faith."), backgroundIDF, sharedLex, full)
	var got []string
	for _, c := range findCues(ps) {
		got = append(got, c.text)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "compatible figures") }) ||
		slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "different figures") }) {
		t.Errorf("cues %q, want compatible figures and no different figures", got)
	}
}

// TestRepeatedRoleWord checks that each figure meets the figure of the same
// thing where a claim gives two figures of things named alike: the
// exclusion zone of 20km is the one of roughly twelve miles, not the
// no-fly zone of about three miles.
func TestRepeatedRoleWord(t *testing.T) {
	ps := compareClaims(prepareText("A no-fly zone of 5km and a wider exclusion zone of 20km were declared around the site."),
		prepareText("The order sets a no-fly zone of about three miles around the site and an exclusion zone of roughly twelve miles."),
		backgroundIDF, sharedLex, full)
	var got []string
	for _, c := range findCues(ps) {
		got = append(got, c.text)
	}
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "different number") }) ||
		!slices.Contains(got, `compatible figures: "20km" / "roughly twelve miles"`) {
		t.Errorf("cues %q, want 20km to meet roughly twelve miles and no different number", got)
	}
}

// TestWentUpToIsALevel checks that a measure that went up or down to a
// figure stands at it ("the price had gone up to £3.45"), while "up to"
// alone bounds the figure ("delays of up to 12 minutes").
func TestWentUpToIsALevel(t *testing.T) {
	q := prepareText("The price had gone up to £3.45 by April.").qs
	if len(q) == 0 || q[0].lo != 3.45 || q[0].hi != 3.45 || q[0].step != "level" {
		t.Errorf("quantities %+v, want £3.45 exactly, as a level", q)
	}
	q = prepareText("Passengers faced delays of up to 12 minutes.").qs
	if len(q) == 0 || !math.IsInf(q[0].lo, -1) || !q[0].reached {
		t.Errorf("quantities %+v, want a bound that 12 minutes reaches", q)
	}
}

// TestFiguresThatAddUp checks that a figure one side gives as the gap
// between two of the other's figures, or as what is left of a whole once a
// share is taken, agrees with them, and that a part a claim merely
// includes makes no such gap.
func TestFiguresThatAddUp(t *testing.T) {
	judgeEach(t, []counterpartCase{
		{"The appeal raised £3.1 million against a target of £5 million.", "The appeal fell about £1.9 million short of its goal.", Agree},
		{"In all, 23 licensed growers are affected by the closure.", "All twenty-three of its member businesses are family-run and employ around 90 people.", Agree},
		{"The bond sale raised 1.4 billion crowns against a target of 2 billion.", "The bond sale fell about 600 million crowns short of its goal.", Agree},
		{"Bus fares will go up from £2.20 to £2.65 in April.", "Passengers face a 45p rise in the fare from April.", Agree},
		{"The county will pay 30 per cent of the 20 million euro cost of the bridge.", "The city's share of the bridge will be 14 million euros.", Agree},
		{"The depot's fleet will be cut from 80 to 62 buses.", "Eighteen buses will go from the depot.", Agree},
		{"The appeal raised £3.1 million against a target of £5 million.", "The appeal fell about £0.9 million short of its goal.", Contradict},
		{"Nine wards have been closed, including two maternity wards.", "Seven wards have been closed.", Contradict},
	})
}

// TestRangesChangesAndDelays checks eight readings of a figure: a rough
// count of a scale ("a couple of thousand"), how far above its figure
// "just over" reaches, a length of time after "every", which recurs rather
// than lasts, a range between two figures, a range whose low end has no
// noun of its own, the size of a change after "a rise of", the length of a
// delay after "held up by", and a rate said after what the figure is of
// ("3,000 tonnes of salmon a year").
func TestRangesChangesAndDelays(t *testing.T) {
	judgeEach(t, []counterpartCase{
		{"The new ground sits 23 miles from the town.", "The journey from the town to the new ground is a little over twenty miles.", Differ},
		{"Response times stayed at just over eight minutes.", "Response times have risen to almost 12 minutes.", Contradict},
		{"Replacing the windows would cost between £4,000 and £7,000 per house.", "Quotes for replacing the windows ranged from £6,500 to £11,000 per house.", Differ},
		{"Replacing the windows would cost between £4,000 and £7,000 per house.", "Replacing the windows would cost at least £9,000 per house.", Contradict},
		{"The council will hand out 2,000 gull-proof sacks.", "The council promised a couple of thousand gull-proof sacks.", Differ},
		{"Between 40 and 60 staff will leave the plant this year.", "About 50 staff will leave the plant this year.", Agree},
		{"Between 40 and 60 staff will leave the plant this year.", "About 120 staff will leave the plant this year.", Contradict},
		{"Members face a rise of 6 per cent in their fees.", "Most members will pay the higher fees.", Differ},
		{"The laboratory will be inspected every three months.", "The laboratory must be audited independently every quarter for a year.", Agree},
		{"The ferry was held up by 40 minutes on Friday.", "The delay to the ferry on Friday was 40 minutes.", Agree},
		{"The ferry was held up by 40 minutes on Friday.", "The delay to the ferry on Friday was almost three hours.", Contradict},
		{"The farm expects to land about 3,000 tonnes of salmon a year.", "The farm would land some three million kilograms of salmon every year.", Agree},
		{"Shops selling less than £600 worth of tickets a week will lose their terminals.", "Shops with under £500 of ticket sales each week will lose their terminals.", Agree},
	})
}

// counterpartCase is two parties' claims and the relation they must be
// judged to have.
type counterpartCase struct {
	a, b string
	want Relation
}

// judgeEach judges each case's claims as counterparts and reports those
// judged otherwise.
func judgeEach(t *testing.T, cs []counterpartCase) {
	t.Helper()
	for _, tt := range cs {
		if v := judgeCounterparts(tt.a, tt.b); v.Relation != tt.want {
			t.Errorf("%q / %q: %s %q, want %s", tt.a, tt.b, v.Relation, v.Cues, tt.want)
		}
	}
}
