package org.ctpat4j.samples.cli;

import java.util.List;
import java.util.Objects;

/**
 * Input the command line cannot use (a missing file, a directory where a file was expected), reported as one line per
 * problem and exit code {@link ExitCodes#BAD_INPUT}. Dossier content problems travel as
 * {@link org.ctpat4j.core.dossier.DossierFormatException} instead.
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> lines;

  /**
   * Creates an exception reporting one problem.
   *
   * @param line the complete message line, starting with the file it concerns; never null
   */
  BadInputException(String line) {
    super(Objects.requireNonNull(line, "line"));
    this.lines = List.of(line);
  }

  /**
   * Returns the lines to print.
   *
   * @return one line per problem; never empty
   */
  List<String> lines() {
    return lines;
  }
}
