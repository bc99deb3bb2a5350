package dev.mms.adapter.rest.ram;

import dev.mms.adapter.rest.error.Problem;
import dev.mms.adapter.rest.route.RouteMatch;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether an authenticated AccessKey may run the operation a request addresses. The action
 * is {@code odps:<Operation>}; the resource is {@code
 * acs:odps:<region>:<account>:mmsdatasource/<sourceId>} for operations on one data source and
 * {@code *} for the others (CreateMmsDataSource, ListMmsDataSources, ListMmsDataSourceConfigItems),
 * as the RAM documentation of MMS states.
 */
public final class Authorizer {
  private final Map<String, Policy> policies;
  private final String region;
  private final String accountId;

  public Authorizer(Map<String, Policy> policies, String region, String accountId) {
    this.policies = Map.copyOf(policies);
    this.region = Objects.requireNonNull(region, "region");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
  }

  public Either<Problem, RouteMatch> authorize(String accessKeyId, RouteMatch route) {
    var action = route.operation().action();
    var resource = resource(route);
    var policy = policies.get(accessKeyId);
    var decision = policy == null ? Decision.NOT_ALLOWED : policy.decide(action, resource);
    return switch (decision) {
      case ALLOWED -> Either.right(route);
      case EXPLICITLY_DENIED ->
          Either.left(Problem.forbidden(action, resource, "an explicit Deny applies"));
      case NOT_ALLOWED ->
          Either.left(Problem.forbidden(action, resource, "no policy statement allows it"));
    };
  }

  /** The RAM resource name a request acts on. */
  String resource(RouteMatch route) {
    return route
        .sourceId()
        .map(id -> "acs:odps:" + region + ":" + accountId + ":mmsdatasource/" + id)
        .getOrElse("*");
  }
}
