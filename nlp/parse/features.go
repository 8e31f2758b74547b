package parse

import "github.com/sitrep-dev/sitrep"

// Feature values are 64-bit hashes, so extraction builds no strings: a word is
// hashed once per sentence and every template mixes a template number with up to
// three such atoms.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Atom values for positions that do not exist and for the artificial root.
const (
	atomNone uint64 = 0x9e3779b97f4a7c15
	atomRoot uint64 = 0xc2b2ae3d27d4eb4f
)

// hashWord hashes a form lowercased (ASCII) with digits folded to 0, so that
// "1999" and "2024" or "Said" and "said" share their word features; case survives
// in the tags.
func hashWord(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashTag(t string) uint64 {
	h := uint64(fnvOffset) ^ 0x7f
	for i := 0; i < len(t); i++ {
		h ^= uint64(t[i])
		h *= fnvPrime
	}
	return h
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func f1(t, a uint64) uint64       { return mix(t*0x9e3779b97f4a7c15 ^ a) }
func f2(t, a, b uint64) uint64    { return mix(f1(t, a) ^ b*0xbf58476d1ce4e5b9) }
func f3(t, a, b, c uint64) uint64 { return mix(f2(t, a, b) ^ c*0x94d049bb133111eb) }

// sentence holds the per-word atoms of one sentence; index 0 is the root.
type sentence struct {
	w, p, u []uint64
	// ext turns on the extended templates (TrainConfig.ExtFeatures), which read
	// the suffix and shape atoms sfx and shp as well.
	ext      bool
	sfx, shp []uint64
	// more, when set, adds the templates of extraFeatures, which read the
	// ambiguity class atoms a, the cluster atoms cc and cf, and the wordclass
	// atoms gc, gm and gf.
	more       *extraFeatures
	a, cc, cf  []uint64
	gc, gm, gf []uint64
}

// fill computes the atoms of toks for the base templates and for the
// feature groups given: the extended templates (ext) and the extra ones
// (more, nil for none). The groups are arguments rather than fields set
// beforehand so that no caller can fill for another feature set than its
// model's: the ensemble's greedy pass once left the extra groups out.
func (x *sentence) fill(toks []sitrep.Token, ext bool, more *extraFeatures) {
	x.ext, x.more = ext, more
	n := len(toks) + 1
	if cap(x.w) < n {
		x.w, x.p, x.u = make([]uint64, n), make([]uint64, n), make([]uint64, n)
	}
	x.w, x.p, x.u = x.w[:n], x.p[:n], x.u[:n]
	x.w[0], x.p[0], x.u[0] = atomRoot, atomRoot, atomRoot
	for i, t := range toks {
		x.w[i+1] = hashWord(t.Text)
		xp := t.XPOS
		if xp == "" {
			xp = t.UPOS
		}
		x.p[i+1] = hashTag(xp)
		x.u[i+1] = hashTag(t.UPOS) ^ 0x55
	}
	if x.more != nil {
		x.fillExtra(toks)
	}
	if !x.ext {
		return
	}
	if cap(x.sfx) < n {
		x.sfx, x.shp = make([]uint64, n), make([]uint64, n)
	}
	x.sfx, x.shp = x.sfx[:n], x.shp[:n]
	x.sfx[0], x.shp[0] = atomRoot, atomRoot
	for i, t := range toks {
		x.sfx[i+1] = hashSuffix(t.Text)
		x.shp[i+1] = shape(t.Text)
	}
}

// hashSuffix hashes the last three bytes of a form, lowercased, digits folded:
// evidence of the word's category that does not depend on the tagger.
func hashSuffix(w string) uint64 {
	if len(w) > 3 {
		w = w[len(w)-3:]
	}
	return hashWord(w) ^ 0x5f5f
}

// shape is a small code for a form's capitalisation and character classes (first
// letter upper, all upper, has a digit, has a hyphen, has a non-letter), which
// hashWord folds away.
func shape(w string) uint64 {
	var sh uint64 = 0x300
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			if i == 0 {
				sh |= 1
			}
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			sh |= 2
		case c == '-':
			sh |= 4
		default:
			sh |= 8
		}
	}
	if upper > 0 && lower == 0 {
		sh |= 16
	}
	return sh
}

// numFeatures is the most features extract writes: 96 base templates, 12
// extended ones and numExtra more.
const numFeatures = 108 + numExtra

