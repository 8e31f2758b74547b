package actor

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// testPlaces stands in for the gazetteer: these names, wherever they occur, are
// places in the given countries. The names are real places; the sentences of the
// tests are invented.
var testPlaces = map[string]string{
	"Idlib": "SYR", "Aleppo": "SYR", "Hama": "SYR", "Mosul": "IRQ", "Kilis": "TUR", "Kirkuk": "IRQ",
	"Syria": "SYR", "Iraq": "IRQ",
}

func findTestPlaces(text string, sents []sitrep.Sentence) [][]sitrep.Place {
	out := make([][]sitrep.Place, len(sents))
	for i, s := range sents {
		for _, t := range s.Tokens {
			if c, ok := testPlaces[t.Text]; ok {
				out[i] = append(out[i], sitrep.Place{Name: t.Text, Country: c, Text: t.Text, Span: t.Span})
			}
		}
	}
	return out
}

var (
	placesOnce sync.Once
	placesRes  *Resolver
	placesErr  error
)

// placesResolver is the shipped resolver with testPlaces as its gazetteer.
func placesResolver(t testing.TB) *Resolver {
	t.Helper()
	placesOnce.Do(func() {
		placesRes, placesErr = Load(Options{
			Now:    func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) },
			Places: findTestPlaces,
		})
	})
	if placesErr != nil {
		t.Fatal(placesErr)
	}
	return placesRes
}

