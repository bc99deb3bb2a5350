/**
 * Names of things a user creates or a catalog holds, as value types: a blank, oversized or
 * control-character name is unrepresentable.
 */
package dev.mms.domain.name;
