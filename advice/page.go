package advice

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
