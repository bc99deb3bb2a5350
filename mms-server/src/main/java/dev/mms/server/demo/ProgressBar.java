package dev.mms.server.demo;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place on a terminal, printed as plain lines otherwise. */
final class ProgressBar {
  private static final int WIDTH = 40;

  private final PrintStream out;
  private final boolean inPlace;
  private String last = "";

  ProgressBar(PrintStream out, boolean inPlace) {
    this.out = out;
    this.inPlace = inPlace;
  }

  void show(long done, long total, String detail) {
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    var line = String.format("[%s%s] %3d%% %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
        total == 0 ? 100 : 100 * done / total, detail);
    if (line.equals(last)) {
      return;
    }
    last = line;
    if (inPlace) {
      out.print("\r" + line + "   ");
    } else {
      out.println(line);
    }
    out.flush();
  }

  void finish() {
    if (inPlace) {
      out.println();
    }
  }
}
