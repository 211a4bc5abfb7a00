package compare

// A frame is a kind of point an account of an event makes, whatever its
// words: the cause of the event, who was told of it and when, who was hurt,
// what it cost, how long it took, whether it was safe, whether the rules
// were kept, what was put right, what comes next, how many of something
// there were (a tally: "23 passengers", "about 2,300 consignments"), on
// what date (dated: "on 3 November"). Two claims that make the same kind
// of point, when few other claims of either side make it, are likely
// counterparts even with no word in common ("residents were sent a text
// alert" / "people learned of it from social media"). A claim makes a
// frame when one of its words, as written or as a lemma, is among the
// frame's words, a tally when one of its figures counts things
// (countsThings), dated when one is a date.
type frame uint16

const (
	frameCause frame = 1 << iota
	frameTelling
	frameHarm
	frameMoney
	frameTiming
	frameSafety
	frameRules
	frameNext
	frameRecovery
	frameTally
	frameDated
	frameCount = iota
)

// tallyBit and datedBit are frameTally's and frameDated's bits.
const (
	tallyBit = frameCount - 2
	datedBit = frameCount - 1
)

// frameWords gives the frames a word (as a lemma or as written) makes.
var frameWords = func() map[string]frame {
	m := map[string]frame{}
	add := func(f frame, words ...string) {
		for _, w := range words {
			m[w] |= f
		}
	}
	add(frameCause, "cause", "caused", "because", "blame", "blamed", "fault", "faulty", "responsible",
		"responsibility", "reason", "trigger", "triggered", "attribute", "attributed", "stem", "stemmed",
		"owing", "result", "resulted", "due")
	add(frameTelling, "tell", "told", "inform", "informed", "warn", "warned", "warning", "notify", "notified",
		"notification", "alert", "alerted", "learn", "learned", "learnt", "hear", "heard", "letter", "email",
		"notice", "contact", "contacted", "brief", "briefed", "consult", "consulted", "consultation",
		"aware", "communicate", "communication", "media", "text", "call")
	add(frameHarm, "injure", "injured", "injury", "hospital", "hurt", "kill", "killed", "die", "died", "death",
		"dead", "harm", "harmed", "unhurt", "wound", "wounded", "paramedic", "ambulance", "fatal", "casualty")
	add(frameMoney, "cost", "price", "fee", "pay", "paid", "payment", "budget", "fund", "funding",
		"compensation", "compensate", "fine", "fined", "refund", "spend", "spent", "salary", "wage", "£", "€", "$")
	add(frameTiming, "delay", "delayed", "late", "later", "early", "earlier", "within", "schedule",
		"scheduled", "deadline", "promptly", "immediately", "until", "hour", "minute", "day", "week", "month",
		"fortnight", "overnight")
	add(frameSafety, "safe", "safety", "unsafe", "danger", "dangerous", "risk", "threat", "hazard",
		"secure", "protect", "protection")
	add(frameRules, "rule", "law", "legal", "illegal", "breach", "breached", "comply", "complied",
		"compliance", "licence", "license", "permit", "regulation", "regulator", "standard", "inspection",
		"guidance", "violate", "violated")
	add(frameRecovery, "restore", "restored", "repair", "repaired", "fix", "fixed", "reopen", "reopened",
		"resume", "resumed", "recover", "recovered", "normal", "back")
	add(frameNext, "will", "plan", "planned", "expect", "expected", "intend", "propose", "proposed", "next",
		"future")
	return m
}()

// framesOf returns the frames a claim makes.
func framesOf(c *claimInfo) frame {
	var f frame
	for k := range c.toks {
		t := &c.toks[k]
		f |= frameWords[t.Lower]
		if t.Lemma != t.Lower {
			f |= frameWords[t.Lemma]
		}
	}
	for _, q := range c.qs {
		if countsThings(q) {
			f |= frameTally
		}
		if q.month != "" && !weekdays[q.month] {
			f |= frameDated
		}
	}
	return f
}

// frameAnchor scores the frames two claims share by how few other claims
// make them, as anchors does for words: each shared frame scores 1 / (claims
// of the left making it × claims of the right making it), and frameAnchor
// returns the largest score. The tally and the date are left to
// tallyAnchor and datedAnchor, features of their own.
func (al *aligner) frameAnchor(i, j int) float64 {
	shared := al.framesL[i] & al.framesR[j]
	best := 0.0
	for b := range frameCount {
		if shared&(1<<b) != 0 && frame(1<<b) != frameTally && frame(1<<b) != frameDated {
			best = max(best, al.frameRarity(b))
		}
	}
	return best
}

// frameRarity is 1 / (claims of the left making frame bit b × claims of
// the right making it).
func (al *aligner) frameRarity(b int) float64 {
	return 1 / float64(max(1, al.frameDF[0][b])*max(1, al.frameDF[1][b]))
}

// datedAnchor scores two claims that both give a date by how few other
// claims of either side give one: "the hole opened on 3 November" / "the
// road was shut on the fourth of November".
func (al *aligner) datedAnchor(i, j int) float64 {
	if al.framesL[i]&al.framesR[j]&frameDated == 0 {
		return 0
	}
	return al.frameRarity(datedBit)
}

// tallyAnchor scores two claims that both count things or people by how
// few other claims of either side count any: "about 2,300 consignments
// were put in a lower grade" / "close to 3,000 lots were wrongly
// downgraded".
func (al *aligner) tallyAnchor(i, j int) float64 {
	if al.framesL[i]&al.framesR[j]&frameTally == 0 {
		return 0
	}
	return al.frameRarity(tallyBit)
}

// countsThings reports whether q counts things or people.
func countsThings(q quantity) bool {
	return q.head != "" && q.dim == "" && q.month == "" && !q.time && !q.zero && q.per == "" && q.ofN == 0 && q.val >= 2
}

// setFrames sets the frames of every claim of the comparison and counts the
// claims of each side making each frame.
func (al *aligner) setFrames() {
	for s, cs := range [][]*claimInfo{al.left, al.right} {
		fs := make([]frame, len(cs))
		for k, c := range cs {
			fs[k] = framesOf(c)
			for b := range frameCount {
				if fs[k]&(1<<b) != 0 {
					al.frameDF[s][b]++
				}
			}
		}
		if s == 0 {
			al.framesL = fs
		} else {
			al.framesR = fs
		}
	}
}
