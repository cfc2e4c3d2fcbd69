//go:build !unix

package fifo

// Make says there are no named pipes here (ErrUnsupported).
func Make(string) error { return ErrUnsupported }
