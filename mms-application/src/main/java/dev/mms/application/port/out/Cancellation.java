package dev.mms.application.port.out;

/** Asked often by a running phase: once true (lease lost, job stopped), stop at the next safe point. */
@FunctionalInterface
public interface Cancellation {
  boolean cancelled();
}
