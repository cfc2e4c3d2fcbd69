package advice

import (
	"strings"

	"posturebreak/translation"
)

// Text is the page as plain text in the language in use, a block a line:
// what the tests read of it. The windows lay the blocks out themselves.
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
