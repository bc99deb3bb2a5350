package dev.mms.domain.source;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import io.vavr.control.Validation;

/** Language of config-item descriptions ({@code lang}); zh_CN is the MMS default. */
public enum Language {
  zh_CN,
  en_US;

  public static Validation<DomainError, Language> of(String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.valid(zh_CN);
    }
    for (var l : values()) {
      if (l.name().equalsIgnoreCase(raw.trim().replace('-', '_'))) {
        return Validation.valid(l);
      }
    }
    return Validation.invalid(new InvalidValue("lang", "expected zh_CN or en_US, got '" + raw + "'"));
  }
}
