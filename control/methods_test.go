package control

import (
	"reflect"
	"slices"
	"testing"

	"github.com/godbus/dbus/v5/introspect"
)

// The method names callers use are the ones the bus exports and the ones
// interface.xml documents, no more and no fewer.
func TestEveryMethodIsNamedOnce(t *testing.T) {
	named := []string{string(OpenSettingsMethod), string(BreakNowMethod), string(ReliefMethod), string(PauseMethod), string(ResumeMethod), string(QuitMethod), string(StatusMethod)}
	slices.Sort(named)

	var exported []string
	o := reflect.TypeFor[object]()
	for i := range o.NumMethod() {
		exported = append(exported, o.Method(i).Name)
	}
	slices.Sort(exported)

	var node introspect.Node
	if err := introspectNode(&node); err != nil {
		t.Fatal(err)
	}
	var documented []string
	for _, i := range node.Interfaces {
		if i.Name == Interface {
			for _, m := range i.Methods {
				documented = append(documented, m.Name)
			}
		}
	}
	slices.Sort(documented)

	if !slices.Equal(named, exported) || !slices.Equal(named, documented) {
		t.Fatalf("named %v, exported %v, documented %v", named, exported, documented)
	}
}
