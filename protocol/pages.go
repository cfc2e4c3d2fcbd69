package protocol

// Intro asks for the first-run introduction. With GnomeMovement, it says
// that GNOME's own movement breaks are on, and asks which should remind
// the user.
type Intro struct {
	GnomeMovement bool
}

// About asks for the About window.
type About struct{}

// History asks for the History window.
type History struct{}

func (Intro) Kind() Kind { return IntroWindow }

func (i Intro) Args() []string {
	if i.GnomeMovement {
		return []string{"-" + gnomeFlag}
	}
	return nil
}

func parseIntro(args []string) (Intro, error) {
	fs := flagSet(IntroWindow)
	var i Intro
	fs.BoolVar(&i.GnomeMovement, gnomeFlag, false, "")
	return i, parseFlags(fs, args)
}

func (About) Kind() Kind       { return AboutWindow }
func (About) Args() []string   { return nil }
func (History) Kind() Kind     { return HistoryWindow }
func (History) Args() []string { return nil }

// PageResult is how a page of advice ended: it was read, and, in the
// introduction, what the user chose about GNOME's movement breaks.
type PageResult struct {
	Read  bool  `json:"read"`
	Gnome Gnome `json:"gnome,omitempty"`
}

// Result reads the introduction's line.
func (i Intro) Result(line []byte) (PageResult, error) {
	return readPage(IntroWindow, line, i.GnomeMovement)
}

// Result reads About's line.
func (About) Result(line []byte) (PageResult, error) { return readPage(AboutWindow, line, false) }

// Result reads the History window's line.
func (History) Result(line []byte) (PageResult, error) {
	return readPage(HistoryWindow, line, false)
}

func readPage(kind Kind, line []byte, offered bool) (PageResult, error) {
	var r PageResult
	if err := decode(kind, line, &r); err != nil {
		return r, err
	}
	return r, r.Gnome.check(kind, offered)
}
