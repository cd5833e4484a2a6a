// Command wordcount is the Beam Launcher sample pipeline.
//
// It reads the lines of --input, splits them into words, counts each word
// and writes one "word: count" line per distinct word to --output.
//
// The same source builds both binaries the launcher needs: the host
// "launcher" (submits the job) and the linux/amd64 "worker" (runs on the
// runner; beam.Init turns it into an SDK harness when given --worker).
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"regexp"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	// Registers the local file system ("/path" and "file://" names) for textio.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "", "text file to read (required)")
	output = flag.String("output", "", "file to write the counts to (required)")
)

var wordPattern = regexp.MustCompile(`[A-Za-z']+`)

// splitWords emits every word of a line.
func splitWords(line string, emit func(string)) {
	for _, w := range wordPattern.FindAllString(line, -1) {
		emit(w)
	}
}

// formatCount turns a (word, count) pair into one output line.
func formatCount(word string, count int) string {
	return fmt.Sprintf("%s: %d", word, count)
}

func init() {
	// Registration lets the worker find the functions without reflection
	// over the whole binary.
	register.Function2x0(splitWords)
	register.Emitter1[string]()
	register.Function2x1(formatCount)
}

func main() {
	flag.Parse()
	// Must come right after flag parsing: on a worker it never returns.
	beam.Init()

	if *input == "" || *output == "" {
		log.Fatal("both --input and --output are required")
	}

	p, s := beam.NewPipelineWithRoot()
	lines := textio.Read(s, *input)
	words := beam.ParDo(s, splitWords, lines)
	counted := stats.Count(s, words)
	formatted := beam.ParDo(s, formatCount, counted)
	textio.Write(s, *output, formatted)

	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
