package org.ctpat4j.evidence.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.ctpat4j.core.Requirement;
import org.ctpat4j.evidence.CompliancePolicy;
import org.ctpat4j.evidence.Finding;
import org.ctpat4j.evidence.FindingCode;

/** The state of one check of one run: where its findings go, in the language of the report. */
final class CheckContext {

  final Facts facts;
  final Requirement requirement;
  private final Messages messages;
  private final List<Finding> out;

  CheckContext(Facts facts, Requirement requirement, Messages messages, List<Finding> out) {
    this.facts = facts;
    this.requirement = requirement;
    this.messages = messages;
    this.out = out;
  }

  LocalDate asOf() {
    return facts.asOf;
  }

  CompliancePolicy policy() {
    return facts.policy;
  }

  /** Adds a finding with the policy's severity for its code; arguments are values, never templates. */
  void add(FindingCode code, String subject, String path, Object... args) {
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = value(args[i]);
    }
    out.add(
        new Finding(
            requirement,
            facts.policy.severityOf(code),
            code,
            subject,
            messages.format(code.messageKey(), values),
            messages.format(code.fixKey(), values),
            pointer(path)));
  }

  /**
   * The JSON Pointer of a path the checks write in property form ({@code evidence.audits[3].findings[0]} is
   * {@code /evidence/audits/3/findings/0}): findings locate their gap with the same notation as the reader and the
   * validator. Field names of the format hold no {@code ~}, {@code /}, {@code .} or brackets.
   */
  static String pointer(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return path;
    }
    return "/" + path.replace("[", "/").replace("]", "").replace('.', '/');
  }

  /**
   * Returns whether evidence dated {@code date} may count on the day of the check; when it is dated later, flags it
   * with {@link FindingCode#DATE_AFTER_AS_OF} and returns {@code false}. A null date counts.
   */
  boolean notAfterAsOf(LocalDate date, String subject, String path) {
    if (date != null && date.isAfter(facts.asOf)) {
      add(FindingCode.DATE_AFTER_AS_OF, subject, path, date, facts.asOf);
      return false;
    }
    return true;
  }

  /** Flags a document id that the dossier does not list. */
  void requireDocument(String id, String path) {
    if (facts.document(id).isEmpty()) {
      add(FindingCode.BROKEN_REFERENCE, Subjects.document(id), path, id);
    }
  }

  boolean isCurrent(LocalDate date, Period maxAge) {
    return date != null && CompliancePolicy.isCurrent(date, maxAge, facts.asOf);
  }

  /** A date for a message, or the localized word for "never". */
  String dateOrNever(LocalDate date) {
    return date == null ? messages.text("value.never") : date.toString();
  }

  String none() {
    return messages.text("value.none");
  }

  String unspecified() {
    return messages.text("value.unspecified");
  }

  String period(Period p) {
    if (p.getDays() == 0) {
      return messages.format("value.months", p.toTotalMonths());
    }
    if (p.toTotalMonths() == 0) {
      return messages.format("value.days", p.getDays());
    }
    return p.toString();
  }

  static String join(Collection<?> values) {
    // sorted (enums in declaration order, other values by text), so that a message does not depend on the order of
    // the dossier's arrays
    return values.stream()
        .sorted(CheckContext::compareValues)
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a instanceof Enum<?> x && b instanceof Enum<?> y && x.getDeclaringClass() == y.getDeclaringClass()) {
      return ((Comparable) x).compareTo(y);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  private static Object value(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Number || o instanceof String) {
      return o;
    }
    return o.toString();
  }
}
