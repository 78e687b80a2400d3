package org.ctpat4j.core.dossier;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ctpat4j.core.CtpatException;

/**
 * A dossier could not be read: it is malformed, does not follow the format, breaks a constraint or refers to something
 * that does not exist. Lists every problem found, not only the first, in document order.
 *
 * <p>The message reads, one problem a line (at most 50 lines; {@link #problems()} has them all):
 *
 * <pre>
 * 2 problems in dossier.json:
 *   dossier.json: line 6, column 5, at /facilities/1/country: required field "country" is missing [MISSING_FIELD]
 *   dossier.json: line 6, column 40, at /facilities/1/counrty: unknown field "counrty"; did you mean "country"? (known
 *     fields: address, aliases, country, id, identifiers, name, redacted, region) [UNKNOWN_FIELD]
 * </pre>
 *
 * <p>(one line per problem; wrapped here). Values quoted from the input are escaped and shortened, so a message never
 * spans more lines than it has problems.
 */
public class DossierFormatException extends CtpatException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has them all. */
  private static final int MAX_LISTED = 50;

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
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    String listed =
        problems.stream()
            .limit(MAX_LISTED)
            .map(p -> "  " + source + ": " + p)
            .collect(Collectors.joining("\n"));
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in "
        + source
        + ":\n"
        + listed
        + (problems.size() > MAX_LISTED ? "\n  ... and " + (problems.size() - MAX_LISTED) + " more" : "");
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
    return problems == null ? List.of() : problems;
  }
}
