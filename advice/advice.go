// Package advice owns what the app says about the back beyond the
// exercises: what the "pop" is, why the app suggests movement instead, when
// to stop and get medical help, core stability, and the article all of it
// comes from. The windows that say it are in the window half
// (ui/advicewindow, and the break window's safety dialog).
//
// Everything here is the article's, in our own words. Nothing here is a
// claim the article does not make; what the app adds (the steps' set-up,
// the pace, a break's length) About says is the app's.
package advice

// Source is the article every exercise and every piece of advice comes from.
const (
	SourceTitle  = "Upper Back Popping: Understanding the 'Pop', Safety, and Healthy Mobility Strategies"
	SourceAuthor = "Alex"
	SourceSite   = "Spinal Health"
)

// WhatThePopIs explains the sound.
const WhatThePopIs = `The "pop" usually comes from joint cavitation. Between your vertebrae are small joints, the facet joints, each sealed in a capsule of lubricating fluid with gases dissolved in it. When a movement pulls a joint's surfaces apart quickly, the pressure inside drops and the gas forms a bubble. The sound is that bubble forming or collapsing: no bones are grinding or moving out of place.`

// WhyMovement says why the app suggests movement instead.
var WhyMovement = []string{
	"A pop now and then that happens by itself is generally harmless. Popping your back on purpose, often or with force, gives brief relief but carries risks:",
	"Popping again and again can stretch the ligaments and capsules around those joints, leaving them looser and less stable.",
	"Muscles may tighten to protect a joint that is forced, which keeps the stiffness going.",
	"A self-made pop is more likely to come from joints that already move too much, while the stiff ones stay stiff.",
	"If a more serious problem is behind the stiffness, forcing it can make that worse or cause an injury.",
}

// Instead is what helps.
const Instead = "The article's alternative is gentle mobility, targeted stretches and strengthening, done without force, along with regular movement and good posture. Posture Break gives you one of these at each break."

// Core is the article's advice on core stability, which it gives as advice,
// not as an exercise.
const Core = "A strong core, your abdominal and deep spinal muscles, gives your whole spine a stable base and takes strain off your upper back."

// Stop is the one line every exercise shows, always in view: when to stop,
// and the signs that need a doctor at once. The article asks for immediate
// medical attention for numbness, tingling or weakness, each on its own.
const Stop = "Stop if it hurts. For numbness, tingling or weakness, get medical help at once."

// ListenToYourBody is the article's rule for every exercise.
const ListenToYourBody = "Listen to your body: avoid any movement that brings discomfort."

// Urgent introduces RedFlags.
const Urgent = "Get medical help straight away for any of these:"

// RedFlags are the signs that need medical attention at once, as the
// article lists them.
var RedFlags = []string{
	"Pain that persists and does not ease with rest or gentle movement",
	"Numbness, tingling or weakness in your arms, hands or legs, with or without pain",
	"Pain after an injury, such as a fall or an accident",
	"A marked loss in how far you can move",
	"Pain that spreads into your chest or belly",
}

// NotUrgent heads the article's advice for what can wait.
const NotUrgent = "Not urgent, but worth a visit"

// Persistent is when the article suggests seeing a professional, without
// haste, and whom.
const Persistent = "For stiffness that keeps coming back, or any worry about your spine, see a qualified professional. A physical therapist or a chiropractor can assess your back and how you move; a registered massage therapist can ease muscle tension."

// Safety is the safety advice: when to stop, when to get medical help at
// once, and, apart from that, who can help with what is not urgent.
func Safety() Page {
	return Page{
		{Kind: Strong, Text: Stop},
		{Kind: Paragraph, Text: ListenToYourBody},
		{Kind: Strong, Text: Urgent},
		{Kind: List, Items: RedFlags},
		{Kind: Strong, Text: NotUrgent},
		{Kind: Paragraph, Text: Persistent},
	}
}

// Intro is the first-run introduction. When to stop comes first, so that
// no one starts without having seen it.
func Intro() Page {
	p := Page{
		{Kind: Heading, Text: "Welcome to Posture Break"},
		{Kind: Paragraph, Text: "It keeps a work timer and, at each break, guides you through one short exercise for your upper back. Three things are worth knowing first."},
		{Kind: Heading, Text: "When to stop"},
	}
	p = append(p, Safety()...)
	return append(p,
		Block{Kind: Heading, Text: "What is the pop?"},
		Block{Kind: Paragraph, Text: WhatThePopIs},
		Block{Kind: Heading, Text: "Why move instead?"},
		Block{Kind: Paragraph, Text: WhyMovement[0]},
		Block{Kind: List, Items: WhyMovement[1:]},
		Block{Kind: Paragraph, Text: Instead},
		Block{Kind: Paragraph, Text: Core},
	)
}

// About is the About window's text.
func About(name, version string) Page {
	app := map[string]any{"Name": name, "Version": version, "Title": SourceTitle, "Author": SourceAuthor, "Site": SourceSite}
	p := Page{
		{Kind: Heading, Text: "{{.Name}} {{.Version}}", Data: app},
		{Kind: Paragraph, Text: "A break reminder for the upper back: it keeps a work timer, and at each break guides you through one illustrated exercise."},
		{Kind: Heading, Text: "Where the advice comes from"},
		{Kind: Paragraph, Data: app, Text: "Every exercise, and all the advice in the app, comes from the article \u201c{{.Title}}\u201d by {{.Author}} ({{.Site}}), in our own words."},
		{Kind: Paragraph, Data: app, Text: "The article names the exercises and what they are for, but gives no steps for most of them, and no number of repetitions, holds or times. The steps, the pictures and their pace, and the length of a break are {{.Name}}'s own: plain set-ups of each exercise as it is usually done. Do as much as feels comfortable, and stop when you have had enough. {{.Name}} does not replace a professional's advice."},
		{Kind: Paragraph, Text: Core},
		{Kind: Heading, Text: "When to stop"},
	}
	return append(p, Safety()...)
}

// Cue is one posture check's few words.
type Cue struct {
	ID   string // names it in the history
	Text string // what the check says, in English; translated where shown
}

// PostureCues are the posture checks' cues, one a check, in turn: the
// article's "be mindful of your posture during work", its rounded
// shoulders, and its regular movement, in a few words each.
var PostureCues = []Cue{
	{"shoulders", "Are your shoulders rounding forward? Let them settle back and down."},
	{"sit-tall", "Sit tall for a moment, and notice how you are holding your back."},
	{"move", "Time to move a little: shift how you sit, or stand up for a moment."},
	{"tension", "Notice any tension in your upper back, and let it ease."},
}
