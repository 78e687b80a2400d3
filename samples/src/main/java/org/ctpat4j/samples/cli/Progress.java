package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Reports the progress of long work (reading a large dossier, later assessing it) on the standard error stream. Only
 * used when the user sees a terminal: scripts and CI logs get nothing. Not thread-safe: one task at a time.
 */
interface Progress {

  /**
   * Reports that {@code done} of {@code total} units of a task are finished.
   *
   * @param task a short label, such as {@code "reading dossier.json"}; never null
   * @param done units finished, {@code 0 <= done}
   * @param total all units, or a value {@code <= 0} when unknown
   */
  void update(String task, long done, long total);

  /** Ends the current task and removes its line from the terminal; the next {@link #update} starts a new task. */
  void done();

  /**
   * Returns a progress that reports nothing.
   *
   * @return the silent progress; never null
   */
  static Progress none() {
    return Silent.INSTANCE;
  }

  /**
   * Returns a progress that redraws one status line on a terminal.
   *
   * @param err the standard error stream; never null
   * @return a progress; never null
   */
  static Progress onTerminal(PrintWriter err) {
    return new StatusLine(err, 0);
  }

  /**
   * Returns a progress that redraws one status line on a terminal, for tasks of at least {@code minTotal} units only:
   * quick work stays quiet instead of flickering.
   *
   * @param err the standard error stream; never null
   * @param minTotal the smallest known total worth reporting; tasks of unknown size are always reported
   * @return a progress; never null
   */
  static Progress onTerminal(PrintWriter err, long minTotal) {
    return new StatusLine(err, minTotal);
  }

  /** Reports nothing. */
  enum Silent implements Progress {
    INSTANCE;

    @Override
    public void update(String task, long done, long total) {
      Objects.requireNonNull(task, "task");
    }

    @Override
    public void done() {}
  }

  /** One status line, redrawn with a carriage return whenever the whole percentage changes. */
  final class StatusLine implements Progress {

    private final PrintWriter err;
    private final long minTotal;
    private String lastTask = "";
    private int lastPercent = -1;
    private int width;

    StatusLine(PrintWriter err, long minTotal) {
      this.err = Objects.requireNonNull(err, "err");
      this.minTotal = minTotal;
    }

    @Override
    public void update(String task, long done, long total) {
      Objects.requireNonNull(task, "task");
      if (total > 0 && total < minTotal) {
        return;
      }
      int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
      if (task.equals(lastTask) && percent == lastPercent && percent >= 0) {
        return;
      }
      lastTask = task;
      lastPercent = percent;
      String line =
          percent >= 0
              ? String.format(Locale.ROOT, "ctpat4j: %s %3d%% (%s of %s)", task, percent, size(done), size(total))
              : String.format(Locale.ROOT, "ctpat4j: %s (%s)", task, size(done));
      err.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
      err.flush();
      width = line.length();
    }

    @Override
    public void done() {
      if (width > 0) {
        err.print('\r' + " ".repeat(width) + '\r');
        err.flush();
      }
      width = 0;
      lastTask = "";
      lastPercent = -1;
    }

    private static String size(long bytes) {
      if (bytes < 1024 * 1024) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
      }
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
  }
}
