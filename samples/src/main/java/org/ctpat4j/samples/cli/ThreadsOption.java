package org.ctpat4j.samples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of every command that assesses a dossier: how many threads run the risk rules over the
 * facilities. The library's default is one thread (an embedding application decides its own threads); the command line
 * uses every processor the JVM sees, since it is the only thing running. The report does not depend on it.
 */
final class ThreadsOption {

  /** The most threads accepted: far above any useful number, low enough to catch a typo. */
  static final int MAX = 512;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = Converters.Threads.class,
      description = "Threads that run the risk rules (1 to " + MAX + "). Default: the number of processors."
          + " The report is the same whatever the number.")
  private Integer threads;

  /**
   * Returns the number of threads to use.
   *
   * @return {@code --threads}, or the number of available processors
   */
  int threads() {
    return threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
