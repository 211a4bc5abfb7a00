package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestClassifyCues checks the relation and the reason Classify gives for
// the patterns real disputes use.
func TestClassifyCues(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       Relation
		cue        string // a substring of one of the cues
	}{
		{"negation", "We refunded the full amount.", "I have not received any refund.", Contradict, `negation: "refunded" / "have not received any refund"`},
		{"negation of a related predicate on a shared object", "Shareholders have not received a dividend.", "The company paid its owners 55 million pounds in dividends.", Contradict, `negation: "have not received a dividend" / "dividends"`},
		{"no before a compound noun", "All 286 passengers were offered hotel accommodation.", "We were told that no hotel rooms were available.", Contradict, `negation:`},
		{"a bound within a limit is no delay", "The chains came off within an hour.", "The chain was taken off less than sixty minutes after a supervisor raised the alarm.", Differ, ""},
		{"not affected keeps", "Varga remains eligible for funding, and her place on the national squad is not affected.", "Varga has been told she keeps her funding and squad place while the case goes on.", Differ, ""},
		{"abandoned nets are no abandoned event", "The ministers concluded two days of talks on clearing abandoned fishing nets.", "The talks on lost fishing nets took place on Tuesday and Wednesday.", Differ, ""},
		{"not seriously is not at all", "No one was seriously injured in the crash on the Hexley ring road.", "Four people suffered minor injuries in the crash on the Hexley ring road.", Differ, ""},
		{"declining to comment asserts nothing", "The transport minister denies meeting the Farrow contractor before the tender.", "The transport minister has declined to comment on reports that she met the Farrow contractor.", Differ, ""},
		{"absent from is not attending", "The mayor of Kelmarsh did not attend the public meeting on the bypass.", "The Kelmarsh mayor was absent from the public meeting about the bypass.", Differ, ""},
		{"a rule not kept grants a breach", "Kelmarsh Council breached data protection law when it published the list.", "Kelmarsh Council failed to comply with data protection law in publishing the list.", Differ, ""},
		{"unable to is a negation", "The mayor was unable to attend the meeting on the bypass.", "The mayor attended the meeting on the bypass.", Contradict, "negation:"},
		{"a mark of zero is no marks", "Under the new policy, work submitted more than 24 hours after the deadline will receive a mark of zero.", "Under the policy, anything handed in a day late will be awarded no marks at all, the union said.", Differ, ""},
		{"written consent tells no one", "The adverts were taken off air only after the guild sent a legal letter, the union said.", "The station said it would not broadcast any advert using a cloned voice without the written consent of the person.", Differ, ""},
		{"two loose verbs are no counterparts", "A driver was taken to hospital with a facial injury after being attacked.", "One member needed stitches after an attack and has not returned to work.", Differ, ""},
		{"in full against only part", "Halvex Energy has repaid its debt to the council in full.", "Only part of Halvex Energy's debt to the council has been repaid.", Contradict, "all vs only part:"},
		{"how often is no scope of things", "Drinking water on the caravan site is tested every month by an accredited laboratory.", "Council officers looked inside only six of the 45 caravans on the site.", Differ, ""},
		{"how often against how often", "Deliveries of donor milk will arrive every day.", "Donor milk will arrive only twice a week.", Contradict, "all vs only part:"},
		{"the full council is no scope", "The full council backed the plan, with only nine voting against.", "Only a handful of councillors backed the plan.", Differ, ""},
		{"ruled out denies", "Vessant Airlines will certainly appeal the compensation ruling.", "Vessant Airlines has ruled out an appeal against the compensation ruling.", Contradict, `negation: "appeal the compensation" / "has ruled out an appeal`},
		{"nobody told and no warning", "No one at the Ardley care home was told about the inspection in advance.", "Staff and residents at the Ardley care home had no advance warning of the inspection.", Differ, ""},
		{"one end told twice", "Talks began after the strike ended.", "Talks began a week after the strike ended.", Agree, ""},
		{"a denial and a negation agree", "Police deny that officers used batons at the rally.", "Officers did not use batons at the rally, according to police.", Agree, ""},
		{"free is no clash with without paying", "Pupils eligible for free school meals will continue to attend at no cost.", "Children on free school meals would still get a place without paying.", Differ, ""},
		{"a refusal beside a cost denied", "The family were offered seats on the next morning's flight at no extra cost.", "They were not offered another flight and paid for a hotel and new tickets themselves.", Contradict, "negation:"},
		{"free of charge is not billed", "Visitors will receive emergency hospital treatment free of charge.", "Short-term visitors should not be billed for urgent hospital care.", Differ, ""},
		{"billed against free still clashes without the free", "Visitors will be billed for emergency hospital treatment.", "Short-term visitors should not be billed for urgent hospital care.", Contradict, "negation:"},
		{"a plea of not guilty is a denial", "The former procurement manager pleaded not guilty on Thursday to two counts of accepting bribes.", "The former procurement officer has denied taking bribes worth 46,000 pounds.", Differ, ""},
		{"a withdrawing verb denied", "The Tarrow clinic did not cancel any operations during the two-day strike.", "The Tarrow clinic cancelled operations during the two-day strike, patients say.", Contradict, `negation: "did not cancel any operations" / "cancelled operations"`},
		{"a bound is no comparison", "More than 300 patients were treated at the clinic.", "Fewer patients were treated at the clinic this year.", Differ, ""},
		{"more against fewer, apart from counterparts", "The new contractor now has more operatives working on Penmoor homes than the previous firm.", "Stonebridge has fewer operatives working on Penmoor properties than the previous firm had.", Differ, "more vs less:"},
		{"zero said for no", "Zero cases of the infection have been recorded at St Edda's this month.", "St Edda's Hospital has recorded no cases of the infection this month.", Differ, ""},
		{"the only one against two", "Two drop-in sessions were held at the library.", "The only consultation event was held at the library.", Contradict, `different number: "Two drop-in sessions" / "The only consultation event"`},
		{"none of denies what is said of them", "None of the complaints of ballot stuffing has been upheld.", "We have lodged 230 complaints of ballot stuffing.", Differ, ""},
		{"the alternative denied", "The money will be spent on new buses.", "The money will go on repairing roads instead of buying new buses.", Contradict, "negation:"},
		{"exceptions to all", "All handling fees owed for March had been paid to retailers by 20 April.", "Several members said they had still not received handling fees for March.", Contradict, "all vs exceptions:"},
		{"a part of all", "All the hostages were freed.", "Some of the hostages were freed.", Differ, "all vs part:"},
		{"only part against every", "Captioning glasses are now available at every Lumen cinema.", "Captioning glasses were available at only a handful of Lumen sites.", Contradict, `all vs only part: "every Lumen cinema" / "only a handful of"`},
		{"only a count against all", "Only two of the airport's de-icing rigs were working.", "All four of its de-icing rigs were in operation.", Contradict, "all vs only part:"},
		{"only a length of time is no part", "The full report was handed to the council.", "The council had only six weeks to respond to the report.", Differ, ""},
		{"each is no whole", "There were four clerks at each of the busiest stations.", "Only four staff were on duty at the busiest station.", Differ, ""},
		{"a refused request was made", "Officers had asked club stewards to delay kick-off but the request was refused.", "The club had received no request from police to put back the kick-off.", Contradict, `negation: "request" / "no request"`},
		{"an offer rejected in a ballot was balloted on", "The union refused to put the offer to a ballot.", "Members rejected the offer by 91 percent in a consultative ballot.", Contradict, "negation:"},
		{"none of with a shared predicate", "None of the workers were injured.", "Seven workers were injured.", Contradict, `quantity: "None of the workers" / "Seven workers"`},
		{"negation by nobody", "The customer was offered a replacement.", "Nobody ever offered me a replacement.", Contradict, "negation:"},
		{"antonyms", "Prices rose in March.", "Prices fell in March.", Contradict, `antonyms: "rose" / "fell"`},
		{"different number", "The bill costs 200,000 euros.", "The bill costs 150,000 euros.", Contradict, `different number: "200,000 euros" / "150,000 euros"`},
		{"different date", "The parcel was delivered on 3 May.", "The parcel was delivered on 2 May.", Contradict, `different date: "3 May" / "2 May"`},
		{"zero against some", "The officer gave three warnings.", "No warning was given by the officer.", Contradict, `quantity: "three warnings" / "No warning"`},
		{"without a single", "The ceasefire held without a single violation.", "The ceasefire saw fourteen violations.", Contradict, "quantity:"},
		{"change against none", "Tariffs on steel will be cut by 20 percent.", "Tariffs on steel remain unchanged.", Contradict, "change vs no change:"},
		{"ongoing against ended", "He was released from hospital the same evening.", "He was still in hospital two days later.", Contradict, "still going on vs ended:"},
		{"on time against late", "The new wing opened on schedule on Monday.", "The new wing opened three weeks late.", Contradict, `on time vs late: "on schedule" / "three weeks late"`},
		{"on the agreed date against late", "The unit was delivered on the agreed date.", "The unit was delivered eleven months late.", Contradict, `on time vs late: "on the agreed date" / "eleven months late"`},
		{"opposite assessments", "The talks were very productive.", "The talks were a total failure.", Contradict, "opposite assessments of the same event:"},
		{"hedged against firm", "We will withdraw our troops.", "They may consider withdrawing troops.", Differ, `hedged vs firm: "will withdraw" / "may consider"`},
		{"all against part", "All the hostages were freed.", "Some of the hostages were freed.", Differ, "all vs part:"},
		{"degree", "We apologise for the delay in answering her emails.", "They never answered my emails.", Differ, "degree:"},
		{"same facts", "The jobless rate fell to 5.1 percent in May.", "The jobless rate dropped to 5.1%.", Agree, `same facts: "5.1 percent"`},
		{"month is no hedge", "Unemployment fell in May.", "Unemployment will fall in June.", Contradict, `different date: "May" / "June"`},
		{"paraphrase", "Wages grew faster than prices.", "Pay rose faster than prices.", Agree, "paraphrase:"},
		{"different time", "The explosion happened at 15:10.", "The explosion happened shortly after 4 pm.", Contradict, `different time: "15:10" / "shortly after 4 pm"`},
		{"just over stays close to its figure", "Average response times stayed at just over eight minutes.", "The average response time rose to almost 12 minutes.", Contradict, `"just over eight minutes" / "almost 12 minutes"`},
		{"compatible time", "The explosion happened at 15:10.", "The explosion happened at around 3 pm.", Agree, `compatible figures: "15:10" / "around 3 pm"`},
		{"bounds that exclude", "More than 500 people attended the rally.", "Fewer than 200 people attended the rally.", Contradict, `different number: "More than 500 people" / "Fewer than 200 people"`},
		{"implicit negation", "The government refused to release the report.", "The government released the report on Friday.", Contradict, "negation:"},
		{"called off", "The strike was called off.", "The strike went ahead as planned.", Contradict, `called off vs went ahead: "called off" / "went ahead"`},
		{"negated opposite agrees", "The vaccine is safe.", "The vaccine is not dangerous.", Agree, `negated opposite: "safe" / "not dangerous"`},
		{"cannot but affirms", "The results can't but be worrying.", "The results are worrying.", Agree, ""},
		{"double negation agrees", "Prices did not rise.", "Prices did not increase.", Agree, ""},
		{"denial", "The minister accepted a payment from the company.", "The minister denies accepting any payment from the company.", Contradict, "denial:"},
		{"report dismissed", "The factory will close next year.", "The company dismissed reports that the factory will close.", Contradict, "denial:"},
		{"rejecting an offer is no denial", "The union was offered a 5 percent rise.", "The union rejected the offer of a 5 percent rise.", Agree, ""},
		{"rules kept against broken", "The club stayed within the permitted spending limits.", "The club breached the league's spending limits.", Contradict, "rules kept vs broken:"},
		{"target met against missed", "The company met its leakage target for the year.", "The company missed its leakage target for the year.", Contradict, "rules kept vs broken:"},
		{"promise kept against broken", "The landlord broke its promise to repair the lifts within a week.", "The landlord kept its promise and repaired the lifts within a week.", Contradict, "rules kept vs broken:"},
		{"guarantee met against broken", "Several employers broke the scheme's guarantee of paid hours.", "Every employer in the scheme met the guaranteed paid hours.", Contradict, "rules kept vs broken:"},
		{"at once against later", "The company notified the coastguard immediately.", "The coastguard was notified some six hours after the accident.", Contradict, "at once vs after a delay:"},
		{"no one against some", "No one was taken to hospital after the fire.", "Two people remain in hospital after the fire.", Contradict, "negation:"},
		{"negation of the whole predicate", "There is no man playing a guitar.", "A man is playing a guitar.", Contradict, "negation:"},
		{"anything but", "Her decline was sudden.", "Her decline was anything but sudden.", Contradict, "negation:"},
		{"no impact against a change", "The mine has had no impact on the river.", "Salt levels in the river have doubled since the mine opened.", Contradict, "change vs no change:"},
		{"within the hour against next morning", "Aircraft were dropping water within an hour of the first report.", "No aircraft appeared until the following morning.", Contradict, "at once vs after a delay:"},
		{"counted noun after an adjective", "The meeting was attended by more than 200 traditional owners.", "About 60 people came to the meeting.", Contradict, "different number:"},
		{"qualified", "Streaming residuals will rise by 25 percent.", "Streaming residuals will rise by 25 percent, but only for the most watched shows.", Differ, "qualified vs unqualified:"},
		{"quickly against hours", "The fire was quickly brought under control.", "Bringing the fire under control took more than four hours.", Contradict, "at once vs after a delay:"},
		{"working against switched off", "The sprinkler system worked as designed.", "The sprinklers had been switched off.", Contradict, "working vs not working:"},
		{"inspection passed against enforcement", "The plant passed its fire safety inspection in March.", "The plant was served an enforcement notice in March.", Contradict, "rules kept vs broken:"},
		{"absent altogether", "Kettling was not used at any point.", "Hundreds of protesters were kettled for three hours.", Contradict, "negation:"},
		{"refusal of the shared predicate", "The union refused to put the offer to a ballot.", "Members rejected the offer in a ballot last week.", Contradict, "negation:"},
		{"in advance against the evening before", "Organisers were told of the restrictions a week in advance.", "The restrictions were only published the evening before the march.", Contradict, "at once vs after a delay:"},
		{"normal service against cancelled", "Services will run normally during the strike.", "Most services will be cancelled during the strike.", Contradict, "called off vs went ahead:"},
		{"conditional", "The offer is a 7 percent pay rise.", "The 7 percent offer is conditional on giving up paid breaks.", Differ, "qualified vs unqualified:"},
		{"going on against stopped", "Monitoring data are published online every day.", "The company stopped publishing its monitoring data in March.", Contradict, "still going on vs ended:"},
		{"no rise is a freeze", "Rents were frozen in each of the last two years.", "Rents did not go up in either of the last two years.", Agree, "negated opposite:"},
		{"so-called", "All first-year students are guaranteed a room.", "The so-called room guarantee covers first-years who apply by June.", Differ, "qualified vs unqualified:"},
		{"two negations", "The young boys are playing outdoors and the man is smiling nearby.", "There is no boy playing outdoors and there is no man smiling.", Contradict, "negation:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Classify(tt.a, tt.b)
			if v.Relation != tt.want {
				t.Errorf("Classify(%q, %q) = %s %q, want %s", tt.a, tt.b, v.Relation, v.Cues, tt.want)
			}
			if len(v.Cues) == 0 {
				t.Fatalf("no cues")
			}
			if !cueWith(v.Cues, tt.cue) {
				t.Errorf("cues %q lack %q", v.Cues, tt.cue)
			}
		})
	}
}

