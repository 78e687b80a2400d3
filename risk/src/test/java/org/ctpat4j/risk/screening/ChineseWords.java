package org.ctpat4j.risk.screening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which class path a Chinese-script measurement runs on: the risk pom runs {@code ChineseScriptNames*Test} twice
 * without ICU4J, once with the words of ctpat4j-cedict as the command line's jar ships them (execution {@code
 * without-icu4j}) and once with the risk module alone (execution {@code risk-alone}); each run says which through the
 * property {@code ctpat4j.chineseWords}.
 */
final class ChineseWords {

  private ChineseWords() {}

  /** Skips the test class outside those two runs. */
  static void assumeMeasuredRun() {
    assumeTrue(Boolean.getBoolean("ctpat4j.withoutIcu4j"),
        "runs only in the risk module's surefire executions without ICU4J (ids without-icu4j and risk-alone)");
  }

  /**
   * Whether this run has the CC-CEDICT words on its class path.
   *
   * @return true in the run of the command line's jar
   */
  static boolean withWords() {
    return "cedict".equals(System.getProperty("ctpat4j.chineseWords"));
  }

  /**
   * The prefix of the lines a measurement prints.
   *
   * @param set the name of the set
   * @return for example "[SZSE chinese names, no ICU4J, CC-CEDICT words]"
   */
  static String label(String set) {
    return "[" + set + ", no ICU4J, " + (withWords() ? "CC-CEDICT words" : "risk module alone") + "]";
  }
}
