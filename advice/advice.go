// Package advice owns what the app says about the back beyond the
// exercises: what the "pop" is, why the app suggests movement instead, when
// to stop and see a professional, core stability, and the article all of it
// comes from. The windows that say it are in the window half
// (ui/advicewindow, and the break window's safety dialog).
//
// Everything here is the article's, in our own words. Nothing here is a
// claim the article does not make.
package advice

import (
	"fmt"
	"strings"
)

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
	"The relief is real but brief, and forcing it often has costs:",
	"Popping again and again can stretch the ligaments and capsules around those joints, leaving them looser and less stable.",
	"Muscles may tighten to protect a joint that is forced, which keeps the stiffness going.",
	"A self-made pop usually comes from joints that already move too much, while the stiff ones stay stiff.",
	"If something else is behind the stiffness, forcing it can make that worse.",
}

// Instead is what helps.
const Instead = "Gentle mobility, targeted stretches and strengthening loosen the stiff parts without force, and regular movement and good posture help keep them that way. Posture Break gives you one of these at each break."

// Core is the article's advice on core stability, which it gives as advice,
// not as an exercise.
const Core = "A strong core, your abdominal and deep spinal muscles, gives your whole spine a stable base and takes strain off your upper back."

// Stop is what to do when an exercise brings pain, numbness or tingling.
const Stop = "Stop the exercise. Pain together with numbness, tingling or weakness in your arms, hands or legs needs a professional's attention straight away."

// SeeAProfessional is when to have your back checked, as the article lists it.
var SeeAProfessional = []string{
	"Pain that persists and does not ease with rest or gentle movement",
	"Pain together with numbness, tingling or weakness in your arms, hands or legs",
	"Pain after an injury, such as a fall or an accident",
	"A big loss in how far you can move",
	"Pain that spreads into your chest or belly",
}

// Professionals are who the article suggests.
const Professionals = "A physical therapist, a chiropractor or a registered massage therapist can assess what is going on and help."

// Safety is the safety advice as Markdown: stop, and when to see someone.
func Safety() string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n", Stop)
	b.WriteString("Have your back checked by a professional if you have:\n\n")
	for _, s := range SeeAProfessional {
		fmt.Fprintf(&b, "- %s\n", s)
	}
	fmt.Fprintf(&b, "\n%s\n", Professionals)
	return b.String()
}

// Intro is the first-run introduction as Markdown.
func Intro() string {
	var b strings.Builder
	b.WriteString("## Welcome to Posture Break\n\nIt keeps a work timer and, at each break, guides you through one short exercise for your upper back. Three things are worth knowing first.\n\n")
	fmt.Fprintf(&b, "## What is the pop?\n\n%s\n\n## Why move instead?\n\n%s\n\n", WhatThePopIs, WhyMovement[0])
	for _, s := range WhyMovement[1:] {
		fmt.Fprintf(&b, "- %s\n", s)
	}
	fmt.Fprintf(&b, "\n%s\n\n%s\n\n## When to stop\n\n%s", Instead, Core, Safety())
	return b.String()
}

// About is the About window's text as Markdown.
func About(name, version string) string {
	return fmt.Sprintf("## %s %s\n\nA break reminder for the upper back: it keeps a work timer, and at each break guides you through one illustrated exercise.\n\n"+
		"## Where the advice comes from\n\nEvery exercise, and all the advice in the app, comes from the article *%s* by %s (%s), in our own words. "+
		"Posture Break adds no advice of its own, and it does not replace a professional's.\n\n%s\n\n## When to stop\n\n%s",
		name, version, SourceTitle, SourceAuthor, SourceSite, Core, Safety())
}
