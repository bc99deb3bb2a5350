package dev.mms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command, at one percent of its size: it must finish with verified counts. */
class DemoTest {

  @Test
  void the_demo_migrates_through_the_api_and_every_count_matches(@TempDir Path dir) {
    int exit = Main.commandLine().execute("demo", "--dir", dir.toString(), "--scale", "0.01",
        "--workers", "2");

    assertThat(exit).isZero();
  }
}
