package nats

import (
	"fmt"
	"os"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Embedded is a nats-server with JetStream running inside this process, for the
// embedded mode (`sitrep ingest --workers N`): the same stream, publisher and
// workers as a scaled-out deployment, with no server to install. It listens on no
// port; clients connect in-process. Its streams live in a temporary directory that
// Close removes.
type Embedded struct {
	srv *server.Server
	dir string
}

// StartEmbedded starts the server and waits until it accepts connections.
func StartEmbedded() (*Embedded, error) {
	dir, err := os.MkdirTemp("", "sitrep-queue-")
	if err != nil {
		return nil, fmt.Errorf("embedded queue: %w", err)
	}
	srv, err := server.NewServer(&server.Options{
		ServerName: "sitrep-embedded",
		JetStream:  true,
		StoreDir:   dir,
		DontListen: true,
		NoLog:      true,
		NoSigs:     true,
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("embedded queue: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		os.RemoveAll(dir)
		return nil, fmt.Errorf("embedded queue: not ready after 30s")
	}
	return &Embedded{srv: srv, dir: dir}, nil
}

// Connect opens an in-process connection to the server; close it before Close.
func (e *Embedded) Connect(name string) (*natsgo.Conn, jetstream.JetStream, error) {
	nc, err := natsgo.Connect("", natsgo.Name(name), natsgo.InProcessServer(e.srv))
	if err != nil {
		return nil, nil, fmt.Errorf("embedded queue: %w", err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("embedded queue: %w", err)
	}
	return nc, js, nil
}

// Close stops the server and removes its directory.
func (e *Embedded) Close() error {
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
	return os.RemoveAll(e.dir)
}
