package dev.mms.benchmarks.controlplane;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * The same queries straight to PostgreSQL from {@code pgbench}, a separate process on loopback:
 * what the database alone answers per second, for comparison with an endpoint that runs them.
 */
final class PgBench {
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");

  private final String host;
  private final String user;
  private final String database;

  PgBench(String jdbcUrl, String user) {
    var rest = jdbcUrl.substring("jdbc:postgresql://".length());
    this.host = rest.substring(0, rest.indexOf(':'));
    if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
      throw new IllegalArgumentException("pgbench goes to a loopback PostgreSQL only: " + host);
    }
    this.user = user;
    this.database = rest.substring(rest.indexOf('/') + 1).replaceFirst("\\?.*", "");
  }

  /** Transactions per second of {@code script} with {@code clients} for {@code seconds}. */
  double tps(String script, int clients, int seconds) throws IOException, InterruptedException {
    var file = Files.createTempFile("mms-bench", ".sql");
    try {
      Files.writeString(file, script);
      var process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c",
          Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-h", host,
          "-U", user, "-f", file.toString(), database)
          .redirectErrorStream(true).start();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("pgbench failed:\n" + output);
      }
      var m = TPS.matcher(output);
      if (!m.find()) {
        throw new IllegalStateException("no tps in pgbench output:\n" + output);
      }
      return Double.parseDouble(m.group(1));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
