package ingest

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"mime"
	"net/url"
	"regexp"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"github.com/sitrep-dev/sitrep"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// htmlCharset is the charset a page declares: the HTTP header's, else its meta tag's.
func htmlCharset(data []byte, ctype string) string {
	if _, params, err := mime.ParseMediaType(ctype); err == nil && params["charset"] != "" {
		return params["charset"]
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// htmlDoc extracts a page's main text and metadata. go-trafilatura finds the main
// text; when it finds nothing (short pages, unusual markup) a simpler extractor of
// our own keeps the page's article, main or body blocks minus navigation,
// comments and widgets. Page-level metadata is read before either runs, since
// trafilatura prunes the tree it is given.
func htmlDoc(src source, data []byte, ctype string) (*sitrep.Document, error) {
	s, err := decodeText(data, htmlCharset(data, ctype))
	if err != nil {
		return nil, err
	}
	root, err := parseHTML(s)
	if err != nil {
		return nil, err
	}
	d := newDoc(src, formatHTML)
	m := pageMeta(root)
	d.Title, d.Outlet, d.Byline, d.Published, d.Language = m.title, m.outlet, m.byline, m.published, m.lang
	// A page's canonical URL is stabler than the one it was fetched by (no
	// tracking parameters, no mirrors); a canonical pointing at a site's home page
	// is a common misconfiguration and is ignored.
	if u, err := url.Parse(m.url); err == nil && u.IsAbs() && strings.Trim(u.Path, "/") != "" {
		d.URL = m.url
	} else if d.URL == "" {
		d.URL = m.url
	}
	blocks := trafilaturaBlocks(root)
	if countText(blocks) == 0 {
		slog.Debug("ingest: trafilatura found no main text; using the fallback extractor", "input", src.input)
		if fb, err := parseHTML(s); err == nil {
			blocks = fallbackBlocks(fb)
		}
	}
	if d.Title != "" && (len(blocks) == 0 || normSpace(blocks[0].text) != d.Title) {
		blocks = append([]block{{text: d.Title, heading: true}}, blocks...)
	}
	assemble(d, blocks)
	if d.Outlet == "" {
		d.Outlet = m.footerOutlet
	}
	return d, nil
}

func parseHTML(s string) (*html.Node, error) {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("%w: parse HTML: %v", ErrMalformed, err)
	}
	return root, nil
}

func countText(blocks []block) int {
	n := 0
	for _, b := range blocks {
		n += len(strings.TrimSpace(b.text))
	}
	return n
}

func trafilaturaBlocks(root *html.Node) (blocks []block) {
	// go-trafilatura (v1.12) joins the text of every <p> by string concatenation
	// before it extracts, quadratic in their number: a 5 MB page of 70,000
	// paragraphs took over a minute. Such a page goes to the fallback extractor.
	if countElems(root, atom.P, maxTrafilaturaParagraphs+1) > maxTrafilaturaParagraphs {
		return nil
	}
	defer func() {
		// A third-party extractor must not take the batch down with it.
		if r := recover(); r != nil {
			blocks = nil
		}
	}()
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
		Config:          &trafilatura.Config{CacheSize: 4096, MinDuplicateCheckSize: 100, MaxDuplicateCount: 2, MinExtractedSize: 100, MinExtractedCommentSize: 1, MinOutputSize: 1, MinOutputCommentSize: 1},
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return nil
	}
	return htmlBlocks(res.ContentNode)
}

// maxTrafilaturaParagraphs is far above any article's paragraph count (a long
// feature has a few hundred), and low enough that trafilatura's quadratic join
// stays under a tenth of a second.
const maxTrafilaturaParagraphs = 2000

// countElems counts the elements a under n, stopping at limit.
func countElems(n *html.Node, a atom.Atom, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == a {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Input: true,
	atom.Textarea: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Head: true,
}

var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Figure: true, atom.Figcaption: true, atom.Br: true, atom.Hr: true, atom.Address: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Body: true, atom.Html: true,
}

