package dev.mms.benchmarks.controlplane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of local processes, from {@code /proc/<pid>/stat} (user plus system time, in clock
 * ticks of 10 ms): how much the PostgreSQL backends serving a run worked. A process that has gone
 * counts nothing.
 */
final class BackendCpu {
  private static final long NANOS_PER_TICK = 10_000_000L;

  private BackendCpu() {}

  static long nanos(List<Long> pids) {
    long ticks = 0;
    for (long pid : pids) {
      try {
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException e) {
        // the backend ended: it adds nothing more
      }
    }
    return ticks * NANOS_PER_TICK;
  }
}
