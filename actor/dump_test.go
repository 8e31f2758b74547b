package actor

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("ACTOR_DUMP") == "" {
		t.Skip()
	}
	dir := sharedDir(t)
	r := shippedResolver(t)
	for _, sd := range seedDocs(t, dir) {
		sents := analyse(sd.Text)
		res := r.Analyze(sd, sents, r.docDate(sd))
		for _, m := range res.Mentions {
			if m.Code == "" {
				continue
			}
			s := sents[m.Sentence]
			ctx := sd.Text[m.Span.Start:min(s.End, m.Span.End+25)]
			if i := strings.LastIndexByte(ctx, ' '); i > len(m.Text) {
				ctx = ctx[:i]
			}
			b, _ := json.Marshal(map[string]any{"doc": sd.ID, "sentence": ctx, "text": m.Text, "code": []string{m.Code}, "rule": m.Rule, "start": m.Span.Start, "end": m.Span.End})
			fmt.Println(string(b))
		}
	}
}
