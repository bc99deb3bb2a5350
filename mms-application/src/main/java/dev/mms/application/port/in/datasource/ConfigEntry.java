package dev.mms.application.port.in.datasource;

import dev.mms.domain.source.ConfigItem;
import dev.mms.domain.source.ConfigValue;
import java.util.Objects;
import java.util.Optional;

/** One config item of a source with its current value (masked when it is a password), if set. */
public record ConfigEntry(ConfigItem item, Optional<ConfigValue> value) {
  public ConfigEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(value, "value");
  }
}
