package org.ctpat4j.samples.cli;

/**
 * The exit codes of the {@code ctpat4j} command line. They are part of its contract (see the project's DESIGN.md):
 * scripts and CI jobs branch on them.
 */
public final class ExitCodes {

  /** The command succeeded; for {@code assess}, the partner is compliant; for {@code validate}, the dossier is valid. */
  public static final int OK = 0;

  /**
   * {@code assess}: the partner is not compliant (some finding has severity {@code ERROR}), or a product would be
   * detained (PRESUMED_FORCED_LABOR or WRO_DETAINED; with {@code --strict} also NEEDS_REVIEW).
   */
  public static final int NOT_COMPLIANT = 1;

  /**
   * The same code as {@link #NOT_COMPLIANT}, for the other commands' negative answers: {@code verify}, the package
   * was altered; {@code package}, the package is not a complete, unredacted answer; {@code screen}, a name matches.
   */
  public static final int INVALID = 1;

  /** Bad input (a malformed or invalid dossier, an unreadable file) or bad usage (unknown option, missing argument). */
  public static final int BAD_INPUT = 2;

  /**
   * A fault of ctpat4j itself (a bug, a broken build), never of the input. Kept apart from {@link #NOT_COMPLIANT} so
   * that a crash can never be read as a verdict.
   */
  public static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