func dist(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 99
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func valency(v uint16) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// extract writes the feature hashes of configuration s into f and returns how
// many it wrote. The templates follow Zhang and Nivre (2011), rewritten for
// arc-hybrid: the word under the stack top (s1) takes the role that the stack top's
// head plays in arc-eager, since RIGHT attaches s0 to s1.
func extract(s *state, x *sentence, f *[numFeatures]uint64) int {
	s0, s1, s2 := s.s(0), s.s(1), s.s(2)
	n0, n1, n2 := s.q(0), s.q(1), s.q(2)

	w := func(i int) uint64 {
		if i < 0 {
			return atomNone
		}
		return x.w[i]
	}
	p := func(i int) uint64 {
		if i < 0 {
			return atomNone
		}
		return x.p[i]
	}
	u := func(i int) uint64 {
		if i < 0 {
			return atomNone
		}
		return x.u[i]
	}
	lab := func(i int) uint64 {
		if i < 0 {
			return atomNone
		}
		return uint64(s.label[i]) + 1000
	}
	child := func(i int, c []int32) int {
		if i < 0 {
			return none
		}
		return int(c[i])
	}
	vl := func(i int) uint64 {
		if i < 0 {
			return 99
		}
		return valency(s.nl[i])
	}
	vr := func(i int) uint64 {
		if i < 0 {
			return 99
		}
		return valency(s.nr[i])
	}
	ls := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return s.lset[i]
	}
	rs := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return s.rset[i]
	}

	s0w, s0p, s1w, s1p, s2p := w(s0), p(s0), w(s1), p(s1), p(s2)
	n0w, n0p, n1w, n1p, n2w, n2p := w(n0), p(n0), w(n1), p(n1), w(n2), p(n2)
	s0l, s0l2, s0r, s0r2 := child(s0, s.lc1), child(s0, s.lc2), child(s0, s.rc1), child(s0, s.rc2)
	s1l, s1r, s1r2 := child(s1, s.lc1), child(s1, s.rc1), child(s1, s.rc2)
	n0l, n0l2 := child(n0, s.lc1), child(n0, s.lc2)
	s0lp, s0rp, n0lp, s1rp := p(s0l), p(s0r), p(n0l), p(s1r)
	d := dist(s0, n0)
	d1 := dist(s1, s0)

	k := 0
	add := func(h uint64) { f[k] = h; k++ }
	t := uint64(0)
	next := func() uint64 { t++; return t }

	// Single words.
	add(f1(next(), s0w))
	add(f1(next(), s0p))
	add(f2(next(), s0w, s0p))
	add(f1(next(), n0w))
	add(f1(next(), n0p))
	add(f2(next(), n0w, n0p))
	add(f1(next(), n1w))
	add(f1(next(), n1p))
	add(f2(next(), n1w, n1p))
	add(f1(next(), n2w))
	add(f1(next(), n2p))
	add(f2(next(), n2w, n2p))
	add(f1(next(), s1w))
	add(f1(next(), s1p))
	add(f2(next(), s1w, s1p))
	add(f1(next(), s2p))
	add(f1(next(), w(s2)))
	add(f1(next(), u(s0)))
	add(f1(next(), u(n0)))
	add(f1(next(), u(s1)))

	// Pairs.
	add(f3(next(), s0w, s0p, n0w^n0p*3))
	add(f3(next(), s0w, s0p, n0w))
	add(f3(next(), s0w, n0w, n0p))
	add(f3(next(), s0w, s0p, n0p))
	add(f3(next(), s0p, n0w, n0p))
	add(f2(next(), s0w, n0w))
	add(f2(next(), s0p, n0p))
	add(f2(next(), n0p, n1p))
	add(f3(next(), s1w, s1p, s0w^s0p*3))
	add(f2(next(), s1w, s0w))
	add(f2(next(), s1p, s0p))
	add(f3(next(), s1w, s1p, s0p))
	add(f3(next(), s1p, s0w, s0p))
	add(f2(next(), s1w, n0w))
	add(f2(next(), s1p, n0p))
	add(f2(next(), u(s0), u(n0)))
	add(f2(next(), u(s1), u(s0)))

	// Triples.
	add(f3(next(), n0p, n1p, n2p))
	add(f3(next(), s0p, n0p, n1p))
	add(f3(next(), s1p, s0p, n0p))
	add(f3(next(), s0p, s0lp, n0p))
	add(f3(next(), s0p, s0rp, n0p))
	add(f3(next(), s0p, n0p, n0lp))
	add(f3(next(), s1p, s0p, s0lp))
	add(f3(next(), s1p, s1rp, s0p))
	add(f3(next(), s2p, s1p, s0p))
	add(f3(next(), s1p, s0p, s0rp))
	add(f3(next(), u(s0), u(n0), u(n1)))
	add(f3(next(), u(s1), u(s0), u(n0)))
	add(f3(next(), s1w, s0p, n0p))
	add(f3(next(), s1p, s0w, n0p))
	add(f3(next(), s1p, s0p, n0w))

	// Distance.
	add(f2(next(), s0w, d))
	add(f2(next(), s0p, d))
	add(f2(next(), n0w, d))
	add(f2(next(), n0p, d))
	add(f3(next(), s0w, n0w, d))
	add(f3(next(), s0p, n0p, d))
	add(f3(next(), s1w, s0w, d1))
	add(f3(next(), s1p, s0p, d1))

	// Valency.
	add(f2(next(), s0w, vr(s0)))
	add(f2(next(), s0p, vr(s0)))
	add(f2(next(), s0w, vl(s0)))
	add(f2(next(), s0p, vl(s0)))
	add(f2(next(), n0w, vl(n0)))
	add(f2(next(), n0p, vl(n0)))
	add(f2(next(), s1w, vr(s1)))
	add(f2(next(), s1p, vr(s1)))

	// Dependents of s0, n0 and s1.
	add(f1(next(), w(s0l)))
	add(f1(next(), s0lp))
	add(f1(next(), lab(s0l)))
	add(f1(next(), w(s0r)))
	add(f1(next(), s0rp))
	add(f1(next(), lab(s0r)))
	add(f1(next(), w(n0l)))
	add(f1(next(), n0lp))
	add(f1(next(), lab(n0l)))
	add(f1(next(), w(s1r)))
	add(f1(next(), s1rp))
	add(f1(next(), lab(s1r)))
	add(f2(next(), p(s1l), lab(s1l)))

	// Third order.
	add(f2(next(), p(s0l2), lab(s0l2)))
	add(f2(next(), p(s0r2), lab(s0r2)))
	add(f2(next(), p(n0l2), lab(n0l2)))
	add(f3(next(), s0p, s0lp, p(s0l2)))
	add(f3(next(), s0p, s0rp, p(s0r2)))
	add(f3(next(), n0p, n0lp, p(n0l2)))
	add(f3(next(), s1p, s1rp, p(s1r2)))

	// Label sets.
	add(f2(next(), s0w, rs(s0)))
	add(f2(next(), s0p, rs(s0)))
	add(f2(next(), s0w, ls(s0)))
	add(f2(next(), s0p, ls(s0)))
	add(f2(next(), n0w, ls(n0)))
	add(f2(next(), n0p, ls(n0)))
	add(f2(next(), s1p, rs(s1)))

	// Bias.
	add(f1(next(), 1))

	if x.ext {
		// Extended templates: tagger-independent evidence (suffixes, shapes) and
		// the UPOS+XPOS pair, for parsing with predicted tags.
		sf := func(i int) uint64 {
			if i < 0 {
				return atomNone
			}
			return x.sfx[i]
		}
		sh := func(i int) uint64 {
			if i < 0 {
				return atomNone
			}
			return x.shp[i]
		}
		add(f1(next(), sf(s0)))
		add(f1(next(), sf(n0)))
		add(f1(next(), sf(n1)))
		add(f1(next(), sf(s1)))
		add(f2(next(), sf(s0), sf(n0)))
		add(f2(next(), sf(s1), sf(s0)))
		add(f2(next(), sh(s0), sh(n0)))
		add(f2(next(), sh(n0), sh(n1)))
		add(f2(next(), u(s0), s0p))
		add(f2(next(), u(n0), n0p))
		add(f3(next(), u(s0), s0p, u(n0)^n0p*3))
		add(f3(next(), sf(s0), sf(n0), d))
	}
	if x.more != nil {
		k = extractExtra(s, x, s0, s1, n0, n1, f, k, t)
	}
	return k
}
