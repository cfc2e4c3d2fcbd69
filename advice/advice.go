// Package advice owns what the app says about the back beyond the
// exercises: what the "pop" is, why the app suggests movement instead, when
// to stop and see a professional, core stability, and the article all of it
// comes from. The windows that say it are in the window half
// (ui/advicewindow, and the break window's safety dialog).
//
// Everything here is the article's, in our own words. Nothing here is a
// claim the article does not make.
package advice

// Source is the article every exercise and every piece of advice comes from.
const (
	SourceTitle  = "Upper Back Popping: Understanding the 'Pop', Safety, and Healthy Mobility Strategies"
	SourceAuthor = "Alex"
	SourceSite   = "Spinal Health"
)

// WhatThePopIs explains the sound.
const WhatThePopIs = `The "pop" is joint cavitation. Between your vertebrae are small joints, the facet joints, each sealed in a capsule of lubricating fluid with gases dissolved in it. When a movement pulls a joint's surfaces apart quickly, the pressure inside drops and the gas forms a bubble. The sound is that bubble forming or collapsing, not bones grinding or moving back into place.`

// WhyMovement says why the app suggests movement instead.
var WhyMovement = []string{
	"The relief is real but brief, and popping your back on purpose, often or with force, carries risks:",
	"Popping again and again can stretch the ligaments and capsules around those joints, leaving them looser and less stable.",
	"Muscles may tighten to protect a joint that is forced, which keeps the stiffness going.",
	"A self-made pop is more likely to come from joints that already move too much, while the stiff ones stay stiff.",
	"If something else is behind the stiffness, forcing it can make that worse.",
}

// Instead is what helps.
const Instead = "The article's alternative is gentle mobility, targeted stretches and strengthening, done without force, along with regular movement and good posture. Posture Break gives you one of these at each break."

// Core is the article's advice on core stability, which it gives as advice,
// not as an exercise.
const Core = "A strong core, your abdominal and deep spinal muscles, gives your whole spine a stable base and takes strain off your upper back."

// Stop is what to do when an exercise brings pain, numbness or tingling.
const Stop = "Stop the exercise. Pain together with numbness, tingling or weakness in your arms, hands or legs needs a professional's attention straight away."

// Urgent introduces SeeAProfessional: the article says each of these
// warrants immediate professional evaluation.
const Urgent = "See a professional straight away if you have any of these:"

// SeeAProfessional is when to have your back checked at once, as the
// article lists it.
var SeeAProfessional = []string{
	"Pain that persists and does not ease with rest or gentle movement",
	"Pain together with numbness, tingling or weakness in your arms, hands or legs",
	"Pain after an injury, such as a fall or an accident",
	"Your back or shoulders can bend, turn or reach much less far than they used to",
	"Pain that spreads into your chest or belly",
}

// Persistent is the article's other reason to see someone, which is not
// urgent.
const Persistent = "Stiffness that keeps coming back, or any worry about your back, is also a good reason to see someone."

// Professionals are who the article suggests.
const Professionals = "A physical therapist, a chiropractor or a registered massage therapist can assess what is going on and help."

// Safety is the safety advice: stop, and when to see someone.
func Safety() Page {
	return Page{
		{Kind: Strong, Text: Stop},
		{Kind: Strong, Text: Urgent},
		{Kind: List, Items: SeeAProfessional},
		{Kind: Paragraph, Text: Persistent + " " + Professionals},
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
		{Kind: Paragraph, Data: app, Text: "Every exercise, and all the advice in the app, comes from the article \u201c{{.Title}}\u201d by {{.Author}} ({{.Site}}), in our own words. " +
			"{{.Name}} adds no health advice of its own, and it does not replace a professional's. The set-up cues in the steps (where to put your hands and feet, say) are standard form tips."},
		{Kind: Paragraph, Text: Core},
		{Kind: Heading, Text: "When to stop"},
	}
	return append(p, Safety()...)
}
