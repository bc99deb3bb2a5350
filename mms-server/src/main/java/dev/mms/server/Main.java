package dev.mms.server;

import dev.mms.server.demo.Demo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code mms} command line: {@code serve} runs the server, {@code demo} a whole migration. */
@Command(name = "mms", mixinStandardHelpOptions = true, version = "mms 0.1.0",
    description = "A migration control plane that answers the MaxCompute MMS OpenAPI (2022-01-04).",
    subcommands = {Main.Serve.class, Main.RunDemo.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    var cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("mms: " + e.getMessage());
      return e instanceof ConfigException ? 2 : 1;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options shared by both commands: every one also reads from MMS_* or the config file. */
  static class Settings {
    @Option(names = "--config", paramLabel = "<file>",
        description = "Properties file with any of the settings below (keys without the leading --).")
    Path config;

    @Option(names = "--host", description = "Address to bind (default 127.0.0.1; without access keys only loopback is allowed). Env MMS_HOST.")
    String host;

    @Option(names = "--port", description = "Port to bind; 0 picks a free port, printed at start (default 8080). Env MMS_PORT.")
    String port;

    @Option(names = "--store", description = "JDBC URL of the store (H2, PostgreSQL, MySQL/MariaDB), or 'memory' (default: embedded H2 under ./mms-data). Env MMS_STORE.")
    String store;

    @Option(names = "--store-user", description = "User of the store. Env MMS_STORE_USER.")
    String storeUser;

    @Option(names = "--store-password", description = "Password of the store; prefer env MMS_STORE_PASSWORD.")
    String storePassword;

    @Option(names = "--workers", description = "Worker threads running tasks (default 4). Env MMS_WORKERS.")
    String workers;

    @Option(names = "--per-source-limit", description = "Tasks running at once per data source, across all processes (default 16). Env MMS_PER_SOURCE_LIMIT.")
    String perSourceLimit;

    @Option(names = "--access-keys", paramLabel = "<file>", description = "JSON file of AccessKey pairs and RAM policies; requests must then be signed (ACS3-HMAC-SHA256). Env MMS_ACCESS_KEYS.")
    String accessKeys;

    @Option(names = "--region", description = "Region id in RAM resource names (default cn-hangzhou). Env MMS_REGION.")
    String region;

    @Option(names = "--account", description = "Account id in RAM resource names (default 0). Env MMS_ACCOUNT.")
    String account;

    @Option(names = "--zone", description = "Time zone of times on the wire (default UTC). Env MMS_ZONE.")
    String zone;

    ServerConfig resolve(Map<String, String> overrides) {
      var given = new HashMap<String, String>();
      put(given, "host", host);
      put(given, "port", port);
      put(given, "store", store);
      put(given, "store.user", storeUser);
      put(given, "store.password", storePassword);
      put(given, "workers", workers);
      put(given, "per-source-limit", perSourceLimit);
      put(given, "access-keys", accessKeys);
      put(given, "region", region);
      put(given, "account", account);
      put(given, "zone", zone);
      overrides.forEach(given::putIfAbsent);
      return ConfigSource.of(given, System.getenv(), Optional.ofNullable(config)).serverConfig();
    }

    private static void put(Map<String, String> map, String key, String value) {
      if (value != null) {
        map.put(key, value);
      }
    }
  }

  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = "Run the MMS API server until interrupted (Ctrl-C or SIGTERM stops it gracefully).")
  static final class Serve implements Runnable {
    @CommandLine.Mixin
    Settings settings = new Settings();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      var config = settings.resolve(Map.of());
      var out = spec.commandLine().getOut();
      var runtime = ServerRuntime.start(config);
      var stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        runtime.close();
        stopped.countDown();
      }, "mms-shutdown"));
      out.printf("mms listening on http://%s:%d/api/v1/mms (store: %s, workers: %d)%n",
          config.host(), runtime.port(), describe(config), config.workers());
      if (config.accessKeys().isEmpty()) {
        out.println("No access keys configured: authentication is off, so only loopback addresses are served.");
      }
      out.flush();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Command(name = "demo", mixinStandardHelpOptions = true,
      description = "Build a partitioned H2 source (about a million rows) and an empty H2 destination, "
          + "start a server on an embedded store, and migrate through the HTTP API with "
          + "verification, showing progress, the API's answers and row counts on both sides.")
  static final class RunDemo implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--dir", description = "Working directory of the demo, emptied first (default ./mms-data/demo).")
    Path dir = Path.of("mms-data", "demo");

    @Option(names = "--scale", description = "Size of the source relative to the default million rows (default 1; 0.01 for a quick look).")
    double scale = 1;

    @CommandLine.Mixin
    Settings settings = new Settings();

    @Override
    public Integer call() throws Exception {
      deleteRecursively(dir);
      Files.createDirectories(dir);
      var store = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + "/mms";
      var config = settings.resolve(Map.of("store", store, "port", "0"));
      PrintStream out = System.out;
      try (var runtime = ServerRuntime.start(config)) {
        out.printf("mms demo: server on http://127.0.0.1:%d/api/v1/mms, store %s, %d workers%n",
            runtime.port(), config.store(), config.workers());
        boolean ok = new Demo(runtime.port(), dir, scale, out, System.console() != null).run();
        out.println(ok ? "Demo finished: every count matches." : "Demo finished with mismatches.");
        return ok ? 0 : 1;
      }
    }
  }

  private static String describe(ServerConfig config) {
    if (config.inMemory()) {
      return "in memory";
    }
    var url = config.store();
    int semicolon = url.indexOf(';');
    int query = url.indexOf('?');
    int cut = Stream.of(semicolon, query).filter(i -> i >= 0).min(Integer::compare).orElse(url.length());
    return url.substring(0, cut);
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      var failure = new AtomicReference<IOException>();
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          failure.compareAndSet(null, e);
        }
      });
      if (failure.get() != null) {
        throw new UncheckedIOException("cannot empty " + dir, failure.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + dir, e);
    }
  }
}
