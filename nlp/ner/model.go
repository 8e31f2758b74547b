package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/evict"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// Types are the entity types the recogniser predicts, in label order.
var Types = []string{"PER", "ORG", "LOC"}

// Labels are BILOU: O, then B-, I-, L-, U- for each type. BILOU lets the model
// learn distinct evidence for single-token names and for name ends.
const (
	posB = iota
	posI
	posL
	posU
)

var numLabels = 1 + 4*len(Types)

func labelOf(pos, typ int) int { return 1 + typ*4 + pos }

func splitLabel(l int) (pos, typ int) {
	if l == 0 {
		return -1, -1
	}
	return (l - 1) % 4, (l - 1) / 4
}

// allowed reports whether label b may follow label a (a = -1 at the start).
func allowed(a, b int) bool {
	pa, ta := splitLabel(a)
	pb, tb := splitLabel(b)
	inside := a >= 0 && (pa == posB || pa == posI)
	if inside {
		return b != 0 && tb == ta && (pb == posI || pb == posL)
	}
	return b == 0 || pb == posB || pb == posU
}

// canEnd reports whether a sentence may end with label l.
func canEnd(l int) bool {
	p, _ := splitLabel(l)
	return l == 0 || p == posL || p == posU
}

// Recognizer finds PER, ORG and LOC names. It is safe for concurrent use.
type Recognizer struct {
	index    *table    // feature hash → row in weights
	weights  []float32 // rows of numLabels
	trans    []float32 // (numLabels+1) × numLabels; the last row is the start
	gaz      *gazetteer
	clusters map[string]string // word → bit-string path; nil when unused
	// usePOS marks a model with part-of-speech features. Sentences that come
	// without tags are tagged by tagger (the shipped tagger) first.
	usePOS bool
	tagger *tag.Tagger
	// syntax holds the syntactic feature groups the model uses (syntax.go).
	// Sentences that come without a tree are parsed by parser (the shipped
	// parser, which the training sentences were parsed with) first.
	syntax uint8
	// runClusters adds the clusters of a capitalised run's first and last
	// words (fRunLastCluster); a tuning switch, not saved.
	runClusters bool
	// wordclass holds the GloVe word class feature groups the model uses
	// (wcToken, wcNeigh, wcRun) and whether they come from the rare tier too
	// (wcRare); the classes are read through wordclass.Lookup (or
	// LookupRare), not stored in the model file.
	wordclass uint8
	parser    *parse.Parser
	// bias is added to the scores of a name's first label (B- or U-) per
	// type (PER, ORG, LOC). Positive biases did not pay in cross-validation;
	// negative ones did, and Train sets them from defaultConfig.bias (see
	// NOTES.md, "Organisations"). TestTune's NER_BIAS and NER_BIAS_GRID vary them.
	bias [3]float32
	// noAcronyms turns acronymsInParens off, for tuning (TestTune's
	// NER_NOACRONYMS).
	noAcronyms bool
	pool       sync.Pool
}

//go:embed model/ner.bin.gz
var shipped []byte

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

// Load returns the embedded model, decoded once per process.
func Load() (*Recognizer, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Read(bytes.NewReader(shipped))
		evict.Embedded(shipped) // decoded: its pages need not stay resident
	})
	return loaded, loadErr
}

// Recognize returns the named entities of one sentence, in order. Entity Text is
// the tokens' text joined by their recorded spacing.
func (r *Recognizer) Recognize(toks []sitrep.Token) []sitrep.Entity {
	if len(toks) == 0 {
		return nil
	}
	sc := r.getScratch()
	defer r.pool.Put(sc)
	labels := r.decode(toks, sc)
	var out []sitrep.Entity
	start := -1
	for i, l := range labels {
		p, t := splitLabel(l)
		switch p {
		case posU:
			out = append(out, entity(i, i+1, Types[t], toks))
		case posB:
			start = i
		case posL:
			if start >= 0 {
				if Types[t] == "PER" {
					// UNER leaves titles outside person names ("Dr
					// Joseph" → "Joseph"), as the GUM mapping does;
					// the model sometimes takes a capitalised title in.
					for start < i && isTitle(toks[start].Text) {
						start++
					}
				}
				out = append(out, entity(start, i+1, Types[t], toks))
			}
			start = -1
		}
	}
	if !r.noAcronyms {
		out = acronymsInParens(out, toks)
	}
	return out
}

