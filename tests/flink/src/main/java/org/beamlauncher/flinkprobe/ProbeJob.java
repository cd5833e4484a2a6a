// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
package org.beamlauncher.flinkprobe;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flink job the end-to-end tests find on a real cluster: a slow counting source and an
 * operator that logs "probe-worker line N" through slf4j, so the lines land in the TaskManager's
 * log file, where a Beam Go SDK worker's lines land under Beam's Flink runner.
 *
 * Arguments: --name NAME (default beam-launcher-flink-probe), --lines N (0, the default: run
 * until cancelled), --interval-ms MS between lines (default 200).
 */
public final class ProbeJob {
    public static final String DEFAULT_NAME = "beam-launcher-flink-probe";

    private ProbeJob() {}

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String name = params.get("name", DEFAULT_NAME);
        long lines = params.getLong("lines", 0);
        long intervalMs = params.getLong("interval-ms", 200);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.addSource(new SlowCounter(lines, intervalMs))
                .name("probe-source")
                .map(new LogLine())
                .name("probe-worker")
                .addSink(new DiscardingSink<>())
                .name("probe-sink");
        env.execute(name);
    }

    /** Counts 1, 2, 3, ... one number every intervalMs; stops after `lines` numbers unless 0. */
    static final class SlowCounter implements SourceFunction<Long> {
        private static final long serialVersionUID = 1L;
        private final long lines;
        private final long intervalMs;
        private volatile boolean running = true;

        SlowCounter(long lines, long intervalMs) {
            this.lines = lines;
            this.intervalMs = intervalMs;
        }

        @Override
        public void run(SourceContext<Long> ctx) throws Exception {
            for (long n = 1; running && (lines == 0 || n <= lines); n++) {
                synchronized (ctx.getCheckpointLock()) {
                    ctx.collect(n);
                }
                Thread.sleep(intervalMs);
            }
        }

        @Override
        public void cancel() {
            running = false;
        }
    }

    /** Logs one recognisable line per number, at the TaskManager. */
    static final class LogLine implements MapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;
        private static final Logger LOG = LoggerFactory.getLogger("beam-launcher.probe-worker");

        @Override
        public Long map(Long n) {
            LOG.info("probe-worker line {}", n);
            return n;
        }
    }
}
