package dev.mms.adapter.rest.ram;

import java.util.List;
import java.util.Objects;

/** One statement of a policy: its effect on the actions and resources its patterns match. */
record Statement(Effect effect, List<Glob> actions, List<Glob> resources) {
  Statement {
    Objects.requireNonNull(effect, "effect");
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
  }

  boolean covers(String action, String resource) {
    return actions.stream().anyMatch(a -> a.matches(action))
        && resources.stream().anyMatch(r -> r.matches(resource));
  }
}
