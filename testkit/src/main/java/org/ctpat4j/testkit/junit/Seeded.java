package org.ctpat4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers the {@link SeedExtension}: the test receives a seed, random on every run unless replayed, and a failing
 * test reports its seed. Put it on a test class, a test method, or directly on the {@code long} parameter that
 * receives the seed:
 *
 * <pre>{@code
 * @Test
 * void generatedChains_roundTrip(@Seeded long seed) { ... }
 *
 * @Seeded
 * class ExposureProperties {
 *   @RepeatedTest(50)
 *   void listedEntity_exposesEveryDownstreamProduct(TestSeed seed) { ... }
 * }
 * }</pre>
 *
 * <p>A parameter of type {@link TestSeed} is always resolved by the extension; a {@code long} or {@code Long}
 * parameter only when it carries this annotation, so that the extension never competes with
 * {@code @ParameterizedTest} arguments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@ExtendWith(SeedExtension.class)
public @interface Seeded {}
