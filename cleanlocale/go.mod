module cleanlocale

go 1.25

require (
	github.com/jeandeaual/go-locale v0.0.0-20250612000132-0ef82f21eade
	golang.org/x/text v0.22.0
)

require golang.org/x/sys v0.27.0 // indirect
