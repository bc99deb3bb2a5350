package dev.mms.adapter.rest.ram;

/** What a statement does to the requests it matches. */
enum Effect {
  Allow,
  Deny
}
