// Command illustrate writes every exercise keyframe and icon into the assets
// folder (go generate ./assets runs it).
package main

import (
	"flag"
	"log"

	"posturebreak/drawing"
)

func main() {
	out := flag.String("out", ".", "the assets folder")
	flag.Parse()
	if err := drawing.WriteAll(*out); err != nil {
		log.Fatal(err)
	}
}
