package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/gum"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// example is one training sentence with gold BILOU labels.
type example struct {
	toks []sitrep.Token
	gold []int
	doc  int // document number within its file

	// Set by the readers of sitrep's own annotation (readEWTTrainNames,
	// readNewsNames) for AnnotatedSentences; training reads toks and gold only.
	key     string          // "ewt:SENT_ID" or "ecbplus:HASH" / "newsmtsc:HASH"
	text    string          // the sentence's text, when the corpus has one (news)
	ents    []sitrep.Entity // the annotated names, in file order
	file    string          // the written file the sentence is from (readWrittenFS)
	line    string          // its line there, names marked
	fileDoc int             // the number of its "# doc:" block in that file
}

// typeIndex maps an entity type to its index in Types, or -1.
func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

// bilou encodes entities as label indices; entities of other types are O.
func bilou(ents []sitrep.Entity, n int) []int {
	out := make([]int, n)
	for _, e := range ents {
		t := typeIndex(e.Type)
		if t < 0 || e.Start < 0 || e.End > n || e.Start >= e.End {
			continue
		}
		if e.End-e.Start == 1 {
			out[e.Start] = labelOf(posU, t)
			continue
		}
		out[e.Start] = labelOf(posB, t)
		for i := e.Start + 1; i < e.End-1; i++ {
			out[i] = labelOf(posI, t)
		}
		out[e.End-1] = labelOf(posL, t)
	}
	return out
}

// readIOB2Examples reads a UNER file as training examples.
func readIOB2Examples(path string) ([]example, []IOB2Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	sents, err := ReadIOB2(f)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []example
	for _, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		out = append(out, example{toks: s.Tokens, gold: bilou(Spans(s.Tags, nil), len(s.Tokens))})
	}
	return out, sents, nil
}

// gumTypes maps GUM entity types to ours; other GUM types (abstract, object,
// event, ...) are not names of people, organisations or places.
var gumTypes = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// gumSpan is one GUM entity mention over word indices [start, end).
type gumSpan struct {
	start, end int
	typ        string
}

// parseGUMEntities reads the Entity= MISC annotations of one sentence:
// "(id-type-..." opens a mention, "id)" closes it, and "(id-type-...)" is a
// one-word mention.
func parseGUMEntities(s *conllu.Sentence) []gumSpan {
	type open struct {
		id    string
		typ   string
		start int
	}
	var stack []open
	var out []gumSpan
	for i, w := range s.Words {
		v := miscValue(w.Misc, "Entity")
		for v != "" {
			switch {
			case v[0] == '(':
				j := strings.IndexAny(v[1:], "()")
				var body string
				if j < 0 {
					body, v = v[1:], ""
				} else {
					body, v = v[1:1+j], v[1+j:]
				}
				parts := strings.SplitN(body, "-", 3)
				if len(parts) < 2 {
					continue
				}
				stack = append(stack, open{id: parts[0], typ: parts[1], start: i})
				if v != "" && v[0] == ')' {
					// A one-word mention closes right after its body.
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					out = append(out, gumSpan{o.start, i + 1, o.typ})
					v = v[1:]
				}
			default:
				j := strings.IndexByte(v, ')')
				if j < 0 {
					v = ""
					continue
				}
				id := v[:j]
				v = v[j+1:]
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].id == id {
						out = append(out, gumSpan{stack[k].start, i + 1, stack[k].typ})
						stack = append(stack[:k], stack[k+1:]...)
						break
					}
				}
			}
		}
	}
	return out
}

