package dev.mms.domain.source;

/** Value type of a config item, with the lower-case wire names of MMS. */
public enum ConfigItemType {
  STRING("string"),
  INT("int"),
  BOOLEAN("boolean"),
  MAP("map"),
  LIST("list"),
  PASSWORD("password"),
  FILE("file");

  private final String wireName;

  ConfigItemType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
