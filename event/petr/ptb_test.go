package petr

import (
	"strings"
	"testing"
)

// TestConvert checks the constituency-to-dependency conversion on a tree written for
// this test: subject, auxiliaries, passive with agent, coordination, possessor, PP.
func TestConvert(t *testing.T) {
	tests := []struct {
		tree string
		want string // "word:head:rel" for each leaf
	}{
		{
			`(ROOT (S (NP (NNP Gondor) (CC and) (NNP Rohan)) (VP (MD will) (RB not) (VP (VB attack) (NP (NNP Mordor)))) (. .)))`,
			"Gondor:6:nsubj and:1:cc Rohan:1:conj will:6:aux not:6:advmod attack:0:root Mordor:6:obj .:6:punct",
		},
		{
			`(ROOT (S (NP (NNS Troops)) (VP (VBD were) (VP (VBN attacked) (PP (IN by) (NP (NP (NNP Gondor) (POS 's)) (NN army))))) (. .)))`,
			"Troops:3:nsubj:pass were:3:aux:pass attacked:0:root by:7:case Gondor:7:nmod:poss 's:5:case army:3:obl:agent .:3:punct",
		},
		{
			`(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (PP (IN with) (NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree))))))`,
			"Arnor:2:nsubj met:0:root with:4:case Mordor:2:obl ,:4:punct Rohan:4:conj and:4:cc Bree:4:conj",
		},
	}
	for _, tt := range tests {
		root, err := parseTree(tt.tree)
		if err != nil {
			t.Fatalf("%s: %v", tt.tree, err)
		}
		s, _, _ := toSentence(root)
		var got []string
		for _, tok := range s.Tokens {
			got = append(got, tok.Text+":"+itoa(tok.Head)+":"+tok.DepRel)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.tree, g, tt.want)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestParseTreeErrors(t *testing.T) {
	for _, s := range []string{"", "(", "(S (NP x)", "(S x y)", "(S (NP x)) extra", ")"} {
		if _, err := parseTree(s); err == nil {
			t.Errorf("parseTree(%q): no error", s)
		}
	}
}

func FuzzParseTree(f *testing.F) {
	f.Add(`(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VBN restored)))))`)
	f.Add(`(NP (NP (NNP A) (POS 's)) (, ,) (NNP B) (CC and) (NNP C))`)
	f.Add(`((((`)
	f.Fuzz(func(t *testing.T, s string) {
		root, err := parseTree(s)
		if err != nil {
			return
		}
		sent, text, conv := toSentence(root)
		d := newActorDict()
		d.actors["A"] = []dated{{code: "AAA"}}
		d.agents["B"] = "~GOV"
		d.maxLen = 1
		d.mentions(root, conv, text, sent, 20000101, 0)
		for _, tok := range sent.Tokens {
			if tok.Head < 0 || tok.Head > len(sent.Tokens) {
				t.Fatalf("head %d out of range", tok.Head)
			}
		}
	})
}

func FuzzReadActors(f *testing.F) {
	f.Add("ARNOR_ [ARN]\n+ARNORIAN\nGONDOR\n\t[GON <950101]\n\t[GONGOV 950101-991231]\n")
	f.Add("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nX {} [NGO~]\nY {Z} [~GOV]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d := newActorDict()
		_ = d.readActors(strings.NewReader(s))
		_ = d.readAgents(strings.NewReader(s))
		for _, ds := range d.actors {
			codeAt(ds, 19990101)
		}
	})
}
