package dev.mms.adapter.jdbc.store;

import dev.mms.adapter.jdbc.store.TestDatabases.Kind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a test class (and its nested classes) on one database: skipped with a message saying how to
 * enable it when the database is unreachable, unless {@code MMS_REQUIRE_DATABASES=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnDatabase.Reachable.class)
public @interface OnDatabase {
  Kind value();

  /** Disables the tests of an unreachable database. */
  final class Reachable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
        var on = AnnotationSupport.findAnnotation(c, OnDatabase.class);
        if (on.isPresent()) {
          return TestDatabases.skipReason(on.get().value())
              .map(ConditionEvaluationResult::disabled)
              .orElseGet(() -> ConditionEvaluationResult.enabled(on.get().value() + " is reachable"));
        }
      }
      return ConditionEvaluationResult.enabled("no database asked for");
    }
  }
}
