package org.ctpat4j.core.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, as if it had been done on this one. */
public final class Tasks {

  private Tasks() {}

  /**
   * Waits for a task and returns its result; what the task threw is thrown here as it was thrown (a checked exception,
   * which the tasks of this library do not throw, is wrapped).
   *
   * @param task the task; never null
   * @param what what the task does, for the message of an interruption (for example "reading the dossier")
   * @param <T> the result's type
   * @return the task's result
   * @throws IllegalStateException if this thread is interrupted while it waits (its interrupt flag is set again)
   */
  public static <T> T await(Future<T> task, String what) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