// Tag returns IOB2 tags for one sentence.
func (r *Recognizer) Tag(toks []sitrep.Token) []string {
	return Tags(r.Recognize(toks), len(toks))
}

func (r *Recognizer) getScratch() *scratch {
	if sc, ok := r.pool.Get().(*scratch); ok {
		return sc
	}
	return new(scratch)
}

// emissions fills sc.scores with per-token label scores.
func (r *Recognizer) emissions(toks []sitrep.Token, sc *scratch) {
	r.extract(toks, sc)
	n := len(toks)
	L := numLabels
	if cap(sc.scores) < n*L {
		sc.scores = make([]float32, n*L)
	}
	sc.scores = sc.scores[:n*L]
	clear(sc.scores)
	for i := 0; i < n; i++ {
		row := sc.scores[i*L : (i+1)*L]
		for t, b := range r.bias {
			row[labelOf(posB, t)] += b
			row[labelOf(posU, t)] += b
		}
		for _, h := range sc.feats[sc.off[i]:sc.off[i+1]] {
			if k, ok := r.index.get(h); ok {
				w := r.weights[int(k)*L : int(k)*L+L]
				for l := range row {
					row[l] += w[l]
				}
			}
		}
	}
}

// decode runs Viterbi over the emission and transition scores, allowing only
// well-formed BILOU sequences.
func (r *Recognizer) decode(toks []sitrep.Token, sc *scratch) []int {
	toks = r.annotated(toks, sc)
	r.emissions(toks, sc)
	return viterbi(sc.scores, r.trans, len(toks), sc)
}

// annotated returns toks when they carry what the model's features read
// (tags, a tree), and otherwise a copy in sc tagged and parsed by the shipped
// models. The pipeline tags and parses before it recognises, so the copy is
// made only for callers that pass bare tokens (IOB2 input).
func (r *Recognizer) annotated(toks []sitrep.Token, sc *scratch) []sitrep.Token {
	needTags := (r.usePOS || r.syntax != 0) && r.tagger != nil && !hasPOS(toks)
	needTree := r.syntax != 0 && r.parser != nil && !hasTree(toks)
	if !needTags && !needTree {
		return toks
	}
	sc.tagged = append(sc.tagged[:0], toks...)
	if needTags {
		r.tagger.Tag(sc.tagged)
	}
	if needTree {
		r.parser.Parse(sc.tagged)
	}
	return sc.tagged
}

func hasPOS(toks []sitrep.Token) bool {
	for _, t := range toks {
		if t.UPOS == "" {
			return false
		}
	}
	return true
}

func viterbi(em, trans []float32, n int, sc *scratch) []int {
	L := numLabels
	if cap(sc.back) < n*L {
		sc.back = make([]int8, n*L)
	}
	back := sc.back[:n*L]
	prev := make([]float32, L)
	cur := make([]float32, L)
	neg := float32(math.Inf(-1))
	for l := 0; l < L; l++ {
		prev[l] = neg
		if allowed(-1, l) {
			prev[l] = em[l] + trans[L*L+l]
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < L; b++ {
			best, arg := neg, 0
			for a := 0; a < L; a++ {
				if prev[a] == neg || !allowedTab[a][b] {
					continue
				}
				if s := prev[a] + trans[a*L+b]; s > best {
					best, arg = s, a
				}
			}
			cur[b] = best + em[i*L+b]
			back[i*L+b] = int8(arg)
		}
		prev, cur = cur, prev
	}
	best, arg := neg, 0
	for l := 0; l < L; l++ {
		if canEnd(l) && prev[l] > best {
			best, arg = prev[l], l
		}
	}
	if cap(sc.labels) < n {
		sc.labels = make([]int, n)
	}
	out := sc.labels[:n]
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*L+out[i]])
	}
	return out
}

var allowedTab = func() [][]bool {
	t := make([][]bool, numLabels)
	for a := range t {
		t[a] = make([]bool, numLabels)
		for b := range t[a] {
			t[a][b] = allowed(a, b)
		}
	}
	return t
}()

