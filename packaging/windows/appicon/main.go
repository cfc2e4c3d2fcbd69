// Command appicon writes the app's icon as a Windows icon file, every size
// the app icon is drawn at (assets.AppIconSizes), for the programs'
// resources and the installer: go run ./packaging/windows/appicon FILE.
package main

import (
	"fmt"
	"os"

	"posturebreak/assets"
	"posturebreak/ico"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: appicon FILE.ico")
		os.Exit(2)
	}
	var pngs [][]byte
	for _, size := range assets.AppIconSizes {
		pngs = append(pngs, assets.Read(assets.AppIconPNG(size)))
	}
	f, err := ico.Encode(pngs...)
	if err == nil {
		err = os.WriteFile(os.Args[1], f, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "appicon:", err)
		os.Exit(1)
	}
}