// TestNoContradictionWithoutGroundedEvidence checks pairs that share
// words but whose clash, if any, is not over what they share: a negation
// elsewhere in the sentence, an antonym of a word the other claim already
// has, different things that are no things (units, dates), different
// figures for different things. None of them is a contradiction.
func TestNoContradictionWithoutGroundedEvidence(t *testing.T) {
	for _, tt := range [][2]string{
		{"The suspect was detained on Monday and released on bail on Tuesday.", "The suspect was detained on Monday."},
		{"A man is playing a guitar.", "A man is playing a guitar and nobody is listening."},
		{"The fire burned about 12,000 hectares.", "Around 30,000 acres have burned."},
		{"The meeting lasted 90 minutes.", "The meeting lasted an hour and a half."},
		{"Fines of up to 2 million euros were announced.", "A fund of 2 million euros was set up."},
		{"The talks were held in Vienna and no date was set for the next round.", "The talks were held in Vienna."},
		{"The boy is not holding a cat.", "The boy is holding a dog."},
		{"The jury found him guilty on four counts of fraud.", "The jury acquitted him on two further counts of fraud."},
		{"A woman is fixing a broken lamp.", "A woman is repairing a lamp."},
		{"The survey was expected to be completed within eight weeks.", "The council said the survey would take about two months."},
		{"Footage not linked to an incident is deleted after 31 days.", "Footage can be kept for a month even when no crime is reported."},
		{"Staff stayed off the production floor for two full eight-hour shifts.", "Production at the mill was halted for sixteen hours."},
		{"The contract would save around £700,000 a year.", "The switch would save several hundred thousand pounds a year."},
		{"The league refused them promotion because their ground failed an inspection.", "The club will not be promoted to the Premier Division next season."},
		{"The minister denied that any deal had been struck.", "No deal has been reached, the minister said."},
		{"Holloway Fields Lido will not reopen this summer.", "The pool will stay shut for a second summer."},
		{"The baby room will stay closed until 22 April while new staff are recruited.", "The room should reopen on 22 April."},
		{"The bridge will stay shut until the summer of 2028.", "The council expects the bridge to be reopening in mid-2028."},
		{"The system was introduced at the start of the autumn term, replacing cash tills.", "The scanners went into use in September, when the school stopped accepting cash at lunchtime."},
		{"The championship said it had found no evidence that the performance of the engines had been altered.", "The championship itself accepted the engines had not been modified in any way."},
	} {
		if v := Classify(tt[0], tt[1]); v.Relation == Contradict {
			t.Errorf("Classify(%q, %q) = contradict %q", tt[0], tt[1], v.Cues)
		}
	}
}

// TestClassifyEdgeCases checks inputs a command line may pass.
func TestClassifyEdgeCases(t *testing.T) {
	for _, tt := range [][2]string{{"", ""}, {"", "Something."}, {"\xff\xfe", "ok"}, {"...", "!!!"}} {
		v := Classify(tt[0], tt[1])
		if v.Relation == "" || len(v.Cues) == 0 {
			t.Errorf("Classify(%q, %q) = %+v, want a relation with a reason", tt[0], tt[1], v)
		}
	}
}

// TestSentencePairsInTheStyleOfSICK checks short caption pairs of the kind
// SICK holds: a negation, "nobody", "there is no" or an opposite posture of
// what the other says is a contradiction; a different action, object or
// subject that could go with the first is not (a man can play the piano and
// sing).
func TestSentencePairsInTheStyleOfSICK(t *testing.T) {
	for _, tt := range []struct {
		a, b       string
		contradict bool
	}{
		{"A man is riding a bicycle", "A man is not riding a bicycle", true},
		{"Two dogs are playing in the snow", "There are no dogs playing in the snow", true},
		{"A woman is slicing an onion", "Nobody is slicing an onion", true},
		{"The girl is sitting on the grass", "The girl is standing on the grass", true},
		{"A cat is sleeping on the couch", "There is no cat sleeping on the couch", true},
		{"A group of people is dancing", "Nobody is dancing", true},
		{"A dog is running through the field", "A dog is sitting in the field", true},
		{"A man is riding a bicycle", "A woman is riding a horse", false},
		{"Two dogs are playing in the snow", "Two dogs are fighting in the snow", false},
		{"A woman is slicing an onion", "A woman is cooking dinner", false},
		{"The girl is sitting on the grass", "The girl is reading a book", false},
		{"A man is playing the piano", "A man is singing a song", false},
		{"A cat is sleeping on the couch", "A dog is lying on the floor", false},
		{"A man is cutting a tomato", "A person is preparing food", false},
		{"There is no man playing the guitar", "A woman is playing the violin", false},
		{"Two men and one girl are swimming", "Three people are swimming", false},
		{"A woman is carrying a bag up the stairs", "The woman is not carrying anything up the stairs", true},
		{"A boy is walking along the beach", "A boy is running along the beach", true},
		{"An old man is kneeling by the fire", "An old man is strolling by the fire", true},
		{"A cat is sitting on the mat", "A cat is sleeping on the mat", false},
		{"A girl is jogging in the park", "A girl is running in the park", false},
		{"An old woman is standing in the kitchen with a cup of tea", "The old woman is sitting on the sofa", true},
	} {
		if got := Classify(tt.a, tt.b).Relation == Contradict; got != tt.contradict {
			t.Errorf("Classify(%q, %q): contradiction %v, want %v (%q)", tt.a, tt.b, got, tt.contradict, Classify(tt.a, tt.b).Cues)
		}
	}
}

// judgeCounterparts judges two parties' claims paired as counterparts, as
// Compare and MakePair do.
func judgeCounterparts(a, b string) Verdict {
	ps := compareClaims(prepareText(a), prepareText(b), backgroundIDF, sharedLex, full)
	ps.topical = true
	return judge(ps, true)
}

