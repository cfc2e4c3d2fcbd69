package drawing

// Seated thoracic rotation, seen from the front: the hips and knees face
// the viewer throughout; the chest, the folded arms and the head turn.

// seated is the figure sitting tall on the chair, facing Right (the
// camera looks at it from the front), its arms folded across its chest.
func seated(twist float64) Figure {
	f := Figure{
		Pelvis: V{108, chair.Seat.Y - 6, 0}, Spine: Up, Chest: Right, Twist: twist,
		LeftFoot: Right, RightFoot: Right,
	}
	f.LeftLeg = Reach(V{f.Pelvis.X + 46, FloorLine, -13}, Up)
	f.RightLeg = Reach(V{f.Pelvis.X + 46, FloorLine, 13}, Up)
	return folded(f)
}

// folded folds the arms across the chest: each forearm lies across the
// front of the body, the hand by the other elbow.
func folded(f Figure) Figure {
	b := f.Pose()
	side := b.On(0.6, 0, 1).Sub(b.On(0.6, 0, 0)) // towards the figure's right
	f.LeftArm = Reach(b.On(0.64, 15, 12), Down.Sub(side))
	f.RightArm = Reach(b.On(0.72, 19, -12), Down.Add(side))
	return f
}

var chair = Chair{Front: true, Seat: Pt{120, 172}}

func seatedRotation() []Scene {
	cam := Camera{Yaw: 90, Zoom: 1.12, Focus: Pt{120, 144}}
	return []Scene{
		{Camera: cam, Floor: true, Behind: []Prop{chair}, Figure: seated(0), Work: thoracic},
		{Camera: cam, Floor: true, Behind: []Prop{chair}, Figure: seated(60), Work: thoracic,
			Arrows: []Arrow{Arc(Pt{120, 60}, 40, 11, 165, 15)}},
	}
}