// Model file versions: 2 adds a flags word after the magic (bit 0: the model
// uses part-of-speech features; bits 1-5: its syntactic feature groups,
// shifted by flagSyntaxShift). 3 is 2 with GloVe word class feature groups
// (bits 6-8, flagWordClassShift; bit 9, wcRare, reads them through the rare
// tier too): a model without them is still written as 2,
// and a binary that predates them refuses a 3 instead of dropping the
// features it does not know.
const (
	magic1 = "sitrep-ner-1\n"
	magic  = "sitrep-ner-2\n"
	magic3 = "sitrep-ner-3\n"
)

const (
	flagPOS            = 1
	flagSyntaxShift    = 1
	flagWordClassShift = 6
	// flagKnown is every flag bit this version reads; a file with others
	// was written by a later version.
	flagKnown = flagPOS | uint64(synAll)<<flagSyntaxShift | uint64(wcFlags)<<flagWordClassShift
)

// Save writes the model gzip-compressed in the format Read and Load read.
// Weights are quantised to int16 with one scale per model; features whose
// weights all round to zero are dropped.
func (r *Recognizer) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	if err := r.write(bw); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	return nil
}

func (r *Recognizer) write(w *bufio.Writer) error {
	L := numLabels
	var maxAbs float32
	for _, v := range r.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	hashes := make([]uint64, 0, r.index.len())
	rowOf := map[uint64]int32{}
	r.index.each(func(h uint64, k int32) {
		row := r.weights[int(k)*L : int(k)*L+L]
		for _, v := range row {
			if int(math.Round(float64(v/scale))) != 0 {
				hashes = append(hashes, h)
				rowOf[h] = k
				break
			}
		}
	})
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })

	if r.wordclass != 0 {
		w.WriteString(magic3)
	} else {
		w.WriteString(magic)
	}
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { w.Write(buf[:binary.PutVarint(buf[:], v)]) }
	f32 := func(v float32) { binary.Write(w, binary.LittleEndian, v) }
	str := func(s string) { uv(uint64(len(s))); w.WriteString(s) }

	var flags uint64
	if r.usePOS {
		flags |= flagPOS
	}
	flags |= uint64(r.syntax&synAll) << flagSyntaxShift
	flags |= uint64(r.wordclass&wcFlags) << flagWordClassShift
	uv(flags)
	for _, b := range r.bias {
		f32(b)
	}

	uv(uint64(L))
	f32(scale)
	for _, v := range r.trans {
		f32(v)
	}
	uv(uint64(len(hashes)))
	var last uint64
	for _, h := range hashes {
		uv(h - last)
		last = h
		row := r.weights[int(rowOf[h])*L : int(rowOf[h])*L+L]
		var mask uint64
		q := make([]int64, L)
		for l, v := range row {
			q[l] = int64(math.Round(float64(v / scale)))
			if q[l] != 0 {
				mask |= 1 << l
			}
		}
		uv(mask)
		for l := range row {
			if q[l] != 0 {
				sv(q[l])
			}
		}
	}
	uv(numGaz)
	for k := 0; k < numGaz; k++ {
		str(strings.Join(r.gaz.phrases[k], "\n"))
	}
	words := make([]string, 0, len(r.clusters))
	for wd := range r.clusters {
		words = append(words, wd)
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, wd := range words {
		str(wd)
		str(r.clusters[wd])
	}
	return nil
}