func miscValue(misc, key string) string {
	for _, kv := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

func isProper(w conllu.Word) bool {
	return w.UPOS == "PROPN" || w.XPOS == "NNP" || w.XPOS == "NNPS"
}

// namedChunk returns the proper-name part of a GUM mention: the run of proper
// nouns around the mention's head, bridging connectors such as "of", "the", "&"
// and hyphens that sit between proper nouns ("University of Portsmouth",
// "Bailey - Ross"). ok is false when the head is not a proper noun, as in
// "the man" or "the capital of France".
func namedChunk(s *conllu.Sentence, sp gumSpan) (start, end int, ok bool) {
	head := -1
	for i := sp.start; i < sp.end; i++ {
		h := s.Words[i].Head - 1
		if h < sp.start || h >= sp.end {
			head = i
			break
		}
	}
	if head < 0 || !isProper(s.Words[head]) {
		return 0, 0, false
	}
	bridge := func(i int) bool {
		w := s.Words[i]
		switch strings.ToLower(w.Form) {
		case "of", "the", "&", "-", "and", "de", "du", "la", "von", "van", "der", "for", "on", "'s":
			return w.Form != "'s" || w.XPOS != "POS"
		}
		return false
	}
	start, end = head, head+1
	for start > sp.start {
		if isProper(s.Words[start-1]) {
			start--
			continue
		}
		// Bridge "X of Y" only when a proper noun lies on the other side.
		j := start - 1
		for j >= sp.start && bridge(j) {
			j--
		}
		if j >= sp.start && j < start-1 && isProper(s.Words[j]) {
			start = j
			continue
		}
		break
	}
	for end < sp.end {
		if isProper(s.Words[end]) {
			end++
			continue
		}
		j := end
		for j < sp.end && bridge(j) {
			j++
		}
		if j < sp.end && j > end && isProper(s.Words[j]) {
			end = j + 1
			continue
		}
		break
	}
	// A leading article belongs to the text, not the name, in UNER.
	for start < end && strings.EqualFold(s.Words[start].Form, "the") {
		start++
	}
	return start, end, start < end
}

// spanHead returns the word of sp whose head lies outside it, or -1.
func spanHead(s *conllu.Sentence, sp gumSpan) int {
	for i := sp.start; i < sp.end; i++ {
		h := s.Words[i].Head - 1
		if h < sp.start || h >= sp.end {
			return i
		}
	}
	return -1
}

// titles are words that precede names as titles, roles or honorifics; UNER
// leaves them outside person names, and a mention headed by one is a role.
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms miss dr prof rev sir dame lord lady sen gen col capt lt sgt
		gov pres st rep hon fr mme president vice prime minister secretary undersecretary senator
		governor mayor king queen prince princess emperor empress pope general colonel captain
		lieutenant sergeant major admiral marshal judge justice chief chairman chairwoman professor
		doctor father saint sheikh ayatollah rabbi imam bishop archbishop cardinal ambassador
		commissioner chancellor premier director coach officer agent detective inspector uncle
		aunt brother sister representative congressman congresswoman speaker deputy foreign
		defense defence interior finance state us u.s. former late`) {
		titles[w] = true
	}
}

func isTitle(w string) bool { return titles[strings.TrimSuffix(strings.ToLower(w), ".")] }

// personChunk returns the name inside a GUM person mention: the run of proper
// nouns at its end, after any titles ("U.S. President Donald Trump" → "Donald
// Trump", "Dr. Bailey" → "Bailey"), as UNER marks names. nested marks words of
// other mentions inside this one: a mention such as "Emperor of the United
// States" is a role, and its last words are a place, not a name. ok is false
// when no such run exists.
func personChunk(s *conllu.Sentence, sp gumSpan, nested []bool) (start, end int, ok bool) {
	// The usual analysis: the name's first word heads the mention and the
	// rest attach to it as flat; titles attach as nmod:desc and stay out.
	if head := spanHead(s, sp); head >= 0 && isProper(s.Words[head]) && !isTitle(s.Words[head].Form) && !nested[head] {
		end = head + 1
		for end < sp.end {
			w := s.Words[end]
			if rel, _, _ := strings.Cut(w.DepRel, ":"); rel == "flat" && w.Head-1 == head {
				end++
			} else if w.XPOS == "HYPH" && end+1 < sp.end && s.Words[end+1].Head-1 == head {
				end++
			} else {
				break
			}
		}
		return head, end, true
	}
	end = sp.end
	for end > sp.start && !isProper(s.Words[end-1]) {
		end--
	}
	start = end
	for start > sp.start {
		w := s.Words[start-1]
		if nested[start-1] || isTitle(w.Form) {
			break
		}
		if isProper(w) || (w.XPOS == "HYPH" && start-1 > sp.start && isProper(s.Words[start-2])) {
			start--
			continue
		}
		break
	}
	if start == end || s.Words[start].XPOS == "HYPH" {
		return 0, 0, false
	}
	// "X of Y" where the run is Y: the mention is a role ("President of the
	// Society"), not a person's name.
	for i := sp.start; i < start; i++ {
		if strings.EqualFold(s.Words[i].Form, "of") {
			return 0, 0, false
		}
	}
	return start, end, true
}

// gumEntities returns the named PER/ORG/LOC entities of one GUM sentence,
// keeping the outermost of nested named mentions.
func gumEntities(s *conllu.Sentence, common map[string]bool) []sitrep.Entity {
	spans := parseGUMEntities(s)
	sort.SliceStable(spans, func(i, j int) bool {
		return spans[i].end-spans[i].start > spans[j].end-spans[j].start
	})
	taken := make([]bool, len(s.Words))
	var out []sitrep.Entity
	for _, sp := range spans {
		typ, ok := gumTypes[sp.typ]
		if !ok {
			// A named mention of another type (an event, a work) still
			// claims its words so that a nested place inside it is not
			// taken for the whole.
			if a, b, ok := namedChunk(s, sp); ok {
				for i := a; i < b; i++ {
					taken[i] = true
				}
			}
			continue
		}
		a, b, ok := namedChunk(s, sp)
		if typ == "PER" {
			nested := make([]bool, len(s.Words))
			for _, o := range spans {
				if o.typ != "person" && o.start >= sp.start && o.end <= sp.end && o.end-o.start < sp.end-sp.start {
					for i := o.start; i < o.end; i++ {
						nested[i] = true
					}
				}
			}
			a, b, ok = personChunk(s, sp, nested)
		}
		if !ok {
			continue
		}
		free := true
		for i := a; i < b; i++ {
			free = free && !taken[i]
		}
		if !free {
			continue
		}
		for i := a; i < b; i++ {
			taken[i] = true
		}
		out = append(out, sitrep.Entity{Start: a, End: b, Type: typ})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// readGUM reads the named entities of the listed GUM documents. Reddit
// documents ship without their words ("_") and are skipped.
func readGUM(dir string, docs []string, common map[string]bool) ([]example, error) {
	var out []example
	for _, d := range docs {
		path := filepath.Join(dir, d+".conllu")
		sents, err := conllu.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, s := range sents {
			if len(s.Words) == 0 || s.Words[0].Form == "_" {
				continue
			}
			toks := make([]sitrep.Token, len(s.Words))
			for i, w := range s.Words {
				toks[i] = sitrep.Token{Text: w.Form, SpaceAfter: s.SpaceAfter(i)}
			}
			out = append(out, example{toks: toks, gold: bilou(gumEntities(s, common), len(toks))})
		}
	}
	return out, nil
}

// gumSplit lists the documents of one split ("train", "dev", ...) of GUM's
// splits.md that are present under dataDir, sorted by name (the order the
// recogniser's training data has always had).
func gumSplit(dataDir, split string) ([]string, error) {
	docs, err := gum.Split(dataDir, split)
	if err != nil {
		return nil, err
	}
	docs = gum.Present(dataDir, docs)
	slices.Sort(docs)
	return docs, nil
}

// commonWords returns lower-case words that occur more often in lower case than
// capitalised (away from the sentence start) in the CoNLL-U files, at least
// min times: ordinary words that happen to be place or person names too.
func commonWords(paths []string, min int) (map[string]bool, error) {
	lower := map[string]int{}
	capd := map[string]int{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		sents, err := conllu.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		for _, s := range sents {
			for i, w := range s.Words {
				if i == 0 || w.Form == "" {
					continue
				}
				r := []rune(w.Form)[0]
				switch {
				case unicode.IsLower(r):
					lower[w.Form]++
				case unicode.IsUpper(r):
					capd[strings.ToLower(w.Form)]++
				}
			}
		}
	}
	out := map[string]bool{}
	for w, n := range lower {
		if n >= min && n > capd[w] {
			out[w] = true
		}
	}
	return out, nil
}
