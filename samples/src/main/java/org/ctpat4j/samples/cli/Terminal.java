package org.ctpat4j.samples.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether a person watches the standard error stream, where progress goes. */
final class Terminal {

  /** Linux: the file behind descriptor 2 (stderr). */
  private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /**
   * Returns whether stderr is an interactive terminal. On Linux the target of {@code /proc/self/fd/2} answers exactly
   * (a {@code /dev/pts/N} or {@code /dev/ttyN} device), so {@code ctpat4j assess d.json > report.json} still shows
   * progress. Elsewhere the answer comes from {@link System#console()}, which up to JDK 21 is non-null exactly when
   * stdin and stdout are a terminal; from JDK 22 it may be non-null even when they are redirected, and
   * {@code Console.isTerminal()} (looked up reflectively, the build targets 17) decides.
   *
   * @return {@code true} when progress should be shown by default
   */
  static boolean isInteractive() {
    if (Files.isSymbolicLink(STDERR_LINK)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
      } catch (IOException | SecurityException e) {
        // fall through to the portable check
      }
    }
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

  /**
   * Returns whether a device path names a terminal.
   *
   * @param device the target of a file descriptor link, such as {@code /dev/pts/3} or {@code pipe:[123]}
   * @return {@code true} for a terminal device
   */
  static boolean isTerminalDevice(String device) {
    return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
  }
}
