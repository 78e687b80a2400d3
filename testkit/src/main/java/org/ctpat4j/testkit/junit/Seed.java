package org.ctpat4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replays a seed: every invocation of the annotated test (or of every test of the annotated class) receives this
 * seed instead of a random one. Copy it from a failure message, for example {@code @Seed(0x5DEECE66DL)}, to turn a
 * failing run into a permanent regression test. A method's annotation wins over its class's, and both win over the
 * {@value SeedExtension#SEED_PROPERTY} system property.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Seeded
public @interface Seed {

  /**
   * Returns the seed to replay.
   *
   * @return the seed
   */
  long value();
}
