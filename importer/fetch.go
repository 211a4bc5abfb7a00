package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// FetchTimeout is how long FetchURL waits for a page, all told.
const FetchTimeout = 15 * time.Second

// Errors of fetching a page.
var (
	ErrURL         = errors.New("only web addresses that start with http:// or https:// can be fetched")
	ErrFetch       = errors.New("the page could not be fetched")
	ErrTimeout     = fmt.Errorf("the page did not answer within %d seconds", int(FetchTimeout/time.Second))
	ErrContentType = errors.New("the address serves something Parley cannot read (not a web page, text, PDF or Word document)")
)

// FetchURL downloads the page or document at rawURL, only when the reader
// asks for it, and imports it like a file: at most MaxBytes, within
// FetchTimeout (or ctx's deadline if sooner), http and https only, and
// only content types Parley reads.
func FetchURL(ctx context.Context, rawURL string) (Doc, error) {
	d, err := fetch(ctx, rawURL)
	if err != nil {
		return Doc{}, fmt.Errorf("cannot fetch %s: %w", rawURL, err)
	}
	return d, nil
}

func fetch(ctx context.Context, rawURL string) (Doc, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Doc{}, ErrURL
	}
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Doc{}, ErrURL
	}
	req.Header.Set("User-Agent", "Parley (a reader comparing statements)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain,text/markdown,application/pdf;q=0.9,*/*;q=0.1")
	client := &http.Client{CheckRedirect: func(r *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return errors.New("too many redirects")
		}
		if r.URL.Scheme != "http" && r.URL.Scheme != "https" {
			return ErrURL
		}
		return nil
	}}
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Doc{}, ErrTimeout
		}
		if errors.Is(err, ErrURL) {
			return Doc{}, err
		}
		return Doc{}, fmt.Errorf("%w (%v)", ErrFetch, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Doc{}, fmt.Errorf("%w: the server answered %s", ErrFetch, resp.Status)
	}
	if resp.ContentLength > MaxBytes {
		return Doc{}, ErrTooLarge
	}
	ct := resp.Header.Get("Content-Type")
	media, _, _ := mime.ParseMediaType(ct)
	format := ""
	switch media {
	case "text/html", "application/xhtml+xml":
		format = "html"
	case "text/plain":
		format = "text"
	case "text/markdown", "text/x-markdown":
		format = "markdown"
	case "application/pdf":
		format = "pdf"
	case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		format = "docx"
	default:
		return Doc{}, fmt.Errorf("%w: it is %q", ErrContentType, media)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxBytes+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Doc{}, ErrTimeout
		}
		return Doc{}, fmt.Errorf("%w (%v)", ErrFetch, err)
	}
	if len(b) > MaxBytes {
		return Doc{}, ErrTooLarge
	}
	if format == "pdf" && sniff(b) != "pdf" {
		return Doc{}, fmt.Errorf("%w: it is served as a PDF but is not one", ErrMismatch)
	}
	d, err := Options{}.importFormat(format, b, ct)
	if err != nil {
		return Doc{}, err
	}
	d.Name = resp.Request.URL.String()
	if d.URL == "" {
		d.URL = d.Name
	}
	return d, nil
}
