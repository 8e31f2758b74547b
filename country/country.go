// Package country knows the ISO 3166 alpha-3 country codes that begin CAMEO state
// actor codes (SYRGOV, USAMIL), so that stages can tell a state actor from a group
// code such as HEZBOLLAH or IMGMUSISI, and maps them to the FIPS 10-4 codes GDELT
// uses. The table comes from GeoNames (CC BY 4.0).
package country

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/iso3_fips.tsv
var table string

var fips = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if iso3, f, ok := strings.Cut(line, "\t"); ok {
			m[iso3] = f
		}
	}
	return m
})

// IsCode reports whether s is an ISO 3166 alpha-3 country code.
func IsCode(s string) bool { _, ok := fips()[s]; return ok }

// FIPS returns the FIPS 10-4 code of an ISO3 country code, or "".
func FIPS(iso3 string) string { return fips()[iso3] }

// Of returns the country an actor code belongs to ("SYR" for SYRGOV), or "" for
// codes that do not begin with a country (groups, international organisations).
func Of(actorCode string) string {
	if len(actorCode) >= 3 && IsCode(actorCode[:3]) {
		return actorCode[:3]
	}
	return ""
}