// TestGenericGroups covers the generic group nouns (generic.go): each case would
// code nothing, or the wrong actor, without the rule it names.
func TestGenericGroups(t *testing.T) {
	r := placesResolver(t)
	// syria opens a document that is clearly about Syria: three Syrian places and
	// actors, none elsewhere.
	const syria = "Syrian troops advanced near Hama on Monday. Fighting went on in Idlib. "
	tests := []resolveCase{
		// The document's country.
		{"rebels take the document's country", syria + "Rebels shelled the town.",
			[]string{"Syrian troops=SYRMIL", "Rebels=SYRREB"}},
		{"terrorists, unaligned", syria + "Terrorists fired mortar shells at a school.",
			[]string{"Syrian troops=SYRMIL", "Terrorists=SYRUAF"}},
		{"the opposition", syria + "The opposition rejected the offer.",
			[]string{"Syrian troops=SYRMIL", "opposition=SYROPP"}},
		{"opposition fighters are rebels", syria + "Opposition fighters attacked a checkpoint.",
			[]string{"Syrian troops=SYRMIL", "Opposition fighters=SYRREB"}},
		{"fighters loyal to someone are not the document's rebels", syria + "A bomb killed fighters loyal to the president.",
			[]string{"Syrian troops=SYRMIL"}},
		{"fighters loyal to a state's leader are its forces", syria + "A bomb killed fighters loyal to President Bashar al-Assad.",
			[]string{"Syrian troops=SYRMIL", "fighters loyal to President Bashar al-Assad=SYRMIL"}},
		{"fighters loyal to a group are its own", syria + "Fighters loyal to the Islamic State attacked a checkpoint.",
			[]string{"Syrian troops=SYRMIL", "Fighters loyal to the Islamic State=IMGMUSISI"}},
		{"forces affiliated with a state's government are its forces", syria + "Kurdish officials accused forces affiliated with the Turkish government.",
			[]string{"Syrian troops=SYRMIL", "Kurdish officials=KURGOV", "forces affiliated with the Turkish=TURMIL"}},
		{"fighters linked to a country's group are the group's", syria + "Gunmen linked to Jabhat al-Nusra attacked a checkpoint.",
			[]string{"Syrian troops=SYRMIL", "Gunmen linked to Jabhat al-Nusra=SYRREBMUS"}},
		{"fighters from a group are its own", syria + "Jihadists from the Islamic State executed three officers.",
			[]string{"Syrian troops=SYRMIL", "Jihadists from the Islamic State=IMGMUSISI"}},
		{"fighters from a place serve no one the place names", syria + "Fighters from Idlib attacked a checkpoint.",
			[]string{"Syrian troops=SYRMIL", "Idlib=SYR"}},
		{"no clear country, no code", "Rebels shelled the town on Monday.", nil},
		{"two countries as often, no code",
			"Syrian and Iraqi officials met in Idlib and Mosul. Rebels shelled the town.",
			[]string{"Syrian=SYRGOV", "Iraqi officials=IRQGOV"}},
		// A place attached to the noun wins over the document's country.
		{"rebels in a place", syria + "Rebels in Mosul shelled the town.",
			[]string{"Syrian troops=SYRMIL", "Rebels=IRQREB"}},
		{"a place before the noun", syria + "Kirkuk militants shelled the town.",
			[]string{"Syrian troops=SYRMIL", "Kirkuk militants=IRQREB"}},
		{"a target place is not where they are", syria + "Rebels fired rockets into Kilis.",
			[]string{"Syrian troops=SYRMIL", "Rebels=SYRREB"}},
		// An earlier mention with an actor wins over both.
		{"same noun with its country before",
			"Iraqi rebels met in Idlib, Aleppo and Hama. The talks failed. Rebels shelled the town.",
			[]string{"Iraqi rebels=IRQREB", "Rebels=IRQREB"}},
		// Militants in a report on one named armed group are its members.
		{"the one armed group", "Islamic State cells attacked a base near Kirkuk. The Islamic State lost ground. Four militants were killed.",
			[]string{"Islamic State cells=IMGMUSISI", "The Islamic State=IMGMUSISI", "militants=IMGMUSISI"}},
		{"rebels are not the armed group", syria + "The Islamic State and ISIS fighters held the town. Rebels attacked it.",
			[]string{"Syrian troops=SYRMIL", "The Islamic State=IMGMUSISI", "ISIS fighters=IMGMUSISI", "Rebels=SYRREB"}},
		// Not actors.
		{"a modifier", syria + "The rebel offensive stalled.", []string{"Syrian troops=SYRMIL"}},
		{"a hyphenated modifier", syria + "The army shelled rebel-held districts.", []string{"Syrian troops=SYRMIL", "army=SYRMIL"}},
		// The agent of a use of force is an actor, as a country is in "Russian air
		// strikes".
		// (A generic noun modifying a noun of force: TestForceModifiers.)
		{"someone's fighters", syria + "The group and its fighters withdrew.", []string{"Syrian troops=SYRMIL"}},
		// The state's side: the state's forces (overlay agents), not rebels.
		{"pro-government", syria + "Pro-government militias entered the town.", []string{"Syrian troops=SYRMIL", "Pro-government militias=SYRMIL"}},
		{"government-affiliated", syria + "Government-affiliated factions entered the town.", []string{"Syrian troops=SYRMIL", "Government-affiliated factions=SYRMIL"}},
		{"anti-government", syria + "Anti-government militias entered the town.", []string{"Syrian troops=SYRMIL", "militias=SYRUAF"}},
		{"a verb between", syria + "Regime forces battled rebels.", []string{"Syrian troops=SYRMIL", "Regime forces=SYRMIL", "rebels=SYRREB"}},
		{"a title before a name", syria + "The terrorist group Jaish al-Islam withdrew.",
			[]string{"Syrian troops=SYRMIL", "Jaish al-Islam=SYRREB"}},
		{"members of a named group", syria + "Militants of the Islamic State withdrew.",
			[]string{"Syrian troops=SYRMIL", "Militants of the Islamic State=IMGMUSISI"}},
		// A hyphenated backer is not the group's country.
		{"US-backed rebels", syria + "US-backed rebels shelled the town.",
			[]string{"Syrian troops=SYRMIL", "rebels=SYRREB"}},
	}
	checkResolved(t, r, tests)
}

