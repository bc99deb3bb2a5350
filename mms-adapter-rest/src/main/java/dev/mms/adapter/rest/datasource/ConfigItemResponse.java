package dev.mms.adapter.rest.datasource;

import java.util.List;

/**
 * A config item (wire reference §7.2): a key of a source type with its description and, for a
 * source, its current value (for a type, its default).
 */
record ConfigItemResponse(
    String key,
    String name,
    String desc,
    String type,
    String subType,
    String placeHolder,
    boolean required,
    List<String> enums,
    String group,
    Object value) {}
