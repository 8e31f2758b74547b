package sqlite

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// BenchmarkPutDocument measures storing new documents, one transaction each: the hash
// and id look-ups, the near-duplicate candidate query, the insert with its FTS5
// indexing, and the commit (WAL, synchronous=NORMAL). The store grows to b.N
// documents, so larger runs also show how look-ups scale.
func BenchmarkPutDocument(b *testing.B) {
	docs := make([]*sitrep.Document, b.N)
	var size int64
	for i := range docs {
		docs[i] = synthDoc(i)
		size += int64(len(docs[i].Text))
	}
	db := newStore(b, Options{})
	ctx := context.Background()
	b.SetBytes(size / int64(b.N))
	b.ResetTimer()
	for _, d := range docs {
		if _, err := db.PutDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutDocumentExisting measures re-ingesting a stored document: the no-op
// path, which an interrupted ingest takes for everything it already stored.
func BenchmarkPutDocumentExisting(b *testing.B) {
	db := newStore(b, Options{})
	ctx := context.Background()
	const stored = 1000
	docs := make([]*sitrep.Document, stored)
	for i := range docs {
		docs[i] = synthDoc(i)
		if _, err := db.PutDocument(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		if res, err := db.PutDocument(ctx, docs[i%stored]); err != nil || res.Created {
			b.Fatalf("re-put created=%v err=%v", res.Created, err)
		}
		i++
	}
}

// BenchmarkSearch measures Search over 5,000 synthetic documents. Their vocabulary
// is tiny, so most queries match a large share of the store and every match must be
// scored: a worst case for bm25 ranking. The rare-term case ("report 4242") is closer
// to a typical news query.
func BenchmarkSearch(b *testing.B) {
	db := newStore(b, Options{})
	ctx := context.Background()
	const stored = 5000
	for i := range stored {
		if _, err := db.PutDocument(ctx, synthDoc(i)); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range []string{"convoy", "Arlen shelled Bosk", `"the depot near"`, "envoy OR harbor -Mereth", "deta*", "report 4242"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				hits, err := db.Search(ctx, q, 20)
				if err != nil {
					b.Fatal(err)
				}
				if len(hits) == 0 {
					b.Fatalf("%q found nothing", q)
				}
			}
		})
	}
}
