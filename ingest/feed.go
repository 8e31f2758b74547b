package ingest

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/sitrep-dev/sitrep"
)

// readFeed reads an RSS or Atom feed: every item is a document with the item's
// link, date and author, its HTML content cleaned like a page's main text. The
// feed's title stands for the outlet.
func readFeed(ctx context.Context, src source, data []byte, out func(*sitrep.Document, string), emit func(Item)) {
	feed, err := parseFeed(data)
	if err != nil {
		emit(Item{Input: src.input, Err: &Error{Input: src.input, Err: fmt.Errorf("%w: feed: %v", ErrMalformed, err)}})
		return
	}
	if len(feed.Items) == 0 {
		emit(Item{Input: src.input, Err: &Error{Input: src.input, Err: fmt.Errorf("%w: feed has no items", ErrEmpty)}})
		return
	}
	for i, it := range feed.Items {
		if ctx.Err() != nil {
			return
		}
		input := fmt.Sprintf("%s#%d", src.input, i+1)
		if it == nil {
			continue
		}
		content := firstNonEmpty(it.Content, it.Description)
		if content == "" {
			emit(Item{Input: input, Err: &Error{Input: input, Err: fmt.Errorf("%w: item %q has no content", ErrEmpty, it.Title)}})
			continue
		}
		d := &sitrep.Document{Format: formatFeed, Source: src.input, URL: strings.TrimSpace(it.Link)}
		d.Title = normSpace(htmlText(it.Title))
		d.Outlet = feedOutlet(feed.Title)
		for _, a := range it.Authors {
			if a != nil && a.Name != "" {
				d.Byline = normSpace(a.Name)
				break
			}
		}
		d.Published = firstNonEmpty(dayOf(it.PublishedParsed), normDate(it.Published), dayOf(it.UpdatedParsed))
		d.ID = firstNonEmpty(urlID(it.GUID), urlID(it.Link), fmt.Sprintf("%s-%d", docID(src.name), i+1))
		blocks := fragmentBlocks(content)
		if d.Title != "" && (len(blocks) == 0 || normSpace(blocks[0].text) != d.Title) {
			blocks = append([]block{{text: d.Title, heading: true}}, blocks...)
		}
		assemble(d, blocks)
		out(d, input)
	}
}

// parseFeed decodes the feed's charset (gofeed assumes UTF-8 unless the XML
// declaration says otherwise) and parses it, recovering from parser panics so that
// one bad feed cannot stop a batch.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("parser failed: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return feed, nil
}

// htmlText is the text of a title that may hold markup or entities.
func htmlText(s string) string {
	var parts []string
	for _, b := range fragmentBlocks(s) {
		parts = append(parts, b.text)
	}
	return strings.Join(parts, " ")
}

// feedOutlet reads the outlet from a channel title, which often names a section
// after the outlet: "Capitol Wire — Middle East", "BBC News - World".
func feedOutlet(title string) string {
	title = normSpace(htmlText(title))
	for _, sep := range []string{" — ", " – ", " - ", " | ", ": "} {
		if i := strings.Index(title, sep); i > 0 {
			return title[:i]
		}
	}
	return title
}
