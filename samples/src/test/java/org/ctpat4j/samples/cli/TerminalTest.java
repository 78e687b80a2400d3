package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void isTerminalDevice_ttysAreTerminals_pipesAndFilesAreNot() {
    assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminal.isTerminalDevice("pipe:[52114]")).isFalse();
    assertThat(Terminal.isTerminalDevice("/var/log/ctpat4j/err.txt")).isFalse();
    assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
  }

  @Test
  void isInteractive_underTheTestRunner_isFalse() {
    // surefire forks the JVM with stderr on a pipe
    assertThat(Terminal.isInteractive()).isFalse();
  }
}
