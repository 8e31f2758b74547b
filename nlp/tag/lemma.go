package tag

import (
	"strings"
)

// ruleLemma returns the lemma of form by the regular English inflection its XPOS
// names. Irregular forms ("went", "children", "better") come from the lexicon
// learned from the treebanks before this is called.
func ruleLemma(form, xpos string) string {
	switch xpos {
	case "NNP":
		return capitalize(form)
	case "NNPS":
		return plural(capitalize(form))
	case "ADD":
		return form // addresses keep their case
	case "CD":
		return numeral(form)
	}
	w := strings.ToLower(form)
	switch xpos {
	case "NNS", "VBZ":
		return plural(w)
	case "VBD", "VBN":
		if s, ok := strings.CutSuffix(w, "ed"); ok && len(s) >= 2 {
			return stem(s, w)
		}
	case "VBG":
		if s, ok := strings.CutSuffix(w, "ing"); ok && len(s) >= 2 {
			return stem(s, w)
		}
	case "JJR", "RBR":
		if s, ok := strings.CutSuffix(w, "er"); ok && len(s) >= 2 {
			return comparative(s)
		}
	case "JJS", "RBS":
		if s, ok := strings.CutSuffix(w, "est"); ok && len(s) >= 2 {
			return comparative(s)
		}
	}
	return w
}

// plural undoes a plural or third-person -s.
func plural(w string) string {
	n := len(w)
	switch {
	case n <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:n-2]
	}
	return w[:n-1]
}

// stem rebuilds a verb's base from the part before -ed or -ing: "stopp" → "stop",
// "tri" → "try" (from "tried"), "creat" → "create".
func stem(s, whole string) string {
	n := len(s)
	last := s[n-1]
	switch {
	case strings.HasSuffix(whole, "ied") && n > 1:
		return s[:n-1] + "y"
	case strings.HasSuffix(whole, "eed"):
		return s + "e"
	case strings.HasSuffix(whole, "ying") || strings.HasSuffix(whole, "eing"):
		return s
	case n >= 3 && last == s[n-2] && strings.IndexByte("bdgmnprt", last) >= 0:
		return s[:n-1]
	case strings.HasSuffix(s, "e"):
		return s
	}
	if wantsE(s) {
		return s + "e"
	}
	return s
}

// wantsE reports whether a stem lost a silent e before the suffix: "us" (used),
// "at" (stated), "iz" (organized), "v" (moved), "c" (forced), "g" (managed).
func wantsE(s string) bool {
	n := len(s)
	last := s[n-1]
	if last == 'l' && n >= 2 && strings.IndexByte("bcdfgkptz", s[n-2]) >= 0 {
		return true // "handled", "recycled", "struggling"
	}
	switch last {
	case 'v', 'z', 'u':
		return true // "moved", "organized", "argued"
	case 'c':
		return s[n-2] != 'c' && !isVowel(s[n-2]) || isVowel(s[n-2]) && n >= 3 && !isVowel(s[n-3])
	case 'g':
		return s[n-2] == 'a' || s[n-2] == 'r' || s[n-2] == 'd' || s[n-2] == 'u' || s[n-2] == 'e' && n >= 3 && s[n-3] == 'i' // "besieged"
	case 's', 't', 'r', 'k', 'm', 'n', 'b', 'p', 'l', 'd':
		// consonant, single vowel, consonant after another consonant or at the start:
		// "stat", "us", "shar", "mak", "tim", "ston", "describ", "hop", "cod", "sol"
		if n < 2 || !isVowel(s[n-2]) || s[n-2] == 'e' && last == 'r' {
			return false
		}
		if strings.HasSuffix(s, "uat") || strings.HasSuffix(s, "iat") {
			return true // "evaluated", "graduating", "mediated", "initiating"
		}
		if last == 's' && n >= 3 && isVowel(s[n-3]) && s[n-2] != 'e' || strings.HasSuffix(s, "eas") {
			return true // "praised", "caused", "raised", "eased", "increased"
		}
		if strings.HasSuffix(s, "tur") || strings.HasSuffix(s, "sum") {
			return true // "captured", "tortured", "resumed", "assumed"
		}
		if n == 2 {
			return true
		}
		if isVowel(s[n-3]) {
			return false
		}
		switch s[n-2:] {
		case "at", "ut", "ot", "us", "ib", "ok", "ed", "os", "in":
			// "stated", "computed", "voted", "used", "described", "provoked",
			// "preceded", "imposed", "examined"
			return true
		case "it", "ar", "ir", "ur", "or", "ak", "ik", "im", "um", "om", "on", "un", "ub", "op", "yp", "ap", "od", "id", "ud", "ol", "il", "ul", "am":
			// short stems only: "shared", "making", "timed"; not "visited", "monitored"
			return n <= 4
		}
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// comparative rebuilds an adjective from the part before -er or -est.
func comparative(s string) string {
	n := len(s)
	switch {
	case s[n-1] == 'i':
		return s[:n-1] + "y"
	case n >= 3 && s[n-1] == s[n-2] && strings.IndexByte("bdgmnpt", s[n-1]) >= 0:
		return s[:n-1]
	case wantsE(s):
		return s + "e"
	}
	return s
}

// capitalize upper-cases the first letter of an all-lower-case proper noun, as EWT
// lemmatizes "google" to "Google".
func capitalize(form string) string {
	if form == "" || form[0] < 'a' || form[0] > 'z' {
		return form
	}
	for i := 1; i < len(form); i++ {
		if form[i] >= 'A' && form[i] <= 'Z' {
			return form // "iPhone", "eBay"
		}
	}
	return string(form[0]-'a'+'A') + form[1:]
}

// numeral drops the thousands separators of a number: "243,000" → "243000".
func numeral(form string) string {
	if !strings.Contains(form, ",") {
		return form
	}
	parts := strings.Split(form, ",")
	if len(parts[0]) < 1 || len(parts[0]) > 3 || !digits(parts[0]) {
		return form
	}
	for _, p := range parts[1:] {
		if len(p) < 3 || !digits(p[:3]) || len(p) > 3 && p[3] != '.' {
			return form
		}
	}
	return strings.Join(parts, "")
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
