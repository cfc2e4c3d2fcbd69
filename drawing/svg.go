package drawing

import "fmt"

// Scene is one keyframe: a camera, props behind the figure, props among
// its parts, the figure, the working area, and
// arrows showing where the body goes next. The figure, its working area
// and the props are in space, seen by the camera; arrows are placed on
// the canvas (Arrow3 places one in space). The camera's zoom then
// enlarges it all.
type Scene struct {
	Camera Camera
	Floor  bool   // a floor line under the figure
	Behind []Prop // props behind the body, like a chair or a far door jamb
	Among  []Prop // props drawn in depth order with the body's parts
	Figure Figure
	Work   []Highlight
	Arrows []Arrow
	// Path, if not nil, is the figure t of the way (0 to 1) from this
	// keyframe to the next, where the body must move other than as Tween
	// moves it: the back staying on the roller, an elbow on the door
	// frame. Path(0) is this keyframe's figure and Path(1) the next one's;
	// the movement to any other keyframe is Tween's.
	Path func(t float64) Figure
}

// Highlight marks the working area: a stroke through points on the body.
type Highlight []Spot

// Spot is a point on the body (see Body.On): T along the spine (0 pelvis,
// 1 shoulders), Front units towards its front, Right units towards its
// right side.
type Spot struct{ T, Front, Right float64 }

// Along is a highlight along the spine from t0 to t1, front units in
// front of it (negative: on the back).
func Along(t0, t1, front float64) Highlight {
	var h Highlight
	for i := 0; i <= 8; i++ {
		h = append(h, Spot{t0 + (t1-t0)*float64(i)/8, front, 0})
	}
	return h
}

// SVG is the scene as a standalone SVG document.
func (s Scene) SVG() string {
	p := s.Camera.pen()
	fmt.Fprintf(&p.b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240">`+"\n")
	fmt.Fprintf(&p.b, `<rect x="0" y="0" width="240" height="240" rx="20" ry="20" fill="%s"/>`+"\n", Card)
	body := s.Figure.Pose()
	drawn(p, body, s.Behind)
	s.figure(p, body)
	if s.Floor { // after the figure, so the limbs' halos do not cut it
		y := num(p.at(Pt{0, FloorLine + LimbWidth/2 + 2}).Y)
		fmt.Fprintf(&p.b, `<line x1="14" y1="%s" x2="226" y2="%s" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`+"\n", y, y, PropInk, p.w(4))
	}
	for _, a := range s.Arrows {
		a.draw(p)
	}
	p.b.WriteString("</svg>\n")
	return p.b.String()
}

// OnCard is where a joint of the scene's figure lands on the card, zoom
// and all.
func (s Scene) OnCard(j Joint) Pt { return s.Camera.pen().at(s.Camera.At(s.Figure.At(j))) }
