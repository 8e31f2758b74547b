package parse

// The transition system is arc-hybrid (Kuhlmann et al. 2011). A configuration is a
// stack whose bottom is the artificial root 0 and a buffer that, in arc-hybrid, is
// always the contiguous suffix b..n of the sentence, so it needs no slice of its own.
//
//	SHIFT    push b0
//	LEFT-l   s0 becomes an l-dependent of b0, pop
//	RIGHT-l  s0 becomes an l-dependent of s1, pop
//
// Transition classes are numbered 0 for SHIFT, 1+2l for LEFT-l and 2+2l for RIGHT-l.

const (
	shift = 0
	none  = -1
)

func isLeft(c int) bool  { return c > 0 && c%2 == 1 }
func isRight(c int) bool { return c > 0 && c%2 == 0 }
func classLabel(c int) int {
	return (c - 1) / 2
}
func leftClass(l int) int  { return 1 + 2*l }
func rightClass(l int) int { return 2 + 2*l }

// state is one parser configuration over a sentence of n words (1..n).
type state struct {
	n     int
	stack []int32
	b     int // buffer front; the buffer is empty when b > n

	head  []int32
	label []int16
	// Children closest to the edges, kept incrementally so that feature
	// extraction is O(1) per transition: lc1 is the leftmost left dependent and lc2
	// the one next to it, rc1 and rc2 likewise on the right.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint16
	lset, rset         []uint64 // bit sets of dependency labels (mod 64)
}

func (s *state) reset(n int) {
	s.n = n
	s.b = 1
	s.stack = append(s.stack[:0], 0)
	s.head = grow32(s.head, n+1, none)
	s.lc1 = grow32(s.lc1, n+1, none)
	s.lc2 = grow32(s.lc2, n+1, none)
	s.rc1 = grow32(s.rc1, n+1, none)
	s.rc2 = grow32(s.rc2, n+1, none)
	// Each slice is sized on its own: beam search copies states with append
	// (copyFrom), which leaves them with capacities of their own.
	s.label = sized(s.label, n+1)
	s.nl, s.nr = sized(s.nl, n+1), sized(s.nr, n+1)
	s.lset, s.rset = sized(s.lset, n+1), sized(s.rset, n+1)
	for i := range s.label {
		s.label[i] = none
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = 0, 0
	}
}

func sized[T any](a []T, n int) []T {
	if cap(a) < n {
		return make([]T, n)
	}
	return a[:n]
}

func grow32(a []int32, n int, v int32) []int32 {
	if cap(a) < n {
		a = make([]int32, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = v
	}
	return a
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// s returns the i-th stack element from the top, or none.
func (s *state) s(i int) int {
	if i >= len(s.stack) {
		return none
	}
	return int(s.stack[len(s.stack)-1-i])
}

// q returns the i-th buffer element, or none.
func (s *state) q(i int) int {
	if s.b+i > s.n {
		return none
	}
	return s.b + i
}

// canShift, canLeft and canRight keep every reachable terminal configuration a
// single-rooted tree: the root takes a dependent only once the buffer is empty, when
// exactly one word can be left above it.
func (s *state) canShift() bool { return s.b <= s.n }
func (s *state) canLeft() bool  { return s.b <= s.n && len(s.stack) > 1 }
func (s *state) canRight() bool {
	return len(s.stack) > 2 || (len(s.stack) == 2 && s.b > s.n)
}

func (s *state) apply(c int) {
	switch {
	case c == shift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case isLeft(c):
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(int32(s.b), d, classLabel(c))
	default:
		d := s.stack[len(s.stack)-1]
		h := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(h, d, classLabel(c))
	}
}

// attach relies on arc-hybrid's order of attachment: a head's left dependents
// arrive right to left and its right dependents left to right, so the newest one
// is always the outermost.
func (s *state) attach(h, d int32, l int) {
	s.head[d] = h
	s.label[d] = int16(l)
	if d < h {
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = d
		s.nl[h]++
		s.lset[h] |= 1 << (uint(l) & 63)
	} else {
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = d
		s.nr[h]++
		s.rset[h] |= 1 << (uint(l) & 63)
	}
}

// costs fills cost[c] for every valid class c (and -1 for invalid ones) with the
// number of gold arcs that c makes unreachable: the dynamic oracle of Goldberg and
// Nivre (2013), exact for projective gold trees. Labels count one more when the arc
// is right and its label wrong.
func (s *state) costs(gh []int32, gl []int16, nLabels int, cost []int) {
	for i := range cost {
		cost[i] = -1
	}
	s0, s1, b0 := s.s(0), s.s(1), s.b
	if s.canShift() {
		c := 0
		for i := 0; i < len(s.stack); i++ {
			k := s.stack[i]
			if gh[k] == int32(b0) {
				c++
			}
			if i < len(s.stack)-1 && gh[b0] == k {
				c++
			}
		}
		cost[shift] = c
	}
	// Dependents of s0 still in the buffer are lost by either reduction.
	deps := 0
	if s.canLeft() || s.canRight() {
		for k := s.b; k <= s.n; k++ {
			if gh[k] == int32(s0) {
				deps++
			}
		}
	}
	if s.canLeft() {
		c := deps
		if h := int(gh[s0]); h != b0 && (h == s1 || h > b0) {
			c++
		}
		for l := 0; l < nLabels; l++ {
			cost[leftClass(l)] = c
			if int(gh[s0]) == b0 && int(gl[s0]) != l {
				cost[leftClass(l)] = c + 1
			}
		}
	}
	if s.canRight() {
		c := deps
		if int(gh[s0]) >= b0 && b0 <= s.n {
			c++
		}
		for l := 0; l < nLabels; l++ {
			cost[rightClass(l)] = c
			if int(gh[s0]) == s1 && int(gl[s0]) != l {
				cost[rightClass(l)] = c + 1
			}
		}
	}
}
