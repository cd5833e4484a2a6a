//go:build tools

// Package beamtools pins the Beam runner-side programs used by the
// end-to-end tests: prism (Beam's local portable runner / job server) and
// boot (the Go SDK harness container entry point that Prism's PROCESS
// environment runs). Nothing imports this package; the blank imports only
// keep the modules in go.mod and go.sum, so that
//
//	go build -o DIR/prism github.com/apache/beam/sdks/v2/go/cmd/prism
//	go build -o DIR/boot  github.com/apache/beam/sdks/v2/go/container
//
// run from this folder build the pinned versions.
package beamtools

import (
	_ "github.com/apache/beam/sdks/v2/go/cmd/prism"
	_ "github.com/apache/beam/sdks/v2/go/container"
)
