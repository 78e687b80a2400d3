package org.ctpat4j.core.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/** Handing work to another thread, and waiting for it as if it had been done on this one. */
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

  /**
   * Returns an executor that runs each task on a new daemon thread of the given name: for the few long tasks of one
   * run (a pass over a large document, loading reference data), which must not keep the JVM alive.
   *
   * @param name the threads' name
   * @return the executor
   */
  public static Executor onDaemonThread(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      t.start();
    };
  }
}
