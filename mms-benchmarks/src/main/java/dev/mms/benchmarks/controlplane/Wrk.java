package dev.mms.benchmarks.controlplane;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * HTTP load from a separate process: runs {@code wrk} against a loopback URL for a bounded time
 * and reads its request rate and latency percentiles.
 */
final class Wrk {
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
  private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$");
  private static final Pattern NON_2XX =
      Pattern.compile("^\\s*Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in");

  /** What one wrk run measured; latencies in milliseconds. */
  record Result(double requestsPerSecond, long requests, long errors, double p50, double p90,
      double p99) {
    String line() {
      return String.format(Locale.ROOT, "%,10.0f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms"
          + "  %,9d requests%s", requestsPerSecond, p50, p90, p99, requests,
          errors == 0 ? "" : "  " + errors + " NOT 2xx");
    }
  }

  private final int threads;
  private final int connections;
  private final int seconds;

  Wrk(int threads, int connections, int seconds) {
    this.threads = threads;
    this.connections = connections;
    this.seconds = seconds;
  }

  Result run(String url) throws IOException, InterruptedException {
    if (!url.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException("load goes to 127.0.0.1 only: " + url);
    }
    var process = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections,
        "-d" + seconds + "s", "--timeout", "10s", "--latency", url)
        .redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
    }
    double rate = 0;
    long requests = 0;
    long errors = 0;
    var percentiles = new ArrayList<Double>(List.of(0.0, 0.0, 0.0));
    for (var line : output.split("\n")) {
      var p = PERCENTILE.matcher(line);
      if (p.matches()) {
        double value = Double.parseDouble(p.group(2)) * switch (p.group(3)) {
          case "us" -> 0.001;
          case "s" -> 1000.0;
          default -> 1.0;
        };
        switch (p.group(1)) {
          case "50" -> percentiles.set(0, value);
          case "90" -> percentiles.set(1, value);
          case "99" -> percentiles.set(2, value);
          default -> { }
        }
      }
      var r = RATE.matcher(line);
      if (r.matches()) {
        rate = Double.parseDouble(r.group(1));
      }
      var n = NON_2XX.matcher(line);
      if (n.find()) {
        errors = Long.parseLong(n.group(1));
      }
      var q = REQUESTS.matcher(line);
      if (q.find()) {
        requests = Long.parseLong(q.group(1));
      }
    }
    return new Result(rate, requests, errors, percentiles.get(0), percentiles.get(1),
        percentiles.get(2));
  }
}
