package dev.mms.adapter.rest.auth;

import java.util.Objects;

/**
 * A configured AccessKey pair and the RAM-style policy document that says what it may do. The
 * secret never appears in {@link #toString()}.
 */
public record AccessKey(String id, String secret, String policy) {
  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(policy, "policy");
    if (id.isBlank() || secret.isEmpty()) {
      throw new IllegalArgumentException("an AccessKey needs a non-blank id and a secret");
    }
  }

  @Override
  public String toString() {
    return "AccessKey[id=" + id + ", secret=******]";
  }
}
