package protocol

// Intro asks for the first-run introduction.
type Intro struct{}

// About asks for the About window.
type About struct{}

// History asks for the History window.
type History struct{}

func (Intro) Kind() Kind       { return IntroWindow }
func (Intro) Args() []string   { return nil }
func (About) Kind() Kind       { return AboutWindow }
func (About) Args() []string   { return nil }
func (History) Kind() Kind     { return HistoryWindow }
func (History) Args() []string { return nil }

// PageResult is how a page of advice ended: it was read.
type PageResult struct {
	Read bool `json:"read"`
}

// Result reads the introduction's line.
func (Intro) Result(line []byte) (PageResult, error) { return readPage(IntroWindow, line) }

// Result reads About's line.
func (About) Result(line []byte) (PageResult, error) { return readPage(AboutWindow, line) }

// Result reads the History window's line.
func (History) Result(line []byte) (PageResult, error) { return readPage(HistoryWindow, line) }

func readPage(kind Kind, line []byte) (PageResult, error) {
	var r PageResult
	return r, decode(kind, line, &r)
}