// TestCounterpartCues checks the cue families that decide two parties'
// paired claims: rules kept against broken in their everyday wordings,
// counts of one kind of thing named in different words, and a point one
// side concedes.
func TestCounterpartCues(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       Relation
		cue        string
	}{
		{"not seriously hurt against minor injuries", "No one was seriously injured in the crash on the ring road, police said.", "Four people suffered minor injuries in the crash on the ring road.", Differ, ""},
		{"no serious harm against mild harm", "The council said the teenager came to no serious harm.", "The boy was treated at the scene for mild hypothermia and taken home by his parents.", Differ, ""},
		{"no serious injury against a fractured skull", "No member of the public suffered a serious injury.", "One man spent four days in hospital with a fractured skull.", Contradict, "no one hurt vs someone hurt:"},
		{"a figure after the word it labels is no count", "The headteacher said 168 pupils were entered for the course this year.", "Around 170 teenagers in Year 11 are affected, according to the forum.", Agree, "compatible figures:"},
		{"what is left once part of a sum is used", "Members have used £40,000 of their £50,000 grant, with three months still to go.", "The fund has roughly ten thousand pounds left unspent.", Agree, "compatible figures:"},
		{"a part counted after a fronted whole and a date", "Of the thirty homes inspected in May, twelve did not meet the fire safety standard.", "The landlord accepted that twelve homes fell short of the fire safety standard in May.", Agree, `same facts: "twelve"`},
		{"a part after a fronted whole against another part", "Of the thirty homes inspected in May, twelve did not meet the fire safety standard.", "The landlord accepted that five homes fell short of the fire safety standard in May.", Contradict, `different number: "twelve" / "five homes"`},
		{"at least a figure meets a figure above it", "The outbreak made 212 people ill, the agency said.", "The firm apologised to the 200-plus people who fell ill in the outbreak.", Differ, ""},
		{"at least a figure against one below it", "The outbreak made 212 people ill, the agency said.", "The firm apologised to the 250-plus people who fell ill in the outbreak.", Contradict, `different number: "212 people" / "250-plus people"`},
		{"failing to do a thing on time is doing it late", "The care group has admitted that it failed to pay pension contributions for its staff on time last year.", "Pension contributions were late for four months in a row, the regulator said.", Agree, ""},
		{"doing a thing on time against late", "The care group said it paid pension contributions for its staff on time last year.", "Pension contributions were late for four months in a row, the regulator said.", Contradict, `on time vs late: "on time" / "late"`},
		{"the months a figure is counted in are no length of time it gives", "Figures show 91 percent of buses ran within three minutes of the timetable in the year to June.", "In the twelve months to June, 91 percent of buses ran on time, the operator said.", Agree, `same facts: "91 percent"`},
		{"two counts joined by and make their sum", "The ferry returned to port with 212 passengers and 31 crew on board.", "All 243 people on board the ferry were brought ashore safely.", Agree, `compatible figures: "31 crew" / "243 people"`},
		{"two counts joined by and against another sum", "The ferry returned to port with 212 passengers and 31 crew on board.", "All 250 people on board the ferry were brought ashore safely.", Contradict, "different number of people:"},
		{"a level reached, and a half, in words", "The auction house said its buyer's premium will rise to 27.5 per cent from September.", "The guild said the premium was going up from 22 per cent to twenty-seven and a half.", Agree, `same facts: "27.5 per cent"`},
		{"a level reached, and a half, against another", "The auction house said its buyer's premium will rise to 29 per cent from September.", "The guild said the premium was going up from 22 per cent to twenty-seven and a half.", Contradict, "different number:"},
		{"a number ending a name counts nothing", "The league deducted points for three matches the club could not stage in March.", "The league penalised the club for failing to fulfil three Division One fixtures in March.", Agree, `compatible figures: "three matches" / "three Division One fixtures"`},
		{"a count before a name against another count", "The league deducted points for four matches the club could not stage in March.", "The league penalised the club for failing to fulfil three Division One fixtures in March.", Contradict, "different count:"},
		{"two figures joined by or make a range that meets one inside it", "The engines were run for about twelve hours at a time.", "Some engine runs went on for eleven or twelve hours.", Agree, `compatible figures: "about twelve hours" / "eleven or twelve hours"`},
		{"two figures joined by or make a range above another", "The engines were run for up to eight hours at a time.", "Some engine runs went on for eleven or twelve hours.", Contradict, `different time: "up to eight hours" / "eleven or twelve hours"`},
		{"what lasted a time before an event lasted that long", "The leak lasted about forty minutes before staff shut the valve.", "The leak went on for roughly three quarters of an hour.", Agree, `compatible figures: "about forty minutes"`},
		{"what lasted a time before an event against another length", "The leak lasted about forty minutes before staff shut the valve.", "The leak went on for more than five hours.", Contradict, `different time: "about forty minutes" / "more than five hours"`},
		{"a broken thing is no working one", "The depot did not have a working lift on the day of the inspection.", "The depot had a broken lift on the day of the inspection.", Agree, ""},
		{"a new thing against no working one", "The depot did not have a working lift on the day of the inspection.", "The depot had a new lift on the day of the inspection.", Contradict, "negation:"},
		{"rejecting a finding denies it", "The inspectorate concluded that the company breached its permit.", "The company rejects the inspectorate's conclusion that it breached its permit.", Contradict, "denial:"},
		{"accepting a finding grants it", "The inspectorate concluded that the company breached its permit.", "The company accepts the inspectorate's conclusion that it breached its permit.", Agree, ""},
		{"a share above a bound of no more than a fraction", "The permit allows the firm to cut the river's flow by 40 percent.", "The permit lets the firm lower the river's flow by no more than a quarter.", Contradict, `different number: "40 percent" / "no more than a quarter"`},
		{"a share within a bound of no more than a fraction", "The permit allows the firm to cut the river's flow by 20 percent.", "The permit lets the firm lower the river's flow by no more than a quarter.", Agree, `compatible figures: "20 percent" / "no more than a quarter"`},
		{"not yet able to say whether is no denial", "The firm said it could not yet say whether the steel meets the required grade.", "The supplier said the steel met the required grade.", Differ, ""},
		{"not meeting a grade against meeting it", "The firm said the steel does not meet the required grade.", "The supplier said the steel met the required grade.", Contradict, "negation:"},
		{"disputing a finding denies it", "The regulator found that the firm overcharged its customers.", "The firm disputes the regulator's findings and says it charged its customers fairly.", Contradict, "denial:"},
		{"a dispute conceded before a promise is no denial", "The regulator found that the firm overcharged its customers.", "Although the firm disputes the regulator's findings, it will repay its customers.", Agree, ""},
		{"disputing parts of a finding is no denial of it", "The regulator found that the firm overcharged its customers.", "The firm disputed parts of the regulator's findings but will repay its customers.", Agree, ""},
		{"a round trip covers the distance twice", "Patients will be sent to the clinic in Kelsford, around 26 miles away.", "Patients now face a round trip of more than fifty miles to reach the clinic.", Agree, `compatible figures: "around 26 miles" / "more than fifty miles"`},
		{"a change that leaves a thing unchanged does not clash with a level held", "The firm said the change leaves total payouts to creators unchanged.", "The guild said total payouts to creators had stayed flat.", Differ, ""},
		{"a cut against a level held", "The firm said the new formula cuts total payouts to creators.", "The guild said total payouts to creators had stayed flat.", Contradict, "change vs no change:"},
		{"a thing still owed on both sides does not clash as an end against going on", "Most orders are reaching their limit with hours still unserved, the bench says.", "A small number of orders expired with hours still owed, the service said.", Differ, ""},
		{"a thing still going on against its end", "Most orders are reaching their limit with hours still unserved, the bench says.", "All the hours were served before the orders expired, the service said.", Contradict, "still going on vs ended:"},
		{"the end of a hyphened compound is no word of its own", "The pumps at the treatment works broke down on 2 August.", "The pumps at the treatment works failed on 2 August, letting iron-rich water into the beck.", Agree, "same date:"},
		{"not done since a time is when it was last done", "The boiler was last serviced in March.", "The boiler has not been serviced since March.", Agree, "same date:"},
		{"the following month is the month after the one named", "The institute received complaints about him in March last year and suspended him the following month.", "Our client was suspended in April last year.", Agree, `same date: "the following month"`},
		{"the following month against another month", "The institute received complaints about him in March last year and suspended him the following month.", "Our client was suspended in June last year.", Contradict, "different date:"},
		{"a plural after a preposition is a thing, not a change", "Calls about falls almost doubled during the January cold snap.", "The service was under strain from a jump in falls calls during the cold snap in January.", Agree, ""},
		{"a thing that rose against the same thing that dropped", "Calls about falls rose sharply in January.", "Calls about falls dropped in January.", Contradict, "opposite changes:"},
		{"an hour and three quarters is less than two hours", "The organisers called off the race an hour and three quarters before the start.", "Runners said the race was scrapped less than two hours before the start.", Agree, `compatible figures: "an hour and three quarters" / "less than two hours"`},
		{"an hour and three quarters is more than an hour", "The organisers called off the race an hour and three quarters before the start.", "Runners said the race was scrapped less than an hour before the start.", Contradict, "different time:"},
		{"a regret for what was done grants it", "The company said its bus should never have been sent along Canal Street.", "The board says a bus was sent down Canal Street in August.", Agree, ""},
		{"a denial of what was done is no regret", "The company said its bus was not sent along Canal Street.", "The board says a bus was sent down Canal Street in August.", Contradict, "negation:"},
		{"a cut from one level to another the size of the cut", "The board voted to cut the allowance for apprentices from seven pounds to five.", "The decision reduces the allowance by two pounds.", Agree, "compatible figures:"},
		{"the level before a change is no other figure for the level after", "Operators were told that lifts could continue in gusts of up to 45mph, up from a previous site limit of 38mph.", "The company confirmed it had raised the site's working wind limit to 45mph last month.", Agree, "compatible figures:"},
		{"the level after a change against another level", "Operators were told that lifts could continue in gusts of up to 45mph, up from a previous site limit of 38mph.", "The company confirmed it had raised the site's working wind limit to 50mph last month.", Contradict, "different number:"},
		{"a cut from one level to another against another cut", "The board voted to cut the allowance for apprentices from seven pounds to five pounds.", "The decision reduces the allowance by three pounds.", Contradict, "different number:"},
		{"fallen to zero is none", "Electricity imports across the strait have fallen to zero since the incident.", "No power has flowed across the strait since the cable failed.", Differ, ""},
		{"a thing another party did not act on is no clash", "The festival is withholding 40 percent of the agreed fee, a sum it described as proportionate to the missing time.", "The festival has withheld two-fifths of the fee, a sum the agency has not disclosed.", Differ, ""},
		{"without a thing, and a verb after it is no clash", "The protest itself was allowed to continue and ended peacefully at around 5pm.", "The rally went ahead without amplification and finished without incident.", Differ, ""},
		{"two shares that make up one whole are no clash", "Four of the seven courtrooms cannot be reached without using steps.", "Three of the seven courtrooms are fully step-free.", Differ, ""},
		{"two shares of one side clash", "Four of the seven courtrooms are fully step-free.", "Three of the seven courtrooms are fully step-free.", Contradict, ""},
		{"more against fewer of one thing", "The new contractor now has more operatives working on Penmoor homes than the previous firm.", "Stonebridge has fewer operatives working on Penmoor properties than the previous firm had.", Contradict, "more vs less:"},
		{"a claim that is both prompt and late tells two steps", "Growers noticed curled and yellowing leaves two days later and alerted the contractor the same day.", "The company said it was first contacted by the cooperative about leaf damage on 20 April, and sent an agronomist to the field two days after that.", Agree, ""},
		{"without after a plural subject picks out whom", "Retailers without a machine are paid a handling fee of 3.1p for every container they accept by hand.", "Members are paid a handling fee of just over three pence for each container taken back by hand.", Agree, ""},
		{"ending a thing denies it as no longer doing it does", "The aquarium will no longer keep sharks in its main tank.", "The group said the aquarium had decided to end its shark keeping.", Agree, ""},
		{"denied a thing is withheld it, no denial of a report", "Harbour Rovers won the northern league this season.", "Harbour Rovers were denied promotion despite finishing as northern league champions.", Agree, ""},
		{"not told where a thing is does not deny it", "Dog owners could face a fixed penalty of £80 under the order.", "Owners said they had not been told where the fixed penalty of £80 could be paid.", Differ, ""},
		{"a compound subject of a negation is negated there too", "Two vacant groundsman posts have not been filled since the spring.", "The club has been running without two of its groundsmen since the spring.", Agree, ""},
		{"opening and closing one span timed alike", "The library will open from 9am to 5pm on Saturdays.", "The library would now close at five in the afternoon on Saturdays.", Agree, `same facts: "5pm"`},
		{"coming into force goes nowhere", "A ban on parking on the verges will come into force on 1 September.", "The verge parking ban due to start in September will leave residents with nowhere to park.", Agree, `same date: "1 September"`},
		{"opposites in two clauses are said of two things", "The sinkhole opened on 3 November after heavy rain.", "The road has been closed since the sinkhole appeared in early November.", Differ, `antonyms: "opened" / "closed"`},
		{"opposites said of one road clash", "The road reopened on 3 November.", "The road has been closed since the storm in early November.", Contradict, `antonyms: "reopened" / "closed"`},
		{"a refused request denies what it asked for", "The club has rejected a request for a second inspection of the pitch.", "The club refused to allow another inspection of the pitch.", Agree, ""},
		{"not ending a thing denies its end", "The aquarium will not end its breeding programme.", "The aquarium has decided to end its breeding programme.", Contradict, "negation:"},
		{"a negligible effect is next to no effect", "The scheme has had no measurable effect on house prices.", "The council accepts the scheme has had a negligible effect on house prices.", Agree, ""},
		{"no thing of the other's, whatever the verb", "Parish councils along the route were sent letters about the closure.", "No parish council had been warned of the closure, the campaigners said.", Contradict, `negation: "Parish councils" / "No parish council"`},
		{"no thing after a preposition is no denial of it", "Couples were left with no venue after the hotel shut its doors.", "The hotel said its venue would stay open for weddings until June.", Differ, ""},
		{"a negated subject with a relative clause denies the predicate", "No accounts have been closed, and affected customers can continue to bet within their new limits.", "None of the members who contacted the alliance had had their accounts closed outright, the group said.", Differ, ""},
		{"an age is no antonym of young", "In the most serious case, a 17-year-old referee was pushed to the ground by a parent after an under-14s match.", "The league confirmed that a young referee had been pushed over by an adult after an under-14 game.", Agree, ""},
		{"blocking a thing denies it too", "Pupils cannot access social media during the school day, the academy said.", "Parents were told the devices would block social media during lessons.", Differ, ""},
		{"a denial agrees with a claim that denies it of every one", "“We have found no evidence that any result relied on in court was wrong,” said the chief scientific officer.", "The association acknowledged that no conviction had yet been shown to be unsafe.", Agree, ""},
		{"a season dating an event is no antonym", "The trust said the beavers it released on the river last October had built dams over the winter.", "The animals were released last autumn, the group said.", Agree, `same date: "October"`},
		{"a title is no shared word a negation denies", "The tribunal found that a company Mr Redmayne chairs had unlawfully evicted tenants.", "Mr Redmayne said the case concerned a subsidiary whose running he had no part in.", Differ, ""},
		{"still paying against removed", "Tenants will still pay the £4.80 weekly concierge charge, the landlord said.", "The residents' group said the concierge element of the service charge will be removed.", Contradict, `still going on vs ended: "still pay the" / "removed"`},
		{"still active against withdrawn", "Some of those accounts were still active in April, the authority said.", "The app said all accounts flagged by the authority were withdrawn.", Contradict, "still going on vs ended:"},
		{"a correction denies what it sets aside", "The company said metering would mean lower bills for most households.", "The association said metered water would mean higher bills, not lower ones, because the company planned to add a standing charge.", Contradict, `negation: "lower" / "not lower"`},
		{"above against below the same reference", "The union described the operator's offer as “well below inflation”.", "The operator said its offer was above the current rate of inflation.", Contradict, `above vs below: "below inflation" / "above the current rate of inflation"`},
		{"higher than against below the same reference", "Rents in the arches would now be higher than for comparable workshops elsewhere in the district.", "Even after the review, rents would remain below market levels for comparable space in the area.", Contradict, `above vs below: "higher than for comparable" / "below market levels for comparable"`},
		{"above and below different references", "The flats above the shop have been empty since May.", "The basement below the cafe floods every winter.", Differ, ""},
		{"a cause named by a noun", "The ministry said the main driver of delay was the growing complexity of cases.", "The lawyers said delays were caused above all by a chronic shortage of judges and court staff.", Contradict, `different causes: "the growing complexity of cases" / "a chronic shortage of judges"`},
		{"two likeliest causes of the event the pair shares", "Investigators said a barbecue found near the footpath was “a far more likely source”.", "The service concluded that sparks from a passing steam locomotive were the most likely cause.", Contradict, "different causes:"},
		{"a link is no cause", "The company stressed there had been no confirmed cases of illness linked to its products.", "Two people are in hospital, and the authority is investigating whether the illness is linked to the pies.", Differ, ""},
		{"agreed against not on the agenda", "The ministry said Ushtal had agreed to remove sections of its border fence.", "Ushtal said the border fence was not on the agenda.", Contradict, `settled vs still open: "agreed to" / "not on the agenda"`},
		{"quoted resolved against separate talks", "The ministry said questions over the use of the site for military satellites had been \"raised and resolved\".", "The use of the site for defence payloads was not on the agenda and will be addressed in separate talks.", Contradict, `settled vs still open: "had been \"raised and resolved" / "not on the agenda"`},
		{"resolved against a disagreement", "The two sides said the dispute over fishing quotas had been fully resolved.", "The fishing quotas remain the subject of serious disagreement between the two sides.", Contradict, "settled vs still open:"},
		{"settled against ended without agreement", "The ministers have agreed in principle on a framework for recognising qualifications.", "Talks on recognising professional qualifications ended without agreement.", Contradict, "settled vs still open:"},
		{"a claim that says both is no clash", "The two sides agreed to share river data, but no agreement was reached on dredging.", "No agreement was reached on dredging the river.", Agree, ""},
		{"in line with against in breach of", "The plant discharged water in line with its permit.", "The plant discharged water in breach of its permit on six days.", Contradict, `rules kept vs broken: "in line with its permit"`},
		{"met the levels against below the minimum", "Staffing met the levels required by the regulator.", "Staffing fell below the minimum the regulator requires.", Contradict, "rules kept vs broken:"},
		{"against the rules", "The referee applied the rules correctly.", "The goal was allowed against the rules of the competition.", Differ, ""},
		{"met the standard against did not comply with it", "The blinds met every applicable safety standard when they were sold.", "Testing found that the blinds did not comply with the limits in the national standard.", Contradict, "rules kept vs broken:"},
		{"not approved is no breach", "The blinds met every applicable safety standard when they were sold.", "The blinds were not approved by the national standards board.", Differ, ""},
		{"on the day against days later", "The company notified the safety regulator on the day of the incident.", "The company waited five days before informing the safety regulator.", Contradict, `at once vs after a delay: "on the day" / "waited five days"`},
		{"still without a thing a week on denies it back", "Full heating was back across the hall by Thursday morning.", "Some flats in the hall were still without heating a full week after the breakdown.", Contradict, `negation: "Full heating" / "without heating a full"`},
		{"in accordance with against contrary to", "The dam was operated in accordance with its licence.", "The dam was operated contrary to its licence.", Contradict, "rules kept vs broken:"},
		{"above the minimum is kept", "Pay stayed above the legal minimum.", "Pay stayed above the legal minimum for most staff.", Agree, ""},
		{"disputing how it happened grants that it did", "Contractors' machinery damaged part of the fossil trackway at the quarry last week.", "The company regrets the damage to part of the fossil trackway but disputed the university's account of how it happened.", Differ, "denial:"},
		{"disputing the account denies it", "Contractors' machinery damaged part of the fossil trackway at the quarry last week.", "The company disputed the university's account that machinery damaged the fossil trackway.", Contradict, "denial:"},
		{"over the limit against within it", "Noise stayed within the permitted limit all weekend.", "Noise was well over the permitted limit on Saturday night.", Contradict, "rules kept vs broken:"},
		{"a breach before the permitted limit", "The club's losses exceeded the permitted limit.", "The club's losses exceeded the permitted limit by a wide margin.", Agree, ""},
		{"counts of one kind in different words", "The council received 40 complaints about the noise.", "Residents made more than 300 reports about the noise.", Contradict, `different count: "40 complaints" / "more than 300 reports"`},
		{"what the counted things are, in a relative clause", "We have had 9 complaints about the lifts.", "Tenants told us of 40 reports in which the lifts failed.", Contradict, `different count: "9 complaints" / "40 reports"`},
		{"arrests against people detained", "Police made 14 arrests at the match.", "Observers counted 40 people detained at the match.", Contradict, `different number of people: "14 arrests" / "40 people"`},
		{"people against what did not befall them", "Police made 14 arrests at the match.", "Around 40 people attended the match.", Differ, ""},
		{"counts of different kinds", "The council received 40 complaints about the noise.", "The council sold more than 300 tickets for the concert.", Differ, ""},
		{"indeed concedes", "Ticket prices have risen by 12 percent.", "Prices have indeed gone up, but so has the quality of the service.", Agree, `conceded: "indeed"`},
		{"we accept that concedes", "The storm was the worst in forty years.", "We accept that the weather that night was exceptional.", Agree, `conceded: "accept that"`},
		{"a confirmed thing grants nothing", "We are not aware of any confirmed cases of illness linked to the pool.", "Two of its members had been treated in hospital for a pneumonia-like illness in May.", Differ, ""},
		{"nothing received of what was delivered", "Ostrelia had been given prior notice of the concerns in a formal note delivered in March.", "No note or warning of any kind had been received before the summons.", Contradict, `negation: "note" / "No note"`},
		{"a synonym's stem is no synonym", "It was triggered by a faulty configuration change to our load-balancing service.", "The disruption did not stem from malicious activity, our analysis of network traffic shows.", Differ, ""},
		{"none kept denies what was found", "Our inspectors also found roughly two tonnes of non-organic feed in the farm's store.", "No non-organic feed had ever been kept on the premises.", Contradict, "negation"},
		{"after the deadline against within it", "The appeal was lodged after the 48-hour deadline had passed.", "She submitted her appeal well within the deadline.", Contradict, `on time vs late: "48-hour deadline had passed" / "within the deadline"`},
		{"counts of things named by words of similar meaning", "The university will withdraw around 38,000 little-used volumes from the Fenmoor Library.", "Nearly forty thousand books had gone from the Fenmoor Library shelves.", Agree, "compatible figures"},
		{"a part of a numbered whole is a share", "Only 6 of the 12 planned buoys had been deployed when auditors visited.", "Half of the monitoring buoys are now in the water.", Agree, "compatible figures"},
		{"a part of a numbered whole against another share", "Box office figures show that 41 of the 380 people at the press night did not return after the interval.", "She said roughly a third of the audience left at the interval and did not come back.", Contradict, `different number: "41 of the 380" / "roughly a third"`},
		{"a demand contradicts no statement", "The increase applies to all 212 shared-ownership and rented homes on the development.", "The association wants the increase frozen until an independent surveyor has checked the accounts.", Differ, `asked for vs stated: "increase" / "wants the increase frozen until"`},
		{"what was asked for is no demand", "Every safety document the council asked for had been handed in before the deadline.", "The organiser missed the deadline for its crowd management plan by more than a week.", Contradict, "on time vs late"},
		{"a demand on each side", "The union wants the plant kept open.", "The company wants the plant closed.", Contradict, "antonyms"},
		{"people counted alike, said of in other words", "About 12,000 Calveran workers travelled to farms in Brenmoor last season.", "Twelve thousand Calveran nationals had taken part in the programme during the harvest.", Agree, "compatible figures"},
		{"compatible figures agree whatever the words", "Larkspan said its full-fibre project in Oldcombe covers around 1,200 premises across the village and its surrounding hamlets, making it one of the largest rural builds in the county.", "It said the project was meant to reach roughly twelve hundred homes and businesses, including isolated farms that have never had a reliable internet service.", Agree, "compatible figures"},
		{"one area in two units", "The fire destroyed about 120 hectares of forest on the ridge.", "Nearly 300 acres of woodland burned, the rangers said.", Agree, `compatible figures: "about 120 hectares" / "Nearly 300 acres"`},
		{"a share as a percentage and as one in N", "Roughly 40% of calls to the helpline go unanswered.", "Two in five callers never get through, the charity said.", Agree, "compatible figures"},
		{"opposites said of two things", "Shopkeepers on the high street supported new investment in the town library, the council said.", "The group said its members opposed any fee for using the tennis courts.", Differ, ""},
		{"an adjective and its negating prefix, the rest not shared, is a possible clash", "The ground was safe and drainage work had been finished.", "Officers who walked the site judged the ground unsafe for the show.", Differ, `possible clash, antonyms: "safe" / "unsafe"`},
		{"a participle and its negating prefix", "Staff were paid for the extra hours, the trust said.", "The extra hours were worked unpaid, the union said.", Contradict, "antonyms"},
		{"opposites said of one thing", "The two pumps stood idle all weekend, the engineers said.", "Both pumps were kept running through the weekend by contractors.", Contradict, "antonyms"},
		{"an annual sum is a yearly rate", "The closures are expected to save £42,000 a year, the council said.", "Its own papers put the annual saving at £42,000.", Agree, "same facts"},
		{"an annual sum against another yearly rate", "The closures are expected to save about £50,000 a year, the council said.", "Its own papers put the annual saving at just £12,000.", Contradict, "different number"},
		{"a month meets a day of it, whatever later month follows", "The first walkout is planned for 9 March, with further strikes in April if talks fail.", "The hospital confirmed it had been told of strikes starting in early March.", Agree, "same date"},
		{"after part of a series is before all of it", "The concert was halted after 9 of the 14 songs, the promoter said.", "The concert was stopped before all the songs had been played.", Agree, ""},
		{"one sum with and without whose it is", "Relocation grants of up to £5,000 per household are available.", "The grants are capped at five thousand pounds, the union said.", Agree, "compatible figures"},
		{"a length of time with a word before its unit", "The elevated readings lasted for four days, the water company said.", "Residents said the readings stayed above the limit for six consecutive days.", Contradict, `different time: "four days" / "six consecutive days"`},
		{"working days are a week's five", "We responded within the statutory 20 working days, the board said.", "The paper said the board took more than two months to reply.", Contradict, `different time: "20 working days" / "more than two months"`},
		{"working days against the weeks they make", "Refunds are processed within ten working days, the retailer said.", "Customers get their money back within two weeks, it added.", Agree, "compatible figures"},
		{"a full week is a week", "Reminder emails were sent only 24 hours before renewal.", "The company said reminders had always gone out a full week before each renewal.", Contradict, `different time: "24 hours" / "a full week"`},
		{"close counts in different nouns", "Officers searched 412 people at the festival.", "More than four hundred festival-goers were searched over the weekend.", Agree, `compatible figures: "412 people" / "More than four hundred festival`},
		{"close counts of people and what they booked", "Around 6,200 customers had holidays booked with the firm.", "More than six thousand bookings were cancelled when the firm collapsed.", Agree, "compatible figures"},
		{"one floor in different nouns", "The tool is used by more than 300 letting agents, the company said.", "The campaigners said the tool was used by over three hundred agencies.", Agree, "compatible figures"},
		{"counts a fifth apart are no restatement", "Officers searched 412 people at the festival.", "More than five hundred festival-goers were searched over the weekend.", Differ, ""},
		{"a sum each against a total that may be it", "Tickets for the stream cost £14.99, the promoter said.", "People paid just under £15 each to watch the stream.", Agree, "compatible figures"},
		{"shared equally against a smaller share", "Costs of the clean-up would be split equally, the ministry said.", "Astrand will pay 40 per cent of the cost of the clean-up.", Contradict, `different number: "equally" / "40 per cent"`},
		{"shared equally against paid in full", "The cost of the aircraft will be split equally between the two governments.", "The aircraft will be paid for in full by the Valdorian side.", Contradict, `different number: "equally" / "in full"`},
		{"half the cost is fifty per cent", "Korvenia will fund half the cost of new radar buoys.", "Belmark offered to pay for fifty per cent of the radar buoys.", Agree, "same facts"},
		{"fifty-fifty is equally", "Revenue from permit fees will be split equally.", "The two sides will share permit income fifty-fifty.", Agree, "same facts"},
		{"a time later against a time taken to arrive", "Officers were on scene eleven minutes later, the force said.", "It took almost forty minutes for the first police car to arrive.", Contradict, `different time: "eleven minutes later" / "almost forty minutes"`},
		{"a time taken is no time to arrive", "Officers were on scene eleven minutes later, the force said.", "The search of the building took almost forty minutes.", Differ, ""},
		{"a price rounded is the same price", "Passengers pay 30 euros to add a large bag when they book online.", "Adding a large bag to an online booking costs 29.99 euros, the airline said.", Agree, "same facts"},
		{"a figure rounded too far is another", "The repairs took 3 days.", "The repairs took 2.5 days.", Contradict, "different"},
		{"a decimal read out is one figure", "The party received 36 separate payments which together came to 1.8 million crowns.", "Its filings show one point eight million crowns from thirty-six corporate donors.", Agree, "same facts"},
		{"a no-confidence motion denies nothing", "The no-confidence motion against the government was tabled on 10 February and carries the signatures of 54 deputies.", "Fifty-four deputies from four opposition groups signed the motion, which the party lodged on the tenth of February.", Agree, ""},
		{"a sum put towards a whole is no whole", "Varnia will contribute 14 million euros to the avalanche defences.", "The new avalanche protection is estimated at 31 million euros.", Differ, "different figures"},
		{"two sums each put towards a whole", "Varnia will contribute 14 million euros to the avalanche defences.", "Varnia will put just 9 million euros towards the avalanche defences.", Contradict, "different number"},
		{"a count so far below a total", "Around 52,000 customers bought a wrongly graded phone, the authority said.", "The company has so far identified 18,000 affected customers.", Differ, "different figures"},
		{"a count so far above a total", "Around 12,000 customers bought a wrongly graded phone, the authority said.", "The company has so far identified 18,000 affected customers.", Contradict, "different number"},
		{"a rise from one level to another in percent", "Calls to landlines will go up from 8p to 10p a minute.", "Landline calls will cost a quarter more under the new tariff.", Agree, "compatible figures"},
		{"a cut from one level to another against a cut of more than a third", "The grant to the orchestra will be cut from £95,000 to £60,000.", "The orchestra faces a cut of more than a third to its grant.", Agree, "compatible figures"},
		{"a change in percent worked out never clashes", "The late fee rose from £6 to £12, the company said.", "The number of clients with such debts rose by 40%, the charity said.", Differ, ""},
		{"a maximum and a typical figure", "Drivers waited up to three hours at the border crossing on Friday.", "The average wait at the border crossing on Friday was ninety minutes.", Differ, "different figures"},
		{"a bound the figure sits just within", "The council received fewer than 40 complaints about the market.", "There were 37 complaints about the market, the council said.", Agree, "compatible figures"},
		{"no need to act is no denial of acting", "Refunds will be paid automatically, so customers do not need to take any action, the bank said.", "The bank has agreed to refund affected customers automatically and to take action against the fraudsters.", Agree, ""},
		{"no need against a need", "The attacker would need valid administrator credentials, the company said.", "An attacker does not need to log in at all, the researchers said.", Contradict, "negation"},
		{"how long talks lasted against how long the ministers met", "The ministry said the talks were frank and lasted more than two hours.", "The two ministers met for around forty minutes, the statement said.", Contradict, "different time"},
		{"a negated concession concedes nothing", "The storm was the worst in forty years.", "We do not accept that the weather that night was exceptional.", Differ, ""},
		{"admitted to hospital concedes nothing", "Two workers were hurt.", "Two workers were admitted to hospital with burns.", Agree, "same facts"},
		{"a breach only supposed is no clash", "We have not breached the terms of our licence.", "If the company is found to have breached its licence it faces a fine.", Differ, "supposed vs stated:"},
		{"not as quickly as is no promptness", "The alarm was not raised as quickly as it should have been.", "The alarm was raised six hours after the fire started.", Differ, ""},
		{"a negation both sides share", "The patient was not seen by a senior doctor that night.", "A senior doctor was not called that night.", Agree, ""},
		{"an intention is no hedge", "The council will remove the trees on Linden Avenue in March.", "The council intends to remove the trees on Linden Avenue in March.", Agree, ""},
		{"just over allows a little more", "The meeting lasted just over an hour.", "The meeting lasted 65 minutes.", Agree, "compatible figures"},
		{"close to a figure closes nothing", "The four-year contract, worth £96 million, was awarded after open competition.", "The deal is worth close to a hundred million pounds over four years.", Agree, "compatible figures"},
		{"a time of day in hyphenated words", "The race in question was the 3.15 handicap on Saturday afternoon.", "The dispute concerns Saturday's quarter-past-three handicap.", Differ, ""},
		{"the same length of time in other words", "The hearing at the county court lasted seven weeks.", "The hearing ran for almost two months.", Agree, "compatible figures"},
		{"a paraphrase with no cue agrees", "The plant shut down on Tuesday after the leak.", "The factory closed on Tuesday following the leak.", Agree, ""},
		{"another aspect of the same thing differs", "The plant shut down on Tuesday after the leak.", "The owners of the plant blamed a contractor for the leak.", Differ, ""},
		{"the earlier value of a change is no clash", "The jobless rate stood at 7.2 percent in March, up from 6.9 percent a year earlier.", "Figures show unemployment climbing to 7.2 percent in March, the highest in a decade.", Agree, ""},
		{"described as, an assessment", "The minister described last month's negotiations with the unions as productive.", "The unions said last month's negotiations with the minister were a failure.", Contradict, "opposite assessments"},
		{"as without a verb of description rates nothing", "The negotiations with the unions ended on Friday, as productive talks often do.", "The unions said last month's negotiations with the minister were a failure.", Differ, ""},
		{"a negated dispute grants", "The speed limit on the bridge is still 30 miles per hour.", "Residents do not dispute that the 30 miles per hour speed limit on the bridge is unchanged.", Agree, "conceded"},
		{"not until dates an event", "The operator expects services to be back to normal by late February once 15 newly qualified guards start work.", "Commuters should not have to wait until the new year for normal services.", Differ, ""},
		{"a negation only weighed", "Members who renew their season tickets before June will get a free cup match.", "A poll found that 60 percent of members would consider not renewing their season tickets.", Differ, ""},
		{"a bound is not what a negation denies, and a point granted agrees", "Tests near the depot found no toxic gases above safe limits.", "Residents agreed that the air near the depot was safe to breathe by nightfall.", Agree, "conceded"},
		{"a negation through a light word denies the cause", "The cancellations were caused mainly by a shortage of drivers following a high rate of sickness.", "The operator's driver shortage is not a matter of sickness.", Contradict, `negation: "sickness"`},
		{"a shared degree word is the topic, not a degree", "The delays were caused by the strike.", "The delays were not caused by the strike.", Contradict, "negation"},
		{"a cause denied says nothing of the subject", "The fire spread quickly through the building.", "The fire was not due to arson.", Differ, ""},
		{"may up to a limit grants leave, not a hedge; no more than bounds", "Under the order, the site may use no more than 700,000 litres a day until the end of September.", "It said the site would keep to the ceiling of 0.7 million litres per day, which runs until 30 September.", Agree, "compatible figures"},
		{"a denied subject turns the bound round", "After the changes, no customer will be more than five miles from a branch.", "In some villages, the nearest remaining branch will be more than 15 miles away.", Contradict, `different number: "no customer will be more than five miles" / "more than 15 miles"`},
		{"no less than is a lower bound", "The frigate closed to within 150 metres of the destroyer.", "The frigate kept a distance of no less than one kilometre from the destroyer.", Contradict, `different number: "within 150 metres" / "no less than one kilometre"`},
		{"no more than is no negation", "The fund pays no more than 50 pounds to each family.", "The fund pays 50 pounds to each family.", Agree, ""},
		{"a limit with its figure", "Noise levels at the park boundary stayed below the 65-decibel limit set by the council.", "Readings taken at the edge of the park recorded peaks far above the 65-decibel limit.", Contradict, `rules kept vs broken: "below the 65-decibel limit" / "above the 65-decibel limit"`},
		{"nothing done for a time grants the wait", "As a result, the abnormal finding was not acted on for around eight months.", "The family said she had waited eight months for a diagnosis that should have taken weeks.", Differ, ""},
		{"quoted and coordinated assessments", "The ministry described the talks as \"a warm and constructive exchange\".", "Officials described the talks as \"frank and at times difficult\".", Contradict, "opposite assessments"},
		{"counter-productive is no praise", "The council described the new policy as fair and effective.", "Parents described the new policy as counter-productive.", Contradict, "opposite assessments"},
		{"has yet to is a negation", "We sincerely apologise to patients for the worry this has caused.", "The company has yet to offer patients any apology.", Contradict, `negation: "apologise to patients" / "has yet to offer patients any apology"`},
		{"a thing said absent with -free", "Fans can spread the cost over ten months without paying interest.", "An interest-free payment plan would help fans.", Differ, ""},
		{"one exchange from its two sides", "Around 14,500 season tickets were sold last season, according to the club.", "Roughly 14,500 supporters bought season tickets last season, the trust said.", Agree, ""},
		{"a sale and its buyer", "The gallery said it had sold the drawing for £40,000 on Friday.", "The drawing went for 40,000 pounds to a private buyer on Friday.", Agree, ""},
		{"a sale and its buyer, subjects alike", "Harwood Gallery said on Friday it had sold Anna Lusk's drawing The Quay for £40,000 at auction.", "The drawing went for 40,000 pounds to a buyer whose name was not given, the artist said.", Differ, ""},
		{"one party both buying and selling", "The club sold the stadium in 2019.", "The club bought the stadium in 2019.", Contradict, "antonyms"},
		{"antonyms qualifying different things", "Around 1.2 million modified male mosquitoes were released at 40 sites over six weeks from late May, the institute said.", "It said more than a million of the insects were let go on the island in the early summer.", Agree, ""},
		{"antonyms qualifying one thing", "The shop stays open until late evening.", "The shop stays open until early evening.", Contradict, "antonyms"},
		{"new and old tell two charges apart", "The new charge will apply to applications received from 1 April.", "The higher fee takes effect from the first of April, giving owners only weeks to apply at the old rate.", Agree, ""},
		{"not far enough grants the measure", "The minimum weight carried in flat races will rise by two pounds from the start of next season.", "The jockeys' association has welcomed a two-pound increase in the minimum riding weight but said it does not go nearly far enough.", Agree, ""},
		{"a modal perfect tells what did not happen", "The remote alarm should have alerted the on-call embryologist but did not activate.", "The alarm failed to send an alert to the on-call embryologist.", Agree, ""},
		{"not affected by a change is no change", "Children and young people under 18 are not affected by the change.", "The forum welcomed the decision to leave children's services unchanged.", Agree, `negated opposite: "by the change" / "unchanged"`},
		{"free against charged", "A supervised club will be available free of charge on Friday afternoons for pupils who need it.", "It also said the Friday afternoon club will charge £6 a session, which many families cannot afford.", Contradict, `free vs charged: "free of charge" / "will charge"`},
		{"new and old of one thing", "The council said the bridge was old.", "The council said the bridge was new.", Contradict, "antonyms"},
		{"not expected before a date dates the event", "The company expects full supply to be restored by the end of February.", "Normal supplies are not expected before the end of February, the alliance said.", Differ, ""},
		{"not before an event denies it came first", "Residents were consulted before the decision.", "Residents were not consulted before the decision.", Contradict, "negation"},
		{"one event before and after another", "Residents were warned before the flood.", "Residents were warned only after the flood.", Contradict, `before vs after: "before the flood" / "after the flood"`},
		{"two events ordered against a third", "The alarm sounded before the fire reached the stairwell.", "Residents left after the fire reached the stairwell.", Differ, ""},
		{"a point confirmed agrees", "Eleven people were arrested, mostly for public order offences, and nine have since been released on bail.", "The force confirmed that eleven people had been arrested during the day.", Agree, `conceded: "confirmed"`},
		{"a confirmation does not outweigh a firm clash", "The council confirmed that the bridge will reopen in March.", "The bridge will not reopen in March.", Contradict, "negation"},
		{"a title is no counterpart of a negation", "Officials said Dr Amara was in good health after a medical check.", "Her lawyers said they had not been allowed to visit Dr Amara and could not confirm her health.", Differ, ""},
		{"leaving a job says no work goes on", "About 200 drivers stopped work at the depot on Monday.", "Roughly 200 drivers walked off the job at the depot on Monday.", Agree, ""},
		{"an outside expert breaks no rule", "The hall will stay closed until an independent surveyor has approved the roof.", "Residents welcomed the decision to keep the hall shut until an outside architect has checked the roof.", Agree, ""},
		{"a thing called inaccurate is no denial", "We apologise to every customer who received an inaccurate bill.", "An ombudsman spokesperson noted that the company has apologised to the customers concerned.", Differ, ""},
		{"a report called false is denied", "The company said reports of a leak at the plant were false.", "Residents said there had been a leak at the plant on Monday.", Contradict, `denial: "false"`},
		{"not against grants", "The company plans to refurbish all 180 flats on the estate over the next three years.", "Residents are not against the landlord's three-year programme to modernise the estate's 180 homes.", Agree, ""},
		{"voting against a plan breaks no rule", "The budget was approved by the council last night.", "Two independent councillors voted against the spending plan last night.", Differ, ""},
		{"a sum without its currency", "At the discounted price the treatment costs about 21,000 per quality-adjusted life year.", "The committee's most plausible estimate was roughly 48,000 per quality-adjusted life year.", Contradict, "different number"},
		{"a denial both sides make is no clash", "There was no evidence of a cyber attack on the network.", "The outage came from an error in a routine update rather than any malicious activity on the network.", Differ, ""},
		{"dates of two events", "Drug use has fallen since body scanners were installed in March.", "We also found that the prison library had been closed since July.", Differ, ""},
		{"one event dated apart", "The plant reopened on 3 May.", "The plant reopened on 9 May.", Contradict, "different date"},
		{"one deadline in two forms", "The company said the estate's roads would be resurfaced by the end of June.", "Residents said they had been promised the estate's roads would be resurfaced before July.", Agree, "same date"},
		{"two deadlines", "The company said the estate's roads would be resurfaced by the end of June.", "Residents said they had been promised the estate's roads would be resurfaced before May.", Contradict, "different date"},
		{"not ruling out denies nothing", "Further increases in the policy rate cannot be ruled out.", "The government fully respects the independence of the central bank.", Differ, ""},
		{"a claim of an event called off and another going ahead", "Teaching hours that are cancelled will be refunded, and graduation ceremonies will go ahead as scheduled.", "About half of all scheduled teaching was cancelled on the opening day.", Differ, ""},
		{"a tally counts no people", "The budget was approved by 31 votes to 24.", "Two independent councillors voted against the budget.", Differ, ""},
		{"a firm negation is not hidden by a hint", "The 1998 maritime boundary remains legally binding on both states.", "The 1998 maritime line was never ratified by parliament and therefore cannot be considered binding.", Contradict, `negation: "binding"`},
		{"an acknowledgement only asked for concedes nothing", "The museum owns the mask.", "A loan would require us to acknowledge the museum's ownership.", Differ, ""},
		{"a time after the negated verb is no object", "The boiler was serviced by an engineer a week before the fire.", "The boiler had not been serviced for more than two years before the fire.", Contradict, `negation: "serviced" / "had not been serviced"`},
		{"a shared word later in the clause grounds no", "No tenant on the estate is currently in temporary housing.", "Tenants have been moved into temporary housing for months.", Contradict, "negation:"},
		{"no with a verb of its own denies that verb", "Surveys last spring recorded curlew nesting beside the trails.", "No survey evidence of nesting birds on the trails has ever been shared with the club.", Differ, ""},
		{"not able to confirm says nothing of it", "The fires began where owners charged the cars with cheap equipment.", "The union has not been able to confirm what charging equipment the owners used.", Differ, ""},
		{"a delay said in the predicate is a degree", "Some overtime payments were delayed by a payroll fault.", "Members have not received overtime pay since August.", Differ, "degree:"},
		{"not aware of any claims no knowledge", "Tenants plan to submit medical evidence to the council.", "We are not aware of any medical evidence linking the damp to illness.", Differ, ""},
		{"as planned asserts no plan", "The home season will go ahead as planned in September.", "So far there is no concrete plan for a future tour.", Differ, ""},
		{"people doing something are no count of what befell them", "The consultation drew more than 2,300 responses.", "We have written to all 31 councillors asking them to vote against the consultation's plan.", Differ, ""},
		{"a rise in money against a cut in real terms", "The government has offered teachers a 6.5 percent pay rise from September.", "Teachers have suffered a real-terms pay cut since 2010.", Differ, ""},
		{"opposite changes of one thing", "Complaints about coverage fell over the past twelve months.", "Complaints about poor coverage more than doubled last year.", Contradict, "opposite changes"},
		{"opposite changes of two things in one year", "Prices fell sharply last year.", "Wages more than doubled last year.", Differ, ""},
		{"falling short is no change", "The service fell short of the standard passengers expect.", "Passenger numbers on the service rose by a fifth.", Differ, ""},
		{"night in a time of day is no opposite of day", "The company said freight trains run between 11pm and 5am to keep clear of passenger services during the day.", "Residents said wagons rumble past between eleven at night and five in the morning.", Agree, `same facts: "11pm"`},
		{"at no charge is free, no denial", "All affected customers are being offered free replacement glasses, the optician said.", "The optician must offer replacement glasses at no charge to every patient affected.", Agree, ""},
		{"a denial after a point granted denies something else", "The pond's lining had been leaking for several years, the council said.", "The Friends accepted that the lining was leaking but disputed that it was beyond repair.", Agree, "conceded:"},
		{"no further word grants the word given", "Couriers were given no further explanation of the decision.", "Couriers received a short explanation of the decision.", Differ, `negation: "no further explanation of the decision" / "explanation of the decision"`},
		{"a negated effect with its cause denies no cause", "The alarm did not activate because of a failed network card.", "The alarm failed to send an alert to staff because of a faulty component.", Differ, ""},
		{"a cause denied", "The delay was not because of a failed network card.", "The delay was caused by a faulty network card.", Contradict, "cause denied:"},
		{"the first rise in years grants the years unchanged", "The club said the change was its first increase in season ticket prices for eight years.", "Supporters accepted that season ticket prices had been left unchanged for several years.", Agree, ""},
		{"a level held against a rise", "The shelf price of a four-pint bottle has stayed at £1.45 since January.", "The chain has put up the price of a four-pint bottle by 10 pence this year.", Contradict, "change vs no change"},
		{"inside against outside a bound", "The gas dispersed well within the plant boundary.", "Ammonia was measured in the village, outside the plant's perimeter.", Contradict, "inside vs outside"},
		{"within a time is no place", "Crews reached the estate within 40 minutes.", "Crews parked outside the estate gates.", Differ, ""},
		{"confirming a result of its own concedes nothing", "Her lawyers want the B sample tested by an independent laboratory.", "Analysis of the B sample has confirmed the original result.", Differ, ""},
		{"confirmed with its that left out concedes", "The regulator fined the operator 3.8 million pounds.", "The operator confirmed it had been ordered to pay a penalty of £3.8 million.", Agree, "conceded"},
		{"before the deadline against missing it", "Every safety document was handed in before the deadline.", "The organiser missed the deadline for its safety plan by a week.", Contradict, "at once vs after a delay"},
		{"on time against missed deadlines", "We answered every request for information on time.", "The supplier missed deadlines for information on several occasions.", Contradict, "at once vs after a delay"},
		{"a freeze is what did not change", "Members accepted a two-year freeze on rents.", "The union said rents had not changed since 2022.", Agree, "negated opposite"},
		{"a date both give accounts for the other's other date", "Managers met the tenants on 9 February and will meet them again in April.", "Managers and tenants met on 9 February.", Agree, "same date"},
		{"a range of months holds the month the other gives", "The branches will close in phases between June and September.", "The first branches will close in June.", Agree, "same date"},
		{"a thing that failed is its opposite", "The heating at the hall failed on Sunday evening.", "The radiators at the hall went cold on Sunday evening.", Agree, "negated opposite"},
		{"an admission measured against grants nothing", "The council said about 300 homes were affected by the flooding.", "The true number of households hit is far higher than the council has admitted, residents said.", Differ, ""},
		{"the atmosphere talks were held in rates them", "The talks were held in a warm and constructive atmosphere.", "Officials described the talks as difficult and tense.", Contradict, "opposite assessments of the same event:"},
		{"what a verb of naming calls its object rates it", "The minister said the talks had been productive.", "Her counterpart called Tuesday's talks “disappointing”.", Contradict, "opposite assessments of the same event:"},
		{"restored against still without", "Power was restored to every home by Tuesday night.", "Some homes were still without power on Wednesday.", Contradict, "still going on vs ended:"},
		{"still far too few is no state going on", "Surgeons are now completing about 140 operations a week.", "Surgeons now carry out around 140 operations a week, still far too few.", Agree, ""},
		{"no guarantee leaves it open", "The company said it could restore some hourly trains in December.", "The operator gave no guarantee that hourly trains would return.", Differ, ""},
		{"a part of a whole a possessive names", "It said 31 of the market's 38 traders wished to return.", "Fewer than half of the hall's traders expect to come back.", Contradict, "different number:"},
		{"a share standing as the subject", "Interviews with returning workers showed that more than a third had paid fees to agents.", "Fewer than 2 per cent of workers were charged a fee by agents.", Contradict, "different number:"},
		{"a verb after a plural subject meets the other's", "Negotiators closed eleven of the fourteen chapters.", "Only eight chapters can be considered closed, the chief negotiator said.", Contradict, "different number:"},
		{"a letter received is a telling", "Every family received a letter before the new rota started.", "Relatives learned of the new rota only when carers arrived at the door.", Contradict, "told vs not told:"},
		{"a thing looked into is not said to be so", "The report found the spill had no lasting effect on fish in the river.", "Scientists will study its effects on fish over the coming year, the agency said.", Differ, "looked into vs stated:"},
		{"a looking into denied clashes with it done", "The garage did not test the brakes before the crash.", "The garage tested the brakes two days before the crash.", Contradict, "negation:"},
		{"still waiting against paid", "Every grower has been paid for the spring harvest.", "Growers are still waiting to be paid for the spring harvest.", Contradict, "still going on vs ended:"},
		{"still running is no want", "The night bus is still running on weekdays.", "The weekday night bus was restored in May.", Agree, ""},
		{"a passive has no object to set apart", "The board consulted the tenants' union before the vote.", "The union said it had not been consulted in advance.", Contradict, "negation:"},
		{"a negation's scope ends at a clause link", "The pipe burst on Tuesday, the company said.", "Homes were left without heating after the pipe burst on Tuesday.", Agree, ""},
		{"a subject set aside is not denied", "Forty licensed fishermen work the river.", "Poachers, not licensed fishermen, were the real threat to the stock.", Differ, ""},
		{"imports and exports are one trade", "Wheat imports from Carvia are worth 80 million euros a year.", "The ban threatens wheat exports worth 80 million euros a year.", Agree, "same facts"},
		{"told against learned from the press", "The trust told every tenant in person on Monday.", "Tenants learned of the plan from a local newspaper.", Contradict, "told vs not told:"},
		{"told against no warning", "Tenants were told of the rent rise in writing in May.", "Tenants received no warning of the rent rise.", Contradict, "told vs not told:"},
		{"who learned of a thing and passed it on told", "The operator learned of the closure from the hotel on Thursday and informed the organiser by telephone the next morning.", "The organiser says she was told about the move by phone on Friday morning.", Differ, ""},
		{"consulted against never consulted", "The council wrote to the bowls club in March setting out the options.", "Club members were never consulted about the plans.", Contradict, "told vs not told:"},
		{"consulted against without a word", "Ward councillors were consulted before the monitor was moved.", "The monitor was removed without a word to a single household.", Contradict, "told vs not told:"},
		{"consultation held against none", "The closure was agreed after consultation with conservation groups.", "The society was not consulted.", Contradict, "told vs not told:"},
		{"notice given against no warning", "Owners were given 72 hours' written notice.", "Owners said the shelters were removed with no warning at all.", Contradict, "told vs not told:"},
		{"no extra cost against paying one's own way", "All travellers abroad have now been brought home at no extra cost.", "Some members had to pay for their own flights back.", Contradict, "free vs charged:"},
		{"no charge against being charged", "Drivers can reapply online at no charge.", "Anyone reapplying is being charged a £10 fee.", Contradict, "free vs charged:"},
		{"no one by a role against some by another, one thing done", "No engineer has been disciplined on the basis of tracking data.", "The data was used to discipline at least five of our members.", Contradict, "different number of people:"},
		{"no one by a role against some who had another thing done", "No engineer has been disciplined on the basis of tracking data.", "At least five of our members have complained about the trackers.", Differ, ""},
		{"refused to meet against met", "The company refused to meet its officials at any point, the union said.", "The company met union representatives twice in the past month.", Contradict, "told vs not told:"},
		{"consulted against nobody asked", "Residents were consulted over twelve weeks last spring.", "Residents said nobody asked us what we thought.", Contradict, "told vs not told:"},
		{"discussed with against not consulted", "The change was discussed with patient representatives at a meeting.", "Patients were not consulted before the decision was taken.", Contradict, "told vs not told:"},
		{"meeting a standard hears no party", "Staffing on the night met the agreed standard, the airport said.", "Passengers learned of the delays from the departure boards.", Differ, ""},
		{"not told of a thing does not deny it", "Its findings have been referred to the council's standards committee.", "The mayor's office said it had not been told of any referral to the standards committee.", Differ, ""},
		{"told of it against never told of it", "Staff were told about the closure in May.", "Staff said they were never told about the closure.", Contradict, "negation:"},
		{"remained open against a standstill", "The port remained open throughout Monday, the port authority said.", "The union said the port was brought to a complete standstill by the stoppage.", Contradict, "running vs halted:"},
		{"resolved against still open", "The ministry said all outstanding issues had been resolved.", "The union said several questions remain open.", Contradict, "settled vs still open:"},
		{"minor burns against serious burns", "Both men were treated for minor burns and allowed home the same day.", "One of the men remained in hospital with serious burns.", Contradict, "minor vs serious harm:"},
		{"minor and serious harm in one claim", "Some workers suffered minor burns while others had serious injuries.", "Workers were seriously injured in the blast.", Agree, ""},
		{"within a limit against times it", "Borehole samples taken in January show ammonia well within the permitted limit.", "Samples from the same borehole showed ammonia at nearly three times the permitted level.", Contradict, "within vs beyond a limit:"},
		{"within a limit against above a level", "Sea conditions at the time were within the limits for the aircraft.", "The crew said waves that afternoon were above the level the aircraft was certified for.", Contradict, "within vs beyond a limit:"},
		{"a date against none set", "A formal agreement on the study would be signed in June, the ministry said.", "The other side said no date had yet been set for signing.", Contradict, "dated vs no date:"},
		{"a start date still to be settled", "The ministers agreed to begin joint ranger patrols from 1 March.", "The rangers said patrols were agreed, with a start date still to be settled.", Contradict, "dated vs no date:"},
		{"a season sets no date", "The treaty would be signed formally at a ceremony in the autumn.", "No date has been set for signature of the treaty.", Differ, ""},
		{"an expected date sets none", "Valdoria expects a first charter flight to leave before the end of June.", "No date has been set for any flight, the ministry said.", Differ, ""},
		{"open evenings held against never invited to a meeting", "The owners held two open evenings for neighbours last year.", "Residents said they had never been invited to any meeting with the owners.", Contradict, "told vs not told:"},
		{"in place against removed", "The company said the guard on the conveyor was in place and working.", "Workers said the interlocking guard on the conveyor had been removed weeks earlier.", Contradict, "in place vs removed:"},
		{"told reporters tells no party", "The mayor told reporters the depot would close.", "Drivers first heard of the closure from a notice on the canteen wall.", Differ, ""},
		{"told one party, another learned elsewhere", "The company said it told the regulator at once.", "Residents first heard of the leak from neighbours.", Differ, ""},
		{"unanimous against votes against", "The board approved the merger unanimously on Friday.", "Three of the nine directors voted against the merger.", Contradict, "unanimous vs divided:"},
		{"as forecast against worse than forecast", "The flooding was far worse than anyone had predicted.", "The river rose exactly as predicted.", Contradict, "as forecast vs otherwise:"},
		{"later than planned against on schedule", "The bridge reopened on schedule in May.", "The bridge reopened two weeks later than planned.", Contradict, "on time vs late:"},
		{"people by their roles counted roughly", "About 150 nurses joined the strike on Monday.", "More than 400 of our members joined the strike on Monday.", Contradict, "different number of people:"},
		{"followed the guidance against breached it", "The council said the crossing followed national guidance.", "Campaigners said the crossing breached national guidance on visibility.", Contradict, "rules kept vs broken:"},
		{"an estimate that meets a firm figure", "The total cost of the bridge stands at 480 million euros.", "The estimated cost of the bridge has climbed to nearly half a billion euros.", Agree, "compatible figures"},
		{"informed of it and first learned of it", "The firm said it first learned of the fault on 14 June.", "The board said the firm was informed of the fault in mid-June.", Agree, ""},
		{"briefed against heard on a website", "Staff were briefed in person at meetings on Monday.", "Workers first heard about the cuts on a local news website.", Contradict, "told vs not told:"},
		{"a negation that picks out whom a claim is about", "Customers are being offered a free safety kit.", "Owners who do not want the safety kit should be given a full refund.", Differ, ""},
		{"a negation of the people themselves", "Every owner was sent the safety kit.", "Owners did not receive the safety kit.", Contradict, "negation:"},
		{"a rise in percent is no share of a whole", "Cleaners on the contract received a 6% pay rise in April.", "The pay rise still left most cleaners on less than 12 pounds an hour.", Differ, ""},
		{"two rises in percent of one pay", "Cleaners received a 6% pay rise in April.", "The pay of cleaners went up by just 2% in April.", Contradict, "different number:"},
		{"no one hurt against some treated", "No one was injured in the incident, the ministry said.", "Two soldiers were treated at a field hospital for cuts.", Contradict, "no one hurt vs someone hurt:"},
		{"no one hurt against one taken to hospital", "Nobody was hurt in the fire, the company said.", "One elderly resident was taken to hospital with breathing difficulties.", Contradict, "no one hurt vs someone hurt:"},
		{"a negative time before an inverted verb negates its clause", "At no point was tap water unsafe to drink, the company said.", "Residents were told the water remained safe to drink throughout.", Agree, "negated opposite:"},
		{"at no time against at risk", "At no time were patients at risk, the trust said.", "Patients were put at risk by the delays, the inspectors said.", Contradict, "negation:"},
		{"no one hurt on both sides", "Not one passenger was hurt during the trips.", "The regulator said no passenger had been harmed during the trips.", Agree, ""},
		{"checked but none taken to hospital", "Seven pupils were checked by paramedics at the scene, and none was taken to hospital.", "The council said nobody was taken to hospital after the crash.", Differ, ""},
		{"a place closed is no use of it", "The shared laundry room on the ground floor has been closed while it is treated.", "Residents have had no use of the ground-floor laundry for almost three weeks.", Differ, ""},
		{"a place open against no use of it", "The shared laundry room on the ground floor has stayed open throughout.", "Residents have had no use of the ground-floor laundry for almost three weeks.", Contradict, "negation:"},
		{"different causes of one event", "The delays were caused by a surge in applications, the ministry said.", "The delays stemmed from cuts to consular staff, the group said.", Contradict, `different causes: "a surge in applications" / "cuts to consular staff"`},
		{"where a fault lay against where it was", "The fault lay with our streaming provider, the company said.", "Engineers found the fault was in the promoter's own encoding equipment.", Contradict, `different causes: "our streaming provider" / "in the promoter's own encoding equipment"`},
		{"a fault repaired names no cause", "The fault lay with our streaming provider, the company said.", "Engineers said the fault was repaired within the hour.", Differ, ""},
		{"a cause blamed against one found", "The airline blamed the cancellations on bad weather.", "Inspectors said the cancellations were the result of a shortage of pilots.", Contradict, "different causes:"},
		{"one cause in other words", "The outage was caused by a faulty software update.", "The outage stemmed from a flawed update to its software.", Agree, ""},
		{"the other's cause denied", "The fall in spills was the result of new investment.", "The fall in spills was down to a dry summer rather than investment.", Contradict, `cause denied: "new investment" / "investment"`},
		{"causes of different things", "Bank charges incurred as a result of the error will be refunded.", "No personal data leaked as a result of the incident.", Differ, ""},
		{"people seeking help ask for no figure", "The average wait for a first appointment is now 12 days, the university said.", "Students seeking counselling are waiting an average of five weeks for a first appointment.", Contradict, `different time: "12 days" / "five weeks"`},
		{"not agreed to pay any share denies agreeing to share", "Both governments agreed at the meeting to share the cost overrun equally.", "The ministry said it had not agreed to pay any share of the overrun.", Contradict, "negation:"},
		{"no agreement of any kind reached denies the agreement produced", "The talks produced an agreement in principle on the return of the manuscript.", "No agreement of any kind was reached on the future of the manuscript.", Contradict, `negation: "agreement" / "No agreement"`},
		{"no plans to reopen talks denies no talks", "Ministers have no plans to reopen negotiations.", "Talks with ministers have been a waste of time.", Differ, ""},
		{"a refusal on a condition denies no plan", "A second round of talks is planned for May in the capital.", "Lomaria will not attend further talks unless lorries are first allowed back onto the bridge.", Differ, ""},
		{"cannot without names a condition", "The new payment will be worth up to 180 euros per hectare for land used for tree planting.", "Many of our members are tenants, and they cannot plant trees without their landlord's permission.", Differ, ""},
		{"a possessive names whose object is denied", "CCTV from the shop shows her buying the ticket at 3.42pm.", "The shop's CCTV did not show the ticket's numbers.", Differ, ""},
		{"no objection grants the thing", "The company blamed the gaps on a new electronic records system.", "The inspectorate said it had no objection to electronic records but found that staff had not been trained.", Differ, ""},
		{"light verbs are no antonyms", "The ministry said the decision was taken because of the security situation.", "The ministry said no advance notice of the decision had been given.", Differ, ""},
		{"visas granted concede nothing", "About 6,500 students had been granted visas since July.", "The visas issued so far covered barely two thirds of students holding places.", Differ, ""},
		{"no permit issued denies the permits granted", "Environmental permits for the works have been granted on both banks of the river.", "The agency is still assessing the works, and no permit has yet been issued.", Contradict, "negation:"},
		{"no better than compares", "Drawing lots gives every family the same chance of a place.", "Under the lottery a child living across the road has no better chance than one from three miles away.", Differ, ""},
		{"worked with people and disabled people are no machines", "The company said it had worked with local disability groups for months.", "The alliance represents about 1,100 disabled people in the city.", Differ, ""},
		{"a system worked against one switched off", "The sprinkler system worked as designed.", "Investigators found that the sprinklers had been switched off.", Contradict, "working vs not working:"},
		{"a one-off is no count of one", "This was a human error by one member of staff.", "The group said the error was not a one-off.", Differ, ""},
		{"the first part of a compound is no thing denied", "A review of all releases over the past year found no other cases.", "Staff had warned for months about faults in new case-management software.", Differ, ""},
		{"fell short of agrees with not", "Shoppers paid a premium for a product that was not what the label said.", "We are sorry that some customers bought oil that fell short of what our label promised.", Differ, ""},
		{"no evidence of a difference agrees with as good as", "The commission found no evidence that the quality of clinical care at its practices was lower than elsewhere.", "The commission found its standard of clinical care to be as good as anywhere in the country.", Agree, ""},
		{"no evidence of a difference against one asserted", "The commission found no evidence that the quality of clinical care at its practices was lower than elsewhere.", "Clinical care at its practices was worse than elsewhere, the group said.", Contradict, ""},
		{"a ruling reported is not held", "The channel accepted that she should have been given credit for an answer that was ruled incorrect.", "The channel now accepts that her answer was correct.", Agree, ""},
		{"some before a figure rounds it", "The ministers discussed the bilateral loans, which total 2.4 billion crowns.", "Mirenza owes Oskaland some 2,400 million crowns under bilateral loan agreements.", Agree, ""},
		{"supported against opposed, the rest not shared, is a possible clash", "Of the 1,900 responses to the consultation, 58% supported the proposal.", "Most of the 1,900 people who took part in the consultation had opposed the proposal.", Differ, `possible clash, antonyms: "supported" / "opposed"`},
		{"antonyms with the rest shared contradict", "The ground at the showfield was safe on Saturday.", "The ground at the showfield was unsafe on Saturday.", Contradict, `antonyms: "safe" / "unsafe"`},
		{"no member of the public hurt against one in hospital", "No member of the public suffered a serious injury as a result of Taser use during the year.", "A 58-year-old man spent four days in hospital with a fractured skull after he was Tasered.", Contradict, "no one hurt vs someone hurt:"},
		{"no reply for weeks against an answer within days", "The unit raised its concerns on 2 April but received no substantive reply for almost three weeks.", "The company answered the unit's first letter within two working days.", Contradict, `at once vs after a delay: "no substantive reply for almost three weeks"`},
		{"nobody doing a thing shares only a light verb", "Posts at its practices had been vacant for as long as 18 months because no one would take them.", "Dentist vacancies were a national problem, the board said, and it had launched a scheme offering payments to dentists who take NHS posts in the area.", Differ, ""},
		{"a denial against a possibility", "We have found no evidence that anyone has lost money as a result, he said.", "Backdating rules allow only three months of arrears, meaning some families may never recover what they lost.", Differ, ""},
		{"a compound and a phrasal verb face no way", "Front-of-house staff earned an average of £3.40 an hour in tips last year.", "The union said the company was holding back 3 per cent of all card tips.", Differ, ""},
		{"two times of two events", "The kidney did not reach the transplant unit until shortly after 4am.", "The company said its vehicle began the journey from Pellington General at 7.40pm.", Differ, ""},
		{"meetings with a party against nobody meeting us", "The depot said it held three meetings with union representatives in May.", "\"Nobody sat down with us before the rota was announced,\" the union said.", Contradict, "told vs not told:"},
		{"meetings with a party against another party not told", "The depot said it held three meetings with union representatives in May.", "Nobody sat down with the drivers before the rota was announced.", Differ, ""},
		{"a shared word before a negation of something else said of it", "The museum apologised to the lenders on Monday.", "The lenders said an apology was not enough.", Differ, ""},
		{"allowed against barred", "The club said its junior teams would be allowed to keep training at the hall.", "The junior teams had been barred from the hall since May, parents said.", Contradict, "allowed vs refused:"},
		{"unrestricted against turned away", "Visiting remains unrestricted for relatives of patients on the ward.", "Relatives of patients on the ward had been turned away at the door.", Contradict, "allowed vs refused:"},
		{"allowed and barred of two things", "Visitors will be allowed to park on the seafront.", "Cyclists have been barred from the pier at weekends.", Differ, ""},
		{"raised against not discussed", "The minister said she had raised the detention of two fishermen with her counterpart.", "The detention of the fishermen was not discussed at the meeting, the ministry said.", Contradict, "discussed vs not discussed:"},
		{"raised and not discussed of two things", "The minister said she had raised the price of fuel.", "The new ferry timetable was not discussed at the meeting.", Differ, ""},
		{"mutual agreement against a unilateral decision", "The crossing was closed by mutual agreement in March.", "The closure of the crossing was a unilateral decision by the ministry.", Contradict, "jointly vs unilaterally:"},
		{"not accepting that a clause holds denies it", "The union said the boundary stone had been moved.", "The ministry does not accept that the boundary stone has been moved.", Contradict, "negation:"},
		{"briefed against first hearing at the announcement", "The tenants' association had been briefed on the new charge in March.", "The association said it first heard about the charge when it was announced.", Contradict, "told vs not told:"},
		{"unpaid denies pays", "Travel time between visits is still unpaid, the union said.", "The company pays its carers for travel time between visits.", Contradict, "antonyms:"},
		{"unchanged against the change an event", "Children are not affected by the change, the trust said.", "The forum welcomed the decision to leave children's services unchanged.", Agree, ""},
		{"no contact against a meeting", "The regulator said it had no contact with the ministry before its ruling.", "The minister met the regulator's board two days before the ruling.", Contradict, "told vs not told:"},
		{"a review that included meetings against never consulted", "The port said its review included meetings with the harbour pilots.", "The harbour pilots said they were never consulted about the review.", Contradict, "told vs not told:"},
		{"first time against warned before", "The agency said it was the first time the company had been warned about its labelling.", "The company had been warned about its labelling twice before, inspectors said.", Contradict, "first time vs before:"},
		{"first of its kind against a similar one", "The fire was the first of its kind at the depot, the operator said.", "A similar fire at the depot in March was put out by staff, the union said.", Contradict, "first time vs before:"},
		{"first time and before of two things", "It was the first time the choir had sung in the cathedral.", "The harbour wall had been repaired twice before.", Differ, ""},
		{"unanimous against a split vote", "The council voted unanimously to close the library.", "The decision to close the library was taken on a split vote.", Contradict, "unanimous vs divided:"},
		{"unanimous against some who argued against", "The change was endorsed unanimously by the national volcano advisory panel.", "Two members of the national advisory panel had argued against the change.", Contradict, "unanimous vs divided:"},
		{"a topic put before a denial", "The ministers agreed in principle that each country will recognise the dual citizenship of the other's nationals.", "On dual citizenship, no agreement was reached, and the question will return to officials.", Contradict, "negation:"},
		{"no consultation was carried out against consulted", "Donors were consulted through an online survey in the spring.", "No consultation of any kind was carried out with donors.", Contradict, "negation:"},
		{"earlier than planned against later than planned", "The shipment arrived earlier than planned.", "The shipment arrived later than planned.", Contradict, "on time vs late:"},
		{"a year earlier dates a figure", "Figures published on Tuesday show that private family law cases now take an average of 41 weeks to conclude, down from 46 weeks a year earlier.", "The association acknowledged that private law cases now take just over nine months on average, but said the latest figures offered cold comfort.", Agree, "compatible figures:"},
		{"one of the oldest is not the oldest", "It stressed that the boat remains one of the oldest known from the region.", "The boat is no longer the oldest find from the valley, the museum said.", Differ, ""},
		{"the oldest against no longer the oldest", "The boat is the oldest find from the valley.", "The boat is no longer the oldest find from the valley, the museum said.", Contradict, "negation:"},
		{"a denial past an aside meets a denial", "No commercial extraction will take place in the shared zone.", "No mining of any kind, including exploration, will take place in the shared zone.", Agree, ""},
		{"a denial before the next clause", "There will be no compulsory redundancies, and every keeper will be offered redeployment.", "At least six keepers have been told they face compulsory redundancy.", Contradict, "negation:"},
		{"a denial of one of two verbs", "A new wage agreement had been reached with the union on Sunday.", "The union says no wage agreement has been signed or reached with the company.", Contradict, "negation:"},
		{"a change against the two levels it spans", "The agency has cut the rate by four cents a tree, to 28 cents.", "The piece rate for each seedling has been set at 28 cents, down from 32 cents last season.", Agree, `compatible figures: "four cents" / "28 cents … 32 cents"`},
		{"a figure met about elsewhere is no other count", "The city opened 320 extra emergency beds across five sites.", "The city had opened some three hundred and twenty extra beds.", Agree, "compatible figures:"},
		{"a share met about elsewhere clashes with no other", "Traffic was 22% below the forecast. Accident rates on the road fell by a third.", "Collisions on the motorway had fallen by 33%.", Agree, "compatible figures:"},
		{"an open bound is met by nothing", "The median pay gap is 14.2%, and women hold 38% of senior management posts.", "Fewer than one in three of the senior managers are women.", Contradict, "different number:"},
		{"a bound met close by clashes with no other figure", "Members voted 84% in favour of the action on a turnout of 71%.", "More than four in five voting members backed the strike.", Agree, "compatible figures:"},
		{"a bound met far off is not met", "So far 212 babies have been retested and two have been referred for further assessment, according to the trust.", "It said at least five babies among the first to be retested had been sent on for specialist tests.", Contradict, "different number:"},
		{"a figure met in other words clashes with no third", "1,450 children are currently waiting for a first orthodontic appointment.", "Close to one and a half thousand young patients are waiting, and 300 children have waited more than a year.", Agree, "compatible figures:"},
		{"a month reached may be thirty days", "Data not relevant to an investigation is deleted within 30 days.", "Data the force does not need is kept for up to a month before it is wiped.", Differ, ""},
		{"a paused programme is no activity going on", "The council has paused its rooftop egg-oiling programme for this season.", "Residents said the council stopped oiling eggs on rooftops this season.", Agree, ""},
		{"over one limit and within another breaks no rule kept", "Many penalties were for axles over their limit even though the total load was within the legal maximum.", "Many fines were for axle weights slightly over the limit even when the total load was legal.", Agree, ""},
		{"an appeal against an order and legal advice break and keep nothing", "Warmseal has 28 days to appeal against the order.", "Warmseal said it had four weeks to lodge an appeal and would take legal advice.", Agree, "same facts:"},
		{"a part of a known whole below the whole is no other count", "The company said the change applies to all 84 flats in the block.", "Around 60 of the flats are owned by the people who live in them, the association said.", Differ, "different figures:"},
		{"two parts of a known whole said of one thing clash", "Around 60 of the flats were damaged in the fire.", "The council said 84 of the flats were damaged in the fire.", Contradict, "different number:"},
		{"beyond repair is no repair", "The heating system could not be repaired.", "The heating had failed beyond repair.", Agree, ""},
		{"contracts lost are no change", "The studio will keep session rates frozen for two years.", "The studio said it would hold session fees at their current level and had lost two major streaming contracts last year.", Differ, ""},
		{"late August is no delay", "Work was completed at the end of August, two weeks ahead of schedule.", "Fish have returned to the upper river since the weir came out in late August.", Agree, "same date:"},
		{"fake reviews are no denial", "Tradeloft says it has removed more than 2.1 million reviews it believes were fake or paid for.", "Tradeloft says that more than two million suspect reviews have been taken down.", Agree, ""},
		{"fake claims deny", "The plant leaked chemicals into the river.", "The company said reports that the plant leaked chemicals were fake.", Contradict, "denial:"},
		{"not consulted about a scheme denies no scheme", "All pupils have been required to use the lockable phone pouches since 3 November.", "Parents say they were never properly consulted about the phone pouch scheme introduced at the start of November.", Agree, ""},
		{"not told about what the other says was told", "The inspectors told the manager about the staffing levels.", "The manager was not told about the staffing levels.", Contradict, "negation:"},
		{"not told of a thing denies the telling", "Families can claim back the cost of travel for visits.", "Many relatives say nobody ever told them they could claim back travel costs.", Differ, ""},
		{"no posts cut is no denial of teachers leaving", "No music teaching posts will be cut as a result of this decision.", "Parents fear that visiting music teachers will leave if pupil numbers fall.", Differ, ""},
		{"no posts cut denies posts cut", "No music teaching posts will be cut this year.", "Eleven music teaching posts will be cut this year.", Contradict, ""},
		{"well over a figure is clear of it", "The cost of the abandoned trial had been estimated at around £85,000.", "The collapsed trial had cost the public purse well over a hundred thousand pounds.", Contradict, "different number:"},
		{"a quarter to one may be after noon", "Pupils will finish at 12.45pm on Fridays from September.", "The school plans to end lessons at a quarter to one every Friday.", Agree, "same facts:"},
		{"none will lose is all keep", "None of those patients will lose their place on the waiting list.", "Patients would keep their place on the waiting list.", Agree, "negated opposite:"},
		{"what a rise adds against the level it reaches", "Fees would go up by 6.2 per cent, taking the average fee to £212 a month.", "Fees were rising by more than six per cent, adding around £12 a month to the typical bill.", Differ, ""},
		{"a tool used to screen is no activity going on", "The keyword tool used to screen veterinary histories was withdrawn in July 2023.", "The firm stopped using the screening tool in the summer of 2023.", Agree, ""},
		{"twelve weeks may be three months", "The pause is expected to last twelve weeks.", "The freeze would last for at least three months.", Agree, "compatible figures:"},
		{"the level before a rise is no other level, and both give the new one", "The annual site licence for a beach hut will rise to £690 from 1 April.", "Owners will have to pay 690 pounds a year from April, up from 420 pounds.", Agree, "compatible figures:"},
		{"a request is no assertion to deny", "It has asked the park authority to publish the full inspection report.", "The authority said the full report contained information that could not be published.", Differ, ""},
		{"a want dated before the clause", "Portable toilets and a water point were installed at the lorry holding area this week.", "Until Monday, drivers held at the port had no access to toilets or drinking water.", Differ, ""},
		{"welcoming a plan grants it", "The board said a second assessment clinic will open in Porthallow in May.", "The association welcomed the board's plan to open a second assessment clinic in Porthallow.", Agree, "conceded:"},
		{"a qualified welcome grants nothing", "The university has doubled its hardship fund to 2 million pounds this year.", "We welcome the decision to double the hardship fund, but 2 million pounds will not go far among 28,000 students.", Differ, ""},
		{"welcoming guests grants nothing", "The ministers held talks for three hours.", "The minister welcomed guests from the ministry before the talks.", Differ, ""},
		{"nowhere near a figure is clear of it", "The company said it had spent more than £300,000 on improvements.", "The association said the company had spent \"nowhere near\" £300,000 on improvements.", Contradict, "different number:"},
		{"a single one is no part of more", "The inspection lasted under an hour and was carried out by a single surveyor.", "The inspection had involved two engineers and had taken most of a day.", Contradict, ""},
		{"what both sides agreed grants no point", "The two sides agreed that no commercial extraction would take place in the shared zone.", "No mining of any kind, including exploration, will take place in the shared zone until 2030.", Differ, ""},
		{"due to begin is no cause", "The festival was cancelled because the licence was withdrawn.", "The licence was revoked two days before the festival was due to begin.", Agree, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judgeCounterparts(tt.a, tt.b)
			if v.Relation != tt.want {
				t.Fatalf("judged %s %q, want %s", v.Relation, v.Cues, tt.want)
			}
			if tt.cue != "" && !cueWith(v.Cues, tt.cue) {
				t.Errorf("cues %q, want one with %q", v.Cues, tt.cue)
			}
		})
	}
}

