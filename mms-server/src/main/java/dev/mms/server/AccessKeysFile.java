package dev.mms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.adapter.rest.auth.AccessKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the AccessKey pairs and their RAM-style policies:
 * {@code {"accessKeys":[{"id":"…","secret":"…","policy":{"Version":"1","Statement":[…]}}]}}.
 */
final class AccessKeysFile {
  private AccessKeysFile() {}

  static List<AccessKey> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(List.of("cannot read access keys from " + file + ": " + e.getMessage()));
    }
    var problems = new ArrayList<String>();
    var keys = new ArrayList<AccessKey>();
    var list = root == null ? null : root.get("accessKeys");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new ConfigException(List.of(file + " must hold {\"accessKeys\": [ {\"id\", \"secret\", \"policy\"}, … ]}"));
    }
    for (int i = 0; i < list.size(); i++) {
      var entry = list.get(i);
      var id = entry.path("id").asText("");
      var secret = entry.path("secret").asText("");
      var policy = entry.get("policy");
      if (id.isBlank() || secret.isBlank()) {
        problems.add("accessKeys[" + i + "] needs a non-blank id and secret");
      } else if (policy == null || !policy.isObject()) {
        problems.add("accessKeys[" + i + "] (" + id + ") needs a policy object with a Statement list");
      } else {
        keys.add(new AccessKey(id, secret, policy.toString()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return keys;
  }
}
