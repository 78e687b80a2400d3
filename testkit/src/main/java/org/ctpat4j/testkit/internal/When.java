package org.ctpat4j.testkit.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A date as a builder holds it: either fixed (possibly {@code null}, for "not given") or relative to the day the
 * dossier is judged at, resolved when the dossier is built.
 */
public sealed interface When {

  /**
   * Resolves the date.
   *
   * @param asOf the day the dossier is judged at; never null
   * @return the date, or {@code null} when fixed to null
   */
  LocalDate resolve(LocalDate asOf);

  /**
   * A fixed date.
   *
   * @param date the date, or {@code null}
   * @return the value
   */
  static When fixed(LocalDate date) {
    return new Fixed(date);
  }

  /**
   * A date some time before the day the dossier is judged at.
   *
   * @param period how long before; never null
   * @return the value
   */
  static When before(Period period) {
    return new Before(Objects.requireNonNull(period, "period"));
  }

  /**
   * A fixed date.
   *
   * @param date the date, or {@code null}
   */
  record Fixed(LocalDate date) implements When {
    @Override
    public LocalDate resolve(LocalDate asOf) {
      return date;
    }
  }

  /**
   * A date before the day the dossier is judged at.
   *
   * @param period how long before
   */
  record Before(Period period) implements When {
    @Override
    public LocalDate resolve(LocalDate asOf) {
      return asOf.minus(period);
    }
  }
}
