package importer

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetchURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte("<html><head><title>T</title></head><body><p>caf\xe9 \x93quoted\x94 statement</p></body></html>"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/article", http.StatusFound) })
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Plain statement.\r\n\r\nSecond."))
	})
	mux.HandleFunc("/doc.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(textPDF([][][]string{{{"PDF statement."}}}))
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := []byte(strings.Repeat("a", 1<<20))
		for i := 0; i <= MaxBytes>>20; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	d, err := FetchURL(context.Background(), srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "café “quoted” statement" || d.URL != srv.URL+"/article" || d.Title != "T" || d.Encoding != "windows-1252" {
		t.Errorf("FetchURL = %+v", d)
	}
	if d, err := FetchURL(context.Background(), srv.URL+"/plain"); err != nil || d.Text != "Plain statement.\n\nSecond." {
		t.Errorf("plain = %q, %v", d.Text, err)
	}
	if d, err := FetchURL(context.Background(), srv.URL+"/doc.pdf"); err != nil || d.Text != "PDF statement." {
		t.Errorf("pdf = %q, %v", d.Text, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	for _, tc := range []struct {
		ctx  context.Context
		url  string
		err  error
		says string
	}{
		{context.Background(), "file:///etc/passwd", ErrURL, "http://"},
		{context.Background(), "ftp://example.org/x", ErrURL, "http://"},
		{context.Background(), "not a url", ErrURL, "http://"},
		{context.Background(), srv.URL + "/image", ErrContentType, "image/png"},
		{context.Background(), srv.URL + "/missing", ErrFetch, "404"},
		{context.Background(), srv.URL + "/huge", ErrTooLarge, "20 MB"},
		{ctx, srv.URL + "/slow", ErrTimeout, "did not answer"},
	} {
		_, err := FetchURL(tc.ctx, tc.url)
		if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("FetchURL(%s) error = %v, want %v saying %q", tc.url, err, tc.err, tc.says)
		}
	}
}
