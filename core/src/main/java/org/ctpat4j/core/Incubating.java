package org.ctpat4j.core;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks public API that is not yet frozen: it may change, or be removed, in a minor release, without a deprecation
 * period. Everything public in an exported package that does not carry this annotation follows semantic versioning.
 *
 * <p>On a type it covers every member of the type; on a package (in {@code package-info.java}) it covers every type of
 * the package. Code that implements or calls incubating API should expect to be touched on upgrade; the change log
 * names every change to it.
 *
 * <p>The annotation is retained in class files (so that API-compatibility tools and architecture tests can read it)
 * but not at run time: nothing in ctpat4j behaves differently because of it.
 *
 * <p>The same convention as Hibernate Validator's {@code org.hibernate.validator.Incubating}; ctpat4j does not depend
 * on apiguardian.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({TYPE, METHOD, CONSTRUCTOR, FIELD, PACKAGE})
public @interface Incubating {}
