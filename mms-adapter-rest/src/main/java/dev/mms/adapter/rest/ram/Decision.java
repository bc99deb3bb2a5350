package dev.mms.adapter.rest.ram;

/** The outcome of evaluating a policy for one action on one resource. */
enum Decision {
  ALLOWED,
  /** A Deny statement matches; it wins over any Allow. */
  EXPLICITLY_DENIED,
  /** No statement allows the request; everything not allowed is denied. */
  NOT_ALLOWED
}
