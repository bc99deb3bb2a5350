/**
 * Inbound ports: one {@code <Verb><Noun>UseCase} per MMS operation, each with its command or query
 * record nested inside and an {@code Either<DomainError, R>} result. Inputs are what a caller
 * received, lightly typed: ids as raw {@code long}s, names and enum values as text, and a required
 * text left empty when it was not given, so that the services report every problem with a
 * message that names it.
 */
package dev.mms.application.port.in;