// TestTimesAreNoPlaces checks that the words after "on the" that say when
// ("on the night of 14 November", "on the fourteenth of November") are
// no places that could swap, while a thing there is.
func TestTimesAreNoPlaces(t *testing.T) {
	c := prepareText("The cable was cut on the night of the fourteenth, not on the seabed.")
	for _, tk := range c.toks {
		want := tk.Lower == "cable" || tk.Lower == "seabed"
		if tk.Lower == "night" || tk.Lower == "fourteenth" || want {
			if got := thing(&tk); got != want {
				t.Errorf("thing(%q) = %v, want %v", tk.Surface, got, want)
			}
		}
	}
}

// cueWith reports whether one of the cues holds sub.
func cueWith(cues []string, sub string) bool {
	return slices.ContainsFunc(cues, func(c string) bool { return strings.Contains(c, sub) })
}

// TestSwapsBetweenCounterparts checks that two parties' claims naming one
// thing in their own words ("electrician" / "technician") get no cue of
// things swapped, while two claims alike but for the swapped thing do.
func TestSwapsBetweenCounterparts(t *testing.T) {
	tests := []struct {
		a, b string
		swap bool
	}{
		{"The shelter will stay closed until a qualified electrician has inspected the wiring.", "Volunteers welcomed the decision to keep the shelter shut until a technician has checked the wiring.", false},
		{"A doctor examined the prisoner on Monday morning.", "A nurse examined the prisoner on Monday morning.", true},
		{"We reported the breach to the Information Commissioner's Office within the required 72 hours.", "The university confirmed that the Information Commissioner's Office has been notified.", false},
		{"Owners should stop riding and charging the bikes immediately, it said.", "The company said it had advised customers to stop using and charging the bikes straight away.", false},
	}
	for _, tt := range tests {
		v := judgeCounterparts(tt.a, tt.b)
		got := slices.ContainsFunc(v.Cues, func(c string) bool { return strings.HasPrefix(c, "different things:") })
		if got != tt.swap {
			t.Errorf("%q / %q: judged %s %q; a cue of different things: %v, want %v", tt.a, tt.b, v.Relation, v.Cues, got, tt.swap)
		}
		if tt.swap && v.Relation != Differ {
			t.Errorf("%q / %q: judged %s, want differ", tt.a, tt.b, v.Relation)
		}
	}
}

