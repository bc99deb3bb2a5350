/**
 * Authentication as the Alibaba Cloud SDKs sign requests: ACS3-HMAC-SHA256 over the canonical
 * request, checked against the configured AccessKey pairs, with the {@code x-acs-date} window and
 * one-time nonces that stop replays.
 */
package dev.mms.adapter.rest.auth;
