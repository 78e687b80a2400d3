package org.ctpat4j.evidence.internal;

/** The subject strings of findings. */
final class Subjects {

  static final String PARTNER = "partner";

  private Subjects() {}

  static String facility(String id) {
    return "facility:" + id;
  }

  static String document(String id) {
    return "document:" + id;
  }

  static String product(String id) {
    return "product:" + id;
  }

  static String caseOf(String id) {
    return "case:" + id;
  }

  static String audit(String id) {
    return "audit:" + id;
  }

  static String referenceData(String name) {
    return "reference-data:" + name;
  }
}
