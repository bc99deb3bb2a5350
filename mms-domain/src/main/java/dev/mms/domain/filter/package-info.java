/**
 * The partition-filter language of job configs: a hand-written lexer and parser into a sealed
 * expression tree, its canonical printer, the semantic check against a table's partition columns
 * and the fast evaluation of a checked filter over partition specs.
 */
package dev.mms.domain.filter;
