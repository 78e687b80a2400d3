package org.ctpat4j.samples.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether the process talks to a person at a terminal. */
final class Terminal {

  private Terminal() {}

  /**
   * Returns whether the JVM runs on an interactive terminal. Up to JDK 21 {@link System#console()} is non-null
   * exactly when standard input and output are a terminal; from JDK 22 it may be non-null even when they are
   * redirected, and {@code Console.isTerminal()} (looked up reflectively, the build targets 17) gives the answer.
   *
   * @return {@code true} on an interactive terminal
   */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
