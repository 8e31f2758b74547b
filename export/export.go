// Package export writes events in the formats analysts' other tools read: CSV for
// spreadsheets, GDELT 2.0 event TSV for GDELT pipelines, PLOVER JSON Lines for
// PLOVER/POLECAT users, and GEXF 1.3 and GraphML actor networks for Gephi and
// network libraries. Every writer takes the same []sitrep.Event, so what the API,
// the CLI and the workbench export is the same data.
package export

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Formats lists the format names Write accepts.
var Formats = []string{"csv", "gdelt", "plover", "gexf", "graphml"}

// Options tune the writers.
type Options struct {
	// Now stamps GDELT's DATEADDED column; zero means time.Now(). Tests fix it.
	Now time.Time
}

// Write writes events in the named format.
func Write(w io.Writer, format string, events []sitrep.Event, opts Options) error {
	switch format {
	case "csv":
		return CSV(w, events)
	case "gdelt":
		return GDELT(w, events, opts)
	case "plover":
		return PLOVER(w, events)
	case "gexf":
		return GEXF(w, events)
	case "graphml":
		return GraphML(w, events)
	}
	return fmt.Errorf("export: unknown format %q (want one of %v)", format, Formats)
}

// ContentType is the MIME type of a format, for HTTP responses.
func ContentType(format string) string {
	switch format {
	case "csv":
		return "text/csv; charset=utf-8"
	case "gdelt":
		return "text/tab-separated-values; charset=utf-8"
	case "plover":
		return "application/x-ndjson"
	case "gexf", "graphml":
		return "application/xml"
	}
	return "application/octet-stream"
}

// Valid reports whether format is one Write accepts.
func Valid(format string) bool { return slices.Contains(Formats, format) }
