// Package nobody lets a test that needs read-only files to be read-only run
// without root's right to write anywhere: run by root, it runs the test
// again as the user nobody.
package nobody

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// envUnprivileged marks a test binary run by Rerun.
const envUnprivileged = "PARLEY_TEST_UNPRIVILEGED"

// Rerun makes the calling test run without root's right to write
// anywhere, so that read-only files and folders are read-only to it. Run
// by root, it runs the test again in a child process as the user nobody
// and reports whether the caller should return (the child has run the
// test, and its failure is this test's). Run by anyone else it does
// nothing and returns false.
func Rerun(t *testing.T) bool {
	t.Helper()
	if os.Getuid() != 0 || os.Getenv(envUnprivileged) != "" {
		return false
	}
	dir, err := os.MkdirTemp("", "parley-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o755)
	bin := filepath.Join(dir, "test")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err == nil {
		_, err = io.Copy(dst, src)
		dst.Close()
	}
	src.Close()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), envUnprivileged+"=1", "HOME="+dir, "TMPDIR=/tmp")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	t.Logf("ran as nobody:\n%s", out)
	return true
}
