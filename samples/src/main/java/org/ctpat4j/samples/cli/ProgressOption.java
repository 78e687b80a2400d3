package org.ctpat4j.samples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --progress} option shared by every command that can run long. By default progress is shown only when
 * the user sees a terminal, so redirected output and CI logs stay clean.
 */
final class ProgressOption {

  /** When to show progress. */
  enum When {
    /** Only on an interactive terminal. */
    AUTO,
    /** Always, even when the error stream is redirected. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  /** Under {@code auto}, files smaller than this (1 MiB) are read too fast to be worth a status line. */
  static final long AUTO_MIN_BYTES = 1024 * 1024;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = WhenConverter.class,
      description =
          "Show progress on stderr: auto (the default: on a terminal, for dossiers of 1 MiB or more), always or never.")
  private When when = When.AUTO;

  /**
   * Opens the progress reporter this option asks for.
   *
   * @param err the standard error stream; never null
   * @param interactive whether the process runs on an interactive terminal
   * @return a progress; never null
   */
  Progress open(PrintWriter err, boolean interactive) {
    switch (when) {
      case ALWAYS:
        return Progress.onTerminal(err);
      case AUTO:
        return interactive ? Progress.onTerminal(err, AUTO_MIN_BYTES) : Progress.none();
      default:
        return Progress.none();
    }
  }

  /** Accepts {@code auto}, {@code always} and {@code never} in any case. */
  static final class WhenConverter implements picocli.CommandLine.ITypeConverter<When> {
    @Override
    public When convert(String value) {
      for (When w : When.values()) {
        if (w.name().equalsIgnoreCase(value.strip())) {
          return w;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not one of auto, always, never");
    }
  }
}
