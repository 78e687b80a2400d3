package org.ctpat4j.evidence;

import java.util.Comparator;
import java.util.Objects;
import org.ctpat4j.core.Requirement;

/**
 * One gap or note about one requirement, precise enough for a compliance officer to act on.
 *
 * @param requirement the requirement the finding is about; never null
 * @param severity how grave it is; never null
 * @param code the stable code; never null
 * @param subject what it is about: {@code partner}, {@code facility:<id>}, {@code document:<id>},
 *     {@code product:<id>}, {@code case:<id>}, {@code audit:<id>} or {@code reference-data:<name>}; never null
 * @param message what is missing or wrong, in the report's language; never null
 * @param fix what would fix it, in the report's language; never null
 * @param path where in the dossier the gap is, as a JSON Pointer (for example {@code /facilities/2} or
 *     {@code /evidence/codeOfConduct/publicUrl}, the notation of the reader and the validator); never null, empty when the gap has no single place
 */
public record Finding(
    Requirement requirement,
    Severity severity,
    FindingCode code,
    String subject,
    String message,
    String fix,
    String path) {

  /**
   * The report order: requirement order, then severity (errors first), then code name, subject and message, and
   * only then path and fix. The path (an array index such as {@code actions[3]}) comes after the message so that the
   * order does not depend on the order of the dossier's arrays: the same dossier with its arrays shuffled gives the
   * same findings in the same order, only their paths differ.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::requirement)
          .thenComparing(Finding::severity)
          .thenComparing(f -> f.code().name())
          .thenComparing(Finding::subject)
          .thenComparing(Finding::message)
          .thenComparing(Finding::path)
          .thenComparing(Finding::fix);

  /**
   * Checks the arguments.
   *
   * @param requirement see {@link #requirement()}
   * @param severity see {@link #severity()}
   * @param code see {@link #code()}
   * @param subject see {@link #subject()}
   * @param message see {@link #message()}
   * @param fix see {@link #fix()}
   * @param path see {@link #path()}
   */
  public Finding {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Returns whether this finding fails its requirement.
   *
   * @return {@code true} when the severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
