package eval

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// rawGold is an invented two-sentence document with a multiword token.
const rawGold = "# newdoc id = d1\n# newpar id = p1\n# text = Troops don't leave.\n" +
	"1\tTroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n" +
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\tleave\tleave\tVERB\tVB\t_\t0\troot\t_\t_\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
	"# newpar id = p2\n# text = Envoys met.\n" +
	"1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
	"2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
	"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

func tok(text string, start int, form, upos, xpos, lemma string, head int, rel string) sitrep.Token {
	return sitrep.Token{Text: form, Span: sitrep.Span{Start: start, End: start + len(text)}, UPOS: upos, XPOS: xpos, Lemma: lemma, Head: head, DepRel: rel}
}

func TestRawDocuments(t *testing.T) {
	docs := RawDocuments(read(t, rawGold))
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Text != "Troops don't leave.\n\nEnvoys met." {
		t.Errorf("text %q", d.Text)
	}
	if len(d.Paragraphs) != 2 || d.Paragraphs[1].Start != 21 {
		t.Errorf("paragraphs %+v", d.Paragraphs)
	}
}

func TestRawCounts(t *testing.T) {
	d := RawDocuments(read(t, rawGold))[0]
	perfect := []sitrep.Sentence{{Tokens: []sitrep.Token{
		tok("Troops", 0, "Troops", "NOUN", "NNS", "troop", 3, "nsubj"),
		// The multiword token's words share its span, as sitrep's tokenizer writes them.
		tok("don't", 7, "do", "AUX", "VBP", "do", 4, "aux"),
		tok("don't", 7, "n't", "PART", "RB", "not", 4, "advmod"),
		tok("leave", 13, "leave", "VERB", "VB", "leave", 0, "root"),
		tok(".", 18, ".", "PUNCT", ".", ".", 4, "punct"),
	}}, {Tokens: []sitrep.Token{
		tok("Envoys", 21, "Envoys", "NOUN", "NNS", "envoy", 2, "nsubj"),
		tok("met", 28, "met", "VERB", "VBD", "meet", 0, "root"),
		tok(".", 31, ".", "PUNCT", ".", ".", 2, "punct"),
	}}}
	var c RawCounts
	c.Add(d, perfect)
	if s := c.Scores(); s.Tokens != 100 || s.Sentences != 100 || s.LAS != 100 || s.UPOS != 100 {
		t.Errorf("perfect prediction scored %v", s)
	}

	// The splitter missed the boundary and the tokenizer glued "met." together: one
	// predicted sentence of 7 words against 2 gold sentences of 8.
	glued := []sitrep.Sentence{{Tokens: append(append([]sitrep.Token{}, perfect[0].Tokens...),
		tok("Envoys", 21, "Envoys", "NOUN", "NNS", "envoy", 7, "nsubj"),
		tok("met.", 28, "met.", "VERB", "VBD", "meet", 4, "conj"))}}
	c = RawCounts{}
	c.Add(d, glued)
	s := c.Scores()
	// 6 of 8 gold words aligned out of 7 predicted: F1 = 2·6/15.
	if want := 200 * 6.0 / 15; s.Tokens != want {
		t.Errorf("tokens F1 %.2f, want %.2f", s.Tokens, want)
	}
	if s.Sentences != 0 {
		t.Errorf("sentences F1 %.2f, want 0", s.Sentences)
	}
	// "Envoys" is aligned but its head is not, so 5 words keep their heads.
	if want := 200 * 5.0 / 15; s.UAS != want {
		t.Errorf("UAS F1 %.2f, want %.2f", s.UAS, want)
	}
}