// TestOrgans covers a state organ named without its state: the document's country
// when nothing before says whose it is (organs).
func TestOrgans(t *testing.T) {
	r := placesResolver(t)
	// Three Syrian places and no actor that an organ could refer back to.
	const syria = "Fighting went on in Idlib, Aleppo and Hama. "
	tests := []resolveCase{
		{"government forces", syria + "Government forces shelled the town.", []string{"Government forces=SYRMIL"}},
		// Phoenix writes GOVERNMENT_TROOPS in the plural (markPlurals)
		{"government troops, bare", syria + "On Monday government troops shelled the town.", []string{"government troops=SYRMIL"}},
		{"the regime", syria + "The regime denied the report.", []string{"regime=SYRGOV"}},
		{"the army", syria + "The army shelled the town.", []string{"army=SYRMIL"}},
		{"an organ named before keeps its state",
			"Turkish troops crossed into Idlib, Aleppo and Hama. The troops shelled the town.",
			[]string{"Turkish troops=TURMIL", "troops=TURMIL"}},
		{"no clear country, no code", "Government forces shelled the town on Monday.", nil},
		{"no clear country, but one government named",
			"US officials met the Syrian government in Washington. The United States and Syria agreed. Government forces shelled the town.",
			[]string{"US officials=USAGOV", "Syrian government=SYRGOV", "The United States=USA", "Syria=SYR", "Government forces=SYRMIL"}},
		{"no clear country, two governments named",
			"The US government met the Syrian government in Washington. The United States and Syria agreed. Government forces shelled the town.",
			[]string{"The US government=USAGOV", "Syrian government=SYRGOV", "The United States=USA", "Syria=SYR"}},
		// A group that is no state has no government.
		{"no group's government", syria + "Clashes between SDF units and government forces persist.",
			[]string{"SDF units=SDF", "government forces=SYRMIL"}},
		{"nor by coreference", syria + "Syrian troops advanced near Hama. SDF units fought on. Government forces withdrew.",
			[]string{"Syrian troops=SYRMIL", "SDF units=SDF", "Government forces=SYRMIL"}},
		{"nor by coreference to another state's forces", syria + "Russian forces advanced. Regime forces shelled the town.",
			[]string{"Russian forces=RUSMIL", "Regime forces=SYRMIL"}},
		{"but to a government named so", "Turkish government forces crossed the border. Government forces shelled the town.",
			[]string{"Turkish government forces=TURMIL", "Government forces=TURMIL"}},
		{"and not where no country is clear", "Russian forces advanced near Hama. Iraqi troops crossed into Anbar. Regime forces shelled the town.",
			[]string{"Russian forces=RUSMIL", "Iraqi troops=IRQMIL"}},
		{"officials are people, whose country news names", syria + "Officials said the talks failed.", nil},
		{"warplanes fly for many states", syria + "Warplanes struck the town.", nil},
		{"but the regime's are its state's", syria + "Regime warplanes struck the town.",
			[]string{"Regime warplanes=SYRMIL"}},
		{"military jets are a kind of jet", syria + "Military jets struck the town.", nil},
		{"nor the same platform of another state", "Russian warplanes struck Idlib, Aleppo and Hama. Regime warplanes struck the town.",
			[]string{"Russian warplanes=RUSMIL", "Idlib=SYR", "Aleppo=SYR", "Regime warplanes=SYRMIL"}},
		{"not the last state's that flew", "Russian jets struck Idlib, Aleppo and Hama. Government helicopters dropped barrels.",
			[]string{"Russian jets=RUSMIL", "Idlib=SYR", "Aleppo=SYR", "Government helicopters=SYRMIL"}},
	}
	checkResolved(t, r, tests)
}

// TestPlatforms covers a state's weapon platforms (overlay agents): its military,
// unless a civilian word stands between.
func TestPlatforms(t *testing.T) {
	r := shippedResolver(t)
	tests := []resolveCase{
		{"jets", "Russian jets pounded the city.", []string{"Russian jets=RUSMIL"}},
		{"airpower", "Backed by Russian airpower, the army advanced.", []string{"Russian airpower=RUSMIL"}},
		{"air power", "Backed by Russian air power, the army advanced.", []string{"Russian air power=RUSMIL"}},
		{"aircraft", "Turkish aircraft struck the village.", []string{"Turkish aircraft=TURMIL"}},
		{"drones", "American drones struck the convoy.", []string{"American drones=USAMIL"}},
		{"war planes", "Coalition war planes carried out ten strikes.", nil},
		{"a civilian craft", "A Russian cargo plane crashed in the desert.", nil},
		{"Phoenix's passenger jet", "A Russian passenger jet crashed in the desert.", []string{"Russian passenger jet=RUSCVL"}},
	}
	checkResolved(t, r, tests)
}

