package dev.mms.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessKeysFileTest {

  @Test
  void keys_are_read_with_their_policy_documents(@TempDir Path dir) throws Exception {
    var file = dir.resolve("keys.json");
    Files.writeString(file, """
        {"accessKeys": [
          {"id": "LTAIa", "secret": "one", "policy": {"Version": "1", "Statement": []}},
          {"id": "LTAIb", "secret": "two", "policy": {"Version": "1", "Statement": []}}]}
        """);

    var keys = AccessKeysFile.read(file);

    assertThat(keys).extracting(k -> k.id()).containsExactly("LTAIa", "LTAIb");
    assertThat(keys.get(0).policy()).contains("\"Statement\"");
    assertThat(keys.get(0).toString()).doesNotContain("one");
  }

  @Test
  void every_incomplete_key_is_named(@TempDir Path dir) throws Exception {
    var file = dir.resolve("keys.json");
    Files.writeString(file, """
        {"accessKeys": [{"id": "LTAIa", "secret": ""}, {"id": "LTAIb", "secret": "x"}]}
        """);

    assertThatThrownBy(() -> AccessKeysFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("accessKeys[0] needs a non-blank id and secret")
        .hasMessageContaining("accessKeys[1] (LTAIb) needs a policy object");
  }

  @Test
  void a_file_without_keys_is_refused(@TempDir Path dir) throws Exception {
    var file = dir.resolve("keys.json");
    Files.writeString(file, "{}");

    assertThatThrownBy(() -> AccessKeysFile.read(file)).hasMessageContaining("must hold");
  }
}