// Read decodes a model written by Save.
func Read(rd io.Reader) (*Recognizer, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	defer zr.Close()
	r, err := readModel(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	return r, nil
}

var errFormat = errors.New("not a sitrep NER model")

func readModel(br *bufio.Reader) (*Recognizer, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magic1 && string(head) != magic3) {
		return nil, errFormat
	}
	var firstErr error
	uv := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return v
	}
	sv := func() int64 {
		v, err := binary.ReadVarint(br)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return v
	}
	f32 := func() float32 {
		var v float32
		if err := binary.Read(br, binary.LittleEndian, &v); err != nil && firstErr == nil {
			firstErr = err
		}
		return v
	}
	str := func() string {
		n := uv()
		if firstErr != nil || n > 64<<20 {
			if firstErr == nil {
				firstErr = fmt.Errorf("string of %d bytes", n)
			}
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil && firstErr == nil {
			firstErr = err
		}
		return string(b)
	}

	var flags uint64
	var bias [3]float32
	if string(head) != magic1 {
		flags = uv()
		for t := range bias {
			bias[t] = f32()
		}
		if firstErr == nil && flags&^flagKnown != 0 {
			return nil, fmt.Errorf("%w: unknown feature flags %#x", errFormat, flags&^flagKnown)
		}
		// Version 2 predates the word classes; 3 has them. The rare-tier
		// switch (wcRare) means nothing without a group to switch.
		if wc := flags >> flagWordClassShift & uint64(wcFlags); (wc != 0) != (string(head) == magic3) || (wc != 0 && wc&uint64(wcAll) == 0) {
			return nil, fmt.Errorf("%w: word class flags %#x in a %q file", errFormat, wc, strings.TrimSpace(string(head)))
		}
	}
	L := int(uv())
	if firstErr != nil || L != numLabels {
		return nil, fmt.Errorf("%w: %d labels, want %d", errFormat, L, numLabels)
	}
	scale := f32()
	r := &Recognizer{trans: make([]float32, (L+1)*L)}
	for i := range r.trans {
		r.trans[i] = f32()
	}
	nf := uv()
	if firstErr != nil || nf > 1<<26 {
		return nil, fmt.Errorf("%w: %d features", errFormat, nf)
	}
	r.index = newTable(int(nf))
	r.weights = make([]float32, int(nf)*L)
	var h uint64
	for k := 0; k < int(nf) && firstErr == nil; k++ {
		h += uv()
		mask := uv()
		r.index.put(h, int32(k), false)
		for l := 0; l < L; l++ {
			if mask&(1<<l) != 0 {
				r.weights[k*L+l] = float32(sv()) * scale
			}
		}
	}
	var phrases [numGaz][]string
	kinds := uint64(gazV1)
	if string(head) != magic1 {
		kinds = uv()
	}
	if firstErr == nil && kinds > numGaz {
		firstErr = fmt.Errorf("%d gazetteer kinds, want at most %d", kinds, numGaz)
	}
	for k := 0; k < int(kinds) && firstErr == nil; k++ {
		if s := str(); s != "" {
			phrases[k] = strings.Split(s, "\n")
		}
	}
	nc := uv()
	if firstErr == nil && nc > 0 && nc < 1<<24 {
		r.clusters = make(map[string]string, nc)
		for i := 0; i < int(nc) && firstErr == nil; i++ {
			wd := str()
			r.clusters[wd] = str()
		}
	}
	if firstErr != nil {
		return nil, fmt.Errorf("%w: %v", errFormat, firstErr)
	}
	r.gaz = newGazetteer(phrases)
	r.bias = bias
	r.usePOS = flags&flagPOS != 0
	r.syntax = uint8(flags>>flagSyntaxShift) & synAll
	r.wordclass = uint8(flags>>flagWordClassShift) & wcFlags
	if r.wordclass != 0 {
		// Load the classes now, not on the first sentence (~100 ms), and
		// refuse a model whose classes cannot be had.
		if _, err := wordclass.Len(); err != nil {
			return nil, fmt.Errorf("ner model uses word classes: %w", err)
		}
	}
	if r.wordclass&wcRare != 0 {
		if _, err := wordclass.RareLen(); err != nil {
			return nil, fmt.Errorf("ner model uses rare word classes: %w", err)
		}
	}
	if r.usePOS || r.syntax != 0 {
		t, err := tag.Load()
		if err != nil {
			return nil, fmt.Errorf("ner model uses part-of-speech tags: %w", err)
		}
		r.tagger = t
	}
	if r.syntax != 0 {
		if err := r.loadParser(); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// loadParser gives the recogniser the shipped parser (decoded once per
// process by parse.Load), for sentences that come without a tree.
func (r *Recognizer) loadParser() error {
	p, err := parse.Load()
	if err != nil {
		return fmt.Errorf("ner model uses dependency trees: %w", err)
	}
	r.parser = p
	return nil
}
