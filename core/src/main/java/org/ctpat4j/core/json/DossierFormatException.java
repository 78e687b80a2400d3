package org.ctpat4j.core.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ctpat4j.core.CtpatException;

/**
 * A dossier could not be read: it is malformed, does not follow the format, breaks a constraint or refers to something
 * that does not exist. Lists every problem found, not only the first.
 */
public class DossierFormatException extends CtpatException {

  private static final long serialVersionUID = 1L;

  /** The source name (file name or "input"). */
  private final String source;

  /** The problems, in document order. */
  private final transient List<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param source what was read (a file name, or {@code "input"}); never null
   * @param problems the problems; never null or empty
   */
  public DossierFormatException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<Problem> problems) {
    Objects.requireNonNull(source, "source");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in "
        + source
        + ":\n"
        + problems.stream().map(p -> "  " + source + ": " + p).collect(Collectors.joining("\n"));
  }

  /**
   * Returns what was read.
   *
   * @return the source name; never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the problems found.
   *
   * @return an unmodifiable list, in document order; never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
