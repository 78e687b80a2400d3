package org.ctpat4j.samples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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
      converter = Count.class,
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

  /** Accepts a whole number from 1 to {@link #MAX}. */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of threads");
      }
      if (n < 1 || n > MAX) {
        throw new TypeConversionException("'" + value + "': the number of threads must be from 1 to " + MAX);
      }
      return n;
    }
  }
}
