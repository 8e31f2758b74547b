// Package country knows the ISO 3166 alpha-3 country codes that begin CAMEO state
// actor codes (SYRGOV, USAMIL), so that stages can tell a state actor from a group
// code such as HEZBOLLAH or IMGMUSISI; maps them to the FIPS 10-4 codes GDELT uses;
// and names state actors ("Syria — government"). The country table comes from
// GeoNames (CC BY 4.0).
package country

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/countries.tsv
var table string

type info struct{ fips, name string }

var countries = sync.OnceValue(func() map[string]info {
	m := map[string]info{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) >= 3 {
			m[f[0]] = info{fips: f[1], name: f[2]}
		}
	}
	return m
})

// names maps lower-cased country names to their codes.
var names = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for code, c := range countries() {
		m[strings.ToLower(c.name)] = code
	}
	return m
})

// IsName reports whether s is a country's English short name ("Syria", "united
// states"), in any case.
func IsName(s string) bool { _, ok := names()[strings.ToLower(s)]; return ok }

// IsCode reports whether s is an ISO 3166 alpha-3 country code.
func IsCode(s string) bool { _, ok := countries()[s]; return ok }

// FIPS returns the FIPS 10-4 code of an ISO3 country code, or "".
func FIPS(iso3 string) string { return countries()[iso3].fips }

// Name returns the English short name of an ISO3 country code, or "".
func Name(iso3 string) string { return countries()[iso3].name }

// Of returns the country an actor code belongs to ("SYR" for SYRGOV), or "" for
// codes that do not begin with a country (groups, international organisations).
func Of(actorCode string) string {
	if len(actorCode) >= 3 && IsCode(actorCode[:3]) {
		return actorCode[:3]
	}
	return ""
}

// Organ reports whether an actor code names a state or one of its organs: a
// bare country code, or one followed by the government, military, police,
// legislature, judiciary or intelligence sector ("SYR", "SYRMIL"; not "SYRREB").
func Organ(code string) bool {
	if len(code) < 3 || !IsCode(code[:3]) {
		return false // a group's code ("SDF", "PMF", "HTS") or an IGO's
	}
	if len(code) == 3 {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "MIL", "COP", "LEG", "JUD", "SPY":
		return true
	}
	return false
}

// sectors names the CAMEO role codes that follow a country in state actor codes.
var sectors = map[string]string{
	"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
	"SPY": "intelligence", "OPP": "opposition", "REB": "rebels", "INS": "insurgents", "SEP": "separatists",
	"UAF": "armed forces", "CVL": "civilians", "BUS": "business", "MED": "media", "EDU": "education",
	"HLH": "health", "REF": "refugees", "ELI": "elites", "LAB": "labour", "AGR": "agriculture",
	"CRM": "criminals", "HRI": "human rights", "ENV": "environment", "DEV": "development", "MOD": "moderates",
	"RAD": "radicals", "IGO": "international organisation", "NGO": "NGO", "IMG": "militant group",
}

// ActorName names a state actor code from its parts — "Syria", "Syria — government",
// "Iraq — military" — and returns "" for codes that do not begin with a country, whose
// names only dictionaries know.
func ActorName(code string) string {
	c := Of(code)
	if c == "" {
		return ""
	}
	name := Name(c)
	if rest := code[3:]; len(rest) >= 3 {
		if s, ok := sectors[rest[:3]]; ok {
			name += " — " + s
		}
	}
	return name
}

// Dominant returns the country a document is about, from counts of the places and
// actors it names by country: the one named most, at least three times and at
// least twice as often as any other; "" when none is. Ties go to no country.
func Dominant(counts map[string]int) string {
	best, second := Top(counts)
	if best == "" || counts[best] < 3 || counts[best] < 2*second {
		return ""
	}
	return best
}

// Top returns the country counted most (ties to the first in alphabetical
// order) and the count of the one after it; "" and 0 for no counts.
func Top(counts map[string]int) (best string, second int) {
	for c, k := range counts {
		switch {
		case best == "" || k > counts[best] || (k == counts[best] && c < best):
			if best != "" {
				second = max(second, counts[best])
			}
			best = c
		default:
			second = max(second, k)
		}
	}
	return best, second
}
