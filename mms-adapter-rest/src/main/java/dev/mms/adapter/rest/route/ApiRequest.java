package dev.mms.adapter.rest.route;

import dev.mms.adapter.rest.wire.QueryParams;
import java.util.Objects;

/**
 * What an endpoint gets of an authenticated, authorized request: its route (operation and path
 * ids), its decoded query and its body bytes (de-chunked, within the size limit, possibly empty).
 */
public record ApiRequest(RouteMatch route, QueryParams query, byte[] body) {
  public ApiRequest {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
  }

  public long id(String name) {
    return route.id(name);
  }
}