func isHeadingElem(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// htmlBlocks flattens a tree into paragraphs: every block-level element ends the
// paragraph before it, and h1–h6 become headings.
func htmlBlocks(n *html.Node) []block {
	var blocks []block
	var buf strings.Builder
	heading := false
	flush := func() {
		if t := strings.TrimSpace(buf.String()); t != "" {
			blocks = append(blocks, block{text: t, heading: heading})
		}
		buf.Reset()
		heading = false
	}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return // pathological nesting: keep what we have
		}
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipElems[n.DataAtom] {
				return
			}
			if blockElems[n.DataAtom] {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, depth+1)
				}
				if isHeadingElem(n.DataAtom) {
					heading = true
				}
				flush()
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	flush()
	return blocks
}

var boilerplateAttr = regexp.MustCompile(`(?i)(comment|share|sharing|social|sidebar|related|breadcrumb|cookie|subscribe|newsletter|promo|advert|\bads?\b|menu|\bnav|footer|masthead|widget|popup|modal|disqus|respond)`)

// fallbackBlocks is our own main-text extractor: the largest <article>, else
// <main>, else <body>, without navigation, asides, forms and elements whose class
// or id names a widget.
func fallbackBlocks(root *html.Node) []block {
	prune(root, 0)
	var best *html.Node
	bestLen := -1
	var main, body *html.Node
	var find func(*html.Node, int)
	find = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				if l := textLen(n); l > bestLen {
					best, bestLen = n, l
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(root, 0)
	switch {
	case best != nil:
	case main != nil:
		best = main
	case body != nil:
		best = body
	default:
		best = root
	}
	return htmlBlocks(best)
}

func prune(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (depth > 512 || pruned(c)) {
			n.RemoveChild(c)
		} else {
			prune(c, depth+1)
		}
		c = next
	}
}

func pruned(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Header:
		return true
	case atom.Body, atom.Html, atom.Article, atom.Main:
		return false
	}
	if skipElems[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id" || a.Key == "role") && boilerplateAttr.MatchString(a.Val) {
			return true
		}
	}
	return false
}

func textLen(n *html.Node) int {
	l := 0
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.TextNode {
			l += len(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return l
}

// pageMetadata is what a page says about itself outside its text.
type pageMetadata struct {
	title, outlet, byline, published, url, lang string
	footerOutlet                                string // from a "© 2025 Newsmax" line, preferring the page footer
}

// pageMeta reads meta tags, JSON-LD, <title>, <h1>, <time> and byline elements.
// Explicit metadata ranks first (OpenGraph, JSON-LD, article: tags), then markup
// conventions.
func pageMeta(root *html.Node) pageMetadata {
	var m pageMetadata
	metas := map[string]string{}
	var titleTag, h1, timeTag, bylineText string
	var ld []map[string]any
	// A © line inside <footer> names the publisher; elsewhere it may be a photo
	// credit ("© Reuters"), so the last one of the page is taken only when the
	// footer has none.
	var footerCopy, lastCopy string
	var walk func(*html.Node, int, bool)
	walk = func(n *html.Node, depth int, inFooter bool) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Footer || strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "footer") {
				inFooter = true
			}
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if titleTag == "" {
					titleTag = nodeText(n)
				}
			case atom.H1:
				if h1 == "" {
					h1 = nodeText(n)
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = v
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					ld = append(ld, jsonLD(nodeText(n))...)
				}
				return
			case atom.Time:
				if timeTag == "" && (hasAttr(n, "pubdate") || attr(n, "itemprop") == "datePublished") {
					timeTag = attr(n, "datetime")
				}
			}
			if bylineText == "" && (strings.EqualFold(attr(n, "rel"), "author") ||
				strings.Contains(strings.ToLower(attr(n, "class")), "byline")) {
				bylineText = nodeText(n)
			}
		}
		if n.Type == html.TextNode && strings.Contains(n.Data, "©") {
			if o := copyrightOutlet(normSpace(n.Data)); o != "" {
				lastCopy = o
				if inFooter {
					footerCopy = o
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1, inFooter)
		}
	}
	walk(root, 0, false)
	m.footerOutlet = firstNonEmpty(footerCopy, lastCopy)

	var ldHeadline, ldDate, ldAuthor, ldPublisher string
	for _, obj := range ld {
		if !isArticleType(obj["@type"]) {
			continue
		}
		ldHeadline = firstNonEmpty(ldHeadline, str(obj["headline"]))
		ldDate = firstNonEmpty(ldDate, str(obj["datePublished"]))
		ldAuthor = firstNonEmpty(ldAuthor, names(obj["author"]))
		ldPublisher = firstNonEmpty(ldPublisher, names(obj["publisher"]))
	}
	m.outlet = firstNonEmpty(metas["og:site_name"], ldPublisher, metas["publisher"], metas["article:publisher"], metas["application-name"])
	if strings.HasPrefix(m.outlet, "http") {
		m.outlet = ""
	}
	if t := firstNonEmpty(metas["og:title"], ldHeadline, metas["twitter:title"], h1); t != "" {
		m.title = normSpace(t)
		if m.outlet != "" {
			m.title = trimOutletSuffix(m.title, m.outlet)
		}
	} else {
		m.title = trimSiteSuffix(titleTag, m.outlet)
	}
	author := firstNonEmpty(ldAuthor, metas["author"], metas["article:author"], metas["byl"], metas["dc.creator"])
	if strings.HasPrefix(author, "http") {
		author = ""
	}
	if author == "" && bylineText != "" {
		author = bylineName(normSpace(bylineText))
		if author == "" && isPersonName(normSpace(bylineText)) {
			author = normSpace(bylineText)
		}
	}
	m.byline = strings.TrimSpace(strings.TrimPrefix(normSpace(author), "By "))
	for _, v := range []string{
		metas["article:published_time"], ldDate, metas["og:published_time"], metas["datepublished"],
		metas["pubdate"], metas["publishdate"], metas["date"], metas["dc.date"], metas["dc.date.issued"],
		metas["dcterms.date"], metas["sailthru.date"], metas["parsely-pub-date"], timeTag,
	} {
		if p := normDate(v); p != "" {
			m.published = p
			break
		}
	}
	m.url = firstNonEmpty(m.url, metas["og:url"])
	if i := strings.IndexAny(m.lang, "-_"); i > 0 {
		m.lang = m.lang[:i]
	}
	m.lang = strings.ToLower(m.lang)
	return m
}

