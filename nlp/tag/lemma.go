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
		return form
	case "NNPS":
		return plural(form)
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
	switch last {
	case 'v', 'z':
		return true
	case 'c':
		return s[n-2] != 'c' && !isVowel(s[n-2]) || isVowel(s[n-2]) && n >= 3 && !isVowel(s[n-3])
	case 'g':
		return s[n-2] == 'a' || s[n-2] == 'r' || s[n-2] == 'd' || s[n-2] == 'u'
	case 's', 't', 'r', 'k', 'm', 'n', 'b', 'p', 'l', 'd':
		// consonant, single vowel, consonant after another consonant or at the start:
		// "stat", "us", "shar", "mak", "tim", "ston", "describ", "hop", "cod", "sol"
		if n < 2 || !isVowel(s[n-2]) || s[n-2] == 'e' && last == 'r' {
			return false
		}
		if n == 2 {
			return true
		}
		if isVowel(s[n-3]) {
			return false
		}
		switch s[n-2:] {
		case "at", "ut", "ot", "us", "ib":
			// "stated", "computed", "voted", "used", "described"
			return true
		case "it", "ar", "ir", "ur", "or", "ak", "ok", "ik", "im", "um", "om", "on", "un", "ub", "op", "yp", "ap", "od", "id", "ud", "ol", "il", "ul":
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
