package schedule

import "fmt"

// nameOf is the name of a value of a small enumeration, written as its
// names in order.
func nameOf[T ~int](names []string, v T) string {
	if v < 0 || int(v) >= len(names) {
		return "unknown"
	}
	return names[v]
}

// named reads a name back; anything else is an error about a what.
func named[T ~int](names []string, text []byte, what string) (T, error) {
	for i, name := range names {
		if string(text) == name {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q", what, text)
}
