package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	sitrephttp "github.com/sitrep-dev/sitrep/http"
	"github.com/sitrep-dev/sitrep/pipeline"
)

func (a *app) serveCommand() *cobra.Command {
	var addr, token string
	cmd := &cobra.Command{
		Use:   "serve [--db FILE] [--addr 127.0.0.1:8080] [--token TOKEN]",
		Short: "Serve the JSON API over the store",
		Long: `Serve sitrep's JSON API over the store: events with filters, actors, documents
with every highlighted span, dyad timelines, search and exports. The description
is at /api/openapi.json.

The server is read-only unless --token (or SITREP_TOKEN) is set; then
POST /api/ingest with "Authorization: Bearer TOKEN" ingests and codes the body.
It listens on loopback by default; give --addr 0.0.0.0:8080 to expose it.`,
		Example: `  sitrep serve --db news.db
  curl 'http://127.0.0.1:8080/api/events?dyad=USA,SYR&sort=date'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if token == "" {
				token = os.Getenv("SITREP_TOKEN")
			}
			db, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			var an *pipeline.Analyzer
			if token != "" {
				if an, err = a.analyzer(); err != nil {
					return err
				}
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			srv := &http.Server{
				Handler:           (&sitrephttp.Server{Store: db, Analyzer: an, Token: token, Log: a.log}).Handler(),
				ReadHeaderTimeout: 10 * time.Second,
			}
			fmt.Fprintf(a.stderr, "serving %s on http://%s/api/ (ingest %s)\n", a.dbPath, ln.Addr(), map[bool]string{true: "enabled", false: "disabled"}[token != ""])
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
				shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
					return err
				}
				return nil
			}
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&token, "token", "", "enable POST /api/ingest for this bearer token (env SITREP_TOKEN)")
	return cmd
}
