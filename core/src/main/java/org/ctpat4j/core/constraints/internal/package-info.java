/**
 * The {@code ConstraintValidator}s of {@code org.ctpat4j.core.constraints}. Not exported: opened to Hibernate
 * Validator only so that it can instantiate them.
 */
package org.ctpat4j.core.constraints.internal;