// TestFindingVerbsDenyTheThing checks, on two one-claim statements, that
// "no X were identified" denies X itself, as "there was no X" does.
func TestFindingVerbsDenyTheThing(t *testing.T) {
	res, err := Compare(Document{Text: "The safety profile was consistent with earlier studies, and no new safety signals were identified."},
		Document{Text: "Three deaths in the treatment arm were linked to brain bleeding, a new and serious safety concern."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pairs) != 1 || res.Pairs[0].Relation != Contradict {
		t.Fatalf("pairs %+v, want one contradiction", res.Pairs)
	}
}

// TestHedgeWords checks words that hedge only in some uses: "May"
// capitalised inside a sentence, a month or a name, softens nothing while
// the modal does; "appeared in the paper" says where a thing was seen,
// while "appears to be" hedges.
func TestHedgeWords(t *testing.T) {
	for text, want := range map[string]bool{
		"A transition plan will be published before the May shareholder meeting.": false,
		"Theresa May said the plan would be published.":                           false,
		"May we say that the plan will be published.":                             true,
		"The plan may be published before the meeting.":                           true,
		"The interview appeared in the paper on Saturday.":                        false,
		"He appeared before the magistrates on Monday.":                           false,
		"The figures appear to be wrong.":                                         true,
		"It appears that the alarm was raised late.":                              true,
		"The club could not use its pitch.":                                       false,
		"The club could use its pitch.":                                           true,
	} {
		if got := hedged(prepareText(text)) >= 0; got != want {
			t.Errorf("hedged(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHedgeScope checks that a hedge softens the words after it in its
// clause: "may be published" hedges the publishing, while "are expected to
// make a full recovery" after "and" hedges nothing the other claim says.
func TestHedgeScope(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		hedge bool
	}{
		{"The report will be published in May.", "The report may be published in May.", true},
		{"Two climbers were injured and were airlifted to hospital.", "Both injured climbers are in hospital and are expected to make a full recovery.", false},
		{"The committee decided that the club could not use its pitch.", "The decision was taken by the committee in December.", false},
	} {
		v := judgeCounterparts(c.a, c.b)
		if got := cueWith(v.Cues, "hedged vs firm"); got != c.hedge {
			t.Errorf("%q / %q: cues %q, want a hedge cue %v", c.a, c.b, v.Cues, c.hedge)
		}
	}
}

// TestWithdrawnIsNoneToo checks that a thing taken away ("had withdrawn
// press seats") is what a negation of it says ("would no longer receive
// press tickets"): no negation clash.
func TestWithdrawnIsNoneToo(t *testing.T) {
	v := judgeCounterparts("The theatre said it had withdrawn press seats for the critic for the rest of the season.",
		"She said she would no longer receive press tickets for the rest of the season.")
	if v.Relation == Contradict || cueWith(v.Cues, "negation") {
		t.Errorf("judged %s %q, want no negation", v.Relation, v.Cues)
	}
}

// TestChangeAndStasisWords checks the words that name a change in amount or
// its absence against their other senses: "raised the alarm" raises no
// amount, and "a 96-flat block" holds homes and "a flat fee" is a kind of
// charge, not a level.
func TestChangeAndStasisWords(t *testing.T) {
	for _, c := range []struct {
		text, word     string
		change, stasis bool
	}{
		{"The council raised rents by 5 percent.", "raised", true, false},
		{"A tenant first raised the alarm in September.", "raised", false, false},
		{"Residents raised concerns about the noise.", "raised", false, false},
		{"Prices stayed flat in March.", "flat", false, true},
		{"The fire started in its 96-flat block.", "flat", false, false},
		{"She returned to her flat on Friday.", "flat", false, false},
		{"It replaced the previous flat fee of £3.", "flat", false, false},
		{"The minimum weight carried in flat races will rise.", "flat", false, false},
		{"Sales were broadly flat year on year.", "flat", false, true},
		{"Radiation readings stayed at normal background levels.", "stayed", false, true},
		{"The visitors stayed at the hotel.", "stayed", false, false},
	} {
		c0 := prepareText(c.text)
		i := slices.IndexFunc(c0.toks, func(t token) bool { return t.Lower == c.word })
		if got := isChange(c0.toks, i); got != c.change {
			t.Errorf("isChange(%q in %q) = %v, want %v", c.word, c.text, got, c.change)
		}
		if got := stasis(c0.toks, i); got != c.stasis {
			t.Errorf("stasis(%q in %q) = %v, want %v", c.word, c.text, got, c.stasis)
		}
	}
}

// TestNoOneSomewhere checks that "no one on the ground was hurt" denies the
// hurt, not the ground: two accounts that no one was hurt do not clash over
// where the debris landed, while one that someone there was hurt does.
func TestNoOneSomewhere(t *testing.T) {
	if v := judgeCounterparts("Debris came down on farmland and no one on the ground was hurt.",
		"Wreckage landed near a school, and it was only by luck that there were no casualties."); v.Relation == Contradict {
		t.Errorf("two accounts of no one hurt judged contradict %q", v.Cues)
	}
	if v := judgeCounterparts("No one on the ground was hurt.", "Two farm workers on the ground were hurt."); v.Relation != Contradict {
		t.Errorf("no one hurt against two hurt judged %s %q, want contradict", v.Relation, v.Cues)
	}
}

// TestNegationOfAWordTheOtherSaysElsewhere checks that a negation denies
// none of the other claim's words that its own claim asserts outside it:
// "left without running water after the main burst" does not deny the
// burst main, however the lexicon relates "water" to "main".
func TestNegationOfAWordTheOtherSaysElsewhere(t *testing.T) {
	if v := judgeCounterparts("A trunk main burst on Wednesday morning and about 9,000 properties lost their supply.",
		"Nearly nine thousand homes were left without running water after the main burst on Wednesday."); v.Relation == Contradict {
		t.Errorf("two accounts of homes cut off by a burst main judged contradict %q", v.Cues)
	}
	if v := judgeCounterparts("The main was repaired and supply was restored on Wednesday.",
		"Homes were still without running water on Wednesday."); v.Relation != Contradict && v.Relation != Differ {
		t.Errorf("supply restored against still without water judged %s %q", v.Relation, v.Cues)
	}
}

// TestChangeWordsNamingAKind checks that a participle between an article
// and a noun ("a dropped kerb") names a kind of thing, not a change that
// clashes with a rise.
func TestChangeWordsNamingAKind(t *testing.T) {
	v := judgeCounterparts("From June the fee for a dropped kerb rises from £650 to £900.", "She said the charge has jumped by almost 40 per cent at a stroke.")
	if v.Relation == Contradict {
		t.Errorf("judged %s %q, want no contradiction", v.Relation, v.Cues)
	}
}

// TestFigureAgainstALimit checks that a figure set "against" the figure of
// a limit is compared with it, not said to break a rule.
func TestFigureAgainstALimit(t *testing.T) {
	v := judgeCounterparts("One sample showed 14 micrograms of lead per litre, against a legal limit of 10.", "Lead in the water was almost one and a half times the legal limit.")
	if v.Relation == Contradict {
		t.Errorf("judged %s %q, want no contradiction", v.Relation, v.Cues)
	}
}
