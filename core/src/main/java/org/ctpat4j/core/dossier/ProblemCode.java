package org.ctpat4j.core.dossier;

/**
 * The stable codes of {@link Problem#code()}. The names are API: tools may match on them, problems are written out
 * with them, and they never change meaning. New codes may be added in later versions.
 */
public enum ProblemCode {
  /** The document is not well-formed JSON (or not UTF-8): a syntax error, reported alone with its line and column. */
  MALFORMED,
  /** The document exceeds a limit of the reader (size, nesting depth, string, name or number length). */
  LIMIT_EXCEEDED,
  /** The {@code format} field names a format other than {@code ctpat4j-dossier/1}. */
  UNSUPPORTED_FORMAT,
  /** A field the format does not define (often a typo, such as {@code counrty}); ignored by a lenient reader. */
  UNKNOWN_FIELD,
  /** A value outside an enumeration (for example an audience {@code SUPPLIERS} instead of {@code SUPPLIER}). */
  UNKNOWN_VALUE,
  /** A value of the wrong JSON type (a string where a number is expected, an object where a list is expected). */
  WRONG_TYPE,
  /** A required field is missing or {@code null}. */
  MISSING_FIELD,
  /** A value of the right type that breaks a rule of the format (a bad country code, LEI, date or share). */
  INVALID_VALUE,
  /** An event dated after the dossier's {@code asOf} day. */
  DATE_AFTER_AS_OF,
  /** Two elements of the same array have the same id. */
  DUPLICATE_ID,
  /** A reference to a facility, material or document id that the dossier does not define. */
  BROKEN_REFERENCE,
  /**
   * Two links with the same supplier, customer and material. The strict reader refuses the dossier; the lenient reader
   * reads it and reports this problem as a warning.
   */
  DUPLICATE_LINK,
  /**
   * The shares of one material into one facility add up to more than 1 (beyond a tolerance of 0.01 for rounding). The
   * strict reader refuses the dossier; the lenient reader reads it and reports this problem as a warning.
   */
  SHARES_OVER_ONE,
  /** The reader stopped collecting problems after its limit; more may exist. */
  TOO_MANY_PROBLEMS,
  /** A tabular source (folder, workbook, column mapping) names a table, sheet or file the format does not define. */
  UNKNOWN_TABLE,
  /** A table of a tabular source has a column (or a column mapping names one) the table does not define. */
  UNKNOWN_COLUMN,
  /** Two columns of one table of a tabular source map to the same field. */
  DUPLICATE_COLUMN,
  /** A row of a tabular source is blank where blank rows are not allowed. */
  BLANK_ROW;

  /**
   * Returns whether a lenient reader reports this problem as a warning instead of refusing the dossier: the
   * inconsistencies between otherwise valid values ({@link #DUPLICATE_LINK}, {@link #SHARES_OVER_ONE}).
   *
   * @return {@code true} for a problem the lenient reader tolerates
   */
  public boolean toleratedWhenLenient() {
    return this == DUPLICATE_LINK || this == SHARES_OVER_ONE;
  }
}