// TestShortNames covers an organisation called by its head noun after its full
// name (shortname.go).
func TestShortNames(t *testing.T) {
	r := shippedResolver(t)
	tests := []resolveCase{
		{"the Coalition", "The Syrian Coalition called for a vote. The Coalition said the talks had failed.",
			[]string{"Syrian Coalition=SYROPP", "Coalition=SYROPP"}},
		{"the coalition", "The US-led coalition struck a bridge. Later the coalition said its jets had hit a depot.",
			[]string{"US-led coalition=COALITION", "coalition=COALITION", "its=COALITION", "jets=COALITION"}},
		{"with a role noun", "The US-led coalition struck a bridge. Coalition war planes returned on Friday.",
			[]string{"US-led coalition=COALITION", "Coalition war planes=COALITION"}},
		{"a modifier must agree", "The Syrian National Coalition condemned the strike by the international coalition.",
			[]string{"Syrian National Coalition=SYROPP"}},
		{"the nearest of two", "The Syrian Coalition met the US-led coalition. The coalition said no more.",
			[]string{"Syrian Coalition=SYROPP", "US-led coalition=COALITION", "coalition=COALITION"}},
		{"no antecedent", "The coalition said the talks had failed.", nil},
		{"a UN office by its head noun", "The UN Office for the Coordination of Humanitarian Affairs said a convoy arrived. The Office appealed for access.",
			[]string{"UN Office for the Coordination of Humanitarian Affairs=IGOUNO", "Office=IGOUNO"}},
		{"a modifier of another noun", "The Syrian Coalition spoke. The coalition-backed force advanced.",
			[]string{"Syrian Coalition=SYROPP"}},
		// The war on the Islamic State's coalition, never introduced (warCoalition).
		{"the war's coalition", "Coalition raids hit a bridge. The coalition said the Islamic State lost a depot.",
			[]string{"Coalition=COALITION", "coalition=COALITION", "the Islamic State=IMGMUSISI"}},
		{"the war's coalition with its units", "ISIS held the town. Coalition warplanes returned on Friday.",
			[]string{"ISIS=IMGMUSISI", "Coalition warplanes=COALITION"}},
		{"the war's coalition, international", "Strikes by the international coalition hit ISIS positions.",
			[]string{"international coalition=COALITION", "ISIS=IMGMUSISI"}},
		{"the war's coalition, capitalised as a name", "Strikes by the International Coalition hit ISIS positions.",
			[]string{"International Coalition=COALITION", "ISIS=IMGMUSISI"}},
		{"another coalition named, told apart by the modifier", "The Syrian National Coalition said ISIS fled. Strikes by the international coalition hit the town.",
			[]string{"Syrian National Coalition=SYROPP", "ISIS=IMGMUSISI", "international coalition=COALITION"}},
		{"another coalition named, no modifier: that one", "The Syrian National Coalition said ISIS fled. The coalition said the town fell.",
			[]string{"Syrian National Coalition=SYROPP", "ISIS=IMGMUSISI", "coalition=SYROPP"}},
		{"no war on the group", "Coalition raids hit a bridge. The coalition said the rebels lost a depot.", nil},
		{"another coalition before", "A coalition of rebel groups fought ISIS. The coalition said it took the town.",
			[]string{"ISIS=IMGMUSISI"}},
		{"a coalition led by another", "The Saudi-led coalition bombed a port after ISIS struck. The coalition denied it.",
			[]string{"ISIS=IMGMUSISI"}},
		{"the U.S. coalition is the war's", "The U.S. coalition struck ISIS. The coalition said it hit a depot.",
			[]string{"The U.S.=USA", "ISIS=IMGMUSISI", "coalition=COALITION"}},
		{"a description is no name", "ISIS lost the town to the coalition of rebels.", []string{"ISIS=IMGMUSISI"}},
	}
	checkResolved(t, r, tests)
}

// resolveCase is an invented text and the mentions the resolver should find in
// it, as "TEXT=CODE", in the order of the text.
type resolveCase struct {
	name, text string
	want       []string
}

// checkResolved resolves each case's text as a document published on
// 2016-10-11.
func checkResolved(t *testing.T, r *Resolver, cases []resolveCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveText(t, r, "2016-10-11", tt.text)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%q\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFromGroupTagged: a group noun "from" an organisation whose name the tagger
// shows to be a modifier of the noun after it is not the organisation's
// ("militants from the United Nations list of terrorist groups").
func TestFromGroupTagged(t *testing.T) {
	r := shippedResolver(t)
	text := "Militants from the United Nations list of terrorist groups attacked a checkpoint."
	sents := analyse(text)
	for si := range sents {
		for k := range sents[si].Tokens {
			if sents[si].Tokens[k].Text == "list" {
				sents[si].Tokens[k].UPOS = "NOUN"
			}
		}
	}
	for _, m := range r.Resolve(doc("t", "2016-10-11", text), sents) {
		if m.Code == "IGOUNO" && strings.HasPrefix(m.Text, "Militants") {
			t.Errorf("%q coded as the United Nations", m.Text)
		}
	}
}
