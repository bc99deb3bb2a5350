package dev.mms.domain.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of one configuration key of a data-source type, in one language: what
 * ListMmsDataSourceConfigItems returns and what a data source's config is checked against.
 */
public record ConfigItem(
    String key,
    String name,
    String desc,
    ConfigItemType type,
    Optional<String> subType,
    Optional<String> placeHolder,
    boolean required,
    List<String> enums,
    String group,
    Optional<ConfigValue> defaultValue) {
  public ConfigItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(desc, "desc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subType, "subType");
    Objects.requireNonNull(placeHolder, "placeHolder");
    enums = List.copyOf(enums);
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }

  public boolean secret() {
    return type == ConfigItemType.PASSWORD;
  }
}
