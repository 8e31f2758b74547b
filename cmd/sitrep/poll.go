package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	sitrepnats "github.com/sitrep-dev/sitrep/nats"
	"github.com/sitrep-dev/sitrep/poll"
)

func (a *app) pollCommand() *cobra.Command {
	var (
		f                   ingestFlags
		feeds, state, queue string
		every               time.Duration
		once                bool
	)
	cmd := &cobra.Command{
		Use:   "poll --feeds FILE [--every 10m] [--once] [--queue nats://…]",
		Short: "Poll RSS/Atom feeds and queue their new articles for the workers",
		Long: `Fetch every feed listed in FILE (one URL a line; # starts a comment) and publish
each new article to the NATS JetStream queue that 'sitrep worker' consumes.

Feeds are fetched with conditional GET (ETag, If-Modified-Since): the validators
and the articles already seen are kept in a state file (--state, default
FILE.state.json), so an unchanged feed costs one small request, even across
restarts. Articles are published under their content hash, so the same article
from two feeds, or from two pollers, is queued once.

Without --once, polls again every --every until SIGINT or SIGTERM.`,
		Example: `  sitrep poll --feeds feeds.txt --every 10m
  sitrep poll --feeds feeds.txt --once --queue nats://127.0.0.1:4222`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if feeds == "" {
				return usageErrorf("--feeds FILE is required")
			}
			if !once && every <= 0 {
				return usageErrorf("--every %s: want a positive interval", every)
			}
			list, err := os.Open(feeds)
			if err != nil {
				return err
			}
			urls, err := poll.ReadFeeds(list)
			list.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", feeds, err)
			}
			if len(urls) == 0 {
				return usageErrorf("%s lists no feeds", feeds)
			}
			if state == "" {
				state = feeds + ".state.json"
			}
			js, closeQueue, err := connectQueue(queue, "sitrep-poll")
			if err != nil {
				return err
			}
			defer closeQueue()
			if _, err := sitrepnats.Setup(ctx, js, sitrepnats.Config{}); err != nil {
				return err
			}
			p := &poll.Poller{
				Feeds:     urls,
				Publisher: sitrepnats.NewPublisher(js, sitrepnats.Config{}),
				StatePath: state,
				Ingest:    f.options(),
				Log:       a.log,
			}
			if !once {
				fmt.Fprintf(a.stderr, "polling %d feeds every %s into %s\n", len(urls), every, queue)
				return p.Run(ctx, every)
			}
			r, err := p.Poll(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "polled %d feeds (%d unchanged): %d articles, %d queued, %d already queued, %d seen before\n",
				r.Feeds, r.NotModified, r.Articles, r.Published, r.Duplicates, r.Skipped)
			for _, err := range r.Errors {
				fmt.Fprintf(a.stderr, "  %v\n", err)
			}
			if r.Failed > 0 {
				return &exitError{code: exitPartial, err: fmt.Errorf("%d feeds failed", r.Failed)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&feeds, "feeds", "", "file listing feed URLs, one a line")
	cmd.Flags().StringVar(&state, "state", "", "state file for conditional GET (default FILE.state.json)")
	cmd.Flags().StringVar(&queue, "queue", defaultQueue(), "NATS server URL (env SITREP_NATS_URL)")
	cmd.Flags().DurationVar(&every, "every", 10*time.Minute, "time between rounds")
	cmd.Flags().BoolVar(&once, "once", false, "poll once and exit")
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", 32<<20, "largest feed accepted, in bytes")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for fetching one feed")
	cmd.Flags().BoolVar(&f.allowPrivate, "allow-private", false, "allow feeds on loopback and private addresses (testing only)")
	return cmd
}
