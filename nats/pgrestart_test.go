package nats

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/postgres"
)

// pgCluster is a PostgreSQL cluster of the test's own, made with the binaries that
// .ci/postgres.sh found (SITREP_PG_BIN): the restart test stops its server, which
// it must not do to the one that other packages' tests share.
type pgCluster struct {
	t    testing.TB
	bin  string
	dir  string // holds data/, the log and the socket
	port int
	as   []string // runuser prefix when running as root
}

func startCluster(t testing.TB) *pgCluster {
	t.Helper()
	bin := os.Getenv("SITREP_PG_BIN")
	if bin == "" {
		t.Skip("SITREP_PG_BIN not set: source .ci/postgres.sh, which finds (or installs) the PostgreSQL binaries")
	}
	dir, err := os.MkdirTemp("", "sitrep-pgrestart-")
	if err != nil {
		t.Fatal(err)
	}
	c := &pgCluster{t: t, bin: bin, dir: dir}
	t.Cleanup(func() {
		c.pgctl("stop", "-m", "immediate")
		os.RemoveAll(dir)
	})
	if os.Getuid() == 0 {
		// initdb and postgres refuse to run as root; .ci/postgres.sh creates the
		// postgres user when it is missing.
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skipf("running as root with no postgres user to run the server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		if err := os.Chown(dir, uid, -1); err != nil {
			t.Fatal(err)
		}
		c.as = []string{"runuser", "-u", "postgres", "--"}
	}
	if err := c.run(filepath.Join(bin, "initdb"), "-D", filepath.Join(dir, "data"), "-U", "sitrep",
		"--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c.port = ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	c.start()
	return c
}

// run runs a PostgreSQL binary as the server's owner.
func (c *pgCluster) run(args ...string) error {
	args = append(append([]string(nil), c.as...), args...)
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %w\n%s", args, err, out)
	}
	return nil
}

func (c *pgCluster) pgctl(args ...string) error {
	base := []string{filepath.Join(c.bin, "pg_ctl"), "-D", filepath.Join(c.dir, "data"), "-w", "-t", "60"}
	return c.run(append(base, args...)...)
}

// start starts the server on its port, the same each time, as a restarted server
// comes back where the workers expect it.
func (c *pgCluster) start() {
	c.t.Helper()
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -c unix_socket_directories=%s -c fsync=off", c.port, c.dir)
	if err := c.pgctl("-l", filepath.Join(c.dir, "server.log"), "-o", opts, "start"); err != nil {
		c.t.Fatal(err)
	}
}

// stop stops the server at once, as a crash or a kill does: open connections
// break, and no checkpoint is written.
func (c *pgCluster) stop() {
	c.t.Helper()
	if err := c.pgctl("stop", "-m", "immediate"); err != nil {
		c.t.Fatal(err)
	}
}

func (c *pgCluster) url() string {
	return fmt.Sprintf("postgres://sitrep@127.0.0.1:%d/postgres?sslmode=disable", c.port)
}

// slowAnalyzer takes a while per article, so that the run is still going when the
// server stops.
type slowAnalyzer struct {
	testAnalyzer
	delay time.Duration
}

func (a *slowAnalyzer) Analyze(d *sitrep.Document) *sitrep.Analysis {
	time.Sleep(a.delay)
	return a.testAnalyzer.Analyze(d)
}

// TestPostgresRestartedMidRun stops PostgreSQL while two workers are busy and
// starts it again a moment later. The workers must return what they held to the
// queue and wait for the store, probing it with backoff, rather than spend the
// articles' attempts (MaxDeliver is 2, so two failed attempts would dead-letter an
// article); then resume, and every article's events exist exactly once.
func TestPostgresRestartedMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: skipping the PostgreSQL restart test")
	}
	pg := startCluster(t)
	ctx := context.Background()
	ts := startServer(t)
	js := connect(t, ts.url())
	cfg := Config{MaxDeliver: 2, Backoff: []time.Duration{50 * time.Millisecond, 100 * time.Millisecond, 200 * time.Millisecond}}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	const n = 40
	publishAll(t, NewPublisher(js, cfg), 0, n)

	db, err := postgres.Open(ctx, pg.url(), postgres.Options{NearDuplicate: ingest.NearDuplicateThreshold})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := &Metrics{}
	stop := runWorker(t, &Worker{JS: js, Config: cfg, Store: db, Analyzer: &slowAnalyzer{delay: 40 * time.Millisecond},
		Concurrency: 2, Metrics: m})

	waitFor(t, 30*time.Second, "a few articles analysed", func() bool { return m.Processed.Load() >= 5 })
	pg.stop()
	stoppedAt := m.Processed.Load()
	// Long enough for every in-flight article to fail and for several probes.
	time.Sleep(1500 * time.Millisecond)
	if m.Failed.Load() == 0 {
		t.Fatal("no attempt failed while the store was down: the outage was not exercised")
	}
	pg.start()
	t.Logf("stopped after %d articles; %d failed attempts during the outage", stoppedAt, m.Failed.Load())

	waitFor(t, 60*time.Second, "all articles analysed after the restart", func() bool {
		ok, err := db.Analyzed(ctx, "art-000")
		return err == nil && ok && analysed(t, db, n) == n
	})
	waitFor(t, 30*time.Second, "queue drained", func() bool {
		qs, err := Status(ctx, js, cfg)
		return err == nil && qs.Messages == 0 && qs.InFlight == 0
	})
	stop()

	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(evs), expectedEvents(n); got != want {
		t.Errorf("%d events stored, want %d: each article's events exactly once", got, want)
	}
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != n {
		t.Errorf("%d documents, want %d", len(docs), n)
	}
	if dl := m.DeadLettered.Load(); dl != 0 {
		t.Errorf("%d articles dead-lettered: a store outage must not use up their attempts", dl)
	}
	if dead := deadLetters(t, js, cfg); len(dead) != 0 {
		t.Errorf("%d dead letters in the stream, want none", len(dead))
	}
}

// TestProbeDelay: probes of a store that is down back off from the first retry
// delay, doubling, up to a cap that a longer first delay raises.
func TestProbeDelay(t *testing.T) {
	ms := time.Millisecond
	for _, tc := range []struct {
		first time.Duration
		want  []time.Duration // after probes 1, 2, 3, …
	}{
		{time.Second, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second}},
		{50 * ms, []time.Duration{50 * ms, 100 * ms, 200 * ms, 400 * ms}},
		{20 * time.Second, []time.Duration{20 * time.Second, 20 * time.Second}},
	} {
		cfg := Config{Backoff: []time.Duration{tc.first, time.Hour}}.withDefaults()
		for i, want := range tc.want {
			if got := probeDelay(cfg, i+1); got != want {
				t.Errorf("first delay %s, probe %d: %s, want %s", tc.first, i+1, got, want)
			}
		}
	}
}
