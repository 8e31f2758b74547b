package parse

import (
	"cmp"
	"math"
	"slices"
)

// weightSum accumulates the averaged weights of several perceptrons trained
// alike (TrainConfig.Ensemble) into one weight table, so that the ensemble costs
// nothing more at parse time than one model with their features. It reuses the
// trainer's index; hot holds the summed averaged weights, seen the summed update
// counts, and cold stays unused.
type weightSum struct {
	t       *trainer
	members int
}

func newWeightSum() *weightSum { return &weightSum{t: newTrainer(0)} }

// n returns the number of features seen by any member.
func (s *weightSum) n() int { return len(s.t.hot) }

// addAveraged adds the averaged weights and the update counts of tr, unpruned.
func (s *weightSum) addAveraged(tr *trainer) {
	s.members++
	for _, sl := range tr.slots {
		if sl.key == 0 {
			continue
		}
		id := s.t.slotFor(sl.key).id
		s.t.seen[id] += tr.seen[sl.id]
		for i, h := range tr.hot[sl.id] {
			c := tr.cold[sl.id][i]
			avg := (c.total + float64(tr.now-c.stamp)*float64(h.w)) / float64(max(tr.now, 1))
			s.add(id, h.cls, float32(avg))
		}
	}
}

func (s *weightSum) add(id int32, cls uint8, w float32) {
	hs := s.t.hot[id]
	for i := range hs {
		if hs[i].cls == cls {
			hs[i].w += w
			return
		}
	}
	s.t.hot[id] = append(hs, hotEntry{cls: cls, w: w})
}

// table returns the members' mean weights as an inference table, keeping the
// features whose update count averaged over the members is at least minSeen and
// the mean weights of magnitude prune or more: the same thresholds as
// trainer.average, on the same scale.
func (s *weightSum) table(minSeen int, prune float64) *table {
	k := max(s.members, 1)
	var keep []slot
	for _, sl := range s.t.slots {
		if sl.key != 0 && int(s.t.seen[sl.id]) >= minSeen*k {
			keep = append(keep, sl)
		}
	}
	slices.SortFunc(keep, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	type kept struct {
		key uint64
		cls []uint8
		w   []float32
	}
	var out []kept
	nclass := 0
	var byCount [256]int
	for _, sl := range keep {
		hs := slices.Clone(s.t.hot[sl.id])
		slices.SortFunc(hs, func(a, b hotEntry) int { return cmp.Compare(a.cls, b.cls) })
		var cls []uint8
		var ws []float32
		for _, h := range hs {
			m := h.w / float32(k)
			if math.Abs(float64(m)) < prune {
				continue
			}
			cls = append(cls, h.cls)
			ws = append(ws, m)
			nclass = max(nclass, int(h.cls)+1)
		}
		if len(cls) > 0 {
			out = append(out, kept{sl.key, cls, ws})
			byCount[len(cls)]++
		}
	}
	tb := newTable(nclass, &byCount)
	for _, o := range out {
		tb.insert(o.key, o.cls, o.w)
	}
	return tb
}
