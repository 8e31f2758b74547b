package poll

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// State is what the poller remembers between rounds, per feed URL.
type State struct {
	Feeds map[string]*FeedState `json:"feeds"`
}

// FeedState holds a feed's validators for conditional GET and the hashes of the
// articles it carried last time, so that an updated feed publishes only its new
// articles.
type FeedState struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Seen         []string  `json:"seen,omitempty"`
	Checked      time.Time `json:"checked,omitzero"`
}

func (s *State) feed(u string) *FeedState {
	if s.Feeds == nil {
		s.Feeds = map[string]*FeedState{}
	}
	fs := s.Feeds[u]
	if fs == nil {
		fs = &FeedState{}
		s.Feeds[u] = fs
	}
	return fs
}

// LoadState reads a state file; a missing file is an empty state.
func LoadState(path string) (*State, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &State{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read poll state: %w", err)
	}
	return parseState(data, path)
}

func parseState(data []byte, path string) (*State, error) {
	var s State
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("read poll state %s: %w", path, err)
	}
	for u, f := range s.Feeds {
		if f == nil {
			delete(s.Feeds, u)
		}
	}
	return &s, nil
}

// Save writes the state atomically (a temporary file renamed over the old one), so
// a poller killed while saving leaves the previous state, never half of one.
func (s *State) Save(path string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("save poll state: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".poll-state-*")
	if err != nil {
		return fmt.Errorf("save poll state: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("save poll state: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save poll state: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("save poll state: %w", err)
	}
	return nil
}

// ReadFeeds reads a feed list: one http(s) URL a line; blank lines and lines
// starting with # are ignored, and a URL listed twice is polled once. A line that
// is not an http(s) URL is an error naming its line number.
func ReadFeeds(r io.Reader) ([]string, error) {
	var feeds []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("line %d: %q is not an http(s) URL", n, line)
		}
		if !seen[line] {
			seen[line] = true
			feeds = append(feeds, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read feed list: %w", err)
	}
	return feeds, nil
}
