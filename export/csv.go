package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

var csvHeader = []string{"id", "doc", "outlet", "url", "date", "date_text", "date_from",
	"source_code", "source_name", "source_text", "cameo", "root", "quad", "goldstein", "plover_type", "plover_mode",
	"mode", "target_code", "target_name", "target_text", "attributed_to_code", "attributed_to_text",
	"place_name", "place_country", "lat", "lon", "geonameid", "quantities", "sentence", "span_start", "span_end"}

// CSV writes one row per event with a header; nested values are flattened (quantities
// as "value unit" joined by "; ") so that a spreadsheet opens it directly.
func CSV(w io.Writer, events []sitrep.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range events {
		var attrCode, attrText string
		if e.AttributedTo != nil {
			attrCode, attrText = e.AttributedTo.Code, e.AttributedTo.Text
		}
		var pName, pCountry, lat, lon, gid string
		if p := e.Place; p != nil {
			pName, pCountry = p.Name, p.Country
			lat, lon = ftoa(p.Lat), ftoa(p.Lon)
			if p.GeonameID != 0 {
				gid = strconv.Itoa(p.GeonameID)
			}
		}
		qs := make([]string, len(e.Quantities))
		for i, q := range e.Quantities {
			qs[i] = strings.TrimSpace(q.Approx + " " + ftoa(q.Value) + " " + q.Unit)
		}
		if err := cw.Write([]string{e.ID, e.Doc, e.Outlet, e.URL, e.Date, e.DateText, e.DateFrom,
			e.Source.Code, e.Source.Name, e.Source.Text, e.CAMEO, e.Root, strconv.Itoa(e.Quad), ftoa(e.Goldstein),
			e.PLOVER.Type, e.PLOVER.Mode, e.Mode, e.Target.Code, e.Target.Name, e.Target.Text, attrCode, attrText,
			pName, pCountry, lat, lon, gid, strings.Join(qs, "; "), e.Sentence,
			strconv.Itoa(e.CharSpan[0]), strconv.Itoa(e.CharSpan[1])}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
