package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/sitrep-dev/sitrep"
)

// network is the actor graph: actors as nodes, directed dyads as weighted edges.
type network struct {
	nodes []*node
	edges []*edge
}

type node struct {
	id, label string
	events    int
}

type edge struct {
	source, target string
	weight         int
	coop, conflict int
	goldstein      float64 // mean
	first, last    string  // dates
}

// relation is "cooperation" or "conflict" by the edge's mean Goldstein score.
func (e *edge) relation() string {
	if e.goldstein < 0 {
		return "conflict"
	}
	return "cooperation"
}

func buildNetwork(events []sitrep.Event) network {
	var n network
	nodes := map[string]*node{}
	edges := map[[2]string]*edge{}
	addNode := func(a sitrep.EventActor) {
		if nd := nodes[a.Code]; nd != nil {
			nd.events++
			return
		}
		label := a.Name
		if label == "" {
			label = a.Code
		}
		nd := &node{id: a.Code, label: label, events: 1}
		nodes[a.Code] = nd
		n.nodes = append(n.nodes, nd)
	}
	for _, e := range events {
		if e.Source.Code == "" || e.Target.Code == "" || e.Source.Code == e.Target.Code {
			continue
		}
		addNode(e.Source)
		addNode(e.Target)
		k := [2]string{e.Source.Code, e.Target.Code}
		ed := edges[k]
		if ed == nil {
			ed = &edge{source: k[0], target: k[1]}
			edges[k] = ed
			n.edges = append(n.edges, ed)
		}
		ed.goldstein = (ed.goldstein*float64(ed.weight) + e.Goldstein) / float64(ed.weight+1)
		ed.weight++
		if e.Quad >= 3 {
			ed.conflict++
		} else {
			ed.coop++
		}
		if e.Date != "" {
			if ed.first == "" || e.Date < ed.first {
				ed.first = e.Date
			}
			if e.Date > ed.last {
				ed.last = e.Date
			}
		}
	}
	sort.SliceStable(n.nodes, func(i, j int) bool { return n.nodes[i].id < n.nodes[j].id })
	sort.SliceStable(n.edges, func(i, j int) bool {
		a, b := n.edges[i], n.edges[j]
		return a.source < b.source || a.source == b.source && a.target < b.target
	})
	return n
}

// GEXF writes the actor network as GEXF 1.3, the format Gephi opens natively.
func GEXF(w io.Writer, events []sitrep.Event) error {
	n := buildNetwork(events)
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	type attribute struct {
		ID    string `xml:"id,attr"`
		Title string `xml:"title,attr"`
		Type  string `xml:"type,attr"`
	}
	type gnode struct {
		ID    string     `xml:"id,attr"`
		Label string     `xml:"label,attr"`
		Atts  []attvalue `xml:"attvalues>attvalue"`
	}
	type gedge struct {
		ID     string     `xml:"id,attr"`
		Source string     `xml:"source,attr"`
		Target string     `xml:"target,attr"`
		Weight int        `xml:"weight,attr"`
		Atts   []attvalue `xml:"attvalues>attvalue"`
	}
	type attributes struct {
		Class string      `xml:"class,attr"`
		Attrs []attribute `xml:"attribute"`
	}
	type graph struct {
		DefaultEdgeType string       `xml:"defaultedgetype,attr"`
		Attributes      []attributes `xml:"attributes"`
		Nodes           []gnode      `xml:"nodes>node"`
		Edges           []gedge      `xml:"edges>edge"`
	}
	type gexf struct {
		XMLName xml.Name `xml:"gexf"`
		XMLNS   string   `xml:"xmlns,attr"`
		Version string   `xml:"version,attr"`
		Meta    struct {
			Creator     string `xml:"creator"`
			Description string `xml:"description"`
		} `xml:"meta"`
		Graph graph `xml:"graph"`
	}
	doc := gexf{XMLNS: "http://gexf.net/1.3", Version: "1.3"}
	doc.Meta.Creator = "sitrep"
	doc.Meta.Description = "Actor network: nodes are actors, directed edges are coded events between them"
	doc.Graph.DefaultEdgeType = "directed"
	doc.Graph.Attributes = []attributes{
		{Class: "node", Attrs: []attribute{{"events", "events", "integer"}}},
		{Class: "edge", Attrs: []attribute{{"cooperation", "cooperation", "integer"}, {"conflict", "conflict", "integer"},
			{"goldstein", "mean_goldstein", "double"}, {"relation", "relation", "string"},
			{"first", "first_date", "string"}, {"last", "last_date", "string"}}},
	}
	for _, nd := range n.nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gnode{ID: nd.id, Label: nd.label,
			Atts: []attvalue{{"events", strconv.Itoa(nd.events)}}})
	}
	for i, e := range n.edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gedge{ID: strconv.Itoa(i), Source: e.source, Target: e.target, Weight: e.weight,
			Atts: []attvalue{{"cooperation", strconv.Itoa(e.coop)}, {"conflict", strconv.Itoa(e.conflict)},
				{"goldstein", strconv.FormatFloat(e.goldstein, 'f', 2, 64)}, {"relation", e.relation()},
				{"first", e.first}, {"last", e.last}}})
	}
	return writeXML(w, doc)
}

// GraphML writes the actor network as GraphML, read by Gephi, networkx and igraph.
func GraphML(w io.Writer, events []sitrep.Event) error {
	n := buildNetwork(events)
	type key struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	type gnode struct {
		ID   string `xml:"id,attr"`
		Data []data `xml:"data"`
	}
	type gedge struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Data   []data `xml:"data"`
	}
	type graph struct {
		ID          string  `xml:"id,attr"`
		EdgeDefault string  `xml:"edgedefault,attr"`
		Nodes       []gnode `xml:"node"`
		Edges       []gedge `xml:"edge"`
	}
	type graphml struct {
		XMLName xml.Name `xml:"graphml"`
		XMLNS   string   `xml:"xmlns,attr"`
		Keys    []key    `xml:"key"`
		Graph   graph    `xml:"graph"`
	}
	doc := graphml{XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Keys: []key{{"label", "node", "label", "string"}, {"events", "node", "events", "int"},
			{"weight", "edge", "weight", "int"}, {"cooperation", "edge", "cooperation", "int"},
			{"conflict", "edge", "conflict", "int"}, {"goldstein", "edge", "mean_goldstein", "double"},
			{"relation", "edge", "relation", "string"}, {"first", "edge", "first_date", "string"},
			{"last", "edge", "last_date", "string"}},
		Graph: graph{ID: "actors", EdgeDefault: "directed"}}
	for _, nd := range n.nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gnode{ID: nd.id, Data: []data{{"label", nd.label}, {"events", strconv.Itoa(nd.events)}}})
	}
	for _, e := range n.edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gedge{Source: e.source, Target: e.target, Data: []data{
			{"weight", strconv.Itoa(e.weight)}, {"cooperation", strconv.Itoa(e.coop)}, {"conflict", strconv.Itoa(e.conflict)},
			{"goldstein", strconv.FormatFloat(e.goldstein, 'f', 2, 64)}, {"relation", e.relation()},
			{"first", e.first}, {"last", e.last}}})
	}
	return writeXML(w, doc)
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode xml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
