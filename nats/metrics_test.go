package nats

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

func TestMetricsExposition(t *testing.T) {
	m := &Metrics{}
	m.Processed.Add(3)
	m.Failed.Add(2)
	m.DeadLettered.Add(1)
	m.InFlight.Add(1)
	for _, d := range []time.Duration{2 * time.Millisecond, 40 * time.Millisecond, 3 * time.Second} {
		m.Observe(StageAnalyze, d)
	}
	m.Observe(StageStore, 500*time.Microsecond)

	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	got := rec.Body.String()
	const golden = "testdata/metrics.golden"
	if os.Getenv("UPDATE_GOLDEN") != "" {
		os.WriteFile(golden, []byte(got), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("metrics differ from %s (UPDATE_GOLDEN=1 to rewrite):\n%s", golden, got)
	}
}

func FuzzDecode(f *testing.F) {
	data, _ := json.Marshal(article(1, ""))
	f.Add(data)
	f.Add([]byte(`{"id":"x","text":"Hello."}`))
	f.Add([]byte(`{"text":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decode(data)
		if err != nil {
			return
		}
		if d.Hash == "" || d.ID == "" {
			t.Errorf("decoded document without hash or id: %+v", d)
		}
	})
}
