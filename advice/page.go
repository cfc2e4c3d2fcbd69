package advice

import (
	"strings"

	"posturebreak/translation"
)

// Page is a page of advice, as blocks, for a window to lay out: each kind
// has its own look, and a list's items are kept apart from the text
// around them.
type Page []Block

// Block is one part of a page.
type Block struct {
	Kind  Kind
	Text  string   // of a heading, a paragraph or a strong paragraph
	Items []string // of a list
	Data  any      // what Text's {{.Fields}} stand for, if it has any
}

// Kind is what a block is.
type Kind int

const (
	Paragraph Kind = iota
	Heading
	Strong // a paragraph that must not be missed
	List   // a bulleted list
)

// Text is the page as plain text in the language in use, a block a line,
// for tests and logs.
func (p Page) Text() string {
	var b strings.Builder
	for _, block := range p {
		if block.Kind == List {
			for _, item := range block.Items {
				b.WriteString("• " + translation.L(item) + "\n")
			}
			continue
		}
		b.WriteString(translation.L(block.Text, block.Data) + "\n")
	}
	return b.String()
}
