package lang

import "testing"

// The texts are written for this test: one news sentence in each of the
// major news languages, and short or empty inputs that cannot be told.
func TestDetect(t *testing.T) {
	tests := []struct {
		name, text string
		code       string
		notEnglish bool
	}{
		{"en", "The foreign minister met his counterpart in the capital on Tuesday and said the two countries would sign a trade agreement next month.", "en", false},
		{"fr", "Le ministre des Affaires étrangères a rencontré son homologue mardi dans la capitale et a déclaré que les deux pays signeraient un accord commercial le mois prochain.", "fr", true},
		{"de", "Der Außenminister traf am Dienstag seinen Amtskollegen in der Hauptstadt und sagte, beide Länder würden nächsten Monat ein Handelsabkommen unterzeichnen.", "de", true},
		{"es", "El ministro de Asuntos Exteriores se reunió el martes con su homólogo en la capital y dijo que ambos países firmarán un acuerdo comercial el próximo mes.", "es", true},
		{"pt", "O ministro dos Negócios Estrangeiros reuniu-se na terça-feira com o seu homólogo na capital e disse que os dois países vão assinar um acordo comercial no próximo mês.", "pt", true},
		{"it", "Il ministro degli Esteri ha incontrato martedì il suo omologo nella capitale e ha detto che i due paesi firmeranno un accordo commerciale il mese prossimo.", "it", true},
		{"ru", "Министр иностранных дел во вторник встретился со своим коллегой в столице и заявил, что две страны подпишут торговое соглашение в следующем месяце.", "ru", true},
		{"ar", "التقى وزير الخارجية نظيره في العاصمة يوم الثلاثاء وقال إن البلدين سيوقعان اتفاقية تجارية الشهر المقبل.", "ar", true},
		{"zh", "外交部长周二在首都会见了他的同行，并表示两国将于下个月签署贸易协定。", "zh", true},
		{"ja", "外務大臣は火曜日に首都で相手国の外相と会談し、両国が来月貿易協定に署名すると述べた。", "ja", true},
		// A headline alone is too short to tell: it is coded as English.
		{"headline", "UN: Iran, Israel trade strikes", "", false},
		{"empty", "", "", false},
		{"digits", "2026-11-25 14:00 +0100", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Detect(tt.text)
			if tt.code != "" && (g.Code != tt.code || !g.Sure) {
				t.Errorf("Detect = %+v, want %s and sure", g, tt.code)
			}
			if g.NotEnglish() != tt.notEnglish {
				t.Errorf("NotEnglish = %v, want %v (%+v)", g.NotEnglish(), tt.notEnglish, g)
			}
		})
	}
}

func TestDetectCutsAtRuneBoundary(t *testing.T) {
	// sample-1 ASCII bytes, then a two-byte rune across the cut.
	text := ""
	for len(text) < sample-1 {
		text += "the talks went on "
	}
	text = text[:sample-1] + "é and more"
	if g := Detect(text); g.Code != "en" || !g.Sure {
		t.Errorf("Detect = %+v, want en and sure", g)
	}
}

func BenchmarkDetect(b *testing.B) {
	text := ""
	for len(text) < 8000 {
		text += "The foreign minister met his counterpart in the capital on Tuesday and said the two countries would sign a trade agreement next month. "
	}
	b.SetBytes(sample)
	for b.Loop() {
		Detect(text)
	}
}
