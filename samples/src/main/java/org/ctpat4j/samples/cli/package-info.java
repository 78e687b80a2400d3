/**
 * The {@code ctpat4j} command line, built on picocli: {@link org.ctpat4j.samples.cli.Ctpat4jCommand} and its
 * commands. Results go to stdout, problems and progress to stderr; exit codes are those of
 * {@link org.ctpat4j.samples.cli.ExitCodes}. Nothing here returns null.
 */
package org.ctpat4j.samples.cli;