// trimSiteSuffix drops " | Outlet" or " - Outlet" from a <title>.
func trimSiteSuffix(title, outlet string) string {
	title = normSpace(title)
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := title[i+len(sep):]
		if (outlet != "" && strings.EqualFold(tail, outlet)) || strings.Count(tail, " ") < 3 && len(tail) < i {
			return title[:i]
		}
	}
	return title
}

// trimOutletSuffix drops " | Outlet" from a title only when it is the outlet's
// name: an explicit title's tail is otherwise part of the headline.
func trimOutletSuffix(title, outlet string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(title[i+len(sep):], outlet) {
			return title[:i]
		}
	}
	return title
}

func isArticleType(v any) bool {
	check := func(s string) bool {
		return strings.Contains(s, "Article") || s == "ReportageNewsArticle" || s == "BlogPosting" || s == "WebPage"
	}
	switch t := v.(type) {
	case string:
		return check(t)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && check(s) {
				return true
			}
		}
	}
	return false
}

// jsonLD returns the objects of a JSON-LD script, flattening arrays and @graph.
// Invalid JSON-LD is common and ignored.
func jsonLD(s string) []map[string]any {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return nil
	}
	var out []map[string]any
	var add func(any, int)
	add = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			out = append(out, t)
			if g, ok := t["@graph"]; ok {
				add(g, depth+1)
			}
		case []any:
			for _, x := range t {
				add(x, depth+1)
			}
		}
	}
	add(v, 0)
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// names reads a JSON-LD person or organisation: a string, an object with a name,
// or a list of either.
func names(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return str(t["name"])
	case []any:
		var out []string
		for _, x := range t {
			if n := names(x); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func nodeText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return strings.TrimSpace(sb.String())
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// fragmentBlocks cleans an HTML fragment (a feed item's content).
func fragmentBlocks(s string) []block {
	if !strings.Contains(s, "<") {
		return textBlocks(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return nil
	}
	var blocks []block
	for _, n := range nodes {
		wrapper := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		wrapper.AppendChild(n)
		blocks = append(blocks, htmlBlocks(wrapper)...)
	}
	return blocks
}
