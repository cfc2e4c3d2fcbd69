package notify

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// A toast's arguments say what was clicked, and on which toast: "open:7"
// is the toast itself, "snooze:7" and "skip:7" its buttons, where 7 is the
// toast's number. A click on an earlier toast than the one shown last is
// an Earlier click, or, on its buttons, nothing.

// toastXML is the toast of m, numbered n, with its picture at icon (a
// file path; empty for none). Everything the user reads is escaped.
func toastXML(m Message, n int, icon string) string {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	var b strings.Builder
	launch := "" // a plain message opens nothing
	if m.Break {
		launch = fmt.Sprintf("open:%d", n)
	}
	fmt.Fprintf(&b, `<toast activationType="foreground" launch="%s" duration="short">`, launch)
	b.WriteString(`<visual><binding template="ToastGeneric">`)
	fmt.Fprintf(&b, `<text>%s</text>`, esc(m.Title))
	for _, line := range strings.Split(m.Body, "\n") {
		fmt.Fprintf(&b, `<text>%s</text>`, esc(line))
	}
	if icon != "" {
		fmt.Fprintf(&b, `<image placement="appLogoOverride" src="%s"/>`, esc("file:///"+strings.ReplaceAll(icon, `\`, "/")))
	}
	b.WriteString(`</binding></visual>`)
	if m.Sound {
		b.WriteString(`<audio src="ms-winsoundevent:Notification.Reminder"/>`)
	} else {
		b.WriteString(`<audio silent="true"/>`)
	}
	if m.Check {
		fmt.Fprintf(&b, `<actions><action content="%s" arguments="showme" activationType="foreground"/></actions>`, esc(showMeLabel()))
	}
	if m.Break {
		b.WriteString(`<actions>`)
		fmt.Fprintf(&b, `<action content="%s" arguments="open:%d" activationType="foreground"/>`, esc(startLabel()), n)
		if m.Snooze != "" {
			fmt.Fprintf(&b, `<action content="%s" arguments="snooze:%d" activationType="foreground"/>`, esc(m.Snooze), n)
		}
		fmt.Fprintf(&b, `<action content="%s" arguments="skip:%d" activationType="foreground"/>`, esc(skipLabel()), n)
		b.WriteString(`</actions>`)
	}
	b.WriteString(`</toast>`)
	return b.String()
}

// clicked is what a toast's arguments mean, given the number of the toast
// shown last; ok is false for arguments of no toast of ours, and for the
// buttons of an earlier toast, which do nothing.
func clicked(args string, current int) (a Action, ok bool) {
	if args == "showme" { // a posture check's: the relief exercise, whenever it is asked for
		return ShowMe, true
	}
	what, number, found := strings.Cut(args, ":")
	n, err := strconv.Atoi(number)
	if !found || err != nil || n <= 0 || n > current {
		return "", false
	}
	earlier := n < current
	switch {
	case what == "open" && earlier:
		return Earlier, true
	case earlier:
		return "", false
	case what == "open":
		return Open, true
	case what == "snooze":
		return Snooze, true
	case what == "skip":
		return Skip, true
	}
	return "", false
}
